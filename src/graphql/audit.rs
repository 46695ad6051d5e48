//! GraphQL types for the audit log: `User.securityEvents`, a connection of security events.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};

use super::connection::{PageInfo, PageRows};
use super::error::GqlResultExt;
use super::scalars::DateTime;
use crate::domain::{PageArgs, SecurityEvent as DomainEvent};
use crate::services::audit::EventLog;

/// What happened.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(
    rename_items = "SCREAMING_SNAKE_CASE",
    remote = "crate::domain::EventKind"
)]
pub enum SecurityEventKind {
    /// detail: {"amr": "pwd" | "pwd totp" | "pwd recovery"}
    SignInSucceeded,
    /// detail: {"reason": "wrong_password" | "wrong_second_factor" | "account_disabled"}
    SignInFailed,
    /// A retired refresh token was presented again; its session was revoked. detail: {"sessionId"}
    RefreshTokenReused,
    PasswordChanged,
    /// detail: {"by": admin id} or {"via": "email"}
    PasswordReset,
    EmailChanged,
    TotpEnabled,
    TotpDisabled,
    /// detail: {"role", "by": admin id}
    RoleChanged,
    /// detail: {"by": admin id}
    AccountDisabled,
    /// detail: {"by": admin id}
    AccountEnabled,
    AccountDeleted,
    /// An admin turned the second factor off. detail: {"by": admin id}
    TwoFactorReset,
    /// A sign-in provider's account was linked. detail: {"provider"}
    IdentityLinked,
    /// A sign-in provider's account was unlinked. detail: {"provider"}
    IdentityUnlinked,
    /// A passkey was registered. detail: {"name"}
    PasskeyAdded,
    /// A passkey was deleted. detail: {"name"}
    PasskeyRemoved,
}

/// A security-relevant event on an account, with the client it came from.
#[derive(SimpleObject, Clone, Debug)]
pub struct SecurityEvent {
    pub id: ID,
    pub at: DateTime,
    pub kind: SecurityEventKind,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// A small JSON object of non-secret facts (see SecurityEventKind), or null.
    pub detail: Option<String>,
}

impl From<DomainEvent> for SecurityEvent {
    fn from(e: DomainEvent) -> Self {
        Self {
            id: ID(e.id.to_string()),
            at: DateTime(e.at),
            kind: e.kind.into(),
            ip: e.ip,
            user_agent: e.user_agent,
            detail: e.detail,
        }
    }
}

#[derive(SimpleObject, Clone, Debug)]
pub struct SecurityEventEdge {
    pub cursor: String,
    pub node: SecurityEvent,
}

/// A user's security events, newest first, by opaque keyset cursors.
pub struct SecurityEventConnection {
    rows: PageRows<SecurityEvent>,
    log: EventLog,
}

/// A user's security events, newest first, by opaque keyset cursors.
#[Object]
impl SecurityEventConnection {
    async fn edges(&self) -> Vec<SecurityEventEdge> {
        self.rows
            .edges(|cursor, node| SecurityEventEdge { cursor, node })
    }

    async fn nodes(&self) -> &[SecurityEvent] {
        self.rows.nodes()
    }

    async fn page_info(&self) -> &PageInfo {
        self.rows.page_info()
    }

    /// How many events the user has (counted only when asked for).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i32> {
        let n = self.log.count().await.gql(ctx)?;
        Ok(i32::try_from(n).unwrap_or(i32::MAX))
    }
}

/// One page of `log`.
pub async fn connection(
    ctx: &Context<'_>,
    log: EventLog,
    first: Option<i32>,
    after: Option<&str>,
) -> async_graphql::Result<SecurityEventConnection> {
    let args = PageArgs::forward(first, after).gql(ctx)?;
    let page = log.page(args).await.gql(ctx)?;
    Ok(SecurityEventConnection {
        rows: PageRows::from_page(page, SecurityEvent::from),
        log,
    })
}
