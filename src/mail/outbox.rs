//! The outbox: mail is rendered and stored (encrypted, since it carries live tokens) in the
//! database — in the same transaction as the change it reports — and a background worker on each
//! instance delivers it. Mutations never wait on SMTP; a message survives restarts and outages and
//! is retried with exponential backoff; with several instances, a conditional claim makes exactly
//! one of them send each message.

use std::sync::Arc;
use std::time::Duration;

use entity::mail_outbox;
use lettre::message::Mailbox;
use minijinja::context;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use tokio::sync::{Notify, watch};
use uuid::Uuid;

use super::templates::Templates;
use super::transport::Transport;
use super::{Mail, Recipient};
use crate::auth::totp::SecretCipher;
use crate::clock::{Clock, MICROS_PER_SEC, Micros, micros};
use crate::error::AppError;

/// How long a claimed message is reserved for the instance sending it. Longer than one SMTP
/// conversation can take; if the instance dies, another one sends the message after this.
const LEASE: Duration = Duration::from_secs(120);
/// Delivery attempts before a message is given up on (about nine hours of retries).
pub const MAX_ATTEMPTS: i32 = 40;
/// Messages claimed per round.
const BATCH: u64 = 20;
/// Sent and abandoned rows are kept this long (for operators), then deleted.
const KEEP_DONE: Duration = Duration::from_secs(7 * 86_400);

/// The wait before attempt `attempts + 1`: 5 s doubling, at most 15 minutes.
pub fn backoff(attempts: i32) -> Duration {
    let exp = u32::try_from(attempts.clamp(1, 16) - 1).unwrap_or(0);
    Duration::from_secs(5u64.saturating_mul(1 << exp)).min(Duration::from_secs(900))
}

/// The rendered message as stored (encrypted) in the outbox.
#[derive(Serialize, Deserialize)]
pub struct Payload {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
}

