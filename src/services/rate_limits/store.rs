//! Counters shared by every instance: a `rate_limit_buckets` table updated with one atomic
//! upsert (SQLite, PostgreSQL, MySQL/MariaDB), or Redis when `REDIS_URL` is set. Times come from
//! the application's clock, never the store's, so tests can move them.

use entity::rate_limit_bucket;
use redis::aio::ConnectionManager;
use sea_orm::sea_query::{DeleteStatement, Expr, ExprTrait, InsertStatement, OnConflict, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    Statement,
};

use crate::clock::Micros;
use crate::error::AppError;
use crate::store::local_reads::Reads;

/// One counter: when its window started and how many events it has seen since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    pub window_start: Micros,
    pub hits: i64,
}

/// How a counter's window moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Starts at the first event and lasts one period; the next event after it starts afresh.
    Fixed,
    /// Restarts at every event: the count is forgotten one period after the latest event.
    Sliding,
}

#[derive(Clone)]
pub enum Store {
    /// Reads through the request path's reads (on a SQLite file, on the calling thread), writes
    /// through the pool.
    Database(Reads),
    Redis(ConnectionManager),
}

const REDIS_PREFIX: &str = "portcullis:rl:";

/// The `rate_limit_buckets` table (its entity, `rate_limit_bucket`, serves the reads; the
/// writes name its columns, as the upsert needs them qualified or bare by backend).
const TABLE: &str = "rate_limit_buckets";
const BUCKET: &str = "bucket";
const WINDOW_START: &str = "window_start";
const HITS: &str = "hits";

/// KEYS[1] bucket; ARGV: now, cutoff (a window that started at or before it is over), sliding
/// (0/1), time to live in ms. Returns {window_start, hits}.
const REDIS_HIT: &str = r#"
local now = tonumber(ARGV[1])
local cutoff = tonumber(ARGV[2])
local v = redis.call('HMGET', KEYS[1], 'w', 'h')
local w = tonumber(v[1])
local h = tonumber(v[2])
if w == nil or h == nil or w <= cutoff then
  w = now
  h = 1
else
  h = h + 1
  if ARGV[3] == '1' then w = now end
end
redis.call('HSET', KEYS[1], 'w', string.format('%.0f', w), 'h', h)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {string.format('%.0f', w), h}
"#;

/// KEYS[1] bucket; ARGV: ours, previous. One event fewer, if any, and the window back to
/// `previous` if it is still `ours` (the expiry stays).
const REDIS_GIVE_BACK: &str = r#"
local v = redis.call('HMGET', KEYS[1], 'w', 'h')
local w = tonumber(v[1])
local h = tonumber(v[2])
if w == nil or h == nil or h <= 0 then
  return 0
end
if w == tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'w', ARGV[2])
end
return redis.call('HINCRBY', KEYS[1], 'h', -1)
"#;

impl Store {
    pub async fn redis(url: &str) -> Result<Self, redis::RedisError> {
        let client = redis::Client::open(url)?;
        Ok(Self::Redis(ConnectionManager::new(client).await?))
    }

    /// Counts one event in `bucket` and returns the counter after it.
    pub async fn hit(
        &self,
        bucket: &str,
        now: Micros,
        period: Micros,
        window: Window,
    ) -> Result<Bucket, AppError> {
        let cutoff = now.saturating_sub(period);
        match self {
            Store::Database(reads) => db_hit(reads.pool(), bucket, now, cutoff, window).await,
            Store::Redis(conn) => {
                // `Ord::max`: sea-query's `ExprTrait` (in scope here) has a `max` too.
                let ttl_ms = Ord::max(period / 1000, 1);
                let (w, h): (String, i64) = redis::Script::new(REDIS_HIT)
                    .key(format!("{REDIS_PREFIX}{bucket}"))
                    .arg(now)
                    .arg(cutoff)
                    .arg(u8::from(window == Window::Sliding))
                    .arg(ttl_ms)
                    .invoke_async(&mut conn.clone())
                    .await
                    .map_err(AppError::internal)?;
                Ok(Bucket {
                    window_start: w.parse().map_err(AppError::internal)?,
                    hits: h,
                })
            }
        }
    }

