//! The audit log: which events are written, with what client and detail (never a secret), and
//! who may read them through `securityEvents`.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::admin::{RESET, SET_DISABLED, SET_ROLE};
use crate::db_tests;
use crate::helpers::*;

db_tests!(
    sign_ins_and_their_failures_are_recorded_with_the_client,
    password_totp_and_refresh_reuse_events_are_recorded,
    admin_actions_are_recorded_on_the_target_and_admins_read_them,
    security_events_page_newest_first,
    events_older_than_the_retention_are_pruned,
);

const EVENTS: &str = "query($f: Int, $a: String) { me { securityEvents(first: $f, after: $a) { edges { cursor node { id at kind ip userAgent detail } } nodes { kind } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } } }";
const AGENT: &str = "audit-test/1.0";

impl TestApp {
    /// A GraphQL request with a user agent, as a browser would send.
    async fn gql_from_agent(&self, query: &str, variables: Value, token: Option<&str>) -> Value {
        let mut req = self
            .client
            .post(self.url("/graphql"))
            .header("user-agent", AGENT)
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap().json().await.unwrap()
    }

    async fn login_from_agent(&self, login: &str, password: &str) -> Value {
        self.gql_from_agent(
            "mutation($i: LoginInput!) { login(input: $i) { __typename ... on AuthPayload { accessToken refreshToken } } }",
            json!({ "i": { "login": login, "password": password } }),
            None,
        )
        .await
    }

    /// The stored events of a user (None: those without a user), oldest first.
    pub(crate) async fn events(&self, user: Option<&str>) -> Vec<entity::audit_event::Model> {
        use entity::audit_event::Column;
        let query = entity::audit_event::Entity::find();
        let query = match user {
            Some(id) => query.filter(Column::UserId.eq(Uuid::parse_str(id).unwrap())),
            None => query.filter(Column::UserId.is_null()),
        };
        query
            .order_by_asc(Column::At)
            .order_by_asc(Column::Id)
            .all(&self.state.db)
            .await
            .unwrap()
    }

    /// (kind, detail) of a user's stored events, oldest first.
    async fn event_kinds(&self, user: &str) -> Vec<(String, Option<Value>)> {
        self.events(Some(user))
            .await
            .into_iter()
            .map(|e| (e.kind, e.detail.map(|d| serde_json::from_str(&d).unwrap())))
            .collect()
    }
}

fn no_secret_in(rows: &[entity::audit_event::Model], secrets: &[&str]) {
    for row in rows {
        let text = format!("{:?}", row);
        for secret in secrets {
            assert!(!text.contains(secret), "{text} holds a secret");
        }
    }
}

