//! GraphQL types, built from service results. Entities never derive GraphQL traits directly, so
//! the API is not welded to the tables.

use async_graphql::{ComplexObject, Context, Enum, ID, InputObject, SimpleObject, Union};

use super::error::GqlResultExt;
use secrecy::ExposeSecret;

use super::scalars::DateTime;
use crate::domain::{Account, SessionId, SessionInfo, UserId};
use crate::services::sessions::IssuedTokens;

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// No valid access token: missing, malformed, bad signature, expired, or its session was revoked.
    Unauthenticated,
    /// Authenticated, but not allowed (role, unverified email where required, disabled account).
    Forbidden,
    /// An input failed validation; extensions.field names it.
    BadUserInput,
    /// Login failed. Identical for an unknown login and a wrong password.
    InvalidCredentials,
    /// A refresh, verification, reset or MFA token is unknown, expired, used or revoked.
    InvalidToken,
    /// A TOTP or recovery code is wrong or was already used.
    InvalidMfaCode,
    /// A unique value (username or email) is taken; extensions.field names it.
    Conflict,
    /// Too many attempts; extensions.retryAfter is the number of seconds to wait.
    RateLimited,
    /// The object does not exist or does not belong to the caller.
    NotFound,
    /// Query too deep, too complex, or too large.
    QueryTooComplex,
    /// Anything unexpected; details are logged, never returned.
    InternalServerError,
    /// The operation needs a recent proof of the user's credentials: call reauthenticate, then retry.
    ReauthenticationRequired,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "crate::domain::Role")]
pub enum Role {
    #[graphql(name = "USER")]
    User,
    #[graphql(name = "ADMIN")]
    Admin,
}

/// Which sessions a logout ends.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "crate::services::sessions::LogoutScope")]
pub enum LogoutScope {
    /// Only the session of the access token used.
    #[graphql(name = "LOCAL")]
    Local,
    /// Every session of the user except the current one.
    #[graphql(name = "OTHERS")]
    Others,
    /// Every session of the user.
    #[graphql(name = "GLOBAL")]
    Global,
}

#[derive(SimpleObject, Clone, Debug)]
#[graphql(complex)]
pub struct User {
    pub id: ID,
    pub email: String,
    pub username: String,
    pub email_verified: bool,
    pub role: Role,
    pub created_at: DateTime,
    /// True while an admin has disabled the account (no sign-in, refresh or token use).
    pub disabled: bool,
    #[graphql(skip)]
    pub user_id: UserId,
}

#[ComplexObject]
impl User {
    /// Whether the account has a password (false for accounts made through a sign-in provider
    /// until one is set through requestPasswordReset).
    async fn has_password(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let found =
            crate::store::users::with_password(&super::context::state(ctx).db, self.user_id)
                .await
                .gql(ctx)?;
        Ok(found.is_some_and(|(_, hash)| hash.is_some()))
    }

    /// Whether sign-in asks for a TOTP code (looked up only when asked for).
    async fn totp_enabled(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        super::context::state(ctx)
            .two_factor
            .is_enabled(self.user_id)
            .await
            .gql(ctx)
    }

    /// How many passkeys the account has (looked up only when asked for). With one, a password
    /// sign-in asks for a second factor.
    async fn passkey_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i32> {
        let n = super::context::state(ctx)
            .passkeys
            .count(self.user_id)
            .await
            .gql(ctx)?;
        Ok(i32::try_from(n).unwrap_or(i32::MAX))
    }

    /// The account's security events, newest first (first: 0–100). Readable by the user
    /// themselves and by admins; anyone else gets FORBIDDEN.
    async fn security_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 20)] first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<super::audit::SecurityEventConnection> {
        let p = super::context::principal(ctx)?;
        let log = super::context::state(ctx)
            .audit
            .log_for(p.user_id, self.user_id)
            .await
            .gql(ctx)?;
        super::audit::connection(ctx, log, first, after.as_deref()).await
    }
}

impl From<Account> for User {
    fn from(u: Account) -> Self {
        Self {
            id: ID(u.id.to_string()),
            disabled: u.is_disabled(),
            email: u.email.as_str().to_owned(),
            username: u.username.as_str().to_owned(),
            email_verified: u.email_verified,
            role: u.role.into(),
            created_at: DateTime(u.created_at),
            user_id: u.id,
        }
    }
}

/// A signed-in device: one refresh-token family.
#[derive(SimpleObject, Clone, Debug)]
pub struct Session {
    pub id: ID,
    pub created_at: DateTime,
    pub last_used_at: DateTime,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
    /// True for the session of the access token used for this request.
    pub current: bool,
}

impl Session {
    pub fn new(s: SessionInfo, current: SessionId) -> Self {
        Self {
            id: ID(s.id.to_string()),
            created_at: DateTime(s.created_at),
            last_used_at: DateTime(s.last_used_at),
            user_agent: s.user_agent,
            ip: s.ip,
            current: s.id == current,
        }
    }
}

