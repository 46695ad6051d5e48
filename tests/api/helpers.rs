//! Spawning the app on port 0 with a fresh database per test, and a small GraphQL client.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use portcullis::clock::ManualClock;
use portcullis::state::AppState;
use portcullis::{Application, Config};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
    MySql,
}

impl Backend {
    fn admin_url(self) -> Option<String> {
        let var = match self {
            Backend::Sqlite => return Some(String::new()),
            Backend::Postgres => "TEST_POSTGRES_URL",
            Backend::MySql => "TEST_MYSQL_URL",
        };
        match std::env::var(var) {
            Ok(url) if !url.is_empty() => Some(url),
            _ if std::env::var("TEST_REQUIRE_ALL_DATABASES").as_deref() == Ok("1") => {
                panic!("{var} is not set but TEST_REQUIRE_ALL_DATABASES=1")
            }
            _ => None,
        }
    }

    /// Whether this backend's tests run here (SQLite always; the others when their URL is set).
    pub fn available(self) -> bool {
        self.admin_url().is_some()
    }
}

/// Declares one test per backend for each `async fn name(backend: Backend)` listed.
#[macro_export]
macro_rules! db_tests {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                use $crate::helpers::Backend;

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name(Backend::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if Backend::Postgres.available() {
                        super::$name(Backend::Postgres).await
                    }
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn mysql() {
                    if Backend::MySql.available() {
                        super::$name(Backend::MySql).await
                    }
                }
            }
        )*
    };
}

/// A fresh, empty database for one test; the URL the app should use.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

pub async fn fresh_database(backend: Backend) -> TestDb {
    let name = format!("pc_test_{}", uuid::Uuid::new_v4().simple());
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("portcullis.db");
            TestDb {
                url: format!("sqlite://{}?mode=rwc", path.display()),
                _dir: Some(dir),
            }
        }
        Backend::Postgres | Backend::MySql => {
            let admin = backend.admin_url().expect("backend available");
            let db = sea_orm::Database::connect(admin.as_str())
                .await
                .expect("connect to the admin database");
            use sea_orm::ConnectionTrait;
            db.execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            db.close().await.ok();
            TestDb {
                url: with_database(&admin, &name),
                _dir: None,
            }
        }
    }
}

