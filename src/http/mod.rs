//! The HTTP surface: router and layers, the GraphQL endpoint, GraphiQL, health and JWKS.

mod client_ip;
mod email_pages;
mod graphql;
mod hardening;
mod health;
mod jwks;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request, StatusCode};
use axum::routing::get;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::graphql::AppSchema;
use crate::state::AppState;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What the handlers share. Behind an `Arc`: axum clones the state for every request, and a
/// clone of `AppState` is a dozen reference counts (about 3 % of the CPU under load, measured).
pub type HttpState = std::sync::Arc<Shared>;

pub struct Shared {
    pub app: AppState,
    pub schema: AppSchema,
}

pub fn router(app: AppState) -> Router {
    let schema = crate::graphql::build_schema(app.clone());
    let timeout = app.config.request_timeout;
    let body_limit = app.config.body_limit;
    let config = app.config.clone();
    let state = HttpState::new(Shared { app, schema });
    let router = Router::new()
        .route(
            "/graphql",
            get(graphql::get_handler).post(graphql::post_handler),
        )
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/.well-known/jwks.json", get(jwks::jwks))
        .route("/verify-email", get(email_pages::page))
        .route("/reset-password", get(email_pages::page))
        .route("/confirm-email-change", get(email_pages::page))
        .route("/email-action.js", get(email_pages::script))
        .with_state(state)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            // The span has the method and path only: query strings can carry tokens.
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                let request_id = req
                    .headers()
                    .get(REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!(
                    "request",
                    method = %req.method(),
                    path = %req.uri().path(),
                    request_id = %request_id,
                )
            }),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid));
    hardening::harden(router, &config)
}
