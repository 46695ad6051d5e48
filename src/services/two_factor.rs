//! Two-factor sign-in: TOTP enrolment and confirmation, the MFA challenge a correct password (or
//! a provider) opens, code checks with replay protection, recovery codes, and turning TOTP off.
//! A passkey meets the same challenge (see `passkeys`): an account asks for a second factor when
//! TOTP is on or it has a passkey.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use entity::{Redacted, mfa_challenge, passkey, recovery_code, user_totp};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set,
};
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

use super::ClientInfo;
use super::audit::{Audit, AuditEvent, SignInFailure};
use super::authz::RecentAuth;
use super::credentials::{Credentials, Who};
use super::devices::DeviceId;
use super::principal::Principal;
use super::rate_limits::SignInKey;
use super::sessions::{AuthMethod, DeviceGrant, IssuedTokens, Sessions};
use super::trail::{Notice, Trail};
use crate::auth::opaque;
use crate::auth::password::{HashParams, Hasher, Verdict};
use crate::auth::totp::{self, SecretCipher};
use crate::clock::{Clock, MICROS_PER_SEC};
use crate::domain::{Account, UserId};
use crate::error::AppError;
use crate::mail::{Mail, Recipient};
use crate::store::local_reads::Reads;
use crate::store::users;

/// How long an MFA challenge lives, and how many wrong codes it takes.
pub const CHALLENGE_TTL_SECS: i64 = 300;
pub const CHALLENGE_MAX_ATTEMPTS: i32 = 5;

/// What `enrollTotp` hands to the user once: the secret three ways.
pub struct Enrollment {
    pub secret_base32: SecretString,
    pub otpauth_url: SecretString,
    pub qr_png_base64: String,
}

/// A password-verified sign-in waiting for its second factor.
pub struct Challenge {
    pub mfa_token: SecretString,
    pub expires_in: i64,
    /// What can meet it.
    pub factors: SecondFactors,
}

/// The second factors an account has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SecondFactors {
    pub totp: bool,
    pub passkey: bool,
    /// Unused recovery codes are left.
    pub recovery_code: bool,
}

impl SecondFactors {
    /// A sign-in with a password or a provider asks for a second factor.
    pub fn required(self) -> bool {
        self.totp || self.passkey
    }
}

/// The message when a check that asks for the second factor got no code.
pub const CODE_NEEDED: &str = "Two-factor sign-in is on: send a code from the authenticator app or a recovery code (with a passkey, use reauthenticateWithPasskey).";

/// What proved the first factor of a sign-in that waits for its second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstFactor {
    Password,
    Provider,
}

/// `mfa_challenges.first_factor` for a provider sign-in (NULL: a password).
const PROVIDER_FACTOR: &str = "fed";

/// Which second factor met a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    Totp,
    RecoveryCode,
    Passkey,
}

/// An open challenge whose token was right, for a check of its second factor.
pub struct OpenChallenge {
    pub user_id: UserId,
}

#[derive(Clone)]
pub struct TwoFactor {
    db: DatabaseConnection,
    /// Which second factors an account has, asked at every sign-in (on a SQLite file, on the
    /// calling thread).
    reads: Reads,
    clock: Arc<dyn Clock>,
    cipher: SecretCipher,
    issuer: String,
    credentials: Credentials,
    /// Hashes recovery codes (lighter parameters than passwords: see `HashParams`).
    code_hasher: Hasher,
    recent: RecentAuth,
    sessions: Sessions,
    audit: Audit,
    trail: Trail,
}

