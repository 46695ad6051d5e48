//! Browsers: cookie sessions (tokens only in HttpOnly cookies), their CSRF proof and origin
//! check, credentialed CORS for listed origins only, the self-hosted GraphiQL, and the admin
//! overview's sign-in activity.

use std::time::Duration;

use portcullis::clock::Clock;

use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    cookie_mode_keeps_tokens_in_http_only_cookies,
    refresh_without_argument_rotates_the_cookie_and_catches_a_replay,
    racing_refreshes_on_one_cookie_keep_the_session,
    logout_clears_the_cookies_even_with_an_expired_access_token,
    cookie_requests_without_the_csrf_proof_or_origin_are_forbidden,
    sign_in_activity_counts_per_day_for_admins_only,
    admins_look_a_user_up_by_id,
);

const ORIGIN: &str = "https://auth.example.com";
const VARS: &[(&str, &str)] = &[("PUBLIC_URL", ORIGIN)];
const AUTH: &str = "accessToken refreshToken deviceToken expiresIn user { id username }";
const REGISTER: &str = "mutation($i: RegisterInput!) { register(input: $i) { accessToken refreshToken deviceToken expiresIn user { id username } } }";

/// A browser's view of one origin: its cookies, its CSRF token, and cookie-mode requests.
struct Browser<'a> {
    app: &'a TestApp,
    origin: &'a str,
    jar: Vec<(String, String)>,
    csrf: String,
}

/// One `Set-Cookie` header: name, value and the attributes as written.
fn set_cookies(headers: &HeaderMap) -> Vec<(String, String, String)> {
    headers
        .get_all("set-cookie")
        .iter()
        .map(|v| {
            let v = v.to_str().unwrap().to_owned();
            let (pair, attrs) = v.split_once(';').unwrap_or((&v, ""));
            let (name, value) = pair.split_once('=').unwrap();
            (name.to_owned(), value.to_owned(), attrs.trim().to_owned())
        })
        .collect()
}

