//! What the handlers share, and the request-id header every layer and handler agrees on.

use axum::http::HeaderName;

use super::cookie_policy::{Cookies, Origins};
use crate::graphql::AppSchema;
use crate::graphql::documents::Documents;
use crate::state::AppState;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What the handlers share. Behind an `Arc`: axum clones the state for every request, and a
/// clone of `AppState` is a dozen reference counts (about 3 % of the CPU under load, measured).
pub type HttpState = std::sync::Arc<Shared>;

pub struct Shared {
    pub app: AppState,
    pub schema: AppSchema,
    /// Where browser requests may come from, and the cookies of cookie sessions.
    pub origins: Origins,
    pub cookies: Cookies,
    /// Parsed and checked documents, persisted queries, trusted documents.
    pub documents: Documents,
}

impl Shared {
    pub fn new(app: AppState, schema: AppSchema) -> Self {
        let origins = Origins::new(&app.config);
        let cookies = Cookies::new(&app.config);
        let documents = Documents::new(
            crate::graphql::document_checks(app.config.graphql_limits, app.config.introspection),
            app.config.trusted_documents.clone(),
        );
        Self {
            app,
            schema,
            origins,
            cookies,
            documents,
        }
    }
}
