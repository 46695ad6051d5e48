//! Static files compiled into the binary: GraphiQL's vendored assets (`assets/graphiql/`, pinned
//! by `tools/graphiql/`), served at `/graphiql/<name>`. Nothing is fetched from another origin.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::Embed;

#[derive(Embed)]
#[folder = "assets/graphiql/"]
#[exclude = "*.txt"]
struct Graphiql;

/// The media type for a file name's extension (only the kinds these folders hold).
pub fn media_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("html") => "text/html; charset=utf-8",
        Some("json" | "map") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// One embedded file with its type and a cache policy; 404 for anything else.
pub fn file(data: Option<rust_embed::EmbeddedFile>, name: &str, cache: &'static str) -> Response {
    let Some(file) = data else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = (
        [
            (header::CONTENT_TYPE, media_type(name)),
            (header::CACHE_CONTROL, cache),
        ],
        file.data,
    )
        .into_response();
    if let Ok(etag) = HeaderValue::from_str(&format!(
        "\"{}\"",
        hex::encode(&file.metadata.sha256_hash()[..16])
    )) {
        response.headers_mut().insert(header::ETAG, etag);
    }
    response
}

/// `GET /graphiql/<name>`: GraphiQL's scripts and styles. Their names carry no hash, so caches
/// revalidate (a new build may pin new versions).
pub async fn graphiql(Path(name): Path<String>) -> Response {
    file(Graphiql::get(&name), &name, "no-cache")
}
