//! An account as the services hand it around: no password hash, no second-factor secret.

use super::{Email, Role, UserId, Username};
use crate::clock::Micros;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: UserId,
    pub email: Email,
    pub username: Username,
    pub role: Role,
    pub email_verified: bool,
    pub created_at: Micros,
    /// Set while an admin has disabled the account: no sign-in, refresh or token use.
    pub disabled_at: Option<Micros>,
}

impl Account {
    pub fn is_disabled(&self) -> bool {
        self.disabled_at.is_some()
    }
}
