//! Hot write transactions: on a SQLite file, one at a time, each in one hand-off.
//!
//! SQLite runs one writer at a time. Through the pool, concurrent transactions each reach their
//! first write and all but one get `SQLITE_BUSY`: SQLite's busy handler then sleeps 1, 2, 5,
//! 10… ms before trying again, however soon the lock is free. And a transaction of several
//! statements holds the lock across every hand-off to sqlx's connection thread and back to an
//! async worker (begin, each statement, commit), which on a busy server waits its turn among
//! the other requests' tasks each time.
//!
//! Here, on a SQLite file, such transactions are sent to one writer thread of this process,
//! which runs them in arrival order (the next one starts the moment the previous one ends),
//! each whole, on its one read-write connection of SeaORM's synchronous flavour (`sea-orm-sync`
//! on rusqlite), with the statements sea-orm builds for SQLite: one hand-off per transaction.
//! Other writes, and other processes on the same file, still meet SQLite's own locking (the
//! connection waits up to 10 s for the lock, like the pool's). An in-memory SQLite database and
//! PostgreSQL/MySQL (which lock rows, not the database) run the same statements through the pool.

use std::sync::mpsc;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement, TransactionTrait};
use sea_orm_sync::{ConnectionTrait as _, TransactionTrait as _};
use tokio::sync::oneshot;

use super::local_reads::{connect_sync, sqlite_file, sync_statement};

#[derive(Clone)]
pub struct WriteGate {
    db: DatabaseConnection,
    /// On a SQLite file, the writer's queue. The writer is a thread of its own that owns the
    /// connection (a rusqlite connection stays on one thread) and runs the transactions sent to
    /// it in arrival order; it ends when the last `WriteGate` goes.
    writer: Option<mpsc::Sender<Job>>,
}

struct Job {
    /// Run in order, in one transaction.
    statements: Vec<Statement>,
    /// Only if the first statement changes exactly one row are the others run and committed.
    guarded: bool,
    done: oneshot::Sender<Result<bool, DbErr>>,
}

impl WriteGate {
    /// On a SQLite file (the pool's URL), transactions run as described above; otherwise
    /// through the pool.
    pub fn open(db: DatabaseConnection, url: &str) -> Result<Self, DbErr> {
        let Some(path) = sqlite_file(url) else {
            return Ok(Self { db, writer: None });
        };
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || writer(&path, &queue))
            .map_err(|e| DbErr::Custom(format!("SQLite writer thread: {e}")))?;
        Ok(Self {
            db,
            writer: Some(jobs),
        })
    }

    /// The database's backend, to build the statements for.
    pub fn backend(&self) -> sea_orm::DatabaseBackend {
        self.db.get_database_backend()
    }

    /// One transaction: `first`, then — only if it changed exactly one row — `then` in order,
    /// committed together. Whether `first` changed one row; if not, nothing is written.
    /// Statements are built for [`WriteGate::backend`].
    pub async fn if_one_row(&self, first: Statement, then: Vec<Statement>) -> Result<bool, DbErr> {
        let mut statements = Vec::with_capacity(1 + then.len());
        statements.push(first);
        statements.extend(then);
        self.transaction(statements, true).await
    }

    /// One transaction: `statements` in order, committed together (or none of them).
    /// Statements are built for [`WriteGate::backend`].
    pub async fn all(&self, statements: Vec<Statement>) -> Result<(), DbErr> {
        self.transaction(statements, false).await.map(|_| ())
    }

    async fn transaction(&self, statements: Vec<Statement>, guarded: bool) -> Result<bool, DbErr> {
        if let Some(writer) = &self.writer {
            // Once sent, the transaction runs to its end even if the request goes away
            // meanwhile: never left half-done on the connection.
            let (done, result) = oneshot::channel();
            writer
                .send(Job {
                    statements,
                    guarded,
                    done,
                })
                .map_err(|_| DbErr::Custom("the SQLite writer has stopped".into()))?;
            return result
                .await
                .map_err(|_| DbErr::Custom("the SQLite writer has stopped".into()))?;
        }
        // Through the pool, the transaction runs in a task of its own, so that it too runs to
        // its end if the request goes away: a transaction dropped at an await (its BEGIN's
        // round trip included: sqlx-mysql 0.9.1 then hands the connection on still inside it)
        // is never left on a pooled connection.
        let db = self.db.clone();
        tokio::spawn(async move {
            #[expect(clippy::disallowed_methods, reason = "already in a task of its own")]
            let txn = db.begin().await?;
            for (i, statement) in statements.into_iter().enumerate() {
                let changed = txn.execute_raw(statement).await?.rows_affected();
                if guarded && i == 0 && changed != 1 {
                    txn.rollback().await?;
                    return Ok(false);
                }
            }
            txn.commit().await?;
            Ok(true)
        })
        .await
        .map_err(|e| DbErr::Custom(format!("a pooled write transaction failed: {e}")))?
    }
}

/// The writer thread: a connection opened on first use, and again after a failure.
fn writer(path: &str, queue: &mpsc::Receiver<Job>) {
    let mut connection: Option<sea_orm_sync::DatabaseConnection> = None;
    while let Ok(Job {
        statements,
        guarded,
        done,
    }) = queue.recv()
    {
        let result = match &mut connection {
            Some(connection) => run(connection, statements, guarded),
            empty => match open_writer(path) {
                Ok(opened) => run(empty.insert(opened), statements, guarded),
                Err(e) => Err(e),
            },
        };
        if result.is_err() {
            // Whatever state the connection is in, the next transaction gets a new one.
            connection = None;
        }
        // The request may have gone away: then nobody reads the result.
        let _ = done.send(result);
    }
}

