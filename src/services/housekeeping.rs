//! Housekeeping: the periodic purge of rows nobody can use any more (ended sessions with their
//! refresh tokens, expired second-factor challenges, email tokens, device tokens, and provider
//! sign-in flows and grants, passkey ceremonies). Any instance may run it;
//! a lease row claimed by a conditional update makes exactly one of them run each round.

use std::sync::Arc;
use std::time::Duration;

use entity::{
    device_token, email_token, lease, mfa_challenge, provider_flow, provider_grant, refresh_token,
    session, webauthn_ceremony,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set,
};
use tokio::sync::watch;
use uuid::Uuid;

use crate::clock::{Clock, Micros, micros};
use crate::error::AppError;

/// The lease row of the purge.
const JOB: &str = "purge";
/// An ended (expired or revoked) session, and with it its refresh tokens, is kept this long:
/// reuse detection needs every retired token as long as its session exists, and operators may
/// want to see recently ended sessions. Deleting them only together keeps that rule.
pub const KEEP_ENDED_SESSIONS: Duration = Duration::from_secs(7 * 86_400);
/// Expired second-factor challenges and email tokens are kept this long (a late click on a link
/// still finds its row, and answers "expired" rather than "unknown").
pub const KEEP_EXPIRED_TOKENS: Duration = Duration::from_secs(86_400);
/// Rows deleted per statement: each batch is a short statement that holds few locks.
const BATCH: u64 = 500;
/// Batches per table per round, so one round is bounded; what is left goes next round.
const MAX_BATCHES: usize = 100;
/// How often the background task asks whether a round is due (the lease decides).
const POLL: Duration = Duration::from_secs(60);

/// What one round deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub refresh_tokens: u64,
    pub mfa_challenges: u64,
    pub email_tokens: u64,
    pub device_tokens: u64,
    pub provider_flows: u64,
    pub provider_grants: u64,
    pub webauthn_ceremonies: u64,
}

#[derive(Clone)]
pub struct Housekeeping {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    interval: Duration,
    /// This instance, as written into the lease it holds.
    holder: String,
}

impl Housekeeping {
    /// Purges every `interval` (one instance per round, whatever the number of instances).
    pub fn new(db: DatabaseConnection, clock: Arc<dyn Clock>, interval: Duration) -> Self {
        Self {
            db,
            clock,
            interval,
            holder: Uuid::now_v7().to_string(),
        }
    }

