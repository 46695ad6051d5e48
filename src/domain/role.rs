//! Account roles, as stored and as put in the `role` claim.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "USER",
            Self::Admin => "ADMIN",
        }
    }

    /// Unknown stored values fall back to the least privilege.
    pub fn from_db(s: &str) -> Self {
        match s {
            "ADMIN" => Self::Admin,
            _ => Self::User,
        }
    }
}
