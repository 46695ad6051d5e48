//! The audit log: security events (sign-ins, password, second-factor, role and account changes)
//! written beside the change they record, and read back newest first by the user they concern
//! or by an admin. Details come from typed events, so a secret can never end up in a row.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use entity::audit_event;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::ClientInfo;
use super::admin::require_admin;
use crate::clock::{Clock, MICROS_PER_SEC, Micros, micros};
use crate::domain::{Cursor, Role};
use crate::error::AppError;

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
        session_id: Uuid,
    },
    PasswordChanged,
    /// `by_admin`: the admin who set it; `None` for a reset through an emailed link.
    PasswordReset {
        by_admin: Option<Uuid>,
    },
    EmailChanged,
    TotpEnabled,
    TotpDisabled,
    RoleChanged {
        role: Role,
        by: Uuid,
    },
    AccountDisabled {
        by: Uuid,
    },
    AccountEnabled {
        by: Uuid,
    },
    /// Left without a user id, IP or user agent: the account and its personal data are gone.
    AccountDeleted,
}

/// The kinds of event, as stored in `audit_events.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    SignInSucceeded,
    SignInFailed,
    RefreshTokenReused,
    PasswordChanged,
    PasswordReset,
    EmailChanged,
    TotpEnabled,
    TotpDisabled,
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    AccountDeleted,
}

impl EventKind {
    const ALL: [Self; 12] = [
        Self::SignInSucceeded,
        Self::SignInFailed,
        Self::RefreshTokenReused,
        Self::PasswordChanged,
        Self::PasswordReset,
        Self::EmailChanged,
        Self::TotpEnabled,
        Self::TotpDisabled,
        Self::RoleChanged,
        Self::AccountDisabled,
        Self::AccountEnabled,
        Self::AccountDeleted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignInSucceeded => "sign_in_succeeded",
            Self::SignInFailed => "sign_in_failed",
            Self::RefreshTokenReused => "refresh_token_reused",
            Self::PasswordChanged => "password_changed",
            Self::PasswordReset => "password_reset",
            Self::EmailChanged => "email_changed",
            Self::TotpEnabled => "totp_enabled",
            Self::TotpDisabled => "totp_disabled",
            Self::RoleChanged => "role_changed",
            Self::AccountDisabled => "account_disabled",
            Self::AccountEnabled => "account_enabled",
            Self::AccountDeleted => "account_deleted",
        }
    }

    pub fn from_db(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
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
            Self::AccountDisabled { by } | Self::AccountEnabled { by } => {
                json!({ "by": by.to_string() })
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

/// Largest page of events a client may ask for, and the default.
pub const MAX_PAGE: u64 = 100;
pub const DEFAULT_PAGE: u64 = 20;

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
}

impl Audit {
    pub fn new(db: DatabaseConnection, clock: Arc<dyn Clock>, retention: Duration) -> Self {
        Self {
            db,
            clock,
            retention,
            last_prune: Arc::new(AtomicI64::new(0)),
        }
    }

    /// Records `event` about `user_id` (None: no known account) from `client`, on its own.
    pub async fn record(
        &self,
        event: AuditEvent,
        user_id: Option<Uuid>,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        self.record_in(&self.db, event, user_id, client).await?;
        // Only here, outside any caller's transaction: failed sign-ins from anyone are recorded,
        // so the table must not grow without bound.
        self.prune_if_due().await;
        Ok(())
    }

    /// Deletes events older than the retention, at most once per `PRUNE_EVERY` per instance.
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
        user_id: Option<Uuid>,
        client: &ClientInfo,
    ) -> Result<(), AppError> {
        audit_event::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(user_id),
            at: Set(self.clock.now_micros()),
            kind: Set(event.kind().as_str().to_owned()),
            ip: Set(client.ip.clone()),
            user_agent: Set(client.user_agent.clone()),
            detail: Set(event.detail()),
        }
        .insert(conn)
        .await?;
        Ok(())
    }

    /// The events of `subject`, readable by `viewer` when it is the same user or an enabled
    /// admin (checked in the database, not from the token's role claim); otherwise FORBIDDEN.
    pub async fn log_for(&self, viewer: Uuid, subject: Uuid) -> Result<EventLog, AppError> {
        if viewer != subject {
            require_admin(&self.db, viewer).await?;
        }
        Ok(EventLog {
            db: self.db.clone(),
            subject,
        })
    }
}

/// One user's events, handed out only after the access check: every query is scoped to them.
#[derive(Clone)]
pub struct EventLog {
    db: DatabaseConnection,
    subject: Uuid,
}

/// A page of events, newest first.
#[derive(Debug, Clone)]
pub struct EventPage {
    pub rows: Vec<audit_event::Model>,
    pub has_next_page: bool,
    pub has_previous_page: bool,
}

impl EventLog {
    fn scoped(&self) -> Select<audit_event::Entity> {
        audit_event::Entity::find().filter(audit_event::Column::UserId.eq(self.subject))
    }

    /// `first` between 0 and 100 (default 20); `after` an opaque cursor from a previous page.
    pub async fn page(
        &self,
        first: Option<i32>,
        after: Option<&str>,
    ) -> Result<EventPage, AppError> {
        let limit = match first {
            None => DEFAULT_PAGE,
            Some(n) => u64::try_from(n)
                .ok()
                .filter(|n| *n <= MAX_PAGE)
                .ok_or_else(|| {
                    AppError::bad_input("first", format!("first must be between 0 and {MAX_PAGE}."))
                })?,
        };
        let after = after.map(|c| Cursor::decode("after", c)).transpose()?;
        let mut query = self.scoped();
        if let Some(c) = after {
            query = query.filter(older_than(c));
        }
        let mut rows = query
            .order_by_desc(audit_event::Column::At)
            .order_by_desc(audit_event::Column::Id)
            .limit(limit + 1)
            .all(&self.db)
            .await?;
        let has_next_page = rows.len() as u64 > limit;
        rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let has_previous_page = match after {
            Some(c) => self
                .scoped()
                .filter(Condition::not(older_than(c)))
                .select_only()
                .column(audit_event::Column::Id)
                .limit(1)
                .into_tuple::<Uuid>()
                .one(&self.db)
                .await?
                .is_some(),
            None => false,
        };
        Ok(EventPage {
            rows,
            has_next_page,
            has_previous_page,
        })
    }

    pub async fn count(&self) -> Result<u64, AppError> {
        Ok(self.scoped().count(&self.db).await?)
    }
}

/// Events strictly older than the cursor, in (at, id) order.
fn older_than(c: Cursor) -> Condition {
    Condition::all()
        .add(audit_event::Column::At.lte(c.created_at))
        .add(
            Condition::any()
                .add(audit_event::Column::At.lt(c.created_at))
                .add(audit_event::Column::Id.lt(c.id)),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_stored_names() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::from_db(kind.as_str()), Some(kind));
        }
        assert_eq!(EventKind::from_db("something_else"), None);
    }

    #[test]
    fn details_hold_only_the_typed_facts() {
        let admin = Uuid::nil();
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
