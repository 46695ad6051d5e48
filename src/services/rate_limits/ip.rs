//! The per-address front line: one governor (GCRA) limiter per rule, in this process's memory,
//! on the application's clock.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use governor::clock::Clock as GovernorClock;
use governor::middleware::NoOpMiddleware;
use governor::nanos::Nanos;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter};

use super::rules::{IpRule, Limit};
use crate::clock::{Clock, MICROS_PER_SEC, Micros};

/// The application clock as governor wants it.
#[derive(Clone)]
struct AppClock(Arc<dyn Clock>);

impl GovernorClock for AppClock {
    type Instant = Nanos;

    fn now(&self) -> Nanos {
        Nanos::from(
            u64::try_from(self.0.now_micros())
                .unwrap_or(0)
                .saturating_mul(1000),
        )
    }
}

type Limiter = RateLimiter<IpAddr, DashMapStateStore<IpAddr>, AppClock, NoOpMiddleware<Nanos>>;

/// How often idle addresses are dropped from memory.
const SWEEP_EVERY: Micros = 60 * MICROS_PER_SEC;

pub struct IpLimiters {
    clock: AppClock,
    limiters: Vec<(IpRule, Limiter)>,
    last_sweep: AtomicI64,
}

impl IpLimiters {
    pub fn new(rules: impl IntoIterator<Item = (IpRule, Limit)>, clock: Arc<dyn Clock>) -> Self {
        let limiters = rules
            .into_iter()
            .map(|(rule, limit)| {
                // `count` at once, then one more every period/count: after a full period of
                // quiet the whole budget is back.
                let quota = Quota::with_period(limit.period / limit.count.get())
                    .unwrap_or_else(|| Quota::per_second(limit.count))
                    .allow_burst(limit.count);
                (
                    rule,
                    RateLimiter::dashmap_with_clock(quota, AppClock(clock.clone())),
                )
            })
            .collect();
        Self {
            last_sweep: AtomicI64::new(clock.now_micros()),
            clock: AppClock(clock),
            limiters,
        }
    }

    /// Counts one request from `addr` under `rule`; `Err(wait)` when over the limit.
    pub fn check(&self, rule: IpRule, addr: IpAddr) -> Result<(), Duration> {
        let Some((_, limiter)) = self.limiters.iter().find(|(r, _)| *r == rule) else {
            return Ok(());
        };
        self.sweep_now_and_then();
        limiter
            .check_key(&bucket_of(addr))
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// Forgets addresses whose budget is full again, so that memory follows the active ones.
    fn sweep_now_and_then(&self) {
        let now = self.clock.0.now_micros();
        let last = self.last_sweep.load(Ordering::Relaxed);
        if now - last < SWEEP_EVERY
            || self
                .last_sweep
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        for (_, limiter) in &self.limiters {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// The address a budget belongs to: IPv4 as is, IPv6 by its /64 (one subscriber's prefix, which
/// they can fill with addresses at will). IPv4-mapped IPv6 counts as IPv4.
fn bucket_of(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V4(_) => addr,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(prefix.into())
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    #[test]
    fn ipv6_addresses_share_their_64_prefix() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(bucket_of(a), bucket_of(b));
        assert_ne!(bucket_of(a), bucket_of(c));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(bucket_of(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn a_budget_refills_over_its_period() {
        let clock = ManualClock::new();
        let limiters = IpLimiters::new([(IpRule::Login, Limit::new(3, 60))], clock.clone());
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..3 {
            assert!(limiters.check(IpRule::Login, ip).is_ok());
        }
        let wait = limiters.check(IpRule::Login, ip).unwrap_err();
        assert!(
            wait > Duration::from_secs(15) && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
        // Another address has its own budget; a rule without a limit never refuses.
        assert!(
            limiters
                .check(IpRule::Login, "192.0.2.2".parse().unwrap())
                .is_ok()
        );
        assert!(limiters.check(IpRule::Register, ip).is_ok());
        clock.advance(Duration::from_secs(60));
        for _ in 0..3 {
            assert!(limiters.check(IpRule::Login, ip).is_ok());
        }
        assert!(limiters.check(IpRule::Login, ip).is_err());
    }
}
