//! Rate limits: per client address (in memory, governor) and per account or email address
//! (shared by every instance through the database, or Redis), plus the progressive slowdown of
//! failed sign-ins. Every refusal is `AppError::RateLimited` with the seconds to wait.
//!
//! Where each check goes:
//! - a GraphQL field that a client may call too often: `#[graphql(guard = "PerIp(IpRule::X)")]`
//!   (see `graphql::limits`), or `RateLimits::check_ip` from any other entry point;
//! - a request about one account or address (an email sent): `RateLimits::check`;
//! - a password or second-factor code: `services::credentials`, which calls `sign_in_attempt`
//!   before checking the secret, then `sign_in_failed` or `sign_in_succeeded`, and
//!   `sign_in_completed` when the whole sign-in succeeds;
//!   `forget_failed_sign_ins` after a password reset.

mod ip;
pub mod rules;
mod store;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use crate::domain::UserId;
use crate::store::local_reads::Reads;
use sea_orm::{DatabaseBackend, Statement};
use sha2::{Digest, Sha256};

use self::ip::IpLimiters;
pub use self::rules::{AccountRule, IpRule, Limit, RateLimitConfig};
use self::store::{Store, Window};
use super::ClientInfo;
use crate::clock::{Clock, MICROS_PER_SEC, Micros, micros};
use crate::error::AppError;

/// Who a sign-in attempt is for: the account when the login names one, else the login as typed
/// (so that unknown logins are slowed down exactly like real ones and reveal nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignInKey {
    User(UserId),
    UnknownLogin(String),
    /// A passkey's assertions, by the SHA-256 of its credential id (known or not).
    Passkey(String),
}

impl SignInKey {
    fn subject(&self) -> String {
        match self {
            SignInKey::User(id) => format!("user:{id}"),
            SignInKey::UnknownLogin(login) => format!("login:{}", login.trim().to_lowercase()),
            SignInKey::Passkey(hash) => format!("passkey:{hash}"),
        }
    }
}

/// What `sign_in_attempt` counted, for settling the attempt once it was checked.
#[derive(Debug, Clone, Copy, Default)]
#[must_use = "settle the attempt with sign_in_failed or sign_in_succeeded"]
pub struct SignInRecord {
    /// When our count moved the streak's window to, and where it was before (None: not
    /// counted).
    counted: Option<(Micros, Micros)>,
}

#[derive(Clone)]
pub struct RateLimits {
    inner: Arc<Inner>,
}

struct Inner {
    config: RateLimitConfig,
    clock: Arc<dyn Clock>,
    ip: IpLimiters,
    store: Store,
    /// The longest shared window: older counters are purged.
    retention: Micros,
    last_purge: AtomicI64,
}

/// How often an instance deletes expired counters from the database.
const PURGE_EVERY: Micros = 10 * 60 * MICROS_PER_SEC;

impl RateLimits {
    /// Counters shared through the database (read through `reads`: on a SQLite file, on the
    /// calling thread).
    pub fn new(config: RateLimitConfig, reads: Reads, clock: Arc<dyn Clock>) -> Self {
        Self::with_store(config, Store::Database(reads), clock)
    }