impl<'a> Browser<'a> {
    async fn open(app: &'a TestApp, origin: &'a str) -> Browser<'a> {
        let mut browser = Browser {
            app,
            origin,
            jar: Vec::new(),
            csrf: String::new(),
        };
        let res = browser.get("/auth/csrf").await;
        assert_eq!(res.status(), 200);
        browser.store(res.headers());
        let body: Value = res.json().await.unwrap();
        browser.csrf = body["csrfToken"].as_str().unwrap().to_owned();
        browser
    }

    fn cookie_header(&self) -> String {
        self.jar
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn cookie(&self, name: &str) -> Option<&str> {
        self.jar
            .iter()
            .find(|(n, _)| n.ends_with(name))
            .map(|(_, v)| v.as_str())
    }

    fn store(&mut self, headers: &HeaderMap) {
        for (name, value, attrs) in set_cookies(headers) {
            self.jar.retain(|(n, _)| *n != name);
            if !attrs.contains("Max-Age=0") {
                self.jar.push((name, value));
            }
        }
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.app
            .client
            .get(self.app.url(path))
            .header("origin", self.origin)
            .header("cookie", self.cookie_header())
            .send()
            .await
            .unwrap()
    }

    /// A cookie-mode POST with every proof; returns the status, the body and the cookies set.
    async fn post(&mut self, query: &str, variables: Value, token: Option<&str>) -> (u16, Value) {
        let mut req = self
            .app
            .client
            .post(self.app.url("/graphql"))
            .header("origin", self.origin)
            .header("x-portcullis-session", "cookie")
            .header("x-csrf-token", &self.csrf)
            .header("cookie", self.cookie_header())
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        self.store(res.headers());
        (status, res.json().await.unwrap())
    }

    async fn register(&mut self, name: &str) -> (Value, Vec<(String, String, String)>) {
        let username = format!("{name}_{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        let res = self
            .app
            .client
            .post(self.app.url("/graphql"))
            .header("origin", self.origin)
            .header("x-portcullis-session", "cookie")
            .header("x-csrf-token", &self.csrf)
            .header("cookie", self.cookie_header())
            .json(&json!({ "query": REGISTER, "variables": { "i": {
                "email": format!("{username}@example.com"), "username": username, "password": PASSWORD } } }))
            .send()
            .await
            .unwrap();
        let cookies = set_cookies(res.headers());
        self.store(res.headers());
        let body: Value = res.json().await.unwrap();
        assert!(body["data"]["register"].is_object(), "{body}");
        (body["data"]["register"].clone(), cookies)
    }

    async fn refresh(&mut self) -> (u16, Value) {
        self.post(
            &format!("mutation {{ refresh {{ {AUTH} }} }}"),
            json!({}),
            None,
        )
        .await
    }
}

async fn cookie_mode_keeps_tokens_in_http_only_cookies(backend: Backend) {
    let app = spawn_with(backend, VARS).await;
    let mut browser = Browser::open(&app, ORIGIN).await;
    // The CSRF cookie: HttpOnly, host-only, Secure on https. Asking again keeps it.
    let csrf_cookie = browser.cookie("portcullis-csrf").unwrap().to_owned();
    let again = browser.get("/auth/csrf").await;
    assert!(set_cookies(again.headers()).is_empty());
    let body: Value = again.json().await.unwrap();
    assert_eq!(body["csrfToken"], browser.csrf.as_str());
    assert_eq!(browser.cookie("portcullis-csrf").unwrap(), csrf_cookie);

    let (payload, cookies) = browser.register("cookie").await;
    assert_eq!(payload["refreshToken"], "");
    assert_eq!(payload["deviceToken"], Value::Null);
    let refresh = cookies
        .iter()
        .find(|(n, _, _)| n == "__Host-portcullis-refresh")
        .expect("refresh cookie");
    assert_eq!(refresh.1.len(), 43, "a refresh token");
    assert_eq!(
        refresh.2,
        format!(
            "Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age={}",
            30 * 86_400
        )
    );
    // The access token works as a Bearer token, as in Bearer mode.
    let access = payload["accessToken"].as_str().unwrap();
    assert_eq!(
        app.me(access).await.as_deref(),
        payload["user"]["id"].as_str()
    );

    // A sign-in in cookie mode: the device token goes into its own cookie, not the payload.
    let username = payload["user"]["username"].as_str().unwrap().to_owned();
    let (status, body) = browser
        .post(
            &format!("mutation($i: LoginInput!) {{ login(input: $i) {{ ... on AuthPayload {{ {AUTH} }} }} }}"),
            json!({ "i": { "login": username, "password": PASSWORD } }),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["login"]["refreshToken"], "", "{body}");
    assert_eq!(body["data"]["login"]["deviceToken"], Value::Null);
    let device = browser.cookie("portcullis-device").expect("device cookie");
    assert_eq!(device.len(), 43);

    // The same mutation in Bearer mode still returns the tokens and sets no cookie.
    let res = app
        .client
        .post(app.url("/graphql"))
        .json(&json!({ "query": format!("mutation($i: LoginInput!) {{ login(input: $i) {{ ... on AuthPayload {{ {AUTH} }} }} }}"),
            "variables": { "i": { "login": username, "password": PASSWORD } } }))
        .send()
        .await
        .unwrap();
    assert!(set_cookies(res.headers()).is_empty());
    let body: Value = res.json().await.unwrap();
    assert_eq!(
        body["data"]["login"]["refreshToken"]
            .as_str()
            .unwrap()
            .len(),
        43
    );
    assert!(body["data"]["login"]["deviceToken"].is_string());

    // Without cookie mode, `refresh` still needs its argument.
    let body = app
        .gql("mutation { refresh { accessToken } }", json!({}), None)
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "refreshToken");
}

