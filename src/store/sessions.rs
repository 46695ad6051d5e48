//! Revoking sessions: one query for logout, password changes and resets, and admin operations.

use entity::session;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::clock::Micros;
use crate::domain::{SessionId, UserId};

/// Which of a user's live sessions to revoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    All,
    Only(SessionId),
    AllBut(SessionId),
}

/// Revokes the user's live sessions that `which` names, on `conn` (a transaction when the
/// revocation belongs to a larger change); returns their ids, for the caller to tell the session
/// cache once the change has committed.
pub async fn revoke<C: ConnectionTrait>(
    conn: &C,
    user: UserId,
    which: Which,
    now: Micros,
) -> Result<Vec<SessionId>, sea_orm::DbErr> {
    let mut live = session::Entity::find()
        .select_only()
        .column(session::Column::Id)
        .filter(session::Column::UserId.eq(user.uuid()))
        .filter(session::Column::RevokedAt.is_null());
    let mut update = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(session::Column::UserId.eq(user.uuid()))
        .filter(session::Column::RevokedAt.is_null());
    match which {
        Which::All => {}
        Which::Only(id) => {
            live = live.filter(session::Column::Id.eq(id.uuid()));
            update = update.filter(session::Column::Id.eq(id.uuid()));
        }
        Which::AllBut(id) => {
            live = live.filter(session::Column::Id.ne(id.uuid()));
            update = update.filter(session::Column::Id.ne(id.uuid()));
        }
    }
    let ids: Vec<Uuid> = live.into_tuple().all(conn).await?;
    update.exec(conn).await?;
    Ok(ids.into_iter().map(SessionId::from).collect())
}
