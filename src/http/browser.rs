//! Browsers: cookie sessions and the checks that make them safe.
//!
//! A client opts into cookie mode per request with `X-Portcullis-Session: cookie`. Such a request
//! must come from an allowed origin (`PUBLIC_URL`'s, or one listed in `CORS_ALLOWED_ORIGINS`) and
//! carry a CSRF proof in `X-CSRF-Token`: the token `GET /auth/csrf` hands out for the nonce in
//! the browser's HttpOnly CSRF cookie. The refresh and device tokens then live only in HttpOnly,
//! `SameSite=Strict` cookies (`Secure`, with the `__Host-` prefix, when `PUBLIC_URL` is https).
//! Any POST from a foreign origin is refused too, so that a cross-site form gets nowhere.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::SecretString;

use super::cookie_policy::cookie;
use super::state::HttpState;
use crate::auth::csrf::CsrfKey;
use crate::graphql::cookies::CookieSession;

/// The opt-in header and its one value.
pub const SESSION_MODE: HeaderName = HeaderName::from_static("x-portcullis-session");
pub const COOKIE_MODE: &str = "cookie";
/// Where a cookie-mode request carries its CSRF proof.
pub const CSRF_TOKEN: HeaderName = HeaderName::from_static("x-csrf-token");

/// Why a browser request was refused (all HTTP 403, code FORBIDDEN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    ForeignOrigin,
    MissingOrigin,
    BadCsrfProof,
    UnknownMode,
}

impl Refusal {
    /// The error body: its message, and the code FORBIDDEN.
    pub fn body(self) -> serde_json::Value {
        serde_json::json!({
            "errors": [{ "message": self.message(), "extensions": { "code": "FORBIDDEN" } }]
        })
    }

    fn message(self) -> &'static str {
        match self {
            Self::ForeignOrigin => "Requests from this origin are not allowed.",
            Self::MissingOrigin => "Cookie-mode requests must carry an Origin header.",
            Self::BadCsrfProof => {
                "Cookie-mode requests need the X-CSRF-Token header from GET /auth/csrf."
            }
            Self::UnknownMode => "X-Portcullis-Session accepts one value: cookie.",
        }
    }
}

fn origin(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::ORIGIN).and_then(|v| v.to_str().ok())
}

/// The checks for a POST: a foreign origin is refused; cookie mode also needs an allowed
/// origin and the CSRF proof, and then yields the presented cookies.
pub fn check_post(
    state: &HttpState,
    headers: &HeaderMap,
) -> Result<Option<CookieSession>, Refusal> {
    let origin = origin(headers);
    let trusted = origin.map(|o| state.origins.trusts(o));
    let mode = headers.get(SESSION_MODE);
    let Some(mode) = mode else {
        return match trusted {
            Some(false) if !state.origins.any => Err(Refusal::ForeignOrigin),
            _ => Ok(None),
        };
    };
    if !mode
        .to_str()
        .is_ok_and(|m| m.trim().eq_ignore_ascii_case(COOKIE_MODE))
    {
        return Err(Refusal::UnknownMode);
    }
    match trusted {
        None => return Err(Refusal::MissingOrigin),
        Some(false) => return Err(Refusal::ForeignOrigin),
        Some(true) => {}
    }
    let cookies = &state.cookies;
    let proof = headers.get(CSRF_TOKEN).and_then(|v| v.to_str().ok());
    let nonce = cookie(headers, cookies.csrf);
    match (nonce, proof) {
        (Some(nonce), Some(proof)) if state.app.csrf.verify(nonce, proof) => {}
        _ => return Err(Refusal::BadCsrfProof),
    }
    let token = |name| cookie(headers, name).map(|v| SecretString::from(v.to_owned()));
    Ok(Some(CookieSession::new(
        token(cookies.refresh),
        token(cookies.device),
    )))
}

/// Sets the cookies the resolvers asked for.
pub fn finish(state: &HttpState, session: &CookieSession, response: &mut Response) {
    state
        .cookies
        .apply(session.take_writes(), response.headers_mut());
}

/// `GET /auth/csrf`: `{"csrfToken": "..."}` for the browser's CSRF cookie, set here when it
/// has none. The token is derived from the cookie's nonce, so every tab of a browser gets the
/// same one and none invalidates another's.
pub async fn csrf(State(state): State<HttpState>, headers: HeaderMap) -> Response {
    if origin(&headers).is_some_and(|o| !state.origins.trusts(o)) {
        return forbidden(Refusal::ForeignOrigin);
    }
    let key = &state.app.csrf;
    let existing = cookie(&headers, state.cookies.csrf).filter(|n| CsrfKey::well_formed(n));
    let (token, set_cookie) = match existing {
        Some(nonce) => (key.token_for(nonce), None),
        None => {
            let pair = key.issue();
            let cookie = state.cookies.set(state.cookies.csrf, &pair.nonce, None);
            (pair.token, cookie)
        }
    };
    let body = serde_json::json!({ "csrfToken": token }).to_string();
    let mut response = (
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response();
    if let Some(cookie) = set_cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// HTTP 403 with the contract's FORBIDDEN code (`GET /auth/csrf`; the GraphQL endpoint sends
/// the same body in the media type the client asked for).
fn forbidden(refusal: Refusal) -> Response {
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        refusal.body().to_string(),
    )
        .into_response()
}