async fn refresh_without_argument_rotates_the_cookie_and_catches_a_replay(backend: Backend) {
    let app = spawn_with(backend, VARS).await;
    let mut browser = Browser::open(&app, ORIGIN).await;
    browser.register("rotate").await;
    let first = browser.cookie("portcullis-refresh").unwrap().to_owned();
    let (status, body) = browser.refresh().await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["refresh"]["refreshToken"], "", "{body}");
    let second = browser.cookie("portcullis-refresh").unwrap().to_owned();
    assert_ne!(first, second);
    let access = body["data"]["refresh"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(app.accepted(&access).await);

    // The retired cookie, replayed after the grace (a thief's copy): the session ends, and the
    // dead cookie is cleared.
    app.clock.advance(Duration::from_secs(11));
    let mut thief = Browser::open(&app, ORIGIN).await;
    thief.jar.push(("__Host-portcullis-refresh".into(), first));
    let (_, body) = thief.refresh().await;
    assert_code(&body, "INVALID_TOKEN");
    assert!(thief.cookie("portcullis-refresh").is_none());
    let (_, body) = browser.refresh().await;
    assert_code(&body, "INVALID_TOKEN");
    assert!(!app.accepted(&access).await);

    // No refresh cookie at all: INVALID_TOKEN.
    let mut fresh = Browser::open(&app, ORIGIN).await;
    let (_, body) = fresh.refresh().await;
    assert_code(&body, "INVALID_TOKEN");
}

async fn racing_refreshes_on_one_cookie_keep_the_session(backend: Backend) {
    let app = spawn_with(backend, VARS).await;
    let mut tab_one = Browser::open(&app, ORIGIN).await;
    tab_one.register("tabs").await;
    // A second tab of the same browser: the same cookies.
    let mut tab_two = Browser {
        app: &app,
        origin: ORIGIN,
        jar: tab_one.jar.clone(),
        csrf: tab_one.csrf.clone(),
    };
    let (one, two) = futures::join!(tab_one.refresh(), tab_two.refresh());
    for (status, body) in [&one, &two] {
        assert_eq!(*status, 200);
        assert!(body["data"]["refresh"]["accessToken"].is_string(), "{body}");
    }
    // Both tabs hold the same successor, and it goes on working.
    assert_eq!(
        tab_one.cookie("portcullis-refresh"),
        tab_two.cookie("portcullis-refresh")
    );
    let (_, body) = tab_two.refresh().await;
    assert!(body["data"]["refresh"]["accessToken"].is_string(), "{body}");
    // One tab late with the spent cookie, within the grace: answered, not treated as theft.
    let (_, body) = tab_one.refresh().await;
    assert!(body["data"]["refresh"]["accessToken"].is_string(), "{body}");
    let access = body["data"]["refresh"]["accessToken"].as_str().unwrap();
    assert!(app.accepted(access).await);
}

async fn logout_clears_the_cookies_even_with_an_expired_access_token(backend: Backend) {
    let app = spawn_with(backend, VARS).await;
    let mut browser = Browser::open(&app, ORIGIN).await;
    let (payload, _) = browser.register("leaving").await;
    let access = payload["accessToken"].as_str().unwrap().to_owned();
    let refresh = browser.cookie("portcullis-refresh").unwrap().to_owned();
    // The access token expires; the page signs out with it anyway.
    app.clock.advance(Duration::from_secs(16 * 60));
    assert!(!app.accepted(&access).await);
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("origin", ORIGIN)
        .header("x-portcullis-session", "cookie")
        .header("x-csrf-token", &browser.csrf)
        .header("cookie", browser.cookie_header())
        .bearer_auth(&access)
        .json(&json!({ "query": "mutation { logout }" }))
        .send()
        .await
        .unwrap();
    let cleared = set_cookies(res.headers());
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["data"]["logout"], true, "{body}");
    for name in ["__Host-portcullis-refresh", "__Host-portcullis-device"] {
        let (_, value, attrs) = cleared.iter().find(|(n, _, _)| n == name).expect(name);
        assert_eq!(value, "");
        assert!(attrs.ends_with("Max-Age=0"), "{attrs}");
    }
    // The session is over: its refresh token is refused, in either mode.
    assert_code(&app.refresh(&refresh).await, "INVALID_TOKEN");

    // Signing out with neither a live token nor a cookie: UNAUTHENTICATED, cookies cleared.
    let mut stranger = Browser::open(&app, ORIGIN).await;
    let (_, body) = stranger.post("mutation { logout }", json!({}), None).await;
    assert_code(&body, "UNAUTHENTICATED");
}

