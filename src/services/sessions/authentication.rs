//! The per-request check: an access token's signature and claims (remembered by digest), then
//! whether its session is still live (remembered for a short while, by the injectable clock).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
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
    states: Option<Arc<StateCache>>,
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
        let states = (!state_ttl.is_zero()).then(|| Arc::new(StateCache::new(state_ttl)));
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
        if let Some(seen) = self.states.as_ref().and_then(|c| c.get(session_id))
            && (0..self.state_ttl).contains(&(now - seen.at))
        {
            return Ok(seen.state);
        }
        // Taken before the read: a revocation on this instance after it makes what we read
        // possibly stale, and then it is not remembered.
        let generation = self.states.as_deref().map(StateCache::generation);
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
        if let (Some(cache), Some(generation)) = (&self.states, generation) {
            cache.remember(session_id, Seen { state, at: now }, generation);
        }
        Ok(state)
    }

    /// Tells this instance's cache that sessions ended (in a change that has committed).
    pub fn forget(&self, ids: impl IntoIterator<Item = SessionId>) {
        if let Some(cache) = &self.states {
            cache.forget(ids, self.clock.now_micros());
        }
    }
}

/// Session states as this instance last saw them. A lookup reads the database, then remembers
/// what it read; a revocation on this instance can land in between, and the lookup's stale
/// `Live` must not then overwrite (or, if the entry was evicted meanwhile, replace) the `Ended`
/// mark, or the revoked session would be accepted again until the entry expires. Hence a
/// generation, bumped by every `forget` before it writes, that a lookup takes before its read
/// and checks when it writes; and writes to one key go through moka's per-key `compute`, so the
/// check and the write are atomic with respect to `forget`'s write of the same key.
struct StateCache {
    entries: moka::sync::Cache<SessionId, Seen>,
    generation: AtomicU64,
}

impl StateCache {
    fn new(ttl: Duration) -> Self {
        Self {
            entries: moka::sync::Cache::builder()
                .max_capacity(SESSION_STATES_CAPACITY)
                .time_to_live(ttl)
                .build(),
            generation: AtomicU64::new(0),
        }
    }

    fn get(&self, id: SessionId) -> Option<Seen> {
        self.entries.get(&id)
    }

    /// To be taken before reading a state from the database, and given to [`Self::remember`].
    fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Remembers what a lookup read, unless a revocation happened since `generation` was taken
    /// (what was read may predate it) or the session is already known to have ended (an ended
    /// session never comes back).
    fn remember(&self, id: SessionId, seen: Seen, generation: u64) {
        use moka::ops::compute::Op;
        self.entries.entry(id).and_compute_with(|existing| {
            let ended = existing.is_some_and(|e| e.value().state == SessionState::Ended);
            if ended || self.generation.load(Ordering::SeqCst) != generation {
                Op::Nop
            } else {
                Op::Put(seen)
            }
        });
    }

    fn forget(&self, ids: impl IntoIterator<Item = SessionId>, at: Micros) {
        // Bumped before the writes: a lookup that checks after this will not write, and one that
        // checked before wrote first, and is overwritten below.
        self.generation.fetch_add(1, Ordering::SeqCst);
        let ended = Seen {
            state: SessionState::Ended,
            at,
        };
        for id in ids {
            self.entries.entry(id).and_upsert_with(|_| ended);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(at: Micros) -> Seen {
        Seen {
            state: SessionState::Live {
                expires_at: at + 1_000_000,
            },
            at,
        }
    }

    #[test]
    fn a_lookup_that_raced_a_revocation_does_not_bring_the_session_back() {
        let cache = StateCache::new(Duration::from_secs(2));
        let id = SessionId::generate();
        // The lookup takes the generation and reads `Live` from the database...
        let generation = cache.generation();
        // ...the session is revoked on this instance and forgotten...
        cache.forget([id], 10);
        // ...and only then does the lookup write what it read.
        cache.remember(id, live(5), generation);
        assert_eq!(cache.get(id).map(|s| s.state), Some(SessionState::Ended));

        // Even if the `Ended` mark was evicted in between.
        let other = SessionId::generate();
        let generation = cache.generation();
        cache.forget([other], 10);
        cache.entries.invalidate(&other);
        cache.remember(other, live(5), generation);
        assert!(cache.get(other).is_none());
    }

    #[test]
    fn an_ended_session_is_never_overwritten_and_a_quiet_lookup_is_remembered() {
        let cache = StateCache::new(Duration::from_secs(2));
        let (ended, live_id) = (SessionId::generate(), SessionId::generate());
        cache.forget([ended], 1);
        cache.remember(ended, live(2), cache.generation());
        assert_eq!(cache.get(ended).map(|s| s.state), Some(SessionState::Ended));
        cache.remember(live_id, live(2), cache.generation());
        assert!(matches!(
            cache.get(live_id).map(|s| s.state),
            Some(SessionState::Live { .. })
        ));
        // A revocation that came after the lookup's write replaces it.
        cache.forget([live_id], 3);
        assert_eq!(
            cache.get(live_id).map(|s| s.state),
            Some(SessionState::Ended)
        );
    }
}
