//! The GraphQL adapter: schema, limits, request context, error mapping, and thin resolvers that
//! turn arguments into service calls and results into GraphQL types.

mod admin;
mod audit;
mod auth;
mod connection;
pub mod context;
pub mod cookies;
pub mod documents;
mod email;
pub mod error;
mod int_values;
pub mod limits;
mod meta;
mod passkeys;
mod providers;
mod quotes;
mod request;
mod scalars;
mod two_factor;
pub mod types;

use async_graphql::{EmptySubscription, MergedObject, Schema, SchemaBuilder};

use crate::config::GraphqlLimits;
use crate::state::AppState;

// Named `Query` and `Mutation` in the schema, as the contract's root types are.
#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(
    auth::AuthQuery,
    quotes::QuotesQuery,
    meta::MetaQuery,
    admin::AdminQuery,
    providers::ProvidersQuery,
    passkeys::PasskeysQuery,
);

#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    auth::AuthMutation,
    two_factor::TwoFactorMutation,
    email::EmailMutation,
    quotes::QuotesMutation,
    admin::AdminMutation,
    providers::ProvidersMutation,
    passkeys::PasskeysMutation,
);

pub type AppSchema = Schema<QueryRoot, MutationRoot, EmptySubscription>;

pub use limits::{MAX_DIRECTIVES, MAX_RECURSIVE_DEPTH};

fn builder(
    limits: GraphqlLimits,
    introspection: bool,
) -> SchemaBuilder<QueryRoot, MutationRoot, EmptySubscription> {
    let builder = Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        EmptySubscription,
    )
    // Depth and the other document rules are checked before execution, once per document
    // (`documents`, `limits::DocumentChecks`); no extension, so no per-field extension chain.
    .limit_complexity(limits.max_complexity)
    .limit_recursive_depth(MAX_RECURSIVE_DEPTH)
    .limit_directives(MAX_DIRECTIVES);
    if introspection {
        builder
    } else {
        // "Did you mean ...?" would name the fields introspection hides.
        builder.disable_introspection().disable_suggestions()
    }
}

/// The document rules of this schema, for [`documents::Documents`].
pub fn document_checks(limits: GraphqlLimits, introspection: bool) -> limits::DocumentChecks {
    limits::DocumentChecks {
        limits,
        introspection,
        credential_fields: std::sync::Arc::new(limits::credential_fields::<MutationRoot>()),
        ints: std::sync::Arc::new(int_values::IntRange::of::<QueryRoot, MutationRoot>()),
    }
}

pub fn build_schema(state: AppState) -> AppSchema {
    builder(state.config.graphql_limits, state.config.introspection)
        .data(state)
        .finish()
}

/// The SDL this server exports; `schema.graphql` at the project root must equal it.
pub fn sdl() -> String {
    builder(GraphqlLimits::default(), true).finish().sdl()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mutation_that_takes_a_secret_counts_as_a_credential_check() {
        let mut found: Vec<String> = limits::credential_fields::<MutationRoot>()
            .into_iter()
            .collect();
        found.sort();
        let mut expected = vec![
            "login",
            "register",
            "verifyTotp",
            "refresh",
            "changePassword",
            "disableTotp",
            "confirmTotp",
            "regenerateRecoveryCodes",
            "deleteAccount",
            "adminResetPassword",
            "requestPasswordReset",
            "resetPassword",
            "requestEmailVerification",
            "verifyEmail",
            "requestEmailChange",
            "confirmEmailChange",
            "reauthenticate",
            "finishProviderSignIn",
            "confirmProviderLink",
            "linkProvider",
            "reauthenticateWithProvider",
            "requestProviderSignUp",
            "confirmProviderSignUp",
            "finishPasskeyRegistration",
            "finishPasskeySignIn",
            "reauthenticateWithPasskey",
            "startPasskeySecondFactor",
            "finishPasskeySecondFactor",
        ];
        expected.sort();
        assert_eq!(found, expected);
    }
}
