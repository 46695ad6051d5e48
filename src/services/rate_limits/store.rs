//! Counters shared by every instance: a `rate_limit_buckets` table updated with one atomic
//! upsert (SQLite, PostgreSQL, MySQL/MariaDB), or Redis when `REDIS_URL` is set. Times come from
//! the application's clock, never the store's, so tests can move them.

use redis::aio::ConnectionManager;
use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, TransactionTrait, Value,
};

use crate::clock::Micros;
use crate::error::AppError;

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
    Database(DatabaseConnection),
    Redis(ConnectionManager),
}

const REDIS_PREFIX: &str = "portcullis:rl:";

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
            Store::Database(db) => db_hit(db, bucket, now, cutoff, window).await,
            Store::Redis(conn) => {
                let ttl_ms = (period / 1000).max(1);
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
            Store::Database(db) => {
                let backend = db.get_database_backend();
                let marks = vec!["?"; buckets.len()].join(", ");
                let sql = placeholders(
                    backend,
                    &format!(
                        "SELECT bucket, window_start, hits FROM rate_limit_buckets \
                         WHERE bucket IN ({marks})"
                    ),
                );
                let values: Vec<Value> = buckets.iter().map(|b| (*b).into()).collect();
                let rows = db
                    .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
                    .await?;
                let mut found = vec![None; buckets.len()];
                for row in rows {
                    let name: String = row.try_get("", "bucket")?;
                    if let Some(i) = buckets.iter().position(|b| *b == name) {
                        found[i] = Some(Bucket {
                            window_start: row.try_get("", "window_start")?,
                            hits: row.try_get("", "hits")?,
                        });
                    }
                }
                Ok(found)
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
            Store::Database(db) => {
                let backend = db.get_database_backend();
                let sql = placeholders(backend, "DELETE FROM rate_limit_buckets WHERE bucket = ?");
                db.execute_raw(Statement::from_sql_and_values(
                    backend,
                    sql,
                    [bucket.into()],
                ))
                .await?;
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

    /// Deletes counters whose window started before `cutoff` (Redis expires its own).
    pub async fn purge(&self, cutoff: Micros) -> Result<(), AppError> {
        if let Store::Database(db) = self {
            let backend = db.get_database_backend();
            let sql = placeholders(
                backend,
                "DELETE FROM rate_limit_buckets WHERE window_start < ?",
            );
            db.execute_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [cutoff.into()],
            ))
            .await?;
        }
        Ok(())
    }
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
    // A window that started at or before `cutoff` is over: count 1 from `now`.
    let new_start = match window {
        Window::Fixed => "CASE WHEN {t}window_start <= ? THEN ? ELSE {t}window_start END",
        Window::Sliding => "?",
    };
    let mut values: Vec<Value> = vec![bucket.into(), now.into(), cutoff.into()];
    match window {
        Window::Fixed => values.extend([cutoff.into(), now.into()]),
        Window::Sliding => values.push(now.into()),
    }
    // `hits` is assigned before `window_start`: MySQL evaluates the assignments in order, so the
    // second one still sees the old window start.
    let set = format!(
        "hits = CASE WHEN {{t}}window_start <= ? THEN 1 ELSE {{t}}hits + 1 END, \
         window_start = {new_start}"
    );
    let read = |row: sea_orm::QueryResult| -> Result<Bucket, AppError> {
        Ok(Bucket {
            window_start: row.try_get("", "window_start")?,
            hits: row.try_get("", "hits")?,
        })
    };
    match backend {
        DatabaseBackend::MySql => {
            let set = set.replace("{t}", "");
            let sql = format!(
                "INSERT INTO rate_limit_buckets (bucket, window_start, hits) VALUES (?, ?, 1) \
                 ON DUPLICATE KEY UPDATE {set}"
            );
            // MySQL has no RETURNING: read the row back under the lock the upsert took.
            let tx = db.begin().await?;
            tx.execute_raw(Statement::from_sql_and_values(backend, sql, values))
                .await?;
            let row = tx
                .query_one_raw(Statement::from_sql_and_values(
                    backend,
                    "SELECT window_start, hits FROM rate_limit_buckets WHERE bucket = ?",
                    [bucket.into()],
                ))
                .await?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("rate-limit row missing")))?;
            tx.commit().await?;
            read(row)
        }
        _ => {
            let set = set.replace("{t}", "rate_limit_buckets.");
            let sql = placeholders(
                backend,
                &format!(
                    "INSERT INTO rate_limit_buckets (bucket, window_start, hits) VALUES (?, ?, 1) \
                     ON CONFLICT (bucket) DO UPDATE SET {set} RETURNING window_start, hits"
                ),
            );
            let row = db
                .query_one_raw(Statement::from_sql_and_values(backend, sql, values))
                .await?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("upsert returned no row")))?;
            read(row)
        }
    }
}

/// `?` placeholders as the backend wants them (`$1, $2...` on PostgreSQL).
fn placeholders(backend: DatabaseBackend, sql: &str) -> String {
    if backend != DatabaseBackend::Postgres {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_placeholders_are_numbered() {
        assert_eq!(
            placeholders(DatabaseBackend::Postgres, "a = ? AND b IN (?, ?)"),
            "a = $1 AND b IN ($2, $3)"
        );
        assert_eq!(placeholders(DatabaseBackend::Sqlite, "a = ?"), "a = ?");
    }
}
