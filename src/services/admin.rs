//! Admin operations: the user directory, roles, password resets and disabling accounts.
//!
//! The caller's role is checked in the database on every call, not taken from the access
//! token's claim, so a demotion takes effect at once. The rule that one enabled admin must
//! remain is part of the UPDATE's own WHERE clause, run after locking the admin rows in the same
//! transaction: two admins demoting each other at the same moment cannot both succeed.

use std::sync::Arc;

use entity::{mfa_challenge, session, user};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, LikeExpr, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};
use secrecy::SecretString;
use uuid::Uuid;

use super::ClientInfo;
use super::audit::{Audit, AuditEvent};
use super::quotes::{PageArgs, like_literal};
use super::sessions::Sessions;
use crate::auth::password::Hasher;
use crate::clock::Clock;
use crate::domain::{Cursor, Email, NewPassword, Role, Username};
use crate::error::AppError;
use crate::mail::{Mail, Outbox, PasswordChange, Recipient};

const ADMIN: &str = "ADMIN";
const MAX_SEARCH: usize = 254;

/// Options for a transaction that will write: on SQLite it takes the write lock at BEGIN, so
/// writers queue (busy timeout) instead of failing when a read would have to become a write.
pub(crate) fn write_tx() -> TransactionOptions {
    TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    }
}

/// FORBIDDEN unless `user_id` is an enabled ADMIN according to the database.
pub async fn require_admin<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<(), AppError> {
    user::Entity::find_by_id(user_id)
        .filter(user::Column::Role.eq(ADMIN))
        .filter(user::Column::DisabledAt.is_null())
        .select_only()
        .column(user::Column::Id)
        .into_tuple::<Uuid>()
        .one(conn)
        .await?
        .map(|_| ())
        .ok_or(AppError::Forbidden)
}

/// Locks every admin row (in id order, so concurrent callers queue instead of deadlocking) until
/// the transaction ends. SQLite has no row locks; there the IMMEDIATE transaction serialises.
pub(crate) async fn lock_admins(tx: &DatabaseTransaction) -> Result<Vec<Uuid>, AppError> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Role.eq(ADMIN))
        .order_by_asc(user::Column::Id)
        .lock_exclusive()
        .into_tuple::<Uuid>()
        .all(tx)
        .await?)
}

/// Locks the admins, then checks that `actor` is an enabled one.
async fn authorize(tx: &DatabaseTransaction, actor: Uuid) -> Result<(), AppError> {
    lock_admins(tx).await?;
    require_admin(tx, actor).await
}

/// True for a row whose change cannot leave the server without an enabled admin: it is not an
/// enabled admin, or another enabled admin exists. Put in the WHERE of the UPDATE or DELETE.
pub(crate) fn leaves_an_enabled_admin(target: Uuid) -> Condition {
    let others = Alias::new("others");
    let mut another = Query::select();
    another
        .expr(Expr::val(1))
        .from_as(user::Entity, others.clone())
        .and_where(Expr::col((others.clone(), user::Column::Role)).eq(ADMIN))
        .and_where(Expr::col((others.clone(), user::Column::DisabledAt)).is_null())
        .and_where(Expr::col((others, user::Column::Id)).ne(target));
    Condition::any()
        .add(user::Column::Role.ne(ADMIN))
        .add(user::Column::DisabledAt.is_not_null())
        .add(Expr::exists(another))
}

/// Revokes the user's live sessions and drops pending MFA challenges inside `tx`; returns the
/// revoked session ids, for `Sessions::forget` once the transaction commits.
async fn end_everything(
    tx: &DatabaseTransaction,
    user_id: Uuid,
    now: i64,
) -> Result<Vec<Uuid>, AppError> {
    let ids: Vec<Uuid> = session::Entity::find()
        .select_only()
        .column(session::Column::Id)
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .into_tuple::<Uuid>()
        .all(tx)
        .await?;
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(tx)
        .await?;
    mfa_challenge::Entity::delete_many()
        .filter(mfa_challenge::Column::UserId.eq(user_id))
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
    audit: Audit,
    outbox: Outbox,
}

