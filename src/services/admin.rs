//! Admin operations: the user directory, roles, password resets and disabling accounts. Who may
//! call them, and the rule that one enabled admin must remain, live in `authz`.

use std::sync::Arc;

use entity::{mfa_challenge, passkey, recovery_code, user, user_totp};
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DatabaseTransaction, EntityTrait, PaginatorTrait,
    QueryFilter, Select,
};
use secrecy::SecretString;

use super::ClientInfo;
use super::audit::AuditEvent;
use super::authz::{RecentAuth, begin_as_admin, leaves_an_enabled_admin, require_admin};
use super::credentials::revoke_proofs;
use super::devices;
use super::principal::Principal;
use super::rate_limits::RateLimits;
use super::sessions::Sessions;
use super::trail::{Notice, Trail};
use crate::auth::password::Hasher;
use crate::clock::{Clock, Micros};
use crate::domain::{Account, Cursor, NewPassword, Page, PageArgs, Role, SessionId, UserId};
use crate::error::AppError;
use crate::mail::{Mail, PasswordChange, Recipient};
use crate::store::like_literal;
use crate::store::local_reads::Reads;
use crate::store::paging::Keyset;
use crate::store::sessions::{self as revocation, Which};
use crate::store::users;

const MAX_SEARCH: usize = 254;

/// Revokes the user's live sessions and drops pending MFA challenges inside `tx`; returns the
/// revoked session ids, for `Sessions::forget` once the transaction commits.
async fn end_everything(
    tx: &DatabaseTransaction,
    user_id: UserId,
    now: Micros,
) -> Result<Vec<SessionId>, AppError> {
    let ids = revocation::revoke(tx, user_id, Which::All, now).await?;
    mfa_challenge::Entity::delete_many()
        .filter(mfa_challenge::Column::UserId.eq(user_id.uuid()))
        .exec(tx)
        .await?;
    Ok(ids)
}

#[derive(Clone)]
pub struct Admin {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    hasher: Hasher,
    sessions: Sessions,
    trail: Trail,
    recent: RecentAuth,
    limits: RateLimits,
}

