//! Usernames: 3–32 of `[A-Za-z0-9_.-]`, unique case-insensitively (through `key()`).

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, AppError> {
        let len = raw.chars().count();
        if !(3..=32).contains(&len) {
            return Err(AppError::bad_input(
                field,
                "Username must be 3 to 32 characters long.",
            ));
        }
        if !raw
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        {
            return Err(AppError::bad_input(
                field,
                "Username may only contain letters, digits, '_', '.' and '-'.",
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    /// A username read back from the database, where only parsed usernames are written: not
    /// checked again, so that a stricter rule later cannot make existing accounts unusable.
    pub fn from_stored(stored: String) -> Self {
        Self(stored)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The case-folded form that carries uniqueness.
    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_allowed_alphabet_and_lengths() {
        for ok in ["abc", "A.b-c_d", &"x".repeat(32)] {
            assert!(Username::parse("username", ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_short_long_and_foreign_characters() {
        for bad in ["ab", &"x".repeat(33), "with space", "émile", "a/b", "a@b"] {
            assert!(Username::parse("username", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn key_folds_case() {
        assert_eq!(Username::parse("u", "Alice").unwrap().key(), "alice");
    }
}
