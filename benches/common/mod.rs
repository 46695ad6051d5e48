//! Shared by the benches: the application state the server builds (`prepare_state`) on a fresh
//! SQLite file, and its GraphQL schema driven in process with the context data the HTTP handler
//! adds (`Viewer`, `RequestInfo`), so no HTTP is involved.

use std::sync::Arc;

use async_graphql::{Request, Variables};
use portcullis::Config;
use portcullis::clock::SystemClock;
use portcullis::graphql::context::{RequestInfo, Viewer};
use portcullis::graphql::{AppSchema, build_schema};
use portcullis::services::ClientInfo;
use portcullis::state::AppState;
use serde_json::{Value, json};

/// A password outside the common-password list, used for every bench account.
pub const PASSWORD: &str = "Bench-pass-2026!";

pub struct App {
    pub state: AppState,
    pub schema: AppSchema,
    _dir: tempfile::TempDir,
}

/// Builds the state and schema as `Application::build` does, on a new SQLite file in a temp dir,
/// with `extra` configuration variables.
pub async fn app(extra: &[(&str, &str)]) -> App {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("bench.db").display()
    );
    let mut pairs = vec![("DATABASE_URL", url.as_str()), ("BIND", "127.0.0.1:0")];
    pairs.extend_from_slice(extra);
    let config = Config::from_pairs(pairs).expect("bench config");
    let state = portcullis::startup::prepare_state(config, Arc::new(SystemClock))
        .await
        .expect("state builds");
    let schema = build_schema(state.clone());
    App {
        state,
        schema,
        _dir: dir,
    }
}

/// What the HTTP handler puts next to the viewer.
pub fn request_info() -> RequestInfo {
    RequestInfo {
        request_id: "bench".to_owned(),
        client: ClientInfo::new(
            Some(std::net::IpAddr::from([127, 0, 0, 1])),
            Some("criterion".to_owned()),
        ),
    }
}

impl App {
    /// Runs one operation as `viewer`; panics on any GraphQL error (a fast error is not a result).
    pub async fn execute(&self, query: &str, variables: Value, viewer: Viewer) -> Value {
        let request = Request::new(query)
            .variables(Variables::from_json(variables))
            .data(viewer)
            .data(request_info());
        let response = self.schema.execute(request).await;
        assert!(response.errors.is_empty(), "{:?}", response.errors);
        response.data.into_json().expect("JSON data")
    }

    /// Registers `username` through the `register` mutation; returns its access token.
    pub async fn register(&self, username: &str) -> String {
        let data = self
            .execute(
                "mutation($i: RegisterInput!) { register(input: $i) { accessToken } }",
                json!({ "i": {
                    "email": format!("{username}@example.com"),
                    "username": username,
                    "password": PASSWORD,
                }}),
                Viewer::Anonymous,
            )
            .await;
        data["register"]["accessToken"]
            .as_str()
            .expect("access token")
            .to_owned()
    }
}
