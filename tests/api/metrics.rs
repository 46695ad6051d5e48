//! `/metrics`: hidden unless configured, guarded by its token on the main listener, alone on
//! its own listener, and counting what the issue asks for.

use serde_json::json;

use crate::db_tests;
use crate::helpers::*;

db_tests!(the_main_listener_needs_the_token_and_the_series_count);

const TOKEN: &str = "a metrics token of some length";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_off_and_hidden_by_default() {
    let app = spawn(Backend::Sqlite).await;
    assert!(!app.state.metrics.enabled());
    let res = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status(), 404);
    let res = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

async fn scrape(app: &TestApp) -> String {
    let res = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    res.text().await.unwrap()
}

async fn the_main_listener_needs_the_token_and_the_series_count(backend: Backend) {
    let app = spawn_with(backend, &[("METRICS_TOKEN", TOKEN)]).await;
    for auth in [None, Some("wrong token of the same sort"), Some("")] {
        let mut req = app.client.get(app.url("/metrics"));
        if let Some(t) = auth {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 401, "{auth:?}");
        assert_eq!(
            res.headers()["www-authenticate"],
            "Bearer realm=\"metrics\""
        );
    }

    let acct = app.register("counted").await;
    assert_code(
        &app.login(&acct.username, "not the password").await,
        "INVALID_CREDENTIALS",
    );
    let ok = app.login(&acct.username, PASSWORD).await;
    assert_eq!(ok["data"]["login"]["__typename"], "AuthPayload");
    for _ in 0..2 {
        let body = app
            .gql("query Me { me { id } }", json!({}), Some(&acct.access))
            .await;
        assert!(body.get("errors").is_none(), "{body}");
    }
    let body = app
        .gql("{ me { id } }", json!({}), Some(&acct.access))
        .await;
    assert!(body.get("errors").is_none(), "{body}");

    let text = scrape(&app).await;
    let has = |line: &str| text.lines().any(|l| l == line);
    assert!(
        has("portcullis_graphql_request_duration_seconds_count{operation=\"Me\"} 2"),
        "{text}"
    );
    // The helpers' register and login mutations have no name either: with `{ me }`, four.
    assert!(
        has("portcullis_graphql_request_duration_seconds_count{operation=\"anonymous\"} 4"),
        "{text}"
    );
    assert!(
        has("portcullis_graphql_errors_total{code=\"INVALID_CREDENTIALS\"} 1"),
        "{text}"
    );
    assert!(
        has("portcullis_security_events_total{kind=\"sign_in_failed\"} 1"),
        "{text}"
    );
    assert!(
        has("portcullis_security_events_total{kind=\"sign_in_succeeded\"} 1"),
        "{text}"
    );
    // Three hashes at least (registration, two sign-ins), each waited for a thread.
    let waits: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix("portcullis_password_hash_wait_seconds_count "))
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(waits >= 3, "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("portcullis_mail_outbox_depth "))
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("portcullis_mail_outbox_oldest_age_seconds "))
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("portcullis_db_pool_connections{state=\"in_use\"} "))
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("portcullis_db_pool_connections{state=\"idle\"} "))
    );
    // Nothing secret in there: no token, no address, no username.
    for secret in [
        acct.access.as_str(),
        acct.email.as_str(),
        acct.username.as_str(),
        TOKEN,
    ] {
        assert!(!text.contains(secret), "{secret}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_bind_serves_them_alone_on_their_own_listener() {
    let app = spawn_with(Backend::Sqlite, &[("METRICS_BIND", "127.0.0.1:0")]).await;
    let own = app.metrics_address.clone().expect("metrics listener");
    assert_ne!(own, app.address);
    let res = app
        .client
        .get(format!("{own}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    assert!(text.contains("portcullis_db_pool_connections"), "{text}");
    // Only /metrics there; and the main listener still hides it (no token configured).
    let res = app
        .client
        .get(format!("{own}/graphql"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let res = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status(), 404);
}

#[test]
fn metrics_settings_are_checked() {
    use portcullis::config::Config;
    let err = Config::from_pairs([("METRICS_TOKEN", "short")]).unwrap_err();
    assert_eq!(err.variable, "METRICS_TOKEN");
    let err = Config::from_pairs([("METRICS_BIND", "nowhere")]).unwrap_err();
    assert_eq!(err.variable, "METRICS_BIND");
    let err = Config::from_pairs([
        ("BIND", "127.0.0.1:9000"),
        ("METRICS_BIND", "127.0.0.1:9000"),
    ])
    .unwrap_err();
    assert_eq!(err.variable, "METRICS_BIND");
    assert!(!Config::from_pairs([]).unwrap().metrics());
    assert!(
        Config::from_pairs([("METRICS_BIND", "127.0.0.1:9100")])
            .unwrap()
            .metrics()
    );
}
