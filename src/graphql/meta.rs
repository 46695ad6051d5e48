//! Facts about the API itself.

use async_graphql::Object;

use super::types::ErrorCode;

#[derive(Default)]
pub struct MetaQuery;

#[Object]
impl MetaQuery {
    /// Every value `extensions.code` can take in an error from this server. (Also makes the
    /// ErrorCode enum visible to introspection and code generators.)
    async fn error_codes(&self) -> Vec<ErrorCode> {
        use async_graphql::resolver_utils::EnumType;
        ErrorCode::items().iter().map(|item| item.value).collect()
    }
}
