//! The one domain error. Each variant is a contract `ErrorCode`; `graphql::error` is the single
//! place that turns it into a GraphQL error, and logs the unexpected ones.

use sea_orm::{DbErr, SqlErr};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("Authentication required: missing, invalid or expired access token.")]
    Unauthenticated,
    #[error("You are not allowed to do this.")]
    Forbidden,
    /// FORBIDDEN with the reason, when the caller can do something about it.
    #[error("{0}")]
    Refused(&'static str),
    #[error("{message}")]
    BadUserInput {
        field: &'static str,
        message: String,
    },
    #[error("Invalid login or password.")]
    InvalidCredentials,
    #[error("The token is invalid, expired or already used.")]
    InvalidToken,
    #[error("The code is wrong or was already used.")]
    InvalidMfaCode,
    #[error("This {field} is already taken.")]
    Conflict { field: &'static str },
    #[error("Too many attempts; retry in {retry_after} seconds.")]
    RateLimited { retry_after: u64 },
    #[error("Not found.")]
    NotFound,
    #[error("Query too deep, too complex, or too large.")]
    QueryTooComplex,
    #[error("This needs a recent proof of your credentials: call reauthenticate, then retry.")]
    ReauthenticationRequired,
    /// Anything unexpected. The source is logged, never shown.
    #[error("Internal server error.")]
    Internal(#[source] anyhow::Error),
}

impl AppError {
    pub fn bad_input(field: &'static str, message: impl Into<String>) -> Self {
        Self::BadUserInput {
            field,
            message: message.into(),
        }
    }

    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        Self::Internal(err.into())
    }

    /// The contract's `ErrorCode` name.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden | Self::Refused(_) => "FORBIDDEN",
            Self::BadUserInput { .. } => "BAD_USER_INPUT",
            Self::InvalidCredentials => "INVALID_CREDENTIALS",
            Self::InvalidToken => "INVALID_TOKEN",
            Self::InvalidMfaCode => "INVALID_MFA_CODE",
            Self::Conflict { .. } => "CONFLICT",
            Self::RateLimited { .. } => "RATE_LIMITED",
            Self::NotFound => "NOT_FOUND",
            Self::QueryTooComplex => "QUERY_TOO_COMPLEX",
            Self::ReauthenticationRequired => "REAUTHENTICATION_REQUIRED",
            Self::Internal(_) => "INTERNAL_SERVER_ERROR",
        }
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        Self::Internal(err.into())
    }
}

/// Turns a unique-constraint violation on the users table into a `Conflict` naming the field;
/// anything else stays internal. Relying on the constraint (not check-then-insert) keeps
/// concurrent registrations race-free.
pub fn user_conflict(err: DbErr) -> AppError {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message)) => {
            // MySQL quotes the duplicate value before "for key <name>": look at the key only.
            let key = message
                .rsplit_once("for key")
                .map_or(message.as_str(), |(_, key)| key);
            if key.contains("username") {
                AppError::Conflict { field: "username" }
            } else if key.contains("email") {
                AppError::Conflict { field: "email" }
            } else {
                AppError::internal(err)
            }
        }
        _ => AppError::internal(err),
    }
}
