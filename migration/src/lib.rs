//! Database migrations: one file per migration, never edited after it lands. They run at start
//! (idempotently) and through `portcullis migrate`, on SQLite, PostgreSQL and MySQL alike.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_accounts;
mod m20261122_000002_quotes;
mod m20261122_000003_two_factor;
mod m20261125_000004_mail;
mod m20261125_000005_admin_audit;
mod m20261125_000006_rate_limits;
mod m20261202_000007_recent_auth_devices;
mod m20261202_000008_housekeeping;
mod m20261204_000009_passwordless;
mod m20261204_000010_provider_sign_in;
mod m20261205_000011_passkeys;

use sea_orm_migration::sea_orm::DatabaseBackend;

/// `CREATE TABLE` with the same text semantics everywhere: on MySQL/MariaDB, utf8mb4 with a
/// binary collation (exact, case- and accent-sensitive, like PostgreSQL and SQLite) instead of
/// the server's default `_ci` collation.
pub(crate) fn table_for(manager: &SchemaManager) -> TableCreateStatement {
    let mut table = Table::create();
    if manager.get_database_backend() == DatabaseBackend::MySql {
        table.character_set("utf8mb4").collate("utf8mb4_bin");
    }
    table
}

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_accounts::Migration),
            Box::new(m20261122_000002_quotes::Migration),
            Box::new(m20261122_000003_two_factor::Migration),
            Box::new(m20261125_000004_mail::Migration),
            Box::new(m20261125_000005_admin_audit::Migration),
            Box::new(m20261125_000006_rate_limits::Migration),
            Box::new(m20261202_000007_recent_auth_devices::Migration),
            Box::new(m20261202_000008_housekeeping::Migration),
            Box::new(m20261204_000009_passwordless::Migration),
            Box::new(m20261204_000010_provider_sign_in::Migration),
            Box::new(m20261205_000011_passkeys::Migration),
        ]
    }
}
