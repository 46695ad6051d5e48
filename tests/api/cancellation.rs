//! Requests that go away mid-transaction. A client that disconnects drops its request's future
//! at whatever await it was in, a transaction's `BEGIN` round trip included. The pool must not
//! hand that connection on still inside the abandoned transaction: the next borrower's
//! statements would run in it, hold its locks, and be lost when the connection closes.
//! (sqlx 0.9.0 did exactly that on PostgreSQL, seen as logins failing a foreign key under load:
//! the session's insert had run inside such a transaction, the refresh token's on another
//! connection; 0.9.1 rolls the abandoned `BEGIN` back. sqlx-mysql 0.9.1 still does it, so every
//! transaction on the pool begins through `portcullis::db::begin`, which runs the `BEGIN` in a
//! task of its own: tested here on all three databases, and sqlx's own `begin` on the two where
//! it is safe.)

use std::time::Duration;

use entity::lease;
use sea_orm::{
    ActiveModelTrait, ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, Set, TransactionTrait,
};

use crate::db_tests;
use crate::helpers::{Backend, fresh_database};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_sqlx_begin_leaves_no_sqlite_connection_inside_its_transaction() {
    a_transaction_dropped_while_it_begins_leaves_no_connection_inside_it(
        Backend::Sqlite,
        Begin::Sqlx,
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_sqlx_begin_leaves_no_postgres_connection_inside_its_transaction() {
    if Backend::Postgres.available() {
        a_transaction_dropped_while_it_begins_leaves_no_connection_inside_it(
            Backend::Postgres,
            Begin::Sqlx,
        )
        .await
    }
}

async fn a_dropped_begin_leaves_no_connection_inside_its_transaction(backend: Backend) {
    a_transaction_dropped_while_it_begins_leaves_no_connection_inside_it(backend, Begin::Ours).await
}

db_tests!(a_dropped_begin_leaves_no_connection_inside_its_transaction);

/// How the transaction begins: sqlx's `begin` as sea-orm calls it, or the server's own.
#[derive(Clone, Copy)]
enum Begin {
    Sqlx,
    Ours,
}

impl Begin {
    async fn begin(self, db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
        match self {
            #[expect(clippy::disallowed_methods, reason = "what sqlx does on its own")]
            Begin::Sqlx => db.begin().await,
            Begin::Ours => portcullis::db::begin(db).await,
        }
    }
}

async fn a_transaction_dropped_while_it_begins_leaves_no_connection_inside_it(
    backend: Backend,
    how: Begin,
) {
    let test_db = fresh_database(backend).await;
    // Another pool migrates, and then sees what was committed.
    let observer = Database::connect(test_db.url.as_str()).await.unwrap();
    portcullis::db::migrate(&observer).await.unwrap();
    // One connection, so the next statement gets the connection the dropped BEGIN was on.
    let mut options = ConnectOptions::new(test_db.url.as_str());
    options.max_connections(1).min_connections(1);
    let db = Database::connect(options).await.unwrap();

    for round in 0..60u64 {
        // Dropped after its first poll (0 µs), or a little later: the BEGIN is queued or on the
        // wire, its answer not read yet, or (late enough) the transaction is open and dropped.
        let wait = Duration::from_micros(round % 20 * 50);
        drop(tokio::time::timeout(wait, how.begin(&db)).await);
        let name = format!("dropped-begin-{round}");
        lease::ActiveModel {
            name: Set(name.clone()),
            holder: Set("test".into()),
            due_at: Set(1),
        }
        .insert(&db)
        .await
        .unwrap();
        assert!(
            lease::Entity::find_by_id(name)
                .one(&observer)
                .await
                .unwrap()
                .is_some(),
            "round {round}: a write after a dropped BEGIN ran inside the abandoned transaction"
        );
    }
}
