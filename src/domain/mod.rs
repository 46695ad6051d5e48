//! Pure domain types, parsed once at the edge: services take them and never re-check.

mod email;
mod password;
mod role;
mod username;

pub use email::Email;
pub use password::NewPassword;
pub use role::Role;
pub use username::Username;
