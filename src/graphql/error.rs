//! The one place where `AppError` becomes a GraphQL error with `extensions.code` (and `field` or
//! `retryAfter`), and where unexpected errors are logged with the request id.

use async_graphql::{Context, ErrorExtensionValues, Response, ServerError};

use super::request::RequestInfo;
use crate::error::AppError;

pub fn gql_error(ctx: &Context<'_>, err: AppError) -> async_graphql::Error {
    let request_id = ctx
        .data_opt::<RequestInfo>()
        .map(|r| r.request_id.as_str())
        .unwrap_or("-");
    to_gql(err, request_id)
}

pub fn to_gql(err: AppError, request_id: &str) -> async_graphql::Error {
    if let AppError::Internal(source) = &err {
        tracing::error!(
            request_id,
            error = format!("{source:#}"),
            "unexpected error"
        );
    }
    let mut out = async_graphql::Error::new(err.to_string());
    let mut ext = ErrorExtensionValues::default();
    ext.set("code", err.code());
    match &err {
        AppError::BadUserInput { field, .. } | AppError::Conflict { field } => {
            ext.set("field", *field);
        }
        AppError::RateLimited { retry_after } => ext.set("retryAfter", *retry_after),
        _ => {}
    }
    out.extensions = Some(ext);
    out
}

/// `service_call().await.gql(ctx)?` maps the error through `gql_error`.
pub trait GqlResultExt<T> {
    fn gql(self, ctx: &Context<'_>) -> async_graphql::Result<T>;
}

impl<T> GqlResultExt<T> for Result<T, AppError> {
    fn gql(self, ctx: &Context<'_>) -> async_graphql::Result<T> {
        self.map_err(|e| gql_error(ctx, e))
    }
}

/// Whether the response is a request error (the document never ran): no data and no error
/// with a path. GraphQL-over-HTTP then omits `data` and, for graphql-response+json, answers 400.
pub fn is_request_error(response: &Response) -> bool {
    response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty())
}

/// A safety net behind `gql_error`: every error leaves with a contract code. Request errors
/// (parse, validation, variables) become BAD_USER_INPUT or QUERY_TOO_COMPLEX; a field error
/// without a code (which only a bug can produce) becomes INTERNAL_SERVER_ERROR, its message
/// logged and replaced.
pub fn ensure_codes(response: &mut Response, request_id: &str) {
    let request_error = is_request_error(response);
    for error in &mut response.errors {
        if error
            .extensions
            .as_ref()
            .is_some_and(|e| e.get("code").is_some())
        {
            continue;
        }
        let code = if request_error || error.path.is_empty() {
            request_error_code(error)
        } else if error.message.starts_with("Failed to parse") {
            // An argument value the executor could not coerce (it names the type, nothing
            // internal): the client's input, not our bug.
            "BAD_USER_INPUT"
        } else {
            tracing::error!(request_id, error = %error.message, "field error without a code");
            error.message = AppError::internal(anyhow::anyhow!("")).to_string();
            "INTERNAL_SERVER_ERROR"
        };
        error
            .extensions
            .get_or_insert_with(ErrorExtensionValues::default)
            .set("code", code);
    }
}

fn request_error_code(error: &ServerError) -> &'static str {
    let m = error.message.to_ascii_lowercase();
    if m.contains("too complex")
        || m.contains("nested too deep")
        || m.contains("too deep")
        || m.contains("too many directives")
        || m.contains("number of directives")
        || m.contains("recursion")
        || m.contains("too large")
    {
        "QUERY_TOO_COMPLEX"
    } else {
        "BAD_USER_INPUT"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::{PathSegment, Pos};

    fn field_error(message: &str) -> Response {
        let mut error = ServerError::new(message, Some(Pos { line: 1, column: 3 }));
        error.path = vec![PathSegment::Field("users".into())];
        let mut response = Response::new(async_graphql::Value::Null);
        response.errors.push(error);
        response
    }

    #[test]
    fn an_argument_that_cannot_be_coerced_is_bad_user_input() {
        let mut response = field_error(
            r#"Failed to parse "Int": Only integers from -2147483648 to 2147483647 are accepted."#,
        );
        ensure_codes(&mut response, "-");
        let ext = response.errors[0].extensions.as_ref().unwrap();
        assert_eq!(
            ext.get("code"),
            Some(&async_graphql::Value::from("BAD_USER_INPUT"))
        );
        assert!(response.errors[0].message.starts_with("Failed to parse"));
    }

    #[test]
    fn any_other_codeless_field_error_is_internal_and_hidden() {
        let mut response = field_error("sqlx: relation users does not exist");
        ensure_codes(&mut response, "-");
        let ext = response.errors[0].extensions.as_ref().unwrap();
        assert_eq!(
            ext.get("code"),
            Some(&async_graphql::Value::from("INTERNAL_SERVER_ERROR"))
        );
        assert!(!response.errors[0].message.contains("sqlx"));
    }
}