    /// The counters for `buckets`, in the same order (`None`: never counted, or purged).
    pub async fn get(&self, buckets: &[&str]) -> Result<Vec<Option<Bucket>>, AppError> {
        match self {
            Store::Database(reads) => {
                let query = rate_limit_bucket::Entity::find()
                    .filter(rate_limit_bucket::Column::Bucket.is_in(buckets.iter().copied()));
                let rows = reads.all(query).await?;
                Ok(buckets
                    .iter()
                    .map(|name| {
                        rows.iter()
                            .find(|row| row.bucket == *name)
                            .map(|row| Bucket {
                                window_start: row.window_start,
                                hits: row.hits,
                            })
                    })
                    .collect())
            }
            Store::Redis(conn) => {
                let mut pipe = redis::pipe();
                for b in buckets {
                    pipe.cmd("HMGET")
                        .arg(format!("{REDIS_PREFIX}{b}"))
                        .arg("w")
                        .arg("h");
                }
                let rows: Vec<(Option<i64>, Option<i64>)> = pipe
                    .query_async(&mut conn.clone())
                    .await
                    .map_err(AppError::internal)?;
                Ok(rows
                    .into_iter()
                    .map(|(w, h)| {
                        Some(Bucket {
                            window_start: w?,
                            hits: h?,
                        })
                    })
                    .collect())
            }
        }
    }

    pub async fn clear(&self, bucket: &str) -> Result<(), AppError> {
        match self {
            Store::Database(reads) => {
                reads.pool().execute(&clear_statement(bucket)).await?;
                Ok(())
            }
            Store::Redis(conn) => {
                let _: i64 = redis::cmd("DEL")
                    .arg(format!("{REDIS_PREFIX}{bucket}"))
                    .query_async(&mut conn.clone())
                    .await
                    .map_err(AppError::internal)?;
                Ok(())
            }
        }
    }

    /// [`Store::clear`] as a statement for the caller's transaction (built for `backend`), when
    /// the counters are in the database; with Redis, done at once (`None`).
    pub async fn clear_in(
        &self,
        bucket: &str,
        backend: DatabaseBackend,
    ) -> Result<Option<Statement>, AppError> {
        match self {
            Store::Database(_) => Ok(Some(backend.build(&clear_statement(bucket)))),
            Store::Redis(_) => self.clear(bucket).await.map(|()| None),
        }
    }

    /// Takes back one event of a sliding `bucket` (an attempt counted before it was checked,
    /// that turned out right or was never checked). Our count moved the window to `ours`; unless
    /// a later event moved it again, it goes back to `previous`, so that a right answer does not
    /// count as the latest failure.
    pub async fn give_back(
        &self,
        bucket: &str,
        ours: Micros,
        previous: Micros,
    ) -> Result<(), AppError> {
        match self {
            Store::Database(reads) => {
                let update = Query::update()
                    .table(TABLE)
                    .value(HITS, Expr::col(HITS).sub(1))
                    .value(
                        WINDOW_START,
                        Expr::case(Expr::col(WINDOW_START).eq(ours), previous)
                            .finally(Expr::col(WINDOW_START)),
                    )
                    .and_where(Expr::col(BUCKET).eq(bucket))
                    .and_where(Expr::col(HITS).gt(0))
                    .to_owned();
                reads.pool().execute(&update).await?;
                Ok(())
            }
            Store::Redis(conn) => {
                let _: i64 = redis::Script::new(REDIS_GIVE_BACK)
                    .key(format!("{REDIS_PREFIX}{bucket}"))
                    .arg(ours)
                    .arg(previous)
                    .invoke_async(&mut conn.clone())
                    .await
                    .map_err(AppError::internal)?;
                Ok(())
            }
        }
    }

    /// Deletes counters whose window started before `cutoff` (Redis expires its own).
    pub async fn purge(&self, cutoff: Micros) -> Result<(), AppError> {
        if let Store::Database(reads) = self {
            let delete = Query::delete()
                .from_table(TABLE)
                .and_where(Expr::col(WINDOW_START).lt(cutoff))
                .to_owned();
            reads.pool().execute(&delete).await?;
        }
        Ok(())
    }
}

fn clear_statement(bucket: &str) -> DeleteStatement {
    Query::delete()
        .from_table(TABLE)
        .and_where(Expr::col(BUCKET).eq(bucket))
        .to_owned()
}

