//! Counters shared by every instance for the per-account rate limits and the slowdown of failed
//! sign-ins (`services::rate_limits::store`, which writes them with one atomic upsert).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limit_buckets")]
pub struct Model {
    /// The rule's prefix and a hash of the subject (never an address in clear).
    #[sea_orm(primary_key, auto_increment = false)]
    pub bucket: String,
    /// When the counter's window started (or, for a sliding window, the latest event), in
    /// microseconds since the epoch.
    pub window_start: i64,
    pub hits: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
