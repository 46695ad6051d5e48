//! Single-use recovery codes, stored as SHA-256.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recovery_codes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    /// Codes issued before salted hashing: the SHA-256 of the normalised code. Codes issued
    /// since: `phc:` and a random id (never a SHA-256 hex string, so the old lookup cannot
    /// match them), with the code's argon2id hash in `code_phc`.
    pub code_hash: String,
    pub used_at: Option<i64>,
    pub created_at: i64,
    pub code_phc: Option<crate::Redacted>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
