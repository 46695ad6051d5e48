//! A new password that meets the NIST SP 800-63B rules: 8 to 512 characters, no composition
//! rules, not one of the 10,000 most common passwords, not the username or email.

use std::collections::HashSet;
use std::sync::LazyLock;

use secrecy::{ExposeSecret, SecretString};

use super::{Email, Username};
use crate::error::AppError;

/// The 10,000 most common passwords (from the zxcvbn project's frequency list, MIT licence).
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../assets/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
});

pub struct NewPassword(SecretString);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword([redacted])")
    }
}

impl NewPassword {
    pub const MIN_CHARS: usize = 8;
    pub const MAX_CHARS: usize = 512;

    pub fn parse(
        field: &'static str,
        raw: &SecretString,
        username: &Username,
        email: &Email,
    ) -> Result<Self, AppError> {
        let pw = raw.expose_secret();
        let chars = pw.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(AppError::bad_input(
                field,
                "Password must be at least 8 characters long.",
            ));
        }
        if chars > Self::MAX_CHARS {
            return Err(AppError::bad_input(
                field,
                "Password must be at most 512 characters long.",
            ));
        }
        let folded = pw.to_lowercase();
        if COMMON.contains(folded.as_str()) {
            return Err(AppError::bad_input(
                field,
                "This password is too common; choose another one.",
            ));
        }
        if folded == username.key() || folded == email.as_str() {
            return Err(AppError::bad_input(
                field,
                "Password must not be your username or email.",
            ));
        }
        Ok(Self(raw.clone()))
    }

    pub fn secret(&self) -> &SecretString {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who() -> (Username, Email) {
        (
            Username::parse("username", "alice_1").unwrap(),
            Email::parse("email", "alice@example.com").unwrap(),
        )
    }

    fn check(pw: &str) -> Result<NewPassword, AppError> {
        let (u, e) = who();
        NewPassword::parse("password", &SecretString::from(pw), &u, &e)
    }

    #[test]
    fn the_common_list_is_shipped_in_full() {
        assert_eq!(COMMON.len(), 10_000);
    }

    #[test]
    fn rejects_short_common_and_personal_passwords() {
        for bad in [
            "short",
            "password1",
            "Baseball1",
            "alice_1",
            "ALICE@example.com",
        ] {
            assert!(
                matches!(
                    check(bad),
                    Err(AppError::BadUserInput {
                        field: "password",
                        ..
                    })
                ),
                "{bad} was accepted"
            );
        }
        assert!(check(&"x".repeat(513)).is_err());
    }

    #[test]
    fn accepts_long_passphrases_without_composition_rules() {
        assert!(check("correct horse battery staple").is_ok());
        assert!(check(&"long passphrase ".repeat(8)).is_ok()); // 128 characters
        assert!(check("ünïcödé pässwörd").is_ok());
    }
}
