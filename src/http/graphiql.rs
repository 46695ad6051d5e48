//! The GraphiQL page for browsers on GET /graphql. Its scripts and styles are served by this
//! binary (`/graphiql/<name>`, pinned versions vendored into `assets/graphiql/`), so the page
//! works without internet access, and its CSP lets nothing load from anywhere else.

use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

/// GraphiQL with the headers editor open, for the Bearer token. No inline script: the bootstrap
/// is `/graphiql/init.js`.
const PAGE: &str = include_str!("../../assets/graphiql.html");

/// Scripts from this origin only; inline styles are allowed (GraphiQL sets style attributes).
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     font-src 'self' data:; img-src 'self' data:; connect-src 'self'; \
     frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// The page with its own CSP (the hardening layer leaves a handler's CSP alone), or 404 when
/// GraphiQL is switched off (`GRAPHIQL=false`).
pub fn page(enabled: bool) -> Response {
    if !enabled {
        return StatusCode::NOT_FOUND.into_response();
    }
    ([(header::CONTENT_SECURITY_POLICY, CSP)], Html(PAGE)).into_response()
}
