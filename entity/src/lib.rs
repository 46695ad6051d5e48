//! sea-orm entities: one module per table. Timestamps are stored as Unix microseconds (`i64`) so
//! that ordering and equality are exact and identical on SQLite, PostgreSQL and MySQL.

pub mod refresh_token;
pub mod session;
pub mod signing_key;
pub mod user;
