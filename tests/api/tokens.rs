//! Access-token verification: the attacks it must refuse, pinned algorithms, key storage and
//! sharing, revocation across instances.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    forged_and_altered_tokens_are_refused,
    claims_and_type_are_checked_with_the_server_key,
    expired_tokens_are_refused,
    keys_survive_restarts_and_instances_agree,
    a_revocation_reaches_other_instances_within_the_cache_ttl,
    a_critical_header_is_refused_even_with_the_server_signature,
    tokens_without_auth_time_are_valid_but_stale,
);

/// The server's generated Ed25519 key, read from the database as an attacker with a stolen
/// key would hold it — used here to prove which checks are independent of the signature.
async fn server_pem(app: &TestApp) -> String {
    use sea_orm::EntityTrait;
    entity::server_key::Entity::find_by_id("access-token/EdDSA".to_owned())
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("a generated key is stored")
        .material
        .expose()
        .to_owned()
}

fn sign(
    alg: Algorithm,
    typ: Option<&str>,
    kid: Option<&str>,
    claims: &Value,
    key: &EncodingKey,
) -> String {
    let mut header = Header::new(alg);
    header.typ = typ.map(str::to_owned);
    header.kid = kid.map(str::to_owned);
    jsonwebtoken::encode(&header, claims, key).unwrap()
}

fn b64(v: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap())
}

