//! The trace a change leaves: its security event and the mail that tells the account's owner,
//! written in the change's own transaction, so that the change, its record and its notice commit
//! or roll back together; the mail worker is woken once they have committed.

use sea_orm::DatabaseTransaction;

use super::ClientInfo;
use super::audit::{Audit, AuditEvent};
use crate::domain::UserId;
use crate::error::AppError;
use crate::mail::{Mail, Outbox, Recipient};

#[derive(Clone)]
pub struct Trail {
    audit: Audit,
    outbox: Outbox,
}

/// What a change tells its owner, by mail.
pub struct Notice {
    pub to: Recipient,
    pub mail: Mail,
}

impl Trail {
    pub fn new(audit: Audit, outbox: Outbox) -> Self {
        Self { audit, outbox }
    }

    /// The mail queue, for messages that belong to no account yet.
    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// Records `event` about `user` (and queues `notice`, if any) in `tx`, commits, and wakes the
    /// mail worker.
    pub async fn commit(
        &self,
        tx: DatabaseTransaction,
        user: Option<UserId>,
        client: &ClientInfo,
        event: AuditEvent,
        notice: Option<Notice>,
    ) -> Result<(), AppError> {
        self.audit.record_in(&tx, event, user, client).await?;
        let mailed = notice.is_some();
        if let Some(Notice { to, mail }) = notice {
            self.outbox.enqueue(&tx, &to, mail).await?;
        }
        tx.commit().await?;
        if mailed {
            self.outbox.wake();
        }
        Ok(())
    }
}
