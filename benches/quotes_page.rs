//! One page of a user's quotes on SQLite, in process: a user with 10 quotes against one with
//! 100,000, at the newest end and deep in the list. Keyset pages should cost the same for both.
//! Per driver: `sqlx` is the pool (each SQLite connection on a thread of its own), `local` the
//! reads on the calling thread (`store::local_reads`, sea-orm-sync on rusqlite) that the server
//! uses on a SQLite file.
//!
//! cargo bench --bench quotes_page

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use portcullis::clock::SystemClock;
use portcullis::domain::{Cursor, PageArgs};
use portcullis::services::authz::WritePolicy;
use portcullis::services::quotes::{Filter, OwnedQuotes, Quotes};
use portcullis::services::rate_limits::{RateLimitConfig, RateLimits};
use portcullis::store::local_reads::Reads;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use uuid::Uuid;

struct Owner {
    /// Through the pool.
    quotes: OwnedQuotes,
    /// On the calling thread.
    local: OwnedQuotes,
    /// The cursor of the row in the middle of the list.
    middle: Cursor,
}

async fn seed(db: &DatabaseConnection, quotes: &Quotes, local: &Quotes, count: usize) -> Owner {
    let user = Uuid::now_v7();
    // Random, not from the v7 id: two ids made in the same millisecond share their first
    // characters, and the 10-quote owner is seeded that fast.
    let name = Uuid::new_v4().simple().to_string()[..20].to_owned();
    entity::user::ActiveModel {
        id: Set(user),
        email: Set(format!("{user}@example.com")),
        username: Set(name.clone()),
        username_key: Set(name),
        password_hash: Set(None),
        role: Set("USER".to_owned()),
        email_verified: Set(false),
        created_at: Set(0),
        updated_at: Set(0),
        disabled_at: Set(None),
    }
    .insert(db)
    .await
    .unwrap();
    let start = 1_700_000_000_000_000i64;
    let mut middle = None;
    let tx = portcullis::db::begin(db).await.unwrap();
    for chunk in (0..count).collect::<Vec<_>>().chunks(1000) {
        let rows = chunk.iter().map(|&i| {
            let id = Uuid::now_v7();
            let created_at = start + i as i64 * 1_000;
            if i == count / 2 {
                middle = Some(Cursor { created_at, id });
            }
            let text = format!("Quote number {i}: a sentence of ordinary length for a quote.");
            entity::quote::ActiveModel {
                id: Set(id),
                user_id: Set(user),
                text_fold: Set(text.to_lowercase()),
                text: Set(text),
                author: Set("Author".to_owned()),
                author_fold: Set("author".to_owned()),
                created_at: Set(created_at),
                updated_at: Set(created_at),
            }
        });
        entity::quote::Entity::insert_many(rows)
            .exec(&tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    Owner {
        quotes: quotes.for_owner(user.into()),
        local: local.for_owner(user.into()),
        middle: middle.unwrap(),
    }
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("bench.db").display()
    );
    let (small, large) = rt.block_on(async {
        let db = portcullis::db::connect_url(&url, 4).await.unwrap();
        portcullis::db::migrate(&db).await.unwrap();
        let clock = Arc::new(SystemClock);
        let limits = RateLimits::new(
            RateLimitConfig::default(),
            Reads::pooled(db.clone()),
            clock.clone(),
        );
        let policy = WritePolicy {
            require_verified_email: false,
        };
        let quotes = Quotes::new(
            db.clone(),
            Reads::pooled(db.clone()),
            clock.clone(),
            policy,
            limits.clone(),
        );
        let reads = Reads::open(db.clone(), &url).unwrap();
        assert!(reads.is_local());
        let local = Quotes::new(db.clone(), reads, clock, policy, limits);
        // A crowd of other users' rows around ours, as in a real table.
        let small = seed(&db, &quotes, &local, 10).await;
        let large = seed(&db, &quotes, &local, 100_000).await;
        (small, large)
    });

    let mut group = c.benchmark_group("quotes_page_sqlite");
    group.measurement_time(Duration::from_secs(4));
    group.warm_up_time(Duration::from_secs(1));
    let first20 = PageArgs::parse(Some(20), None, None, None).unwrap();
    let none = Filter::default();
    for (name, owner) in [("10", &small), ("100000", &large)] {
        let deep = PageArgs {
            after: Some(owner.middle),
            ..first20
        };
        for (driver, quotes) in [("sqlx", &owner.quotes), ("local", &owner.local)] {
            group.bench_function(format!("{driver}/first20_newest/{name}_quotes"), |b| {
                b.to_async(&rt)
                    .iter(|| async { quotes.page(&none, first20).await.unwrap() })
            });
            group.bench_function(
                format!("{driver}/first20_after_middle/{name}_quotes"),
                |b| {
                    b.to_async(&rt)
                        .iter(|| async { quotes.page(&none, deep).await.unwrap() })
                },
            );
        }
        group.bench_function(format!("total_count/{name}_quotes"), |b| {
            b.to_async(&rt)
                .iter(|| async { owner.quotes.count(&none).await.unwrap() })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
