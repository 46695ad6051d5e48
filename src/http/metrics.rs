//! `GET /metrics`: the Prometheus text exposition. On the main listener only with
//! `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time); without a token it is
//! 404 there, as if it did not exist. `METRICS_BIND` serves it alone on a listener of its own.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::DatabaseBackend;
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

use super::state::HttpState;
use crate::metrics::Sampled;
use crate::state::AppState;

/// The main listener's route: the token is required.
pub async fn guarded(State(state): State<HttpState>, headers: HeaderMap) -> Response {
    let Some(token) = &state.app.config.metrics_token else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim())
        .unwrap_or("");
    // Digests of equal length compared without an early exit: the time says nothing of the
    // token.
    let want = Sha256::digest(token.expose_secret().as_bytes());
    let got = Sha256::digest(presented.as_bytes());
    let differ = want
        .iter()
        .zip(got.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b));
    if differ != 0 {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\"")],
        )
            .into_response();
    }
    exposition(&state.app).await
}

/// The router of the `METRICS_BIND` listener: `/metrics`, nothing else.
pub fn own_router(app: AppState) -> Router {
    Router::new().route("/metrics", get(open)).with_state(app)
}

async fn open(State(app): State<AppState>) -> Response {
    exposition(&app).await
}

async fn exposition(app: &AppState) -> Response {
    let (outbox_depth, outbox_oldest_age) = match app.outbox.backlog().await {
        Ok(backlog) => backlog,
        Err(e) => {
            tracing::warn!(error = %e, "metrics: cannot read the mail outbox");
            (0, None)
        }
    };
    let (pool_size, pool_idle) = pool_use(app);
    let sampled = Sampled {
        outbox_depth,
        outbox_oldest_age,
        pool_size,
        pool_idle,
    };
    match app.metrics.render(sampled) {
        Some(text) => (
            [
                (
                    header::CONTENT_TYPE,
                    "text/plain; version=0.0.4; charset=utf-8",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            text,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Open connections and idle ones, from the pool of whichever backend this is.
fn pool_use(app: &AppState) -> (u32, u32) {
    let idle = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    match app.db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let pool = app.db.get_postgres_connection_pool();
            (pool.size(), idle(pool.num_idle()))
        }
        DatabaseBackend::MySql => {
            let pool = app.db.get_mysql_connection_pool();
            (pool.size(), idle(pool.num_idle()))
        }
        _ => {
            let pool = app.db.get_sqlite_connection_pool();
            (pool.size(), idle(pool.num_idle()))
        }
    }
}
