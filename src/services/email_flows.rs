//! Email flows: address verification, password reset by email and email change, plus the
//! security notifications other services send. Every message goes through the outbox in the same
//! transaction as the change it belongs to; nothing here waits on a mail server.

use std::sync::Arc;
use std::time::Duration;

use entity::{email_token, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use secrecy::SecretString;
use tokio_util::task::TaskTracker;

use super::ClientInfo;
use super::audit::{Audit, AuditEvent};
use super::email_tokens::{self, Purpose};
use super::rate_limits::{AccountRule, RateLimits};
use super::sessions::{Principal, Sessions};
use crate::auth::password::{Hasher, Verdict};
use crate::clock::{Clock, MICROS_PER_SEC, micros};
use crate::domain::{Email, NewPassword, Username};
use crate::error::{AppError, user_conflict};
use crate::mail::{Mail, Outbox, PasswordChange, Recipient};

/// A new verification email is sent at most this often per account.
pub const VERIFICATION_RESEND_INTERVAL: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct EmailFlows {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    hasher: Hasher,
    sessions: Sessions,
    outbox: Outbox,
    limits: RateLimits,
    audit: Audit,
    /// Password-reset requests finish in the background; shutdown waits for them.
    background: TaskTracker,
    require_verified: bool,
}

impl EmailFlows {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        hasher: Hasher,
        sessions: Sessions,
        outbox: Outbox,
        limits: RateLimits,
        audit: Audit,
        require_verified: bool,
    ) -> Self {
        Self {
            db,
            clock,
            hasher,
            sessions,
            outbox,
            limits,
            audit,
            background: TaskTracker::new(),
            require_verified,
        }
    }

    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// Queues a verification email for the user's current address on `conn` (registration does
    /// this in the transaction that creates the account). Wake the outbox after the commit.
    pub async fn queue_verification<C: ConnectionTrait>(
        &self,
        conn: &C,
        user: &user::Model,
    ) -> Result<(), AppError> {
        self.queue_link(conn, user, Purpose::VerifyEmail, &user.email)
            .await
    }

    /// Issues a `purpose` token bound to address `to` and queues the mail that carries its link,
    /// on `conn` (the caller's transaction).
    async fn queue_link<C: ConnectionTrait>(
        &self,
        conn: &C,
        user: &user::Model,
        purpose: Purpose,
        to: &str,
    ) -> Result<(), AppError> {
        let now = self.clock.now_micros();
        let token = email_tokens::issue(conn, now, user.id, purpose, to).await?;
        let valid_for = purpose.ttl();
        let mail = match purpose {
            Purpose::VerifyEmail => Mail::VerifyEmail { token, valid_for },
            Purpose::ResetPassword => Mail::ResetPassword { token, valid_for },
            Purpose::ChangeEmail => Mail::ConfirmEmailChange {
                token,
                new_email: to.to_owned(),
                valid_for,
            },
        };
        let recipient = Recipient {
            address: to.to_owned(),
            username: user.username.clone(),
        };
        self.outbox.enqueue(conn, &recipient, mail).await
    }

    /// Sends a new verification email, at most once a minute per account. Already verified: no
    /// email, and no error.
    #[tracing::instrument(skip_all)]
    pub async fn request_verification(&self, principal: &Principal) -> Result<(), AppError> {
        let user = self.signed_in_user(principal).await?;
        if user.email_verified {
            return Ok(());
        }
        self.limits
            .check(AccountRule::EmailVerificationPerUser, &user.id.to_string())
            .await?;
        let now = self.clock.now_micros();
        let last = email_token::Entity::find()
            .filter(email_token::Column::UserId.eq(user.id))
            .filter(email_token::Column::Purpose.eq(Purpose::VerifyEmail.as_str()))
            .order_by_desc(email_token::Column::CreatedAt)
            .one(&self.db)
            .await?;
        if let Some(last) = last {
            let next = last.created_at + micros(VERIFICATION_RESEND_INTERVAL);
            if next > now {
                let wait = (next - now + MICROS_PER_SEC - 1) / MICROS_PER_SEC;
                return Err(AppError::RateLimited {
                    retry_after: u64::try_from(wait).unwrap_or(1).max(1),
                });
            }
        }
        let tx = self.db.begin().await?;
        self.queue_verification(&tx, &user).await?;
        tx.commit().await?;
        self.outbox.wake();
        Ok(())
    }

    /// Marks the address the token was sent to as verified, if it is still the account's.
    #[tracing::instrument(skip_all)]
    pub async fn verify_email(&self, token: &SecretString) -> Result<user::Model, AppError> {
        let now = self.clock.now_micros();
        // Reads before the transaction, writes in it: on SQLite a transaction that reads first
        // cannot always upgrade to a write. The conditional use of the token keeps it race-free.
        let row = email_tokens::find_live(&self.db, now, token, Purpose::VerifyEmail).await?;
        let user = self.owner(&self.db, &row).await?;
        let tx = self.db.begin().await?;
        email_tokens::consume(&tx, now, &row).await?;
        let mut active: user::ActiveModel = user.into();
        active.email_verified = Set(true);
        active.updated_at = Set(now);
        let user = active.update(&tx).await?;
        tx.commit().await?;
        tracing::info!(user_id = %user.id, "email address verified");
        Ok(user)
    }

    /// Always succeeds for a well-formed address, known or not (unless rate-limited, which is
    /// counted per address whether known or not), and returns before the account is looked up:
    /// the lookup and the email happen in the background, so neither the answer nor its timing
    /// tells whether the address has an account.
    pub async fn request_password_reset(&self, email: &str) -> Result<(), AppError> {
        let email = Email::parse("email", email)?;
        // Counted for unknown addresses too: a refusal says nothing about the address.
        self.limits
            .check(AccountRule::PasswordResetPerEmail, email.as_str())
            .await?;
        let this = self.clone();
        self.background.spawn(async move {
            if let Err(err) = this.send_reset(&email).await {
                tracing::error!(error = %format!("{err:#}"), "password reset email not queued");
            }
        });
        Ok(())
    }

    async fn send_reset(&self, email: &Email) -> Result<(), AppError> {
        let Some(user) = user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?
        else {
            tracing::info!("password reset requested for an address without an account");
            return Ok(());
        };
        let tx = self.db.begin().await?;
        self.queue_link(&tx, &user, Purpose::ResetPassword, &user.email)
            .await?;
        tx.commit().await?;
        self.outbox.wake();
        tracing::info!(user_id = %user.id, "password reset email queued");
        Ok(())
    }

    /// Sets a new password with a reset token: ends every session, voids every other reset link,
    /// and tells the account's address. The link proved the mailbox, so the address counts as
    /// verified too.
    #[tracing::instrument(skip_all)]
    pub async fn reset_password(
        &self,
        token: &SecretString,
        new_password: &SecretString,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        let now = self.clock.now_micros();
        let row = email_tokens::find_live(&self.db, now, token, Purpose::ResetPassword).await?;
        let user = self.owner(&self.db, &row).await?;
        // A refused password leaves the token usable for a second try.
        let username = Username::parse("username", &user.username)?;
        let email = Email::parse("email", &user.email)?;
        let password = NewPassword::parse("newPassword", new_password, &username, &email)?;
        let hash = self.hasher.hash(password.secret()).await?;

        let now = self.clock.now_micros();
        let tx = self.db.begin().await?;
        email_tokens::consume(&tx, now, &row).await?;
        email_tokens::void_outstanding(&tx, now, user.id, Purpose::ResetPassword).await?;
        let recipient = Recipient::of(&user);
        let mut active: user::ActiveModel = user.into();
        active.password_hash = Set(hash);
        active.email_verified = Set(true);
        active.updated_at = Set(now);
        let user = active.update(&tx).await?;
        self.outbox
            .enqueue(
                &tx,
                &recipient,
                Mail::PasswordChanged(PasswordChange::Reset),
            )
            .await?;
        self.audit
            .record_in(
                &tx,
                AuditEvent::PasswordReset { by_admin: None },
                Some(user.id),
                client,
            )
            .await?;
        tx.commit().await?;
        self.outbox.wake();
        self.sessions.end_all(user.id, None).await?;
        // The owner proved the mailbox: a streak of failed sign-ins (perhaps an attacker's)
        // must not keep them out.
        self.limits.forget_failed_sign_ins(user.id).await?;
        tracing::info!(user_id = %user.id, "password reset by email; every session ended");
        Ok(())
    }

    /// Mails a confirmation link to `new_email` after checking the current password and that the
    /// address is free. The account keeps its address until the link is used.
    #[tracing::instrument(skip_all)]
    pub async fn request_email_change(
        &self,
        principal: &Principal,
        new_email: &str,
        current_password: &SecretString,
    ) -> Result<(), AppError> {
        let user = self.signed_in_user(principal).await?;
        let new_email = Email::parse("newEmail", new_email)?;
        self.limits
            .check(AccountRule::EmailChangePerUser, &user.id.to_string())
            .await?;
        match self
            .hasher
            .verify(current_password, Some(user.password_hash.clone()))
            .await?
        {
            Verdict::Right | Verdict::RightNeedsRehash => {}
            Verdict::Wrong => return Err(AppError::InvalidCredentials),
        }
        if new_email.as_str() == user.email {
            return Err(AppError::bad_input(
                "newEmail",
                "This is already the account's email address.",
            ));
        }
        if self.email_taken(&self.db, new_email.as_str()).await? {
            return Err(AppError::Conflict { field: "newEmail" });
        }
        let now = self.clock.now_micros();
        let tx = self.db.begin().await?;
        // Only the newest link works: asking again (perhaps for another address) voids the others.
        email_tokens::void_outstanding(&tx, now, user.id, Purpose::ChangeEmail).await?;
        self.queue_link(&tx, &user, Purpose::ChangeEmail, new_email.as_str())
            .await?;
        tx.commit().await?;
        self.outbox.wake();
        tracing::info!(user_id = %user.id, "email change requested");
        Ok(())
    }

    /// Switches the account to the address the token was sent to (now verified) and tells the old
    /// address.
    #[tracing::instrument(skip_all)]
    pub async fn confirm_email_change(
        &self,
        token: &SecretString,
        client: &ClientInfo,
    ) -> Result<user::Model, AppError> {
        let now = self.clock.now_micros();
        let row = email_tokens::find_live(&self.db, now, token, Purpose::ChangeEmail).await?;
        let Some(user) = user::Entity::find_by_id(row.user_id).one(&self.db).await? else {
            return Err(AppError::InvalidToken);
        };
        let tx = self.db.begin().await?;
        email_tokens::consume(&tx, now, &row).await?;
        let old = Recipient::of(&user);
        let mut active: user::ActiveModel = user.into();
        active.email = Set(row.email.clone());
        active.email_verified = Set(true);
        active.updated_at = Set(now);
        // The unique constraint decides a race for the address.
        let user = active
            .update(&tx)
            .await
            .map_err(|e| match user_conflict(e) {
                AppError::Conflict { .. } => AppError::Conflict { field: "email" },
                other => other,
            })?;
        // Links mailed to the old address stop working.
        email_tokens::void_outstanding(&tx, now, user.id, Purpose::VerifyEmail).await?;
        email_tokens::void_outstanding(&tx, now, user.id, Purpose::ResetPassword).await?;
        self.outbox
            .enqueue(
                &tx,
                &old,
                Mail::EmailChanged {
                    new_email: user.email.clone(),
                },
            )
            .await?;
        self.audit
            .record_in(&tx, AuditEvent::EmailChanged, Some(user.id), client)
            .await?;
        tx.commit().await?;
        self.outbox.wake();
        tracing::info!(user_id = %user.id, "email address changed");
        Ok(user)
    }

    /// With REQUIRE_VERIFIED_EMAIL, data mutations need a verified address: FORBIDDEN until then.
    pub async fn ensure_may_write(&self, principal: &Principal) -> Result<(), AppError> {
        if !self.require_verified {
            return Ok(());
        }
        if self.signed_in_user(principal).await?.email_verified {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Lets password-reset requests that are still being looked up finish (at shutdown).
    pub async fn finish_background_work(&self) {
        self.background.close();
        self.background.wait().await;
    }

    async fn signed_in_user(&self, principal: &Principal) -> Result<user::Model, AppError> {
        user::Entity::find_by_id(principal.user_id)
            .one(&self.db)
            .await?
            .ok_or(AppError::Unauthenticated)
    }

    /// The token's account, if the token was mailed to its current address.
    async fn owner<C: ConnectionTrait>(
        &self,
        conn: &C,
        row: &email_token::Model,
    ) -> Result<user::Model, AppError> {
        match user::Entity::find_by_id(row.user_id).one(conn).await? {
            Some(user) if user.email == row.email => Ok(user),
            _ => Err(AppError::InvalidToken),
        }
    }

    async fn email_taken<C: ConnectionTrait>(
        &self,
        conn: &C,
        email: &str,
    ) -> Result<bool, AppError> {
        Ok(user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(conn)
            .await?
            .is_some())
    }
}

impl std::fmt::Debug for EmailFlows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EmailFlows")
    }
}
