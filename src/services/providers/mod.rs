//! Sign-in with other providers: OpenID Connect (any issuer), GitHub and Facebook.
//!
//! The flow: the browser goes to `GET /auth/{provider}/start` (with a `redirect_uri` from the
//! allow-list), which records a flow (hashed `state`, nonce, encrypted PKCE verifier), binds it
//! to that browser with an HttpOnly cookie, and sends it to the provider. The provider sends it
//! back to `/auth/{provider}/callback`: the flow is spent (once), the browser must be the one
//! that started it (no login CSRF), the code is exchanged and the answer checked (ID token
//! signature, issuer, audience, expiry, nonce). What it proved goes behind a single-use code,
//! handed to the app at its `redirect_uri`; the app exchanges it through GraphQL
//! (`finishProviderSignIn`, `linkProvider`, `reauthenticateWithProvider`).
//!
//! Account safety: identities are keyed by (provider, subject), never by email. A first sign-in
//! whose verified address belongs to an account does not take it over: the answer says a link is
//! needed, and the link happens only once the user proves that account (its password and second
//! factor, or a session of it with recent authentication). Unverified addresses are never trusted
//! (Facebook's count as unverified).

mod protocol;

use std::collections::HashMap;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use entity::{Redacted, provider_flow, provider_grant, user_identity};
use rand::RngCore;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;
use url::Url;
use uuid::Uuid;

use protocol::ProviderClient;
pub use protocol::{ProviderAccount, ProviderError};

use super::ClientInfo;
use super::accounts::{EmailRequest, LinkRequest, LoginOutcome};
use super::audit::{Audit, AuditEvent, SignInFailure};
use super::authz::RecentAuth;
use super::credentials::{Credentials, Who};
use super::principal::Principal;
use super::sessions::{AuthMethod, DeviceGrant, IssuedTokens, Sessions};
use super::trail::{Notice, Trail};
use super::two_factor::{CODE_NEEDED, FirstFactor, TwoFactor};
use crate::auth::opaque;
use crate::auth::totp::SecretCipher;
use crate::clock::{Clock, MICROS_PER_SEC, Micros};
use crate::config::ProvidersConfig;
use crate::domain::{Account, Email, Role, UserId, Username};
use crate::error::AppError;
use crate::mail::{Mail, Recipient};
use crate::store::users::{self, NewAccount};

/// How long a started flow waits for the provider's answer (the user signs in there).
const FLOW_TTL_SECS: i64 = 600;
/// How long the app has to exchange the code it was handed.
const GRANT_TTL_SECS: i64 = 120;
/// How long a "link needed" answer waits for the user to prove the account.
const LINK_TTL_SECS: i64 = 600;
/// How long a "give an address" answer waits for one.
const SIGN_UP_TTL_SECS: i64 = 600;
/// How long the link mailed to that address works (as long as a verification link).
const SIGN_UP_MAIL_TTL_SECS: i64 = 24 * 3600;
/// The app's own `state`, handed back as it came: bounded.
const APP_STATE_MAX: usize = 512;

const SIGN_IN: &str = "sign_in";
const LINK: &str = "link";
/// A provider account without a verified address, waiting for the user to give one.
const SIGN_UP: &str = "sign_up";
/// The same, with the address given, waiting for the link mailed to it.
const SIGN_UP_MAIL: &str = "sign_up_mail";

/// An enabled provider, as clients see it.
#[derive(Debug, Clone)]
pub struct ProviderInfo {
    pub id: String,
    pub name: String,
}

/// A provider account linked to an account.
#[derive(Debug, Clone)]
pub struct Identity {
    pub provider: String,
    pub provider_name: String,
    pub email: Option<String>,
    pub login: Option<String>,
    pub linked_at: Micros,
    pub last_used_at: Option<Micros>,
}