/// One statement decides, under the row's lock, whether the window is over: concurrent hits
/// on every instance each count exactly once.
async fn db_hit(
    db: &DatabaseConnection,
    bucket: &str,
    now: Micros,
    cutoff: Micros,
    window: Window,
) -> Result<Bucket, AppError> {
    let backend = db.get_database_backend();
    let upsert = hit_statement(backend, bucket, now, cutoff, window);
    let read = |row: sea_orm::QueryResult| -> Result<Bucket, AppError> {
        Ok(Bucket {
            window_start: row.try_get("", WINDOW_START)?,
            hits: row.try_get("", HITS)?,
        })
    };
    match backend {
        DatabaseBackend::MySql => {
            // MySQL has no RETURNING: read the row back under the lock the upsert took.
            let select = Query::select()
                .columns([WINDOW_START, HITS])
                .from(TABLE)
                .and_where(Expr::col(BUCKET).eq(bucket))
                .to_owned();
            let tx = crate::db::begin(db).await?;
            tx.execute(&upsert).await?;
            let row = tx
                .query_one(&select)
                .await?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("rate-limit row missing")))?;
            tx.commit().await?;
            read(row)
        }
        _ => {
            let row = db
                .query_one(&upsert)
                .await?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("upsert returned no row")))?;
            read(row)
        }
    }
}

/// The upsert that counts one hit: a new bucket starts at `now` with one hit; an existing one
/// whose window started at or before `cutoff` starts afresh, otherwise it counts one more (and a
/// sliding window restarts at `now`). PostgreSQL and SQLite return the new state; MySQL cannot.
fn hit_statement(
    backend: DatabaseBackend,
    bucket: &str,
    now: Micros,
    cutoff: Micros,
    window: Window,
) -> InsertStatement {
    // The stored row's columns: qualified on PostgreSQL and SQLite, where the proposed row is
    // `excluded`; MySQL's ON DUPLICATE KEY UPDATE names them bare.
    let stored = |column: &'static str| match backend {
        DatabaseBackend::MySql => Expr::col(column),
        _ => Expr::col((TABLE, column)),
    };
    let over = || stored(WINDOW_START).lte(cutoff);
    let new_start: Expr = match window {
        Window::Fixed => Expr::case(over(), now).finally(stored(WINDOW_START)).into(),
        Window::Sliding => Expr::val(now),
    };
    let mut upsert = Query::insert()
        .into_table(TABLE)
        .columns([BUCKET, WINDOW_START, HITS])
        .values_panic([bucket.into(), now.into(), 1i64.into()])
        .on_conflict(
            OnConflict::column(BUCKET)
                // `hits` is assigned before `window_start`: MySQL evaluates the assignments in
                // order, so the second one still sees the old window start.
                .values([
                    (
                        HITS,
                        Expr::case(over(), 1i64)
                            .finally(stored(HITS).add(1i64))
                            .into(),
                    ),
                    (WINDOW_START, new_start),
                ])
                .to_owned(),
        )
        .to_owned();
    if backend != DatabaseBackend::MySql {
        upsert.returning(Query::returning().columns([WINDOW_START, HITS]));
    }
    upsert
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sql(backend: DatabaseBackend, window: Window) -> String {
        backend
            .build(&hit_statement(backend, "b", 100, 40, window))
            .sql
    }

    #[test]
    fn the_upsert_reads_the_stored_row_and_returns_it_where_the_backend_can() {
        let pg = sql(DatabaseBackend::Postgres, Window::Fixed);
        assert!(
            pg.contains(r#"ON CONFLICT ("bucket") DO UPDATE SET"#),
            "{pg}"
        );
        assert!(
            pg.contains(r#""rate_limit_buckets"."window_start" <= $"#),
            "{pg}"
        );
        assert!(pg.ends_with(r#"RETURNING "window_start", "hits""#), "{pg}");
        let sqlite = sql(DatabaseBackend::Sqlite, Window::Sliding);
        assert!(sqlite.contains("RETURNING"), "{sqlite}");
        let mysql = sql(DatabaseBackend::MySql, Window::Fixed);
        assert!(mysql.contains("ON DUPLICATE KEY UPDATE"), "{mysql}");
        assert!(!mysql.contains("RETURNING"), "{mysql}");
        // MySQL assigns in order: `hits` must still see the old window start.
        let hits = mysql.find("`hits` = (CASE").unwrap();
        let start = mysql.find("`window_start` = (CASE").unwrap();
        assert!(hits < start, "{mysql}");
    }
}
