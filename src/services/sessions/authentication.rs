//! The per-request check: an access token's signature and claims (remembered by digest), then
//! whether its session is still live (remembered for a short while, by the injectable clock).

use std::sync::Arc;
use std::time::Duration;

use entity::{session, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::auth::jwt::{AccessClaims, Rejection, TokenKeys};
use crate::clock::{Clock, MICROS_PER_SEC, Micros, micros};
use crate::domain::{Role, SessionId, UserId};
use crate::error::AppError;
use crate::services::principal::Principal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SessionState {
    Live { expires_at: Micros },
    Ended,
}

/// A session's state as this instance last saw it, and when (by the clock, not moka's timer,
/// so that tests moving the clock see entries expire).
#[derive(Debug, Clone, Copy)]
struct Seen {
    state: SessionState,
    at: Micros,
}

/// Verified tokens remembered at most (about 1 KiB each).
const VERIFIED_TOKENS_CAPACITY: u64 = 10_000;
/// How long a verified token is remembered at most (its `exp` still applies on every use).
const VERIFIED_TOKENS_TTL: Duration = Duration::from_secs(300);
/// Session states remembered at most.
const SESSION_STATES_CAPACITY: u64 = 100_000;

#[derive(Clone)]
pub struct Authenticator {
    db: DatabaseConnection,
    keys: Arc<TokenKeys>,
    clock: Arc<dyn Clock>,
    /// Session liveness by id. An entry counts for `state_ttl` at most, so a revocation made by
    /// another instance is seen within that time; this instance's own revocations update it at
    /// once. `None` when the TTL is zero (no cache).
    states: Option<moka::sync::Cache<SessionId, Seen>>,
    state_ttl: Micros,
    /// Access tokens whose signature and claims verified, by the SHA-256 of the token: a token
    /// seen again skips the signature check (42 µs for Ed25519, 240 µs for ES256) but not the
    /// time window, which is checked on every use, nor the session check that follows. Keyed by
    /// digest so that no token is kept and lookups compare digests, not secrets. The signing
    /// keys are fixed for the life of the process, so an entry cannot outlive its key.
    verified: moka::sync::Cache<[u8; 32], Arc<AccessClaims>>,
}

impl Authenticator {
    pub fn new(
        db: DatabaseConnection,
        keys: Arc<TokenKeys>,
        clock: Arc<dyn Clock>,
        state_ttl: Duration,
    ) -> Self {
        // moka's own expiry only bounds memory (it runs on real time); freshness is checked
        // against `clock` on every read.
        let states = (!state_ttl.is_zero()).then(|| {
            moka::sync::Cache::builder()
                .max_capacity(SESSION_STATES_CAPACITY)
                .time_to_live(state_ttl)
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
            states,
            state_ttl: micros(state_ttl),
            verified,
        }
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
        let (user_id, session_id) = (UserId::from(user_id), SessionId::from(session_id));
        match self.session_state(session_id, user_id, now).await {
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
        session_id: SessionId,
        user_id: UserId,
        now: Micros,
    ) -> Result<SessionState, AppError> {
        if let Some(seen) = self.states.as_ref().and_then(|c| c.get(&session_id))
            && (0..self.state_ttl).contains(&(now - seen.at))
        {
            return Ok(seen.state);
        }
        // Joined with the user: a disabled (or deleted) account's tokens are refused even if a
        // session of it escaped revocation.
        let state = match session::Entity::find_by_id(session_id.uuid())
            .filter(session::Column::UserId.eq(user_id.uuid()))
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
            cache.insert(session_id, Seen { state, at: now });
        }
        Ok(state)
    }

    /// Tells this instance's cache that sessions ended (in a change that has committed).
    pub fn forget(&self, ids: impl IntoIterator<Item = SessionId>) {
        if let Some(cache) = &self.states {
            let at = self.clock.now_micros();
            for id in ids {
                cache.insert(
                    id,
                    Seen {
                        state: SessionState::Ended,
                        at,
                    },
                );
            }
        }
    }
}
