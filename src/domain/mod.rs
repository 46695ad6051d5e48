//! Pure domain types, parsed once at the edge: services take them and never re-check. No I/O,
//! no database or GraphQL types.

mod account;
mod cursor;
mod email;
mod ids;
pub mod page;
mod password;
pub mod quote;
mod role;
mod security_event;
mod session;
mod username;

pub use account::Account;
pub use cursor::Cursor;
pub use email::Email;
pub use ids::{EventId, QuoteId, SessionId, UserId};
pub use page::{Page, PageArgs};
pub use password::NewPassword;
pub use quote::{Quote, QuoteAuthor, QuoteText};
pub use role::Role;
pub use security_event::{EventKind, SecurityEvent};
pub use session::SessionInfo;
pub use username::Username;
