//! Time as a dependency, so that tests can move it instead of sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Microseconds since the Unix epoch: the unit every timestamp column uses.
pub type Micros = i64;

pub const MICROS_PER_SEC: i64 = 1_000_000;

pub trait Clock: Send + Sync + 'static {
    fn now_micros(&self) -> Micros;

    fn now_secs(&self) -> i64 {
        self.now_micros().div_euclid(MICROS_PER_SEC)
    }
}

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_micros(&self) -> Micros {
        chrono::Utc::now().timestamp_micros()
    }
}

/// The wall clock plus an offset that tests move forward to skip waiting.
#[derive(Debug)]
pub struct ManualClock {
    offset: AtomicI64,
}

impl ManualClock {
    pub fn new() -> Arc<Self> {
        Arc::new(Self {
            offset: AtomicI64::new(0),
        })
    }

    /// Moves the clock forward (or back, with a negative duration).
    pub fn advance(&self, by: std::time::Duration) {
        let micros = i64::try_from(by.as_micros()).unwrap_or(i64::MAX);
        self.offset.fetch_add(micros, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_micros(&self) -> Micros {
        SystemClock.now_micros() + self.offset.load(Ordering::SeqCst)
    }
}

/// Converts a duration to microseconds, saturating.
pub fn micros(d: std::time::Duration) -> Micros {
    i64::try_from(d.as_micros()).unwrap_or(i64::MAX)
}

/// Formats a microsecond timestamp as RFC 3339 UTC with a `Z`.
pub fn to_rfc3339(ts: Micros) -> String {
    chrono::DateTime::from_timestamp_micros(ts)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}
