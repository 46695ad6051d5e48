//! Connecting to the database and applying migrations, the same way for all three backends.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection,
    TransactionTrait,
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
        // Statements can carry token hashes and emails: keep them out of the logs.
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    Database::connect(options).await
}

/// Applies pending migrations. On PostgreSQL and MySQL a database lock serialises instances
/// that start at the same moment, so exactly one of them migrates.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    let backend = db.get_database_backend();
    match backend {
        DatabaseBackend::Postgres => {
            let lock = db.begin().await?;
            lock.execute_unprepared("SELECT pg_advisory_xact_lock(7231010101)")
                .await?;
            Migrator::up(db, None).await?;
            lock.commit().await
        }
        DatabaseBackend::MySql => {
            let lock = db.begin().await?;
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
