//! A session's life: signing in (issuing a token pair), refresh-token rotation with reuse
//! detection, reissuing after a password change, logout, listing and revoking.

use std::sync::Arc;
use std::time::Duration;

use entity::{refresh_token, session};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, Insert, PaginatorTrait, QueryFilter, QueryOrder,
    QueryTrait, Set, Statement, UpdateMany,
};
use secrecy::SecretString;
use uuid::Uuid;

use super::authentication::Authenticator;
use crate::auth::jwt::{AccessClaims, Rejection, TokenKeys};
use crate::auth::opaque::{self, SuccessorKey};
use crate::clock::{Clock, MICROS_PER_SEC, Micros, micros};
use crate::domain::{Account, EventKind, SessionId, SessionInfo, UserId};
use crate::error::AppError;
use crate::services::ClientInfo;
use crate::services::audit::{Audit, AuditEvent};
use crate::services::devices::{DeviceId, Devices};
use crate::services::principal::Principal;
use crate::store::sessions::{self as revocation, Which};
use crate::store::users;
use crate::store::write_gate::WriteGate;

/// A fresh token pair. `Debug` is redacted: both tokens are credentials.
pub struct IssuedTokens {
    pub access_token: SecretString,
    pub refresh_token: SecretString,
    pub expires_in: i64,
    pub user: Account,
    /// Set after a sign-in or a new proof of credentials: the device's token for later logins.
    pub device_token: Option<SecretString>,
}

impl std::fmt::Debug for IssuedTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedTokens")
            .field("user_id", &self.user.id)
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

/// The device token a new session's device ends up with.
#[derive(Debug)]
pub enum DeviceGrant {
    /// The live token the sign-in presented: the device keeps it.
    Keep(SecretString),
    /// A new one; `replacing` (a token the sign-in named but whose value is not at hand, as in
    /// the second-factor step) goes.
    New { replacing: Option<DeviceId> },
}

/// How the user proved who they are, carried in `amr` and `aal` (RFC 8176, NIST SP 800-63B).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Password,
    PasswordAndTotp,
    PasswordAndRecoveryCode,
    /// A sign-in provider (OpenID Connect, GitHub, Facebook) proved the first factor: "fed".
    Provider,
    ProviderAndTotp,
    ProviderAndRecoveryCode,
    /// A passkey with user verification: possession of the key and the user's PIN or
    /// biometrics, two factors in one ("hwk user" in RFC 8176's words: a hardware-secured key
    /// and a user gesture it verified).
    Passkey,
    /// A password, then a passkey as the second factor.
    PasswordAndPasskey,
    /// A provider, then a passkey as the second factor.
    ProviderAndPasskey,
}

impl AuthMethod {
    /// Space-separated `amr` values, as stored on the session.
    pub fn amr(self) -> &'static str {
        match self {
            Self::Password => "pwd",
            Self::PasswordAndTotp => "pwd totp",
            Self::PasswordAndRecoveryCode => "pwd recovery",
            Self::Provider => "fed",
            Self::ProviderAndTotp => "fed totp",
            Self::ProviderAndRecoveryCode => "fed recovery",
            Self::Passkey => "hwk user",
            Self::PasswordAndPasskey => "pwd hwk user",
            Self::ProviderAndPasskey => "fed hwk user",
        }
    }
}

/// The assurance level a session's `amr` gives: two factors make `aal2`.
fn aal(amr: &str) -> &'static str {
    if amr.split_whitespace().count() >= 2 {
        "aal2"
    } else {
        "aal1"
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoutScope {
    Local,
    Others,
    Global,
}

/// Where the client keeps its refresh token: in the request body (apps), or in an HttpOnly
/// cookie that the browser's tabs share (cookie sessions), which has its own reuse grace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenCarrier {
    Body,
    Cookie,
}

#[derive(Debug, Clone)]
pub struct SessionSettings {
    pub access_token_ttl: Duration,
    pub refresh_token_ttl: Duration,
    pub max_lifetime: Duration,
    pub reuse_grace: Duration,
    pub cookie_reuse_grace: Duration,
    pub state_cache_ttl: Duration,
}

impl SessionSettings {
    fn grace(&self, carrier: TokenCarrier) -> Duration {
        match carrier {
            TokenCarrier::Body => self.reuse_grace,
            TokenCarrier::Cookie => self.cookie_reuse_grace,
        }
    }
}