#[derive(SimpleObject, Clone)]
pub struct AuthPayload {
    /// Short-lived JWT for the Authorization: Bearer header.
    pub access_token: String,
    /// Opaque, single-use: each refresh returns a new one and retires this one.
    pub refresh_token: String,
    /// Always "Bearer".
    pub token_type: String,
    /// Seconds until accessToken expires.
    pub expires_in: i32,
    pub user: User,
    /// Set after a sign-in: keep it on this device and send it with later logins (LoginInput.deviceToken).
    pub device_token: Option<String>,
}

impl std::fmt::Debug for AuthPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthPayload")
            .field("user", &self.user.id)
            .finish_non_exhaustive()
    }
}

impl From<IssuedTokens> for AuthPayload {
    fn from(t: IssuedTokens) -> Self {
        Self {
            access_token: t.access_token.expose_secret().to_owned(),
            refresh_token: t.refresh_token.expose_secret().to_owned(),
            token_type: "Bearer".to_owned(),
            expires_in: i32::try_from(t.expires_in).unwrap_or(i32::MAX),
            user: t.user.into(),
            device_token: t.device_token.map(|d| d.expose_secret().to_owned()),
        }
    }
}

#[derive(SimpleObject, Clone)]
pub struct TotpEnrollment {
    /// Base32 secret, for manual entry.
    pub secret: String,
    /// otpauth://totp/... URI for authenticator apps.
    pub otpauth_url: String,
    /// data:image/png;base64,... QR code of otpauthUrl.
    pub qr_code_data_url: String,
}

impl std::fmt::Debug for TotpEnrollment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpEnrollment([redacted])")
    }
}

/// Password was right, but the account has TOTP: finish with verifyTotp. (Also after a
/// provider, and when the account has a passkey: then finishPasskeySecondFactor meets it too.)
#[derive(SimpleObject, Clone)]
pub struct MfaChallenge {
    pub mfa_token: String,
    pub expires_in: i32,
    /// What can meet this challenge: TOTP (verifyTotp with a code), PASSKEY
    /// (startPasskeySecondFactor, then finishPasskeySecondFactor), RECOVERY_CODE (verifyTotp
    /// with one of the unused codes).
    pub methods: Vec<SecondFactorMethod>,
}

/// A second factor that can meet an MfaChallenge.
#[derive(async_graphql::Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum SecondFactorMethod {
    Totp,
    Passkey,
    RecoveryCode,
}

impl SecondFactorMethod {
    pub fn of(factors: crate::services::two_factor::SecondFactors) -> Vec<Self> {
        [
            (factors.totp, Self::Totp),
            (factors.passkey, Self::Passkey),
            (factors.recovery_code, Self::RecoveryCode),
        ]
        .into_iter()
        .filter_map(|(has, method)| has.then_some(method))
        .collect()
    }
}

/// A provider sign-in whose verified address belongs to an existing account: nothing was
/// linked. Prove that account with confirmProviderLink (its password, or a session of it with a
/// recent authentication) to link the provider account and sign in.
#[derive(SimpleObject, Clone)]
pub struct LinkRequired {
    pub link_token: String,
    /// The provider's id (SignInProvider.id).
    pub provider: ID,
    /// The address, verified by the provider, that the account has.
    pub email: String,
    pub expires_in: i32,
}

impl std::fmt::Debug for LinkRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkRequired")
            .field("provider", &self.provider)
            .finish_non_exhaustive()
    }
}

/// A provider sign-in whose provider account has no verified email address: nothing was made.
/// Ask the user for an address and send it with requestProviderSignUp; the account is made when
/// the link mailed there is opened (confirmProviderSignUp).
#[derive(SimpleObject, Clone)]
pub struct EmailRequired {
    pub sign_up_token: String,
    /// The provider's id (SignInProvider.id).
    pub provider: ID,
    /// The address the provider gave, if any, unverified: a suggestion for the form.
    pub email: Option<String>,
    pub expires_in: i32,
}

impl std::fmt::Debug for EmailRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmailRequired")
            .field("provider", &self.provider)
            .finish_non_exhaustive()
    }
}

#[derive(Union, Clone)]
pub enum LoginResult {
    AuthPayload(AuthPayload),
    MfaChallenge(MfaChallenge),
    LinkRequired(LinkRequired),
    EmailRequired(EmailRequired),
}

#[derive(InputObject)]
pub struct RegisterInput {
    pub email: String,
    pub username: String,
    #[graphql(secret)]
    pub password: String,
}

#[derive(InputObject)]
pub struct LoginInput {
    /// Username or email.
    pub login: String,
    #[graphql(secret)]
    pub password: String,
    /// From an earlier successful sign-in on this device: failures from other clients do not lock it out.
    #[graphql(secret)]
    pub device_token: Option<String>,
}
