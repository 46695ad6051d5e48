//! What the audit log holds about an account, as read back: the kind of event, when, from where,
//! and its non-secret facts.

use super::EventId;
use crate::clock::Micros;

/// The kinds of event, as stored in `audit_events.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    SignInSucceeded,
    SignInFailed,
    RefreshTokenReused,
    PasswordChanged,
    PasswordReset,
    EmailChanged,
    TotpEnabled,
    TotpDisabled,
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    AccountDeleted,
    TwoFactorReset,
    IdentityLinked,
    IdentityUnlinked,
    PasskeyAdded,
    PasskeyRemoved,
}

impl EventKind {
    pub const ALL: [Self; 17] = [
        Self::SignInSucceeded,
        Self::SignInFailed,
        Self::RefreshTokenReused,
        Self::PasswordChanged,
        Self::PasswordReset,
        Self::EmailChanged,
        Self::TotpEnabled,
        Self::TotpDisabled,
        Self::RoleChanged,
        Self::AccountDisabled,
        Self::AccountEnabled,
        Self::AccountDeleted,
        Self::TwoFactorReset,
        Self::IdentityLinked,
        Self::IdentityUnlinked,
        Self::PasskeyAdded,
        Self::PasskeyRemoved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignInSucceeded => "sign_in_succeeded",
            Self::SignInFailed => "sign_in_failed",
            Self::RefreshTokenReused => "refresh_token_reused",
            Self::PasswordChanged => "password_changed",
            Self::PasswordReset => "password_reset",
            Self::EmailChanged => "email_changed",
            Self::TotpEnabled => "totp_enabled",
            Self::TotpDisabled => "totp_disabled",
            Self::RoleChanged => "role_changed",
            Self::AccountDisabled => "account_disabled",
            Self::AccountEnabled => "account_enabled",
            Self::AccountDeleted => "account_deleted",
            Self::TwoFactorReset => "two_factor_reset",
            Self::IdentityLinked => "identity_linked",
            Self::IdentityUnlinked => "identity_unlinked",
            Self::PasskeyAdded => "passkey_added",
            Self::PasskeyRemoved => "passkey_removed",
        }
    }

    pub fn from_db(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A recorded security event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityEvent {
    pub id: EventId,
    pub at: Micros,
    pub kind: EventKind,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// A small JSON object of non-secret facts, or `None` when the kind says it all.
    pub detail: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_stored_names() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::from_db(kind.as_str()), Some(kind));
        }
        assert_eq!(EventKind::from_db("something_else"), None);
    }
}
