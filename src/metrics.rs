//! Prometheus metrics: request latency by GraphQL operation, errors by code (limiter refusals are
//! `RATE_LIMITED`), security events by kind (sign-in outcomes among them), the password-hash
//! queue's wait, and — read when scraped — the mail outbox's depth and age and the connection
//! pool's use.
//!
//! Off unless `/metrics` is reachable (`METRICS_TOKEN` or `METRICS_BIND`): then every call here is
//! a branch on `None`. Each application has its own recorder (not the process-wide one), so that
//! instances in one process (tests) keep apart.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use metrics::{Counter, Gauge, Histogram, Key, Label, Metadata, Recorder};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle, PrometheusRecorder};

/// At most this many distinct operation names get their own series; later ones share
/// `operation="other"` (names come from clients).
const MAX_OPERATIONS: usize = 200;
/// Operation names longer than this, or with other characters than GraphQL allows, are "other".
const MAX_NAME: usize = 64;

/// Seconds: 0.5 ms to 10 s.
const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

const REQUESTS: &str = "portcullis_graphql_request_duration_seconds";
const ERRORS: &str = "portcullis_graphql_errors_total";
const EVENTS: &str = "portcullis_security_events_total";
const HASH_WAIT: &str = "portcullis_password_hash_wait_seconds";
const OUTBOX_DEPTH: &str = "portcullis_mail_outbox_depth";
const OUTBOX_AGE: &str = "portcullis_mail_outbox_oldest_age_seconds";
const POOL: &str = "portcullis_db_pool_connections";

static METADATA: Metadata<'static> =
    Metadata::new(module_path!(), metrics::Level::INFO, Some(module_path!()));

/// The metrics of one application; cheap to clone. `Metrics::off()` records nothing.
#[derive(Clone, Default)]
pub struct Metrics(Option<Arc<Inner>>);

struct Inner {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
    operations: RwLock<HashMap<String, Histogram>>,
    other_operation: Histogram,
    hash_wait: Histogram,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Metrics").field(&self.0.is_some()).finish()
    }
}

/// What the scrape reads from the database.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sampled {
    pub outbox_depth: u64,
    pub outbox_oldest_age: Option<Duration>,
    pub pool_size: u32,
    pub pool_idle: u32,
}

fn key(name: &'static str, labels: Vec<Label>) -> Key {
    Key::from_parts(name, labels)
}

impl Metrics {
    pub fn off() -> Self {
        Self(None)
    }

    pub fn on() -> Self {
        let recorder = PrometheusBuilder::new()
            .set_buckets(LATENCY_BUCKETS)
            .map(PrometheusBuilder::build_recorder)
            .unwrap_or_else(|_| PrometheusBuilder::new().build_recorder());
        let handle = recorder.handle();
        let histogram = |name, labels| recorder.register_histogram(&key(name, labels), &METADATA);
        let other_operation = histogram(REQUESTS, vec![Label::new("operation", "other")]);
        let hash_wait = histogram(HASH_WAIT, vec![]);
        Self(Some(Arc::new(Inner {
            operations: RwLock::default(),
            other_operation,
            hash_wait,
            handle,
            recorder,
        })))
    }

    pub fn enabled(&self) -> bool {
        self.0.is_some()
    }

    /// One GraphQL request: how long it took, by operation name (`anonymous` without one).
    pub fn request(&self, operation: Option<&str>, elapsed: Duration) {
        let Some(inner) = &self.0 else {
            return;
        };
        let name = operation.unwrap_or("anonymous");
        let acceptable =
            name.len() <= MAX_NAME && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !acceptable {
            inner.other_operation.record(elapsed.as_secs_f64());
            return;
        }
        let known = inner
            .operations
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(name)
            .cloned();
        let histogram = match known {
            Some(h) => h,
            None => {
                let mut map = inner
                    .operations
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                if map.len() >= MAX_OPERATIONS && !map.contains_key(name) {
                    inner.other_operation.clone()
                } else {
                    map.entry(name.to_owned())
                        .or_insert_with(|| {
                            inner.recorder.register_histogram(
                                &key(REQUESTS, vec![Label::new("operation", name.to_owned())]),
                                &METADATA,
                            )
                        })
                        .clone()
                }
            }
        };
        histogram.record(elapsed.as_secs_f64());
    }

    /// An error in a GraphQL answer, by its `extensions.code`.
    pub fn error(&self, code: &'static str) {
        if let Some(inner) = &self.0 {
            Self::counter(inner, ERRORS, "code", code).increment(1);
        }
    }

