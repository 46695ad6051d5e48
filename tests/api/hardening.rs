//! HTTP hardening: security headers on every answer, CORS only for configured origins, the
//! request timeout, and client addresses from X-Forwarded-For only behind a trusted proxy.

use std::time::Duration;

use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use crate::helpers::*;

fn assert_security_headers(headers: &HeaderMap) {
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["x-frame-options"], "DENY");
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_carries_security_headers() {
    let app = spawn(Backend::Sqlite).await;
    let res = app
        .client
        .post(app.url("/graphql"))
        .json(&json!({ "query": "{ me { id } }" }))
        .send()
        .await
        .unwrap();
    assert_security_headers(res.headers());
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert!(
        res.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
    assert!(!res.headers().contains_key("strict-transport-security"));
    // Errors too.
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 415);
    assert_security_headers(res.headers());
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_security_headers(res.headers());
    // Public keys may be cached.
    let res = app
        .client
        .get(app.url("/.well-known/jwks.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["cache-control"], "public, max-age=300");

    // GraphiQL gets a policy that lets its own scripts run, from this origin only.
    let res = app
        .client
        .get(app.url("/graphql"))
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_security_headers(res.headers());
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'self';"), "{csp}");
    assert!(csp.contains("connect-src 'self'"), "{csp}");
    assert!(!csp.contains("'unsafe-eval'"));
    // No other origin anywhere in the policy, and no inline script.
    assert!(!csp.contains("http"), "{csp}");
    assert!(!csp.contains("'sha256-"), "{csp}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_deployments_send_hsts() {
    let app = spawn_with(
        Backend::Sqlite,
        &[("PUBLIC_URL", "https://auth.example.com")],
    )
    .await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

async fn preflight(app: &TestApp, origin: &str) -> reqwest::Response {
    app.client
        .request(reqwest::Method::OPTIONS, app.url("/graphql"))
        .header("origin", origin)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "authorization, content-type",
        )
        .send()
        .await
        .unwrap()
}

async fn cross_origin_post(app: &TestApp, origin: &str) -> reqwest::Response {
    app.client
        .post(app.url("/graphql"))
        .header("origin", origin)
        .json(&json!({ "query": "{ me { id } }" }))
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_answers_only_configured_origins() {
    // By default: no CORS headers for anyone.
    let app = spawn(Backend::Sqlite).await;
    let res = cross_origin_post(&app, "https://app.example.com").await;
    assert!(!res.headers().contains_key("access-control-allow-origin"));
    let res = preflight(&app, "https://app.example.com").await;
    assert!(!res.headers().contains_key("access-control-allow-origin"));

    let app = spawn_with(
        Backend::Sqlite,
        &[(
            "CORS_ALLOWED_ORIGINS",
            "https://app.example.com, http://localhost:3000",
        )],
    )
    .await;
    let res = preflight(&app, "https://app.example.com").await;
    assert!(res.status().is_success(), "{}", res.status());
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "https://app.example.com"
    );
    let allowed = res.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(allowed.contains("authorization") && allowed.contains("content-type"));
    // Listed origins may use cookie sessions: credentialed CORS and the cookie-mode headers.
    assert!(allowed.contains("x-portcullis-session") && allowed.contains("x-csrf-token"));
    assert_eq!(res.headers()["access-control-allow-credentials"], "true");
    let res = cross_origin_post(&app, "http://localhost:3000").await;
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "http://localhost:3000"
    );
    assert_eq!(
        res.headers()["access-control-expose-headers"],
        "x-request-id"
    );
    // Any other origin gets nothing a browser would accept, and its POST is refused.
    for origin in [
        "https://evil.example.com",
        "https://app.example.com.evil.net",
    ] {
        let res = preflight(&app, origin).await;
        assert!(!res.headers().contains_key("access-control-allow-origin"));
        let res = cross_origin_post(&app, origin).await;
        assert!(!res.headers().contains_key("access-control-allow-origin"));
        assert_eq!(res.status(), 403);
    }

    // `*`: any origin, Bearer tokens only: never credentials.
    let app = spawn_with(Backend::Sqlite, &[("CORS_ALLOWED_ORIGINS", "*")]).await;
    let res = preflight(&app, "https://anyone.example.com").await;
    assert_eq!(res.headers()["access-control-allow-origin"], "*");
    assert!(
        !res.headers()
            .contains_key("access-control-allow-credentials")
    );
    let res = cross_origin_post(&app, "https://anyone.example.com").await;
    assert_eq!(res.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_takes_too_long_gets_408() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_with(Backend::Sqlite, &[("REQUEST_TIMEOUT", "300ms")]).await;
    // A client that announces a body and never sends it holds no handler forever.
    let mut stream = tokio::net::TcpStream::connect(app.address.trim_start_matches("http://"))
        .await
        .unwrap();
    stream
        .write_all(
            b"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"query\":",
        )
        .await
        .unwrap();
    let mut head = vec![0u8; 1024];
    let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut head))
        .await
        .expect("answered within the timeout")
        .unwrap();
    let head = String::from_utf8_lossy(&head[..n]).to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 408"), "{head}");
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
}

/// POSTs a login with an `X-Forwarded-For` header.
async fn login_from(app: &TestApp, acct: &Account, forwarded_for: &str) -> Value {
    app.client
        .post(app.url("/graphql"))
        .header("x-forwarded-for", forwarded_for)
        .json(&json!({
            "query": "mutation($i: LoginInput!) { login(input: $i) { ... on AuthPayload { accessToken } } }",
            "variables": { "i": { "login": acct.username, "password": acct.password } },
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn x_forwarded_for_is_ignored_without_a_trusted_proxy() {
    let app = spawn_with(Backend::Sqlite, &[("RATE_LIMIT_LOGIN_PER_IP", "2/1h")]).await;
    let acct = app.register("direct").await;
    // Each request claims another address; all of them are the socket's one.
    assert!(error_code(&login_from(&app, &acct, "203.0.113.1").await).is_none());
    let body = login_from(&app, &acct, "203.0.113.2").await;
    assert!(error_code(&body).is_none(), "{body}");
    let token = body["data"]["login"]["accessToken"].as_str().unwrap();
    assert_code(
        &login_from(&app, &acct, "203.0.113.3").await,
        "RATE_LIMITED",
    );
    let sessions = app
        .gql("{ sessions { ip current } }", json!({}), Some(token))
        .await;
    let ips: Vec<&str> = sessions["data"]["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["ip"].as_str().unwrap())
        .collect();
    assert!(ips.iter().all(|ip| *ip == "127.0.0.1"), "{sessions}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn x_forwarded_for_names_the_client_behind_a_trusted_proxy() {
    let app = spawn_with(
        Backend::Sqlite,
        &[
            ("RATE_LIMIT_LOGIN_PER_IP", "1/1h"),
            ("TRUSTED_PROXIES", "127.0.0.1/32, 10.0.0.0/8"),
        ],
    )
    .await;
    let acct = app.register("proxied").await;
    let body = login_from(&app, &acct, "203.0.113.1").await;
    let token = body["data"]["login"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    // The same client again: over its budget; whatever it prepends, the proxy appended the truth.
    for xff in [
        "203.0.113.1",
        "198.51.100.9, 203.0.113.1",
        "198.51.100.9, 203.0.113.1, 10.1.2.3",
    ] {
        assert_error(
            &login_from(&app, &acct, xff).await,
            "RATE_LIMITED",
            None,
            format_args!("{xff}"),
        );
    }
    // Another client behind the same proxy has its own budget.
    assert!(error_code(&login_from(&app, &acct, "203.0.113.2").await).is_none());
    let sessions = app
        .gql("{ sessions { ip current } }", json!({}), Some(&token))
        .await;
    let current = sessions["data"]["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .unwrap_or_else(|| panic!("{sessions}"))
        .clone();
    assert_eq!(current["ip"], "203.0.113.1");
}
