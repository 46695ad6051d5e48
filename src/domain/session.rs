//! A signed-in device as its owner sees it in the list of sessions.

use super::SessionId;
use crate::clock::Micros;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    pub id: SessionId,
    pub created_at: Micros,
    pub last_used_at: Micros,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
}