async fn cookie_requests_without_the_csrf_proof_or_origin_are_forbidden(backend: Backend) {
    let app = spawn_with(
        backend,
        &[
            ("PUBLIC_URL", ORIGIN),
            ("CORS_ALLOWED_ORIGINS", "https://app.example.com"),
        ],
    )
    .await;
    let mut browser = Browser::open(&app, ORIGIN).await;
    browser.register("csrf").await;
    let other = Browser::open(&app, ORIGIN).await;
    let query = json!({ "query": "mutation { refresh { accessToken } }" });
    let attempt = |origin: Option<&str>, csrf: Option<&str>, cookies: String| {
        let mut req = app
            .client
            .post(app.url("/graphql"))
            .header("x-portcullis-session", "cookie")
            .header("cookie", cookies)
            .json(&query);
        if let Some(o) = origin {
            req = req.header("origin", o.to_owned());
        }
        if let Some(c) = csrf {
            req = req.header("x-csrf-token", c.to_owned());
        }
        req.send()
    };
    let jar = browser.cookie_header();
    let cases = [
        ("no CSRF header", Some(ORIGIN), None, jar.clone()),
        (
            "a garbled token",
            Some(ORIGIN),
            Some("garbage"),
            jar.clone(),
        ),
        (
            "another browser's token",
            Some(ORIGIN),
            Some(other.csrf.as_str()),
            jar.clone(),
        ),
        ("no Origin", None, Some(browser.csrf.as_str()), jar.clone()),
        (
            "a foreign Origin",
            Some("https://evil.example"),
            Some(browser.csrf.as_str()),
            jar.clone(),
        ),
        (
            "the null Origin",
            Some("null"),
            Some(browser.csrf.as_str()),
            jar.clone(),
        ),
    ];
    for (what, origin, csrf, cookies) in cases {
        let res = attempt(origin, csrf, cookies).await.unwrap();
        assert_eq!(res.status(), 403, "{what}");
        assert!(set_cookies(res.headers()).is_empty(), "{what}");
        let body: Value = res.json().await.unwrap();
        assert_code(&body, "FORBIDDEN");
    }
    // The listed origin passes (credentialed CORS is for it).
    let res = attempt(
        Some("https://app.example.com"),
        Some(&browser.csrf),
        jar.clone(),
    )
    .await
    .unwrap();
    assert_eq!(res.status(), 200);

    // A cross-site form (login CSRF, or any mutation): refused before the body is read.
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("query=mutation%20%7B%20logout%20%7D")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let body: Value = res.json().await.unwrap();
    assert_code(&body, "FORBIDDEN");
    // A Bearer request from a foreign origin too; from no origin (a server) it is fine.
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("origin", "https://evil.example")
        .json(&json!({ "query": "{ errorCodes }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let body = app.gql("{ errorCodes }", json!({}), None).await;
    assert!(body["data"]["errorCodes"].is_array());
    // An unknown mode value is refused rather than ignored.
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("origin", ORIGIN)
        .header("x-portcullis-session", "cookies please")
        .json(&json!({ "query": "{ errorCodes }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // The CSRF endpoint answers no foreign origin.
    let res = app
        .client
        .get(app.url("/auth/csrf"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(set_cookies(res.headers()).is_empty());
}

const ACTIVITY: &str = "query($d: Int) { signInActivity(days: $d) { day succeeded failed } }";

async fn sign_in_activity_counts_per_day_for_admins_only(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("overview").await;
    let user = app.register("active").await;
    // Yesterday: the admin's sign-in. Today: the user's, a wrong password, an unknown login,
    // and the admin's second sign-in.
    app.clock.advance(Duration::from_secs(86_400));
    app.login(&user.username, "wrong password 1").await;
    let signed_in = app.login(&user.username, PASSWORD).await;
    let user_access = signed_in["data"]["login"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    app.login("nobody-at-all", "wrong password 2").await;
    // The admin's token expired overnight: a new sign-in, today.
    let (access, _) = app.new_session(&admin).await;
    let admin = Account { access, ..admin };
    let body = app
        .gql(ACTIVITY, json!({ "d": 3 }), Some(&admin.access))
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let days = body["data"]["signInActivity"].as_array().unwrap();
    assert_eq!(days.len(), 3, "{body}");
    let today = chrono::DateTime::from_timestamp_micros(app.clock.now_micros())
        .unwrap()
        .date_naive();
    assert_eq!(days[2]["day"], today.to_string());
    assert_eq!(days[1]["day"], today.pred_opt().unwrap().to_string());
    assert_eq!(
        (days[2]["succeeded"].as_i64(), days[2]["failed"].as_i64()),
        (Some(2), Some(2))
    );
    // Yesterday: the admin's sign-in.
    assert_eq!(
        (days[1]["succeeded"].as_i64(), days[1]["failed"].as_i64()),
        (Some(1), Some(0))
    );
    assert_eq!(
        (days[0]["succeeded"].as_i64(), days[0]["failed"].as_i64()),
        (Some(0), Some(0))
    );
    // The default is 30 days.
    let body = app.gql(ACTIVITY, json!({}), Some(&admin.access)).await;
    assert_eq!(
        body["data"]["signInActivity"].as_array().map(Vec::len),
        Some(30),
        "{body}"
    );

    // Admins only; a sane range only.
    let body = app.gql(ACTIVITY, json!({}), Some(&user_access)).await;
    assert_code(&body, "FORBIDDEN");
    let body = app.gql(ACTIVITY, json!({}), None).await;
    assert_code(&body, "UNAUTHENTICATED");
    for bad in [0, -1, 367] {
        let body = app
            .gql(ACTIVITY, json!({ "d": bad }), Some(&admin.access))
            .await;
        assert_code_field(&body, "BAD_USER_INPUT", "days");
    }
}

const USER: &str =
    "query($id: ID!) { user(id: $id) { id username securityEvents(first: 5) { nodes { kind } } } }";

async fn admins_look_a_user_up_by_id(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("lookup").await;
    let user = app.register("looked_up").await;
    app.login(&user.username, "not the password").await;
    let body = app
        .gql(USER, json!({ "id": user.id }), Some(&admin.access))
        .await;
    assert_eq!(
        body["data"]["user"]["username"],
        user.username.as_str(),
        "{body}"
    );
    assert_eq!(
        body["data"]["user"]["securityEvents"]["nodes"][0]["kind"],
        "SIGN_IN_FAILED"
    );
    let unknown = uuid::Uuid::now_v7().to_string();
    let body = app
        .gql(USER, json!({ "id": unknown }), Some(&admin.access))
        .await;
    assert_eq!(body["data"]["user"], Value::Null, "{body}");
    let body = app
        .gql(USER, json!({ "id": "nope" }), Some(&admin.access))
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "id");
    // Not for users (not even about themselves), nor for anonymous callers.
    let body = app
        .gql(USER, json!({ "id": user.id }), Some(&user.access))
        .await;
    assert_code(&body, "FORBIDDEN");
    let body = app.gql(USER, json!({ "id": user.id }), None).await;
    assert_code(&body, "UNAUTHENTICATED");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_console_is_served_by_the_binary_under_a_strict_policy() {
    let app = spawn(Backend::Sqlite).await;
    let res = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let h = res.headers();
    assert_eq!(h["content-type"], "text/html; charset=utf-8");
    assert_eq!(h["cache-control"], "no-store");
    let csp = h["content-security-policy"].to_str().unwrap().to_owned();
    assert!(
        csp.contains("default-src 'none'; script-src 'self';"),
        "{csp}"
    );
    assert!(csp.contains("connect-src 'self'"), "{csp}");
    assert!(
        !csp.contains("http") && !csp.contains("unsafe-eval"),
        "{csp}"
    );
    let html = res.text().await.unwrap();
    assert!(!html.contains("<script>"), "no inline script: {html}");
    assert!(!html.contains("://"), "nothing from another origin: {html}");
    let files: Vec<&str> = html
        .split('"')
        .filter(|s| s.starts_with("/assets/"))
        .collect();
    assert!(files.iter().any(|f| f.ends_with(".js")), "{html}");
    assert!(files.iter().any(|f| f.ends_with(".css")), "{html}");
    for file in files {
        let res = app.client.get(app.url(file)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{file}");
        assert!(!res.bytes().await.unwrap().is_empty());
    }
    for missing in [
        "/assets/nope.js",
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/Cargo.toml",
    ] {
        let res = app.client.get(app.url(missing)).send().await.unwrap();
        assert_eq!(res.status(), 404, "{missing}");
    }
}
