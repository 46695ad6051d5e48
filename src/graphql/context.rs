//! What a resolver knows about the request: the viewer (resolved once from the Bearer token),
//! the client, and the request id used in logs.

use async_graphql::Context;

use super::error::gql_error;
pub use super::request::RequestInfo;
use crate::auth::jwt::Rejection;
use crate::error::AppError;
use crate::services::principal::Principal;
use crate::state::AppState;

/// Who is calling.
#[derive(Debug, Clone)]
pub enum Viewer {
    Anonymous,
    Authenticated(Box<Principal>),
    /// A token was sent but refused; the reason is for logs only.
    Rejected(Rejection),
}

pub fn state<'a>(ctx: &Context<'a>) -> &'a AppState {
    ctx.data_unchecked::<AppState>()
}

pub fn request<'a>(ctx: &Context<'a>) -> &'a RequestInfo {
    ctx.data_unchecked::<RequestInfo>()
}

pub fn viewer<'a>(ctx: &Context<'a>) -> &'a Viewer {
    ctx.data_opt::<Viewer>().unwrap_or(&Viewer::Anonymous)
}

/// The signed-in caller, or UNAUTHENTICATED.
pub fn principal<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Principal> {
    match viewer(ctx) {
        Viewer::Authenticated(p) => Ok(p),
        Viewer::Rejected(Rejection::Unavailable) => Err(gql_error(
            ctx,
            AppError::internal(anyhow::anyhow!("session store unavailable")),
        )),
        _ => Err(gql_error(ctx, AppError::Unauthenticated)),
    }
}
