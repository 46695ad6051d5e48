//! A verified caller: the claims of a valid access token whose session is live. Built by
//! `sessions::Authenticator` once per request; every service that acts for a caller takes it.

use std::sync::Arc;

use crate::auth::jwt::AccessClaims;
use crate::domain::{Role, SessionId, UserId};

#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: UserId,
    pub session_id: SessionId,
    pub role: Role,
    /// The verified claims, shared with the verified-token cache (no copy per request).
    pub claims: Arc<AccessClaims>,
}
