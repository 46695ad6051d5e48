//! Password hashing as the server does it: argon2id with the production parameters
//! (`HashParams::OWASP`: m = 19 MiB, t = 2, p = 1) through `Hasher`, which runs each hash on one
//! of its own hashing threads behind its semaphore. `verify` is what a login pays; `hash` what
//! `register` and `changePassword` pay. The W2 (login) bound of a machine is about
//! cores ÷ the verify time; `verify_per_core_at_once` runs one verify per core at the same time
//! (what a login flood does), where the cores share memory bandwidth and caches: its time per
//! round gives the bound as cores ÷ round time. `verify_back_to_back_per_core` is the stricter
//! bound: one plain thread per core verifying without pause (no Hasher, no runtime between two
//! hashes), its time per iteration again the time of one verify on every core.
//!
//! cargo bench --bench password

use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::PasswordVerifier as _;
use argon2::password_hash::phc::PasswordHash;
use criterion::{Criterion, criterion_group, criterion_main};
use portcullis::auth::password::{HashParams, Hasher, Verdict};
use secrecy::{ExposeSecret, SecretString};

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hasher = Hasher::new(HashParams::OWASP, 1).unwrap();
    let password = SecretString::from("Bench-pass-2026!");
    let stored = rt.block_on(hasher.hash(&password)).unwrap();
    assert!(
        stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{stored}"
    );

    let mut group = c.benchmark_group("argon2id_owasp");
    // ~10-40 ms per call: the fewest samples criterion allows, over a longer window.
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("hash", |b| {
        b.to_async(&rt)
            .iter(|| async { hasher.hash(&password).await.unwrap() })
    });
    group.bench_function("verify", |b| {
        b.to_async(&rt).iter(|| async {
            let verdict = hasher.verify(&password, Some(stored.clone())).await;
            assert_eq!(verdict.unwrap(), Verdict::Right);
        })
    });
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let wide = Hasher::new(HashParams::OWASP, cores).unwrap();
    group.bench_function("verify_per_core_at_once", |b| {
        b.to_async(&rt).iter(|| async {
            let round = (0..cores).map(|_| wide.verify(&password, Some(stored.clone())));
            for verdict in futures::future::join_all(round).await {
                assert_eq!(verdict.unwrap(), Verdict::Right);
            }
        })
    });
    // The same work without the Hasher: one thread per core verifying back to back, as a
    // login flood keeps the hashing threads busy. Each iteration is one verify on every core at
    // once, so the bound is cores / its time; no hand-off between hashes is counted.
    group.bench_function("verify_back_to_back_per_core", |b| {
        b.iter_custom(|iters| {
            let start = std::time::Instant::now();
            std::thread::scope(|scope| {
                for _ in 0..cores {
                    scope.spawn(|| {
                        let parsed = PasswordHash::new(&stored).unwrap();
                        for _ in 0..iters {
                            Argon2::default()
                                .verify_password(password.expose_secret().as_bytes(), &parsed)
                                .unwrap();
                        }
                    });
                }
            });
            start.elapsed()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