async fn forged_and_altered_tokens_are_refused(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("target").await;
    let (header, claims) = jwt_parts(&acct.access);
    assert_eq!(header["alg"], "EdDSA");
    let kid = header["kid"].as_str().unwrap().to_owned();
    assert!(
        app.accepted(&acct.access).await,
        "control: the real token works"
    );

    // alg: none, no signature.
    let none = format!(
        "{}.{}.",
        b64(&json!({ "alg": "none", "typ": "at+jwt", "kid": kid })),
        b64(&claims)
    );
    assert!(!app.accepted(&none).await);
    let none_sig = format!(
        "{}.{}.{}",
        b64(&json!({ "alg": "none", "typ": "at+jwt" })),
        b64(&claims),
        acct.access.split('.').nth(2).unwrap()
    );
    assert!(!app.accepted(&none_sig).await);

    // HS256 with the public key as the HMAC secret (raw bytes, base64 text, and the JWK JSON).
    let jwks: Value = app
        .client
        .get(app.url("/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let x = jwks["keys"][0]["x"].as_str().unwrap();
    let raw = URL_SAFE_NO_PAD.decode(x).unwrap();
    for secret in [
        raw.as_slice(),
        x.as_bytes(),
        jwks["keys"][0].to_string().as_bytes(),
    ] {
        let forged = sign(
            Algorithm::HS256,
            Some("at+jwt"),
            Some(&kid),
            &claims,
            &EncodingKey::from_secret(secret),
        );
        assert!(!app.accepted(&forged).await);
    }

    // A payload altered after signing (role raised to ADMIN).
    let mut altered_claims = claims.clone();
    altered_claims["role"] = json!("ADMIN");
    let parts: Vec<&str> = acct.access.split('.').collect();
    let altered = format!("{}.{}.{}", parts[0], b64(&altered_claims), parts[2]);
    assert!(!app.accepted(&altered).await);

    // Another Ed25519 key claiming the server's kid.
    let other = portcullis::auth::jwt::generate_ed25519_pem().unwrap();
    let forged = sign(
        Algorithm::EdDSA,
        Some("at+jwt"),
        Some(&kid),
        &claims,
        &EncodingKey::from_ed_pem(other.as_bytes()).unwrap(),
    );
    assert!(!app.accepted(&forged).await);

    // Refresh tokens are not access tokens; nor is garbage.
    assert!(!app.accepted(&acct.refresh).await);
    assert!(!app.accepted("a.b.c").await);
    // A header that is not `Bearer <token>` is refused too.
    let body: Value = app
        .client
        .post(app.url("/graphql"))
        .header("authorization", format!("Basic {}", acct.access))
        .json(&json!({ "query": "{ sessions { id } }" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_code(&body, "UNAUTHENTICATED");
}

async fn claims_and_type_are_checked_with_the_server_key(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("claims").await;
    let (header, claims) = jwt_parts(&acct.access);
    let kid = header["kid"].as_str().unwrap().to_owned();

    // Every claim the contract promises.
    for name in [
        "sub", "sid", "jti", "iat", "nbf", "exp", "iss", "aud", "role",
    ] {
        assert!(!claims[name].is_null(), "missing {name}: {claims}");
    }
    assert_eq!(claims["sub"], acct.id.as_str());
    assert_eq!(claims["role"], "USER");
    assert_eq!(claims["aud"], "portcullis");
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        900
    );

    let key = EncodingKey::from_ed_pem(server_pem(&app).await.as_bytes()).unwrap();
    // Control: re-signing the same claims with the server key is accepted...
    let same = sign(Algorithm::EdDSA, Some("at+jwt"), Some(&kid), &claims, &key);
    assert!(app.accepted(&same).await);
    // ...so each refusal below is down to the one thing changed.
    for typ in [None, Some("JWT"), Some("refresh+jwt")] {
        assert!(
            !app.accepted(&sign(Algorithm::EdDSA, typ, Some(&kid), &claims, &key))
                .await,
            "{typ:?}"
        );
    }
    for (claim, value) in [
        ("iss", json!("https://evil.example")),
        ("aud", json!("another-app")),
        ("sub", json!("not-a-uuid")),
        ("sid", json!(uuid::Uuid::now_v7().to_string())),
    ] {
        let mut c = claims.clone();
        c[claim] = value;
        assert!(
            !app.accepted(&sign(
                Algorithm::EdDSA,
                Some("at+jwt"),
                Some(&kid),
                &c,
                &key
            ))
            .await,
            "{claim}"
        );
    }
    for missing in ["exp", "nbf", "iat", "iss", "aud", "sub", "sid"] {
        let mut c = claims.clone();
        c.as_object_mut().unwrap().remove(missing);
        assert!(
            !app.accepted(&sign(
                Algorithm::EdDSA,
                Some("at+jwt"),
                Some(&kid),
                &c,
                &key
            ))
            .await,
            "{missing}"
        );
    }
    let mut future = claims.clone();
    future["nbf"] = json!(claims["iat"].as_i64().unwrap() + 600);
    assert!(
        !app.accepted(&sign(
            Algorithm::EdDSA,
            Some("at+jwt"),
            Some(&kid),
            &future,
            &key
        ))
        .await
    );
}

async fn a_critical_header_is_refused_even_with_the_server_signature(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("crit").await;
    let (header, claims) = jwt_parts(&acct.access);
    let kid = header["kid"].as_str().unwrap().to_owned();
    let key = EncodingKey::from_ed_pem(server_pem(&app).await.as_bytes()).unwrap();
    // Control: the same claims re-signed without `crit` are accepted.
    assert!(
        app.accepted(&sign(
            Algorithm::EdDSA,
            Some("at+jwt"),
            Some(&kid),
            &claims,
            &key
        ))
        .await
    );
    // RFC 7515 §4.1.11: an extension the server does not understand, marked critical, must make
    // it refuse the token; it understands none.
    for crit in [vec!["exp"], vec!["urn:example:must-check"], vec![]] {
        let mut h = Header::new(Algorithm::EdDSA);
        h.typ = Some("at+jwt".into());
        h.kid = Some(kid.clone());
        h.crit = Some(crit.iter().map(|c| (*c).to_owned()).collect());
        let token = jsonwebtoken::encode(&h, &claims, &key).unwrap();
        assert!(jwt_parts(&token).0["crit"].is_array());
        assert!(!app.accepted(&token).await, "{crit:?}");
    }
}

async fn expired_tokens_are_refused(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("expired").await;
    app.clock.advance(Duration::from_secs(14 * 60));
    assert!(app.accepted(&acct.access).await);
    app.clock.advance(Duration::from_secs(60 + 6));
    assert!(!app.accepted(&acct.access).await);
    assert_eq!(app.me(&acct.access).await, None);
    // The refresh token still gives a fresh one.
    let body = app.refresh(&acct.refresh).await;
    assert!(
        app.accepted(body["data"]["refresh"]["accessToken"].as_str().unwrap())
            .await
    );
}

async fn keys_survive_restarts_and_instances_agree(backend: Backend) {
    let first = spawn(backend).await;
    let acct = first.register("restart").await;
    let jwks_a: Value = first
        .client
        .get(first.url("/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let second = spawn_on(first.db.clone(), &[]).await;
    let jwks_b: Value = second
        .client
        .get(second.url("/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(jwks_a, jwks_b);
    assert_eq!(jwks_a["keys"].as_array().unwrap().len(), 1);
    let key = &jwks_a["keys"][0];
    assert_eq!(key["kty"], "OKP");
    assert_eq!(key["crv"], "Ed25519");
    assert_eq!(key["alg"], "EdDSA");
    assert!(key.get("d").is_none(), "no private part in the JWKS");
    assert_eq!(key["kid"], jwt_parts(&acct.access).0["kid"]);
    // A token from one instance works on the other, and so does its refresh token.
    assert_eq!(
        second.me(&acct.access).await.as_deref(),
        Some(acct.id.as_str())
    );
    assert!(second.refresh(&acct.refresh).await["data"]["refresh"].is_object());
    drop(first);
    let third = spawn_on(second.db.clone(), &[]).await;
    assert_eq!(
        third.me(&acct.access).await.as_deref(),
        Some(acct.id.as_str())
    );
}

async fn a_revocation_reaches_other_instances_within_the_cache_ttl(backend: Backend) {
    let a = spawn_with(backend, &[("SESSION_CACHE_TTL", "1s")]).await;
    let b = spawn_on(a.db.clone(), &[("SESSION_CACHE_TTL", "1s")]).await;
    let acct = a.register("spread").await;
    assert!(
        b.accepted(&acct.access).await,
        "B has the session cached as live"
    );
    a.gql("mutation { logout }", json!({}), Some(&acct.access))
        .await;
    assert!(
        !a.accepted(&acct.access).await,
        "the revoking instance refuses at once"
    );
    // The cache reads B's clock: moving it past the TTL needs no real wait.
    b.clock.advance(Duration::from_millis(1500));
    assert!(
        !b.accepted(&acct.access).await,
        "the other instance refuses after the TTL"
    );
}

mod configured_keys {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hs256_tokens_verify_only_with_the_secret() {
        let secret = "an HS256 secret of at least 32 bytes!";
        let app = spawn_with(
            Backend::Sqlite,
            &[("JWT_ALGORITHM", "HS256"), ("JWT_SECRET", secret)],
        )
        .await;
        let acct = app.register("hs").await;
        let (header, claims) = jwt_parts(&acct.access);
        assert_eq!(header["alg"], "HS256");
        assert_eq!(header["typ"], "at+jwt");
        let jwks: Value = app
            .client
            .get(app.url("/.well-known/jwks.json"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            jwks,
            json!({ "keys": [] }),
            "a shared secret is never published"
        );

        let good = EncodingKey::from_secret(secret.as_bytes());
        assert!(
            app.accepted(&sign(
                Algorithm::HS256,
                Some("at+jwt"),
                None,
                &claims,
                &good
            ))
            .await
        );
        let wrong = EncodingKey::from_secret(b"another secret of at least 32 bytes!!");
        assert!(
            !app.accepted(&sign(
                Algorithm::HS256,
                Some("at+jwt"),
                None,
                &claims,
                &wrong
            ))
            .await
        );
        // HS384/HS512 with the right secret are still not the pinned algorithm.
        assert!(
            !app.accepted(&sign(
                Algorithm::HS512,
                Some("at+jwt"),
                None,
                &claims,
                &good
            ))
            .await
        );
        let mut c = claims.clone();
        c["iss"] = json!("https://evil.example");
        assert!(
            !app.accepted(&sign(Algorithm::HS256, Some("at+jwt"), None, &c, &good))
                .await
        );
        let mut c = claims.clone();
        c["aud"] = json!("elsewhere");
        assert!(
            !app.accepted(&sign(Algorithm::HS256, Some("at+jwt"), None, &c, &good))
                .await
        );
        // An EdDSA token is refused by an HS256 server.
        let ed = portcullis::auth::jwt::generate_ed25519_pem().unwrap();
        assert!(
            !app.accepted(&sign(
                Algorithm::EdDSA,
                Some("at+jwt"),
                None,
                &claims,
                &EncodingKey::from_ed_pem(ed.as_bytes()).unwrap()
            ))
            .await
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn es256_and_a_pem_key_file_are_supported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.pem");
        std::fs::write(&path, portcullis::auth::jwt::generate_p256_pem().unwrap()).unwrap();
        let path = path.display().to_string();
        let app = spawn_with(
            Backend::Sqlite,
            &[("JWT_ALGORITHM", "ES256"), ("JWT_PRIVATE_KEY_FILE", &path)],
        )
        .await;
        let acct = app.register("es").await;
        let (header, _) = jwt_parts(&acct.access);
        assert_eq!(header["alg"], "ES256");
        let jwks: Value = app
            .client
            .get(app.url("/.well-known/jwks.json"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(jwks["keys"][0]["kty"], "EC");
        assert_eq!(jwks["keys"][0]["crv"], "P-256");
        assert_eq!(jwks["keys"][0]["kid"], header["kid"]);
        assert!(app.accepted(&acct.access).await);
        // No signing key was generated or stored: the file is the key.
        use sea_orm::EntityTrait;
        let stored = entity::server_key::Entity::find_by_id("access-token/ES256".to_owned())
            .one(&app.state.db)
            .await
            .unwrap();
        assert!(stored.is_none());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_unusable_key_file_is_a_config_error_naming_the_variable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.pem");
        std::fs::write(&path, "not a key").unwrap();
        let db = fresh_database(Backend::Sqlite).await;
        let path = path.display().to_string();
        let config = portcullis::Config::from_pairs([
            ("DATABASE_URL", db.url.as_str()),
            ("BIND", "127.0.0.1:0"),
            ("JWT_PRIVATE_KEY_FILE", path.as_str()),
        ])
        .unwrap();
        let err = portcullis::Application::build(config)
            .await
            .err()
            .expect("refused");
        assert!(err.to_string().contains("JWT_PRIVATE_KEY_FILE"), "{err}");
    }
}

/// A token issued before `auth_time` existed (the same claims without it, signed with the
/// server's key) still signs the user in, but counts as stale for sensitive operations.
async fn tokens_without_auth_time_are_valid_but_stale(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("upgrade").await;
    let (header, mut claims) = jwt_parts(&acct.access);
    assert!(claims["auth_time"].is_i64(), "{claims}");
    claims.as_object_mut().unwrap().remove("auth_time");
    let key = EncodingKey::from_ed_pem(server_pem(&app).await.as_bytes()).unwrap();
    let old = sign(
        Algorithm::EdDSA,
        Some("at+jwt"),
        header["kid"].as_str(),
        &claims,
        &key,
    );
    assert_eq!(app.me(&old).await.as_deref(), Some(acct.id.as_str()));
    let body = app
        .gql("mutation { enrollTotp { secret } }", json!({}), Some(&old))
        .await;
    assert_code(&body, "REAUTHENTICATION_REQUIRED");
    // The same claims with `auth_time` are fresh.
    let body = app
        .gql(
            "mutation { enrollTotp { secret } }",
            json!({}),
            Some(&acct.access),
        )
        .await;
    assert!(body["data"]["enrollTotp"]["secret"].is_string(), "{body}");
}
