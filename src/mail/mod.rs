//! Outgoing mail: what can be sent (`message`), rendering it from templates, the queue that
//! stores it for delivery, the worker that delivers it, and the transports (SMTP, a folder of
//! .eml files, or the log). This file only declares the parts and re-exports what the rest of
//! the crate uses.

pub mod message;
pub mod queue;
pub mod templates;
pub mod transport;
pub mod worker;

pub use message::{Mail, PasswordChange, Payload, Recipient};
pub use queue::{MailSettings, Outbox};
pub use templates::Templates;
pub use transport::Transport;
pub use worker::Worker;
