//! Accounts: registration, password sign-in, password change, account deletion, and admin
//! creation from the CLI.

use std::sync::Arc;

use entity::{
    audit_event, email_token, mfa_challenge, quote, recovery_code, refresh_token, session, user,
    user_totp,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set, TransactionTrait,
};
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

use super::ClientInfo;
use super::admin::{leaves_an_enabled_admin, lock_admins, write_tx};
use super::audit::{Audit, AuditEvent, SignInFailure};
use super::email_flows::EmailFlows;
use super::rate_limits::{RateLimits, SignInKey};
use super::sessions::{AuthMethod, IssuedTokens, Principal, Sessions};
use super::two_factor::{Challenge, TwoFactor};
use crate::auth::password::{Hasher, Verdict};
use crate::clock::Clock;
use crate::domain::{Email, NewPassword, Role, Username};
use crate::error::{AppError, user_conflict};
use crate::mail::{Mail, PasswordChange, Recipient};

/// The result of a correct password: tokens, or — with TOTP on — a challenge for the second step.
pub enum LoginOutcome {
    SignedIn(IssuedTokens),
    SecondFactorRequired(Challenge),
}

/// Registration input as it arrives, before parsing.
pub struct Registration {
    pub email: String,
    pub username: String,
    pub password: SecretString,
}

#[derive(Clone)]
pub struct Accounts {
    db: DatabaseConnection,
    hasher: Hasher,
    clock: Arc<dyn Clock>,
    sessions: Sessions,
    two_factor: TwoFactor,
    email_flows: EmailFlows,
    limits: RateLimits,
    audit: Audit,
}