/// Why a flow could not start (HTTP 400 at `/auth/{provider}/start`).
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("There is no sign-in provider with this id.")]
    UnknownProvider,
    #[error("redirect_uri is missing or not one of the allowed addresses (SIGN_IN_REDIRECT_URIS).")]
    RedirectNotAllowed,
    #[error("state is longer than 512 characters.")]
    StateTooLong,
    #[error("The provider cannot be reached; try again later.")]
    Unavailable(#[source] ProviderError),
    #[error("Internal server error.")]
    Internal(#[from] AppError),
}

/// What the callback does with the browser.
#[derive(Debug)]
pub enum CallbackOutcome {
    /// Back to the app: with `code` (and `state`), or `error` (and `state`).
    Redirect(Url),
    /// Nothing to send the browser back to (unknown or spent `state`): a page says so.
    Invalid,
}

/// The single-use values of a started flow that the browser must hold.
pub struct Started {
    pub provider_url: Url,
}

#[derive(Clone)]
pub struct SignInProviders {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    cipher: SecretCipher,
    config: Arc<ProvidersConfig>,
    clients: Arc<HashMap<String, ProviderClient>>,
    credentials: Credentials,
    sessions: Sessions,
    two_factor: TwoFactor,
    recent: RecentAuth,
    audit: Audit,
    trail: Trail,
}

/// A fresh random value for the browser binding cookie.
pub fn new_binding() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether a cookie value can be a binding we issued (43 base64url characters).
pub fn well_formed_binding(value: &str) -> bool {
    value.len() == 43
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl SignInProviders {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        cipher: SecretCipher,
        config: &ProvidersConfig,
        public_url: &str,
        credentials: Credentials,
        sessions: Sessions,
        two_factor: TwoFactor,
        recent: RecentAuth,
        audit: Audit,
        trail: Trail,
    ) -> anyhow::Result<Self> {
        let mut clients = HashMap::new();
        for p in &config.providers {
            clients.insert(p.id.clone(), ProviderClient::new(p.clone(), public_url)?);
        }
        Ok(Self {
            db,
            clock,
            cipher,
            config: Arc::new(config.clone()),
            clients: Arc::new(clients),
            credentials,
            sessions,
            two_factor,
            recent,
            audit,
            trail,
        })
    }

    /// The enabled providers, in configuration order.
    pub fn list(&self) -> Vec<ProviderInfo> {
        self.config
            .providers
            .iter()
            .map(|p| ProviderInfo {
                id: p.id.clone(),
                name: p.name.clone(),
            })
            .collect()
    }

    fn name_of(&self, provider: &str) -> String {
        self.config
            .get(provider)
            .map_or_else(|| provider.to_owned(), |p| p.name.clone())
    }

    /// Starts a flow for the browser holding `binding`: records it and returns the provider's
    /// authorization address.
    pub async fn start(
        &self,
        provider: &str,
        redirect_uri: Option<&str>,
        app_state: Option<&str>,
        binding: &str,
    ) -> Result<Started, StartError> {
        let client = self
            .clients
            .get(provider)
            .ok_or(StartError::UnknownProvider)?;
        let redirect = redirect_uri
            .and_then(|r| Url::parse(r).ok())
            .filter(|r| self.config.allows_redirect(r))
            .ok_or(StartError::RedirectNotAllowed)?;
        if app_state.is_some_and(|s| s.len() > APP_STATE_MAX) {
            return Err(StartError::StateTooLong);
        }
        let authorization = client.authorize().await.map_err(StartError::Unavailable)?;
        let id = Uuid::now_v7();
        let verifier = self
            .cipher
            .encrypt(id, authorization.pkce_verifier.as_bytes())
            .map_err(|e| StartError::Internal(AppError::internal(e)))?;
        let now = self.clock.now_micros();
        provider_flow::ActiveModel {
            id: Set(id),
            provider: Set(provider.to_owned()),
            state_hash: Set(opaque::hash(&authorization.state)),
            binding_hash: Set(opaque::hash(binding)),
            nonce: Set(authorization.nonce),
            pkce_verifier_enc: Set(Redacted::new(verifier)),
            redirect_uri: Set(redirect.to_string()),
            app_state: Set(app_state.map(str::to_owned)),
            created_at: Set(now),
            expires_at: Set(now + FLOW_TTL_SECS * MICROS_PER_SEC),
            used_at: Set(None),
        }
        .insert(&self.db)
        .await
        .map_err(|e| StartError::Internal(e.into()))?;
        Ok(Started {
            provider_url: authorization.url,
        })
    }

    /// The provider's answer at `/auth/{provider}/callback`. `binding` is the browser's binding
    /// cookie; `code` or `error` what the provider sent.
    pub async fn callback(
        &self,
        provider: &str,
        state: Option<&str>,
        code: Option<&str>,
        error: Option<&str>,
        binding: Option<&str>,
    ) -> Result<CallbackOutcome, AppError> {
        let (Some(client), Some(state)) = (self.clients.get(provider), state) else {
            return Ok(CallbackOutcome::Invalid);
        };
        let now = self.clock.now_micros();
        let Some(flow) = provider_flow::Entity::find()
            .filter(provider_flow::Column::StateHash.eq(opaque::hash(state)))
            .filter(provider_flow::Column::Provider.eq(provider))
            .one(&self.db)
            .await?
        else {
            return Ok(CallbackOutcome::Invalid);
        };
        // Spent first, whatever follows: a `state` is good for one answer.
        let spent = provider_flow::Entity::update_many()
            .col_expr(provider_flow::Column::UsedAt, Expr::value(now))
            .filter(provider_flow::Column::Id.eq(flow.id))
            .filter(provider_flow::Column::UsedAt.is_null())
            .filter(provider_flow::Column::ExpiresAt.gt(now))
            .exec(&self.db)
            .await?
            .rows_affected;
        if spent != 1 {
            return Ok(CallbackOutcome::Invalid);
        }
        let mut back = Url::parse(&flow.redirect_uri).map_err(AppError::internal)?;
        let answer = |back: &mut Url, key: &str, value: &str| {
            let mut pairs = back.query_pairs_mut();
            pairs.append_pair(key, value);
            if let Some(app_state) = &flow.app_state {
                pairs.append_pair("state", app_state);
            }
        };
        // The browser that comes back must be the one that started: otherwise someone is
        // trying to sign this browser in with their own provider account (login CSRF).
        let bound = binding.is_some_and(|b| {
            bool::from(
                opaque::hash(b)
                    .as_bytes()
                    .ct_eq(flow.binding_hash.as_bytes()),
            )
        });
        if !bound {
            tracing::warn!(
                provider,
                "provider callback from another browser than the one that started"
            );
            answer(&mut back, "error", "invalid_request");
            return Ok(CallbackOutcome::Redirect(back));
        }
        if let Some(error) = error {
            let error = if error == "access_denied" {
                "access_denied"
            } else {
                "server_error"
            };
            tracing::info!(provider, error, "provider answered with an error");
            answer(&mut back, "error", error);
            return Ok(CallbackOutcome::Redirect(back));
        }
        let Some(code) = code else {
            answer(&mut back, "error", "invalid_request");
            return Ok(CallbackOutcome::Redirect(back));
        };
        let verifier = self
            .cipher
            .decrypt(flow.id, flow.pkce_verifier_enc.expose())
            .map_err(AppError::internal)?;
        let verifier = String::from_utf8(verifier.to_vec()).map_err(AppError::internal)?;
        let account = match client
            .exchange(code.to_owned(), verifier, &flow.nonce)
            .await
        {
            Ok(account) => account,
            Err(e) => {
                tracing::warn!(provider, error = %e, "provider sign-in refused");
                answer(&mut back, "error", "server_error");
                return Ok(CallbackOutcome::Redirect(back));
            }
        };
        let issued = self
            .grant(&self.db, SIGN_IN, provider, &account, None, GRANT_TTL_SECS)
            .await?;
        answer(&mut back, "code", issued.token.expose_secret());
        Ok(CallbackOutcome::Redirect(back))
    }

    async fn grant<C: ConnectionTrait>(
        &self,
        conn: &C,
        purpose: &str,
        provider: &str,
        account: &ProviderAccount,
        user_id: Option<UserId>,
        ttl_secs: i64,
    ) -> Result<opaque::Issued, AppError> {
        let issued = opaque::issue();
        let now = self.clock.now_micros();
        provider_grant::ActiveModel {
            id: Set(Uuid::now_v7()),
            token_hash: Set(issued.hash.clone()),
            purpose: Set(purpose.to_owned()),
            provider: Set(provider.to_owned()),
            subject: Set(account.subject.clone()),
            email: Set(account.email.clone()),
            email_verified: Set(account.email_verified),
            login: Set(account.login.clone().or_else(|| account.name.clone())),
            user_id: Set(user_id.map(UserId::uuid)),
            created_at: Set(now),
            expires_at: Set(now + ttl_secs * MICROS_PER_SEC),
            used_at: Set(None),
        }
        .insert(conn)
        .await?;
        Ok(issued)
    }

    /// Spends a single-use grant of `purpose`: INVALID_TOKEN when unknown, expired or spent.
    async fn spend(
        &self,
        token: &SecretString,
        purpose: &str,
    ) -> Result<provider_grant::Model, AppError> {
        let now = self.clock.now_micros();
        let Some(grant) = provider_grant::Entity::find()
            .filter(provider_grant::Column::TokenHash.eq(opaque::hash_presented(token)))
            .filter(provider_grant::Column::Purpose.eq(purpose))
            .one(&self.db)
            .await?
        else {
            return Err(AppError::InvalidToken);
        };
        let spent = provider_grant::Entity::update_many()
            .col_expr(provider_grant::Column::UsedAt, Expr::value(now))
            .filter(provider_grant::Column::Id.eq(grant.id))
            .filter(provider_grant::Column::UsedAt.is_null())
            .filter(provider_grant::Column::ExpiresAt.gt(now))
            .exec(&self.db)
            .await?
            .rows_affected;
        if spent != 1 {
            return Err(AppError::InvalidToken);
        }
        Ok(grant)
    }

    async fn identity_of(
        &self,
        provider: &str,
        subject: &str,
    ) -> Result<Option<user_identity::Model>, AppError> {
        Ok(user_identity::Entity::find()
            .filter(user_identity::Column::Provider.eq(provider))
            .filter(user_identity::Column::Subject.eq(subject))
            .one(&self.db)
            .await?)
    }

    /// Exchanges the code from the callback for a sign-in: a session (or, with TOTP on, the
    /// second-factor step); a new account when the provider account is new and its verified
    /// address is free; "link needed" when that address belongs to an account.
    #[tracing::instrument(skip_all)]
    pub async fn finish_sign_in(
        &self,
        code: &SecretString,
        client: &ClientInfo,
    ) -> Result<LoginOutcome, AppError> {
        let grant = self.spend(code, SIGN_IN).await?;
        if let Some(identity) = self.identity_of(&grant.provider, &grant.subject).await? {
            let user =
                users::get(&self.db, identity.user_id.into(), AppError::InvalidToken).await?;
            self.touch(&identity, &grant).await?;
            return self.sign_in(user, client).await;
        }
        let email = match (&grant.email, grant.email_verified) {
            (Some(email), true) => Email::parse("email", email).ok(),
            _ => None,
        };
        let Some(email) = email else {
            // Never trusted: the user gives an address and proves it first.
            let account = account_of(&grant);
            let issued = self
                .grant(
                    &self.db,
                    SIGN_UP,
                    &grant.provider,
                    &account,
                    None,
                    SIGN_UP_TTL_SECS,
                )
                .await?;
            tracing::info!(provider = %grant.provider, "provider account without a verified address: address required");
            return Ok(LoginOutcome::EmailRequired(EmailRequest {
                sign_up_token: issued.token,
                provider: grant.provider,
                email: grant.email,
                expires_in: SIGN_UP_TTL_SECS,
            }));
        };
        self.sign_in_or_sign_up(grant, email, client).await
    }

    /// A provider account new here, with an address proved to be its user's (by the provider or
    /// by a mailed link): "link needed" when that address belongs to an account, else a new
    /// account, signed in.
    async fn sign_in_or_sign_up(
        &self,
        grant: provider_grant::Model,
        email: Email,
        client: &ClientInfo,
    ) -> Result<LoginOutcome, AppError> {
        if let Some(owner) = users::by_email(&self.db, &email).await? {
            // Never a takeover: the owner must prove the account first.
            let mut account = account_of(&grant);
            account.email = Some(email.as_str().to_owned());
            account.email_verified = true;
            let issued = self
                .grant(
                    &self.db,
                    LINK,
                    &grant.provider,
                    &account,
                    Some(owner.id),
                    LINK_TTL_SECS,
                )
                .await?;
            tracing::info!(provider = %grant.provider, "provider address belongs to an account: link required");
            return Ok(LoginOutcome::LinkRequired(LinkRequest {
                link_token: issued.token,
                provider: grant.provider,
                email: email.as_str().to_owned(),
                expires_in: LINK_TTL_SECS,
            }));
        }
        let user = self.create_account(&grant, email).await?;
        tracing::info!(user_id = %user.id, provider = %grant.provider, "account created through a provider");
        self.sign_in(user, client).await
    }

    /// Takes the address for a provider account without a verified one (`sign_up_token` from an
    /// EmailRequired answer, single use) and mails a link to it. The answer never says whether
    /// the address has an account (that comes out only to whoever opens the link).
    #[tracing::instrument(skip_all)]
    pub async fn request_sign_up(
        &self,
        sign_up_token: &SecretString,
        email: &str,
    ) -> Result<(), AppError> {
        let email = Email::parse("email", email)?;
        let grant = self.spend(sign_up_token, SIGN_UP).await?;
        let mut account = account_of(&grant);
        account.email = Some(email.as_str().to_owned());
        account.email_verified = false;
        let tx = crate::db::begin(&self.db).await?;
        let issued = self
            .grant(
                &tx,
                SIGN_UP_MAIL,
                &grant.provider,
                &account,
                None,
                SIGN_UP_MAIL_TTL_SECS,
            )
            .await?;
        let to = Recipient {
            address: email.as_str().to_owned(),
            username: username_base(grant.login.as_deref(), email.as_str()),
        };
        let mail = Mail::ConfirmProviderSignUp {
            token: issued.token,
            provider: self.name_of(&grant.provider),
            valid_for: std::time::Duration::from_secs(SIGN_UP_MAIL_TTL_SECS.unsigned_abs()),
        };
        self.trail.outbox().enqueue(&tx, &to, mail).await?;
        tx.commit().await?;
        self.trail.outbox().wake();
        tracing::info!(provider = %grant.provider, "provider sign-up: confirmation mailed");
        Ok(())
    }

    /// Opens the mailed link of `request_sign_up`: the address is proved, so the sign-up goes on
    /// as for a provider-verified address (a new account, or "link needed" when the address has
    /// one). When the provider account was linked meanwhile, signs in to that account.
    #[tracing::instrument(skip_all)]
    pub async fn confirm_sign_up(
        &self,
        token: &SecretString,
        client: &ClientInfo,
    ) -> Result<LoginOutcome, AppError> {
        let grant = self.spend(token, SIGN_UP_MAIL).await?;
        if let Some(identity) = self.identity_of(&grant.provider, &grant.subject).await? {
            let user =
                users::get(&self.db, identity.user_id.into(), AppError::InvalidToken).await?;
            return self.sign_in(user, client).await;
        }
        let Some(email) = grant
            .email
            .as_deref()
            .and_then(|e| Email::parse("email", e).ok())
        else {
            return Err(AppError::InvalidToken);
        };
        self.sign_in_or_sign_up(grant, email, client).await
    }

    /// A new account without a password, its address verified by the provider, and the
    /// identity linked, in one transaction; the username from the provider's login or name,
    /// made unique.
    async fn create_account(
        &self,
        grant: &provider_grant::Model,
        email: Email,
    ) -> Result<Account, AppError> {
        let base = username_base(grant.login.as_deref(), email.as_str());
        for attempt in 0..20u32 {
            let candidate = username_candidate(&base, attempt);
            let Ok(username) = Username::parse("username", &candidate) else {
                continue;
            };
            if users::by_login(&self.db, username.as_str())
                .await?
                .is_some()
            {
                continue;
            }
            let now = self.clock.now_micros();
            let tx = crate::db::begin(&self.db).await?;
            let created = users::insert(
                &tx,
                NewAccount {
                    email: email.clone(),
                    username,
                    password_hash: None,
                    email_verified: true,
                    role: Role::User,
                },
                now,
            )
            .await;
            let user = match created {
                Ok(user) => user,
                // Taken meanwhile: the next candidate.
                Err(AppError::Conflict { field: "username" }) => continue,
                Err(e) => return Err(e),
            };
            insert_identity(&tx, user.id, grant, now).await?;
            tx.commit().await?;
            return Ok(user);
        }
        Err(AppError::Conflict { field: "username" })
    }

    async fn touch(
        &self,
        identity: &user_identity::Model,
        grant: &provider_grant::Model,
    ) -> Result<(), AppError> {
        user_identity::Entity::update_many()
            .col_expr(
                user_identity::Column::LastUsedAt,
                Expr::value(self.clock.now_micros()),
            )
            .col_expr(
                user_identity::Column::Email,
                Expr::value(grant.email.clone()),
            )
            .col_expr(
                user_identity::Column::Login,
                Expr::value(grant.login.clone()),
            )
            .filter(user_identity::Column::Id.eq(identity.id))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// The provider proved the first factor: a session, or the second-factor step.
    async fn sign_in(&self, user: Account, client: &ClientInfo) -> Result<LoginOutcome, AppError> {
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
            return Err(AppError::Forbidden);
        }
        let factors = self.two_factor.second_factors(user.id).await?;
        if factors.required() {
            return Ok(LoginOutcome::SecondFactorRequired(
                self.two_factor
                    .challenge(user.id, None, FirstFactor::Provider, factors)
                    .await?,
            ));
        }
        let user_id = user.id;
        let tokens = self
            .sessions
            .sign_in(
                user,
                AuthMethod::Provider,
                client,
                DeviceGrant::New { replacing: None },
                // A provider's answer is not a guess this server counts.
                Vec::new(),
            )
            .await?;
        tracing::info!(%user_id, "signed in through a provider");
        Ok(LoginOutcome::SignedIn(tokens))
    }

    /// Links the provider account of a "link needed" answer once the user proves the account:
    /// its password (and second factor when on), or — without a password — a session of that
    /// account with recent authentication. Returns a session of the account.
    #[tracing::instrument(skip_all)]
    pub async fn confirm_link(
        &self,
        link_token: &SecretString,
        password: Option<&SecretString>,
        code: Option<&SecretString>,
        principal: Option<&Principal>,
        client: &ClientInfo,
    ) -> Result<IssuedTokens, AppError> {
        let now = self.clock.now_micros();
        let hash = opaque::hash_presented(link_token);
        let Some(grant) = provider_grant::Entity::find()
            .filter(provider_grant::Column::TokenHash.eq(hash))
            .filter(provider_grant::Column::Purpose.eq(LINK))
            .filter(provider_grant::Column::UsedAt.is_null())
            .filter(provider_grant::Column::ExpiresAt.gt(now))
            .one(&self.db)
            .await?
        else {
            return Err(AppError::InvalidToken);
        };
        let Some(owner) = grant.user_id.map(UserId::from) else {
            return Err(AppError::InvalidToken);
        };
        let (user, method) = match (password, principal) {
            (Some(password), _) => {
                let totp = self.two_factor.second_factors(owner).await?.required();
                if totp && code.is_none() {
                    return Err(AppError::bad_input("code", CODE_NEEDED));
                }
                let user = self.credentials.recheck(owner, password).await?;
                let method = match (totp, code) {
                    (true, Some(code)) => {
                        self.two_factor.recheck_code(&user, code).await?;
                        AuthMethod::PasswordAndTotp
                    }
                    _ => AuthMethod::Password,
                };
                (user, method)
            }
            (None, Some(p)) if p.user_id == owner => {
                self.recent.require(p)?;
                (
                    users::get(&self.db, owner, AppError::Unauthenticated).await?,
                    AuthMethod::Provider,
                )
            }
            (None, Some(_)) => return Err(AppError::Forbidden),
            (None, None) => {
                return Err(AppError::bad_input(
                    "password",
                    "Prove the account: its password, or call this signed in to it with a recent authentication.",
                ));
            }
        };
        if user.is_disabled() {
            return Err(AppError::Forbidden);
        }
        let spent = self.spend(link_token, LINK).await;
        spent?;
        self.link_identity(&user, &grant, client).await?;
        match principal {
            Some(p) if password.is_none() => self.sessions.reissue(p, user).await,
            _ => {
                let ending = self.credentials.signed_in(&Who::account(user.id)).await?;
                self.sessions
                    .sign_in(
                        user,
                        method,
                        client,
                        DeviceGrant::New { replacing: None },
                        ending,
                    )
                    .await
            }
        }
    }

    /// Links a provider account to `user` with its audit event and email, in one transaction.
    /// CONFLICT when that provider account is another account's, or `user` already has one of
    /// this provider.
    async fn link_identity(
        &self,
        user: &Account,
        grant: &provider_grant::Model,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        let now = self.clock.now_micros();
        // Read before the transaction, written in it (on SQLite a transaction that reads first
        // cannot always upgrade to a write); the unique keys catch a link made meanwhile.
        let taken = user_identity::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(
                        sea_orm::Condition::all()
                            .add(user_identity::Column::Provider.eq(&grant.provider))
                            .add(user_identity::Column::Subject.eq(&grant.subject)),
                    )
                    .add(
                        sea_orm::Condition::all()
                            .add(user_identity::Column::Provider.eq(&grant.provider))
                            .add(user_identity::Column::UserId.eq(user.id.uuid())),
                    ),
            )
            .count(&self.db)
            .await?;
        if taken > 0 {
            return Err(AppError::Conflict { field: "provider" });
        }
        // The provider vouches for the account's own address: it counts as verified now.
        let vouched = grant.email_verified
            && grant
                .email
                .as_deref()
                .and_then(|e| Email::parse("email", e).ok())
                .is_some_and(|e| e == user.email);
        let tx = crate::db::begin(&self.db).await?;
        insert_identity(&tx, user.id, grant, now)
            .await
            .map_err(|_| AppError::Conflict { field: "provider" })?;
        if vouched && !user.email_verified {
            entity::user::Entity::update_many()
                .col_expr(entity::user::Column::EmailVerified, Expr::value(true))
                .col_expr(entity::user::Column::UpdatedAt, Expr::value(now))
                .filter(entity::user::Column::Id.eq(user.id.uuid()))
                .filter(entity::user::Column::Email.eq(user.email.as_str()))
                .exec(&tx)
                .await?;
        }
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::IdentityLinked {
                    provider: grant.provider.clone(),
                },
                Some(Notice {
                    to: Recipient::of(user),
                    mail: Mail::IdentityLinked {
                        provider: self.name_of(&grant.provider),
                    },
                }),
            )
            .await?;
        tracing::info!(user_id = %user.id, provider = %grant.provider, "provider account linked");
        Ok(())
    }

    /// Links the provider account behind `code` to the caller, who must have authenticated
    /// recently (a stolen access token must not be able to add a way in).
    #[tracing::instrument(skip_all)]
    pub async fn link(
        &self,
        principal: &Principal,
        code: &SecretString,
        client: &ClientInfo,
    ) -> Result<Vec<Identity>, AppError> {
        self.recent.require(principal)?;
        let user = users::get(&self.db, principal.user_id, AppError::Unauthenticated).await?;
        let grant = self.spend(code, SIGN_IN).await?;
        self.link_identity(&user, &grant, client).await?;
        self.identities(principal.user_id).await
    }

    /// Unlinks the caller's account of `provider`, unless it is their last way to sign in.
    #[tracing::instrument(skip_all)]
    pub async fn unlink(
        &self,
        principal: &Principal,
        provider: &str,
        client: &ClientInfo,
    ) -> Result<Vec<Identity>, AppError> {
        self.recent.require(principal)?;
        let user = users::get(&self.db, principal.user_id, AppError::Unauthenticated).await?;
        let tx = crate::db::begin_with(&self.db, super::authz::write_tx()).await?;
        let identities = user_identity::Entity::find()
            .filter(user_identity::Column::UserId.eq(user.id.uuid()))
            .all(&tx)
            .await?;
        let Some(target) = identities.iter().find(|i| i.provider == provider) else {
            return Err(AppError::NotFound);
        };
        if users::ways_in(&tx, user.id).await?.count() <= 1 {
            // The account would have no way to sign in left (password, providers, passkeys).
            return Err(AppError::Refused(users::LAST_WAY_IN));
        }
        user_identity::Entity::delete_by_id(target.id)
            .exec(&tx)
            .await?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::IdentityUnlinked {
                    provider: provider.to_owned(),
                },
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::IdentityUnlinked {
                        provider: self.name_of(provider),
                    },
                }),
            )
            .await?;
        tracing::info!(user_id = %user.id, provider, "provider account unlinked");
        self.identities(principal.user_id).await
    }

    /// Proves the caller's credentials again with a provider account linked to them (and the
    /// second factor when on), for accounts without a password or users who prefer it.
    #[tracing::instrument(skip_all)]
    pub async fn reauthenticate(
        &self,
        principal: &Principal,
        provider_code: &SecretString,
        code: Option<&SecretString>,
    ) -> Result<IssuedTokens, AppError> {
        let totp = self
            .two_factor
            .second_factors(principal.user_id)
            .await?
            .required();
        if totp && code.is_none() {
            return Err(AppError::bad_input("code", CODE_NEEDED));
        }
        let who = Who::account(principal.user_id);
        let user = self
            .credentials
            .check(&who, async {
                let grant = self.spend(provider_code, SIGN_IN).await?;
                match self.identity_of(&grant.provider, &grant.subject).await? {
                    Some(identity) if identity.user_id == principal.user_id.uuid() => {
                        users::get(&self.db, principal.user_id, AppError::Unauthenticated).await
                    }
                    _ => Err(AppError::InvalidCredentials),
                }
            })
            .await?;
        if let (true, Some(code)) = (totp, code) {
            self.two_factor.recheck_code(&user, code).await?;
        }
        tracing::info!(user_id = %user.id, "credentials proved again through a provider");
        self.sessions.reissue(principal, user).await
    }

    /// The provider accounts linked to `user`, oldest first.
    pub async fn identities(&self, user: UserId) -> Result<Vec<Identity>, AppError> {
        let rows = user_identity::Entity::find()
            .filter(user_identity::Column::UserId.eq(user.uuid()))
            .order_by_asc(user_identity::Column::CreatedAt)
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| Identity {
                provider_name: self.name_of(&r.provider),
                provider: r.provider,
                email: r.email,
                login: r.login,
                linked_at: r.created_at,
                last_used_at: r.last_used_at,
            })
            .collect())
    }
}