    /// Runs until `stop` turns true: every `POLL` (or sooner after the interval) asks the lease
    /// whether a round is due, and runs it if this instance claims it.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let poll = POLL.min(self.interval);
        loop {
            if *stop.borrow() {
                break;
            }
            match self.run_if_due().await {
                Ok(Some(purged)) => tracing::info!(
                    sessions = purged.sessions,
                    refresh_tokens = purged.refresh_tokens,
                    mfa_challenges = purged.mfa_challenges,
                    email_tokens = purged.email_tokens,
                    device_tokens = purged.device_tokens,
                    provider_flows = purged.provider_flows,
                    provider_grants = purged.provider_grants,
                    webauthn_ceremonies = purged.webauthn_ceremonies,
                    "housekeeping: purged expired rows"
                ),
                Ok(None) => {}
                Err(err) => tracing::error!(error = %err, "housekeeping: purge failed"),
            }
            tokio::select! {
                () = tokio::time::sleep(poll) => {}
                _ = stop.changed() => {}
            }
        }
    }

    /// Claims this round and purges; `None` when the round is not due yet or another instance
    /// claimed it.
    pub async fn run_if_due(&self) -> Result<Option<Purged>, AppError> {
        if !self.claim().await? {
            return Ok(None);
        }
        self.purge().await.map(Some)
    }

    /// Moves the lease's `due_at` one interval ahead if it is due: of several instances doing
    /// this at once, the update matches for exactly one.
    async fn claim(&self) -> Result<bool, AppError> {
        let now = self.clock.now_micros();
        if lease::Entity::find_by_id(JOB.to_owned())
            .one(&self.db)
            .await?
            .is_none()
        {
            // The first round ever: a concurrent insert by another instance fails on the primary
            // key, which is fine; the update below decides who runs.
            let inserted = lease::ActiveModel {
                name: Set(JOB.to_owned()),
                holder: Set(String::new()),
                due_at: Set(now),
            }
            .insert(&self.db)
            .await;
            if let Err(err) = inserted {
                tracing::debug!(error = %err, "housekeeping: lease row inserted elsewhere");
            }
        }
        let claimed = lease::Entity::update_many()
            .col_expr(
                lease::Column::DueAt,
                Expr::value(now.saturating_add(micros(self.interval))),
            )
            .col_expr(lease::Column::Holder, Expr::value(self.holder.clone()))
            .filter(lease::Column::Name.eq(JOB))
            .filter(lease::Column::DueAt.lte(now))
            .exec(&self.db)
            .await?
            .rows_affected
            == 1;
        Ok(claimed)
    }

    async fn purge(&self) -> Result<Purged, AppError> {
        let now = self.clock.now_micros();
        let mut purged = self
            .purge_ended_sessions(now - micros(KEEP_ENDED_SESSIONS))
            .await?;
        let tokens_before = now - micros(KEEP_EXPIRED_TOKENS);
        purged.mfa_challenges = purge_expired::<mfa_challenge::Entity>(
            &self.db,
            mfa_challenge::Column::Id,
            mfa_challenge::Column::ExpiresAt,
            tokens_before,
        )
        .await?;
        purged.email_tokens = purge_expired::<email_token::Entity>(
            &self.db,
            email_token::Column::Id,
            email_token::Column::ExpiresAt,
            tokens_before,
        )
        .await?;
        purged.device_tokens = purge_expired::<device_token::Entity>(
            &self.db,
            device_token::Column::Id,
            device_token::Column::ExpiresAt,
            tokens_before,
        )
        .await?;
        purged.provider_flows = purge_expired::<provider_flow::Entity>(
            &self.db,
            provider_flow::Column::Id,
            provider_flow::Column::ExpiresAt,
            tokens_before,
        )
        .await?;
        purged.provider_grants = purge_expired::<provider_grant::Entity>(
            &self.db,
            provider_grant::Column::Id,
            provider_grant::Column::ExpiresAt,
            tokens_before,
        )
        .await?;
        purged.webauthn_ceremonies = purge_expired::<webauthn_ceremony::Entity>(
            &self.db,
            webauthn_ceremony::Column::Id,
            webauthn_ceremony::Column::ExpiresAt,
            tokens_before,
        )
        .await?;
        Ok(purged)
    }

    /// Sessions that expired or were revoked before `before`, with their refresh tokens, by
    /// batches of ids: selected first, then deleted by id (MySQL takes no LIMIT in a subquery of
    /// the table being deleted from).
    async fn purge_ended_sessions(&self, before: Micros) -> Result<Purged, AppError> {
        let mut purged = Purged::default();
        for _ in 0..MAX_BATCHES {
            let ids: Vec<Uuid> = session::Entity::find()
                .select_only()
                .column(session::Column::Id)
                .filter(
                    Condition::any()
                        .add(session::Column::ExpiresAt.lt(before))
                        .add(session::Column::RevokedAt.lt(before)),
                )
                .limit(BATCH)
                .into_tuple()
                .all(&self.db)
                .await?;
            let found = ids.len();
            if found == 0 {
                break;
            }
            // Together: a session's retired tokens go only with the session itself.
            let txn = crate::db::begin(&self.db).await?;
            purged.refresh_tokens += refresh_token::Entity::delete_many()
                .filter(refresh_token::Column::SessionId.is_in(ids.clone()))
                .exec(&txn)
                .await?
                .rows_affected;
            purged.sessions += session::Entity::delete_many()
                .filter(session::Column::Id.is_in(ids))
                .exec(&txn)
                .await?
                .rows_affected;
            txn.commit().await?;
            if (found as u64) < BATCH {
                break;
            }
        }
        Ok(purged)
    }
}

/// Deletes the rows of `E` whose `expires` is before `before`, by batches of ids.
async fn purge_expired<E: EntityTrait>(
    db: &DatabaseConnection,
    id: E::Column,
    expires: E::Column,
    before: Micros,
) -> Result<u64, AppError> {
    let mut deleted = 0;
    for _ in 0..MAX_BATCHES {
        let ids: Vec<Uuid> = E::find()
            .select_only()
            .column(id)
            .filter(expires.lt(before))
            .limit(BATCH)
            .into_tuple()
            .all(db)
            .await?;
        let found = ids.len();
        if found == 0 {
            break;
        }
        deleted += E::delete_many()
            .filter(id.is_in(ids))
            .exec(db)
            .await?
            .rows_affected;
        if (found as u64) < BATCH {
            break;
        }
    }
    Ok(deleted)
}
