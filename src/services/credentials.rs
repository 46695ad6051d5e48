//! Proving who you are: ONE function, [`Credentials::check`], for every check of a password or a
//! second-factor code in every mutation that takes one (login, verifyTotp, reauthenticate,
//! changePassword, deleteAccount, disableTotp, regenerateRecoveryCodes, requestEmailChange).
//! It counts the attempt before the secret is checked, atomically and shared by every instance,
//! so concurrent guesses cannot outrun the limit; a right answer gives its count back, a wrong
//! one keeps it. A device token the sign-in presented spends its own budget instead of the
//! account's (see `devices`).
//!
//! Also: verifying a password (the same work for an unknown account, upgrading old hashes), and
//! what a change of credentials revokes.

use std::future::Future;
use std::sync::Arc;

use entity::mfa_challenge;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Statement,
};
use secrecy::SecretString;

use super::authz::RecentAuth;
use super::devices::{self, DeviceId, Devices};
use super::email_tokens::{self, Purpose};
use super::principal::Principal;
use super::rate_limits::{RateLimits, SignInKey};
use crate::auth::password::{Hasher, Verdict};
use crate::clock::{Clock, Micros};
use crate::domain::{Account, UserId};
use crate::error::AppError;
use crate::store::users::{self, WithPassword};

/// Whose budget an attempt spends: the account's (or, for a login that names no account, the
/// login's), unless the sign-in presented a live device token of that account.
#[derive(Debug, Clone)]
pub struct Who {
    pub key: SignInKey,
    pub device: Option<DeviceId>,
}

impl Who {
    pub fn account(user: UserId) -> Self {
        Self {
            key: SignInKey::User(user),
            device: None,
        }
    }
}

#[derive(Clone)]
pub struct Credentials {
    db: DatabaseConnection,
    hasher: Hasher,
    clock: Arc<dyn Clock>,
    limits: RateLimits,
    devices: Devices,
    recent: RecentAuth,
}

impl Credentials {
    pub fn new(
        db: DatabaseConnection,
        hasher: Hasher,
        clock: Arc<dyn Clock>,
        limits: RateLimits,
        devices: Devices,
        recent: RecentAuth,
    ) -> Self {
        Self {
            db,
            hasher,
            clock,
            limits,
            devices,
            recent,
        }
    }

    pub fn hasher(&self) -> &Hasher {
        &self.hasher
    }

    pub fn devices(&self) -> &Devices {
        &self.devices
    }

    /// Counts an attempt for `who`, then runs `secret_check` (a password or code check that
    /// answers INVALID_CREDENTIALS or INVALID_MFA_CODE when wrong). Over the limit, the check
    /// never runs: RATE_LIMITED. A wrong answer keeps the count (and spends a device token's
    /// budget); anything else gives it back.
    #[tracing::instrument(skip_all)]
    pub async fn check<T>(
        &self,
        who: &Who,
        secret_check: impl Future<Output = Result<T, AppError>>,
    ) -> Result<T, AppError> {
        let device = match who.device {
            Some(device) if self.devices.attempt(&self.db, device).await? => Some(device),
            _ => None,
        };
        let record = match device {
            Some(_) => None,
            None => Some(self.limits.sign_in_attempt(&who.key).await?),
        };
        let result = secret_check.await;
        let wrong = matches!(
            result,
            Err(AppError::InvalidCredentials | AppError::InvalidMfaCode)
        );
        match (device, record, wrong) {
            (Some(device), _, true) => self.devices.failed(&self.db, device).await?,
            (Some(device), _, false) => self.devices.give_back(&self.db, device).await?,
            (None, Some(_), true) => self.limits.sign_in_failed(&who.key).await?,
            (None, Some(record), false) => self.limits.sign_in_succeeded(&who.key, record).await?,
            (None, None, _) => {}
        }
        result
    }

    /// A whole sign-in succeeds (the second factor too, when it is on): the account's streak of
    /// failures is over. What ends it, for the transaction that opens the session
    /// (`Sessions::sign_in`): nothing when a device token spent its own budget.
    pub async fn signed_in(&self, who: &Who) -> Result<Vec<Statement>, AppError> {
        if who.device.is_some() {
            return Ok(Vec::new());
        }
        let backend = self.db.get_database_backend();
        Ok(self
            .limits
            .sign_in_completed(&who.key, backend)
            .await?
            .into_iter()
            .collect())
    }

    /// Verifies `password` for `found` (or burns the same time for `None`, an unknown login),
    /// upgrading the stored hash when the parameters changed. A wrong password and an unknown
    /// account are the same INVALID_CREDENTIALS. Call it inside [`Credentials::check`].
    pub async fn verify_password(
        &self,
        found: Option<WithPassword>,
        password: &SecretString,
    ) -> Result<Account, AppError> {
        // An account without a password takes the unknown login's path: the same work, and no
        // password is right.
        let (account, stored) = match found {
            Some((account, hash)) => (Some(account), hash.map(|h| h.expose().to_owned())),
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

    /// The signed-in caller's own password, asked again before a sensitive change: counted like
    /// a sign-in of the account. The account gone is UNAUTHENTICATED.
    pub async fn recheck(
        &self,
        user_id: UserId,
        password: &SecretString,
    ) -> Result<Account, AppError> {
        let Some(found) = users::with_password(&self.db, user_id).await? else {
            return Err(AppError::Unauthenticated);
        };
        self.check(
            &Who::account(user_id),
            self.verify_password(Some(found), password),
        )
        .await
    }

    /// The caller proves the account again before a sensitive change: with its password, or —
    /// for an account without one (made through a sign-in provider) — with a recent
    /// authentication (`reauthenticateWithProvider`). An account with a password must give it.
    pub async fn recheck_or_recent(
        &self,
        principal: &Principal,
        password: Option<&SecretString>,
        field: &'static str,
    ) -> Result<Account, AppError> {
        if let Some(password) = password {
            return self.recheck(principal.user_id, password).await;
        }
        let Some((account, hash)) = users::with_password(&self.db, principal.user_id).await? else {
            return Err(AppError::Unauthenticated);
        };
        if hash.is_some() {
            return Err(AppError::bad_input(
                field,
                "The account's password is required.",
            ));
        }
        self.recent.require(principal)?;
        Ok(account)
    }
}

/// What a change of the user's credentials (a new password, an admin reset) revokes, in the
/// change's transaction: pending second-factor challenges (opened with the old password),
/// outstanding password-reset links, and device tokens.
pub async fn revoke_proofs<C: ConnectionTrait>(
    conn: &C,
    user: UserId,
    now: Micros,
) -> Result<(), AppError> {
    mfa_challenge::Entity::delete_many()
        .filter(mfa_challenge::Column::UserId.eq(user.uuid()))
        .exec(conn)
        .await?;
    email_tokens::void_outstanding(conn, now, user, Purpose::ResetPassword).await?;
    devices::revoke_all(conn, user).await
}
