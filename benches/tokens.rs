//! Access tokens: signing and verifying one token per algorithm (`TokenKeys`, no I/O), and the
//! per-request check the HTTP handler runs on a Bearer token, `Sessions::authenticate`, on its
//! cached path: a token seen before is found in the verified-token cache (by its SHA-256), its
//! time window checked again, and its session's liveness read from the session-state cache.
//! `access_token/verify` is what a token's first use pays instead of the cache lookup.
//!
//! The session-state cache keeps an entry `SESSION_CACHE_TTL` (2 s by default, as in
//! production): about once every 2 s one call looks the session up in SQLite again, which is
//! part of the measured mean.
//!
//! cargo bench --bench tokens

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use portcullis::auth::jwt::{
    AccessClaims, SigningMaterial, TokenKeys, generate_ed25519_pem, generate_p256_pem,
};
use uuid::Uuid;

const ISSUER: &str = "http://127.0.0.1:8080";
const AUDIENCE: &str = "portcullis";
/// An HS256 secret of the minimum accepted length (32 bytes).
const HS256_SECRET: &str = "bench-hs256-secret-0123456789abcdef";

/// Claims shaped like the ones `Sessions` issues after a password login.
fn claims(now: i64) -> AccessClaims {
    AccessClaims {
        iss: ISSUER.to_owned(),
        sub: Uuid::now_v7().to_string(),
        aud: AUDIENCE.to_owned(),
        exp: now + 900,
        nbf: now,
        iat: now,
        jti: Uuid::new_v4().to_string(),
        sid: Uuid::now_v7().to_string(),
        role: "USER".to_owned(),
        amr: vec!["pwd".to_owned()],
        aal: "aal1".to_owned(),
        auth_time: Some(now),
    }
}

fn materials() -> [(&'static str, SigningMaterial); 3] {
    [
        (
            "EdDSA",
            SigningMaterial::EdDsaPem(generate_ed25519_pem().unwrap()),
        ),
        (
            "ES256",
            SigningMaterial::Es256Pem(generate_p256_pem().unwrap()),
        ),
        (
            "HS256",
            SigningMaterial::Hs256Secret(HS256_SECRET.as_bytes().to_vec()),
        ),
    ]
}

fn sign_and_verify(c: &mut Criterion) {
    let now = chrono::Utc::now().timestamp();
    let claims = claims(now);
    let mut group = c.benchmark_group("access_token");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (name, material) in materials() {
        let keys = TokenKeys::new(&material, ISSUER, AUDIENCE).unwrap();
        let token = keys.sign(&claims).unwrap();
        assert_eq!(keys.verify(&token, now).unwrap(), claims);
        group.bench_function(BenchmarkId::new("sign", name), |b| {
            b.iter(|| keys.sign(black_box(&claims)).unwrap())
        });
        group.bench_function(BenchmarkId::new("verify", name), |b| {
            b.iter(|| keys.verify(black_box(&token), now).unwrap())
        });
    }
    group.finish();
}

fn authenticate(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut group = c.benchmark_group("authenticate_cached");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    let configs: [(&str, &[(&str, &str)]); 3] = [
        ("EdDSA", &[("JWT_ALGORITHM", "EdDSA")]),
        ("ES256", &[("JWT_ALGORITHM", "ES256")]),
        (
            "HS256",
            &[("JWT_ALGORITHM", "HS256"), ("JWT_SECRET", HS256_SECRET)],
        ),
    ];
    for (name, vars) in configs {
        let (app, token) = rt.block_on(async {
            let app = common::app(vars).await;
            let token = app.register("benchuser").await;
            // The first call verifies the token and fills both caches.
            app.state.sessions.authenticate(&token).await.unwrap();
            (app, token)
        });
        let sessions = &app.state.sessions;
        group.bench_function(name, |b| {
            b.to_async(&rt)
                .iter(|| async { sessions.authenticate(black_box(&token)).await.unwrap() })
        });
    }
    group.finish();
}

criterion_group!(benches, sign_and_verify, authenticate);
criterion_main!(benches);
