//! Quote text and author: stored and returned exactly as sent (no trimming, no normalisation),
//! but never empty, whitespace-only, too long, or holding control characters other than tab,
//! newline and carriage return (NUL above all, which some databases cannot store).

use super::QuoteId;
use crate::clock::Micros;
use crate::error::AppError;

/// One of a user's quotes, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub id: QuoteId,
    pub text: String,
    pub author: String,
    pub created_at: Micros,
    pub updated_at: Micros,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteText(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteAuthor(String);

impl QuoteText {
    pub const MAX_CHARS: usize = 2_000;

    pub fn parse(field: &'static str, raw: String) -> Result<Self, AppError> {
        check(field, &raw, Self::MAX_CHARS).map(|()| Self(raw))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl QuoteAuthor {
    pub const MAX_CHARS: usize = 200;

    pub fn parse(field: &'static str, raw: String) -> Result<Self, AppError> {
        check(field, &raw, Self::MAX_CHARS).map(|()| Self(raw))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check(field: &'static str, raw: &str, max: usize) -> Result<(), AppError> {
    if raw.trim().is_empty() {
        return Err(AppError::bad_input(
            field,
            format!("{field} must not be empty or only whitespace."),
        ));
    }
    if raw.chars().count() > max {
        return Err(AppError::bad_input(
            field,
            format!("{field} must be at most {max} characters."),
        ));
    }
    if raw
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return Err(AppError::bad_input(
            field,
            format!("{field} must not contain control characters other than tab and newline."),
        ));
    }
    Ok(())
}

/// The lower-cased form the case-insensitive filters compare against.
pub fn fold(s: &str) -> String {
    s.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_values_exactly_as_sent() {
        let raw =
            "  «Ça va?» — 🦀\n\tO'Brien \\ \"x\" ; DROP TABLE quotes; -- \u{202e}RTL e\u{301} "
                .to_owned();
        assert_eq!(QuoteText::parse("text", raw.clone()).unwrap().as_str(), raw);
    }

    #[test]
    fn counts_unicode_characters_not_bytes() {
        assert!(QuoteText::parse("text", "é".repeat(2_000)).is_ok());
        assert!(QuoteText::parse("text", "é".repeat(2_001)).is_err());
        assert!(QuoteAuthor::parse("author", "🦀".repeat(200)).is_ok());
        assert!(QuoteAuthor::parse("author", "🦀".repeat(201)).is_err());
    }

    #[test]
    fn rejects_blank_and_control_characters() {
        for bad in [
            "",
            " ",
            "\n\t ",
            "a\0b",
            "bell\u{7}",
            "esc\u{1b}[0m",
            "c1\u{85}",
        ] {
            let err = QuoteText::parse("text", bad.to_owned()).unwrap_err();
            assert!(
                matches!(err, AppError::BadUserInput { field: "text", .. }),
                "{bad:?}"
            );
        }
        assert!(QuoteText::parse("text", "tab\tnew\nline\r\n".to_owned()).is_ok());
    }
}
