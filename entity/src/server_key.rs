//! Keys the server generates when none is configured (the JWT signing key, the TOTP encryption
//! key), kept in the database so that they survive restarts and every instance on one database
//! uses the same ones.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "server_keys")]
pub struct Model {
    /// The key's slot, e.g. `access-token/EdDSA` or `totp/A256GCM`: the primary key makes
    /// "generate unless one exists" a race that exactly one instance wins.
    #[sea_orm(primary_key, auto_increment = false)]
    pub slot: String,
    /// Key id (for JWT keys the RFC 7638 thumbprint, published as `kid`).
    pub kid: String,
    /// `EdDSA`, `ES256`, `A256GCM`.
    pub algorithm: String,
    /// The secret: PKCS#8 PEM for JWT keys, base64 for symmetric keys.
    #[sea_orm(column_type = "Text")]
    pub material: crate::Redacted,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
