//! The GraphiQL page for browsers on GET /graphql: the page itself (assets from unpkg) and the
//! Content-Security-Policy that lets exactly its own inline script run.

use std::sync::LazyLock;

use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};

/// GraphiQL with the headers editor open, for the Bearer token.
const PAGE: &str = include_str!("../../assets/graphiql.html");

/// For the GraphiQL page: its scripts and styles from unpkg, its own inline script by hash,
/// requests to this origin only.
static CSP: LazyLock<String> = LazyLock::new(|| {
    let inline_scripts: String = PAGE
        .split("<script>")
        .skip(1)
        .filter_map(|rest| rest.split_once("</script>").map(|(body, _)| body))
        .map(|body| {
            let digest = Sha256::digest(body.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    format!(
        "default-src 'none'; script-src https://unpkg.com{inline_scripts}; \
         style-src https://unpkg.com 'unsafe-inline'; font-src https://unpkg.com data:; \
         img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; \
         form-action 'none'"
    )
});

/// The page with its own CSP (the hardening layer leaves a handler's CSP alone), or 404 when
/// GraphiQL is switched off (`GRAPHIQL=false`).
pub fn page(enabled: bool) -> Response {
    if !enabled {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [(header::CONTENT_SECURITY_POLICY, CSP.as_str())],
        Html(PAGE),
    )
        .into_response()
}
