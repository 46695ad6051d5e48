//! The GraphQL adapter: schema, limits, request context, error mapping, and thin resolvers that
//! turn arguments into service calls and results into GraphQL types.

mod admin;
mod audit;
mod auth;
pub mod context;
pub mod error;
mod meta;
mod quotes;
mod two_factor;
pub mod types;

use async_graphql::{EmptySubscription, MergedObject, Schema, SchemaBuilder};

use crate::state::AppState;

#[derive(MergedObject, Default)]
pub struct QueryRoot(
    auth::AuthQuery,
    quotes::QuotesQuery,
    meta::MetaQuery,
    admin::AdminQuery,
);

#[derive(MergedObject, Default)]
pub struct MutationRoot(
    auth::AuthMutation,
    two_factor::TwoFactorMutation,
    quotes::QuotesMutation,
    admin::AdminMutation,
);

pub type AppSchema = Schema<QueryRoot, MutationRoot, EmptySubscription>;

/// Limits generous for every query in the contract, tight enough that a document cannot make the
/// server do unbounded work.
pub const MAX_DEPTH: usize = 12;
pub const MAX_COMPLEXITY: usize = 1_000;
pub const MAX_RECURSIVE_DEPTH: usize = 32;
pub const MAX_DIRECTIVES: usize = 16;

fn builder() -> SchemaBuilder<QueryRoot, MutationRoot, EmptySubscription> {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        EmptySubscription,
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .limit_recursive_depth(MAX_RECURSIVE_DEPTH)
    .limit_directives(MAX_DIRECTIVES)
}

pub fn build_schema(state: AppState) -> AppSchema {
    builder().data(state).finish()
}

/// The SDL this server exports; `schema.graphql` at the project root must equal it.
pub fn sdl() -> String {
    builder().finish().sdl()
}
