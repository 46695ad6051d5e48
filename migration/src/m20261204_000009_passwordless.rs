//! Accounts without a password (made through a sign-in provider): `users.password_hash` admits
//! NULL, so that no placeholder hash exists that a login could ever match.
//!
//! PostgreSQL and MySQL change the column in place. SQLite cannot, so the table is rebuilt the
//! way SQLite documents (its "12 steps"): on one connection with foreign keys off (they cannot be
//! turned off inside a transaction, and dropping the old table with them on would cascade into
//! every table that references users), in one transaction, checking the foreign keys before
//! committing. The table's own SQL is reused with that one column changed, so nothing else about
//! it moves.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::sqlx::{self, Row, SqliteConnection};
use sea_orm_migration::sea_orm::{DatabaseBackend, DatabaseExecutor};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The column as the first migration wrote it on SQLite.
const SQLITE_NOT_NULL: &str = "\"password_hash\" varchar(255) NOT NULL";
const SQLITE_NULL: &str = "\"password_hash\" varchar(255) NULL";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let conn = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                conn.execute_unprepared(
                    "ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL",
                )
                .await?;
            }
            DatabaseBackend::MySql => {
                conn.execute_unprepared("ALTER TABLE users MODIFY password_hash VARCHAR(255) NULL")
                    .await?;
            }
            _ => {
                let DatabaseExecutor::Connection(db) = conn else {
                    return Err(DbErr::Migration(
                        "the SQLite rebuild of users needs its own connection, not a transaction"
                            .into(),
                    ));
                };
                let mut pinned = db
                    .get_sqlite_connection_pool()
                    .acquire()
                    .await
                    .map_err(|e| DbErr::Migration(format!("acquire: {e}")))?;
                sql(&mut pinned, "PRAGMA foreign_keys = OFF").await?;
                let rebuilt = rebuild_users(&mut pinned).await;
                if rebuilt.is_err() {
                    let _ = sql(&mut pinned, "ROLLBACK").await;
                }
                // Back on whatever happened: the connection returns to the pool.
                let restored = sql(&mut pinned, "PRAGMA foreign_keys = ON").await;
                if restored.is_err() {
                    // Never hand a connection without foreign keys back to the pool.
                    pinned.detach();
                }
                rebuilt?;
                restored?;
            }
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Accounts without a password may exist by then: there is no way back.
        Err(DbErr::Migration(
            "accounts without a password cannot be made to have one".into(),
        ))
    }
}

async fn sql(conn: &mut SqliteConnection, statement: &str) -> Result<(), DbErr> {
    // Our own statements, or the schema's own SQL read back from sqlite_master.
    sqlx::query(sqlx::AssertSqlSafe(statement.to_owned()))
        .execute(conn)
        .await
        .map(|_| ())
        .map_err(|e| DbErr::Migration(format!("{statement}: {e}")))
}

async fn rebuild_users(conn: &mut SqliteConnection) -> Result<(), DbErr> {
    let fail = |what: &str, e: sqlx::Error| DbErr::Migration(format!("{what}: {e}"));
    sql(conn, "BEGIN IMMEDIATE").await?;
    let table: String =
        sqlx::query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'")
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| fail("read users", e))?
            .try_get(0)
            .map_err(|e| fail("read users", e))?;
    if !table.contains(SQLITE_NOT_NULL) {
        // Already nullable (or not ours to rewrite): nothing to do.
        return sql(conn, "COMMIT").await;
    }
    let indexes: Vec<String> = sqlx::query(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'users' AND sql IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(|e| fail("read indexes", e))?
    .iter()
    .map(|row| row.try_get::<String, _>(0))
    .collect::<Result<_, _>>()
    .map_err(|e| fail("read indexes", e))?;
    let new_table = table.replacen(SQLITE_NOT_NULL, SQLITE_NULL, 1).replacen(
        "CREATE TABLE \"users\"",
        "CREATE TABLE \"users_rebuilt\"",
        1,
    );
    if !new_table.starts_with("CREATE TABLE \"users_rebuilt\"") {
        return Err(DbErr::Migration(format!("unexpected users table: {table}")));
    }
    sql(conn, &new_table).await?;
    sql(conn, "INSERT INTO users_rebuilt SELECT * FROM users").await?;
    sql(conn, "DROP TABLE users").await?;
    sql(conn, "ALTER TABLE users_rebuilt RENAME TO users").await?;
    for index in &indexes {
        sql(conn, index).await?;
    }
    let broken = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| fail("foreign_key_check", e))?;
    if !broken.is_empty() {
        return Err(DbErr::Migration(format!(
            "{} rows would break a foreign key",
            broken.len()
        )));
    }
    sql(conn, "COMMIT").await
}
