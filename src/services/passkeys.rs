//! Passkeys (WebAuthn) through `webauthn-rs`: registering one (with a recent authentication),
//! signing in with one without a username (discoverable credentials, also the browser's
//! autofill), and managing them (list, rename, delete).
//!
//! Every ceremony's state is a row (`webauthn_ceremonies`), so any instance finishes what another
//! started; a ceremony is spent once and lives five minutes. A credential is bound to one account
//! (unique credential id; an assertion must come from a credential of the account its user handle
//! names). Passkeys require user verification, so a passkey sign-in is two factors (amr
//! `hwk user`... see [`AuthMethod::Passkey`]). The signature counter and the backup flags are
//! updated as webauthn-rs reports them; a counter that goes back (a cloned authenticator) is
//! refused. Failed assertions are counted per credential, before they are checked, like wrong
//! passwords.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use entity::{passkey, webauthn_ceremony};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use webauthn_rs::prelude::{
    DiscoverableAuthentication, DiscoverableKey, Passkey, PasskeyAuthentication,
    PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential, Webauthn,
    WebauthnBuilder,
};

use super::ClientInfo;
use super::accounts::LoginOutcome;
use super::audit::AuditEvent;
use super::authz::RecentAuth;
use super::credentials::{Credentials, Who};
use super::principal::Principal;
use super::rate_limits::SignInKey;
use super::sessions::{AuthMethod, DeviceGrant, IssuedTokens, Sessions};
use super::trail::{Notice, Trail};
use super::two_factor::{Proof, TwoFactor};
use crate::clock::{Clock, MICROS_PER_SEC, Micros};
use crate::config::PasskeysConfig;
use crate::domain::UserId;
use crate::error::AppError;
use crate::mail::{Mail, Recipient};
use crate::store::users;

/// How long a started ceremony waits for the browser's answer.
pub const CEREMONY_TTL_SECS: i64 = 300;
/// Passkey names: what the user calls the device.
const NAME_MAX: usize = 64;

const REGISTER: &str = "register";
const SIGN_IN: &str = "sign_in";
const REAUTH: &str = "reauth";
const SECOND_FACTOR: &str = "second_factor";

/// A passkey, as its owner sees it.
#[derive(Debug, Clone)]
pub struct PasskeyInfo {
    pub id: Uuid,
    pub name: String,
    pub created_at: Micros,
    pub last_used_at: Option<Micros>,
    /// The authenticator may sync it to other devices (a "multi-device" passkey).
    pub backup_eligible: bool,
    pub backed_up: bool,
}

impl From<passkey::Model> for PasskeyInfo {
    fn from(m: passkey::Model) -> Self {
        Self {
            id: m.id,
            name: m.name,
            created_at: m.created_at,
            last_used_at: m.last_used_at,
            backup_eligible: m.backup_eligible,
            backed_up: m.backed_up,
        }
    }
}

/// A started ceremony: its id (to finish it) and the options for
/// `navigator.credentials.create()` / `.get()`, as JSON (`{ "publicKey": … }`).
pub struct Ceremony {
    pub id: Uuid,
    pub options: serde_json::Value,
}

#[derive(Clone)]
pub struct Passkeys {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    webauthn: Option<Arc<Webauthn>>,
    credentials: Credentials,
    sessions: Sessions,
    recent: RecentAuth,
    trail: Trail,
    two_factor: TwoFactor,
}

/// SHA-256 of a credential id, hex: the unique key.
fn credential_hash(id: &[u8]) -> String {
    hex::encode(Sha256::digest(id))
}

fn bad_credential(what: &str) -> AppError {
    AppError::bad_input("credential", format!("The authenticator's answer {what}."))
}

fn valid_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
        return Err(AppError::bad_input(
            "name",
            "A passkey name is 1 to 64 characters, without control characters.",
        ));
    }
    Ok(name.to_owned())
}

