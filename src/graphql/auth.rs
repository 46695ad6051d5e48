//! Resolvers for accounts and sessions: arguments → service call → GraphQL type.

use async_graphql::{Context, ID, Object};
use secrecy::{ExposeSecret, SecretString};

use super::context::{Viewer, principal, request, state, viewer};
use super::error::{GqlResultExt, gql_error};
use super::limits::PerIp;
use super::types::{
    AuthPayload, LoginInput, LoginResult, LogoutScope, MfaChallenge, RegisterInput, Session, User,
};
use crate::domain::SessionId;
use crate::error::AppError;
use crate::services::accounts::{LoginOutcome, Registration};
use crate::services::rate_limits::IpRule;

#[derive(Default)]
pub struct AuthQuery;

#[Object]
impl AuthQuery {
    /// The caller, or null without a valid access token.
    async fn me(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<User>> {
        let Viewer::Authenticated(p) = viewer(ctx) else {
            return Ok(None);
        };
        let user = state(ctx).accounts.find(p.user_id).await.gql(ctx)?;
        Ok(user.map(User::from))
    }

    /// The caller's live sessions.
    async fn sessions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Session>> {
        let p = principal(ctx)?;
        let sessions = state(ctx).sessions.list(p.user_id).await.gql(ctx)?;
        Ok(sessions
            .into_iter()
            .map(|s| Session::new(s, p.session_id))
            .collect())
    }
}

#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Creates the account, sends a verification email, and signs in.
    #[graphql(guard = "PerIp(IpRule::Register)")]
    async fn register(
        &self,
        ctx: &Context<'_>,
        input: RegisterInput,
    ) -> async_graphql::Result<AuthPayload> {
        let registration = Registration {
            email: input.email,
            username: input.username,
            password: SecretString::from(input.password),
        };
        let tokens = state(ctx)
            .accounts
            .register(registration, &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(tokens.into())
    }

    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn login(
        &self,
        ctx: &Context<'_>,
        input: LoginInput,
    ) -> async_graphql::Result<LoginResult> {
        let password = SecretString::from(input.password);
        let device_token = input.device_token.map(SecretString::from);
        let outcome = state(ctx)
            .accounts
            .login(
                &input.login,
                &password,
                device_token.as_ref(),
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(match outcome {
            LoginOutcome::SignedIn(tokens) => LoginResult::AuthPayload(tokens.into()),
            LoginOutcome::SecondFactorRequired(challenge) => {
                LoginResult::MfaChallenge(MfaChallenge {
                    mfa_token: challenge.mfa_token.expose_secret().to_owned(),
                    expires_in: i32::try_from(challenge.expires_in).unwrap_or(i32::MAX),
                })
            }
        })
    }

    /// Rotates: the given refresh token is retired. Presenting a retired token again revokes its whole session. In cookie mode, omit the argument: the HttpOnly cookie is used.
    #[graphql(guard = "PerIp(IpRule::Refresh)")]
    async fn refresh(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] refresh_token: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        // Cookie sessions are not served yet: without the argument there is no token to rotate.
        let Some(refresh_token) = refresh_token else {
            return Err(gql_error(
                ctx,
                AppError::bad_input("refreshToken", "refreshToken is required."),
            ));
        };
        let tokens = state(ctx)
            .sessions
            .refresh(&SecretString::from(refresh_token), &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(tokens.into())
    }

    async fn logout(
        &self,
        ctx: &Context<'_>,
        // Nullable with a default, as in the contract: an explicit null means LOCAL too.
        #[graphql(default_with = "Some(LogoutScope::Local)")] scope: Option<LogoutScope>,
    ) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        let scope = scope.unwrap_or(LogoutScope::Local);
        state(ctx).sessions.logout(p, scope.into()).await.gql(ctx)?;
        Ok(true)
    }

    async fn revoke_session(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        let id = SessionId::parse("id", &id).gql(ctx)?;
        state(ctx).sessions.revoke(p, id).await.gql(ctx)?;
        Ok(true)
    }

    /// Proves the caller's credentials again (code: required when TOTP is on); returns fresh tokens.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn reauthenticate(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] password: String,
        #[graphql(secret)] code: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let p = principal(ctx)?;
        let code = code.map(SecretString::from);
        let tokens = state(ctx)
            .accounts
            .reauthenticate(p, &SecretString::from(password), code.as_ref())
            .await
            .gql(ctx)?;
        Ok(tokens.into())
    }

    /// Revokes every other session.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] current_password: String,
        #[graphql(secret)] new_password: String,
    ) -> async_graphql::Result<AuthPayload> {
        let p = principal(ctx)?;
        let tokens = state(ctx)
            .accounts
            .change_password(
                p,
                &SecretString::from(current_password),
                &SecretString::from(new_password),
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(tokens.into())
    }

    /// Deletes the caller, their quotes and sessions.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn delete_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] password: String,
    ) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        state(ctx)
            .accounts
            .delete(p, &SecretString::from(password))
            .await
            .gql(ctx)?;
        Ok(true)
    }
}
