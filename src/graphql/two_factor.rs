//! Resolvers for TOTP two-factor sign-in.

use async_graphql::{Context, Object};
use secrecy::{ExposeSecret, SecretString};

use super::context::{principal, request, state};
use super::cookies::issued;
use super::error::GqlResultExt;
use super::limits::PerIp;
use super::types::{AuthPayload, TotpEnrollment, User};
use crate::services::rate_limits::IpRule;

#[derive(Default)]
pub struct TwoFactorMutation;

fn reveal(codes: Vec<SecretString>) -> Vec<String> {
    codes
        .into_iter()
        .map(|c| c.expose_secret().to_owned())
        .collect()
}

#[Object]
impl TwoFactorMutation {
    /// Starts (or restarts) TOTP enrolment. Nothing changes for sign-in until confirmTotp.
    async fn enroll_totp(&self, ctx: &Context<'_>) -> async_graphql::Result<TotpEnrollment> {
        let p = principal(ctx)?;
        let e = state(ctx).two_factor.enroll(p).await.gql(ctx)?;
        Ok(TotpEnrollment {
            secret: e.secret_base32.expose_secret().to_owned(),
            otpauth_url: e.otpauth_url.expose_secret().to_owned(),
            qr_code_data_url: format!("data:image/png;base64,{}", e.qr_png_base64),
        })
    }

    /// Turns TOTP on; returns single-use recovery codes, shown only this once.
    #[graphql(guard = "PerIp(IpRule::VerifyTotp)")]
    async fn confirm_totp(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] code: String,
    ) -> async_graphql::Result<Vec<String>> {
        let p = principal(ctx)?;
        let codes = state(ctx)
            .two_factor
            .confirm(p, &SecretString::from(code), &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(reveal(codes))
    }

    /// Second step of login for accounts with TOTP. code: a 6-digit TOTP or an unused recovery code.
    #[graphql(guard = "PerIp(IpRule::VerifyTotp)")]
    async fn verify_totp(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] mfa_token: String,
        #[graphql(secret)] code: String,
    ) -> async_graphql::Result<AuthPayload> {
        let tokens = state(ctx)
            .two_factor
            .verify(
                &SecretString::from(mfa_token),
                &SecretString::from(code),
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(issued(ctx, tokens))
    }

    /// password: omitted only by an account without a password, which needs a recent
    /// authentication instead.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn disable_totp(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] password: Option<String>,
        #[graphql(secret)] code: String,
    ) -> async_graphql::Result<User> {
        let p = principal(ctx)?;
        let password = password.map(SecretString::from);
        let user = state(ctx)
            .two_factor
            .disable(
                p,
                password.as_ref(),
                &SecretString::from(code),
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(user.into())
    }

    #[graphql(guard = "PerIp(IpRule::VerifyTotp)")]
    async fn regenerate_recovery_codes(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] code: String,
    ) -> async_graphql::Result<Vec<String>> {
        let p = principal(ctx)?;
        let codes = state(ctx)
            .two_factor
            .regenerate_recovery_codes(p, &SecretString::from(code))
            .await
            .gql(ctx)?;
        Ok(reveal(codes))
    }

    /// Issues new recovery codes, replacing any, for an account with a second factor (TOTP or
    /// a passkey); needs a recent authentication. Shown only this once. FORBIDDEN without a
    /// second factor. (With TOTP, regenerateRecoveryCodes takes a code instead.)
    async fn create_recovery_codes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        let p = principal(ctx)?;
        let codes = state(ctx)
            .two_factor
            .create_recovery_codes(p)
            .await
            .gql(ctx)?;
        Ok(reveal(codes))
    }
}