async fn sign_ins_and_their_failures_are_recorded_with_the_client(backend: Backend) {
    let app = spawn(backend).await;
    let user = app.register("watched").await;
    assert_eq!(
        app.event_kinds(&user.id).await,
        vec![],
        "registering is not a sign-in"
    );

    let wrong = "my wrong password guess";
    let body = app.login_from_agent(&user.username, wrong).await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app.login_from_agent("no_such_user", wrong).await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app.login_from_agent(&user.email, PASSWORD).await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");

    assert_eq!(
        app.event_kinds(&user.id).await,
        vec![
            (
                "sign_in_failed".to_owned(),
                Some(json!({ "reason": "wrong_password" }))
            ),
            (
                "sign_in_succeeded".to_owned(),
                Some(json!({ "amr": "pwd" }))
            ),
        ]
    );
    let rows = app.events(Some(&user.id)).await;
    for row in &rows {
        assert_eq!(row.ip.as_deref(), Some("127.0.0.1"));
        assert_eq!(row.user_agent.as_deref(), Some(AGENT));
    }
    // An unknown login is recorded without a user, and without what was typed.
    let anonymous = app.events(None).await;
    assert_eq!(anonymous.len(), 1);
    assert_eq!(anonymous[0].kind, "sign_in_failed");
    assert_eq!(
        anonymous[0].detail.as_deref(),
        Some(r#"{"reason":"unknown_login"}"#)
    );
    let mut all = rows;
    all.extend(anonymous);
    no_secret_in(&all, &[wrong, PASSWORD, "no_such_user"]);

    // The user reads them through the API, newest first.
    let body = app.gql(EVENTS, json!({}), Some(&user.access)).await;
    let c = &body["data"]["me"]["securityEvents"];
    assert_eq!(c["totalCount"], 2, "{body}");
    assert_eq!(
        c["nodes"],
        json!([{ "kind": "SIGN_IN_SUCCEEDED" }, { "kind": "SIGN_IN_FAILED" }])
    );
    let node = &c["edges"][1]["node"];
    assert_eq!(node["ip"], "127.0.0.1");
    assert_eq!(node["userAgent"], AGENT);
    assert_eq!(node["detail"], r#"{"reason":"wrong_password"}"#);
    assert!(node["at"].as_str().unwrap().ends_with('Z'));
}

async fn password_totp_and_refresh_reuse_events_are_recorded(backend: Backend) {
    let app = spawn(backend).await;
    let user = app.register("busy").await;
    let new_password = "an entirely new passphrase";
    let body = app
        .gql(
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken } }",
            json!({ "c": PASSWORD, "n": new_password }),
            Some(&user.access),
        )
        .await;
    let access = body["data"]["changePassword"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let refresh = body["data"]["changePassword"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let user = Account {
        access,
        refresh,
        password: new_password.to_owned(),
        ..user
    };

    let (secret, _) = app.enable_totp(&user).await;
    let mfa = app.challenge(&user).await;
    let body = app.verify(&mfa, "000000").await;
    let code = app.code(&secret, 0);
    if code == "000000" {
        // One chance in a million: the wrong code was right. Skip the failure check.
        assert!(error_code(&body).is_none());
    } else {
        assert_code(&body, "INVALID_MFA_CODE");
    }
    let body = app.verify(&mfa, &code).await;
    let mfa_refresh = body["data"]["verifyTotp"]["refreshToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    app.clock.advance(std::time::Duration::from_secs(30));
    let body = app
        .gql(
            "mutation($p: String!, $c: String!) { disableTotp(password: $p, code: $c) { id } }",
            json!({ "p": new_password, "c": app.code(&secret, 0) }),
            Some(&user.access),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");

    // Replaying a retired refresh token.
    let body = app.refresh(&mfa_refresh).await;
    assert!(body.get("errors").is_none(), "{body}");
    let body = app.refresh(&mfa_refresh).await;
    assert_code(&body, "INVALID_TOKEN");

    let kinds = app.event_kinds(&user.id).await;
    let session_id = kinds
        .iter()
        .find(|(k, _)| k == "refresh_token_reused")
        .and_then(|(_, d)| d.as_ref())
        .map(|d| d["sessionId"].clone());
    let mut expected = vec![
        ("password_changed".to_owned(), None),
        ("totp_enabled".to_owned(), None),
    ];
    if code != "000000" {
        expected.push((
            "sign_in_failed".to_owned(),
            Some(json!({ "reason": "wrong_second_factor" })),
        ));
    }
    expected.extend([
        (
            "sign_in_succeeded".to_owned(),
            Some(json!({ "amr": "pwd totp" })),
        ),
        ("totp_disabled".to_owned(), None),
        (
            "refresh_token_reused".to_owned(),
            Some(json!({ "sessionId": session_id.clone().unwrap() })),
        ),
    ]);
    assert_eq!(kinds, expected);
    // The reused token's session is the one the second factor opened.
    let sessions = entity::session::Entity::find()
        .filter(entity::session::Column::Amr.eq("pwd totp"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(
        json!(sessions[0].id.to_string()),
        session_id.unwrap(),
        "{sessions:?}"
    );
    no_secret_in(
        &app.events(Some(&user.id)).await,
        &[PASSWORD, new_password, &secret, &mfa, &mfa_refresh, &code],
    );
}

async fn admin_actions_are_recorded_on_the_target_and_admins_read_them(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let user = app.register("subject").await;
    for (query, vars) in [
        (SET_ROLE, json!({ "u": user.id, "r": "ADMIN" })),
        (SET_ROLE, json!({ "u": user.id, "r": "ADMIN" })),
        (SET_ROLE, json!({ "u": user.id, "r": "USER" })),
        (SET_DISABLED, json!({ "u": user.id, "d": true })),
        (SET_DISABLED, json!({ "u": user.id, "d": false })),
        (SET_DISABLED, json!({ "u": user.id, "d": false })),
        (RESET, json!({ "u": user.id, "p": "set by the admin" })),
    ] {
        let body = app.gql_from_agent(query, vars, Some(&admin.access)).await;
        assert!(body.get("errors").is_none(), "{body}");
    }
    let by = json!(admin.id);
    // Repeating a change that changes nothing records nothing.
    assert_eq!(
        app.event_kinds(&user.id).await,
        vec![
            (
                "role_changed".to_owned(),
                Some(json!({ "role": "ADMIN", "by": by }))
            ),
            (
                "role_changed".to_owned(),
                Some(json!({ "role": "USER", "by": by }))
            ),
            ("account_disabled".to_owned(), Some(json!({ "by": by }))),
            ("account_enabled".to_owned(), Some(json!({ "by": by }))),
            ("password_reset".to_owned(), Some(json!({ "by": by }))),
        ]
    );
    // The client recorded is the admin's.
    for row in app.events(Some(&user.id)).await {
        assert_eq!(row.user_agent.as_deref(), Some(AGENT));
    }
    no_secret_in(&app.events(Some(&user.id)).await, &["set by the admin"]);
    // Nothing was recorded on the admin's own account but their sign-in.
    assert_eq!(
        app.event_kinds(&admin.id).await,
        vec![(
            "sign_in_succeeded".to_owned(),
            Some(json!({ "amr": "pwd" }))
        )]
    );

    // The admin reads anyone's events through the directory.
    let body = app
        .gql(
            "query($s: String) { users(search: $s) { nodes { id securityEvents(first: 2) { nodes { kind } totalCount } } } }",
            json!({ "s": user.username }),
            Some(&admin.access),
        )
        .await;
    assert_eq!(
        body["data"]["users"]["nodes"],
        json!([{ "id": user.id, "securityEvents": {
            "nodes": [{ "kind": "PASSWORD_RESET" }, { "kind": "ACCOUNT_ENABLED" }],
            "totalCount": 5,
        } }]),
        "{body}"
    );
    // The user reads their own (after signing in again: the reset ended their sessions).
    let body = app.login(&user.username, "set by the admin").await;
    let access = body["data"]["login"]["accessToken"].as_str().unwrap();
    let body = app.gql(EVENTS, json!({ "f": 1 }), Some(access)).await;
    assert_eq!(
        body["data"]["me"]["securityEvents"]["nodes"],
        json!([{ "kind": "SIGN_IN_SUCCEEDED" }]),
        "{body}"
    );
    // Anonymous callers have no `me`, hence no events.
    let body = app.gql(EVENTS, json!({}), None).await;
    assert_eq!(body["data"]["me"], Value::Null, "{body}");
}

async fn security_events_page_newest_first(backend: Backend) {
    let app = spawn(backend).await;
    let user = app.register("pager").await;
    for _ in 0..5 {
        let body = app.login(&user.username, "a wrong password here").await;
        assert_code(&body, "INVALID_CREDENTIALS");
    }
    let stored: Vec<String> = app
        .events(Some(&user.id))
        .await
        .into_iter()
        .rev()
        .map(|e| e.id.to_string())
        .collect();
    assert_eq!(stored.len(), 5);
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    for (next, previous) in [(true, false), (true, true), (false, true)] {
        let body = app
            .gql(EVENTS, json!({ "f": 2, "a": after }), Some(&user.access))
            .await;
        let c = &body["data"]["me"]["securityEvents"];
        assert_eq!(c["pageInfo"]["hasNextPage"], next, "{body}");
        assert_eq!(c["pageInfo"]["hasPreviousPage"], previous, "{body}");
        assert_eq!(c["totalCount"], 5);
        for e in c["edges"].as_array().unwrap() {
            seen.push(e["node"]["id"].as_str().unwrap().to_owned());
        }
        after = c["pageInfo"]["endCursor"].as_str().map(str::to_owned);
    }
    assert_eq!(seen, stored);
    for (vars, field) in [
        (json!({ "f": 101 }), "first"),
        (json!({ "f": -1 }), "first"),
        (json!({ "a": "garbage" }), "after"),
    ] {
        let body = app.gql(EVENTS, vars, Some(&user.access)).await;
        assert_code_field(&body, "BAD_USER_INPUT", field);
    }
}

async fn events_older_than_the_retention_are_pruned(backend: Backend) {
    let day = std::time::Duration::from_secs(86_400);
    let app = spawn_with(backend, &[("AUDIT_RETENTION", "30d")]).await;
    let user = app.register("old").await;
    failed_login(&app, &user.username).await;
    app.clock.advance(20 * day);
    failed_login(&app, &user.username).await;
    assert_eq!(app.events(Some(&user.id)).await.len(), 2);

    // 31 days after the first: only that one is older than the retention.
    app.clock.advance(11 * day);
    failed_login(&app, &user.username).await;
    let left = app.events(Some(&user.id)).await;
    assert_eq!(left.len(), 2, "{left:?}");
    let now = portcullis::clock::Clock::now_micros(app.clock.as_ref());
    assert!(left.iter().all(|e| now - e.at < 30 * 86_400 * 1_000_000));

    // Kept forever with 0s.
    let app = spawn_with(backend, &[("AUDIT_RETENTION", "0s")]).await;
    let user = app.register("kept").await;
    failed_login(&app, &user.username).await;
    app.clock.advance(3650 * day);
    failed_login(&app, &user.username).await;
    assert_eq!(app.events(Some(&user.id)).await.len(), 2);
}

async fn failed_login(app: &TestApp, login: &str) {
    let body = app.login(login, "a wrong password here").await;
    assert_code(&body, "INVALID_CREDENTIALS");
}
