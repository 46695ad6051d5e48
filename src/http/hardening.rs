//! Response headers every answer carries, and CORS by configured origins.

use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, Method, header};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

use super::browser::{CSRF_TOKEN, SESSION_MODE};
use super::state::REQUEST_ID;
use crate::config::{Config, CorsOrigins};

/// For JSON answers: nothing may load, nothing may frame them.
const API_CSP: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Adds the security headers (unless a handler set its own) and, when origins are configured,
/// CORS. Applied outermost, so that refusals from inner layers (408, 413) carry them too.
pub fn harden(router: Router, config: &Config) -> Router {
    let router = match cors(&config.cors_allowed_origins) {
        Some(layer) => router.layer(layer),
        None => router,
    };
    let mut headers: Vec<(HeaderName, HeaderValue)> = vec![
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(API_CSP),
        ),
        // Answers carry tokens and personal data: no cache may keep them.
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    if config.https() {
        headers.push((
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    headers.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(name, value))
    })
}

fn cors(origins: &CorsOrigins) -> Option<CorsLayer> {
    let layer = CorsLayer::new()
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::ACCEPT,
            SESSION_MODE,
            CSRF_TOKEN,
        ])
        .expose_headers([REQUEST_ID])
        .max_age(Duration::from_secs(600));
    match origins {
        CorsOrigins::None => None,
        // Any origin: Bearer tokens only. Without credentials the browser sends no cookies and
        // reads no answer to a cookie request, so `*` stays safe.
        CorsOrigins::Any => Some(layer.allow_origin(AllowOrigin::any())),
        // Listed origins may also use cookie sessions: credentialed CORS, for them only.
        CorsOrigins::List(list) => Some(
            layer
                .allow_origin(AllowOrigin::list(
                    list.iter()
                        .filter_map(|o| HeaderValue::from_str(o).ok())
                        .collect::<Vec<_>>(),
                ))
                .allow_credentials(true),
        ),
    }
}