    /// Counters shared through Redis.
    pub async fn with_redis(
        config: RateLimitConfig,
        redis_url: &str,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, redis::RedisError> {
        Ok(Self::with_store(
            config,
            Store::redis(redis_url).await?,
            clock,
        ))
    }

    fn with_store(config: RateLimitConfig, store: Store, clock: Arc<dyn Clock>) -> Self {
        let ip = IpLimiters::new(
            IpRule::ALL
                .iter()
                .filter_map(|r| config.ip_limit(*r).map(|l| (*r, l))),
            clock.clone(),
        );
        let retention = config
            .per_account
            .iter()
            .filter_map(|(_, l)| *l)
            .chain(config.failed_logins)
            .chain(config.slowdown)
            .map(|l| micros(l.period))
            .max()
            .unwrap_or(0);
        Self {
            inner: Arc::new(Inner {
                last_purge: AtomicI64::new(clock.now_micros()),
                config,
                clock,
                ip,
                store,
                retention,
            }),
        }
    }

    pub fn config(&self) -> &RateLimitConfig {
        &self.inner.config
    }

    /// Counts one request from the client's address under `rule`.
    pub fn check_ip(&self, rule: IpRule, client: &ClientInfo) -> Result<(), AppError> {
        let addr = client
            .addr
            .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
        self.inner.ip.check(rule, addr).map_err(|wait| {
            // Debug only: a flood of refusals must not become a flood of log lines.
            tracing::debug!(?rule, "rate limited (per address)");
            limited(wait)
        })
    }

    /// Counts one request about `subject` (a user id, or a normalised email address) under
    /// `rule`, on every instance together.
    pub async fn check(&self, rule: AccountRule, subject: &str) -> Result<(), AppError> {
        let Some(limit) = self.inner.config.account_limit(rule) else {
            return Ok(());
        };
        let now = self.inner.clock.now_micros();
        let bucket = bucket_name(rule.bucket_prefix(), subject);
        let period = micros(limit.period);
        let counted = self
            .inner
            .store
            .hit(&bucket, now, period, Window::Fixed)
            .await?;
        self.purge_now_and_then(now);
        if counted.hits > i64::from(limit.count.get()) {
            tracing::info!(?rule, "rate limited (per account)");
            return Err(limited_until(counted.window_start + period, now));
        }
        Ok(())
    }

    /// Counts an attempt at a password or a second-factor code BEFORE it is checked, and
    /// refuses it (without checking) while the account is over its failed sign-ins or inside a
    /// slowdown. The count is one atomic upsert shared by every instance, so of N concurrent
    /// attempts at most the slowdown's threshold get through to the check; the others are
    /// refused and given back. Settle the attempt with `sign_in_failed` or `sign_in_succeeded`.
    pub async fn sign_in_attempt(&self, key: &SignInKey) -> Result<SignInRecord, AppError> {
        let config = &self.inner.config;
        if config.failed_logins.is_none() && config.slowdown.is_none() {
            return Ok(SignInRecord::default());
        }
        let subject = key.subject();
        let failures = bucket_name("fail", &subject);
        let streak = bucket_name("streak", &subject);
        let found = self.inner.store.get(&[&failures, &streak]).await?;
        let now = self.inner.clock.now_micros();
        if let (Some(limit), Some(b)) = (config.failed_logins, found[0]) {
            let end = b.window_start + micros(limit.period);
            if now < end && b.hits >= i64::from(limit.count.get()) {
                tracing::info!("sign-in refused: too many failures for this account");
                return Err(limited_until(end, now));
            }
        }
        let Some(slowdown) = config.slowdown else {
            return Ok(SignInRecord::default());
        };
        // A sliding window: `window_start` is the latest counted attempt.
        let before = found[1].filter(|b| now < b.window_start + micros(slowdown.period));
        if let Some(b) = before
            && let Some(delay) = slowdown_delay(b.hits, slowdown, config.slowdown_max)
        {
            let end = b.window_start + micros(delay);
            if now < end {
                tracing::info!(
                    failures = b.hits,
                    "sign-in refused: slowed down after failures"
                );
                return Err(limited_until(end, now));
            }
        }
        let counted = self
            .inner
            .store
            .hit(&streak, now, micros(slowdown.period), Window::Sliding)
            .await?;
        self.purge_now_and_then(now);
        // Our place among the attempts counted: within the threshold, or the one attempt that
        // the wait since the last counted one allows. Anyone else raced us past the limit.
        let allowed = counted.hits <= i64::from(slowdown.count.get())
            || before.is_some_and(|b| {
                slowdown_delay(counted.hits - 1, slowdown, config.slowdown_max)
                    .is_none_or(|delay| now >= b.window_start + micros(delay))
            });
        let previous = before.map_or(now, |b| b.window_start);
        if !allowed {
            self.inner
                .store
                .give_back(&streak, counted.window_start, previous)
                .await?;
            tracing::info!(
                attempts = counted.hits,
                "sign-in refused: concurrent attempts over the limit"
            );
            let wait = slowdown_delay(counted.hits - 1, slowdown, config.slowdown_max)
                .unwrap_or(rules::SLOWDOWN_FIRST_DELAY);
            return Err(limited(wait));
        }
        Ok(SignInRecord {
            counted: Some((counted.window_start, previous)),
        })
    }

    /// The secret was wrong: the attempt stays counted in the streak, and counts towards the
    /// account's failed sign-ins.
    pub async fn sign_in_failed(&self, key: &SignInKey) -> Result<(), AppError> {
        let config = &self.inner.config;
        let now = self.inner.clock.now_micros();
        if let Some(limit) = config.failed_logins {
            self.inner
                .store
                .hit(
                    &bucket_name("fail", &key.subject()),
                    now,
                    micros(limit.period),
                    Window::Fixed,
                )
                .await?;
        }
        self.purge_now_and_then(now);
        Ok(())
    }

    /// The secret was right: the attempt's count is given back.
    pub async fn sign_in_succeeded(
        &self,
        key: &SignInKey,
        record: SignInRecord,
    ) -> Result<(), AppError> {
        let Some((ours, previous)) = record.counted else {
            return Ok(());
        };
        self.inner
            .store
            .give_back(&bucket_name("streak", &key.subject()), ours, previous)
            .await
    }

    /// A whole sign-in succeeds (the second factor too): the streak of failures is over. With
    /// the counters in the database, as a statement (built for `backend`) for the transaction
    /// that opens the session, so that the streak ends when the session exists; with Redis, at
    /// once.
    pub async fn sign_in_completed(
        &self,
        key: &SignInKey,
        backend: DatabaseBackend,
    ) -> Result<Option<Statement>, AppError> {
        if self.inner.config.slowdown.is_none() {
            return Ok(None);
        }
        self.inner
            .store
            .clear_in(&bucket_name("streak", &key.subject()), backend)
            .await
    }

    /// After the password was reset: the account starts with a clean record, so its owner can
    /// sign in at once however hard someone else tried.
    pub async fn forget_failed_sign_ins(&self, user_id: UserId) -> Result<(), AppError> {
        let subject = SignInKey::User(user_id).subject();
        self.inner
            .store
            .clear(&bucket_name("streak", &subject))
            .await?;
        self.inner.store.clear(&bucket_name("fail", &subject)).await
    }

    /// Deletes expired counters at most every few minutes, off the request's path.
    fn purge_now_and_then(&self, now: Micros) {
        let last = self.inner.last_purge.load(Ordering::Relaxed);
        if now - last < PURGE_EVERY
            || self
                .inner
                .last_purge
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        let store = self.inner.store.clone();
        let cutoff = now.saturating_sub(self.inner.retention);
        tokio::spawn(async move {
            if let Err(AppError::Internal(e)) = store.purge(cutoff).await {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "purging rate-limit counters failed"
                );
            }
        });
    }
}