impl Accounts {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        hasher: Hasher,
        clock: Arc<dyn Clock>,
        sessions: Sessions,
        two_factor: TwoFactor,
        email_flows: EmailFlows,
        limits: RateLimits,
        audit: Audit,
    ) -> Self {
        Self {
            db,
            hasher,
            clock,
            sessions,
            two_factor,
            email_flows,
            limits,
            audit,
        }
    }

    /// Creates an account with the USER role, queues the verification email in the same
    /// transaction, and signs it in.
    #[tracing::instrument(skip_all)]
    pub async fn register(
        &self,
        input: Registration,
        client: &ClientInfo,
    ) -> Result<IssuedTokens, AppError> {
        let hashed = self.prepare(input).await?;
        let tx = self.db.begin().await?;
        let user = self.insert(&tx, hashed, Role::User).await?;
        self.email_flows.queue_verification(&tx, &user).await?;
        tx.commit().await?;
        self.email_flows.outbox().wake();
        tracing::info!(user_id = %user.id, "account registered");
        self.sessions
            .start(user, AuthMethod::Password, client)
            .await
    }

    /// Creates an account with the given role (the CLI's `create-admin` uses ADMIN).
    #[tracing::instrument(skip_all)]
    pub async fn create(&self, input: Registration, role: Role) -> Result<user::Model, AppError> {
        let hashed = self.prepare(input).await?;
        self.insert(&self.db, hashed, role).await
    }

    /// Parses the registration and hashes the password (before any transaction: hashing is slow).
    async fn prepare(&self, input: Registration) -> Result<(Email, Username, String), AppError> {
        let email = Email::parse("email", &input.email)?;
        let username = Username::parse("username", &input.username)?;
        let password = NewPassword::parse("password", &input.password, &username, &email)?;
        let hash = self.hasher.hash(password.secret()).await?;
        Ok((email, username, hash))
    }

    async fn insert<C: ConnectionTrait>(
        &self,
        conn: &C,
        (email, username, hash): (Email, Username, String),
        role: Role,
    ) -> Result<user::Model, AppError> {
        let now = self.clock.now_micros();
        user::ActiveModel {
            id: Set(Uuid::now_v7()),
            email: Set(email.as_str().to_owned()),
            username: Set(username.as_str().to_owned()),
            username_key: Set(username.key()),
            password_hash: Set(hash),
            role: Set(role.as_str().to_owned()),
            email_verified: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            disabled_at: Set(None),
        }
        .insert(conn)
        .await
        .map_err(user_conflict)
    }

    /// Password sign-in by username or email. An unknown login and a wrong password give the same
    /// error after the same work (a verification against a dummy hash), and both count towards
    /// the slowdown of repeated failures. With TOTP on, the streak of failures ends only when
    /// the second factor is right too.
    #[tracing::instrument(skip_all)]
    pub async fn login(
        &self,
        login: &str,
        password: &SecretString,
        client: &ClientInfo,
    ) -> Result<LoginOutcome, AppError> {
        let user = self.find_by_login(login).await?;
        let key = match &user {
            Some(u) => SignInKey::User(u.id),
            None => SignInKey::UnknownLogin(login.to_owned()),
        };
        let record = self.limits.sign_in_allowed(&key).await?;
        let known = user.as_ref().map(|u| u.id);
        let user = match self.check_password(user, password).await {
            Err(AppError::InvalidCredentials) => {
                self.limits.sign_in_failed(&key).await?;
                let reason = match known {
                    Some(_) => SignInFailure::WrongPassword,
                    None => SignInFailure::UnknownLogin,
                };
                self.audit
                    .record(AuditEvent::SignInFailed { reason }, known, client)
                    .await?;
                return Err(AppError::InvalidCredentials);
            }
            other => other?,
        };
        // Only told after the right password (and the same hashing work), so the answer reveals
        // nothing about an account to someone who does not know its password.
        if user.disabled_at.is_some() {
            self.audit
                .record(
                    AuditEvent::SignInFailed {
                        reason: SignInFailure::AccountDisabled,
                    },
                    Some(user.id),
                    client,
                )
                .await?;
            tracing::info!(user_id = %user.id, "sign-in refused: account disabled");
            return Err(AppError::Forbidden);
        }
        if self.two_factor.is_enabled(user.id).await? {
            tracing::info!(user_id = %user.id, "password accepted; second factor required");
            return Ok(LoginOutcome::SecondFactorRequired(
                self.two_factor.challenge(user.id).await?,
            ));
        }
        self.limits.sign_in_succeeded(&key, record).await?;
        let user_id = user.id;
        let tokens = self
            .sessions
            .start(user, AuthMethod::Password, client)
            .await?;
        self.audit
            .record(
                AuditEvent::SignInSucceeded {
                    amr: AuthMethod::Password.amr(),
                },
                Some(user_id),
                client,
            )
            .await?;
        tracing::info!(%user_id, "signed in");
        Ok(LoginOutcome::SignedIn(tokens))
    }

    async fn find_by_login(&self, login: &str) -> Result<Option<user::Model>, AppError> {
        let login = login.trim();
        let query = if login.contains('@') {
            user::Entity::find().filter(user::Column::Email.eq(login.to_lowercase()))
        } else {
            user::Entity::find().filter(user::Column::UsernameKey.eq(login.to_ascii_lowercase()))
        };
        Ok(query.one(&self.db).await?)
    }

    /// Verifies `password` for `user` (or burns the same time for `None`), upgrading the stored
    /// hash when the parameters changed.
    async fn check_password(
        &self,
        user: Option<user::Model>,
        password: &SecretString,
    ) -> Result<user::Model, AppError> {
        let verdict = self
            .hasher
            .verify(password, user.as_ref().map(|u| u.password_hash.clone()))
            .await?;
        match (user, verdict) {
            (Some(user), Verdict::Right) => Ok(user),
            (Some(user), Verdict::RightNeedsRehash) => {
                let hash = self.hasher.hash(password).await?;
                let mut active: user::ActiveModel = user.into();
                active.password_hash = Set(hash);
                Ok(active.update(&self.db).await?)
            }
            _ => {
                tracing::info!("sign-in failed");
                Err(AppError::InvalidCredentials)
            }
        }
    }

    pub async fn find(&self, id: Uuid) -> Result<Option<user::Model>, AppError> {
        Ok(user::Entity::find_by_id(id).one(&self.db).await?)
    }

    /// Changes the caller's password, ends every other session, and returns a fresh pair for the
    /// current one.
    #[tracing::instrument(skip_all)]
    pub async fn change_password(
        &self,
        principal: &Principal,
        current: &SecretString,
        new: &SecretString,
        client: &ClientInfo,
    ) -> Result<IssuedTokens, AppError> {
        let Some(user) = self.find(principal.user_id).await? else {
            return Err(AppError::Unauthenticated);
        };
        let username = Username::parse("username", &user.username)?;
        let email = Email::parse("email", &user.email)?;
        let new = NewPassword::parse("newPassword", new, &username, &email)?;
        if new.secret().expose_secret() == current.expose_secret() {
            return Err(AppError::bad_input(
                "newPassword",
                "The new password must differ from the current one.",
            ));
        }
        // Guessing the current password with a stolen access token is guessing a sign-in.
        let key = SignInKey::User(user.id);
        let record = self.limits.sign_in_allowed(&key).await?;
        let user = match self.check_password(Some(user), current).await {
            Err(AppError::InvalidCredentials) => {
                self.limits.sign_in_failed(&key).await?;
                return Err(AppError::InvalidCredentials);
            }
            other => other?,
        };
        self.limits.sign_in_succeeded(&key, record).await?;
        let hash = self.hasher.hash(new.secret()).await?;
        let recipient = Recipient::of(&user);
        let mut active: user::ActiveModel = user.into();
        active.password_hash = Set(hash);
        active.updated_at = Set(self.clock.now_micros());
        let tx = self.db.begin().await?;
        let user = active.update(&tx).await?;
        self.audit
            .record_in(&tx, AuditEvent::PasswordChanged, Some(user.id), client)
            .await?;
        let outbox = self.email_flows.outbox();
        outbox
            .enqueue(
                &tx,
                &recipient,
                Mail::PasswordChanged(PasswordChange::Changed),
            )
            .await?;
        tx.commit().await?;
        outbox.wake();
        self.sessions
            .end_all(principal.user_id, Some(principal.session_id))
            .await?;
        tracing::info!(user_id = %user.id, "password changed; other sessions ended");
        self.sessions.reissue(principal, user).await
    }
}

