//! Connecting to the database and applying migrations, the same way for all three backends.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection,
    DatabaseTransaction, DbErr, TransactionOptions, TransactionTrait,
};

use crate::config::Config;

pub async fn connect(config: &Config) -> Result<DatabaseConnection, sea_orm::DbErr> {
    connect_url(config.database_url(), config.db_max_connections).await
}

pub async fn connect_url(
    url: &str,
    max_connections: u32,
) -> Result<DatabaseConnection, sea_orm::DbErr> {
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(max_connections.max(2))
        .min_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        // sqlx pings a connection on every checkout by default: one more round trip per
        // statement (to the server, or to the SQLite connection's thread). A connection in
        // steady use has just proven itself; one idle for a second or more is still pinged
        // (and replaced if the server went away). A connection that breaks mid-use fails its
        // statement and is closed by the ping sqlx makes when it comes back to the pool.
        .test_before_acquire_if_idle_for(Duration::from_secs(1))
        // Statements can carry token hashes and emails: keep them out of the logs.
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    if plain_on_loopback(url) {
        options.map_sqlx_postgres_opts(|o| {
            if is_loopback_host(o.get_host()) {
                o.ssl_mode(sea_orm::sqlx::postgres::PgSslMode::Disable)
            } else {
                o
            }
        });
    }
    Database::connect(options).await
}

/// Whether a PostgreSQL URL leaves the TLS mode to the default (`prefer`, which verifies
/// nothing) and the environment does not set one either. For a server on this host, the
/// connection is then made without TLS: loopback traffic never leaves the machine, and the TLS
/// handshake (about 45 ms with sqlx's rustls set-up, measured) made up most of the cold start.
/// `sslmode=require` (or `verify-full`, or `PGSSLMODE`) in the URL keeps TLS on.
fn plain_on_loopback(url: &str) -> bool {
    let is_postgres = url.starts_with("postgres://") || url.starts_with("postgresql://");
    let names_mode = url.split_once('?').is_some_and(|(_, query)| {
        query.split('&').any(|pair| {
            let key = pair.split('=').next().unwrap_or("");
            key.eq_ignore_ascii_case("sslmode") || key.eq_ignore_ascii_case("ssl-mode")
        })
    });
    is_postgres && !names_mode && std::env::var_os("PGSSLMODE").is_none()
}

/// `localhost`, an address in 127.0.0.0/8 or `::1`, or a Unix socket directory.
fn is_loopback_host(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost")
        || bare.starts_with('/')
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Begins a transaction on the pool. The `BEGIN` runs in a task of its own, so that its round
/// trip completes even if the caller goes away meanwhile (a client that disconnects drops its
/// request's future at whatever await it was in): sqlx-mysql 0.9.1 hands a connection whose
/// `BEGIN` was dropped mid-round-trip back to the pool still inside that transaction, where the
/// next borrower's writes would run uncommitted and be lost. Once begun, a transaction dropped
/// unfinished is rolled back before its connection's next use. Every transaction on the pool
/// starts here (or in `store::write_gate`, whose pooled transactions run whole in a task).
pub async fn begin(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    begin_with(db, TransactionOptions::default()).await
}

/// [`begin`] with options (e.g. an IMMEDIATE transaction on SQLite).
#[expect(clippy::disallowed_methods, reason = "the one place that begins them")]
pub async fn begin_with(
    db: &DatabaseConnection,
    options: TransactionOptions,
) -> Result<DatabaseTransaction, DbErr> {
    let db = db.clone();
    tokio::spawn(async move { db.begin_with_options(options).await })
        .await
        .map_err(|e| DbErr::Custom(format!("BEGIN did not run: {e}")))?
}

/// Applies pending migrations. On PostgreSQL and MySQL a database lock serialises instances
/// that start at the same moment, so exactly one of them migrates.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    let backend = db.get_database_backend();
    match backend {
        DatabaseBackend::Postgres => {
            let lock = begin(db).await?;
            lock.execute_unprepared("SELECT pg_advisory_xact_lock(7231010101)")
                .await?;
            Migrator::up(db, None).await?;
            lock.commit().await
        }
        DatabaseBackend::MySql => {
            let lock = begin(db).await?;
            lock.execute_unprepared("SELECT GET_LOCK('portcullis_migrate', 120)")
                .await?;
            let result = Migrator::up(db, None).await;
            lock.execute_unprepared("SELECT RELEASE_LOCK('portcullis_migrate')")
                .await?;
            lock.commit().await?;
            result
        }
        _ => Migrator::up(db, None).await,
    }
}

/// `true` when the database answers a trivial query.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_loopback_postgres_url_without_a_tls_mode_goes_plain() {
        assert!(plain_on_loopback("postgres://u@127.0.0.1:5432/db"));
        assert!(plain_on_loopback(
            "postgresql://u@localhost/db?application_name=x"
        ));
        assert!(!plain_on_loopback(
            "postgres://u@127.0.0.1/db?sslmode=require"
        ));
        assert!(!plain_on_loopback(
            "postgres://u@127.0.0.1/db?a=1&SSLMODE=prefer"
        ));
        assert!(!plain_on_loopback("mysql://root@127.0.0.1/db"));
        assert!(!plain_on_loopback("sqlite://portcullis.db?mode=rwc"));
        for host in [
            "127.0.0.1",
            "127.1.2.3",
            "localhost",
            "LOCALHOST",
            "::1",
            "[::1]",
            "/run/postgresql",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "db.example.com",
            "10.0.0.5",
            "::2",
            "localhost.evil.example",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