impl Admin {
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        hasher: Hasher,
        sessions: Sessions,
        audit: Audit,
        outbox: Outbox,
    ) -> Self {
        Self {
            db,
            clock,
            hasher,
            sessions,
            audit,
            outbox,
        }
    }

    /// The user directory, for an enabled admin only.
    pub async fn directory(
        &self,
        actor: Uuid,
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

    async fn begin(&self, actor: Uuid) -> Result<DatabaseTransaction, AppError> {
        let tx = self.db.begin_with_options(write_tx()).await?;
        authorize(&tx, actor).await?;
        Ok(tx)
    }

    /// Sets `target`'s role. Demoting the last enabled admin is FORBIDDEN; an unknown user is
    /// NOT_FOUND. Existing access tokens keep their `role` claim until they are refreshed, but
    /// admin operations never trust the claim.
    #[tracing::instrument(skip_all)]
    pub async fn set_role(
        &self,
        actor: Uuid,
        target: Uuid,
        role: Role,
        client: &ClientInfo,
    ) -> Result<user::Model, AppError> {
        let tx = self.begin(actor).await?;
        let before = find_in(&tx, target).await?;
        let now = self.clock.now_micros();
        let mut update = user::Entity::update_many()
            .col_expr(user::Column::Role, Expr::value(role.as_str()))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(target));
        if role != Role::Admin {
            update = update.filter(leaves_an_enabled_admin(target));
        }
        if update.exec(&tx).await?.rows_affected != 1 {
            return Err(AppError::Forbidden);
        }
        if Role::from_db(&before.role) != role {
            self.audit
                .record_in(
                    &tx,
                    AuditEvent::RoleChanged { role, by: actor },
                    Some(target),
                    client,
                )
                .await?;
            tracing::info!(user_id = %target, by = %actor, role = role.as_str(), "role changed");
        }
        let user = find_in(&tx, target).await?;
        tx.commit().await?;
        Ok(user)
    }

    /// Disables (no sign-in, refresh or token use; every session revoked) or re-enables
    /// `target`. Disabling the last enabled admin is FORBIDDEN.
    #[tracing::instrument(skip_all)]
    pub async fn set_disabled(
        &self,
        actor: Uuid,
        target: Uuid,
        disabled: bool,
        client: &ClientInfo,
    ) -> Result<user::Model, AppError> {
        let tx = self.begin(actor).await?;
        let before = find_in(&tx, target).await?;
        let now = self.clock.now_micros();
        let mut ended = Vec::new();
        if disabled && before.disabled_at.is_none() {
            let changed = user::Entity::update_many()
                .col_expr(user::Column::DisabledAt, Expr::value(now))
                .col_expr(user::Column::UpdatedAt, Expr::value(now))
                .filter(user::Column::Id.eq(target))
                .filter(user::Column::DisabledAt.is_null())
                .filter(leaves_an_enabled_admin(target))
                .exec(&tx)
                .await?
                .rows_affected;
            if changed != 1 {
                return Err(AppError::Forbidden);
            }
            ended = end_everything(&tx, target, now).await?;
            self.audit
                .record_in(
                    &tx,
                    AuditEvent::AccountDisabled { by: actor },
                    Some(target),
                    client,
                )
                .await?;
            tracing::info!(user_id = %target, by = %actor, "account disabled; sessions revoked");
        } else if !disabled && before.disabled_at.is_some() {
            user::Entity::update_many()
                .col_expr(user::Column::DisabledAt, Expr::value(Option::<i64>::None))
                .col_expr(user::Column::UpdatedAt, Expr::value(now))
                .filter(user::Column::Id.eq(target))
                .exec(&tx)
                .await?;
            self.audit
                .record_in(
                    &tx,
                    AuditEvent::AccountEnabled { by: actor },
                    Some(target),
                    client,
                )
                .await?;
            tracing::info!(user_id = %target, by = %actor, "account enabled");
        }
        let user = find_in(&tx, target).await?;
        tx.commit().await?;
        self.sessions.forget(ended);
        Ok(user)
    }

    /// Sets a new password for `target` (the same rules as registration) and revokes every one
    /// of their sessions.
    #[tracing::instrument(skip_all)]
    pub async fn reset_password(
        &self,
        actor: Uuid,
        target: Uuid,
        new_password: &SecretString,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        // Checked before hashing too, so that nobody else can make the server burn CPU here.
        require_admin(&self.db, actor).await?;
        let user = user::Entity::find_by_id(target)
            .one(&self.db)
            .await?
            .ok_or(AppError::NotFound)?;
        let username = Username::parse("username", &user.username)?;
        let email = Email::parse("email", &user.email)?;
        let password = NewPassword::parse("newPassword", new_password, &username, &email)?;
        let hash = self.hasher.hash(password.secret()).await?;

        let tx = self.begin(actor).await?;
        let now = self.clock.now_micros();
        let changed = user::Entity::update_many()
            .col_expr(user::Column::PasswordHash, Expr::value(hash))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(target))
            .exec(&tx)
            .await?
            .rows_affected;
        if changed != 1 {
            return Err(AppError::NotFound);
        }
        let ended = end_everything(&tx, target, now).await?;
        self.audit
            .record_in(
                &tx,
                AuditEvent::PasswordReset {
                    by_admin: Some(actor),
                },
                Some(target),
                client,
            )
            .await?;
        // The owner learns of it at their address: an admin account misused is a hijack too.
        self.outbox
            .enqueue(
                &tx,
                &Recipient::of(&user),
                Mail::PasswordChanged(PasswordChange::AdminReset),
            )
            .await?;
        tx.commit().await?;
        self.outbox.wake();
        self.sessions.forget(ended);
        tracing::info!(user_id = %target, by = %actor, "password reset by an admin; sessions revoked");
        Ok(())
    }
}