impl Accounts {
    /// Deletes the caller's account after checking `password`: the user, their quotes,
    /// sessions, refresh tokens, second-factor data and security events, in one transaction.
    /// Only an anonymous `account_deleted` event (time only) remains. The last enabled admin
    /// cannot delete their account (FORBIDDEN).
    #[tracing::instrument(skip_all)]
    pub async fn delete(
        &self,
        principal: &Principal,
        password: &SecretString,
    ) -> Result<(), AppError> {
        let Some(user) = self.find(principal.user_id).await? else {
            return Err(AppError::Unauthenticated);
        };
        match self
            .hasher
            .verify(password, Some(user.password_hash.clone()))
            .await?
        {
            Verdict::Wrong => return Err(AppError::InvalidCredentials),
            Verdict::Right | Verdict::RightNeedsRehash => {}
        }
        let id = user.id;
        let tx = self.db.begin_with_options(write_tx()).await?;
        // First, like every admin-changing transaction, so that they queue in one order.
        lock_admins(&tx).await?;
        let sessions: Vec<uuid::Uuid> = session::Entity::find()
            .select_only()
            .column(session::Column::Id)
            .filter(session::Column::UserId.eq(id))
            .into_tuple()
            .all(&tx)
            .await?;
        // Explicit deletes (children first) rather than trusting ON DELETE CASCADE alone: the
        // rows go whatever the backend's foreign-key settings.
        refresh_token::Entity::delete_many()
            .filter(refresh_token::Column::SessionId.is_in(sessions.clone()))
            .exec(&tx)
            .await?;
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        quote::Entity::delete_many()
            .filter(quote::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        user_totp::Entity::delete_many()
            .filter(user_totp::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        mfa_challenge::Entity::delete_many()
            .filter(mfa_challenge::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        email_token::Entity::delete_many()
            .filter(email_token::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        audit_event::Entity::delete_many()
            .filter(audit_event::Column::UserId.eq(Some(id)))
            .exec(&tx)
            .await?;
        let deleted = user::Entity::delete_many()
            .filter(user::Column::Id.eq(id))
            .filter(leaves_an_enabled_admin(id))
            .exec(&tx)
            .await?
            .rows_affected;
        if deleted != 1 {
            // Dropping the transaction rolls every delete above back.
            return Err(AppError::Forbidden);
        }
        self.audit
            .record_in(
                &tx,
                AuditEvent::AccountDeleted,
                None,
                &ClientInfo::default(),
            )
            .await?;
        tx.commit().await?;
        self.sessions.forget(sessions);
        tracing::info!(user_id = %id, "account deleted");
        Ok(())
    }
}
