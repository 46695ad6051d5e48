//! Reads on the request path, and on the embedded default (SQLite) made on the calling thread.
//!
//! sqlx runs each SQLite connection on a thread of its own and hands every statement and every
//! row across threads: several context switches per query, more than the query itself costs.
//! Here the statement sea-orm builds for SQLite (the same query builder, the same entities, the
//! same migrated tables as on PostgreSQL and MySQL) runs through SeaORM's synchronous flavour
//! (`sea-orm-sync` with its rusqlite driver) on the async worker that asks: one connection per
//! worker thread, opened on the thread's first read and kept in a thread-local, so no lock is
//! taken and nothing crosses threads. Each row becomes the entity's own
//! `Model` through its `ActiveModel` (each column read as the type the entity declares, then
//! checked by the entity's own value conversions).
//!
//! Nothing here waits: a read that SQLite would make wait (`busy_timeout = 0`; in WAL mode a reader only waits during a recovery or a log reset),
//! or that fails for any reason goes the usual way through the pool, which then also reports
//! real errors. Writes always go through the pool, where SQLite takes one writer at a time. An
//! in-memory database (one per connection) and the other databases always use the pool.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use sea_orm::sea_query::Value;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ColumnType, ConnectionTrait, DatabaseBackend,
    DatabaseConnection, DbErr, EntityTrait, IdenStatic, Iterable, QuerySelect, QueryTrait, Select,
    TryIntoModel,
};
use sea_orm_sync::ConnectionTrait as _;

/// Where the services' hot reads go. Cheap to clone.
#[derive(Clone)]
pub struct Reads {
    db: DatabaseConnection,
    local: Option<Arc<Local>>,
}

/// One SQLite file read locally. Its connections live in the threads that read it.
struct Local {
    /// Tells this file's connections from those of another `Reads` in the same process (tests
    /// run many servers in one process).
    id: u64,
    path: String,
    /// Set when a connection could not be opened: reads go through the pool from then on.
    off: AtomicBool,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// The most files a thread keeps a connection to (one in a server; tests start many).
const CONNECTIONS_PER_THREAD: usize = 4;

thread_local! {
    /// This thread's connections, most recently opened last.
    static CONNECTIONS: RefCell<Vec<(u64, sea_orm_sync::DatabaseConnection)>> =
        const { RefCell::new(Vec::new()) };
}

/// Why a local read was not made (then the pool makes it).
#[derive(Debug)]
enum Skip {
    Off,
    Failed(String),
}

impl Reads {
    /// Reads through the pool only.
    pub fn pooled(db: DatabaseConnection) -> Self {
        Self { db, local: None }
    }

    /// On a SQLite file, reads on the calling thread; otherwise the same as [`Reads::pooled`].
    /// Call after the migrations, with the pool's URL: one connection is opened here to check
    /// that the file can be read this way (a failure stops the start, like the pool's would).
    pub fn open(db: DatabaseConnection, url: &str) -> Result<Self, DbErr> {
        let Some(path) = sqlite_file(url) else {
            return Ok(Self::pooled(db));
        };
        open_local(&path)?;
        let local = Local {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            path,
            off: AtomicBool::new(false),
        };
        Ok(Self {
            db,
            local: Some(Arc::new(local)),
        })
    }

    /// The pool, for writes (every read has a local path or goes through it anyway).
    pub fn pool(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Whether reads run on the calling thread (SQLite file) rather than through the pool.
    pub fn is_local(&self) -> bool {
        self.local.is_some()
    }

    /// Every row the query selects, as the entity's models.
    pub async fn all<E>(&self, query: Select<E>) -> Result<Vec<E::Model>, DbErr>
    where
        E: EntityTrait,
        E::ActiveModel: TryIntoModel<E::Model>,
    {
        if let Some(local) = &self.local {
            match local.all::<E>(&query) {
                Ok(rows) => return Ok(rows),
                Err(skip) => skipped(&skip),
            }
        }
        query.all(&self.db).await
    }

    /// The first row the query selects.
    pub async fn one<E>(&self, query: Select<E>) -> Result<Option<E::Model>, DbErr>
    where
        E: EntityTrait,
        E::ActiveModel: TryIntoModel<E::Model>,
    {
        let query = query.limit(1);
        if let Some(local) = &self.local {
            match local.all::<E>(&query) {
                Ok(rows) => return Ok(rows.into_iter().next()),
                Err(skip) => skipped(&skip),
            }
        }
        query.one(&self.db).await
    }

    /// Whether the query selects any row (it should select one narrow column).
    pub async fn exists<E: EntityTrait>(&self, query: Select<E>) -> Result<bool, DbErr> {
        let query = query.limit(1);
        if let Some(local) = &self.local {
            match local.query(query.build(DatabaseBackend::Sqlite)) {
                Ok(rows) => return Ok(!rows.is_empty()),
                Err(skip) => skipped(&skip),
            }
        }
        let statement = query.build(self.db.get_database_backend());
        Ok(self.db.query_one_raw(statement).await?.is_some())
    }
}

fn skipped(skip: &Skip) {
    match skip {
        Skip::Off => {}
        // The message is SQLite's or a type mismatch; statements and values are not logged.
        Skip::Failed(why) => {
            tracing::debug!(error = %why, "local SQLite read failed: read through the pool")
        }
    }
}

impl Local {
    fn query(&self, statement: sea_orm::Statement) -> Result<Vec<sea_orm_sync::QueryResult>, Skip> {
        if self.off.load(Ordering::Relaxed) {
            return Err(Skip::Off);
        }
        let statement = sync_statement(statement);
        CONNECTIONS.with_borrow_mut(|connections| {
            let at = match connections.iter().position(|(id, _)| *id == self.id) {
                Some(at) => at,
                None => {
                    let connection = open_local(&self.path).map_err(|e| {
                        tracing::warn!(error = %e, "SQLite reads go through the pool from now on");
                        self.off.store(true, Ordering::Relaxed);
                        Skip::Off
                    })?;
                    if connections.len() == CONNECTIONS_PER_THREAD {
                        connections.remove(0);
                    }
                    connections.push((self.id, connection));
                    connections.len() - 1
                }
            };
            connections[at]
                .1
                .query_all_raw(statement)
                .map_err(|e| Skip::Failed(e.to_string()))
        })
    }

