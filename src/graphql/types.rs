//! GraphQL types, built from service results. Entities never derive GraphQL traits directly, so
//! the API is not welded to the tables.

use async_graphql::{
    ComplexObject, Context, Enum, ID, InputObject, InputValueError, InputValueResult, Scalar,
    ScalarType, SimpleObject, Union, Value,
};

use super::error::GqlResultExt;
use secrecy::ExposeSecret;

use crate::clock::{Micros, to_rfc3339};
use crate::domain::Role as DomainRole;
use crate::services::sessions::{IssuedTokens, LogoutScope as DomainLogoutScope};

/// RFC 3339 date-time in UTC, e.g. 2026-11-22T10:15:30Z
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime(pub Micros);

/// RFC 3339 date-time in UTC, e.g. 2026-11-22T10:15:30Z
#[Scalar(name = "DateTime")]
impl ScalarType for DateTime {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => chrono::DateTime::parse_from_rfc3339(s)
                .map(|d| DateTime(d.timestamp_micros()))
                .map_err(|_| InputValueError::custom("expected an RFC 3339 date-time")),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(to_rfc3339(self.0))
    }
}

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
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum Role {
    #[graphql(name = "USER")]
    User,
    #[graphql(name = "ADMIN")]
    Admin,
}

impl From<Role> for DomainRole {
    fn from(r: Role) -> Self {
        match r {
            Role::User => Self::User,
            Role::Admin => Self::Admin,
        }
    }
}

impl From<DomainRole> for Role {
    fn from(r: DomainRole) -> Self {
        match r {
            DomainRole::User => Self::User,
            DomainRole::Admin => Self::Admin,
        }
    }
}

/// Which sessions a logout ends.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
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

impl From<LogoutScope> for DomainLogoutScope {
    fn from(s: LogoutScope) -> Self {
        match s {
            LogoutScope::Local => Self::Local,
            LogoutScope::Others => Self::Others,
            LogoutScope::Global => Self::Global,
        }
    }
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
    pub uuid: uuid::Uuid,
}

#[ComplexObject]
impl User {
    /// Whether sign-in asks for a TOTP code (looked up only when asked for).
    async fn totp_enabled(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        super::context::state(ctx)
            .two_factor
            .is_enabled(self.uuid)
            .await
            .gql(ctx)
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
            .log_for(p.user_id, self.uuid)
            .await
            .gql(ctx)?;
        super::audit::connection(ctx, log, first, after.as_deref()).await
    }
}

impl From<entity::user::Model> for User {
    fn from(u: entity::user::Model) -> Self {
        Self {
            id: ID(u.id.to_string()),
            email: u.email,
            username: u.username,
            email_verified: u.email_verified,
            role: DomainRole::from_db(&u.role).into(),
            created_at: DateTime(u.created_at),
            disabled: u.disabled_at.is_some(),
            uuid: u.id,
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
    pub fn new(s: entity::session::Model, current: uuid::Uuid) -> Self {
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

/// Password was right, but the account has TOTP: finish with verifyTotp.
#[derive(SimpleObject, Clone)]
pub struct MfaChallenge {
    pub mfa_token: String,
    pub expires_in: i32,
}

#[derive(Union, Clone)]
pub enum LoginResult {
    AuthPayload(AuthPayload),
    MfaChallenge(MfaChallenge),
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
}

/// Parses an `ID` argument as a UUID; anything else is BAD_USER_INPUT naming the argument.
pub fn parse_id(field: &'static str, id: &ID) -> Result<uuid::Uuid, crate::AppError> {
    uuid::Uuid::parse_str(id.as_str())
        .map_err(|_| crate::AppError::bad_input(field, "Not a valid id."))
}
