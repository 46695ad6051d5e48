//! A provider sign-in in progress: started at `/auth/{provider}/start`, finished (once) at its
//! callback by the browser that started it. `state` and the browser binding are stored as their
//! SHA-256; the PKCE verifier encrypted (AES-256-GCM, the row id as associated data).

use sea_orm::entity::prelude::*;

use crate::Redacted;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "provider_flows")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub provider: String,
    #[sea_orm(unique)]
    pub state_hash: String,
    pub binding_hash: String,
    pub nonce: String,
    pub pkce_verifier_enc: Redacted,
    /// Where the answer goes: an address of the allow-list (`SIGN_IN_REDIRECT_URIS`).
    pub redirect_uri: String,
    /// The app's own `state`, handed back with the answer.
    pub app_state: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
