//! Who may do what, in one place: the admin check (read from the database, never from the
//! token's role claim, so a demotion takes effect at once), the rule that one enabled admin must
//! remain, write transactions, and the policy for writing data.
//!
//! The last-admin rule is part of the UPDATE's or DELETE's own WHERE clause, run after locking
//! the admin rows in the same transaction: two admins demoting each other at the same moment
//! cannot both succeed.

use std::sync::Arc;
use std::time::Duration;

use entity::user;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, SqliteTransactionMode, TransactionOptions,
};
use uuid::Uuid;

use super::principal::Principal;
use crate::clock::Clock;
use crate::domain::{Role, UserId};
use crate::error::AppError;
use crate::store::users;

const ADMIN: &str = "ADMIN";

/// Options for a transaction that will write: on SQLite it takes the write lock at BEGIN, so
/// writers queue (busy timeout) instead of failing when a read would have to become a write.
pub fn write_tx() -> TransactionOptions {
    TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    }
}

/// FORBIDDEN unless `user_id` is an enabled ADMIN according to the database.
pub async fn require_admin<C: ConnectionTrait>(conn: &C, user_id: UserId) -> Result<(), AppError> {
    user::Entity::find_by_id(user_id.uuid())
        .filter(user::Column::Role.eq(ADMIN))
        .filter(user::Column::DisabledAt.is_null())
        .select_only()
        .column(user::Column::Id)
        .into_tuple::<Uuid>()
        .one(conn)
        .await?
        .map(|_| ())
        .ok_or(AppError::Forbidden)
}

/// Locks every admin row (in id order, so concurrent callers queue instead of deadlocking) until
/// the transaction ends. SQLite has no row locks; there the IMMEDIATE transaction serialises.
/// Every transaction that can change who is an enabled admin starts with this, so that they all
/// queue in one order.
pub async fn lock_admins(tx: &DatabaseTransaction) -> Result<(), AppError> {
    user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Role.eq(ADMIN))
        .order_by_asc(user::Column::Id)
        .lock_exclusive()
        .into_tuple::<Uuid>()
        .all(tx)
        .await?;
    Ok(())
}

/// A write transaction that holds the admin lock (see [`lock_admins`]).
pub async fn begin_admin_change(db: &DatabaseConnection) -> Result<DatabaseTransaction, AppError> {
    let tx = crate::db::begin_with(db, write_tx()).await?;
    lock_admins(&tx).await?;
    Ok(tx)
}

/// A write transaction for an admin operation by `actor`: admin rows locked, then `actor`
/// checked to be an enabled admin inside it.
pub async fn begin_as_admin(
    db: &DatabaseConnection,
    actor: UserId,
) -> Result<DatabaseTransaction, AppError> {
    let tx = begin_admin_change(db).await?;
    require_admin(&tx, actor).await?;
    Ok(tx)
}

/// True for a row whose change cannot leave the server without an enabled admin: it is not an
/// enabled admin, or another enabled admin exists. Put in the WHERE of the UPDATE or DELETE.
pub fn leaves_an_enabled_admin(target: UserId) -> Condition {
    let others = Alias::new("others");
    let mut another = Query::select();
    another
        .expr(Expr::val(1))
        .from_as(user::Entity, others.clone())
        .and_where(Expr::col((others.clone(), user::Column::Role)).eq(ADMIN))
        .and_where(Expr::col((others.clone(), user::Column::DisabledAt)).is_null())
        .and_where(Expr::col((others, user::Column::Id)).ne(target.uuid()));
    Condition::any()
        .add(user::Column::Role.ne(Role::Admin.as_str()))
        .add(user::Column::DisabledAt.is_not_null())
        .add(Expr::exists(another))
}

/// How recent a proof of credentials sensitive operations need (`REAUTHENTICATION_WINDOW`).
/// The proof is read from the access token's `auth_time`, not from the session: an older token
/// of the session does not profit from a newer proof, and a token without the claim (issued
/// before it existed) is stale.
#[derive(Clone)]
pub struct RecentAuth {
    window: Duration,
    clock: Arc<dyn Clock>,
}

impl RecentAuth {
    pub fn new(window: Duration, clock: Arc<dyn Clock>) -> Self {
        Self { window, clock }
    }

    /// REAUTHENTICATION_REQUIRED unless the caller proved a credential within the window.
    pub fn require(&self, principal: &Principal) -> Result<(), AppError> {
        let window = i64::try_from(self.window.as_secs()).unwrap_or(i64::MAX);
        match principal.claims.auth_time {
            Some(at) if self.clock.now_secs().saturating_sub(at) <= window => Ok(()),
            _ => Err(AppError::ReauthenticationRequired),
        }
    }
}

/// What it takes to change data (quotes today): with REQUIRE_VERIFIED_EMAIL, a verified address.
#[derive(Debug, Clone, Copy)]
pub struct WritePolicy {
    pub require_verified_email: bool,
}

impl WritePolicy {
    /// The caller's id once they may write; FORBIDDEN until their address is verified (when
    /// required). Capabilities that write are only built from what this returns.
    pub async fn writer<C: ConnectionTrait>(
        &self,
        conn: &C,
        principal: &Principal,
    ) -> Result<UserId, AppError> {
        if self.require_verified_email {
            let account = users::get(conn, principal.user_id, AppError::Unauthenticated).await?;
            if !account.email_verified {
                return Err(AppError::Forbidden);
            }
        }
        Ok(principal.user_id)
    }
}