impl Passkeys {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        config: &PasskeysConfig,
        credentials: Credentials,
        sessions: Sessions,
        recent: RecentAuth,
        trail: Trail,
        two_factor: TwoFactor,
    ) -> anyhow::Result<Self> {
        let webauthn = match &config.rp_id {
            Some(rp_id) => {
                let (first, others) = config
                    .origins
                    .split_first()
                    .ok_or_else(|| anyhow::anyhow!("PASSKEY_ORIGINS names no origin"))?;
                let mut builder = WebauthnBuilder::new(rp_id, first)?.rp_name(&config.rp_name);
                for origin in others {
                    builder = builder.append_allowed_origin(origin);
                }
                Some(Arc::new(builder.build()?))
            }
            None => None,
        };
        Ok(Self {
            db,
            clock,
            webauthn,
            credentials,
            sessions,
            recent,
            trail,
            two_factor,
        })
    }

    /// Whether passkeys are on (a relying party is configured).
    pub fn enabled(&self) -> bool {
        self.webauthn.is_some()
    }

    fn webauthn(&self) -> Result<&Webauthn, AppError> {
        self.webauthn.as_deref().ok_or_else(|| {
            AppError::bad_input(
                "passkey",
                "Passkeys are off on this server (PASSKEY_RP_ID is needed when PUBLIC_URL's host is an IP address).",
            )
        })
    }

    async fn of_user(&self, user: UserId) -> Result<Vec<passkey::Model>, AppError> {
        Ok(passkey::Entity::find()
            .filter(passkey::Column::UserId.eq(user.uuid()))
            .order_by_asc(passkey::Column::CreatedAt)
            .order_by_asc(passkey::Column::Id)
            .all(&self.db)
            .await?)
    }

    /// How many passkeys the account has.
    pub async fn count(&self, user: UserId) -> Result<u64, AppError> {
        use sea_orm::PaginatorTrait;
        Ok(passkey::Entity::find()
            .filter(passkey::Column::UserId.eq(user.uuid()))
            .count(&self.db)
            .await?)
    }

    /// The caller's passkeys, oldest first.
    pub async fn list(&self, user: UserId) -> Result<Vec<PasskeyInfo>, AppError> {
        Ok(self
            .of_user(user)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    async fn store_ceremony(
        &self,
        purpose: &str,
        user: Option<UserId>,
        state: &impl serde::Serialize,
    ) -> Result<Uuid, AppError> {
        let id = Uuid::now_v7();
        let now = self.clock.now_micros();
        webauthn_ceremony::ActiveModel {
            id: Set(id),
            purpose: Set(purpose.to_owned()),
            user_id: Set(user.map(UserId::uuid)),
            state: Set(serde_json::to_string(state).map_err(AppError::internal)?),
            created_at: Set(now),
            expires_at: Set(now + CEREMONY_TTL_SECS * MICROS_PER_SEC),
            used_at: Set(None),
        }
        .insert(&self.db)
        .await?;
        Ok(id)
    }

    /// Spends a ceremony of `purpose` for `user` (none: username-less): INVALID_TOKEN when
    /// unknown, another's, expired or spent.
    async fn spend<S: serde::de::DeserializeOwned>(
        &self,
        id: Uuid,
        purpose: &str,
        user: Option<UserId>,
    ) -> Result<S, AppError> {
        let now = self.clock.now_micros();
        let Some(row) = webauthn_ceremony::Entity::find_by_id(id)
            .filter(webauthn_ceremony::Column::Purpose.eq(purpose))
            .one(&self.db)
            .await?
        else {
            return Err(AppError::InvalidToken);
        };
        if row.user_id != user.map(UserId::uuid) {
            return Err(AppError::InvalidToken);
        }
        let spent = webauthn_ceremony::Entity::update_many()
            .col_expr(webauthn_ceremony::Column::UsedAt, Expr::value(now))
            .filter(webauthn_ceremony::Column::Id.eq(id))
            .filter(webauthn_ceremony::Column::UsedAt.is_null())
            .filter(webauthn_ceremony::Column::ExpiresAt.gt(now))
            .exec(&self.db)
            .await?
            .rows_affected;
        if spent != 1 {
            return Err(AppError::InvalidToken);
        }
        serde_json::from_str(&row.state).map_err(AppError::internal)
    }

    /// Starts registering a passkey for the caller (needs a recent authentication: a stolen
    /// access token must not add a way in). The options ask for a discoverable credential with
    /// user verification, and exclude the caller's existing ones.
    #[tracing::instrument(skip_all)]
    pub async fn start_registration(&self, principal: &Principal) -> Result<Ceremony, AppError> {
        let webauthn = self.webauthn()?;
        self.recent.require(principal)?;
        let user = users::get(&self.db, principal.user_id, AppError::Unauthenticated).await?;
        let exclude = self
            .of_user(user.id)
            .await?
            .iter()
            .filter_map(|row| serde_json::from_str::<Passkey>(&row.credential).ok())
            .map(|p| p.cred_id().clone())
            .collect();
        let (options, state) = webauthn
            .start_passkey_registration(
                user.id.uuid(),
                user.email.as_str(),
                user.username.as_str(),
                Some(exclude),
            )
            .map_err(AppError::internal)?;
        let mut options = serde_json::to_value(&options).map_err(AppError::internal)?;
        // Discoverable, so that signing in needs no username (and autofill works); the
        // registration itself does not insist (a security key without room still works, with a
        // username).
        if let Some(selection) = options
            .pointer_mut("/publicKey/authenticatorSelection")
            .and_then(serde_json::Value::as_object_mut)
        {
            selection.insert("residentKey".into(), "preferred".into());
        }
        let id = self.store_ceremony(REGISTER, Some(user.id), &state).await?;
        Ok(Ceremony { id, options })
    }

    /// Finishes a registration with the browser's answer (the JSON of the created credential).
    #[tracing::instrument(skip_all)]
    pub async fn finish_registration(
        &self,
        principal: &Principal,
        ceremony: Uuid,
        credential: &str,
        name: &str,
        client: &ClientInfo,
    ) -> Result<PasskeyInfo, AppError> {
        let webauthn = self.webauthn()?;
        let name = valid_name(name)?;
        let answer: RegisterPublicKeyCredential =
            serde_json::from_str(credential).map_err(|_| bad_credential("is not a credential"))?;
        let state: PasskeyRegistration = self
            .spend(ceremony, REGISTER, Some(principal.user_id))
            .await?;
        let created = webauthn
            .finish_passkey_registration(&answer, &state)
            .map_err(|e| {
                tracing::info!(error = %e, "passkey registration refused");
                bad_credential("was not accepted")
            })?;
        let user = users::get(&self.db, principal.user_id, AppError::Unauthenticated).await?;
        let now = self.clock.now_micros();
        let cred_id: &[u8] = created.cred_id().as_ref();
        let row = passkey::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(user.id.uuid()),
            credential_hash: Set(credential_hash(cred_id)),
            credential_id: Set(URL_SAFE_NO_PAD.encode(cred_id)),
            credential: Set(serde_json::to_string(&created).map_err(AppError::internal)?),
            name: Set(name.clone()),
            backup_eligible: Set(false),
            backed_up: Set(false),
            created_at: Set(now),
            last_used_at: Set(None),
        };
        let tx = crate::db::begin(&self.db).await?;
        let inserted = row.insert(&tx).await.map_err(|_| AppError::Conflict {
            field: "credential",
        })?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::PasskeyAdded { name: name.clone() },
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::PasskeyAdded { name },
                }),
            )
            .await?;
        tracing::info!(user_id = %user.id, "passkey registered");
        Ok(inserted.into())
    }

    /// Starts a username-less sign-in: any discoverable passkey of this site may answer (the
    /// options ask for conditional mediation, i.e. the browser's autofill; a modal request with
    /// the same options works too).
    #[tracing::instrument(skip_all)]
    pub async fn start_sign_in(&self) -> Result<Ceremony, AppError> {
        let webauthn = self.webauthn()?;
        let (options, state) = webauthn
            .start_discoverable_authentication()
            .map_err(AppError::internal)?;
        let id = self.store_ceremony(SIGN_IN, None, &state).await?;
        Ok(Ceremony {
            id,
            options: serde_json::to_value(&options).map_err(AppError::internal)?,
        })
    }

    /// Finishes a username-less sign-in: the credential must be one of the account its user
    /// handle names, the signature right, the user verified, the counter not gone back.
    /// Counted per credential before the check; wrong: INVALID_CREDENTIALS.
    #[tracing::instrument(skip_all)]
    pub async fn finish_sign_in(
        &self,
        ceremony: Uuid,
        credential: &str,
        client: &ClientInfo,
    ) -> Result<LoginOutcome, AppError> {
        let webauthn = self.webauthn()?;
        let answer: PublicKeyCredential =
            serde_json::from_str(credential).map_err(|_| bad_credential("is not a credential"))?;
        let state: DiscoverableAuthentication = self.spend(ceremony, SIGN_IN, None).await?;
        let (user_uuid, cred_id) = webauthn
            .identify_discoverable_authentication(&answer)
            .map_err(|_| AppError::InvalidCredentials)?;
        let hash = credential_hash(cred_id);
        let who = Who {
            key: SignInKey::Passkey(hash.clone()),
            device: None,
        };
        let row = passkey::Entity::find()
            .filter(passkey::Column::CredentialHash.eq(&hash))
            .filter(passkey::Column::UserId.eq(user_uuid))
            .one(&self.db)
            .await?;
        let (row, result) = self
            .credentials
            .check(&who, async {
                // Unknown, or another account's: the same answer as a bad signature.
                let row = row.ok_or(AppError::InvalidCredentials)?;
                let stored: Passkey =
                    serde_json::from_str(&row.credential).map_err(AppError::internal)?;
                let result = webauthn
                    .finish_discoverable_authentication(
                        &answer,
                        state,
                        &[DiscoverableKey::from(&stored)],
                    )
                    .map_err(|e| {
                        tracing::info!(error = %e, "passkey assertion refused");
                        AppError::InvalidCredentials
                    })?;
                Ok((row, (stored, result)))
            })
            .await?;
        let (mut stored, result) = result;
        let user = users::get(&self.db, row.user_id.into(), AppError::InvalidCredentials).await?;
        self.record_use(&row, &mut stored, &result).await?;
        if user.is_disabled() {
            return Err(AppError::Forbidden);
        }
        let ending = self.credentials.signed_in(&Who::account(user.id)).await?;
        let user_id = user.id;
        let tokens = self
            .sessions
            .sign_in(
                user,
                AuthMethod::Passkey,
                client,
                DeviceGrant::New { replacing: None },
                ending,
            )
            .await?;
        tracing::info!(%user_id, "signed in with a passkey");
        Ok(LoginOutcome::SignedIn(tokens))
    }

    /// Starts proving the caller's credentials again with one of their passkeys (beside
    /// `reauthenticate`): the options list the caller's passkeys. NOT_FOUND when they have none.
    #[tracing::instrument(skip_all)]
    pub async fn start_reauthentication(
        &self,
        principal: &Principal,
    ) -> Result<Ceremony, AppError> {
        self.start_for_user(REAUTH, principal.user_id).await
    }

    /// A ceremony any of `user`'s passkeys can answer (the options list them); NOT_FOUND when
    /// they have none.
    async fn start_for_user(&self, purpose: &str, user: UserId) -> Result<Ceremony, AppError> {
        let webauthn = self.webauthn()?;
        let stored: Vec<Passkey> = self
            .of_user(user)
            .await?
            .iter()
            .map(|row| serde_json::from_str(&row.credential).map_err(AppError::internal))
            .collect::<Result<_, _>>()?;
        if stored.is_empty() {
            return Err(AppError::NotFound);
        }
        let (options, state) = webauthn
            .start_passkey_authentication(&stored)
            .map_err(AppError::internal)?;
        let id = self.store_ceremony(purpose, Some(user), &state).await?;
        Ok(Ceremony {
            id,
            options: serde_json::to_value(&options).map_err(AppError::internal)?,
        })
    }

    /// Checks an assertion of one of `user`'s passkeys for a ceremony started by
    /// [`Self::start_for_user`] (spending it), and records the use. Wrong: `wrong`.
    async fn check_assertion(
        &self,
        webauthn: &Webauthn,
        purpose: &str,
        user: UserId,
        ceremony: Uuid,
        answer: &PublicKeyCredential,
        wrong: fn() -> AppError,
    ) -> Result<(), AppError> {
        let state: PasskeyAuthentication = self.spend(ceremony, purpose, Some(user)).await?;
        let hash = credential_hash(answer.get_credential_id());
        let row = passkey::Entity::find()
            .filter(passkey::Column::CredentialHash.eq(&hash))
            .filter(passkey::Column::UserId.eq(user.uuid()))
            .one(&self.db)
            .await?
            .ok_or_else(wrong)?;
        let mut stored: Passkey =
            serde_json::from_str(&row.credential).map_err(AppError::internal)?;
        let result = webauthn
            .finish_passkey_authentication(answer, &state)
            .map_err(|e| {
                tracing::info!(error = %e, "passkey assertion refused");
                wrong()
            })?;
        self.record_use(&row, &mut stored, &result).await
    }

    /// Starts meeting a sign-in's second-factor challenge (the `mfaToken` a right password or a
    /// provider opened) with one of the account's passkeys: the options list them. INVALID_TOKEN
    /// for an unknown, spent or expired challenge; NOT_FOUND when the account has no passkey.
    #[tracing::instrument(skip_all)]
    pub async fn start_second_factor(
        &self,
        mfa_token: &secrecy::SecretString,
    ) -> Result<Ceremony, AppError> {
        self.webauthn()?;
        let challenge = self.two_factor.open(mfa_token).await?;
        self.start_for_user(SECOND_FACTOR, challenge.user_id).await
    }

    /// Finishes the sign-in with the passkey's assertion: counted on the challenge and as a
    /// sign-in of the account like a TOTP code; a wrong assertion (another account's passkey, a
    /// bad signature, origin or counter) is INVALID_MFA_CODE. amr "pwd hwk user" (or "fed …").
    #[tracing::instrument(skip_all)]
    pub async fn finish_second_factor(
        &self,
        mfa_token: &secrecy::SecretString,
        ceremony: Uuid,
        credential: &str,
        client: &ClientInfo,
    ) -> Result<IssuedTokens, AppError> {
        let webauthn = self.webauthn()?;
        let answer: PublicKeyCredential =
            serde_json::from_str(credential).map_err(|_| bad_credential("is not a credential"))?;
        self.two_factor
            .finish(mfa_token, client, |user| async move {
                self.check_assertion(webauthn, SECOND_FACTOR, user.id, ceremony, &answer, || {
                    AppError::InvalidMfaCode
                })
                .await?;
                Ok(Proof::Passkey)
            })
            .await
    }

    /// Finishes it: fresh tokens for the same session whose `auth_time` is now (like
    /// `reauthenticate`). Counted per passkey; wrong: INVALID_CREDENTIALS.
    #[tracing::instrument(skip_all)]
    pub async fn reauthenticate(
        &self,
        principal: &Principal,
        ceremony: Uuid,
        credential: &str,
    ) -> Result<IssuedTokens, AppError> {
        let webauthn = self.webauthn()?;
        let answer: PublicKeyCredential =
            serde_json::from_str(credential).map_err(|_| bad_credential("is not a credential"))?;
        let state: PasskeyAuthentication = self
            .spend(ceremony, REAUTH, Some(principal.user_id))
            .await?;
        let hash = credential_hash(answer.get_credential_id());
        let who = Who {
            key: SignInKey::Passkey(hash.clone()),
            device: None,
        };
        let row = passkey::Entity::find()
            .filter(passkey::Column::CredentialHash.eq(&hash))
            .filter(passkey::Column::UserId.eq(principal.user_id.uuid()))
            .one(&self.db)
            .await?;
        let (row, (mut stored, result)) = self
            .credentials
            .check(&who, async {
                let row = row.ok_or(AppError::InvalidCredentials)?;
                let stored: Passkey =
                    serde_json::from_str(&row.credential).map_err(AppError::internal)?;
                let result = webauthn
                    .finish_passkey_authentication(&answer, &state)
                    .map_err(|e| {
                        tracing::info!(error = %e, "passkey assertion refused");
                        AppError::InvalidCredentials
                    })?;
                Ok((row, (stored, result)))
            })
            .await?;
        self.record_use(&row, &mut stored, &result).await?;
        let user = users::get(&self.db, principal.user_id, AppError::Unauthenticated).await?;
        tracing::info!(user_id = %user.id, "credentials proved again with a passkey");
        self.sessions.reissue(principal, user).await
    }

    /// The counter and backup flags as the authenticator reported them, and when it was used.
    async fn record_use(
        &self,
        row: &passkey::Model,
        stored: &mut Passkey,
        result: &webauthn_rs::prelude::AuthenticationResult,
    ) -> Result<(), AppError> {
        stored.update_credential(result);
        passkey::Entity::update_many()
            .col_expr(
                passkey::Column::Credential,
                Expr::value(serde_json::to_string(&stored).map_err(AppError::internal)?),
            )
            .col_expr(
                passkey::Column::BackupEligible,
                Expr::value(result.backup_eligible()),
            )
            .col_expr(
                passkey::Column::BackedUp,
                Expr::value(result.backup_state()),
            )
            .col_expr(
                passkey::Column::LastUsedAt,
                Expr::value(self.clock.now_micros()),
            )
            .filter(passkey::Column::Id.eq(row.id))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Renames one of the caller's passkeys; NOT_FOUND for another's.
    pub async fn rename(
        &self,
        principal: &Principal,
        id: Uuid,
        name: &str,
    ) -> Result<PasskeyInfo, AppError> {
        let name = valid_name(name)?;
        let renamed = passkey::Entity::update_many()
            .col_expr(passkey::Column::Name, Expr::value(name))
            .filter(passkey::Column::Id.eq(id))
            .filter(passkey::Column::UserId.eq(principal.user_id.uuid()))
            .exec(&self.db)
            .await?
            .rows_affected;
        if renamed != 1 {
            return Err(AppError::NotFound);
        }
        let row = passkey::Entity::find_by_id(id)
            .filter(passkey::Column::UserId.eq(principal.user_id.uuid()))
            .one(&self.db)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(row.into())
    }

    /// Deletes one of the caller's passkeys (needs a recent authentication); FORBIDDEN when it
    /// is the account's last way to sign in (no password, no provider, no other passkey).
    #[tracing::instrument(skip_all)]
    pub async fn delete(
        &self,
        principal: &Principal,
        id: Uuid,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        self.recent.require(principal)?;
        let user = users::get(&self.db, principal.user_id, AppError::Unauthenticated).await?;
        let tx = crate::db::begin_with(&self.db, super::authz::write_tx()).await?;
        let Some(row) = passkey::Entity::find_by_id(id)
            .filter(passkey::Column::UserId.eq(user.id.uuid()))
            .one(&tx)
            .await?
        else {
            return Err(AppError::NotFound);
        };
        if users::ways_in(&tx, user.id).await?.count() <= 1 {
            // The account would have no way to sign in left.
            return Err(AppError::Refused(users::LAST_WAY_IN));
        }
        passkey::Entity::delete_many()
            .filter(passkey::Column::Id.eq(row.id))
            .filter(passkey::Column::UserId.eq(user.id.uuid()))
            .exec(&tx)
            .await?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::PasskeyRemoved {
                    name: row.name.clone(),
                },
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::PasskeyRemoved { name: row.name },
                }),
            )
            .await?;
        tracing::info!(user_id = %user.id, "passkey removed");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_short_printable_and_trimmed() {
        assert_eq!(valid_name("  Laptop  ").unwrap(), "Laptop");
        assert!(valid_name("").is_err());
        assert!(valid_name(&"x".repeat(65)).is_err());
        assert!(valid_name("a\u{0}b").is_err());
        assert_eq!(valid_name(&"é".repeat(64)).unwrap().chars().count(), 64);
    }
}
