//! Resolvers for accounts and sessions: arguments → service call → GraphQL type.

use async_graphql::{Context, ID, Object};
use secrecy::{ExposeSecret, SecretString};

use super::context::{Viewer, principal, request, state, viewer};
use super::cookies::{carrier, cookie_session, issued};
use super::error::{GqlResultExt, gql_error};
use super::limits::PerIp;
use super::types::{
    AuthPayload, EmailRequired, LinkRequired, LoginInput, LoginResult, LogoutScope, MfaChallenge,
    RegisterInput, SecondFactorMethod, Session, User,
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

/// The GraphQL answer to a first factor: tokens, the second-factor step, or a link to prove.
pub fn login_result(ctx: &Context<'_>, outcome: LoginOutcome) -> LoginResult {
    match outcome {
        LoginOutcome::SignedIn(tokens) => LoginResult::AuthPayload(issued(ctx, tokens)),
        LoginOutcome::SecondFactorRequired(challenge) => LoginResult::MfaChallenge(MfaChallenge {
            mfa_token: challenge.mfa_token.expose_secret().to_owned(),
            expires_in: i32::try_from(challenge.expires_in).unwrap_or(i32::MAX),
            methods: SecondFactorMethod::of(challenge.factors),
        }),
        LoginOutcome::LinkRequired(link) => LoginResult::LinkRequired(LinkRequired {
            link_token: link.link_token.expose_secret().to_owned(),
            provider: ID(link.provider),
            email: link.email,
            expires_in: i32::try_from(link.expires_in).unwrap_or(i32::MAX),
        }),
        LoginOutcome::EmailRequired(request) => LoginResult::EmailRequired(EmailRequired {
            sign_up_token: request.sign_up_token.expose_secret().to_owned(),
            provider: ID(request.provider),
            email: request.email,
            expires_in: i32::try_from(request.expires_in).unwrap_or(i32::MAX),
        }),
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
        Ok(issued(ctx, tokens))
    }

    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn login(
        &self,
        ctx: &Context<'_>,
        input: LoginInput,
    ) -> async_graphql::Result<LoginResult> {
        let password = SecretString::from(input.password);
        // In cookie mode the browser's device token is in its cookie (an argument still wins).
        let device_token = input
            .device_token
            .map(SecretString::from)
            .or_else(|| cookie_session(ctx).and_then(|c| c.device_token.clone()));
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
        Ok(login_result(ctx, outcome))
    }

    /// Rotates: the given refresh token is retired. Presenting a retired token again revokes its whole session. In cookie mode, omit the argument: the HttpOnly cookie is used.
    #[graphql(guard = "PerIp(IpRule::Refresh)")]
    async fn refresh(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] refresh_token: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let cookies = cookie_session(ctx);
        let presented = match (refresh_token, cookies) {
            (Some(token), _) => SecretString::from(token),
            (None, Some(cookies)) => match &cookies.refresh_token {
                Some(token) => token.clone(),
                None => return Err(gql_error(ctx, AppError::InvalidToken)),
            },
            (None, None) => {
                return Err(gql_error(
                    ctx,
                    AppError::bad_input(
                        "refreshToken",
                        "refreshToken is required (it may be omitted only in cookie mode).",
                    ),
                ));
            }
        };
        let refreshed = state(ctx)
            .sessions
            .refresh(&presented, &request(ctx).client, carrier(ctx))
            .await;
        match refreshed {
            Ok(tokens) => Ok(issued(ctx, tokens)),
            Err(e) => {
                // A dead refresh cookie is of no use to the browser: it goes.
                if let (Some(cookies), AppError::InvalidToken) = (cookies, &e) {
                    cookies.clear_refresh();
                }
                Err(gql_error(ctx, e))
            }
        }
    }

    /// Ends this session (LOCAL), every other one (OTHERS) or all of them (GLOBAL). In cookie
    /// mode it also clears the cookies, and works with an expired access token (the refresh
    /// cookie stands for the session).
    async fn logout(
        &self,
        ctx: &Context<'_>,
        // Nullable with a default, as in the contract: an explicit null means LOCAL too.
        #[graphql(default_with = "Some(LogoutScope::Local)")] scope: Option<LogoutScope>,
    ) -> async_graphql::Result<bool> {
        let scope = scope.unwrap_or(LogoutScope::Local);
        let Some(cookies) = cookie_session(ctx) else {
            let p = principal(ctx)?;
            state(ctx).sessions.logout(p, scope.into()).await.gql(ctx)?;
            return Ok(true);
        };
        // Cookie mode: the cookies go whatever happens, and an expired access token is no
        // obstacle — the refresh cookie stands for the session.
        cookies.clear();
        if let Viewer::Authenticated(p) = viewer(ctx) {
            state(ctx).sessions.logout(p, scope.into()).await.gql(ctx)?;
            return Ok(true);
        }
        let ended = match &cookies.refresh_token {
            Some(token) => state(ctx)
                .sessions
                .logout_by_refresh_token(token, scope.into())
                .await
                .gql(ctx)?,
            None => false,
        };
        if ended {
            Ok(true)
        } else {
            principal(ctx).map(|_| true)
        }
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
        Ok(issued(ctx, tokens))
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
        Ok(issued(ctx, tokens))
    }

    /// Deletes the caller, their quotes and sessions. password: required for an account with a
    /// password; an account without one (made through a sign-in provider) omits it and needs a
    /// recent authentication (reauthenticateWithProvider).
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn delete_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] password: Option<String>,
    ) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        let password = password.map(SecretString::from);
        state(ctx)
            .accounts
            .delete(p, password.as_ref())
            .await
            .gql(ctx)?;
        Ok(true)
    }
}
