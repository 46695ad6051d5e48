//! Resolvers for the email flows: verification, password reset and email change.

use async_graphql::{Context, Object};
use secrecy::SecretString;

use super::context::{principal, request, state};
use super::error::GqlResultExt;
use super::limits::PerIp;
use super::types::User;
use crate::services::rate_limits::IpRule;

#[derive(Default)]
pub struct EmailMutation;

#[Object]
impl EmailMutation {
    /// Sends a new verification email (at most once a minute; RATE_LIMITED otherwise). True, and
    /// no email, when the address is already verified.
    #[graphql(guard = "PerIp(IpRule::EmailVerification)")]
    async fn request_email_verification(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        state(ctx)
            .email_flows
            .request_verification(p)
            .await
            .gql(ctx)?;
        Ok(true)
    }

    #[graphql(guard = "PerIp(IpRule::EmailVerification)")]
    async fn verify_email(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] token: String,
    ) -> async_graphql::Result<User> {
        let user = state(ctx)
            .email_flows
            .verify_email(&SecretString::from(token))
            .await
            .gql(ctx)?;
        Ok(user.into())
    }

    /// Always true, whether or not the email is known.
    #[graphql(guard = "PerIp(IpRule::PasswordReset)")]
    async fn request_password_reset(
        &self,
        ctx: &Context<'_>,
        email: String,
    ) -> async_graphql::Result<bool> {
        state(ctx)
            .email_flows
            .request_password_reset(&email)
            .await
            .gql(ctx)?;
        Ok(true)
    }

    /// Revokes every session of the user.
    #[graphql(guard = "PerIp(IpRule::PasswordReset)")]
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] token: String,
        #[graphql(secret)] new_password: String,
    ) -> async_graphql::Result<bool> {
        state(ctx)
            .email_flows
            .reset_password(
                &SecretString::from(token),
                &SecretString::from(new_password),
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(true)
    }

    /// Sends a confirmation link to the new address. currentPassword: omitted only by an account
    /// without a password, which needs a recent authentication instead.
    #[graphql(guard = "PerIp(IpRule::EmailChange)")]
    async fn request_email_change(
        &self,
        ctx: &Context<'_>,
        new_email: String,
        #[graphql(secret)] current_password: Option<String>,
    ) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        state(ctx)
            .email_flows
            .request_email_change(
                p,
                &new_email,
                current_password.map(SecretString::from).as_ref(),
            )
            .await
            .gql(ctx)?;
        Ok(true)
    }

    #[graphql(guard = "PerIp(IpRule::EmailChange)")]
    async fn confirm_email_change(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] token: String,
    ) -> async_graphql::Result<User> {
        let user = state(ctx)
            .email_flows
            .confirm_email_change(&SecretString::from(token), &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(user.into())
    }
}