fn run(
    connection: &sea_orm_sync::DatabaseConnection,
    statements: Vec<Statement>,
    guarded: bool,
) -> Result<bool, DbErr> {
    #[expect(
        clippy::disallowed_methods,
        reason = "synchronous, on the writer thread: nothing drops it halfway"
    )]
    let txn = connection.begin().map_err(sync_err)?;
    for (i, statement) in statements.into_iter().enumerate() {
        let changed = txn
            .execute_raw(sync_statement(statement))
            .map_err(sync_err)?
            .rows_affected();
        if guarded && i == 0 && changed != 1 {
            txn.rollback().map_err(sync_err)?;
            return Ok(false);
        }
    }
    txn.commit().map_err(sync_err)?;
    Ok(true)
}

/// SQLite's message (statements and values are not in it).
fn sync_err(e: sea_orm_sync::DbErr) -> DbErr {
    DbErr::Custom(format!("SQLite write: {e}"))
}

fn open_writer(path: &str) -> Result<sea_orm_sync::DatabaseConnection, DbErr> {
    // As the pool's connections: foreign keys enforced, the same durability in WAL mode, and up
    // to 10 s for a lock another connection holds (this runs on the writer's own thread).
    connect_sync(
        path,
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;",
    )
    .map_err(sync_err)
}

#[cfg(test)]
mod tests {
    use entity::user;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
    use uuid::Uuid;

    use super::*;
    use crate::store::test_user;

    /// `first` sets alice's `updated_at` from 1 to 2 (one row the first time, none after);
    /// `then` adds a user.
    fn statements(gate: &WriteGate, alice: Uuid, name: &str) -> (Statement, Vec<Statement>) {
        let backend = gate.backend();
        let first = user::Entity::update_many()
            .col_expr(user::Column::UpdatedAt, Expr::value(2_i64))
            .filter(user::Column::Id.eq(alice))
            .filter(user::Column::UpdatedAt.eq(1_i64))
            .build(backend);
        let then = vec![sea_orm::Insert::one(test_user(Uuid::now_v7(), name)).build(backend)];
        (first, then)
    }

    /// Every user's name, sorted.
    async fn usernames(db: &DatabaseConnection) -> Vec<String> {
        let mut names: Vec<String> = user::Entity::find()
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.username)
            .collect();
        names.sort();
        names
    }

    async fn check(gate: WriteGate, db: &DatabaseConnection) {
        let alice = Uuid::now_v7();
        test_user(alice, "alice").insert(db).await.unwrap();

        let (first, then) = statements(&gate, alice, "bob");
        assert!(
            gate.if_one_row(first, then).await.unwrap(),
            "one row: the rest is written"
        );
        let (first, then) = statements(&gate, alice, "carol");
        assert!(
            !gate.if_one_row(first, then).await.unwrap(),
            "no row: nothing more"
        );
        let names = usernames(db).await;
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"bob".to_owned()) && !names.contains(&"carol".to_owned()));

        // A statement that fails (a duplicate key) leaves nothing of its transaction behind,
        // and the next transaction runs.
        let alice_again = user::Entity::find_by_id(alice)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(alice_again.updated_at, 2);
        let first = user::Entity::update_many()
            .col_expr(user::Column::UpdatedAt, Expr::value(3_i64))
            .filter(user::Column::Id.eq(alice))
            .build(gate.backend());
        let duplicate = sea_orm::Insert::one(test_user(alice, "alice")).build(gate.backend());
        assert!(gate.if_one_row(first, vec![duplicate]).await.is_err());
        let alice_after = user::Entity::find_by_id(alice)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(alice_after.updated_at, 2, "rolled back");
        let (first, then) = statements(&gate, alice, "dave");
        assert!(!gate.if_one_row(first, then).await.unwrap());

        // `all`: every statement, or (one failing) none.
        let insert = |name: &str| {
            sea_orm::Insert::one(test_user(Uuid::now_v7(), name)).build(gate.backend())
        };
        let duplicate = sea_orm::Insert::one(test_user(alice, "alice")).build(gate.backend());
        assert!(gate.all(vec![insert("erin"), duplicate]).await.is_err());
        gate.all(vec![insert("frank"), insert("grace")])
            .await
            .unwrap();
        assert_eq!(usernames(db).await, ["alice", "bob", "frank", "grace"]);
    }

    #[tokio::test]
    async fn a_sqlite_file_runs_transactions_on_its_writer() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("w.db").display());
        let db = crate::db::connect_url(&url, 2).await.unwrap();
        crate::db::migrate(&db).await.unwrap();
        let gate = WriteGate::open(db.clone(), &url).unwrap();
        assert!(gate.writer.is_some());
        check(gate, &db).await;
    }

    #[tokio::test]
    async fn in_memory_sqlite_runs_them_through_the_pool() {
        let url = "sqlite::memory:";
        let db = crate::db::connect_url(url, 1).await.unwrap();
        crate::db::migrate(&db).await.unwrap();
        let gate = WriteGate::open(db.clone(), url).unwrap();
        assert!(gate.writer.is_none());
        check(gate, &db).await;
    }
}
