//! Typed ids: a `UserId` cannot be passed where a `SessionId` is meant. UUIDs (v7, time-ordered)
//! underneath; `ID` strings in GraphQL, parsed once at the edge.

use uuid::Uuid;

use crate::error::AppError;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Uuid);

        impl $name {
            /// A new, time-ordered id.
            pub fn generate() -> Self {
                Self(Uuid::now_v7())
            }

            /// Parses an id a client sent; anything but a UUID is BAD_USER_INPUT naming `field`.
            pub fn parse(field: &'static str, raw: &str) -> Result<Self, AppError> {
                Uuid::parse_str(raw)
                    .map(Self)
                    .map_err(|_| AppError::bad_input(field, "Not a valid id."))
            }

            pub fn uuid(self) -> Uuid {
                self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

typed_id!(
    /// An account.
    UserId
);
typed_id!(
    /// A signed-in session (one refresh-token family).
    SessionId
);
typed_id!(
    /// One of a user's quotes.
    QuoteId
);
typed_id!(
    /// A security event in the audit log.
    EventId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_uuids_only_and_name_the_field() {
        let id = UserId::generate();
        assert_eq!(UserId::parse("userId", &id.to_string()).unwrap(), id);
        let err = SessionId::parse("id", "not-an-id").unwrap_err();
        assert!(matches!(err, AppError::BadUserInput { field: "id", .. }));
    }
}