async fn find_in(tx: &DatabaseTransaction, id: Uuid) -> Result<user::Model, AppError> {
    user::Entity::find_by_id(id)
        .one(tx)
        .await?
        .ok_or(AppError::NotFound)
}

/// Every account, newest first, optionally filtered; only handed out to an admin.
#[derive(Clone)]
pub struct Directory {
    db: DatabaseConnection,
    /// Lower-cased substring of the username or the email.
    search: Option<String>,
}

/// One page of the directory, newest first.
#[derive(Debug, Clone)]
pub struct UserPage {
    pub rows: Vec<user::Model>,
    pub has_next_page: bool,
    pub has_previous_page: bool,
}

/// Accounts strictly older than the cursor, in (created_at, id) order.
fn older_than(c: Cursor) -> Condition {
    Condition::all()
        .add(user::Column::CreatedAt.lte(c.created_at))
        .add(
            Condition::any()
                .add(user::Column::CreatedAt.lt(c.created_at))
                .add(user::Column::Id.lt(c.id)),
        )
}

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
    pub async fn page(
        &self,
        first: Option<i32>,
        after: Option<&str>,
    ) -> Result<UserPage, AppError> {
        let args = PageArgs::parse(first, after, None, None)?;
        let mut query = self.filtered();
        if let Some(c) = args.after {
            query = query.filter(older_than(c));
        }
        let mut rows = query
            .order_by_desc(user::Column::CreatedAt)
            .order_by_desc(user::Column::Id)
            .limit(args.limit + 1)
            .all(&self.db)
            .await?;
        let has_next_page = rows.len() as u64 > args.limit;
        rows.truncate(usize::try_from(args.limit).unwrap_or(usize::MAX));
        let has_previous_page = match args.after {
            Some(c) => self
                .filtered()
                .filter(Condition::not(older_than(c)))
                .select_only()
                .column(user::Column::Id)
                .limit(1)
                .into_tuple::<Uuid>()
                .one(&self.db)
                .await?
                .is_some(),
            None => false,
        };
        Ok(UserPage {
            rows,
            has_next_page,
            has_previous_page,
        })
    }

    /// How many accounts match the search (only computed when a client asks for totalCount).
    pub async fn count(&self) -> Result<u64, AppError> {
        Ok(self.filtered().count(&self.db).await?)
    }
}
