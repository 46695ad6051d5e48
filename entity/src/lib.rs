//! sea-orm entities: one module per table. Timestamps are stored as Unix microseconds (`i64`) so
//! that ordering and equality are exact and identical on SQLite, PostgreSQL and MySQL.

pub mod audit_event;
pub mod device_token;
pub mod email_token;
pub mod lease;
pub mod mail_outbox;
pub mod mfa_challenge;
pub mod passkey;
pub mod provider_flow;
pub mod provider_grant;
pub mod quote;
pub mod rate_limit_bucket;
pub mod recovery_code;
pub mod redacted;
pub mod refresh_token;
pub mod server_key;
pub mod session;
pub mod user;
pub mod user_identity;
pub mod user_totp;
pub mod webauthn_ceremony;

pub use redacted::Redacted;
