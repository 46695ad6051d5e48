//! The outbox queue: mail is rendered and stored (encrypted, since it carries live tokens) in
//! the database — in the same transaction as the change it reports — and the worker
//! (`super::worker`) on each instance delivers it. Mutations never wait on SMTP; a message
//! survives restarts and outages.

use std::sync::Arc;
use std::time::Duration;

use entity::mail_outbox;
use lettre::message::Mailbox;
use minijinja::context;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, Set};
use secrecy::ExposeSecret;
use tokio::sync::Notify;
use tokio::sync::futures::Notified;
use uuid::Uuid;

use super::message::{Mail, Payload, Recipient};
use super::templates::Templates;
use crate::auth::totp::SecretCipher;
use crate::clock::{Clock, Micros};
use crate::error::AppError;

#[derive(Debug, Clone)]
pub struct MailSettings {
    pub app_name: String,
    pub public_url: String,
    pub from: Mailbox,
    /// How often an idle worker looks for due mail (it is also woken at once by new mail).
    pub poll_interval: Duration,
}

#[derive(Clone)]
pub struct Outbox {
    inner: Arc<Inner>,
}

struct Inner {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    cipher: SecretCipher,
    templates: Templates,
    settings: MailSettings,
    wake: Notify,
}

impl Outbox {
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        cipher: SecretCipher,
        templates: Templates,
        settings: MailSettings,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                db,
                clock,
                cipher,
                templates,
                settings,
                wake: Notify::new(),
            }),
        }
    }

    /// Renders `mail` for `to` and stores it on `conn` — the caller's transaction, so that the
    /// message exists exactly when the change it belongs to does. Call [`Outbox::wake`] after
    /// the commit.
    pub async fn enqueue<C: ConnectionTrait>(
        &self,
        conn: &C,
        to: &Recipient,
        mail: Mail,
    ) -> Result<(), AppError> {
        let inner = &self.inner;
        let now = inner.clock.now_micros();
        let id = Uuid::now_v7();
        let rendered = inner
            .templates
            .render(mail.kind(), self.context(to, &mail, now))
            .map_err(AppError::internal)?;
        let payload = Payload {
            to: to.address.clone(),
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            message_id: format!("<{}@{}>", id.simple(), inner.settings.from.email.domain()),
        };
        let json =
            zeroize::Zeroizing::new(serde_json::to_vec(&payload).map_err(AppError::internal)?);
        let encrypted = inner
            .cipher
            .encrypt(id, &json)
            .map_err(AppError::internal)?;
        mail_outbox::ActiveModel {
            id: Set(id),
            kind: Set(mail.kind().to_owned()),
            payload_enc: Set(Some(entity::Redacted::new(encrypted))),
            created_at: Set(now),
            next_attempt_at: Set(Some(now)),
            attempts: Set(0),
            sent_at: Set(None),
            failed_at: Set(None),
            last_error: Set(None),
        }
        .insert(conn)
        .await?;
        tracing::debug!(mail_id = %id, kind = mail.kind(), "mail queued");
        Ok(())
    }

    /// Stores `mail` outside any transaction and wakes the worker.
    /// Messages still to deliver (neither sent nor given up on), and how long the oldest has
    /// waited: for `/metrics`.
    pub async fn backlog(&self) -> Result<(u64, Option<Duration>), AppError> {
        use sea_orm::{ColumnTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect};
        #[derive(FromQueryResult)]
        struct Backlog {
            depth: i64,
            oldest: Option<i64>,
        }
        let row = mail_outbox::Entity::find()
            .select_only()
            .column_as(mail_outbox::Column::Id.count(), "depth")
            .column_as(mail_outbox::Column::CreatedAt.min(), "oldest")
            .filter(mail_outbox::Column::SentAt.is_null())
            .filter(mail_outbox::Column::FailedAt.is_null())
            .into_model::<Backlog>()
            .one(&self.inner.db)
            .await?;
        let Some(row) = row else {
            return Ok((0, None));
        };
        let now = self.inner.clock.now_micros();
        let age = row
            .oldest
            .map(|at| Duration::from_micros(u64::try_from(now.saturating_sub(at)).unwrap_or(0)));
        Ok((u64::try_from(row.depth).unwrap_or(0), age))
    }

    pub async fn send(&self, to: &Recipient, mail: Mail) -> Result<(), AppError> {
        self.enqueue(&self.inner.db, to, mail).await?;
        self.wake();
        Ok(())
    }

    /// Tells this instance's worker that mail is waiting.
    pub fn wake(&self) {
        self.inner.wake.notify_one();
    }

    /// The database the outbox lives in, for the worker.
    pub(super) fn db(&self) -> &DatabaseConnection {
        &self.inner.db
    }

    pub(super) fn clock(&self) -> &dyn Clock {
        self.inner.clock.as_ref()
    }

    pub(super) fn settings(&self) -> &MailSettings {
        &self.inner.settings
    }

    /// Resolves when [`Outbox::wake`] is called.
    pub(super) fn woken(&self) -> Notified<'_> {
        self.inner.wake.notified()
    }

    /// Decrypts a row's message; an error here cannot get better by retrying.
    pub(super) fn open(&self, row: &mail_outbox::Model) -> Result<Payload, String> {
        let Some(encrypted) = &row.payload_enc else {
            return Err("the message body is gone".into());
        };
        let json = self
            .inner
            .cipher
            .decrypt(row.id, encrypted.expose())
            .map_err(|_| {
                "cannot decrypt the message (was the encryption key changed?)".to_owned()
            })?;
        serde_json::from_slice(&json).map_err(|_| "the stored message is unreadable".to_owned())
    }

    fn context(&self, to: &Recipient, mail: &Mail, now: Micros) -> minijinja::Value {
        let s = &self.inner.settings;
        let when = chrono::DateTime::from_timestamp_micros(now)
            .unwrap_or_default()
            .format("%Y-%m-%d %H:%M UTC")
            .to_string();
        let base = context! {
            app_name => s.app_name,
            public_url => s.public_url,
            username => to.username,
            email => to.address,
            when => when,
        };
        let link = |path: &str, token: &secrecy::SecretString| {
            format!("{}/{path}?token={}", s.public_url, token.expose_secret())
        };
        let extra = match mail {
            Mail::VerifyEmail { token, valid_for } => context! {
                link => link("verify-email", token),
                token => token.expose_secret(),
                valid_for => human(*valid_for),
            },
            Mail::ResetPassword { token, valid_for } => context! {
                link => link("reset-password", token),
                token => token.expose_secret(),
                valid_for => human(*valid_for),
            },
            Mail::ConfirmEmailChange {
                token,
                new_email,
                valid_for,
            } => context! {
                link => link("confirm-email-change", token),
                token => token.expose_secret(),
                new_email => new_email,
                valid_for => human(*valid_for),
            },
            Mail::EmailChanged { new_email } => context! { new_email => new_email },
            Mail::PasswordChanged(reason) => context! { reason => reason.as_str() },
            Mail::TotpEnabled | Mail::TotpDisabled | Mail::TwoFactorReset => context! {},
            Mail::IdentityLinked { provider } | Mail::IdentityUnlinked { provider } => {
                context! { provider => provider }
            }
            Mail::PasskeyAdded { name } | Mail::PasskeyRemoved { name } => {
                context! { passkey => name }
            }
            Mail::ConfirmProviderSignUp {
                token,
                provider,
                valid_for,
            } => context! {
                link => link("confirm-sign-up", token),
                token => token.expose_secret(),
                provider => provider,
                valid_for => human(*valid_for),
            },
        };
        context! { ..base, ..extra }
    }
}

/// "24 hours", "1 hour", "30 minutes".
fn human(d: Duration) -> String {
    let secs = d.as_secs();
    let (n, unit) = if secs >= 3600 && secs.is_multiple_of(3600) {
        (secs / 3600, "hour")
    } else {
        (secs.div_ceil(60).max(1), "minute")
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_reads_as_people_write_it() {
        assert_eq!(human(Duration::from_secs(86_400)), "24 hours");
        assert_eq!(human(Duration::from_secs(3600)), "1 hour");
        assert_eq!(human(Duration::from_secs(1800)), "30 minutes");
    }
}
