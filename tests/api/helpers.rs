//! Spawning the app on port 0 with a fresh database per test, and a small GraphQL client.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use portcullis::clock::ManualClock;
use portcullis::state::AppState;
use portcullis::{Application, Config};
use sea_orm::ConnectionTrait;
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
        optional_service(var)
    }

    /// Whether this backend's tests run here (SQLite always; the others when their URL is set).
    pub fn available(self) -> bool {
        self.admin_url().is_some()
    }
}

/// The setting of an optional test service (a database URL, Redis, the SMTP server's Python)
/// from the environment variable `var`: None when it is unset or empty, so the test is skipped
/// locally; but with `TEST_REQUIRE_ALL_DATABASES=1` (CI) a missing service is a failure, since a
/// silent skip there would hide that nothing was tested.
pub fn optional_service(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(value) if !value.is_empty() => Some(value),
        _ if std::env::var("TEST_REQUIRE_ALL_DATABASES").as_deref() == Ok("1") => {
            panic!("{var} is not set but TEST_REQUIRE_ALL_DATABASES=1 requires every test service")
        }
        _ => None,
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

/// A fresh, empty database for one test; the URL the app should use. A PostgreSQL or MariaDB
/// database is dropped when this is (the last `TestApp` on it holds the last `Arc`).
pub struct TestDb {
    pub url: String,
    server: Option<ServerDb>,
    _dir: Option<tempfile::TempDir>,
}

/// A test database on a shared server: what dropping it needs.
struct ServerDb {
    backend: Backend,
    admin: String,
    name: String,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(db) = self.server.take() {
            let statements = drop_statements(db.backend, &db.name);
            on_admin_connection(db.admin, DROP_PATIENCE, move |conn| async move {
                for statement in statements {
                    conn.execute_unprepared(&statement).await?;
                }
                Ok(())
            });
        }
    }
}

/// How long dropping one test database may take before the test goes on without it.
const DROP_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);
/// Test databases older than this are left from earlier runs that crashed: no test runs that long.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);
/// Every test database's name starts with this, then its creation time and a random part.
const PREFIX: &str = "pc_test_";