/// The wait after `failures` failed sign-ins in a row: none below the threshold, then 15s,
/// doubling with each further failure, up to `max`.
fn slowdown_delay(failures: i64, slowdown: Limit, max: Duration) -> Option<Duration> {
    let beyond = failures - i64::from(slowdown.count.get());
    if beyond < 0 {
        return None;
    }
    let factor = 1u32.checked_shl(u32::try_from(beyond).unwrap_or(u32::MAX).min(31));
    let delay = factor
        .and_then(|f| rules::SLOWDOWN_FIRST_DELAY.checked_mul(f))
        .unwrap_or(max);
    Some(delay.min(max))
}

/// A counter's name: the rule and a hash of the subject (emails stay out of the table, and
/// every name has the same short length).
fn bucket_name(prefix: &str, subject: &str) -> String {
    let digest = Sha256::digest(subject.as_bytes());
    format!("{prefix}:{}", hex::encode(&digest[..16]))
}

fn limited(wait: Duration) -> AppError {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    AppError::RateLimited {
        retry_after: secs.max(1),
    }
}

fn limited_until(end: Micros, now: Micros) -> AppError {
    limited(Duration::from_micros(
        u64::try_from(end.saturating_sub(now)).unwrap_or(0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slowdown_doubles_up_to_its_maximum() {
        let slowdown = Limit::new(10, 3600);
        let max = Duration::from_secs(900);
        let secs = |n| slowdown_delay(n, slowdown, max).map(|d| d.as_secs());
        assert_eq!(secs(9), None);
        assert_eq!(secs(10), Some(15));
        assert_eq!(secs(11), Some(30));
        assert_eq!(secs(12), Some(60));
        assert_eq!(secs(15), Some(480));
        assert_eq!(secs(16), Some(900));
        assert_eq!(secs(1_000_000), Some(900));
    }

    #[test]
    fn waits_round_up_to_whole_seconds() {
        let secs = |d| match limited(d) {
            AppError::RateLimited { retry_after } => retry_after,
            _ => unreachable!(),
        };
        assert_eq!(secs(Duration::from_millis(1)), 1);
        assert_eq!(secs(Duration::from_millis(2001)), 3);
        assert_eq!(secs(Duration::ZERO), 1);
    }
}
