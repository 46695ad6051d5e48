//! Resolvers for sign-in providers: the enabled providers, finishing a provider sign-in,
//! linking (and confirming a link an answer asked for), unlinking, and proving the account
//! again with a provider.

use async_graphql::{Context, ID, Object, SimpleObject};
use secrecy::SecretString;

use super::auth::login_result;
use super::context::{Viewer, principal, request, state, viewer};
use super::cookies::issued;
use super::error::GqlResultExt;
use super::limits::PerIp;
use super::scalars::DateTime;
use super::types::{AuthPayload, LoginResult};
use crate::services::providers::Identity;
use crate::services::rate_limits::IpRule;

/// A provider users can sign in with.
#[derive(SimpleObject, Clone, Debug)]
pub struct SignInProvider {
    /// Stable id, as configured (SIGN_IN_PROVIDERS).
    pub id: ID,
    /// Display name, e.g. "GitHub".
    pub name: String,
    /// Where the browser goes to sign in: add `redirect_uri` (one of SIGN_IN_REDIRECT_URIS)
    /// and optionally `state`. The browser comes back to redirect_uri with `code` (for
    /// finishProviderSignIn, linkProvider or reauthenticateWithProvider) or `error`
    /// (access_denied, invalid_request, server_error), and `state`.
    pub start_url: String,
}

/// A provider account linked to the caller's account.
#[derive(SimpleObject, Clone, Debug)]
pub struct ProviderIdentity {
    /// The provider's id (SignInProvider.id).
    pub provider: ID,
    pub provider_name: String,
    /// The address the provider gave at the last sign-in, if any.
    pub email: Option<String>,
    /// The login or name the provider gave at the last sign-in, if any.
    pub login: Option<String>,
    pub linked_at: DateTime,
    pub last_used_at: Option<DateTime>,
}

impl From<Identity> for ProviderIdentity {
    fn from(i: Identity) -> Self {
        Self {
            provider: ID(i.provider),
            provider_name: i.provider_name,
            email: i.email,
            login: i.login,
            linked_at: DateTime(i.linked_at),
            last_used_at: i.last_used_at.map(DateTime),
        }
    }
}

#[derive(Default)]
pub struct ProvidersQuery;

#[Object]
impl ProvidersQuery {
    /// The providers users can sign in with (empty when none is configured).
    async fn sign_in_providers(&self, ctx: &Context<'_>) -> Vec<SignInProvider> {
        let app = state(ctx);
        app.providers
            .list()
            .into_iter()
            .map(|p| SignInProvider {
                start_url: format!("{}/auth/{}/start", app.config.public_url, p.id),
                id: ID(p.id),
                name: p.name,
            })
            .collect()
    }

    /// The provider accounts linked to the caller's account, oldest first.
    async fn provider_identities(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<ProviderIdentity>> {
        let p = principal(ctx)?;
        let identities = state(ctx).providers.identities(p.user_id).await.gql(ctx)?;
        Ok(identities.into_iter().map(Into::into).collect())
    }
}

#[derive(Default)]
pub struct ProvidersMutation;

#[Object]
impl ProvidersMutation {
    /// Finishes a provider sign-in with the single-use code the browser brought back (valid 2
    /// minutes). AuthPayload, or MfaChallenge when the account has TOTP, or LinkRequired when
    /// the provider's verified address belongs to an account that must be proved first (see
    /// confirmProviderLink). A new account is made when the provider account is new and its
    /// verified address is free (without a password: set one through requestPasswordReset).
    /// EmailRequired when the provider account is new here and has no verified address
    /// (Facebook's never count as verified): see requestProviderSignUp.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn finish_provider_sign_in(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] provider_code: String,
    ) -> async_graphql::Result<LoginResult> {
        let outcome = state(ctx)
            .providers
            .finish_sign_in(&SecretString::from(provider_code), &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(login_result(ctx, outcome))
    }

    /// Gives the address for an EmailRequired answer (signUpToken: single use, valid 10
    /// minutes) and mails a link to it (valid 24 hours) that finishes the sign-up through
    /// confirmProviderSignUp. True whether or not the address has an account (that is told only
    /// to whoever opens the link). BAD_USER_INPUT (field "email") for a malformed address,
    /// INVALID_TOKEN for a spent or expired signUpToken.
    #[graphql(guard = "PerIp(IpRule::Register)")]
    async fn request_provider_sign_up(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] sign_up_token: String,
        email: String,
    ) -> async_graphql::Result<bool> {
        state(ctx)
            .providers
            .request_sign_up(&SecretString::from(sign_up_token), &email)
            .await
            .gql(ctx)?;
        Ok(true)
    }

    /// Finishes a sign-up of requestProviderSignUp with the token from the mailed link (single
    /// use): the address is then proved, and the answer is as for finishProviderSignIn (a new
    /// account, signed in; or LinkRequired when the address has an account).
    #[graphql(guard = "PerIp(IpRule::Register)")]
    async fn confirm_provider_sign_up(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] token: String,
    ) -> async_graphql::Result<LoginResult> {
        let outcome = state(ctx)
            .providers
            .confirm_sign_up(&SecretString::from(token), &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(login_result(ctx, outcome))
    }

    /// Links the provider account of a LinkRequired answer to the account that owns its
    /// address, once the user proves that account: its password (and code when TOTP is on), or,
    /// with password omitted, by calling this signed in to that account with a recent
    /// authentication. Returns tokens for that account.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn confirm_provider_link(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] link_token: String,
        #[graphql(secret)] password: Option<String>,
        #[graphql(secret)] code: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let password = password.map(SecretString::from);
        let code = code.map(SecretString::from);
        let principal = match viewer(ctx) {
            Viewer::Authenticated(p) => Some(p.as_ref()),
            _ => None,
        };
        let tokens = state(ctx)
            .providers
            .confirm_link(
                &SecretString::from(link_token),
                password.as_ref(),
                code.as_ref(),
                principal,
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(issued(ctx, tokens))
    }

    /// Links another provider account to the caller (needs a recent authentication): the code
    /// from a provider sign-in started for this. CONFLICT (field "provider") when that provider
    /// account is linked elsewhere or the caller already has one of this provider.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn link_provider(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] provider_code: String,
    ) -> async_graphql::Result<Vec<ProviderIdentity>> {
        let p = principal(ctx)?;
        let identities = state(ctx)
            .providers
            .link(p, &SecretString::from(provider_code), &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(identities.into_iter().map(Into::into).collect())
    }

    /// Unlinks the caller's account of a provider (needs a recent authentication). FORBIDDEN
    /// when it is the account's last way to sign in; NOT_FOUND when none is linked.
    async fn unlink_provider(
        &self,
        ctx: &Context<'_>,
        provider: ID,
    ) -> async_graphql::Result<Vec<ProviderIdentity>> {
        let p = principal(ctx)?;
        let identities = state(ctx)
            .providers
            .unlink(p, &provider, &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(identities.into_iter().map(Into::into).collect())
    }

    /// Proves the caller's credentials again with a provider account linked to them (code:
    /// required when TOTP is on), like reauthenticate; returns fresh tokens.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn reauthenticate_with_provider(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] provider_code: String,
        #[graphql(secret)] code: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let p = principal(ctx)?;
        let code = code.map(SecretString::from);
        let tokens = state(ctx)
            .providers
            .reauthenticate(p, &SecretString::from(provider_code), code.as_ref())
            .await
            .gql(ctx)?;
        Ok(issued(ctx, tokens))
    }
}