impl Admin {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        hasher: Hasher,
        sessions: Sessions,
        trail: Trail,
        recent: RecentAuth,
        limits: RateLimits,
    ) -> Self {
        Self {
            db,
            clock,
            hasher,
            sessions,
            trail,
            recent,
            limits,
        }
    }

    /// An admin mutation's caller: an enabled admin (checked again in the database by each
    /// operation) who proved their credentials recently, since a stolen admin token must not
    /// be enough to take other accounts over.
    fn recent_actor(&self, principal: &Principal) -> Result<UserId, AppError> {
        self.recent.require(principal)?;
        Ok(principal.user_id)
    }

    /// One account by id, for an enabled admin only; `None` when there is no such user.
    pub async fn user(&self, actor: UserId, id: UserId) -> Result<Option<Account>, AppError> {
        require_admin(&self.db, actor).await?;
        users::find(&self.db, id).await
    }

    /// The user directory, for an enabled admin only.
    pub async fn directory(
        &self,
        actor: UserId,
        search: Option<&str>,
    ) -> Result<Directory, AppError> {
        require_admin(&self.db, actor).await?;
        let search = search
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty());
        // Nothing longer can match an email (254) or a username (32).
        if search
            .as_ref()
            .is_some_and(|s| s.chars().count() > MAX_SEARCH)
        {
            return Err(AppError::bad_input(
                "search",
                format!("search must be at most {MAX_SEARCH} characters."),
            ));
        }
        Ok(Directory {
            db: self.db.clone(),
            search,
        })
    }

    /// Sets `target`'s role. Demoting the last enabled admin is FORBIDDEN; an unknown user is
    /// NOT_FOUND. Existing access tokens keep their `role` claim until they are refreshed, but
    /// admin operations never trust the claim.
    #[tracing::instrument(skip_all)]
    pub async fn set_role(
        &self,
        principal: &Principal,
        target: UserId,
        role: Role,
        client: &ClientInfo,
    ) -> Result<Account, AppError> {
        let actor = self.recent_actor(principal)?;
        let tx = begin_as_admin(&self.db, actor).await?;
        let before = users::get(&tx, target, AppError::NotFound).await?;
        let now = self.clock.now_micros();
        let mut update = user::Entity::update_many()
            .col_expr(user::Column::Role, Expr::value(role.as_str()))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(target.uuid()));
        if role != Role::Admin {
            update = update.filter(leaves_an_enabled_admin(target));
        }
        if update.exec(&tx).await?.rows_affected != 1 {
            return Err(AppError::Forbidden);
        }
        let user = users::get(&tx, target, AppError::NotFound).await?;
        if before.role == role {
            tx.commit().await?;
            return Ok(user);
        }
        self.trail
            .commit(
                tx,
                Some(target),
                client,
                AuditEvent::RoleChanged { role, by: actor },
                None,
            )
            .await?;
        tracing::info!(user_id = %target, by = %actor, role = role.as_str(), "role changed");
        Ok(user)
    }

    /// Disables (no sign-in, refresh or token use; every session revoked) or re-enables
    /// `target`. Disabling the last enabled admin is FORBIDDEN.
    #[tracing::instrument(skip_all)]
    pub async fn set_disabled(
        &self,
        principal: &Principal,
        target: UserId,
        disabled: bool,
        client: &ClientInfo,
    ) -> Result<Account, AppError> {
        let actor = self.recent_actor(principal)?;
        let tx = begin_as_admin(&self.db, actor).await?;
        let before = users::get(&tx, target, AppError::NotFound).await?;
        let now = self.clock.now_micros();
        let event = if disabled && !before.is_disabled() {
            let changed = user::Entity::update_many()
                .col_expr(user::Column::DisabledAt, Expr::value(now))
                .col_expr(user::Column::UpdatedAt, Expr::value(now))
                .filter(user::Column::Id.eq(target.uuid()))
                .filter(user::Column::DisabledAt.is_null())
                .filter(leaves_an_enabled_admin(target))
                .exec(&tx)
                .await?
                .rows_affected;
            if changed != 1 {
                return Err(AppError::Forbidden);
            }
            let ended = end_everything(&tx, target, now).await?;
            devices::revoke_all(&tx, target).await?;
            Some((AuditEvent::AccountDisabled { by: actor }, ended))
        } else if !disabled && before.is_disabled() {
            user::Entity::update_many()
                .col_expr(user::Column::DisabledAt, Expr::value(Option::<i64>::None))
                .col_expr(user::Column::UpdatedAt, Expr::value(now))
                .filter(user::Column::Id.eq(target.uuid()))
                .exec(&tx)
                .await?;
            Some((AuditEvent::AccountEnabled { by: actor }, Vec::new()))
        } else {
            None
        };
        let user = users::get(&tx, target, AppError::NotFound).await?;
        let Some((event, ended)) = event else {
            tx.commit().await?;
            return Ok(user);
        };
        self.trail
            .commit(tx, Some(target), client, event, None)
            .await?;
        if disabled {
            self.sessions.forget(ended);
            tracing::info!(user_id = %target, by = %actor, "account disabled; sessions revoked");
        } else {
            tracing::info!(user_id = %target, by = %actor, "account enabled");
        }
        Ok(user)
    }

    /// Sets a new password for `target` (the same rules as registration) and revokes every one
    /// of their sessions.
    #[tracing::instrument(skip_all)]
    pub async fn reset_password(
        &self,
        principal: &Principal,
        target: UserId,
        new_password: &SecretString,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        let actor = self.recent_actor(principal)?;
        // Checked before hashing too, so that nobody else can make the server burn CPU here.
        require_admin(&self.db, actor).await?;
        let user = users::get(&self.db, target, AppError::NotFound).await?;
        let password =
            NewPassword::parse("newPassword", new_password, &user.username, &user.email)?;
        let hash = self.hasher.hash(password.secret()).await?;

        let tx = begin_as_admin(&self.db, actor).await?;
        let now = self.clock.now_micros();
        if !users::set_password(&tx, target, hash, false, now).await? {
            return Err(AppError::NotFound);
        }
        // Sessions end; challenges, reset links and device tokens go with the old password.
        let ended = revocation::revoke(&tx, target, Which::All, now).await?;
        revoke_proofs(&tx, target, now).await?;
        // The owner learns of it at their address: an admin account misused is a hijack too.
        self.trail
            .commit(
                tx,
                Some(target),
                client,
                AuditEvent::PasswordReset {
                    by_admin: Some(actor),
                },
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::PasswordChanged(PasswordChange::AdminReset),
                }),
            )
            .await?;
        self.sessions.forget(ended);
        // The owner can sign in with the new password at once, whoever flooded the account.
        self.limits.forget_failed_sign_ins(target).await?;
        tracing::info!(user_id = %target, by = %actor, "password reset by an admin; sessions revoked");
        Ok(())
    }

    /// Turns `target`'s second factors off (for a user who lost them): their TOTP secret and
    /// recovery codes are deleted, their sessions revoked, the event recorded and the user told
    /// by mail. Signing in then takes the password alone.
    #[tracing::instrument(skip_all)]
    pub async fn reset_two_factor(
        &self,
        principal: &Principal,
        target: UserId,
        client: &ClientInfo,
    ) -> Result<Account, AppError> {
        let actor = self.recent_actor(principal)?;
        let tx = begin_as_admin(&self.db, actor).await?;
        let user = users::get(&tx, target, AppError::NotFound).await?;
        let now = self.clock.now_micros();
        user_totp::Entity::delete_by_id(target.uuid())
            .exec(&tx)
            .await?;
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(target.uuid()))
            .exec(&tx)
            .await?;
        // Passkeys are second factors too (and ways in: the user signs in again with the
        // password, a provider, or a password set through a reset link).
        passkey::Entity::delete_many()
            .filter(passkey::Column::UserId.eq(target.uuid()))
            .exec(&tx)
            .await?;
        let ended = end_everything(&tx, target, now).await?;
        self.trail
            .commit(
                tx,
                Some(target),
                client,
                AuditEvent::TwoFactorReset { by: actor },
                Some(Notice {
                    to: Recipient::of(&user),
                    mail: Mail::TwoFactorReset,
                }),
            )
            .await?;
        self.sessions.forget(ended);
        tracing::info!(user_id = %target, by = %actor, "second factors reset by an admin; sessions revoked");
        Ok(user)
    }
}