/// The statements that drop a test database, for one connection. PostgreSQL: FORCE ends the
/// app's pooled connections, which may still be open. MariaDB: idle connections do not block a
/// drop, but a statement still running in the app would, for a year by default; the session's
/// lock wait is bounded so the server gives up when the test does.
fn drop_statements(backend: Backend, name: &str) -> Vec<String> {
    match backend {
        Backend::Postgres => vec![format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")],
        Backend::MySql => vec![
            format!(
                "SET SESSION lock_wait_timeout = {}",
                DROP_PATIENCE.as_secs() / 2
            ),
            format!("DROP DATABASE IF EXISTS `{name}`"),
        ],
        Backend::Sqlite => Vec::new(),
    }
}

/// Runs `work` on one connection to the admin database, on a thread with a runtime of its own
/// (so that `Drop`, inside a test's runtime, can use it), and waits at most `patience` for it.
/// Failures are ignored: cleaning up must never fail or hang a test.
fn on_admin_connection<F, Fut>(admin: String, patience: std::time::Duration, work: F)
where
    F: FnOnce(sea_orm::DatabaseConnection) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<(), sea_orm::DbErr>>,
{
    let thread = std::thread::spawn(move || {
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        runtime.block_on(async move {
            let _ = tokio::time::timeout(patience, async move {
                let mut options = sea_orm::ConnectOptions::new(admin);
                // One connection, so that a session setting applies to the next statement.
                options
                    .max_connections(1)
                    .connect_timeout(patience)
                    .sqlx_logging(false);
                let conn = sea_orm::Database::connect(options).await?;
                let result = work(conn.clone()).await;
                conn.close().await.ok();
                result
            })
            .await;
        });
    });
    let _ = thread.join();
}

/// Drops, once per test binary and backend, the test databases that earlier runs left behind
/// when they crashed before dropping them. Only those older than an hour: another run of the
/// tests may be going on at the same time, and its databases are young.
fn sweep_stale_databases(backend: Backend, admin: &str) {
    static POSTGRES: std::sync::Once = std::sync::Once::new();
    static MYSQL: std::sync::Once = std::sync::Once::new();
    let (once, list) = match backend {
        Backend::Postgres => (&POSTGRES, "SELECT datname AS name FROM pg_database"),
        Backend::MySql => (
            &MYSQL,
            "SELECT schema_name AS name FROM information_schema.schemata",
        ),
        Backend::Sqlite => return,
    };
    let admin = admin.to_owned();
    once.call_once(move || {
        on_admin_connection(admin, DROP_PATIENCE * 3, move |conn| async move {
            let now = unix_now();
            for row in conn
                .query_all_raw(sea_orm::Statement::from_string(
                    conn.get_database_backend(),
                    list,
                ))
                .await?
            {
                let name: String = row.try_get("", "name")?;
                let Some(created) = created_at(&name) else {
                    continue;
                };
                if now.saturating_sub(created) > STALE_AFTER.as_secs() {
                    for statement in drop_statements(backend, &name) {
                        conn.execute_unprepared(&statement).await.ok();
                    }
                }
            }
            Ok(())
        });
    });
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The creation time (Unix seconds) in a test database's name, `pc_test_<secs>_<random>`; None
/// for any other name, which the sweep leaves alone.
fn created_at(name: &str) -> Option<u64> {
    let (secs, random) = name.strip_prefix(PREFIX)?.split_once('_')?;
    let valid_random = !random.is_empty() && random.chars().all(|c| c.is_ascii_hexdigit());
    if !valid_random || secs.is_empty() || !secs.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    secs.parse().ok()
}

pub async fn fresh_database(backend: Backend) -> TestDb {
    let random = uuid::Uuid::new_v4().simple().to_string();
    let name = format!("{PREFIX}{}_{}", unix_now(), &random[..12]);
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("portcullis.db");
            TestDb {
                url: format!("sqlite://{}?mode=rwc", path.display()),
                server: None,
                _dir: Some(dir),
            }
        }
        Backend::Postgres | Backend::MySql => {
            let admin = backend.admin_url().expect("backend available");
            sweep_stale_databases(backend, &admin);
            let db = sea_orm::Database::connect(admin.as_str())
                .await
                .expect("connect to the admin database");
            db.execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            db.close().await.ok();
            TestDb {
                url: with_database(&admin, &name),
                server: Some(ServerDb {
                    backend,
                    admin,
                    name,
                }),
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
    /// The `METRICS_BIND` listener's address, when the test set it.
    pub metrics_address: Option<String>,
    pub client: reqwest::Client,
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    pub db: Arc<TestDb>,
    /// Where this instance writes mail (MAIL_DIR), unless the test set SMTP_URL.
    pub mail_dir: Arc<tempfile::TempDir>,
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
    let mail_dir = Arc::new(tempfile::tempdir().expect("mail dir"));
    let mail_path = mail_dir.path().display().to_string();
    let mut pairs: Vec<(&str, &str)> = vec![
        ("DATABASE_URL", db.url.as_str()),
        ("BIND", "127.0.0.1:0"),
        ("DB_MAX_CONNECTIONS", "8"),
        ("MAIL_POLL_INTERVAL", "50ms"),
    ];
    if !vars.iter().any(|(k, _)| *k == "SMTP_URL") {
        pairs.push(("MAIL_DIR", mail_path.as_str()));
    }
    pairs.extend_from_slice(vars);
    let config = Config::from_pairs(pairs).expect("test config");
    let clock = ManualClock::new();
    let app = Application::build_with_clock(config, clock.clone())
        .await
        .expect("app builds");
    let address = format!("http://{}", app.local_addr());
    let metrics_address = app.metrics_addr().map(|a| format!("http://{a}"));
    let state = app.state().clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    TestApp {
        address,
        metrics_address,
        client: reqwest::Client::new(),
        state,
        clock,
        db,
        mail_dir,
        shutdown: Some(tx),
    }
}

/// One received message, parsed.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub from: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
}

impl Mail {
    /// Parses an RFC 5322 message (quoted-printable, base64 and multipart undone).
    pub fn parse(raw: &[u8]) -> Option<Mail> {
        let message = mail_parser::MessageParser::default().parse(raw)?;
        let first = |a: Option<&mail_parser::Address>| {
            a.and_then(|a| a.first())
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_owned()
        };
        Some(Mail {
            to: first(message.to()),
            from: first(message.from()),
            subject: message.subject().unwrap_or_default().to_owned(),
            text: message.body_text(0).unwrap_or_default().into_owned(),
            // The templates escape `/` in HTML values as `&#x2f;`; mail clients decode it.
            html: message
                .body_html(0)
                .unwrap_or_default()
                .replace("&#x2f;", "/"),
            message_id: message.message_id().unwrap_or_default().to_owned(),
        })
    }

    /// The token of the first `PUBLIC_URL/<path>?token=` link in the text part.
    pub fn link_token(&self, path: &str) -> String {
        let marker = format!("/{path}?token=");
        let start = self
            .text
            .find(&marker)
            .unwrap_or_else(|| panic!("no {marker} link in: {}", self.text))
            + marker.len();
        self.text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    }
}

/// Every message in a folder of .eml files (or a maildir's `new/`), oldest first.
pub fn read_mail_dir(dir: &std::path::Path) -> Vec<Mail> {
    let mut mails: Vec<Mail> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .filter_map(|e| Mail::parse(&std::fs::read(e.path()).ok()?))
                .collect()
        })
        .unwrap_or_default();
    // Message ids start with a time-ordered UUID.
    mails.sort_by(|a, b| a.message_id.cmp(&b.message_id));
    mails
}

