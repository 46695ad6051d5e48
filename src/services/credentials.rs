//! Checking a password: one function for every mutation that takes one, so the rules (the same
//! work for an unknown account, upgrading old hashes) cannot drift between copies.

use std::sync::Arc;

use secrecy::SecretString;

use crate::auth::password::{Hasher, Verdict};
use crate::clock::Clock;
use crate::domain::{Account, UserId};
use crate::error::AppError;
use crate::store::users::{self, PasswordHash};
use sea_orm::DatabaseConnection;

#[derive(Clone)]
pub struct Credentials {
    db: DatabaseConnection,
    hasher: Hasher,
    clock: Arc<dyn Clock>,
}

impl Credentials {
    pub fn new(db: DatabaseConnection, hasher: Hasher, clock: Arc<dyn Clock>) -> Self {
        Self { db, hasher, clock }
    }

    pub fn hasher(&self) -> &Hasher {
        &self.hasher
    }

    /// Verifies `password` for `found` (or burns the same time for `None`, an unknown login),
    /// upgrading the stored hash when the parameters changed. A wrong password and an unknown
    /// account are the same INVALID_CREDENTIALS.
    pub async fn check_password(
        &self,
        found: Option<(Account, PasswordHash)>,
        password: &SecretString,
    ) -> Result<Account, AppError> {
        let (account, stored) = match found {
            Some((account, hash)) => (Some(account), Some(hash.expose().to_owned())),
            None => (None, None),
        };
        let verdict = self.hasher.verify(password, stored).await?;
        match (account, verdict) {
            (Some(account), Verdict::Right) => Ok(account),
            (Some(account), Verdict::RightNeedsRehash) => {
                let hash = self.hasher.hash(password).await?;
                users::set_password(&self.db, account.id, hash, false, self.clock.now_micros())
                    .await?;
                Ok(account)
            }
            _ => {
                tracing::info!("password check failed");
                Err(AppError::InvalidCredentials)
            }
        }
    }

    /// The signed-in caller's own password, asked again before a sensitive change; the account
    /// gone is UNAUTHENTICATED.
    pub async fn recheck(
        &self,
        user_id: UserId,
        password: &SecretString,
    ) -> Result<Account, AppError> {
        let Some(found) = users::with_password(&self.db, user_id).await? else {
            return Err(AppError::Unauthenticated);
        };
        self.check_password(Some(found), password).await
    }
}
