//! The audit log: security events (sign-ins, password, second-factor, role and account changes)
//! written beside the change they record, and read back newest first by the user they concern
//! or by an admin. Details come from typed events, so a secret can never end up in a row.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use entity::audit_event;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    FromQueryResult, PaginatorTrait, QueryFilter, QuerySelect, Select, Set,
};
use serde_json::json;

use super::ClientInfo;
use super::authz::require_admin;
use crate::clock::{Clock, MICROS_PER_SEC, Micros, micros};
use crate::domain::{
    Cursor, EventId, EventKind, Page, PageArgs, Role, SecurityEvent, SessionId, UserId,
};
use crate::error::AppError;
use crate::metrics::Metrics;
use crate::store::local_reads::Reads;
use crate::store::paging::Keyset;

/// Why a sign-in failed. Recorded for known accounts (and, without a user, for unknown logins).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInFailure {
    UnknownLogin,
    WrongPassword,
    WrongSecondFactor,
    AccountDisabled,
}

impl SignInFailure {
    fn as_str(self) -> &'static str {
        match self {
            Self::UnknownLogin => "unknown_login",
            Self::WrongPassword => "wrong_password",
            Self::WrongSecondFactor => "wrong_second_factor",
            Self::AccountDisabled => "account_disabled",
        }
    }
}

/// Something worth recording about an account. Each variant carries only non-secret facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditEvent {
    /// `amr`: how the user proved who they are, as on the session ("pwd", "pwd totp", ...).
    SignInSucceeded {
        amr: &'static str,
    },
    SignInFailed {
        reason: SignInFailure,
    },
    /// A retired refresh token was presented again; the session was revoked.
    RefreshTokenReused {
        session_id: SessionId,
    },
    PasswordChanged,
    /// `by_admin`: the admin who set it; `None` for a reset through an emailed link.
    PasswordReset {
        by_admin: Option<UserId>,
    },
    EmailChanged,
    TotpEnabled,
    TotpDisabled,
    RoleChanged {
        role: Role,
        by: UserId,
    },
    AccountDisabled {
        by: UserId,
    },
    AccountEnabled {
        by: UserId,
    },
    /// Left without a user id, IP or user agent: the account and its personal data are gone.
    AccountDeleted,
    /// An admin turned the user's second factors off and deleted their recovery codes.
    TwoFactorReset {
        by: UserId,
    },
    /// A provider account (OIDC, GitHub, Facebook) was linked to the account.
    IdentityLinked {
        provider: String,
    },
    IdentityUnlinked {
        provider: String,
    },
    /// A passkey was registered (`name`: what the user called it).
    PasskeyAdded {
        name: String,
    },
    PasskeyRemoved {
        name: String,
    },
}

impl AuditEvent {
    pub fn kind(&self) -> EventKind {
        match self {
            Self::SignInSucceeded { .. } => EventKind::SignInSucceeded,
            Self::SignInFailed { .. } => EventKind::SignInFailed,
            Self::RefreshTokenReused { .. } => EventKind::RefreshTokenReused,
            Self::PasswordChanged => EventKind::PasswordChanged,
            Self::PasswordReset { .. } => EventKind::PasswordReset,
            Self::EmailChanged => EventKind::EmailChanged,
            Self::TotpEnabled => EventKind::TotpEnabled,
            Self::TotpDisabled => EventKind::TotpDisabled,
            Self::RoleChanged { .. } => EventKind::RoleChanged,
            Self::AccountDisabled { .. } => EventKind::AccountDisabled,
            Self::AccountEnabled { .. } => EventKind::AccountEnabled,
            Self::AccountDeleted => EventKind::AccountDeleted,
            Self::TwoFactorReset { .. } => EventKind::TwoFactorReset,
            Self::IdentityLinked { .. } => EventKind::IdentityLinked,
            Self::IdentityUnlinked { .. } => EventKind::IdentityUnlinked,
            Self::PasskeyAdded { .. } => EventKind::PasskeyAdded,
            Self::PasskeyRemoved { .. } => EventKind::PasskeyRemoved,
        }
    }

    /// A small JSON object of the event's facts, or `None` when the kind says it all.
    pub fn detail(&self) -> Option<String> {
        let value = match self {
            Self::SignInSucceeded { amr } => json!({ "amr": amr }),
            Self::SignInFailed { reason } => json!({ "reason": reason.as_str() }),
            Self::RefreshTokenReused { session_id } => {
                json!({ "sessionId": session_id.to_string() })
            }
            Self::PasswordReset {
                by_admin: Some(admin),
            } => json!({ "by": admin.to_string() }),
            Self::PasswordReset { by_admin: None } => json!({ "via": "email" }),
            Self::RoleChanged { role, by } => {
                json!({ "role": role.as_str(), "by": by.to_string() })
            }
            Self::AccountDisabled { by }
            | Self::AccountEnabled { by }
            | Self::TwoFactorReset { by } => {
                json!({ "by": by.to_string() })
            }
            Self::IdentityLinked { provider } | Self::IdentityUnlinked { provider } => {
                json!({ "provider": provider })
            }
            Self::PasskeyAdded { name } | Self::PasskeyRemoved { name } => {
                json!({ "name": name })
            }
            Self::PasswordChanged
            | Self::EmailChanged
            | Self::TotpEnabled
            | Self::TotpDisabled
            | Self::AccountDeleted => return None,
        };
        Some(value.to_string())
    }
}

