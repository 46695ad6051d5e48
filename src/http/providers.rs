//! The browser's legs of a provider sign-in: `GET /auth/{provider}/start` (binds the flow to
//! this browser with an HttpOnly cookie and redirects to the provider) and
//! `GET /auth/{provider}/callback` (the provider's answer; redirects to the app with a
//! single-use `code`, or an `error`, and the app's `state`). See `services::providers`.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::cookie_policy::cookie;
use super::state::HttpState;
use crate::services::providers::{CallbackOutcome, StartError, new_binding, well_formed_binding};

/// How long the binding cookie lives: as long as a flow waits for the provider.
const BINDING_MAX_AGE: u64 = 600;

/// A redirect that nothing caches and that sends no referrer (the addresses carry codes).
fn redirect(to: &str) -> Response {
    let mut response = StatusCode::FOUND.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(to) {
        headers.insert(header::LOCATION, location);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// A short plain-text page for a browser that cannot be sent anywhere.
fn page(status: StatusCode, message: &str) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        format!("{message}\n"),
    )
        .into_response()
}

pub async fn start(
    State(state): State<HttpState>,
    Path(provider): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    // One binding per browser, reused by concurrent flows (two tabs).
    let existing = cookie(&headers, state.cookies.signin).filter(|b| well_formed_binding(b));
    let binding = existing.map_or_else(new_binding, str::to_owned);
    let started = state
        .app
        .providers
        .start(
            &provider,
            params.get("redirect_uri").map(String::as_str),
            params.get("state").map(String::as_str),
            &binding,
        )
        .await;
    match started {
        Ok(started) => {
            let mut response = redirect(started.provider_url.as_str());
            if let Some(cookie) = state.cookies.signin_binding(&binding, BINDING_MAX_AGE) {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            response
        }
        Err(StartError::UnknownProvider) => page(
            StatusCode::NOT_FOUND,
            &StartError::UnknownProvider.to_string(),
        ),
        Err(e @ (StartError::RedirectNotAllowed | StartError::StateTooLong)) => {
            page(StatusCode::BAD_REQUEST, &e.to_string())
        }
        Err(StartError::Unavailable(e)) => {
            tracing::warn!(provider, error = %e, "provider sign-in could not start");
            page(
                StatusCode::BAD_GATEWAY,
                &StartError::Unavailable(e).to_string(),
            )
        }
        Err(StartError::Internal(e)) => {
            tracing::error!(provider, error = ?e, "provider sign-in could not start");
            page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
        }
    }
}

pub async fn callback(
    State(state): State<HttpState>,
    Path(provider): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let get = |k: &str| params.get(k).map(String::as_str);
    let outcome = state
        .app
        .providers
        .callback(
            &provider,
            get("state"),
            get("code"),
            get("error"),
            cookie(&headers, state.cookies.signin),
        )
        .await;
    match outcome {
        Ok(CallbackOutcome::Redirect(to)) => redirect(to.as_str()),
        Ok(CallbackOutcome::Invalid) => page(
            StatusCode::BAD_REQUEST,
            "This sign-in is unknown, expired or already finished. Start again from the app.",
        ),
        Err(e) => {
            tracing::error!(provider, error = ?e, "provider callback failed");
            page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
        }
    }
}
