//! Queries that several services share, in one place: accounts by id or login, revoking
//! sessions, and keyset pages. Not a repository per table: a query used by one service stays in
//! that service. Rows become domain types here, so no table type travels further up than the
//! services.

mod like;
pub mod local_reads;
pub mod paging;
pub mod sessions;
pub mod users;
pub mod write_gate;

pub use like::like_literal;

/// A user row for the store's unit tests: `name`, `name@example.com`, no password.
#[cfg(test)]
pub(crate) fn test_user(id: uuid::Uuid, name: &str) -> entity::user::ActiveModel {
    use sea_orm::Set;
    entity::user::ActiveModel {
        id: Set(id),
        email: Set(format!("{name}@example.com")),
        username: Set(name.into()),
        username_key: Set(name.into()),
        password_hash: Set(None),
        role: Set("USER".into()),
        email_verified: Set(false),
        created_at: Set(1),
        updated_at: Set(1),
        disabled_at: Set(None),
    }
}
