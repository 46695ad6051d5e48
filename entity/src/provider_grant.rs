//! What a finished provider flow proved — a provider account — held behind a single-use token:
//! the code the app exchanges (`purpose` "sign_in"); the link token of an answer that needs
//! the user to prove the account its address belongs to (`purpose` "link", `user_id` that
//! account); the sign-up token of an answer that needs an address (`purpose` "sign_up"), and the
//! token mailed to the address given (`purpose` "sign_up_mail", `email` that address). Stored as
//! the SHA-256 of the token.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "provider_grants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub purpose: String,
    pub provider: String,
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub login: Option<String>,
    pub user_id: Option<Uuid>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
