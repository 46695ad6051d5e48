//! Keyset pages over any table ordered newest first by (time, id): one implementation for the
//! quotes, the user directory and the audit log. Never offsets, so rows inserted between two
//! page requests never shift what comes next.

use sea_orm::{
    ColumnTrait, Condition, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
    TryIntoModel,
};

use super::local_reads::Reads;
use crate::domain::{Cursor, Page, PageArgs};

/// The two columns a table's newest-first order is made of.
pub struct Keyset<E: EntityTrait> {
    pub time: E::Column,
    pub id: E::Column,
}

impl<E: EntityTrait> Keyset<E> {
    /// Rows strictly older than the cursor (later in the newest-first order). Written as
    /// `time <= t AND (time < t OR id < i)` so the index range applies on every database.
    fn older_than(&self, c: Cursor) -> Condition {
        Condition::all().add(self.time.lte(c.created_at)).add(
            Condition::any()
                .add(self.time.lt(c.created_at))
                .add(self.id.lt(c.id)),
        )
    }

    fn newer_than(&self, c: Cursor) -> Condition {
        Condition::all().add(self.time.gte(c.created_at)).add(
            Condition::any()
                .add(self.time.gt(c.created_at))
                .add(self.id.gt(c.id)),
        )
    }

    /// The cursor's row or anything newer: what a previous page (`before` this page) would hold.
    fn at_or_newer(&self, c: Cursor) -> Condition {
        Condition::all().add(self.time.gte(c.created_at)).add(
            Condition::any()
                .add(self.time.gt(c.created_at))
                .add(self.id.gte(c.id)),
        )
    }

    /// The cursor's row or anything older: what a next page (`after` this page) would hold.
    fn at_or_older(&self, c: Cursor) -> Condition {
        Condition::all().add(self.time.lte(c.created_at)).add(
            Condition::any()
                .add(self.time.lt(c.created_at))
                .add(self.id.lte(c.id)),
        )
    }

    /// One page of the rows `rows()` selects: a single indexed range query, plus an existence
    /// probe for the far end when a cursor is given. `key` reads a row's (time, id).
    pub async fn page(
        &self,
        reads: &Reads,
        rows: impl Fn() -> Select<E>,
        args: PageArgs,
        key: impl Fn(&E::Model) -> Cursor,
    ) -> Result<Page<E::Model>, DbErr>
    where
        E::ActiveModel: TryIntoModel<E::Model>,
    {
        let mut query = rows();
        if let Some(after) = args.after {
            query = query.filter(self.older_than(after));
        }
        if let Some(before) = args.before {
            query = query.filter(self.newer_than(before));
        }
        let query = if args.backward {
            query.order_by_asc(self.time).order_by_asc(self.id)
        } else {
            query.order_by_desc(self.time).order_by_desc(self.id)
        };
        let mut found = reads.all(query.limit(args.limit + 1)).await?;
        let more = found.len() as u64 > args.limit;
        found.truncate(usize::try_from(args.limit).unwrap_or(usize::MAX));
        if args.backward {
            found.reverse();
        }
        let (far_end, has_next_page, has_previous_page) = if args.backward {
            let beyond = args.before.map(|c| self.at_or_older(c));
            (beyond, None, Some(more))
        } else {
            let beyond = args.after.map(|c| self.at_or_newer(c));
            (beyond, Some(more), None)
        };
        let beyond = match far_end {
            Some(side) => {
                reads
                    .exists(rows().filter(side).select_only().column(self.id))
                    .await?
            }
            None => false,
        };
        Ok(Page {
            rows: found.into_iter().map(|row| (key(&row), row)).collect(),
            has_next_page: has_next_page.unwrap_or(beyond),
            has_previous_page: has_previous_page.unwrap_or(beyond),
        })
    }
}