/// How often an instance deletes events older than the retention.
const PRUNE_EVERY: Micros = 3_600 * MICROS_PER_SEC;

#[derive(Clone)]
pub struct Audit {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    /// Zero keeps events forever.
    retention: Duration,
    /// When this instance last pruned (0: not yet).
    last_prune: Arc<AtomicI64>,
    metrics: Metrics,
}

impl Audit {
    pub fn new(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        retention: Duration,
        metrics: Metrics,
    ) -> Self {
        Self {
            db,
            clock,
            retention,
            last_prune: Arc::new(AtomicI64::new(0)),
            metrics,
        }
    }

    /// Records `event` about `user_id` (None: no known account) from `client`, on its own.
    pub async fn record(
        &self,
        event: AuditEvent,
        user_id: Option<UserId>,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        let kind = event.kind();
        self.row(event, user_id, client).insert(&self.db).await?;
        self.committed(kind).await;
        Ok(())
    }

    /// Deletes events older than the retention, at most once per `PRUNE_EVERY` per instance.
    /// Only outside any caller's transaction: failed sign-ins from anyone are recorded, so the
    /// table must not grow without bound.
    /// Best effort: a failure is logged and retried at the next period.
    async fn prune_if_due(&self) {
        if self.retention.is_zero() {
            return;
        }
        let now = self.clock.now_micros();
        let last = self.last_prune.load(Ordering::Relaxed);
        if now - last < PRUNE_EVERY
            || self
                .last_prune
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        let cutoff = now.saturating_sub(micros(self.retention));
        match audit_event::Entity::delete_many()
            .filter(audit_event::Column::At.lt(cutoff))
            .exec(&self.db)
            .await
        {
            Ok(done) if done.rows_affected > 0 => {
                tracing::info!(deleted = done.rows_affected, "old security events pruned");
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %err, "pruning old security events failed"),
        }
    }

    /// Records `event` on `conn` — pass the transaction of the change it describes, so that the
    /// change and its trace commit or roll back together.
    pub async fn record_in<C: ConnectionTrait>(
        &self,
        conn: &C,
        event: AuditEvent,
        user_id: Option<UserId>,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        let kind = event.kind();
        self.row(event, user_id, client).insert(conn).await?;
        self.recorded(kind);
        Ok(())
    }

    /// The row that records `event`, for a caller that writes it in its own statement; call
    /// [`Audit::committed`] once it is committed.
    pub fn row(
        &self,
        event: AuditEvent,
        user_id: Option<UserId>,
        client: &ClientInfo,
    ) -> audit_event::ActiveModel {
        audit_event::ActiveModel {
            id: Set(EventId::generate().uuid()),
            user_id: Set(user_id.map(UserId::uuid)),
            at: Set(self.clock.now_micros()),
            kind: Set(event.kind().as_str().to_owned()),
            ip: Set(client.ip.clone()),
            user_agent: Set(client.user_agent.clone()),
            detail: Set(event.detail()),
        }
    }

    /// A row of [`Audit::row`] was committed: the event is counted, and old events are pruned
    /// when that is due.
    pub async fn committed(&self, kind: EventKind) {
        self.recorded(kind);
        self.prune_if_due().await;
    }

    fn recorded(&self, kind: EventKind) {
        self.metrics.event(kind.as_str());
    }

    /// The events of `subject`, readable by `viewer` when it is the same user or an enabled
    /// admin (checked in the database, not from the token's role claim); otherwise FORBIDDEN.
    pub async fn log_for(&self, viewer: UserId, subject: UserId) -> Result<EventLog, AppError> {
        if viewer != subject {
            require_admin(&self.db, viewer).await?;
        }
        Ok(EventLog {
            db: self.db.clone(),
            subject,
        })
    }
}

/// Sign-ins in one UTC day, for the admin overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DailySignIns {
    /// Midnight UTC that starts the day.
    pub day: Micros,
    pub succeeded: u64,
    pub failed: u64,
}

const DAY: Micros = 86_400 * MICROS_PER_SEC;
/// The day an event falls in, as SQL every backend runs alike (no parameters, so that the same
/// text can be selected and grouped by on PostgreSQL).
const DAY_OF_EVENT: &str = "at - at % 86400000000";

