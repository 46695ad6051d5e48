//! What can be sent: the messages (`Mail`), who they are for (`Recipient`), and the rendered
//! `Payload` that the queue stores and the transports deliver.

use std::time::Duration;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// Why a password changed, for the notification's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordChange {
    /// By the user, with the current password.
    Changed,
    /// With a reset link.
    Reset,
    /// By an administrator.
    AdminReset,
}

impl PasswordChange {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Changed => "changed",
            Self::Reset => "reset",
            Self::AdminReset => "admin_reset",
        }
    }
}

/// One message for one account. Variants that carry a token build a link to `PUBLIC_URL`.
pub enum Mail {
    VerifyEmail {
        token: SecretString,
        valid_for: Duration,
    },
    ResetPassword {
        token: SecretString,
        valid_for: Duration,
    },
    /// Sent to the new address, which is not the account's yet.
    ConfirmEmailChange {
        token: SecretString,
        new_email: String,
        valid_for: Duration,
    },
    /// Sent to the old address once the change is done.
    EmailChanged {
        new_email: String,
    },
    PasswordChanged(PasswordChange),
    TotpEnabled,
    TotpDisabled,
    /// An administrator turned the second factor off (a user who lost it).
    TwoFactorReset,
    /// A sign-in provider's account was linked to this account (`provider`: its display name).
    IdentityLinked {
        provider: String,
    },
    IdentityUnlinked {
        provider: String,
    },
    /// Sent to the address someone gave to finish signing up through a provider whose account
    /// has no verified address (`provider`: its display name). Not an account's yet.
    ConfirmProviderSignUp {
        token: SecretString,
        provider: String,
        valid_for: Duration,
    },
    /// A passkey was registered to the account (`name`: what the user called it).
    PasskeyAdded {
        name: String,
    },
    PasskeyRemoved {
        name: String,
    },
}

impl std::fmt::Debug for Mail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.write_str(self.kind())
    }
}

impl Mail {
    /// The template name, also stored on the outbox row for operators.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::VerifyEmail { .. } => "verify_email",
            Self::ResetPassword { .. } => "reset_password",
            Self::ConfirmEmailChange { .. } => "confirm_email_change",
            Self::EmailChanged { .. } => "email_changed",
            Self::PasswordChanged(_) => "password_changed",
            Self::TotpEnabled => "totp_enabled",
            Self::TotpDisabled => "totp_disabled",
            Self::TwoFactorReset => "two_factor_reset",
            Self::IdentityLinked { .. } => "identity_linked",
            Self::IdentityUnlinked { .. } => "identity_unlinked",
            Self::ConfirmProviderSignUp { .. } => "confirm_provider_sign_up",
            Self::PasskeyAdded { .. } => "passkey_added",
            Self::PasskeyRemoved { .. } => "passkey_removed",
        }
    }

    /// Every kind, for checking templates at start.
    pub const KINDS: [&'static str; 13] = [
        "verify_email",
        "reset_password",
        "confirm_email_change",
        "email_changed",
        "password_changed",
        "totp_enabled",
        "totp_disabled",
        "two_factor_reset",
        "identity_linked",
        "identity_unlinked",
        "confirm_provider_sign_up",
        "passkey_added",
        "passkey_removed",
    ];
}

/// Who a message is for: the address it goes to and the account's username.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub address: String,
    pub username: String,
}

impl Recipient {
    pub fn of(user: &crate::domain::Account) -> Self {
        Self {
            address: user.email.as_str().to_owned(),
            username: user.username.as_str().to_owned(),
        }
    }
}

/// A rendered message: what the queue stores (encrypted) and a transport delivers.
#[derive(Serialize, Deserialize)]
pub struct Payload {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
}

impl std::fmt::Debug for Payload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The bodies carry tokens.
        f.debug_struct("Payload")
            .field("subject", &self.subject)
            .finish_non_exhaustive()
    }
}