/// Replaces the database name in a URL (`scheme://user@host:port/db?params`).
fn with_database(url: &str, name: &str) -> String {
    let (base, params) = match url.split_once('?') {
        Some((b, p)) => (b, Some(p)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match params {
        Some(p) => format!("{host_part}/{name}?{p}"),
        None => format!("{host_part}/{name}"),
    }
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    pub db: Arc<TestDb>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub async fn spawn(backend: Backend) -> TestApp {
    spawn_with(backend, &[]).await
}

pub async fn spawn_with(backend: Backend, vars: &[(&str, &str)]) -> TestApp {
    let db = Arc::new(fresh_database(backend).await);
    spawn_on(db, vars).await
}

/// Another instance on the same database (scale-out, restarts).
pub async fn spawn_on(db: Arc<TestDb>, vars: &[(&str, &str)]) -> TestApp {
    let mut pairs: Vec<(&str, &str)> = vec![
        ("DATABASE_URL", db.url.as_str()),
        ("BIND", "127.0.0.1:0"),
        ("DB_MAX_CONNECTIONS", "8"),
    ];
    pairs.extend_from_slice(vars);
    let config = Config::from_pairs(pairs).expect("test config");
    let clock = ManualClock::new();
    let app = Application::build_with_clock(config, clock.clone())
        .await
        .expect("app builds");
    let address = format!("http://{}", app.local_addr());
    let state = app.state().clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    TestApp {
        address,
        client: reqwest::Client::new(),
        state,
        clock,
        db,
        shutdown: Some(tx),
    }
}

/// A signed-in test user.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: String,
    pub username: String,
    pub email: String,
    pub password: String,
    pub access: String,
    pub refresh: String,
}

pub const PASSWORD: &str = "correct horse battery staple";

pub const AUTH_FIELDS: &str = "accessToken refreshToken tokenType expiresIn user { id email username emailVerified role totpEnabled createdAt }";

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// POSTs a GraphQL request and returns the JSON body (any status).
    pub async fn gql(&self, query: &str, variables: Value, token: Option<&str>) -> Value {
        let mut req = self
            .client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request sent");
        res.json().await.expect("JSON body")
    }

    pub async fn register(&self, name: &str) -> Account {
        let username = format!("{name}_{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        let email = format!("{username}@example.com");
        let body = self
            .gql(
                &format!(
                    "mutation($i: RegisterInput!) {{ register(input: $i) {{ {AUTH_FIELDS} }} }}"
                ),
                json!({ "i": { "email": email, "username": username, "password": PASSWORD } }),
                None,
            )
            .await;
        let p = &body["data"]["register"];
        assert!(p.is_object(), "register failed: {body}");
        Account {
            id: p["user"]["id"].as_str().unwrap().to_owned(),
            username,
            email,
            password: PASSWORD.to_owned(),
            access: p["accessToken"].as_str().unwrap().to_owned(),
            refresh: p["refreshToken"].as_str().unwrap().to_owned(),
        }
    }

    /// Signs in again (a new session) and returns the token pair.
    pub async fn login(&self, login: &str, password: &str) -> Value {
        self.gql(
            &format!(
                "mutation($i: LoginInput!) {{ login(input: $i) {{ __typename ... on AuthPayload {{ {AUTH_FIELDS} }} }} }}"
            ),
            json!({ "i": { "login": login, "password": password } }),
            None,
        )
        .await
    }

    pub async fn new_session(&self, account: &Account) -> (String, String) {
        let body = self.login(&account.username, &account.password).await;
        let p = &body["data"]["login"];
        assert_eq!(p["__typename"], "AuthPayload", "{body}");
        (
            p["accessToken"].as_str().unwrap().to_owned(),
            p["refreshToken"].as_str().unwrap().to_owned(),
        )
    }

    pub async fn refresh(&self, refresh_token: &str) -> Value {
        self.gql(
            &format!("mutation($t: String!) {{ refresh(refreshToken: $t) {{ {AUTH_FIELDS} }} }}"),
            json!({ "t": refresh_token }),
            None,
        )
        .await
    }

    /// `me.id` for a token, or None when `me` is null.
    pub async fn me(&self, token: &str) -> Option<String> {
        let body = self.gql("{ me { id } }", json!({}), Some(token)).await;
        assert!(body.get("errors").is_none(), "{body}");
        body["data"]["me"]["id"].as_str().map(str::to_owned)
    }

    /// Whether an access token is accepted where a signed-in caller is required.
    pub async fn accepted(&self, token: &str) -> bool {
        let body = self
            .gql("{ sessions { id } }", json!({}), Some(token))
            .await;
        match error_code(&body) {
            None => true,
            Some(code) => {
                assert_eq!(code, "UNAUTHENTICATED", "{body}");
                false
            }
        }
    }
}

/// The first error's `extensions.code`.
pub fn error_code(body: &Value) -> Option<String> {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .map(str::to_owned)
}

pub fn error_field(body: &Value) -> Option<String> {
    body["errors"][0]["extensions"]["field"]
        .as_str()
        .map(str::to_owned)
}

/// The decoded header and claims of a JWT (no verification: the server already did that).
pub fn jwt_parts(token: &str) -> (Value, Value) {
    let mut parts = token.split('.');
    let header = parts.next().unwrap();
    let claims = parts.next().unwrap();
    let decode =
        |s: &str| -> Value { serde_json::from_slice(&URL_SAFE_NO_PAD.decode(s).unwrap()).unwrap() };
    (decode(header), decode(claims))
}