    /// A security event written to the audit log, by kind (`sign_in_succeeded`, ...).
    pub fn event(&self, kind: &'static str) {
        if let Some(inner) = &self.0 {
            Self::counter(inner, EVENTS, "kind", kind).increment(1);
        }
    }

    /// How long a password hash waited for a hashing thread.
    pub fn hash_wait(&self, waited: Duration) {
        if let Some(inner) = &self.0 {
            inner.hash_wait.record(waited.as_secs_f64());
        }
    }

    fn counter(
        inner: &Inner,
        name: &'static str,
        label: &'static str,
        value: &'static str,
    ) -> Counter {
        inner
            .recorder
            .register_counter(&key(name, vec![Label::new(label, value)]), &METADATA)
    }

    fn gauge(inner: &Inner, name: &'static str, labels: Vec<Label>) -> Gauge {
        inner.recorder.register_gauge(&key(name, labels), &METADATA)
    }

    /// The Prometheus text exposition, with the sampled gauges set first; `None` when off.
    pub fn render(&self, sampled: Sampled) -> Option<String> {
        let inner = self.0.as_ref()?;
        #[allow(clippy::cast_precision_loss)]
        Self::gauge(inner, OUTBOX_DEPTH, vec![]).set(sampled.outbox_depth as f64);
        Self::gauge(inner, OUTBOX_AGE, vec![])
            .set(sampled.outbox_oldest_age.map_or(0.0, |a| a.as_secs_f64()));
        let in_use = sampled.pool_size.saturating_sub(sampled.pool_idle);
        Self::gauge(inner, POOL, vec![Label::new("state", "idle")])
            .set(f64::from(sampled.pool_idle));
        Self::gauge(inner, POOL, vec![Label::new("state", "in_use")]).set(f64::from(in_use));
        inner.handle.run_upkeep();
        Some(inner.handle.render())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_records_and_renders_nothing() {
        let m = Metrics::off();
        m.request(Some("Me"), Duration::from_millis(1));
        m.error("RATE_LIMITED");
        assert!(m.render(Sampled::default()).is_none());
    }

    #[test]
    fn series_by_operation_code_and_kind() {
        let m = Metrics::on();
        m.request(Some("QuotesPage"), Duration::from_millis(3));
        m.request(Some("QuotesPage"), Duration::from_millis(4));
        m.request(None, Duration::from_millis(1));
        m.request(Some("weird name!"), Duration::from_millis(1));
        m.error("RATE_LIMITED");
        m.event("SIGN_IN_FAILED");
        m.hash_wait(Duration::from_millis(2));
        let text = m
            .render(Sampled {
                outbox_depth: 3,
                outbox_oldest_age: Some(Duration::from_secs(7)),
                pool_size: 4,
                pool_idle: 1,
            })
            .unwrap();
        assert!(
            text.contains(&format!("{REQUESTS}_count{{operation=\"QuotesPage\"}} 2")),
            "{text}"
        );
        assert!(text.contains(&format!("{REQUESTS}_count{{operation=\"anonymous\"}} 1")));
        assert!(text.contains(&format!("{REQUESTS}_count{{operation=\"other\"}} 1")));
        assert!(text.contains(&format!("{ERRORS}{{code=\"RATE_LIMITED\"}} 1")));
        assert!(text.contains(&format!("{EVENTS}{{kind=\"SIGN_IN_FAILED\"}} 1")));
        assert!(text.contains(&format!("{HASH_WAIT}_count 1")));
        assert!(text.contains(&format!("{OUTBOX_DEPTH} 3")));
        assert!(text.contains(&format!("{OUTBOX_AGE} 7")));
        assert!(text.contains(&format!("{POOL}{{state=\"in_use\"}} 3")));
    }

    #[test]
    fn client_chosen_names_are_capped() {
        let m = Metrics::on();
        for i in 0..(MAX_OPERATIONS + 50) {
            m.request(Some(&format!("Op{i}")), Duration::from_millis(1));
        }
        let text = m.render(Sampled::default()).unwrap();
        let series = text
            .lines()
            .filter(|l| l.starts_with(&format!("{REQUESTS}_count{{")))
            .count();
        assert_eq!(series, MAX_OPERATIONS + 1, "the capped names and `other`");
        assert!(text.contains(&format!("{REQUESTS}_count{{operation=\"other\"}} 50")));
    }
}