impl TwoFactor {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        reads: Reads,
        clock: Arc<dyn Clock>,
        cipher: SecretCipher,
        issuer: String,
        credentials: Credentials,
        recent: RecentAuth,
        sessions: Sessions,
        audit: Audit,
        trail: Trail,
    ) -> Self {
        let code_hasher = credentials.hasher().with_params(HashParams::RECOVERY_CODE);
        Self {
            db,
            reads,
            clock,
            cipher,
            issuer,
            credentials,
            code_hasher,
            recent,
            sessions,
            audit,
            trail,
        }
    }

    pub async fn is_enabled(&self, user_id: UserId) -> Result<bool, AppError> {
        Ok(self
            .reads
            .exists(
                user_totp::Entity::find_by_id(user_id.uuid())
                    .filter(user_totp::Column::EnabledAt.is_not_null())
                    .select_only()
                    .column(user_totp::Column::UserId),
            )
            .await?)
    }

    /// The second factors of the account: TOTP on, passkeys, unused recovery codes.
    pub async fn second_factors(&self, user_id: UserId) -> Result<SecondFactors, AppError> {
        let passkey = self
            .reads
            .exists(
                passkey::Entity::find()
                    .filter(passkey::Column::UserId.eq(user_id.uuid()))
                    .select_only()
                    .column(passkey::Column::Id),
            )
            .await?;
        let recovery_code = self
            .reads
            .exists(
                recovery_code::Entity::find()
                    .filter(recovery_code::Column::UserId.eq(user_id.uuid()))
                    .filter(recovery_code::Column::UsedAt.is_null())
                    .select_only()
                    .column(recovery_code::Column::Id),
            )
            .await?;
        Ok(SecondFactors {
            totp: self.is_enabled(user_id).await?,
            passkey,
            recovery_code,
        })
    }

    async fn find_user(&self, user_id: UserId) -> Result<Account, AppError> {
        users::get(&self.db, user_id, AppError::Unauthenticated).await
    }

    /// Creates (or replaces) a pending secret. Sign-in is unchanged until `confirm`.
    #[tracing::instrument(skip_all)]
    pub async fn enroll(&self, principal: &Principal) -> Result<Enrollment, AppError> {
        self.recent.require(principal)?;
        let user = self.find_user(principal.user_id).await?;
        if self.is_enabled(user.id).await? {
            return Err(AppError::Forbidden);
        }
        let secret = totp::new_secret();
        let generator = totp::totp(&secret, &self.issuer, user.username.as_str())
            .map_err(AppError::internal)?;
        let encrypted = self
            .cipher
            .encrypt(user.id.uuid(), &secret)
            .map_err(AppError::internal)?;
        user_totp::Entity::insert(user_totp::ActiveModel {
            user_id: Set(user.id.uuid()),
            secret_enc: Set(Redacted::new(encrypted)),
            enabled_at: Set(None),
            last_step: Set(None),
            created_at: Set(self.clock.now_micros()),
        })
        .on_conflict(
            OnConflict::column(user_totp::Column::UserId)
                .update_columns([
                    user_totp::Column::SecretEnc,
                    user_totp::Column::LastStep,
                    user_totp::Column::CreatedAt,
                ])
                .to_owned(),
        )
        .exec(&self.db)
        .await?;
        Ok(Enrollment {
            secret_base32: SecretString::from(generator.secret().to_base32()),
            otpauth_url: SecretString::from(generator.to_url().map_err(AppError::internal)?),
            qr_png_base64: STANDARD.encode(generator.to_qr_png().map_err(AppError::internal)?),
        })
    }

    /// Turns TOTP on once a code from the pending secret checks out; returns the recovery codes,
    /// which are shown only this once.
    #[tracing::instrument(skip_all)]
    pub async fn confirm(
        &self,
        principal: &Principal,
        code: &SecretString,
        client: &ClientInfo,
    ) -> Result<Vec<SecretString>, AppError> {
        self.recent.require(principal)?;
        let Some(row) = user_totp::Entity::find_by_id(principal.user_id.uuid())
            .one(&self.db)
            .await?
        else {
            return Err(AppError::bad_input(
                "code",
                "No TOTP enrolment is pending: call enrollTotp first.",
            ));
        };
        if row.enabled_at.is_some() {
            return Err(AppError::Forbidden);
        }
        let user = self.find_user(principal.user_id).await?;
        let step = self
            .totp_step(&user, &row, code.expose_secret())?
            .ok_or(AppError::InvalidMfaCode)?;
        let fresh = self.new_recovery_codes().await?;
        let now = self.clock.now_micros();
        let tx = crate::db::begin(&self.db).await?;
        // Only the secret that was checked is switched on (a concurrent re-enrolment loses).
        let enabled = user_totp::Entity::update_many()
            .col_expr(user_totp::Column::EnabledAt, Expr::value(now))
            .col_expr(user_totp::Column::LastStep, Expr::value(step))
            .filter(user_totp::Column::UserId.eq(user.id.uuid()))
            .filter(user_totp::Column::EnabledAt.is_null())
            .filter(user_totp::Column::SecretEnc.eq(row.secret_enc.clone()))
            .exec(&tx)
            .await?
            .rows_affected;
        if enabled != 1 {
            return Err(AppError::InvalidMfaCode);
        }
        let codes = replace_recovery_codes(&tx, user.id, fresh, now).await?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::TotpEnabled,
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::TotpEnabled,
                }),
            )
            .await?;
        tracing::info!(user_id = %user.id, "two-factor sign-in turned on");
        Ok(codes)
    }

    /// Opens the second step of a sign-in for a user whose password was right; `device`, the
    /// device token that sign-in presented, keeps spending its own budget in this step.
    pub async fn challenge(
        &self,
        user_id: UserId,
        device: Option<DeviceId>,
        first: FirstFactor,
        factors: SecondFactors,
    ) -> Result<Challenge, AppError> {
        let now = self.clock.now_micros();
        let issued = opaque::issue();
        mfa_challenge::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(user_id.uuid()),
            token_hash: Set(issued.hash),
            created_at: Set(now),
            expires_at: Set(now + CHALLENGE_TTL_SECS * MICROS_PER_SEC),
            attempts: Set(0),
            used_at: Set(None),
            device_token_id: Set(device.map(DeviceId::uuid)),
            first_factor: Set(match first {
                FirstFactor::Password => None,
                FirstFactor::Provider => Some(PROVIDER_FACTOR.to_owned()),
            }),
        }
        .insert(&self.db)
        .await?;
        Ok(Challenge {
            mfa_token: issued.token,
            expires_in: CHALLENGE_TTL_SECS,
            factors,
        })
    }

    /// Finishes a sign-in: a current TOTP code (never one already accepted) or an unused
    /// recovery code. A challenge is single use and void after five wrong codes; wrong codes
    /// also count as failed sign-ins of the account, so new challenges do not give new guesses.
    #[tracing::instrument(skip_all)]
    pub async fn verify(
        &self,
        mfa_token: &SecretString,
        code: &SecretString,
        client: &ClientInfo,
    ) -> Result<IssuedTokens, AppError> {
        let now = self.clock.now_micros();
        self.finish(mfa_token, client, |user| async move {
            self.check_second_factor(&user, code, now).await
        })
        .await
    }

    /// The open challenge `mfa_token` names (unknown, spent, expired or out of attempts:
    /// INVALID_TOKEN), without counting anything: for starting a passkey ceremony on it.
    pub async fn open(&self, mfa_token: &SecretString) -> Result<OpenChallenge, AppError> {
        let now = self.clock.now_micros();
        let challenge = mfa_challenge::Entity::find()
            .filter(mfa_challenge::Column::TokenHash.eq(opaque::hash_presented(mfa_token)))
            .filter(mfa_challenge::Column::UsedAt.is_null())
            .filter(mfa_challenge::Column::ExpiresAt.gt(now))
            .filter(mfa_challenge::Column::Attempts.lt(CHALLENGE_MAX_ATTEMPTS))
            .one(&self.db)
            .await?
            .ok_or(AppError::InvalidToken)?;
        Ok(OpenChallenge {
            user_id: challenge.user_id.into(),
        })
    }

    /// Finishes a sign-in with the second factor `check` proves for the challenge's account
    /// (a wrong one: INVALID_MFA_CODE). The attempt is counted on the challenge and as a
    /// sign-in of the account before `check` runs; the challenge is spent once it succeeds.
    pub async fn finish<F, Fut>(
        &self,
        mfa_token: &SecretString,
        client: &ClientInfo,
        check: F,
    ) -> Result<IssuedTokens, AppError>
    where
        F: FnOnce(Account) -> Fut,
        Fut: std::future::Future<Output = Result<Proof, AppError>>,
    {
        let now = self.clock.now_micros();
        let hash = opaque::hash_presented(mfa_token);
        let Some(challenge) = mfa_challenge::Entity::find()
            .filter(mfa_challenge::Column::TokenHash.eq(hash))
            .one(&self.db)
            .await?
        else {
            return Err(AppError::InvalidToken);
        };
        let who = Who {
            key: SignInKey::User(challenge.user_id.into()),
            device: challenge.device_token_id.map(DeviceId::from),
        };
        let checked = self
            .credentials
            .check(&who, async {
                // Count the attempt on the challenge too, atomically: the sixth try finds no row
                // to count.
                let counted = mfa_challenge::Entity::update_many()
                    .col_expr(
                        mfa_challenge::Column::Attempts,
                        Expr::col(mfa_challenge::Column::Attempts).add(1),
                    )
                    .filter(mfa_challenge::Column::Id.eq(challenge.id))
                    .filter(mfa_challenge::Column::UsedAt.is_null())
                    .filter(mfa_challenge::Column::ExpiresAt.gt(now))
                    .filter(mfa_challenge::Column::Attempts.lt(CHALLENGE_MAX_ATTEMPTS))
                    .exec(&self.db)
                    .await?
                    .rows_affected;
                if counted == 0 {
                    return Err(AppError::InvalidToken);
                }
                let user =
                    users::get(&self.db, challenge.user_id.into(), AppError::InvalidToken).await?;
                let proof = check(user.clone()).await?;
                Ok((user, proof))
            })
            .await;
        let (user, proof) = match checked {
            Err(AppError::InvalidMfaCode) => {
                self.audit
                    .record(
                        AuditEvent::SignInFailed {
                            reason: SignInFailure::WrongSecondFactor,
                        },
                        Some(challenge.user_id.into()),
                        client,
                    )
                    .await?;
                return Err(AppError::InvalidMfaCode);
            }
            other => other?,
        };
        let used = mfa_challenge::Entity::update_many()
            .col_expr(mfa_challenge::Column::UsedAt, Expr::value(now))
            .filter(mfa_challenge::Column::Id.eq(challenge.id))
            .filter(mfa_challenge::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?
            .rows_affected;
        if used != 1 {
            return Err(AppError::InvalidToken);
        }
        let provider = challenge.first_factor.as_deref() == Some(PROVIDER_FACTOR);
        let method = match (provider, proof) {
            (false, Proof::Totp) => AuthMethod::PasswordAndTotp,
            (false, Proof::RecoveryCode) => AuthMethod::PasswordAndRecoveryCode,
            (false, Proof::Passkey) => AuthMethod::PasswordAndPasskey,
            (true, Proof::Totp) => AuthMethod::ProviderAndTotp,
            (true, Proof::RecoveryCode) => AuthMethod::ProviderAndRecoveryCode,
            (true, Proof::Passkey) => AuthMethod::ProviderAndPasskey,
        };
        // A disabled account never gets this far: its first factor was refused.
        let ending = self.credentials.signed_in(&who).await?;
        let user_id = user.id;
        let tokens = self
            .sessions
            .sign_in(
                user,
                method,
                client,
                DeviceGrant::New {
                    replacing: who.device,
                },
                ending,
            )
            .await?;
        tracing::info!(%user_id, "signed in with a second factor");
        Ok(tokens)
    }

    /// Turns TOTP off: needs the password and a code.
    #[tracing::instrument(skip_all)]
    pub async fn disable(
        &self,
        principal: &Principal,
        password: Option<&SecretString>,
        code: &SecretString,
        client: &ClientInfo,
    ) -> Result<Account, AppError> {
        let user = self.find_user(principal.user_id).await?;
        if !self.is_enabled(user.id).await? {
            return Err(AppError::Forbidden);
        }
        // The password first, and the code only once it is right: a wrong password answers the
        // same whatever the code. Both are counted like sign-ins.
        let user = self
            .credentials
            .recheck_or_recent(principal, password, "password")
            .await?;
        self.recheck_code(&user, code).await?;
        let tx = crate::db::begin(&self.db).await?;
        user_totp::Entity::delete_by_id(user.id.uuid())
            .exec(&tx)
            .await?;
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(user.id.uuid()))
            .exec(&tx)
            .await?;
        self.trail
            .commit(
                tx,
                Some(user.id),
                client,
                AuditEvent::TotpDisabled,
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::TotpDisabled,
                }),
            )
            .await?;
        tracing::info!(user_id = %user.id, "two-factor sign-in turned off");
        Ok(user)
    }

    /// Replaces every recovery code, after a valid code.
    #[tracing::instrument(skip_all)]
    pub async fn regenerate_recovery_codes(
        &self,
        principal: &Principal,
        code: &SecretString,
    ) -> Result<Vec<SecretString>, AppError> {
        self.recent.require(principal)?;
        let user = self.find_user(principal.user_id).await?;
        if !self.is_enabled(user.id).await? {
            return Err(AppError::Forbidden);
        }
        self.recheck_code(&user, code).await?;
        let fresh = self.new_recovery_codes().await?;
        let tx = crate::db::begin(&self.db).await?;
        let codes = replace_recovery_codes(&tx, user.id, fresh, self.clock.now_micros()).await?;
        tx.commit().await?;
        Ok(codes)
    }

    /// Issues new recovery codes (replacing any) for an account that has a second factor (TOTP
    /// or a passkey), after a recent authentication: how an account whose second factor is a
    /// passkey gets codes for the day it is lost. FORBIDDEN without a second factor.
    #[tracing::instrument(skip_all)]
    pub async fn create_recovery_codes(
        &self,
        principal: &Principal,
    ) -> Result<Vec<SecretString>, AppError> {
        self.recent.require(principal)?;
        let user = self.find_user(principal.user_id).await?;
        if !self.second_factors(user.id).await?.required() {
            return Err(AppError::Refused(
                "Recovery codes stand in for a second factor: turn on TOTP or add a passkey first.",
            ));
        }
        let fresh = self.new_recovery_codes().await?;
        let tx = crate::db::begin(&self.db).await?;
        let codes = replace_recovery_codes(&tx, user.id, fresh, self.clock.now_micros()).await?;
        tx.commit().await?;
        tracing::info!(user_id = %user.id, "recovery codes issued");
        Ok(codes)
    }

    /// A second-factor code of the signed-in `user`, asked again (reauthenticate, disableTotp,
    /// regenerateRecoveryCodes): counted like a sign-in of the account.
    pub async fn recheck_code(&self, user: &Account, code: &SecretString) -> Result<(), AppError> {
        let now = self.clock.now_micros();
        self.credentials
            .check(
                &Who::account(user.id),
                self.check_second_factor(user, code, now),
            )
            .await
            .map(|_| ())
    }

    /// Checks a TOTP code (consuming its time step) or a recovery code (consuming the code).
    async fn check_second_factor(
        &self,
        user: &Account,
        code: &SecretString,
        now: i64,
    ) -> Result<Proof, AppError> {
        let code = code.expose_secret().trim();
        if totp::is_totp_format(code) {
            let Some(row) = user_totp::Entity::find_by_id(user.id.uuid())
                .filter(user_totp::Column::EnabledAt.is_not_null())
                .one(&self.db)
                .await?
            else {
                return Err(AppError::InvalidMfaCode);
            };
            let step = self
                .totp_step(user, &row, code)?
                .ok_or(AppError::InvalidMfaCode)?;
            // Remember the step atomically: of two requests with one code, one wins.
            let consumed = user_totp::Entity::update_many()
                .col_expr(user_totp::Column::LastStep, Expr::value(step))
                .filter(user_totp::Column::UserId.eq(user.id.uuid()))
                .filter(user_totp::Column::EnabledAt.is_not_null())
                .filter(
                    Condition::any()
                        .add(user_totp::Column::LastStep.is_null())
                        .add(user_totp::Column::LastStep.lt(step)),
                )
                .exec(&self.db)
                .await?
                .rows_affected;
            if consumed != 1 {
                return Err(AppError::InvalidMfaCode);
            }
            return Ok(Proof::Totp);
        }
        let normalized = SecretString::from(totp::normalize_recovery_code(code));
        // Codes issued before salted hashing: their SHA-256, looked up directly.
        let legacy = recovery_code::Entity::update_many()
            .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
            .filter(recovery_code::Column::UserId.eq(user.id.uuid()))
            .filter(recovery_code::Column::CodeHash.eq(opaque::hash(normalized.expose_secret())))
            .filter(recovery_code::Column::CodePhc.is_null())
            .filter(recovery_code::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?
            .rows_affected;
        if legacy == 1 {
            return Ok(Proof::RecoveryCode);
        }
        // Salted codes: checked against each of the user's unused ones.
        let unused = recovery_code::Entity::find()
            .filter(recovery_code::Column::UserId.eq(user.id.uuid()))
            .filter(recovery_code::Column::CodePhc.is_not_null())
            .filter(recovery_code::Column::UsedAt.is_null())
            .all(&self.db)
            .await?;
        let mut matched = None;
        for row in unused {
            let Some(phc) = row.code_phc else { continue };
            let verdict = self
                .code_hasher
                .verify(&normalized, Some(phc.expose().to_owned()))
                .await?;
            if verdict != Verdict::Wrong {
                matched = Some(row.id);
                break;
            }
        }
        let Some(id) = matched else {
            return Err(AppError::InvalidMfaCode);
        };
        // Single use: of two requests with one code, one wins.
        let consumed = recovery_code::Entity::update_many()
            .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
            .filter(recovery_code::Column::Id.eq(id))
            .filter(recovery_code::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?
            .rows_affected;
        if consumed != 1 {
            return Err(AppError::InvalidMfaCode);
        }
        Ok(Proof::RecoveryCode)
    }

    /// The time step `code` matches for this row's secret, if any.
    fn totp_step(
        &self,
        user: &Account,
        row: &user_totp::Model,
        code: &str,
    ) -> Result<Option<i64>, AppError> {
        let secret = self
            .cipher
            .decrypt(user.id.uuid(), row.secret_enc.expose())
            .map_err(AppError::internal)?;
        let generator = totp::totp(&secret, &self.issuer, user.username.as_str())
            .map_err(AppError::internal)?;
        Ok(totp::matching_step(&generator, code, self.clock.now_secs()))
    }
}

/// New recovery codes with their salted hashes, made before any transaction (hashing is slow).
struct FreshCodes {
    codes: Vec<String>,
    hashes: Vec<String>,
}

impl TwoFactor {
    async fn new_recovery_codes(&self) -> Result<FreshCodes, AppError> {
        let codes = totp::new_recovery_codes();
        let mut hashes = Vec::with_capacity(codes.len());
        for code in &codes {
            let normalized = SecretString::from(totp::normalize_recovery_code(code));
            hashes.push(self.code_hasher.hash(&normalized).await?);
        }
        Ok(FreshCodes { codes, hashes })
    }
}

/// Replaces every recovery code of the user with `fresh`; returns the codes, to show once.
async fn replace_recovery_codes(
    tx: &sea_orm::DatabaseTransaction,
    user_id: UserId,
    fresh: FreshCodes,
    now: i64,
) -> Result<Vec<SecretString>, AppError> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id.uuid()))
        .exec(tx)
        .await?;
    let FreshCodes { codes, hashes } = fresh;
    recovery_code::Entity::insert_many(hashes.into_iter().map(|hash| {
        let id = Uuid::now_v7();
        recovery_code::ActiveModel {
            id: Set(id),
            user_id: Set(user_id.uuid()),
            // Never a SHA-256 hex string: the lookup of older codes cannot match it.
            code_hash: Set(format!("phc:{}", id.simple())),
            used_at: Set(None),
            created_at: Set(now),
            code_phc: Set(Some(Redacted::new(hash))),
        }
    }))
    .exec(tx)
    .await?;
    Ok(codes.into_iter().map(SecretString::from).collect())
}
