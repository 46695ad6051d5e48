//! A syntactically valid, normalised email address.

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    /// Parses and normalises (trimmed, lower-cased) so that one mailbox has one spelling.
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, AppError> {
        let normalised = raw.trim().to_lowercase();
        if normalised.is_empty() {
            return Err(AppError::bad_input(field, "Email is required."));
        }
        if normalised.len() > Self::MAX_LEN {
            return Err(AppError::bad_input(
                field,
                "Email must be at most 254 characters.",
            ));
        }
        let valid = email_address::EmailAddress::parse_with_options(
            &normalised,
            email_address::Options::default()
                .without_display_text()
                .without_domain_literal(),
        )
        .is_ok();
        // A deliverable address needs a dotted domain; "user@localhost" is not one.
        let dotted_domain = normalised
            .rsplit_once('@')
            .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'));
        if !valid || !dotted_domain {
            return Err(AppError::bad_input(field, "Email is not a valid address."));
        }
        Ok(Self(normalised))
    }

    /// An address read back from the database, where only parsed addresses are written: not
    /// checked again, so that a stricter rule later cannot make existing accounts unusable.
    pub fn from_stored(stored: String) -> Self {
        Self(stored)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_whitespace() {
        assert_eq!(
            Email::parse("email", "  Alice@Example.COM ")
                .unwrap()
                .as_str(),
            "alice@example.com"
        );
    }

    #[test]
    fn rejects_malformed_addresses() {
        for bad in [
            "",
            "alice",
            "alice@",
            "@example.com",
            "alice@@example.com",
            "alice@localhost",
            "Alice <alice@example.com>",
            "a b@example.com",
        ] {
            let err = Email::parse("email", bad).unwrap_err();
            assert!(
                matches!(err, AppError::BadUserInput { field: "email", .. }),
                "{bad:?} was accepted"
            );
        }
    }
}
