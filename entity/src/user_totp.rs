//! A user's TOTP secret, AES-256-GCM encrypted. `enabled_at` is null while the enrolment is
//! pending; `last_step` is the last accepted time step, so no code is accepted twice.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_totp")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub secret_enc: crate::Redacted,
    pub enabled_at: Option<i64>,
    pub last_step: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