impl std::fmt::Debug for Payload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The bodies carry tokens.
        f.debug_struct("Payload")
            .field("subject", &self.subject)
            .finish_non_exhaustive()
    }
}

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
    pub async fn send(&self, to: &Recipient, mail: Mail) -> Result<(), AppError> {
        self.enqueue(&self.inner.db, to, mail).await?;
        self.wake();
        Ok(())
    }

    /// Tells this instance's worker that mail is waiting.
    pub fn wake(&self) {
        self.inner.wake.notify_one();
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
            Mail::TotpEnabled | Mail::TotpDisabled => context! {},
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

/// Delivers due mail from the outbox until told to stop.
pub struct Worker {
    outbox: Outbox,
    transport: Transport,
}

impl Worker {
    pub fn new(outbox: Outbox, transport: Transport) -> Self {
        Self { outbox, transport }
    }

    /// Runs until `stop` turns true. A message being sent when it does is finished first; the
    /// rest stays in the outbox for the next start (or another instance).
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let inner = &self.outbox.inner;
        let mut last_prune: Micros = 0;
        loop {
            if *stop.borrow() {
                break;
            }
            let more = match self.deliver_due(&stop).await {
                Ok(claimed) => claimed >= BATCH as usize,
                Err(err) => {
                    tracing::error!(error = %format!("{err:#}"), "mail outbox: cannot read due mail");
                    false
                }
            };
            let now = inner.clock.now_micros();
            if now - last_prune > 3600 * MICROS_PER_SEC {
                last_prune = now;
                self.prune(now).await;
            }
            if more {
                continue;
            }
            tokio::select! {
                () = inner.wake.notified() => {}
                () = tokio::time::sleep(inner.settings.poll_interval) => {}
                _ = stop.changed() => {}
            }
        }
    }

    /// Sends what is due now; returns how many messages it looked at.
    async fn deliver_due(&self, stop: &watch::Receiver<bool>) -> Result<usize, AppError> {
        let inner = &self.outbox.inner;
        let now = inner.clock.now_micros();
        let due = mail_outbox::Entity::find()
            .filter(mail_outbox::Column::NextAttemptAt.lte(now))
            .order_by_asc(mail_outbox::Column::NextAttemptAt)
            .limit(BATCH)
            .all(&inner.db)
            .await?;
        let count = due.len();
        for row in due {
            if *stop.borrow() {
                break;
            }
            if let Err(err) = self.deliver_one(row).await {
                tracing::error!(error = %format!("{err:#}"), "mail outbox: delivery bookkeeping failed");
            }
        }
        Ok(count)
    }

    async fn deliver_one(&self, row: mail_outbox::Model) -> Result<(), AppError> {
        let inner = &self.outbox.inner;
        let now = inner.clock.now_micros();
        // Claim: only the instance whose update matches the value it read sends the message.
        let claimed = mail_outbox::Entity::update_many()
            .col_expr(
                mail_outbox::Column::NextAttemptAt,
                Expr::value(now.saturating_add(micros(LEASE))),
            )
            .col_expr(mail_outbox::Column::Attempts, Expr::value(row.attempts + 1))
            .filter(mail_outbox::Column::Id.eq(row.id))
            .filter(mail_outbox::Column::NextAttemptAt.eq(row.next_attempt_at))
            .filter(mail_outbox::Column::Attempts.eq(row.attempts))
            .exec(&inner.db)
            .await?
            .rows_affected
            == 1;
        if !claimed {
            return Ok(());
        }
        let attempts = row.attempts + 1;
        let result = match self.open(&row) {
            Ok(payload) => self
                .transport
                .deliver(&inner.settings.from, &payload)
                .await
                .map_err(|e| (e.0, true)),
            Err(reason) => Err((reason, false)),
        };
        let now = inner.clock.now_micros();
        let update = mail_outbox::Entity::update_many().filter(mail_outbox::Column::Id.eq(row.id));
        let update = match result {
            Ok(()) => {
                tracing::info!(mail_id = %row.id, kind = %row.kind, attempts, transport = self.transport.name(), "mail sent");
                finished(update, mail_outbox::Column::SentAt, now, None)
            }
            Err((reason, retry)) if retry && attempts < MAX_ATTEMPTS => {
                let wait = backoff(attempts);
                tracing::warn!(mail_id = %row.id, kind = %row.kind, attempts, retry_in_secs = wait.as_secs(), error = %reason, "mail not sent; will retry");
                update
                    .col_expr(
                        mail_outbox::Column::NextAttemptAt,
                        Expr::value(now.saturating_add(micros(wait))),
                    )
                    .col_expr(
                        mail_outbox::Column::LastError,
                        Expr::value(truncate(&reason)),
                    )
            }
            Err((reason, _)) => {
                tracing::error!(mail_id = %row.id, kind = %row.kind, attempts, error = %reason, "mail given up on");
                finished(
                    update,
                    mail_outbox::Column::FailedAt,
                    now,
                    Some(truncate(&reason)),
                )
            }
        };
        update.exec(&inner.db).await?;
        Ok(())
    }

    /// Decrypts a row's message; an error here cannot get better by retrying.
    fn open(&self, row: &mail_outbox::Model) -> Result<Payload, String> {
        let Some(encrypted) = &row.payload_enc else {
            return Err("the message body is gone".into());
        };
        let json = self
            .outbox
            .inner
            .cipher
            .decrypt(row.id, encrypted.expose())
            .map_err(|_| {
                "cannot decrypt the message (was the encryption key changed?)".to_owned()
            })?;
        serde_json::from_slice(&json).map_err(|_| "the stored message is unreadable".to_owned())
    }

    async fn prune(&self, now: Micros) {
        let inner = &self.outbox.inner;
        let result = mail_outbox::Entity::delete_many()
            .filter(mail_outbox::Column::NextAttemptAt.is_null())
            .filter(mail_outbox::Column::CreatedAt.lt(now - micros(KEEP_DONE)))
            .exec(&inner.db)
            .await;
        if let Err(err) = result {
            tracing::warn!(error = %err, "mail outbox: cannot delete old rows");
        }
    }
}

/// A row that needs no more work: stamped `at` in `column` (sent or given up), out of the due
/// index, and its message (which carries a live token) wiped.
fn finished(
    update: sea_orm::UpdateMany<mail_outbox::Entity>,
    column: mail_outbox::Column,
    at: Micros,
    last_error: Option<String>,
) -> sea_orm::UpdateMany<mail_outbox::Entity> {
    update
        .col_expr(column, Expr::value(at))
        .col_expr(
            mail_outbox::Column::NextAttemptAt,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(
            mail_outbox::Column::PayloadEnc,
            Expr::value(Option::<String>::None),
        )
        .col_expr(mail_outbox::Column::LastError, Expr::value(last_error))
}

fn truncate(s: &str) -> String {
    s.chars().take(500).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_five_seconds_up_to_fifteen_minutes() {
        let waits: Vec<u64> = (1..=10).map(|a| backoff(a).as_secs()).collect();
        assert_eq!(waits, [5, 10, 20, 40, 80, 160, 320, 640, 900, 900]);
        assert_eq!(backoff(MAX_ATTEMPTS).as_secs(), 900);
    }

    #[test]
    fn validity_reads_as_people_write_it() {
        assert_eq!(human(Duration::from_secs(86_400)), "24 hours");
        assert_eq!(human(Duration::from_secs(3600)), "1 hour");
        assert_eq!(human(Duration::from_secs(1800)), "30 minutes");
    }
}
