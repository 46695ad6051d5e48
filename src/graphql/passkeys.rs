//! Resolvers for passkeys: the caller's list, registering one, signing in with one without a
//! username, renaming and deleting. The WebAuthn options and the browser's answers travel as
//! JSON text (what `navigator.credentials.create/get` take and `PublicKeyCredential.toJSON()`
//! gives).

use async_graphql::{Context, ID, Object, SimpleObject};
use secrecy::SecretString;
use uuid::Uuid;

use super::auth::login_result;
use super::context::{principal, request, state};
use super::cookies::issued;
use super::error::GqlResultExt;
use super::limits::PerIp;
use super::scalars::DateTime;
use super::types::{AuthPayload, LoginResult};
use crate::error::AppError;
use crate::services::passkeys::{Ceremony, PasskeyInfo};
use crate::services::rate_limits::IpRule;

/// A passkey registered to the caller's account.
#[derive(SimpleObject, Clone, Debug)]
pub struct Passkey {
    pub id: ID,
    /// What the user called it ("Laptop", "Phone").
    pub name: String,
    pub created_at: DateTime,
    pub last_used_at: Option<DateTime>,
    /// The authenticator may sync it to the user's other devices (a multi-device passkey).
    pub backup_eligible: bool,
    /// It is synced (backed up) now, as the authenticator said at its last use.
    pub backed_up: bool,
}

impl From<PasskeyInfo> for Passkey {
    fn from(p: PasskeyInfo) -> Self {
        Self {
            id: ID(p.id.to_string()),
            name: p.name,
            created_at: DateTime(p.created_at),
            last_used_at: p.last_used_at.map(DateTime),
            backup_eligible: p.backup_eligible,
            backed_up: p.backed_up,
        }
    }
}

/// A started WebAuthn ceremony: pass `optionsJson` (parsed, e.g. with
/// `PublicKeyCredential.parseCreationOptionsFromJSON` / `parseRequestOptionsFromJSON` on its
/// `publicKey`) to `navigator.credentials.create()` / `.get()`, then send the result
/// (`credential.toJSON()`, as JSON text) with `ceremonyId` to the finishing mutation within
/// `expiresIn` seconds. Single use.
#[derive(SimpleObject, Clone, Debug)]
pub struct PasskeyCeremony {
    pub ceremony_id: ID,
    /// `{ "publicKey": { … } }` (and `"mediation": "conditional"` for a sign-in: the options
    /// also serve the browser's autofill).
    pub options_json: String,
    pub expires_in: i32,
}

impl From<Ceremony> for PasskeyCeremony {
    fn from(c: Ceremony) -> Self {
        Self {
            ceremony_id: ID(c.id.to_string()),
            options_json: c.options.to_string(),
            expires_in: i32::try_from(crate::services::passkeys::CEREMONY_TTL_SECS)
                .unwrap_or(i32::MAX),
        }
    }
}

fn parse_ceremony_id(id: &ID) -> Result<Uuid, AppError> {
    id.parse::<Uuid>().map_err(|_| AppError::InvalidToken)
}

fn passkey_id(id: &ID) -> Result<Uuid, AppError> {
    id.parse::<Uuid>().map_err(|_| AppError::NotFound)
}

#[derive(Default)]
pub struct PasskeysQuery;

#[Object]
impl PasskeysQuery {
    /// Whether this server offers passkeys (a relying party is configured).
    async fn passkeys_enabled(&self, ctx: &Context<'_>) -> bool {
        state(ctx).passkeys.enabled()
    }

