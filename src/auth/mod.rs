//! Credential primitives with no database and no GraphQL: password hashing, access-token JWTs,
//! opaque tokens.

pub mod csrf;
pub mod jwt;
pub mod opaque;
pub mod password;
pub mod totp;
