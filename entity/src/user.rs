//! Accounts. `email` is stored normalised; `username_key` is the lower-cased username that carries
//! the case-insensitive uniqueness.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub username: String,
    #[sea_orm(unique)]
    pub username_key: String,
    /// argon2id PHC string (a hash, never the password); `None` for an account without a
    /// password (made through a sign-in provider), which no password matches.
    pub password_hash: Option<crate::Redacted>,
    pub role: String,
    pub email_verified: bool,
    pub created_at: i64,
    pub updated_at: i64,
    /// Set while an admin has disabled the account: no sign-in, refresh or token use.
    pub disabled_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::session::Entity")]
    Session,
}

impl Related<super::session::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Session.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