    /// The caller's passkeys, oldest first.
    async fn passkeys(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Passkey>> {
        let p = principal(ctx)?;
        let list = state(ctx).passkeys.list(p.user_id).await.gql(ctx)?;
        Ok(list.into_iter().map(Into::into).collect())
    }
}

#[derive(Default)]
pub struct PasskeysMutation;

#[Object]
impl PasskeysMutation {
    /// Starts registering a passkey for the caller (needs a recent authentication). The options
    /// ask for a discoverable credential with user verification and exclude the caller's other
    /// passkeys.
    async fn start_passkey_registration(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<PasskeyCeremony> {
        let p = principal(ctx)?;
        let ceremony = state(ctx).passkeys.start_registration(p).await.gql(ctx)?;
        Ok(ceremony.into())
    }

    /// Finishes a registration with the created credential (JSON text) and a name for it.
    /// BAD_USER_INPUT (field "credential") when the authenticator's answer is not accepted
    /// (wrong origin or challenge, no user verification…), INVALID_TOKEN for an unknown, spent
    /// or expired ceremony, CONFLICT when the credential is registered already.
    async fn finish_passkey_registration(
        &self,
        ctx: &Context<'_>,
        ceremony_id: ID,
        #[graphql(secret)] credential_json: String,
        name: String,
    ) -> async_graphql::Result<Passkey> {
        let p = principal(ctx)?;
        let id = parse_ceremony_id(&ceremony_id).gql(ctx)?;
        let passkey = state(ctx)
            .passkeys
            .finish_registration(p, id, &credential_json, &name, &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(passkey.into())
    }

    /// Starts a sign-in with a passkey, without a username: any of the site's discoverable
    /// passkeys may answer (also through the browser's autofill).
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn start_passkey_sign_in(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<PasskeyCeremony> {
        let ceremony = state(ctx).passkeys.start_sign_in().await.gql(ctx)?;
        Ok(ceremony.into())
    }

    /// Finishes a passkey sign-in with the browser's assertion (JSON text). A passkey with user
    /// verification is two factors: AuthPayload (amr "hwk", "user"; aal2), no TOTP step.
    /// INVALID_CREDENTIALS when the passkey is unknown, another account's, or its signature,
    /// origin, user verification or counter is wrong (counted per passkey, like wrong
    /// passwords); INVALID_TOKEN for an unknown, spent or expired ceremony.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn finish_passkey_sign_in(
        &self,
        ctx: &Context<'_>,
        ceremony_id: ID,
        #[graphql(secret)] credential_json: String,
    ) -> async_graphql::Result<LoginResult> {
        let id = parse_ceremony_id(&ceremony_id).gql(ctx)?;
        let outcome = state(ctx)
            .passkeys
            .finish_sign_in(id, &credential_json, &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(login_result(ctx, outcome))
    }

    /// Starts proving the caller's credentials again with one of their passkeys, beside
    /// reauthenticate (after REAUTHENTICATION_REQUIRED). NOT_FOUND when the caller has none.
    async fn start_passkey_reauthentication(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<PasskeyCeremony> {
        let p = principal(ctx)?;
        let ceremony = state(ctx)
            .passkeys
            .start_reauthentication(p)
            .await
            .gql(ctx)?;
        Ok(ceremony.into())
    }

    /// Finishes it with the browser's assertion (JSON text): fresh tokens for the same session,
    /// like reauthenticate. INVALID_CREDENTIALS when the assertion is wrong (counted per
    /// passkey), INVALID_TOKEN for an unknown, spent or expired ceremony.
    #[graphql(guard = "PerIp(IpRule::Login)")]
    async fn reauthenticate_with_passkey(
        &self,
        ctx: &Context<'_>,
        ceremony_id: ID,
        #[graphql(secret)] credential_json: String,
    ) -> async_graphql::Result<AuthPayload> {
        let p = principal(ctx)?;
        let id = parse_ceremony_id(&ceremony_id).gql(ctx)?;
        let tokens = state(ctx)
            .passkeys
            .reauthenticate(p, id, &credential_json)
            .await
            .gql(ctx)?;
        Ok(issued(ctx, tokens))
    }

    /// Starts meeting a sign-in's second-factor challenge (the mfaToken of an MfaChallenge whose
    /// methods include PASSKEY) with one of the account's passkeys. INVALID_TOKEN for an
    /// unknown, spent or expired challenge; NOT_FOUND when the account has no passkey.
    #[graphql(guard = "PerIp(IpRule::VerifyTotp)")]
    async fn start_passkey_second_factor(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] mfa_token: String,
    ) -> async_graphql::Result<PasskeyCeremony> {
        let ceremony = state(ctx)
            .passkeys
            .start_second_factor(&SecretString::from(mfa_token))
            .await
            .gql(ctx)?;
        Ok(ceremony.into())
    }

    /// Finishes the sign-in with the passkey's assertion (JSON text), like verifyTotp: amr
    /// "pwd", "hwk", "user" (or "fed" first); aal2. INVALID_MFA_CODE when the assertion is
    /// wrong (another account's passkey, a bad signature, origin or counter; counted on the
    /// challenge and as a failed sign-in), INVALID_TOKEN for an unknown, spent or expired
    /// challenge or ceremony.
    #[graphql(guard = "PerIp(IpRule::VerifyTotp)")]
    async fn finish_passkey_second_factor(
        &self,
        ctx: &Context<'_>,
        #[graphql(secret)] mfa_token: String,
        ceremony_id: ID,
        #[graphql(secret)] credential_json: String,
    ) -> async_graphql::Result<AuthPayload> {
        let id = parse_ceremony_id(&ceremony_id).gql(ctx)?;
        let tokens = state(ctx)
            .passkeys
            .finish_second_factor(
                &SecretString::from(mfa_token),
                id,
                &credential_json,
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(issued(ctx, tokens))
    }

    /// Renames one of the caller's passkeys; NOT_FOUND for another's.
    async fn rename_passkey(
        &self,
        ctx: &Context<'_>,
        id: ID,
        name: String,
    ) -> async_graphql::Result<Passkey> {
        let p = principal(ctx)?;
        let id = passkey_id(&id).gql(ctx)?;
        let passkey = state(ctx).passkeys.rename(p, id, &name).await.gql(ctx)?;
        Ok(passkey.into())
    }

    /// Deletes one of the caller's passkeys (needs a recent authentication). FORBIDDEN when it
    /// is the account's last way to sign in; NOT_FOUND for another's.
    async fn delete_passkey(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        let id = passkey_id(&id).gql(ctx)?;
        state(ctx)
            .passkeys
            .delete(p, id, &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(true)
    }
}