fn account_of(grant: &provider_grant::Model) -> ProviderAccount {
    ProviderAccount {
        subject: grant.subject.clone(),
        email: grant.email.clone(),
        email_verified: grant.email_verified,
        login: grant.login.clone(),
        name: None,
    }
}

async fn insert_identity<C: ConnectionTrait>(
    conn: &C,
    user: UserId,
    grant: &provider_grant::Model,
    now: Micros,
) -> Result<(), AppError> {
    user_identity::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user.uuid()),
        provider: Set(grant.provider.clone()),
        subject: Set(grant.subject.clone()),
        email: Set(grant.email.clone()),
        login: Set(grant.login.clone()),
        created_at: Set(now),
        last_used_at: Set(Some(now)),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// A username from the provider's login or name, else the address's local part: the allowed
/// characters only, 3 to 28 of them (room for a suffix).
fn username_base(login: Option<&str>, email: &str) -> String {
    let from = |s: &str| -> String {
        s.chars()
            .map(|c| if c == ' ' { '.' } else { c })
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
            .take(28)
            .collect()
    };
    let mut base = login.map(from).unwrap_or_default();
    if base.len() < 3 {
        base = from(email.split('@').next().unwrap_or_default());
    }
    while base.len() < 3 {
        base.push_str("user");
        base.truncate(28);
    }
    base
}

