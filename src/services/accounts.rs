//! Accounts: registration, password sign-in, password change, account deletion, and admin
//! creation from the CLI.

use std::sync::Arc;

use entity::{
    audit_event, email_token, mfa_challenge, provider_grant, quote, recovery_code, refresh_token,
    session, user, user_identity, user_totp,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

use super::ClientInfo;
use super::audit::{Audit, AuditEvent, SignInFailure};
use super::authz::{begin_admin_change, leaves_an_enabled_admin};
use super::credentials::{Credentials, Who, revoke_proofs};
use super::devices;
use super::email_flows::EmailFlows;
use super::principal::Principal;
use super::rate_limits::SignInKey;
use super::sessions::{AuthMethod, DeviceGrant, IssuedTokens, Sessions};
use super::trail::{Notice, Trail};
use super::two_factor::{CODE_NEEDED, Challenge, FirstFactor, TwoFactor};
use crate::clock::Clock;
use crate::domain::{Account, Email, NewPassword, Role, SessionId, UserId, Username};
use crate::error::AppError;
use crate::mail::{Mail, PasswordChange, Recipient};
use crate::store::local_reads::Reads;
use crate::store::users::{self, NewAccount};

/// The result of a correct password: tokens, or — with TOTP on — a challenge for the second step.
pub enum LoginOutcome {
    SignedIn(IssuedTokens),
    SecondFactorRequired(Challenge),
    /// A provider sign-in whose verified address belongs to an account: prove it to link.
    LinkRequired(LinkRequest),
    /// A provider sign-in whose provider account has no verified address: the user gives one
    /// and confirms it by mail before an account is made.
    EmailRequired(EmailRequest),
}

/// A first sign-in whose verified address belongs to an existing account: the user must prove
/// that account before the provider account is linked to it.
pub struct LinkRequest {
    pub link_token: SecretString,
    pub provider: String,
    pub email: String,
    pub expires_in: i64,
}

/// A first sign-in whose provider account has no verified address: the user gives one
/// (`SignInProviders::request_sign_up`), and the account is made once the link mailed there is
/// opened.
pub struct EmailRequest {
    pub sign_up_token: SecretString,
    pub provider: String,
    /// The address the provider gave, unverified: only a suggestion for the form.
    pub email: Option<String>,
    pub expires_in: i64,
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
    /// The sign-in's lookup (on a SQLite file, on the calling thread).
    reads: Reads,
    credentials: Credentials,
    clock: Arc<dyn Clock>,
    sessions: Sessions,
    two_factor: TwoFactor,
    email_flows: EmailFlows,
    audit: Audit,
    trail: Trail,
}

impl Accounts {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        reads: Reads,
        credentials: Credentials,
        clock: Arc<dyn Clock>,
        sessions: Sessions,
        two_factor: TwoFactor,
        email_flows: EmailFlows,
        audit: Audit,
        trail: Trail,
    ) -> Self {
        Self {
            db,
            reads,
            credentials,
            clock,
            sessions,
            two_factor,
            email_flows,
            audit,
            trail,
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
        let new = self.prepare(input, Role::User).await?;
        let tx = crate::db::begin(&self.db).await?;
        let user = users::insert(&tx, new, self.clock.now_micros()).await?;
        self.email_flows.queue_verification(&tx, &user).await?;
        tx.commit().await?;
        self.email_flows.outbox().wake();
        tracing::info!(user_id = %user.id, "account registered");
        self.sessions
            .start(
                user,
                AuthMethod::Password,
                client,
                DeviceGrant::New { replacing: None },
            )
            .await
    }

    /// Creates an account with the given role (the CLI's `create-admin` uses ADMIN).
    #[tracing::instrument(skip_all)]
    pub async fn create(&self, input: Registration, role: Role) -> Result<Account, AppError> {
        let new = self.prepare(input, role).await?;
        users::insert(&self.db, new, self.clock.now_micros()).await
    }

    /// Parses the registration and hashes the password (before any transaction: hashing is slow).
    async fn prepare(&self, input: Registration, role: Role) -> Result<NewAccount, AppError> {
        let email = Email::parse("email", &input.email)?;
        let username = Username::parse("username", &input.username)?;
        let password = NewPassword::parse("password", &input.password, &username, &email)?;
        let password_hash = self.credentials.hasher().hash(password.secret()).await?;
        Ok(NewAccount {
            email,
            username,
            password_hash: Some(password_hash),
            email_verified: false,
            role,
        })
    }

    /// Password sign-in by username or email. An unknown login and a wrong password give the same
    /// error after the same work (a verification against a dummy hash), and both count towards
    /// the slowdown of repeated failures, before the password is checked. A live device token of
    /// the account spends the device's own budget instead, so the owner is never locked out by
    /// someone else's guesses. With TOTP on, the streak of failures ends only when the second
    /// factor is right too.
    #[tracing::instrument(skip_all)]
    pub async fn login(
        &self,
        login: &str,
        password: &SecretString,
        device_token: Option<&SecretString>,
        client: &ClientInfo,
    ) -> Result<LoginOutcome, AppError> {
        let found = users::read_by_login(&self.reads, login).await?;
        let who = match (&found, device_token) {
            (Some((u, _)), Some(token)) => Who {
                key: SignInKey::User(u.id),
                device: self
                    .credentials
                    .devices()
                    .find(&self.db, token, u.id)
                    .await?,
            },
            (Some((u, _)), None) => Who::account(u.id),
            (None, _) => Who {
                key: SignInKey::UnknownLogin(login.to_owned()),
                device: None,
            },
        };
        let known = found.as_ref().map(|(u, _)| u.id);
        let checked = self
            .credentials
            .check(&who, self.credentials.verify_password(found, password))
            .await;
        let user = match checked {
            Err(AppError::InvalidCredentials) => {
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
        if user.is_disabled() {
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
        let factors = self.two_factor.second_factors(user.id).await?;
        if factors.required() {
            tracing::info!(user_id = %user.id, "password accepted; second factor required");
            return Ok(LoginOutcome::SecondFactorRequired(
                self.two_factor
                    .challenge(user.id, who.device, FirstFactor::Password, factors)
                    .await?,
            ));
        }
        let ending = self.credentials.signed_in(&who).await?;
        let device = match (who.device, device_token) {
            (Some(_), Some(token)) => DeviceGrant::Keep(token.clone()),
            _ => DeviceGrant::New { replacing: None },
        };
        let user_id = user.id;
        let tokens = self
            .sessions
            .sign_in(user, AuthMethod::Password, client, device, ending)
            .await?;
        tracing::info!(%user_id, "signed in");
        Ok(LoginOutcome::SignedIn(tokens))
    }

    /// Proves the caller's credentials again in the same session (the password, and the second
    /// factor when it is on): the session records the proof, and the fresh tokens carry it as
    /// `auth_time`, which sensitive operations ask for. Counted like a sign-in.
    #[tracing::instrument(skip_all)]
    pub async fn reauthenticate(
        &self,
        principal: &Principal,
        password: &SecretString,
        code: Option<&SecretString>,
    ) -> Result<IssuedTokens, AppError> {
        // A second factor (TOTP, or a passkey: then a recovery code here, or
        // reauthenticateWithPasskey) is asked again whenever sign-in asks for one.
        let second = self
            .two_factor
            .second_factors(principal.user_id)
            .await?
            .required();
        let code = match (second, code) {
            (true, None) => return Err(AppError::bad_input("code", CODE_NEEDED)),
            (true, Some(code)) => Some(code),
            (false, _) => None,
        };
        // The password first, and the code only once it is right: a wrong password answers the
        // same whatever the code.
        let user = self
            .credentials
            .recheck(principal.user_id, password)
            .await?;
        if let Some(code) = code {
            self.two_factor.recheck_code(&user, code).await?;
        }
        tracing::info!(user_id = %user.id, "credentials proved again");
        self.sessions.reissue(principal, user).await
    }

    pub async fn find(&self, id: UserId) -> Result<Option<Account>, AppError> {
        users::find(&self.db, id).await
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
        let Some(found) = users::with_password(&self.db, principal.user_id).await? else {
            return Err(AppError::Unauthenticated);
        };
        let (user, _) = &found;
        let new = NewPassword::parse("newPassword", new, &user.username, &user.email)?;
        if new.secret().expose_secret() == current.expose_secret() {
            return Err(AppError::bad_input(
                "newPassword",
                "The new password must differ from the current one.",
            ));
        }
        // Guessing the current password with a stolen access token is guessing a sign-in.
        let who = Who::account(user.id);
        let user = self
            .credentials
            .check(&who, self.credentials.verify_password(Some(found), current))
            .await?;
        let hash = self.credentials.hasher().hash(new.secret()).await?;
        let now = self.clock.now_micros();
        let tx = crate::db::begin(&self.db).await?;
        if !users::set_password(&tx, user.id, hash, false, now).await? {
            return Err(AppError::Unauthenticated);
        }
        // Challenges opened and links mailed under the old password die with it.
        revoke_proofs(&tx, user.id, now).await?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::PasswordChanged,
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::PasswordChanged(PasswordChange::Changed),
                }),
            )
            .await?;
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
        password: Option<&SecretString>,
    ) -> Result<(), AppError> {
        let user = self
            .credentials
            .recheck_or_recent(principal, password, "password")
            .await?;
        let id = user.id.uuid();
        // Deleting an admin changes who is one: the admin lock first, as every such change does.
        let tx = begin_admin_change(&self.db).await?;
        let sessions: Vec<Uuid> = session::Entity::find()
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
        devices::revoke_all(&tx, user.id).await?;
        user_identity::Entity::delete_many()
            .filter(user_identity::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        provider_grant::Entity::delete_many()
            .filter(provider_grant::Column::UserId.eq(Some(id)))
            .exec(&tx)
            .await?;
        entity::passkey::Entity::delete_many()
            .filter(entity::passkey::Column::UserId.eq(id))
            .exec(&tx)
            .await?;
        entity::webauthn_ceremony::Entity::delete_many()
            .filter(entity::webauthn_ceremony::Column::UserId.eq(Some(id)))
            .exec(&tx)
            .await?;
        audit_event::Entity::delete_many()
            .filter(audit_event::Column::UserId.eq(Some(id)))
            .exec(&tx)
            .await?;
        let deleted = user::Entity::delete_many()
            .filter(user::Column::Id.eq(id))
            .filter(leaves_an_enabled_admin(user.id))
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
        self.sessions
            .forget(sessions.into_iter().map(SessionId::from));
        tracing::info!(user_id = %id, "account deleted");
        Ok(())
    }
}