/// Waits (up to 10 s) until `dir` holds at least `count` messages to `to`; returns them all.
pub async fn wait_for_mail_in(dir: &std::path::Path, to: &str, count: usize) -> Vec<Mail> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let mails: Vec<Mail> = read_mail_dir(dir)
            .into_iter()
            .filter(|m| m.to.eq_ignore_ascii_case(to))
            .collect();
        if mails.len() >= count {
            // A file still being written is read again once it is complete.
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            return read_mail_dir(dir)
                .into_iter()
                .filter(|m| m.to.eq_ignore_ascii_case(to))
                .collect();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "expected {count} message(s) to {to}, got {}: {:?}",
            mails.len(),
            mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
        );
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
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
    /// Waits until this instance has written `count` messages to `to`; returns them, oldest first.
    pub async fn mail_to(&self, to: &str, count: usize) -> Vec<Mail> {
        wait_for_mail_in(self.mail_dir.path(), to, count).await
    }

    /// The newest message to `to`, waiting for the `count`-th.
    pub async fn nth_mail_to(&self, to: &str, count: usize) -> Mail {
        let mails = self.mail_to(to, count).await;
        mails[count - 1].clone()
    }

    /// Waits (up to 10 s) until no mail work is left, so that a test may then check that some
    /// message was *not* sent: this instance's password-reset requests, still being looked up in
    /// the background, have finished (they may queue a message), and the outbox holds no pending
    /// message (a row is pending while `next_attempt_at` is set; sent or abandoned rows have it
    /// null). The outbox is the database's: its check covers every instance on it.
    pub async fn outbox_drained(&self) {
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        const PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);
        // Closing the tracker (as shutdown does) only lets `wait` return once it is empty; later
        // requests still run their lookups in it.
        tokio::time::timeout(PATIENCE, self.state.email_flows.finish_background_work())
            .await
            .expect("background password-reset lookups finish");
        let deadline = std::time::Instant::now() + PATIENCE;
        loop {
            let pending = entity::mail_outbox::Entity::find()
                .filter(entity::mail_outbox::Column::NextAttemptAt.is_not_null())
                .count(&self.state.db)
                .await
                .expect("count pending mail");
            if pending == 0 {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{pending} message(s) still pending in the outbox"
            );
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
    }

    /// Every message this instance has written so far.
    pub fn all_mail(&self) -> Vec<Mail> {
        read_mail_dir(self.mail_dir.path())
    }

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

/// Asserts that the first error's `extensions.code` is `code`; prints the body when it is not.
#[track_caller]
pub fn assert_code(body: &Value, code: &str) {
    assert_error(body, code, None, "");
}

/// Asserts the first error's `extensions.code` and `extensions.field`.
#[track_caller]
pub fn assert_code_field(body: &Value, code: &str, field: &str) {
    assert_error(body, code, Some(field), "");
}

/// The general form: the first error's code, its field when `field` is given (not checked when
/// None), and `context` (which loop case this is) in the failure message.
#[track_caller]
pub fn assert_error(
    body: &Value,
    code: &str,
    field: Option<&str>,
    context: impl std::fmt::Display,
) {
    let context = context.to_string();
    let context = if context.is_empty() {
        String::new()
    } else {
        format!("{context}: ")
    };
    assert_eq!(
        error_code(body).as_deref(),
        Some(code),
        "{context}error code of {body}"
    );
    if let Some(field) = field {
        assert_eq!(
            error_field(body).as_deref(),
            Some(field),
            "{context}error field of {body}"
        );
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

/// A JSON array of strings (recovery codes, say), or a panic showing the body it came from.
#[track_caller]
pub fn strings(value: &Value, body: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect()
}

/// The `portcullis` binary with only what a test sets: no developer .env or shell variables leak
/// in.
pub fn bin() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_portcullis"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .current_dir(tempfile::tempdir().unwrap().keep());
    cmd
}

/// The `http://…` address a `serve` child started with piped stderr logs once it listens; the
/// rest of its log is read (and dropped) on a thread so that it never blocks on a full pipe.
pub fn listening_address(child: &mut std::process::Child) -> String {
    use std::io::BufRead;
    let stderr = child.stderr.take().expect("stderr piped");
    let mut lines = std::io::BufReader::new(stderr).lines();
    let address = loop {
        let line = lines.next().expect("server log").unwrap();
        if let Some(i) = line.find("listening on http://") {
            let rest = &line[i + "listening on ".len()..];
            break rest.split_whitespace().next().unwrap().to_owned();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    address
}
