//! Pure domain types, parsed once at the edge: services take them and never re-check.

mod cursor;
mod email;
mod password;
pub mod quote;
mod role;
mod username;

pub use cursor::Cursor;
pub use email::Email;
pub use password::NewPassword;
pub use quote::{QuoteAuthor, QuoteText};
pub use role::Role;
pub use username::Username;
