//! The second step of a sign-in with TOTP: opened by a correct password, single use, short-lived,
//! and void after a few wrong codes. Stored as the SHA-256 of the token the client holds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mfa_challenges")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub attempts: i32,
    pub used_at: Option<i64>,
    /// The device token the sign-in presented, if any: its own failure budget applies to this
    /// step too, instead of the account's.
    pub device_token_id: Option<Uuid>,
    /// What proved the first factor: `None` for a password, "fed" for a sign-in provider.
    pub first_factor: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
