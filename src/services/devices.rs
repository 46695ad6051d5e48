//! Device tokens (OWASP's "device cookies"): after a sign-in, the device gets a token; a later
//! sign-in that presents it spends the device's own small failure budget instead of the
//! account's, so a flood of guesses from elsewhere slows the account down without locking its
//! owner out. A token is bound to one user, stored as its SHA-256, dies when its budget is spent
//! or its lifetime is over, and is revoked with the credentials (password change or reset, admin
//! reset, disabling, deletion).

use std::sync::Arc;

use entity::device_token;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryTrait, Set,
    Statement,
};
use secrecy::SecretString;
use uuid::Uuid;

use crate::auth::opaque;
use crate::clock::{Clock, micros};
use crate::config::DeviceTokenConfig;
use crate::domain::UserId;
use crate::error::AppError;

/// A live device token, found for the account that signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceId(Uuid);

impl DeviceId {
    pub fn uuid(self) -> Uuid {
        self.0
    }
}

impl From<Uuid> for DeviceId {
    fn from(id: Uuid) -> Self {
        Self(id)
    }
}

#[derive(Clone)]
pub struct Devices {
    clock: Arc<dyn Clock>,
    config: DeviceTokenConfig,
}

impl Devices {
    pub fn new(clock: Arc<dyn Clock>, config: DeviceTokenConfig) -> Self {
        Self { clock, config }
    }

    /// A new token for `user`'s device; `replacing` (the token the sign-in presented) goes, so a
    /// device holds one token at a time.
    pub async fn issue<C: ConnectionTrait>(
        &self,
        conn: &C,
        user: UserId,
        replacing: Option<DeviceId>,
    ) -> Result<SecretString, AppError> {
        let (token, statements) =
            self.issue_statements(conn.get_database_backend(), user, replacing);
        for statement in statements {
            conn.execute_raw(statement).await?;
        }
        Ok(token)
    }

    /// What [`Devices::issue`] writes, as statements for `backend`, for a caller's transaction.
    pub fn issue_statements(
        &self,
        backend: DatabaseBackend,
        user: UserId,
        replacing: Option<DeviceId>,
    ) -> (SecretString, Vec<Statement>) {
        let now = self.clock.now_micros();
        let issued = opaque::issue();
        let row = device_token::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(user.uuid()),
            token_hash: Set(issued.hash),
            created_at: Set(now),
            expires_at: Set(now.saturating_add(micros(self.config.lifetime))),
            last_used_at: Set(None),
            failures: Set(0),
        };
        let mut statements = Vec::with_capacity(2);
        if let Some(old) = replacing {
            statements.push(
                device_token::Entity::delete_many()
                    .filter(device_token::Column::Id.eq(old.uuid()))
                    .build(backend),
            );
        }
        statements.push(device_token::Entity::insert(row).build(backend));
        (issued.token, statements)
    }

    /// The presented token, if it is live and belongs to `user`. Anything else (garbage,
    /// expired, spent, another user's) is no token at all: the sign-in spends the account's
    /// budget like any other.
    pub async fn find<C: ConnectionTrait>(
        &self,
        conn: &C,
        presented: &SecretString,
        user: UserId,
    ) -> Result<Option<DeviceId>, AppError> {
        Ok(device_token::Entity::find()
            .filter(device_token::Column::TokenHash.eq(opaque::hash_presented(presented)))
            .filter(device_token::Column::UserId.eq(user.uuid()))
            .filter(device_token::Column::ExpiresAt.gt(self.clock.now_micros()))
            .filter(device_token::Column::Failures.lt(self.max_failures()))
            .one(conn)
            .await?
            .map(|row| DeviceId(row.id)))
    }

    /// Counts an attempt on the device's budget before it is checked, atomically; false when
    /// the budget is spent or the token is gone (the attempt must then spend the account's).
    pub async fn attempt<C: ConnectionTrait>(
        &self,
        conn: &C,
        device: DeviceId,
    ) -> Result<bool, AppError> {
        let now = self.clock.now_micros();
        Ok(device_token::Entity::update_many()
            .col_expr(
                device_token::Column::Failures,
                Expr::col(device_token::Column::Failures).add(1),
            )
            .col_expr(device_token::Column::LastUsedAt, Expr::value(now))
            .filter(device_token::Column::Id.eq(device.uuid()))
            .filter(device_token::Column::ExpiresAt.gt(now))
            .filter(device_token::Column::Failures.lt(self.max_failures()))
            .exec(conn)
            .await?
            .rows_affected
            == 1)
    }

    /// The secret was right: the attempt's count goes back.
    pub async fn give_back<C: ConnectionTrait>(
        &self,
        conn: &C,
        device: DeviceId,
    ) -> Result<(), AppError> {
        device_token::Entity::update_many()
            .col_expr(
                device_token::Column::Failures,
                Expr::col(device_token::Column::Failures).sub(1),
            )
            .filter(device_token::Column::Id.eq(device.uuid()))
            .filter(device_token::Column::Failures.gt(0))
            .exec(conn)
            .await?;
        Ok(())
    }

    /// The secret was wrong: the count stays; a token whose budget is spent is deleted.
    pub async fn failed<C: ConnectionTrait>(
        &self,
        conn: &C,
        device: DeviceId,
    ) -> Result<(), AppError> {
        let spent = device_token::Entity::delete_many()
            .filter(device_token::Column::Id.eq(device.uuid()))
            .filter(device_token::Column::Failures.gte(self.max_failures()))
            .exec(conn)
            .await?
            .rows_affected;
        if spent > 0 {
            tracing::info!("device token spent its failure budget and was revoked");
        }
        Ok(())
    }

    fn max_failures(&self) -> i32 {
        i32::try_from(self.config.max_failures).unwrap_or(i32::MAX)
    }
}

/// Revokes every device token of `user` (the credentials changed, or the account is disabled).
pub async fn revoke_all<C: ConnectionTrait>(conn: &C, user: UserId) -> Result<(), AppError> {
    device_token::Entity::delete_many()
        .filter(device_token::Column::UserId.eq(user.uuid()))
        .exec(conn)
        .await?;
    Ok(())
}