    fn all<E>(&self, query: &Select<E>) -> Result<Vec<E::Model>, Skip>
    where
        E: EntityTrait,
        E::ActiveModel: TryIntoModel<E::Model>,
    {
        self.query(query.build(DatabaseBackend::Sqlite))?
            .iter()
            .map(to_model::<E>)
            .collect()
    }
}

/// A row read locally, as the entity's model: each column read as the type the entity declares
/// for it, set on the entity's `ActiveModel` (which checks the value against the field's type)
/// and turned into the `Model` (which checks that every field is there).
fn to_model<E>(row: &sea_orm_sync::QueryResult) -> Result<E::Model, Skip>
where
    E: EntityTrait,
    E::ActiveModel: TryIntoModel<E::Model>,
{
    let mut model = <E::ActiveModel as ActiveModelTrait>::default();
    for column in E::Column::iter() {
        let name = column.as_str();
        let failed = |e: sea_orm_sync::DbErr| Skip::Failed(format!("column {name}: {e}"));
        let value = match column.def().get_column_type() {
            ColumnType::Uuid => Value::Uuid(row.try_get("", name).map_err(failed)?),
            ColumnType::String(_) | ColumnType::Text | ColumnType::Char(_) => {
                Value::String(row.try_get("", name).map_err(failed)?)
            }
            ColumnType::BigInteger => Value::BigInt(row.try_get("", name).map_err(failed)?),
            ColumnType::Integer => Value::Int(row.try_get("", name).map_err(failed)?),
            ColumnType::SmallInteger => Value::SmallInt(row.try_get("", name).map_err(failed)?),
            ColumnType::Boolean => Value::Bool(row.try_get("", name).map_err(failed)?),
            ColumnType::Binary(_) | ColumnType::VarBinary(_) | ColumnType::Blob => {
                Value::Bytes(row.try_get("", name).map_err(failed)?)
            }
            other => {
                return Err(Skip::Failed(format!(
                    "column {name}: {other:?} is not read locally"
                )));
            }
        };
        model
            .try_set(column, value)
            .map_err(|e| Skip::Failed(format!("column {name}: {e}")))?;
    }
    model
        .try_into_model()
        .map_err(|e| Skip::Failed(e.to_string()))
}

/// The file of a `sqlite:` URL, or `None` for an in-memory database or another scheme.
pub(super) fn sqlite_file(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let in_memory = path.is_empty()
        || path == ":memory:"
        || path.starts_with("file::memory:")
        || query.split('&').any(|pair| pair == "mode=memory");
    (!in_memory).then(|| path.to_owned())
}

/// A statement sea-orm built for SQLite, for SeaORM's synchronous flavour (the same values).
pub(super) fn sync_statement(statement: sea_orm::Statement) -> sea_orm_sync::Statement {
    sea_orm_sync::Statement {
        sql: statement.sql,
        values: statement.values,
        db_backend: sea_orm_sync::DatabaseBackend::Sqlite,
    }
}

/// A connection of SeaORM's synchronous flavour to the SQLite file at `path`, set up by
/// `pragmas`. `rw`: the file exists (the pool created and migrated it); never another one.
pub(super) fn connect_sync(
    path: &str,
    pragmas: &str,
) -> Result<sea_orm_sync::DatabaseConnection, sea_orm_sync::DbErr> {
    let connection = sea_orm_sync::Database::connect(format!("sqlite://{path}?mode=rw"))?;
    connection.execute_unprepared(pragmas)?;
    Ok(connection)
}

fn open_local(path: &str) -> Result<sea_orm_sync::DatabaseConnection, DbErr> {
    // Read only, and never wait for a lock on an async worker (see the module's comment).
    connect_sync(path, "PRAGMA query_only = ON; PRAGMA busy_timeout = 0;")
        .map_err(|e| DbErr::Custom(format!("local SQLite connection: {e}")))
}

#[cfg(test)]
mod tests {
    use entity::{quote, user};
    use sea_orm::{ActiveModelTrait as _, ColumnTrait, QueryFilter, QueryOrder, Set};
    use uuid::Uuid;

