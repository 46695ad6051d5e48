//! Outgoing mail waiting for (or done with) delivery. `payload_enc` is the rendered message,
//! encrypted, and wiped once sent; `next_attempt_at` is null once the message needs no more work.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub payload_enc: Option<crate::Redacted>,
    pub created_at: i64,
    pub next_attempt_at: Option<i64>,
    pub attempts: i32,
    pub sent_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