#[derive(Clone)]
pub struct Sessions {
    db: DatabaseConnection,
    keys: Arc<TokenKeys>,
    successor_key: SuccessorKey,
    clock: Arc<dyn Clock>,
    settings: SessionSettings,
    auth: Authenticator,
    audit: Audit,
    devices: Devices,
    writes: WriteGate,
}

impl Sessions {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        keys: Arc<TokenKeys>,
        successor_key: SuccessorKey,
        clock: Arc<dyn Clock>,
        settings: SessionSettings,
        audit: Audit,
        devices: Devices,
        writes: WriteGate,
    ) -> Self {
        let auth = Authenticator::new(
            db.clone(),
            keys.clone(),
            clock.clone(),
            settings.state_cache_ttl,
        );
        Self {
            db,
            keys,
            successor_key,
            clock,
            settings,
            auth,
            audit,
            devices,
            writes,
        }
    }

    /// The per-request check of access tokens, sharing this instance's session cache.
    pub fn authenticator(&self) -> &Authenticator {
        &self.auth
    }

    /// Verifies a bearer token and that its session is still live.
    pub async fn authenticate(&self, bearer: &str) -> Result<Principal, Rejection> {
        self.auth.authenticate(bearer).await
    }

    /// Opens a session for `user` and issues its first token pair.
    /// The device keeps the live device token it presented, or gets a new one.
    pub async fn start(
        &self,
        user: Account,
        method: AuthMethod,
        client: &ClientInfo,
        device: DeviceGrant,
    ) -> Result<IssuedTokens, AppError> {
        self.open(user, method, client, device, None).await
    }

    /// A sign-in succeeded: [`Sessions::start`], with its `SIGN_IN_SUCCEEDED` event and
    /// `ending` (what ends the account's streak of failed attempts: `Credentials::signed_in`)
    /// in the same transaction.
    pub async fn sign_in(
        &self,
        user: Account,
        method: AuthMethod,
        client: &ClientInfo,
        device: DeviceGrant,
        ending: Vec<Statement>,
    ) -> Result<IssuedTokens, AppError> {
        self.open(user, method, client, device, Some(ending)).await
    }

    /// The session, its refresh token, the device token (and for a sign-in its event and
    /// `signed_in`'s statements) are one transaction: on a SQLite file one hand-off to the
    /// writer (`store::write_gate`).
    async fn open(
        &self,
        user: Account,
        method: AuthMethod,
        client: &ClientInfo,
        device: DeviceGrant,
        signed_in: Option<Vec<Statement>>,
    ) -> Result<IssuedTokens, AppError> {
        // Callers check this too; here it also covers a second factor finished after the
        // account was disabled.
        if user.is_disabled() {
            return Err(AppError::Forbidden);
        }
        let backend = self.writes.backend();
        let now = self.clock.now_micros();
        let session = session::Model {
            id: SessionId::generate().uuid(),
            user_id: user.id.uuid(),
            created_at: now,
            last_used_at: now,
            expires_at: now.saturating_add(micros(self.settings.max_lifetime)),
            revoked_at: None,
            user_agent: client.user_agent.clone(),
            ip: client.ip.clone(),
            amr: method.amr().to_owned(),
            auth_time: Some(now),
        };
        let refresh = opaque::issue();
        let mut statements = vec![
            Insert::one(session::ActiveModel::from(session.clone())).build(backend),
            Insert::one(self.refresh_token_row(&session, refresh.hash, now)).build(backend),
        ];
        let device_token = match device {
            DeviceGrant::Keep(token) => token,
            DeviceGrant::New { replacing } => {
                let (token, writes) = self.devices.issue_statements(backend, user.id, replacing);
                statements.extend(writes);
                token
            }
        };
        let signing_in = signed_in.is_some();
        if let Some(ending) = signed_in {
            let event = AuditEvent::SignInSucceeded { amr: method.amr() };
            let row = self.audit.row(event, Some(user.id), client);
            statements.push(Insert::one(row).build(backend));
            statements.extend(ending);
        }
        self.writes.all(statements).await?;
        if signing_in {
            self.audit.committed(EventKind::SignInSucceeded).await;
        }
        let mut tokens = self.tokens(user, &session, refresh.token)?;
        tokens.device_token = Some(device_token);
        Ok(tokens)
    }

    /// Rotates `presented`: retires it and returns a new pair in the same session. A token that
    /// was already retired is reuse — the session ends — unless the grace window allows it, in
    /// which case the caller gets the same successor as the first request (derived from the
    /// presented token), so a session never has two live branches.
    #[tracing::instrument(skip_all)]
    pub async fn refresh(
        &self,
        presented: &SecretString,
        client: &ClientInfo,
        carrier: TokenCarrier,
    ) -> Result<IssuedTokens, AppError> {
        let grace = self.settings.grace(carrier);
        let now = self.clock.now_micros();
        let hash = opaque::hash_presented(presented);
        let Some((token, Some(session))) = refresh_token::Entity::find()
            .filter(refresh_token::Column::TokenHash.eq(hash))
            .find_also_related(session::Entity)
            .one(&self.db)
            .await?
        else {
            return Err(AppError::InvalidToken);
        };
        if session.revoked_at.is_some() || session.expires_at <= now || token.expires_at <= now {
            return Err(AppError::InvalidToken);
        }

        let successor = self.successor_key.successor(presented);
        let retired_at = match token.retired_at {
            None => {
                // Stamped at the swap itself, so that a request that began before it can tell
                // it was racing this one rather than replaying a token retired earlier.
                let swapped_at = self.clock.now_micros();
                let backend = self.writes.backend();
                let retire = refresh_token::Entity::update_many()
                    .col_expr(refresh_token::Column::RetiredAt, Expr::value(swapped_at))
                    .filter(refresh_token::Column::Id.eq(token.id))
                    .filter(refresh_token::Column::RetiredAt.is_null())
                    .build(backend);
                let add = Insert::one(self.refresh_token_row(
                    &session,
                    successor.hash.clone(),
                    swapped_at,
                ))
                .build(backend);
                let touch = touch_statement(&session, client, swapped_at).build(backend);
                // The swap and the successor commit together (one write transaction per
                // refresh): whoever sees the token retired (a racing request waits for the row
                // or the turn until then) also finds its successor.
                if self.writes.if_one_row(retire, vec![add, touch]).await? {
                    return self.issue_next(&session, successor.token).await;
                }
                // A concurrent refresh of the same token retired it first: this one loses. It is
                // not treated as theft (the winner's pair stays valid) unless grace applies.
                if grace.is_zero() {
                    return Err(AppError::InvalidToken);
                }
                now
            }
            Some(at) => at,
        };

        if self.within_grace(&token, grace, retired_at, now).await? {
            // The successor the first request got, if it is still the session's live token. A
            // token retired otherwise (by `reissue`, or rotated before successors were derived)
            // has none: refused, but not as theft, since it is within the grace.
            let live_successor = refresh_token::Entity::find()
                .filter(refresh_token::Column::TokenHash.eq(successor.hash))
                .filter(refresh_token::Column::SessionId.eq(session.id))
                .filter(refresh_token::Column::RetiredAt.is_null())
                .filter(refresh_token::Column::ExpiresAt.gt(now))
                .one(&self.db)
                .await?;
            if live_successor.is_none() {
                return Err(AppError::InvalidToken);
            }
            return self
                .continue_session(&session, client, now, successor.token)
                .await;
        }
        // Retired after this request began: it raced the winning refresh and lost. That is not a
        // replay (nobody could have held the new token yet), so the winner's session stays.
        if retired_at > now {
            return Err(AppError::InvalidToken);
        }
        tracing::warn!(
            session_id = %session.id,
            user_id = %session.user_id,
            "refresh token reuse detected: session revoked"
        );
        let (user_id, session_id) = (UserId::from(session.user_id), SessionId::from(session.id));
        self.end(user_id, Which::Only(session_id), now).await?;
        self.audit
            .record(
                AuditEvent::RefreshTokenReused { session_id },
                Some(user_id),
                client,
            )
            .await?;
        Err(AppError::InvalidToken)
    }

    /// The immediately retired token may be replayed during the grace window (browser tabs racing
    /// on one token): only if no later token of the session has been retired since.
    async fn within_grace(
        &self,
        token: &refresh_token::Model,
        grace: Duration,
        retired_at: Micros,
        now: Micros,
    ) -> Result<bool, AppError> {
        let grace = micros(grace);
        if grace == 0 || now - retired_at > grace {
            return Ok(false);
        }
        let later = refresh_token::Entity::find()
            .filter(refresh_token::Column::SessionId.eq(token.session_id))
            // Not the token itself: a request that lost the race to retire it passes its own
            // start time, which may precede the winner's stamp.
            .filter(refresh_token::Column::Id.ne(token.id))
            .filter(refresh_token::Column::RetiredAt.gt(retired_at))
            .count(&self.db)
            .await?;
        Ok(later == 0)
    }

    /// Issues the next pair of a live session after a successful rotation, with `refresh_token`
    /// (already stored) as its refresh token.
    async fn continue_session(
        &self,
        session: &session::Model,
        client: &ClientInfo,
        now: Micros,
        refresh_token: SecretString,
    ) -> Result<IssuedTokens, AppError> {
        touch_statement(session, client, now).exec(&self.db).await?;
        self.issue_next(session, refresh_token).await
    }

    /// The pair after a rotation that is already stored. If the session is revoked meanwhile, the
    /// new pair is refused at its first use like any other token of a revoked session.
    async fn issue_next(
        &self,
        session: &session::Model,
        refresh_token: SecretString,
    ) -> Result<IssuedTokens, AppError> {
        let user = users::get(&self.db, session.user_id.into(), AppError::InvalidToken).await?;
        // Disabling revokes the sessions; this also covers one opened at that very moment.
        if user.is_disabled() {
            return Err(AppError::InvalidToken);
        }
        self.tokens(user, session, refresh_token)
    }

    /// Retires every refresh token of the caller's session and issues a new pair in it, after
    /// the user proved a credential again (`reauthenticate`, a password change): the session
    /// records the proof, and the new access token carries it as `auth_time`. Older tokens of
    /// the session keep their own `auth_time`.
    pub async fn reissue(
        &self,
        principal: &Principal,
        user: Account,
    ) -> Result<IssuedTokens, AppError> {
        let now = self.clock.now_micros();
        let Some(mut session) = session::Entity::find_by_id(principal.session_id.uuid())
            .filter(session::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Err(AppError::Unauthenticated);
        };
        let backend = self.writes.backend();
        let proved = session::Entity::update_many()
            .col_expr(session::Column::AuthTime, Expr::value(now))
            .filter(session::Column::Id.eq(session.id))
            .filter(session::Column::RevokedAt.is_null())
            .build(backend);
        let issued = opaque::issue();
        let mut then = vec![
            refresh_token::Entity::update_many()
                .col_expr(refresh_token::Column::RetiredAt, Expr::value(now))
                .filter(refresh_token::Column::SessionId.eq(session.id))
                .filter(refresh_token::Column::RetiredAt.is_null())
                .build(backend),
            Insert::one(self.refresh_token_row(&session, issued.hash, now)).build(backend),
        ];
        let (device_token, writes) = self.devices.issue_statements(backend, user.id, None);
        then.extend(writes);
        // One transaction, written only while the session is live (revoked meanwhile: nothing),
        // so a failure halfway never leaves its tokens retired with no successor.
        if !self.writes.if_one_row(proved, then).await? {
            return Err(AppError::Unauthenticated);
        }
        session.auth_time = Some(now);
        let mut tokens = self.tokens(user, &session, issued.token)?;
        tokens.device_token = Some(device_token);
        Ok(tokens)
    }

    /// A new live refresh token of `session`, stored as `hash`.
    fn refresh_token_row(
        &self,
        session: &session::Model,
        hash: String,
        now: Micros,
    ) -> refresh_token::ActiveModel {
        // A refresh token never outlives its session.
        let expires_at = now
            .saturating_add(micros(self.settings.refresh_token_ttl))
            .min(session.expires_at);
        refresh_token::ActiveModel {
            id: Set(Uuid::now_v7()),
            session_id: Set(session.id),
            token_hash: Set(hash),
            created_at: Set(now),
            expires_at: Set(expires_at),
            retired_at: Set(None),
        }
    }

    fn tokens(
        &self,
        user: Account,
        session: &session::Model,
        refresh_token: SecretString,
    ) -> Result<IssuedTokens, AppError> {
        let now = self.clock.now_secs();
        let ttl = i64::try_from(self.settings.access_token_ttl.as_secs()).unwrap_or(900);
        let claims = AccessClaims {
            iss: self.keys.issuer().to_owned(),
            sub: user.id.to_string(),
            aud: self.keys.audience().to_owned(),
            exp: now + ttl,
            nbf: now,
            iat: now,
            jti: Uuid::new_v4().to_string(),
            sid: session.id.to_string(),
            role: user.role.as_str().to_owned(),
            amr: session.amr.split_whitespace().map(str::to_owned).collect(),
            aal: aal(&session.amr).to_owned(),
            auth_time: session.auth_time.map(|t| t.div_euclid(MICROS_PER_SEC)),
        };
        let access_token = self.keys.sign(&claims).map_err(AppError::internal)?;
        Ok(IssuedTokens {
            access_token: SecretString::from(access_token),
            refresh_token,
            expires_in: ttl,
            user,
            device_token: None,
        })
    }

    pub async fn logout(&self, principal: &Principal, scope: LogoutScope) -> Result<(), AppError> {
        let which = match scope {
            LogoutScope::Local => Which::Only(principal.session_id),
            LogoutScope::Others => Which::AllBut(principal.session_id),
            LogoutScope::Global => Which::All,
        };
        self.end(principal.user_id, which, self.clock.now_micros())
            .await?;
        Ok(())
    }

    /// Logout for a browser whose access token has expired: the live refresh token in its cookie
    /// stands for the session (it could be refreshed and then logged out anyway). A token that is
    /// unknown, retired or expired ends nothing; the caller clears the cookies all the same.
    /// Returns whether a session was found.
    pub async fn logout_by_refresh_token(
        &self,
        presented: &SecretString,
        scope: LogoutScope,
    ) -> Result<bool, AppError> {
        let now = self.clock.now_micros();
        let Some((token, Some(session))) = refresh_token::Entity::find()
            .filter(refresh_token::Column::TokenHash.eq(opaque::hash_presented(presented)))
            .find_also_related(session::Entity)
            .one(&self.db)
            .await?
        else {
            return Ok(false);
        };
        if token.retired_at.is_some()
            || token.expires_at <= now
            || session.revoked_at.is_some()
            || session.expires_at <= now
        {
            return Ok(false);
        }
        let (user_id, session_id) = (UserId::from(session.user_id), SessionId::from(session.id));
        let which = match scope {
            LogoutScope::Local => Which::Only(session_id),
            LogoutScope::Others => Which::AllBut(session_id),
            LogoutScope::Global => Which::All,
        };
        self.end(user_id, which, now).await?;
        Ok(true)
    }

    /// Ends every session of `user_id` except `except` (password changes and resets).
    pub async fn end_all(
        &self,
        user_id: UserId,
        except: Option<SessionId>,
    ) -> Result<(), AppError> {
        let which = except.map_or(Which::All, Which::AllBut);
        self.end(user_id, which, self.clock.now_micros()).await?;
        Ok(())
    }

    /// Revokes one of the caller's sessions; someone else's or an unknown id is NOT_FOUND.
    pub async fn revoke(
        &self,
        principal: &Principal,
        session_id: SessionId,
    ) -> Result<(), AppError> {
        let ended = self
            .end(
                principal.user_id,
                Which::Only(session_id),
                self.clock.now_micros(),
            )
            .await?;
        if ended == 0 {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// Revokes the sessions `which` names and tells this instance's cache; returns how many.
    async fn end(&self, user_id: UserId, which: Which, now: Micros) -> Result<usize, AppError> {
        let ids = revocation::revoke(&self.db, user_id, which, now).await?;
        let count = ids.len();
        self.auth.forget(ids);
        Ok(count)
    }

    /// Tells this instance's cache that sessions ended in a transaction that has committed
    /// (admin revocations, account deletion).
    pub fn forget(&self, ids: impl IntoIterator<Item = SessionId>) {
        self.auth.forget(ids);
    }

    /// The user's live sessions, most recently used first.
    pub async fn list(&self, user_id: UserId) -> Result<Vec<SessionInfo>, AppError> {
        let now = self.clock.now_micros();
        let idle_limit = now - micros(self.settings.refresh_token_ttl);
        let rows = session::Entity::find()
            .filter(session::Column::UserId.eq(user_id.uuid()))
            .filter(session::Column::RevokedAt.is_null())
            .filter(session::Column::ExpiresAt.gt(now))
            .filter(session::Column::LastUsedAt.gt(idle_limit))
            .order_by_desc(session::Column::LastUsedAt)
            .order_by_desc(session::Column::Id)
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|s| SessionInfo {
                id: s.id.into(),
                created_at: s.created_at,
                last_used_at: s.last_used_at,
                user_agent: s.user_agent,
                ip: s.ip,
            })
            .collect())
    }
}

/// Records a use of the session: when, and from where.
fn touch_statement(
    session: &session::Model,
    client: &ClientInfo,
    now: Micros,
) -> UpdateMany<session::Entity> {
    session::Entity::update_many()
        .col_expr(session::Column::LastUsedAt, Expr::value(now))
        .col_expr(session::Column::Ip, Expr::value(client.ip.clone()))
        .col_expr(
            session::Column::UserAgent,
            Expr::value(client.user_agent.clone()),
        )
        .filter(session::Column::Id.eq(session.id))
}
