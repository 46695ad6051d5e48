//! Keyset pages as the API asks for them (Relay's first/after, last/before) and as the services
//! return them: rows in newest-first order, each with the cursor it was read at.

use super::Cursor;
use crate::error::AppError;

/// Largest page a client may ask for, and the size of a page when it does not say.
pub const MAX_PAGE: u64 = 100;
pub const DEFAULT_PAGE: u64 = 20;

/// Which slice of a newest-first list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageArgs {
    /// `true` for `last`/`before` (read from the old end).
    pub backward: bool,
    pub limit: u64,
    pub after: Option<Cursor>,
    pub before: Option<Cursor>,
}

impl PageArgs {
    /// Validates Relay arguments: `first`/`last` between 0 and 100 (default `first: 20`),
    /// not both, and well-formed cursors.
    pub fn parse(
        first: Option<i32>,
        after: Option<&str>,
        last: Option<i32>,
        before: Option<&str>,
    ) -> Result<Self, AppError> {
        let limit = |field: &'static str, n: i32| -> Result<u64, AppError> {
            u64::try_from(n)
                .ok()
                .filter(|n| *n <= MAX_PAGE)
                .ok_or_else(|| {
                    AppError::bad_input(field, format!("{field} must be between 0 and {MAX_PAGE}."))
                })
        };
        let (backward, limit) = match (first, last) {
            (Some(_), Some(_)) => {
                return Err(AppError::bad_input(
                    "last",
                    "Use first (with after) or last (with before), not both.",
                ));
            }
            (Some(n), None) => (false, limit("first", n)?),
            (None, Some(n)) => (true, limit("last", n)?),
            (None, None) => (false, DEFAULT_PAGE),
        };
        Ok(Self {
            backward,
            limit,
            after: after.map(|c| Cursor::decode("after", c)).transpose()?,
            before: before.map(|c| Cursor::decode("before", c)).transpose()?,
        })
    }

    /// Forward paging only (`first`/`after`), for lists that offer no `last`/`before`.
    pub fn forward(first: Option<i32>, after: Option<&str>) -> Result<Self, AppError> {
        Self::parse(first, after, None, None)
    }
}

/// One page, newest first, with exact flags at both ends.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub rows: Vec<(Cursor, T)>,
    pub has_next_page: bool,
    pub has_previous_page: bool,
}

impl<T> Page<T> {
    /// The same page with each row converted; rows `convert` drops are left out.
    pub fn filter_map<U>(self, mut convert: impl FnMut(T) -> Option<U>) -> Page<U> {
        Page {
            rows: self
                .rows
                .into_iter()
                .filter_map(|(cursor, row)| convert(row).map(|row| (cursor, row)))
                .collect(),
            has_next_page: self.has_next_page,
            has_previous_page: self.has_previous_page,
        }
    }

    pub fn map<U>(self, mut convert: impl FnMut(T) -> U) -> Page<U> {
        self.filter_map(|row| Some(convert(row)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_arguments_are_bounded() {
        assert_eq!(PageArgs::parse(None, None, None, None).unwrap().limit, 20);
        assert!(PageArgs::parse(Some(100), None, None, None).is_ok());
        for (first, last, field) in [
            (Some(101), None, "first"),
            (Some(-1), None, "first"),
            (None, Some(101), "last"),
            (None, Some(-5), "last"),
            (Some(1), Some(1), "last"),
        ] {
            let err = PageArgs::parse(first, None, last, None).unwrap_err();
            assert!(matches!(err, AppError::BadUserInput { field: f, .. } if f == field));
        }
        let err = PageArgs::parse(None, Some("nope"), None, None).unwrap_err();
        assert!(matches!(err, AppError::BadUserInput { field: "after", .. }));
    }
}
