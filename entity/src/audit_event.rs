//! One security event (sign-in, password or role change, ...): when, whose, what kind, and from
//! which client. `detail` is a small JSON object of non-secret facts, never a credential.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `None` for a failed sign-in with an unknown login and for the anonymous trace an account
    /// deletion leaves.
    pub user_id: Option<Uuid>,
    pub at: i64,
    pub kind: String,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
