//! What metrics add to each GraphQL request (the handler's part: the operation's name, one
//! histogram sample, the error codes), with metrics on and off.
//!
//! cargo bench --bench metrics

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use portcullis::metrics::Metrics;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("metrics_per_request");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (name, metrics) in [("off", Metrics::off()), ("on", Metrics::on())] {
        group.bench_function(format!("named_operation_{name}"), |b| {
            b.iter(|| {
                if metrics.enabled() {
                    metrics.request(
                        Some(std::hint::black_box("QuotesPage")),
                        Duration::from_micros(250),
                    );
                }
            })
        });
        group.bench_function(format!("anonymous_with_an_error_{name}"), |b| {
            b.iter(|| {
                if metrics.enabled() {
                    metrics.request(None, Duration::from_micros(250));
                    metrics.error(std::hint::black_box("UNAUTHENTICATED"));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
