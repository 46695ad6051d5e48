//! The delivery worker: each instance claims due messages from the outbox (a conditional
//! update, so that with several instances exactly one of them sends each message), hands them to
//! the transport, retries failures with exponential backoff, and prunes finished rows.

use std::time::Duration;

use entity::mail_outbox;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio::sync::watch;

use super::queue::Outbox;
use super::transport::Transport;
use crate::clock::{MICROS_PER_SEC, Micros, micros};
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
        let outbox = &self.outbox;
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
            let now = outbox.clock().now_micros();
            if now - last_prune > 3600 * MICROS_PER_SEC {
                last_prune = now;
                self.prune(now).await;
            }
            if more {
                continue;
            }
            tokio::select! {
                () = outbox.woken() => {}
                () = tokio::time::sleep(outbox.settings().poll_interval) => {}
                _ = stop.changed() => {}
            }
        }
    }

    /// Sends what is due now; returns how many messages it looked at.
    async fn deliver_due(&self, stop: &watch::Receiver<bool>) -> Result<usize, AppError> {
        let outbox = &self.outbox;
        let now = outbox.clock().now_micros();
        let due = mail_outbox::Entity::find()
            .filter(mail_outbox::Column::NextAttemptAt.lte(now))
            .order_by_asc(mail_outbox::Column::NextAttemptAt)
            .limit(BATCH)
            .all(outbox.db())
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
        let outbox = &self.outbox;
        let now = outbox.clock().now_micros();
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
            .exec(outbox.db())
            .await?
            .rows_affected
            == 1;
        if !claimed {
            return Ok(());
        }
        let attempts = row.attempts + 1;
        let result = match outbox.open(&row) {
            Ok(payload) => self
                .transport
                .deliver(&outbox.settings().from, &payload)
                .await
                .map_err(|e| (e.0, true)),
            Err(reason) => Err((reason, false)),
        };
        let now = outbox.clock().now_micros();
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
        update.exec(outbox.db()).await?;
        Ok(())
    }

    async fn prune(&self, now: Micros) {
        let outbox = &self.outbox;
        let result = mail_outbox::Entity::delete_many()
            .filter(mail_outbox::Column::NextAttemptAt.is_null())
            .filter(mail_outbox::Column::CreatedAt.lt(now - micros(KEEP_DONE)))
            .exec(outbox.db())
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
}
