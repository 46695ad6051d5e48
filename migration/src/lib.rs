//! Database migrations: one file per migration, never edited after it lands. They run at start
//! (idempotently) and through `portcullis migrate`, on SQLite, PostgreSQL and MySQL alike.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_accounts;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m20261122_000001_accounts::Migration)]
    }
}
