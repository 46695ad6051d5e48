//! Each user's quotes. Every query is built by `OwnedQuotes`, which only exists for one owner and
//! puts `user_id = owner` into the SQL itself: someone else's quote is indistinguishable from a
//! missing one, and there is no read-then-check race.

use std::sync::Arc;

use entity::quote;
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, Set,
};
use uuid::Uuid;

use crate::clock::Clock;
use crate::domain::quote::fold;
use crate::domain::{Cursor, QuoteAuthor, QuoteText};
use crate::error::AppError;

/// Largest page a client may ask for.
pub const MAX_PAGE: u64 = 100;
pub const DEFAULT_PAGE: u64 = 20;

#[derive(Clone)]
pub struct Quotes {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
}

impl Quotes {
    pub fn new(db: DatabaseConnection, clock: Arc<dyn Clock>) -> Self {
        Self { db, clock }
    }

    /// The only way in: a handle whose every query is restricted to `owner`'s rows.
    pub fn for_owner(&self, owner: Uuid) -> OwnedQuotes {
        OwnedQuotes {
            db: self.db.clone(),
            clock: self.clock.clone(),
            owner,
        }
    }
}

/// Case-insensitive filters, already folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    author: Option<String>,
    search: Option<String>,
}

impl Filter {
    pub fn new(author: Option<String>, search: Option<String>) -> Self {
        Self {
            author: author.map(|a| fold(&a)),
            search: search.map(|s| fold(&s)),
        }
    }
}

/// Which slice of the newest-first list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageArgs {
    /// `true` for `last`/`before` (read from the old end).
    pub backward: bool,
    pub limit: u64,
    pub after: Option<Cursor>,
    pub before: Option<Cursor>,
}

impl PageArgs {
    /// Validates Relay arguments: `first`/`last` between 0 and 100 (default `first: 20`),
    /// not both, and well-formed cursors.
    pub fn parse(
        first: Option<i32>,
        after: Option<&str>,
        last: Option<i32>,
        before: Option<&str>,
    ) -> Result<Self, AppError> {
        let limit = |field: &'static str, n: i32| -> Result<u64, AppError> {
            u64::try_from(n)
                .ok()
                .filter(|n| *n <= MAX_PAGE)
                .ok_or_else(|| {
                    AppError::bad_input(field, format!("{field} must be between 0 and {MAX_PAGE}."))
                })
        };
        let (backward, limit) = match (first, last) {
            (Some(_), Some(_)) => {
                return Err(AppError::bad_input(
                    "last",
                    "Use first (with after) or last (with before), not both.",
                ));
            }
            (Some(n), None) => (false, limit("first", n)?),
            (None, Some(n)) => (true, limit("last", n)?),
            (None, None) => (false, DEFAULT_PAGE),
        };
        Ok(Self {
            backward,
            limit,
            after: after.map(|c| Cursor::decode("after", c)).transpose()?,
            before: before.map(|c| Cursor::decode("before", c)).transpose()?,
        })
    }
}

/// One page, newest first, with exact flags at both ends.
#[derive(Debug, Clone)]
pub struct Page {
    pub rows: Vec<quote::Model>,
    pub has_next_page: bool,
    pub has_previous_page: bool,
}

/// Rows strictly older than the cursor (later in the newest-first order). Written as
/// `created_at <= t AND (created_at < t OR id < i)` so the index range applies on every database.
fn older_than(c: Cursor) -> Condition {
    Condition::all()
        .add(quote::Column::CreatedAt.lte(c.created_at))
        .add(
            Condition::any()
                .add(quote::Column::CreatedAt.lt(c.created_at))
                .add(quote::Column::Id.lt(c.id)),
        )
}

fn newer_than(c: Cursor) -> Condition {
    Condition::all()
        .add(quote::Column::CreatedAt.gte(c.created_at))
        .add(
            Condition::any()
                .add(quote::Column::CreatedAt.gt(c.created_at))
                .add(quote::Column::Id.gt(c.id)),
        )
}

/// The cursor's row or anything newer: what a previous page (`before` this page) would hold.
fn at_or_newer(c: Cursor) -> Condition {
    Condition::all()
        .add(quote::Column::CreatedAt.gte(c.created_at))
        .add(
            Condition::any()
                .add(quote::Column::CreatedAt.gt(c.created_at))
                .add(quote::Column::Id.gte(c.id)),
        )
}

/// The cursor's row or anything older: what a next page (`after` this page) would hold.
fn at_or_older(c: Cursor) -> Condition {
    Condition::all()
        .add(quote::Column::CreatedAt.lte(c.created_at))
        .add(
            Condition::any()
                .add(quote::Column::CreatedAt.lt(c.created_at))
                .add(quote::Column::Id.lte(c.id)),
        )
}

/// A LIKE pattern matching `s` literally (its `%`, `_` and `\` escaped).
pub(crate) fn like_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub struct OwnedQuotes {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    owner: Uuid,
}

impl OwnedQuotes {
    fn scoped(&self) -> Select<quote::Entity> {
        quote::Entity::find().filter(quote::Column::UserId.eq(self.owner))
    }

    fn filtered(&self, filter: &Filter) -> Select<quote::Entity> {
        let mut query = self.scoped();
        if let Some(author) = &filter.author {
            // LIKE without wildcards rather than `=`: no trailing-space padding on MySQL.
            query = query.filter(
                Expr::col(quote::Column::AuthorFold)
                    .like(LikeExpr::new(like_literal(author)).escape('\\')),
            );
        }
        if let Some(search) = &filter.search {
            let pattern = format!("%{}%", like_literal(search));
            query = query.filter(
                Condition::any()
                    .add(
                        Expr::col(quote::Column::TextFold)
                            .like(LikeExpr::new(pattern.clone()).escape('\\')),
                    )
                    .add(
                        Expr::col(quote::Column::AuthorFold)
                            .like(LikeExpr::new(pattern).escape('\\')),
                    ),
            );
        }
        query
    }

