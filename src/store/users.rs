//! Accounts: lookups by id, login or address, creation, and password updates. Rows leave as
//! `Account` (no hash); the password hash only with the calls that check it.

use entity::{Redacted, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Select, Set,
};

use super::local_reads::Reads;

use crate::clock::Micros;
use crate::domain::{Account, Email, Role, UserId, Username};
use crate::error::{AppError, user_conflict};

/// A stored argon2id PHC string: printed as `[redacted]`.
pub type PasswordHash = Redacted;

pub fn account(row: user::Model) -> Account {
    Account {
        id: row.id.into(),
        email: Email::from_stored(row.email),
        username: Username::from_stored(row.username),
        role: Role::from_db(&row.role),
        email_verified: row.email_verified,
        created_at: row.created_at,
        disabled_at: row.disabled_at,
    }
}

/// An account and its password hash, `None` when it has no password.
pub type WithPassword = (Account, Option<PasswordHash>);

fn with_hash(row: user::Model) -> WithPassword {
    let hash = row.password_hash.clone();
    (account(row), hash)
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: UserId) -> Result<Option<Account>, AppError> {
    Ok(user::Entity::find_by_id(id.uuid())
        .one(conn)
        .await?
        .map(account))
}

/// The account, or `missing` when there is none (each caller knows what that means for it).
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    id: UserId,
    missing: AppError,
) -> Result<Account, AppError> {
    find(conn, id).await?.ok_or(missing)
}

/// The account with its password hash, for a password check.
pub async fn with_password<C: ConnectionTrait>(
    conn: &C,
    id: UserId,
) -> Result<Option<WithPassword>, AppError> {
    Ok(user::Entity::find_by_id(id.uuid())
        .one(conn)
        .await?
        .map(with_hash))
}

/// By username (case-insensitively) or, when the login holds an `@`, by address.
pub async fn by_login<C: ConnectionTrait>(
    conn: &C,
    login: &str,
) -> Result<Option<WithPassword>, AppError> {
    Ok(login_query(login).one(conn).await?.map(with_hash))
}

/// [`by_login`] through the request path's reads (on a SQLite file, on the calling thread).
pub async fn read_by_login(reads: &Reads, login: &str) -> Result<Option<WithPassword>, AppError> {
    Ok(reads.one(login_query(login)).await?.map(with_hash))
}

fn login_query(login: &str) -> Select<user::Entity> {
    let login = login.trim();
    if login.contains('@') {
        user::Entity::find().filter(user::Column::Email.eq(login.to_lowercase()))
    } else {
        user::Entity::find().filter(user::Column::UsernameKey.eq(login.to_ascii_lowercase()))
    }
}

pub async fn by_email<C: ConnectionTrait>(
    conn: &C,
    email: &Email,
) -> Result<Option<Account>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(conn)
        .await?
        .map(account))
}

/// What a new account is made of; the password already hashed.
pub struct NewAccount {
    pub email: Email,
    pub username: Username,
    /// `None`: an account without a password (made through a sign-in provider).
    pub password_hash: Option<String>,
    /// True when the address is already proved (a provider vouched for it, or a link was followed).
    pub email_verified: bool,
    pub role: Role,
}

/// Inserts the account; a taken username or address is CONFLICT naming the field (the unique
/// constraints decide, so concurrent registrations cannot both win).
pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    new: NewAccount,
    now: Micros,
) -> Result<Account, AppError> {
    let row = user::ActiveModel {
        id: Set(UserId::generate().uuid()),
        email: Set(new.email.as_str().to_owned()),
        username: Set(new.username.as_str().to_owned()),
        username_key: Set(new.username.key()),
        password_hash: Set(new.password_hash.map(Redacted::new)),
        role: Set(new.role.as_str().to_owned()),
        email_verified: Set(new.email_verified),
        created_at: Set(now),
        updated_at: Set(now),
        disabled_at: Set(None),
    }
    .insert(conn)
    .await
    .map_err(user_conflict)?;
    Ok(account(row))
}

/// Stores a new password hash; `verified` also marks the address verified (a reset link proved
/// the mailbox). False when the account is gone.
pub async fn set_password<C: ConnectionTrait>(
    conn: &C,
    id: UserId,
    hash: String,
    verified: bool,
    now: Micros,
) -> Result<bool, AppError> {
    let mut update = user::Entity::update_many()
        .col_expr(
            user::Column::PasswordHash,
            Expr::value(Some(Redacted::new(hash))),
        )
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(id.uuid()));
    if verified {
        update = update.col_expr(user::Column::EmailVerified, Expr::value(true));
    }
    Ok(update.exec(conn).await?.rows_affected == 1)
}

/// The ways an account can sign in: its password (if it has one), its linked provider
/// accounts and its passkeys. Read in the transaction that would remove one, so that two
/// removals at once cannot leave none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaysIn {
    pub password: bool,
    pub identities: u64,
    pub passkeys: u64,
}

impl WaysIn {
    pub fn count(self) -> u64 {
        u64::from(self.password) + self.identities + self.passkeys
    }
}

/// Why removing a way in was refused.
pub const LAST_WAY_IN: &str = "This is the account's last way to sign in: set a password (through a reset link) or add another sign-in method first.";

pub async fn ways_in<C: ConnectionTrait>(conn: &C, id: UserId) -> Result<WaysIn, AppError> {
    use sea_orm::PaginatorTrait;
    let password = user::Entity::find_by_id(id.uuid())
        .one(conn)
        .await?
        .is_some_and(|u| u.password_hash.is_some());
    let identities = entity::user_identity::Entity::find()
        .filter(entity::user_identity::Column::UserId.eq(id.uuid()))
        .count(conn)
        .await?;
    let passkeys = entity::passkey::Entity::find()
        .filter(entity::passkey::Column::UserId.eq(id.uuid()))
        .count(conn)
        .await?;
    Ok(WaysIn {
        password,
        identities,
        passkeys,
    })
}