    use super::*;

    async fn seeded(dir: &std::path::Path) -> (DatabaseConnection, String, Uuid) {
        let url = format!("sqlite://{}?mode=rwc", dir.join("t.db").display());
        let db = crate::db::connect_url(&url, 2).await.unwrap();
        crate::db::migrate(&db).await.unwrap();
        let owner = Uuid::now_v7();
        crate::store::test_user(owner, "a")
            .insert(&db)
            .await
            .unwrap();
        (db, url, owner)
    }

    async fn add_quote(db: &DatabaseConnection, owner: Uuid, at: i64) -> quote::Model {
        quote::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(owner),
            text: Set(format!("Ünïcode text {at}")),
            author: Set("Someone".into()),
            text_fold: Set(format!("ünïcode text {at}")),
            author_fold: Set("someone".into()),
            created_at: Set(at),
            updated_at: Set(at + 1),
        }
        .insert(db)
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn a_local_read_returns_the_pools_rows_and_sees_its_writes() {
        let dir = tempfile::tempdir().unwrap();
        let (db, url, owner) = seeded(dir.path()).await;
        let reads = Reads::open(db.clone(), &url).unwrap();
        assert!(reads.is_local());
        let local = reads.local.as_ref().unwrap();
        let query = || {
            quote::Entity::find()
                .filter(quote::Column::UserId.eq(owner))
                .order_by_desc(quote::Column::CreatedAt)
        };
        // Made on this thread, not through the pool: the rows match field by field.
        assert!(local.all::<quote::Entity>(&query()).unwrap().is_empty());
        let mut written = Vec::new();
        for at in [10, 20, 30] {
            written.push(add_quote(&db, owner, at).await);
            // A write through the pool is seen by the next local read.
            let read = local.all::<quote::Entity>(&query()).unwrap();
            assert_eq!(read.len(), written.len());
            assert_eq!(read[0], *written.last().unwrap());
        }
        written.reverse();
        assert_eq!(local.all::<quote::Entity>(&query()).unwrap(), written);
        assert_eq!(query().all(&db).await.unwrap(), written);
        assert_eq!(reads.all(query()).await.unwrap(), written);
        assert_eq!(reads.one(query()).await.unwrap().as_ref(), written.first());
        assert!(
            reads
                .exists(query().select_only().column(quote::Column::Id))
                .await
                .unwrap()
        );
        // Another owner's rows are not there (the filter is in the SQL either way).
        let other = quote::Entity::find().filter(quote::Column::UserId.eq(Uuid::now_v7()));
        assert!(reads.all(other.clone()).await.unwrap().is_empty());
        assert!(!reads.exists(other).await.unwrap());
        // Each entity's column types are read locally, nullable ones included.
        let users = local.all::<user::Entity>(&user::Entity::find()).unwrap();
        assert_eq!(users, user::Entity::find().all(&db).await.unwrap());
        assert_eq!(users[0].disabled_at, None);
        assert!(users[0].password_hash.is_none());
    }

    #[tokio::test]
    async fn a_local_connection_never_writes() {
        let dir = tempfile::tempdir().unwrap();
        let (_db, url, _) = seeded(dir.path()).await;
        let connection = open_local(sqlite_file(&url).as_deref().unwrap()).unwrap();
        let err = connection
            .execute_unprepared("DELETE FROM users")
            .unwrap_err();
        assert!(err.to_string().contains("readonly"), "{err}");
    }

    #[tokio::test]
    async fn an_in_memory_database_reads_through_the_pool() {
        let db = crate::db::connect_url("sqlite::memory:", 2).await.unwrap();
        crate::db::migrate(&db).await.unwrap();
        let reads = Reads::open(db, "sqlite::memory:").unwrap();
        assert!(!reads.is_local());
        assert!(reads.all(user::Entity::find()).await.unwrap().is_empty());
    }

    #[test]
    fn only_a_sqlite_file_is_read_locally() {
        assert_eq!(
            sqlite_file("sqlite://portcullis.db?mode=rwc").as_deref(),
            Some("portcullis.db")
        );
        assert_eq!(
            sqlite_file("sqlite:/var/lib/p.db").as_deref(),
            Some("/var/lib/p.db")
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("sqlite://:memory:"), None);
        assert_eq!(sqlite_file("sqlite://p.db?mode=memory&cache=shared"), None);
        assert_eq!(sqlite_file("postgres://u@127.0.0.1/db"), None);
        assert_eq!(sqlite_file("mysql://root@127.0.0.1/test"), None);
    }
}
