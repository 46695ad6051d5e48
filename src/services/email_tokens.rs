//! Single-use email tokens: 256 random bits mailed to the user, only their SHA-256 stored, each
//! bound to one purpose, one user and the address it was sent to, and valid for a limited time.

use std::time::Duration;

use entity::email_token;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use secrecy::SecretString;
use uuid::Uuid;

use crate::domain::UserId;

use crate::auth::opaque;
use crate::clock::{Micros, micros};
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify_email",
            Self::ResetPassword => "reset_password",
            Self::ChangeEmail => "change_email",
        }
    }

    /// Verification and email change: a day; password reset: an hour (it grants the account).
    pub fn ttl(self) -> Duration {
        match self {
            Self::VerifyEmail | Self::ChangeEmail => Duration::from_secs(24 * 3600),
            Self::ResetPassword => Duration::from_secs(3600),
        }
    }
}

/// Stores a new token for `user_id` and `email`; returns the value to mail.
pub async fn issue<C: ConnectionTrait>(
    conn: &C,
    now: Micros,
    user_id: UserId,
    purpose: Purpose,
    email: &str,
) -> Result<SecretString, AppError> {
    let issued = opaque::issue();
    email_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id.uuid()),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(issued.hash),
        email: Set(email.to_owned()),
        created_at: Set(now),
        expires_at: Set(now.saturating_add(micros(purpose.ttl()))),
        used_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(issued.token)
}

/// The unused, unexpired token of this purpose, without using it. Anything else — unknown, used,
/// expired, or issued for another purpose — is INVALID_TOKEN.
pub async fn find_live<C: ConnectionTrait>(
    conn: &C,
    now: Micros,
    presented: &SecretString,
    purpose: Purpose,
) -> Result<email_token::Model, AppError> {
    email_token::Entity::find()
        .filter(email_token::Column::TokenHash.eq(opaque::hash_presented(presented)))
        .filter(email_token::Column::Purpose.eq(purpose.as_str()))
        .filter(email_token::Column::UsedAt.is_null())
        .filter(email_token::Column::ExpiresAt.gt(now))
        .one(conn)
        .await?
        .ok_or(AppError::InvalidToken)
}

/// Uses the token: exactly one of several concurrent uses succeeds, the others get INVALID_TOKEN.
pub async fn consume<C: ConnectionTrait>(
    conn: &C,
    now: Micros,
    token: &email_token::Model,
) -> Result<(), AppError> {
    let used = email_token::Entity::update_many()
        .col_expr(email_token::Column::UsedAt, Expr::value(now))
        .filter(email_token::Column::Id.eq(token.id))
        .filter(email_token::Column::UsedAt.is_null())
        .filter(email_token::Column::ExpiresAt.gt(now))
        .exec(conn)
        .await?
        .rows_affected;
    if used == 1 {
        Ok(())
    } else {
        Err(AppError::InvalidToken)
    }
}

/// Voids every outstanding token of this purpose for the user (after a reset, the other reset
/// links must stop working).
pub async fn void_outstanding<C: ConnectionTrait>(
    conn: &C,
    now: Micros,
    user_id: UserId,
    purpose: Purpose,
) -> Result<(), AppError> {
    email_token::Entity::update_many()
        .col_expr(email_token::Column::UsedAt, Expr::value(now))
        .filter(email_token::Column::UserId.eq(user_id.uuid()))
        .filter(email_token::Column::Purpose.eq(purpose.as_str()))
        .filter(email_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_have_distinct_names_and_the_issued_lifetimes() {
        assert_eq!(Purpose::VerifyEmail.ttl(), Duration::from_secs(86_400));
        assert_eq!(Purpose::ResetPassword.ttl(), Duration::from_secs(3_600));
        assert_eq!(Purpose::ChangeEmail.ttl(), Duration::from_secs(86_400));
        let names = [
            Purpose::VerifyEmail.as_str(),
            Purpose::ResetPassword.as_str(),
            Purpose::ChangeEmail.as_str(),
        ];
        assert_eq!(
            names.iter().collect::<std::collections::HashSet<_>>().len(),
            3
        );
        assert!(names.iter().all(|n| n.len() <= 16), "fits the column");
    }
}
