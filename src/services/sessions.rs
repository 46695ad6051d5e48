//! Sessions: signing in (issuing a token pair), refresh-token rotation with reuse detection,
//! logout, listing and revoking, and the per-request check that an access token's session is
//! still live.

use std::sync::Arc;
use std::time::Duration;

use entity::{refresh_token, session, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use secrecy::SecretString;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::ClientInfo;
use super::audit::{Audit, AuditEvent};
use crate::auth::jwt::{AccessClaims, Rejection, TokenKeys};
use crate::auth::opaque;
use crate::clock::{Clock, MICROS_PER_SEC, Micros, micros};
use crate::domain::Role;
use crate::error::AppError;

/// A verified caller: the claims of a valid access token whose session is live.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: Uuid,
    pub session_id: Uuid,
    pub role: Role,
    /// The verified claims, shared with the verified-token cache (no copy per request).
    pub claims: Arc<AccessClaims>,
}

/// A fresh token pair. `Debug` is redacted: both tokens are credentials.
pub struct IssuedTokens {
    pub access_token: SecretString,
    pub refresh_token: SecretString,
    pub expires_in: i64,
    pub user: user::Model,
}

impl std::fmt::Debug for IssuedTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedTokens")
            .field("user_id", &self.user.id)
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

/// How the user proved who they are, carried in `amr` and `aal` (RFC 8176, NIST SP 800-63B).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Password,
    PasswordAndTotp,
    PasswordAndRecoveryCode,
}

