//! A WebAuthn registration or authentication in progress: its challenge state as webauthn-rs
//! keeps it (JSON), for whichever instance the browser's answer reaches. `purpose`: "register",
//! "sign_in" (username-less), "second_factor", "reauth"; `user_id` the account it is for (none for
//! a username-less sign-in). Single use (`used_at`), short-lived.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webauthn_ceremonies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub purpose: String,
    pub user_id: Option<Uuid>,
    pub state: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
