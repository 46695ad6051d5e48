//! Email flows: address verification, password reset by email and email change, plus the
//! security notifications other services send. Every message goes through the outbox in the same
//! transaction as the change it belongs to; nothing here waits on a mail server.

use std::sync::Arc;
use std::time::Duration;

use entity::{email_token, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use secrecy::SecretString;
use tokio_util::task::TaskTracker;

use super::ClientInfo;
use super::audit::AuditEvent;
use super::credentials::{Credentials, revoke_proofs};
use super::email_tokens::{self, Purpose};
use super::principal::Principal;
use super::rate_limits::{AccountRule, RateLimits};
use super::sessions::Sessions;
use super::trail::{Notice, Trail};
use crate::clock::{Clock, MICROS_PER_SEC, micros};
use crate::domain::{Account, Email, NewPassword};
use crate::error::{AppError, user_conflict};
use crate::mail::{Mail, Outbox, PasswordChange, Recipient};
use crate::store::users;

/// A new verification email is sent at most this often per account.
pub const VERIFICATION_RESEND_INTERVAL: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct EmailFlows {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    credentials: Credentials,
    sessions: Sessions,
    outbox: Outbox,
    limits: RateLimits,
    trail: Trail,
    /// Password-reset requests finish in the background; shutdown waits for them.
    background: TaskTracker,
}

impl EmailFlows {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        credentials: Credentials,
        sessions: Sessions,
        outbox: Outbox,
        limits: RateLimits,
        trail: Trail,
    ) -> Self {
        Self {
            db,
            clock,
            credentials,
            sessions,
            outbox,
            limits,
            trail,
            background: TaskTracker::new(),
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
        user: &Account,
    ) -> Result<(), AppError> {
        self.queue_link(conn, user, Purpose::VerifyEmail, user.email.as_str())
            .await
    }

    /// Issues a `purpose` token bound to address `to` and queues the mail that carries its link,
    /// on `conn` (the caller's transaction).
    async fn queue_link<C: ConnectionTrait>(
        &self,
        conn: &C,
        user: &Account,
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
            username: user.username.as_str().to_owned(),
        };
        self.outbox.enqueue(conn, &recipient, mail).await
    }

    /// Issues a link of `purpose` for address `to` and mails it, in a transaction of its own.
    /// For an email change, only the newest link works: asking again (perhaps for another
    /// address) voids the others.
    async fn send_link(&self, user: &Account, purpose: Purpose, to: &str) -> Result<(), AppError> {
        let tx = crate::db::begin(&self.db).await?;
        if purpose == Purpose::ChangeEmail {
            email_tokens::void_outstanding(&tx, self.clock.now_micros(), user.id, purpose).await?;
        }
        self.queue_link(&tx, user, purpose, to).await?;
        tx.commit().await?;
        self.outbox.wake();
        Ok(())
    }

    /// Sends a new verification email, at most once a minute per account. Already verified: no
    /// email, and no error.
    #[tracing::instrument(skip_all)]
    pub async fn request_verification(&self, principal: &Principal) -> Result<(), AppError> {
        let user = users::get(&self.db, principal.user_id, AppError::Unauthenticated).await?;
        if user.email_verified {
            return Ok(());
        }
        self.limits
            .check(AccountRule::EmailVerificationPerUser, &user.id.to_string())
            .await?;
        let now = self.clock.now_micros();
        let last = email_token::Entity::find()
            .filter(email_token::Column::UserId.eq(user.id.uuid()))
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
        self.send_link(&user, Purpose::VerifyEmail, user.email.as_str())
            .await
    }

    /// Marks the address the token was sent to as verified, if it is still the account's.
    #[tracing::instrument(skip_all)]
    pub async fn verify_email(&self, token: &SecretString) -> Result<Account, AppError> {
        let now = self.clock.now_micros();
        // Reads before the transaction, writes in it: on SQLite a transaction that reads first
        // cannot always upgrade to a write. The conditional use of the token keeps it race-free.
        let row = email_tokens::find_live(&self.db, now, token, Purpose::VerifyEmail).await?;
        let mut user = self.owner(&self.db, &row).await?;
        let tx = crate::db::begin(&self.db).await?;
        email_tokens::consume(&tx, now, &row).await?;
        user::Entity::update_many()
            .col_expr(user::Column::EmailVerified, Expr::value(true))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(user.id.uuid()))
            .exec(&tx)
            .await?;
        tx.commit().await?;
        user.email_verified = true;
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
        let Some(user) = users::by_email(&self.db, email).await? else {
            tracing::info!("password reset requested for an address without an account");
            return Ok(());
        };
        self.send_link(&user, Purpose::ResetPassword, user.email.as_str())
            .await?;
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
        let password =
            NewPassword::parse("newPassword", new_password, &user.username, &user.email)?;
        let hash = self.credentials.hasher().hash(password.secret()).await?;

        let now = self.clock.now_micros();
        let tx = crate::db::begin(&self.db).await?;
        email_tokens::consume(&tx, now, &row).await?;
        // Other reset links, challenges opened with the old password, device tokens: all gone.
        revoke_proofs(&tx, user.id, now).await?;
        users::set_password(&tx, user.id, hash, true, now).await?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::PasswordReset { by_admin: None },
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::PasswordChanged(PasswordChange::Reset),
                }),
            )
            .await?;
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
        current_password: Option<&SecretString>,
    ) -> Result<(), AppError> {
        let new_email = Email::parse("newEmail", new_email)?;
        self.limits
            .check(
                AccountRule::EmailChangePerUser,
                &principal.user_id.to_string(),
            )
            .await?;
        let user = self
            .credentials
            .recheck_or_recent(principal, current_password, "currentPassword")
            .await?;
        if new_email == user.email {
            return Err(AppError::bad_input(
                "newEmail",
                "This is already the account's email address.",
            ));
        }
        if users::by_email(&self.db, &new_email).await?.is_some() {
            return Err(AppError::Conflict { field: "newEmail" });
        }
        self.send_link(&user, Purpose::ChangeEmail, new_email.as_str())
            .await?;
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
    ) -> Result<Account, AppError> {
        let now = self.clock.now_micros();
        let row = email_tokens::find_live(&self.db, now, token, Purpose::ChangeEmail).await?;
        let mut user = users::get(&self.db, row.user_id.into(), AppError::InvalidToken).await?;
        let tx = crate::db::begin(&self.db).await?;
        email_tokens::consume(&tx, now, &row).await?;
        let old = Recipient::of(&user);
        // The unique constraint decides a race for the address.
        user::Entity::update_many()
            .col_expr(user::Column::Email, Expr::value(row.email.clone()))
            .col_expr(user::Column::EmailVerified, Expr::value(true))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(user.id.uuid()))
            .exec(&tx)
            .await
            .map_err(|e| match user_conflict(e) {
                AppError::Conflict { .. } => AppError::Conflict { field: "email" },
                other => other,
            })?;
        // Stored addresses were parsed when the link was requested.
        user.email = Email::from_stored(row.email);
        user.email_verified = true;
        // Links mailed to the old address stop working.
        email_tokens::void_outstanding(&tx, now, user.id, Purpose::VerifyEmail).await?;
        email_tokens::void_outstanding(&tx, now, user.id, Purpose::ResetPassword).await?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::EmailChanged,
                Some(Notice {
                    to: old,
                    mail: Mail::EmailChanged {
                        new_email: user.email.as_str().to_owned(),
                    },
                }),
            )
            .await?;
        tracing::info!(user_id = %user.id, "email address changed");
        Ok(user)
    }

    /// Lets password-reset requests that are still being looked up finish (at shutdown).
    pub async fn finish_background_work(&self) {
        self.background.close();
        self.background.wait().await;
    }

    /// The token's account, if the token was mailed to its current address.
    async fn owner<C: ConnectionTrait>(
        &self,
        conn: &C,
        row: &email_token::Model,
    ) -> Result<Account, AppError> {
        match users::find(conn, row.user_id.into()).await? {
            Some(user) if user.email.as_str() == row.email => Ok(user),
            _ => Err(AppError::InvalidToken),
        }
    }
}

impl std::fmt::Debug for EmailFlows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EmailFlows")
    }
}
