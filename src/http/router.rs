//! The router: the routes and the tower layers around them (body limit, timeout, request id,
//! tracing), with the hardening headers and CORS outermost.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, OnResponse, TraceLayer};

use super::state::{HttpState, REQUEST_ID, Shared};
use super::{assets, browser, console, graphql, hardening, health, jwks, metrics, providers};
use crate::state::AppState;
use crate::telemetry;

pub fn router(app: AppState) -> Router {
    let schema = crate::graphql::build_schema(app.clone());
    let timeout = app.config.request_timeout;
    let body_limit = app.config.body_limit;
    let config = app.config.clone();
    let state = HttpState::new(Shared::new(app, schema));
    let router = Router::new()
        .route(
            "/graphql",
            get(graphql::get_handler).post(graphql::post_handler),
        )
        .route("/auth/csrf", get(browser::csrf))
        .route("/auth/{provider}/start", get(providers::start))
        .route("/auth/{provider}/callback", get(providers::callback))
        .route("/graphiql/{name}", get(assets::graphiql))
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(metrics::guarded))
        .route("/readyz", get(health::readyz))
        .route("/.well-known/jwks.json", get(jwks::jwks))
        .route("/", get(console::page))
        .route("/assets/{*name}", get(console::asset))
        .route("/verify-email", get(console::page))
        .route("/reset-password", get(console::page))
        .route("/confirm-email-change", get(console::page))
        .route("/confirm-sign-up", get(console::page))
        .with_state(state)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            // The span has the method and path only: query strings can carry tokens.
            // The OpenTelemetry fields are filled only when traces are exported.
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    let request_id = req
                        .headers()
                        .get(REQUEST_ID)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    let span = tracing::info_span!(
                        "request",
                        method = %req.method(),
                        path = %req.uri().path(),
                        request_id = %request_id,
                        otel.name = tracing::field::Empty,
                        otel.kind = tracing::field::Empty,
                        otel.status_code = tracing::field::Empty,
                        http.request.method = tracing::field::Empty,
                        http.route = tracing::field::Empty,
                        http.response.status_code = tracing::field::Empty,
                    );
                    telemetry::server_span(&span, req);
                    span
                })
                .on_response(
                    |res: &axum::http::Response<_>, latency, span: &tracing::Span| {
                        telemetry::server_response(span, res.status());
                        DefaultOnResponse::default().on_response(res, latency, span);
                    },
                ),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid));
    hardening::harden(router, &config)
}
