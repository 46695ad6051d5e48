//! Opaque keyset cursors for quote pages: the (created_at, id) of a row, base64url-encoded.
//! Never an offset, so inserts between two page requests never shift what comes next.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub created_at: i64,
    pub id: Uuid,
}

const PREFIX: &str = "q1:";

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!("{PREFIX}{}:{}", self.created_at, self.id.simple()))
    }

    pub fn decode(field: &'static str, s: &str) -> Result<Self, AppError> {
        let invalid = || AppError::bad_input(field, format!("{field} is not a valid cursor."));
        let bytes = URL_SAFE_NO_PAD.decode(s).map_err(|_| invalid())?;
        let text = String::from_utf8(bytes).map_err(|_| invalid())?;
        let rest = text.strip_prefix(PREFIX).ok_or_else(invalid)?;
        let (ts, id) = rest.split_once(':').ok_or_else(invalid)?;
        Ok(Self {
            created_at: ts.parse().map_err(|_| invalid())?,
            id: Uuid::try_parse(id).map_err(|_| invalid())?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let c = Cursor {
            created_at: 1_790_000_000_123_456,
            id: Uuid::now_v7(),
        };
        assert_eq!(Cursor::decode("after", &c.encode()).unwrap(), c);
        for bad in [
            "",
            "abc",
            "!!!",
            &URL_SAFE_NO_PAD.encode("q1:x:y"),
            &URL_SAFE_NO_PAD.encode("20"),
        ] {
            assert!(Cursor::decode("after", bad).is_err(), "{bad}");
        }
    }
}