impl AuthMethod {
    /// Space-separated `amr` values, as stored on the session.
    pub fn amr(self) -> &'static str {
        match self {
            Self::Password => "pwd",
            Self::PasswordAndTotp => "pwd totp",
            Self::PasswordAndRecoveryCode => "pwd recovery",
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SessionState {
    Live { expires_at: Micros },
    Ended,
}

#[derive(Debug, Clone)]
pub struct SessionSettings {
    pub access_token_ttl: Duration,
    pub refresh_token_ttl: Duration,
    pub max_lifetime: Duration,
    pub reuse_grace: Duration,
    pub state_cache_ttl: Duration,
}

#[derive(Clone)]
pub struct Sessions {
    db: DatabaseConnection,
    keys: Arc<TokenKeys>,
    clock: Arc<dyn Clock>,
    settings: SessionSettings,
    /// Session liveness by id. Entries live `state_cache_ttl` at most, so a revocation made by
    /// another instance is seen within that time; this instance's own revocations update it at once.
    states: Option<moka::sync::Cache<Uuid, SessionState>>,
    /// Access tokens whose signature and claims verified, by the SHA-256 of the token: a token
    /// seen again skips the signature check (42 µs for Ed25519, 240 µs for ES256) but not the
    /// time window, which is checked on every use, nor the session check that follows. Keyed by
    /// digest so that no token is kept and lookups compare digests, not secrets. The signing
    /// keys are fixed for the life of the process, so an entry cannot outlive its key.
    verified: moka::sync::Cache<[u8; 32], Arc<AccessClaims>>,
    audit: Audit,
}

/// Verified tokens remembered at most (about 1 KiB each).
const VERIFIED_TOKENS_CAPACITY: u64 = 10_000;
/// How long a verified token is remembered at most (its `exp` still applies on every use).
const VERIFIED_TOKENS_TTL: Duration = Duration::from_secs(300);

impl Sessions {
    pub fn new(
        db: DatabaseConnection,
        keys: Arc<TokenKeys>,
        clock: Arc<dyn Clock>,
        settings: SessionSettings,
        audit: Audit,
    ) -> Self {
        let states = (!settings.state_cache_ttl.is_zero()).then(|| {
            moka::sync::Cache::builder()
                .max_capacity(100_000)
                .time_to_live(settings.state_cache_ttl)
                .build()
        });
        let verified = moka::sync::Cache::builder()
            .max_capacity(VERIFIED_TOKENS_CAPACITY)
            .time_to_live(VERIFIED_TOKENS_TTL)
            .build();
        Self {
            db,
            keys,
            clock,
            settings,
            states,
            verified,
            audit,
        }
    }

    /// Opens a session for `user` and issues its first token pair.
    pub async fn start(
        &self,
        user: user::Model,
        method: AuthMethod,
        client: &ClientInfo,
    ) -> Result<IssuedTokens, AppError> {
        // Callers check this too; here it also covers a second factor finished after the
        // account was disabled.
        if user.disabled_at.is_some() {
            return Err(AppError::Forbidden);
        }
        let now = self.clock.now_micros();
        let session = session::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(user.id),
            created_at: Set(now),
            last_used_at: Set(now),
            expires_at: Set(now.saturating_add(micros(self.settings.max_lifetime))),
            revoked_at: Set(None),
            user_agent: Set(client.user_agent.clone()),
            ip: Set(client.ip.clone()),
            amr: Set(method.amr().to_owned()),
        }
        .insert(&self.db)
        .await?;
        let refresh_token = self.add_refresh_token(&session, now).await?;
        self.tokens(user, &session, refresh_token)
    }

    /// Rotates `presented`: retires it and returns a new pair in the same session. A token that
    /// was already retired is reuse — the session ends — unless the grace window allows it.
    #[tracing::instrument(skip_all)]
    pub async fn refresh(
        &self,
        presented: &SecretString,
        client: &ClientInfo,
    ) -> Result<IssuedTokens, AppError> {
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

        let retired_at = match token.retired_at {
            None => {
                // Stamped at the swap itself, so that a request that began before it can tell
                // it was racing this one rather than replaying a token retired earlier.
                let swapped_at = self.clock.now_micros();
                let won = refresh_token::Entity::update_many()
                    .col_expr(refresh_token::Column::RetiredAt, Expr::value(swapped_at))
                    .filter(refresh_token::Column::Id.eq(token.id))
                    .filter(refresh_token::Column::RetiredAt.is_null())
                    .exec(&self.db)
                    .await?
                    .rows_affected
                    == 1;
                if won {
                    return self.continue_session(&session, client, swapped_at).await;
                }
                // A concurrent refresh of the same token retired it first: this one loses. It is
                // not treated as theft (the winner's pair stays valid) unless grace applies.
                if self.settings.reuse_grace.is_zero() {
                    return Err(AppError::InvalidToken);
                }
                now
            }
            Some(at) => at,
        };

        if self.within_grace(&token, retired_at, now).await? {
            return self.continue_session(&session, client, now).await;
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
        self.end_sessions(session.user_id, Some(session.id), None, now)
            .await?;
        self.audit
            .record(
                AuditEvent::RefreshTokenReused {
                    session_id: session.id,
                },
                Some(session.user_id),
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
        retired_at: Micros,
        now: Micros,
    ) -> Result<bool, AppError> {
        let grace = micros(self.settings.reuse_grace);
        if grace == 0 || now - retired_at > grace {
            return Ok(false);
        }
        let later = refresh_token::Entity::find()
            .filter(refresh_token::Column::SessionId.eq(token.session_id))
            .filter(refresh_token::Column::RetiredAt.gt(retired_at))
            .count(&self.db)
            .await?;
        Ok(later == 0)
    }

    /// Issues the next pair of a live session after a successful rotation.
    async fn continue_session(
        &self,
        session: &session::Model,
        client: &ClientInfo,
        now: Micros,
    ) -> Result<IssuedTokens, AppError> {
        // The rotation already succeeded; if the session is revoked meanwhile, the new pair is
        // refused at its first use like any other token of a revoked session.
        session::Entity::update_many()
            .col_expr(session::Column::LastUsedAt, Expr::value(now))
            .col_expr(session::Column::Ip, Expr::value(client.ip.clone()))
            .col_expr(
                session::Column::UserAgent,
                Expr::value(client.user_agent.clone()),
            )
            .filter(session::Column::Id.eq(session.id))
            .exec(&self.db)
            .await?;
        let Some(user) = user::Entity::find_by_id(session.user_id)
            .one(&self.db)
            .await?
        else {
            return Err(AppError::InvalidToken);
        };
        // Disabling revokes the sessions; this also covers one opened at that very moment.
        if user.disabled_at.is_some() {
            return Err(AppError::InvalidToken);
        }
        let refresh_token = self.add_refresh_token(session, now).await?;
        self.tokens(user, session, refresh_token)
    }

    /// Retires every refresh token of the caller's session and issues a new pair in it (after a
    /// password change, for instance).
    pub async fn reissue(
        &self,
        principal: &Principal,
        user: user::Model,
    ) -> Result<IssuedTokens, AppError> {
        let now = self.clock.now_micros();
        let Some(session) = session::Entity::find_by_id(principal.session_id)
            .filter(session::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Err(AppError::Unauthenticated);
        };
        refresh_token::Entity::update_many()
            .col_expr(refresh_token::Column::RetiredAt, Expr::value(now))
            .filter(refresh_token::Column::SessionId.eq(session.id))
            .filter(refresh_token::Column::RetiredAt.is_null())
            .exec(&self.db)
            .await?;
        let refresh_token = self.add_refresh_token(&session, now).await?;
        self.tokens(user, &session, refresh_token)
    }

    async fn add_refresh_token(
        &self,
        session: &session::Model,
        now: Micros,
    ) -> Result<SecretString, AppError> {
        let issued = opaque::issue();
        // A refresh token never outlives its session.
        let expires_at = now
            .saturating_add(micros(self.settings.refresh_token_ttl))
            .min(session.expires_at);
        refresh_token::ActiveModel {
            id: Set(Uuid::now_v7()),
            session_id: Set(session.id),
            token_hash: Set(issued.hash),
            created_at: Set(now),
            expires_at: Set(expires_at),
            retired_at: Set(None),
        }
        .insert(&self.db)
        .await?;
        Ok(issued.token)
    }

    fn tokens(
        &self,
        user: user::Model,
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
            role: Role::from_db(&user.role).as_str().to_owned(),
            amr: session.amr.split_whitespace().map(str::to_owned).collect(),
            aal: aal(&session.amr).to_owned(),
        };
        let access_token = self.keys.sign(&claims).map_err(AppError::internal)?;
        Ok(IssuedTokens {
            access_token: SecretString::from(access_token),
            refresh_token,
            expires_in: ttl,
            user,
        })
    }

    /// Verifies a bearer token and that its session is still live.
    pub async fn authenticate(&self, bearer: &str) -> Result<Principal, Rejection> {
        let now = self.clock.now_micros();
        let claims = self.verified_claims(bearer, now.div_euclid(MICROS_PER_SEC))?;
        let (Ok(user_id), Ok(session_id)) =
            (Uuid::parse_str(&claims.sub), Uuid::parse_str(&claims.sid))
        else {
            return Err(Rejection::Invalid);
        };
        match self.session_state(session_id, user_id).await {
            Ok(SessionState::Live { expires_at }) if expires_at > now => {}
            Ok(_) => return Err(Rejection::Revoked),
            Err(err) => {
                tracing::error!(error = %err, "session lookup failed");
                return Err(Rejection::Unavailable);
            }
        }
        Ok(Principal {
            user_id,
            session_id,
            role: Role::from_db(&claims.role),
            claims,
        })
    }

    /// The claims of `bearer`, from the verified-token cache or by verifying it.
    fn verified_claims(&self, bearer: &str, now_secs: i64) -> Result<Arc<AccessClaims>, Rejection> {
        let digest: [u8; 32] = Sha256::digest(bearer.as_bytes()).into();
        if let Some(claims) = self.verified.get(&digest) {
            claims.check_window(now_secs)?;
            return Ok(claims);
        }
        let claims = Arc::new(self.keys.verify(bearer, now_secs)?);
        self.verified.insert(digest, claims.clone());
        Ok(claims)
    }

    async fn session_state(
        &self,
        session_id: Uuid,
        user_id: Uuid,
    ) -> Result<SessionState, AppError> {
        if let Some(state) = self.states.as_ref().and_then(|c| c.get(&session_id)) {
            return Ok(state);
        }
        // Joined with the user: a disabled (or deleted) account's tokens are refused even if a
        // session of it escaped revocation.
        let state = match session::Entity::find_by_id(session_id)
            .filter(session::Column::UserId.eq(user_id))
            .find_also_related(user::Entity)
            .one(&self.db)
            .await?
        {
            Some((s, Some(u))) if s.revoked_at.is_none() && u.disabled_at.is_none() => {
                SessionState::Live {
                    expires_at: s.expires_at,
                }
            }
            _ => SessionState::Ended,
        };
        if let Some(cache) = &self.states {
            cache.insert(session_id, state);
        }
        Ok(state)
    }

    pub async fn logout(&self, principal: &Principal, scope: LogoutScope) -> Result<(), AppError> {
        let now = self.clock.now_micros();
        match scope {
            LogoutScope::Local => {
                self.end_sessions(principal.user_id, Some(principal.session_id), None, now)
                    .await
            }
            LogoutScope::Others => {
                self.end_sessions(principal.user_id, None, Some(principal.session_id), now)
                    .await
            }
            LogoutScope::Global => self.end_sessions(principal.user_id, None, None, now).await,
        }
    }

    /// Ends every session of `user_id` except `except` (password changes and resets).
    pub async fn end_all(&self, user_id: Uuid, except: Option<Uuid>) -> Result<(), AppError> {
        let now = self.clock.now_micros();
        self.end_sessions(user_id, None, except, now).await
    }

    /// Revokes one of the caller's sessions; someone else's or an unknown id is NOT_FOUND.
    pub async fn revoke(&self, principal: &Principal, session_id: Uuid) -> Result<(), AppError> {
        let now = self.clock.now_micros();
        let revoked = session::Entity::update_many()
            .col_expr(session::Column::RevokedAt, Expr::value(now))
            .filter(session::Column::Id.eq(session_id))
            .filter(session::Column::UserId.eq(principal.user_id))
            .filter(session::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await?
            .rows_affected;
        if revoked == 0 {
            return Err(AppError::NotFound);
        }
        self.mark_ended([session_id]);
        Ok(())
    }

    /// Revokes the user's live sessions: one (`only`), all but one (`except`), or all.
    async fn end_sessions(
        &self,
        user_id: Uuid,
        only: Option<Uuid>,
        except: Option<Uuid>,
        now: Micros,
    ) -> Result<(), AppError> {
        let mut live = session::Entity::find()
            .filter(session::Column::UserId.eq(user_id))
            .filter(session::Column::RevokedAt.is_null());
        let mut update = session::Entity::update_many()
            .col_expr(session::Column::RevokedAt, Expr::value(now))
            .filter(session::Column::UserId.eq(user_id))
            .filter(session::Column::RevokedAt.is_null());
        if let Some(id) = only {
            live = live.filter(session::Column::Id.eq(id));
            update = update.filter(session::Column::Id.eq(id));
        }
        if let Some(id) = except {
            live = live.filter(session::Column::Id.ne(id));
            update = update.filter(session::Column::Id.ne(id));
        }
        let ids: Vec<Uuid> = live
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        update.exec(&self.db).await?;
        self.mark_ended(ids);
        Ok(())
    }

    /// Tells this instance's cache that sessions ended in a transaction that has committed
    /// (admin revocations, account deletion).
    pub fn forget(&self, ids: impl IntoIterator<Item = Uuid>) {
        self.mark_ended(ids);
    }

    fn mark_ended(&self, ids: impl IntoIterator<Item = Uuid>) {
        if let Some(cache) = &self.states {
            for id in ids {
                cache.insert(id, SessionState::Ended);
            }
        }
    }

    /// The user's live sessions, most recently used first.
    pub async fn list(&self, user_id: Uuid) -> Result<Vec<session::Model>, AppError> {
        let now = self.clock.now_micros();
        let idle_limit = now - micros(self.settings.refresh_token_ttl);
        Ok(session::Entity::find()
            .filter(session::Column::UserId.eq(user_id))
            .filter(session::Column::RevokedAt.is_null())
            .filter(session::Column::ExpiresAt.gt(now))
            .filter(session::Column::LastUsedAt.gt(idle_limit))
            .order_by_desc(session::Column::LastUsedAt)
            .order_by_desc(session::Column::Id)
            .all(&self.db)
            .await?)
    }
}