/// The base, then base-2 … base-9, then the base with a random number.
fn username_candidate(base: &str, attempt: u32) -> String {
    match attempt {
        0 => base.to_owned(),
        1..=8 => format!("{base}-{}", attempt + 1),
        _ => format!("{base}-{}", rand::random::<u32>() % 100_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_come_from_the_login_or_the_address() {
        assert_eq!(username_base(Some("octocat"), "x@y.z"), "octocat");
        assert_eq!(username_base(Some("Ada Lovelace"), "x@y.z"), "Ada.Lovelace");
        assert_eq!(username_base(Some("Zoë"), "zoe.k@y.z"), "zoe.k");
        assert_eq!(username_base(None, "a@y.z"), "auser");
        assert_eq!(username_base(Some(&"x".repeat(40)), "a@y.z").len(), 28);
        assert_eq!(username_candidate("ada", 0), "ada");
        assert_eq!(username_candidate("ada", 1), "ada-2");
        assert!(username_candidate("ada", 12).starts_with("ada-"));
        for attempt in 0..20 {
            assert!(
                Username::parse(
                    "u",
                    &username_candidate(&username_base(Some(&"é".repeat(40)), "ab@c.d"), attempt)
                )
                .is_ok()
            );
        }
    }

    #[test]
    fn bindings_are_recognised() {
        let b = new_binding();
        assert!(well_formed_binding(&b));
        assert!(!well_formed_binding("short"));
        assert!(!well_formed_binding(&format!("{}!", &b[..42])));
    }
}