impl Audit {
    /// Successful and failed sign-ins per UTC day over the last `days` days (today included),
    /// oldest first, every day present; for enabled admins only.
    pub async fn sign_in_activity(
        &self,
        viewer: UserId,
        days: u32,
    ) -> Result<Vec<DailySignIns>, AppError> {
        require_admin(&self.db, viewer).await?;
        if !(1..=MAX_ACTIVITY_DAYS).contains(&days) {
            return Err(AppError::bad_input(
                "days",
                format!("days must be between 1 and {MAX_ACTIVITY_DAYS}."),
            ));
        }
        let now = self.clock.now_micros();
        let today = now - now.rem_euclid(DAY);
        let since = today - (Micros::from(days) - 1) * DAY;
        #[derive(FromQueryResult)]
        struct Row {
            bucket: i64,
            kind: String,
            n: i64,
        }
        let rows = audit_event::Entity::find()
            .select_only()
            .column_as(Expr::cust(DAY_OF_EVENT), "bucket")
            .column(audit_event::Column::Kind)
            .column_as(audit_event::Column::Id.count(), "n")
            .filter(audit_event::Column::At.gte(since))
            .filter(audit_event::Column::Kind.is_in([
                EventKind::SignInSucceeded.as_str(),
                EventKind::SignInFailed.as_str(),
            ]))
            .group_by(Expr::cust(DAY_OF_EVENT))
            .group_by(audit_event::Column::Kind)
            .into_model::<Row>()
            .all(&self.db)
            .await?;
        let mut out: Vec<DailySignIns> = (0..Micros::from(days))
            .map(|i| DailySignIns {
                day: since + i * DAY,
                succeeded: 0,
                failed: 0,
            })
            .collect();
        for row in rows {
            let Ok(index) = usize::try_from((row.bucket - since) / DAY) else {
                continue;
            };
            let Some(day) = out.get_mut(index) else {
                continue;
            };
            let n = u64::try_from(row.n).unwrap_or(0);
            match EventKind::from_db(&row.kind) {
                Some(EventKind::SignInSucceeded) => day.succeeded += n,
                Some(EventKind::SignInFailed) => day.failed += n,
                _ => {}
            }
        }
        Ok(out)
    }
}

/// The longest span `sign_in_activity` covers.
pub const MAX_ACTIVITY_DAYS: u32 = 366;

/// One user's events, handed out only after the access check: every query is scoped to them.
#[derive(Clone)]
pub struct EventLog {
    db: DatabaseConnection,
    subject: UserId,
}

const NEWEST_FIRST: Keyset<audit_event::Entity> = Keyset {
    time: audit_event::Column::At,
    id: audit_event::Column::Id,
};

impl EventLog {
    fn scoped(&self) -> Select<audit_event::Entity> {
        audit_event::Entity::find().filter(audit_event::Column::UserId.eq(self.subject.uuid()))
    }

    /// `first` between 0 and 100 (default 20); `after` an opaque cursor from a previous page.
    /// Events of a kind this build does not know (written by a newer version) are left out.
    pub async fn page(&self, args: PageArgs) -> Result<Page<SecurityEvent>, AppError> {
        let page = NEWEST_FIRST
            .page(
                &Reads::pooled(self.db.clone()),
                || self.scoped(),
                args,
                |e| Cursor {
                    created_at: e.at,
                    id: e.id,
                },
            )
            .await?;
        Ok(page.filter_map(security_event))
    }

    pub async fn count(&self) -> Result<u64, AppError> {
        Ok(self.scoped().count(&self.db).await?)
    }
}

/// `None` for a kind this build does not know.
fn security_event(e: audit_event::Model) -> Option<SecurityEvent> {
    Some(SecurityEvent {
        id: e.id.into(),
        at: e.at,
        kind: EventKind::from_db(&e.kind)?,
        ip: e.ip,
        user_agent: e.user_agent,
        detail: e.detail,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_hold_only_the_typed_facts() {
        let admin = UserId::from(uuid::Uuid::nil());
        let parsed = |e: AuditEvent| -> serde_json::Value {
            serde_json::from_str(&e.detail().unwrap()).unwrap()
        };
        assert_eq!(
            parsed(AuditEvent::RoleChanged {
                role: Role::Admin,
                by: admin
            }),
            json!({ "role": "ADMIN", "by": "00000000-0000-0000-0000-000000000000" })
        );
        assert_eq!(
            parsed(AuditEvent::SignInFailed {
                reason: SignInFailure::WrongPassword
            }),
            json!({ "reason": "wrong_password" })
        );
        assert_eq!(AuditEvent::AccountDeleted.detail(), None);
    }
}
