//! One row per periodic job shared by every instance (the purge of expired rows): the instance
//! whose conditional update moves `due_at` forward runs that round, the others skip it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "leases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    /// The instance that claimed the current round (for operators; nothing reads it).
    pub holder: String,
    /// When the job is next due, in microseconds since the epoch.
    pub due_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