/// Every account, newest first, optionally filtered; only handed out to an admin.
#[derive(Clone)]
pub struct Directory {
    db: DatabaseConnection,
    /// Lower-cased substring of the username or the email.
    search: Option<String>,
}

const NEWEST_FIRST: Keyset<user::Entity> = Keyset {
    time: user::Column::CreatedAt,
    id: user::Column::Id,
};

impl Directory {
    fn filtered(&self) -> Select<user::Entity> {
        let mut query = user::Entity::find();
        if let Some(search) = &self.search {
            // Both columns are stored lower-cased (usernames through their key), so a LIKE on
            // them is case-insensitive on every database, whatever its collation.
            let pattern = format!("%{}%", like_literal(search));
            query = query.filter(
                Condition::any()
                    .add(
                        Expr::col(user::Column::UsernameKey)
                            .like(LikeExpr::new(pattern.clone()).escape('\\')),
                    )
                    .add(Expr::col(user::Column::Email).like(LikeExpr::new(pattern).escape('\\'))),
            );
        }
        query
    }

    /// `first` 0–100 (default 20) accounts after the cursor `after`.
    pub async fn page(&self, args: PageArgs) -> Result<Page<Account>, AppError> {
        let page = NEWEST_FIRST
            .page(
                &Reads::pooled(self.db.clone()),
                || self.filtered(),
                args,
                |u| Cursor {
                    created_at: u.created_at,
                    id: u.id,
                },
            )
            .await?;
        Ok(page.map(users::account))
    }

    /// How many accounts match the search (only computed when a client asks for totalCount).
    pub async fn count(&self) -> Result<u64, AppError> {
        Ok(self.filtered().count(&self.db).await?)
    }
}
