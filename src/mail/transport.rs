//! Where mail goes: an SMTP server (`SMTP_URL`), a folder of .eml files (`MAIL_DIR`), or — the
//! embedded default — the log, so that a developer can click the link without any mail setup.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};

use super::message::Payload;

/// How long one SMTP conversation may take before it counts as a failed attempt.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>),
    Log,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The SMTP URL can carry credentials: name the kind only.
        f.write_str(self.name())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TransportError(pub String);

impl Transport {
    /// `smtp://host:port` (plain, for local relays), `smtp://host:587?tls=required` (STARTTLS),
    /// `smtps://host:465` (implicit TLS); `user:password@` for credentials. Must be called inside
    /// the Tokio runtime (the connection pool starts a task).
    pub fn smtp(url: &SecretString) -> Result<Self, TransportError> {
        let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
            // lettre's message can quote the URL: say what is wrong without it.
            .map_err(|_| {
                TransportError(
                    "must be smtp://host[:port][?tls=required|opportunistic] or smtps://host[:port], \
                     with user:password@ for credentials"
                        .into(),
                )
            })?;
        Ok(Self::Smtp(builder.timeout(Some(SMTP_TIMEOUT)).build()))
    }

    pub fn folder(dir: PathBuf) -> Result<Self, TransportError> {
        std::fs::create_dir_all(&dir)
            .map_err(|e| TransportError(format!("cannot create {}: {e}", dir.display())))?;
        Ok(Self::File(AsyncFileTransport::new(dir)))
    }

    pub fn name(&self) -> &'static str {
        match self {
            Self::Smtp(_) => "smtp",
            Self::File(_) => "file",
            Self::Log => "log",
        }
    }

    /// Sends one message. An error is worth retrying (the outbox decides how often).
    pub async fn deliver(&self, from: &Mailbox, payload: &Payload) -> Result<(), TransportError> {
        let to: Mailbox = payload
            .to
            .parse()
            .map_err(|_| TransportError("the recipient address is not valid".into()))?;
        if let Self::Log = self {
            // The embedded default: the whole text part, link included, for the developer.
            tracing::info!(
                to = %payload.to,
                subject = %payload.subject,
                "mail (log transport; set SMTP_URL or MAIL_DIR to send it):\n{}",
                payload.text
            );
            return Ok(());
        }
        let message = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(payload.subject.clone())
            .message_id(Some(payload.message_id.clone()))
            .multipart(MultiPart::alternative_plain_html(
                payload.text.clone(),
                payload.html.clone(),
            ))
            .map_err(|e| TransportError(format!("cannot build the message: {e}")))?;
        match self {
            Self::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| TransportError(smtp_error(&e))),
            Self::File(file) => file
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| TransportError(format!("cannot write the message: {e}"))),
            Self::Log => Ok(()),
        }
    }
}

/// A short, credential-free description of an SMTP failure for logs and the outbox row.
fn smtp_error(e: &lettre::transport::smtp::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_permanent() {
        "permanent SMTP error"
    } else if e.is_transient() {
        "transient SMTP error"
    } else if e.is_tls() {
        "TLS error"
    } else {
        "connection failed"
    };
    match e.status() {
        Some(code) => format!("{kind} (code {code})"),
        None => kind.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The SMTP pool starts a task: building it needs the runtime, as it has in the server.
    #[tokio::test]
    async fn smtp_urls_for_plain_starttls_and_implicit_tls_build() {
        for url in [
            "smtp://127.0.0.1:2525",
            "smtp://mail.example.com:587?tls=required",
            "smtp://user:p%40ss@mail.example.com:587?tls=opportunistic",
            "smtps://user:secret@mail.example.com",
        ] {
            let t = Transport::smtp(&SecretString::from(url)).unwrap();
            assert_eq!(t.name(), "smtp");
            assert_eq!(format!("{t:?}"), "smtp");
        }
    }

    #[tokio::test]
    async fn a_bad_smtp_url_is_refused_without_echoing_it() {
        let err = Transport::smtp(&SecretString::from("imap://user:hunter2@host")).unwrap_err();
        assert!(!err.0.contains("hunter2"));
    }
}