    pub async fn get(&self, id: Uuid) -> Result<Option<quote::Model>, AppError> {
        Ok(self
            .scoped()
            .filter(quote::Column::Id.eq(id))
            .one(&self.db)
            .await?)
    }

    /// One page: a single indexed range query (plus an existence probe for the far end when
    /// a cursor is given).
    pub async fn page(&self, filter: &Filter, args: PageArgs) -> Result<Page, AppError> {
        let mut query = self.filtered(filter);
        if let Some(after) = args.after {
            query = query.filter(older_than(after));
        }
        if let Some(before) = args.before {
            query = query.filter(newer_than(before));
        }
        let fetch = args.limit + 1;
        let mut rows = if args.backward {
            query
                .order_by_asc(quote::Column::CreatedAt)
                .order_by_asc(quote::Column::Id)
                .limit(fetch)
                .all(&self.db)
                .await?
        } else {
            query
                .order_by_desc(quote::Column::CreatedAt)
                .order_by_desc(quote::Column::Id)
                .limit(fetch)
                .all(&self.db)
                .await?
        };
        let more = rows.len() as u64 > args.limit;
        rows.truncate(usize::try_from(args.limit).unwrap_or(usize::MAX));
        if args.backward {
            rows.reverse();
            let has_next_page = match args.before {
                Some(before) => self.exists(filter, at_or_older(before)).await?,
                None => false,
            };
            Ok(Page {
                rows,
                has_next_page,
                has_previous_page: more,
            })
        } else {
            let has_previous_page = match args.after {
                Some(after) => self.exists(filter, at_or_newer(after)).await?,
                None => false,
            };
            Ok(Page {
                rows,
                has_next_page: more,
                has_previous_page,
            })
        }
    }

    async fn exists(&self, filter: &Filter, side: Condition) -> Result<bool, AppError> {
        Ok(self
            .filtered(filter)
            .filter(side)
            .select_only()
            .column(quote::Column::Id)
            .limit(1)
            .into_tuple::<Uuid>()
            .one(&self.db)
            .await?
            .is_some())
    }

    /// How many quotes match the filter (only computed when a client asks for totalCount).
    pub async fn count(&self, filter: &Filter) -> Result<u64, AppError> {
        Ok(self.filtered(filter).count(&self.db).await?)
    }

    pub async fn create(
        &self,
        text: QuoteText,
        author: QuoteAuthor,
    ) -> Result<quote::Model, AppError> {
        let now = self.clock.now_micros();
        Ok(quote::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(self.owner),
            text_fold: Set(fold(text.as_str())),
            author_fold: Set(fold(author.as_str())),
            text: Set(text.as_str().to_owned()),
            author: Set(author.as_str().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&self.db)
        .await?)
    }

    /// Changes the given fields only, and moves `updated_at`.
    pub async fn update(
        &self,
        id: Uuid,
        text: Option<QuoteText>,
        author: Option<QuoteAuthor>,
    ) -> Result<quote::Model, AppError> {
        let mut update = quote::Entity::update_many()
            .col_expr(
                quote::Column::UpdatedAt,
                Expr::value(self.clock.now_micros()),
            )
            .filter(quote::Column::Id.eq(id))
            .filter(quote::Column::UserId.eq(self.owner));
        if let Some(text) = &text {
            update = update
                .col_expr(quote::Column::Text, Expr::value(text.as_str()))
                .col_expr(quote::Column::TextFold, Expr::value(fold(text.as_str())));
        }
        if let Some(author) = &author {
            update = update
                .col_expr(quote::Column::Author, Expr::value(author.as_str()))
                .col_expr(
                    quote::Column::AuthorFold,
                    Expr::value(fold(author.as_str())),
                );
        }
        if update.exec(&self.db).await?.rows_affected == 0 {
            return Err(AppError::NotFound);
        }
        self.get(id).await?.ok_or(AppError::NotFound)
    }

    pub async fn delete(&self, id: Uuid) -> Result<(), AppError> {
        let deleted = quote::Entity::delete_many()
            .filter(quote::Column::Id.eq(id))
            .filter(quote::Column::UserId.eq(self.owner))
            .exec(&self.db)
            .await?
            .rows_affected;
        if deleted == 0 {
            return Err(AppError::NotFound);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_wildcards_literally() {
        assert_eq!(like_literal(r"100%_a\b"), r"100\%\_a\\b");
    }

    #[test]
    fn page_arguments_are_bounded() {
        assert_eq!(PageArgs::parse(None, None, None, None).unwrap().limit, 20);
        assert!(PageArgs::parse(Some(100), None, None, None).is_ok());
        for (first, last, field) in [
            (Some(101), None, "first"),
            (Some(-1), None, "first"),
            (None, Some(101), "last"),
            (None, Some(-5), "last"),
            (Some(1), Some(1), "last"),
        ] {
            let err = PageArgs::parse(first, None, last, None).unwrap_err();
            assert!(matches!(err, AppError::BadUserInput { field: f, .. } if f == field));
        }
        let err = PageArgs::parse(None, Some("nope"), None, None).unwrap_err();
        assert!(matches!(err, AppError::BadUserInput { field: "after", .. }));
    }
}
