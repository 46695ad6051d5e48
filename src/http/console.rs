//! The web console, built from `console/` (TypeScript, Vite) into `console/dist/` and compiled
//! into the binary: `/` and the pages behind the links in emails (`/verify-email`,
//! `/reset-password`, `/confirm-email-change`, `/confirm-sign-up`, which act only when the user presses a button,
//! since mail scanners open links too) serve its page; `/assets/*` its hashed scripts and styles.
//! Nothing is fetched at run time from anywhere else, and no npm step is needed to run it.

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use rust_embed::Embed;

use super::assets;

#[derive(Embed)]
#[folder = "console/dist/"]
struct Console;

/// Scripts and styles from this origin only (inline styles allowed), the QR code and the icon
/// as data: images, requests to this origin only; forms submit nowhere else.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; \
     base-uri 'none'; form-action 'self'";

/// The console's page. Not cached, and sent with no referrer: the email-link pages carry a
/// token in their address.
pub async fn page() -> Response {
    let mut response = assets::file(Console::get("index.html"), "index.html", "no-store");
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// `/assets/<name>`: content-hashed names, so browsers may keep them for good.
pub async fn asset(Path(name): Path<String>) -> Response {
    let path = format!("assets/{name}");
    assets::file(
        Console::get(&path),
        &name,
        "public, max-age=31536000, immutable",
    )
    .into_response()
}
