//! Each user's quotes. Every query is built by `OwnedQuotes`, which only exists for one owner and
//! puts `user_id = owner` into the SQL itself: someone else's quote is indistinguishable from a
//! missing one, and there is no read-then-check race.

use std::sync::Arc;

use entity::quote;
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, Select, Set,
};

use super::authz::WritePolicy;
use super::principal::Principal;
use super::rate_limits::{AccountRule, RateLimits};
use crate::clock::Clock;
use crate::domain::quote::fold;
use crate::domain::{Cursor, Page, PageArgs, Quote, QuoteAuthor, QuoteId, QuoteText, UserId};
use crate::error::AppError;
use crate::store::like_literal;
use crate::store::local_reads::Reads;
use crate::store::paging::Keyset;

#[derive(Clone)]
pub struct Quotes {
    db: DatabaseConnection,
    /// Reads on the request path (on SQLite, on the calling thread).
    reads: Reads,
    clock: Arc<dyn Clock>,
    policy: WritePolicy,
    limits: RateLimits,
}

impl Quotes {
    pub fn new(
        db: DatabaseConnection,
        reads: Reads,
        clock: Arc<dyn Clock>,
        policy: WritePolicy,
        limits: RateLimits,
    ) -> Self {
        Self {
            db,
            reads,
            clock,
            policy,
            limits,
        }
    }

    /// The way in for reading: a handle whose every query is restricted to `owner`'s rows.
    pub fn for_owner(&self, owner: UserId) -> OwnedQuotes {
        OwnedQuotes {
            db: self.db.clone(),
            reads: self.reads.clone(),
            owner,
        }
    }

    /// The only way in for writing: the caller's quotes once the write policy allows it (with
    /// REQUIRE_VERIFIED_EMAIL, a verified address) and the account's write budget
    /// (`RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT`) is not spent, so no write can forget either.
    /// Each call counts as one write, whether or not it then succeeds.
    pub async fn for_writer(&self, principal: &Principal) -> Result<QuoteWriter, AppError> {
        let owner = self.policy.writer(&self.db, principal).await?;
        self.limits
            .check(AccountRule::QuoteWritesPerUser, &owner.to_string())
            .await?;
        Ok(QuoteWriter {
            quotes: self.for_owner(owner),
            clock: self.clock.clone(),
        })
    }
}

/// Case-insensitive filters, already folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    author: Option<String>,
    search: Option<String>,
}

impl Filter {
    /// The longest `search`: a substring scan costs time in proportion to the pattern on every
    /// row, and SQLite refuses LIKE patterns over 50,000 bytes outright.
    pub const MAX_SEARCH_CHARS: usize = 100;
    /// The longest `author`: no stored author is longer.
    pub const MAX_AUTHOR_CHARS: usize = QuoteAuthor::MAX_CHARS;

    /// Checks the lengths (BAD_USER_INPUT naming `filter.author` / `filter.search`) and folds.
    pub fn parse(author: Option<String>, search: Option<String>) -> Result<Self, AppError> {
        let capped = |field: &'static str, value: Option<String>, max: usize| match value {
            Some(v) if v.chars().count() > max => Err(AppError::bad_input(
                field,
                format!("{field} must be at most {max} characters."),
            )),
            v => Ok(v.map(|v| fold(&v))),
        };
        Ok(Self {
            author: capped("filter.author", author, Self::MAX_AUTHOR_CHARS)?,
            search: capped("filter.search", search, Self::MAX_SEARCH_CHARS)?,
        })
    }
}

const NEWEST_FIRST: Keyset<quote::Entity> = Keyset {
    time: quote::Column::CreatedAt,
    id: quote::Column::Id,
};

fn to_quote(q: quote::Model) -> Quote {
    Quote {
        id: q.id.into(),
        text: q.text,
        author: q.author,
        created_at: q.created_at,
        updated_at: q.updated_at,
    }
}

/// One owner's quotes, for reading.
pub struct OwnedQuotes {
    db: DatabaseConnection,
    reads: Reads,
    owner: UserId,
}

impl OwnedQuotes {
    fn scoped(&self) -> Select<quote::Entity> {
        quote::Entity::find().filter(quote::Column::UserId.eq(self.owner.uuid()))
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

    pub async fn get(&self, id: QuoteId) -> Result<Option<Quote>, AppError> {
        Ok(self
            .reads
            .one(self.scoped().filter(quote::Column::Id.eq(id.uuid())))
            .await?
            .map(to_quote))
    }

    /// One page: a single indexed range query (plus an existence probe for the far end when
    /// a cursor is given).
    pub async fn page(&self, filter: &Filter, args: PageArgs) -> Result<Page<Quote>, AppError> {
        let page = NEWEST_FIRST
            .page(
                &self.reads,
                || self.filtered(filter),
                args,
                |q| Cursor {
                    created_at: q.created_at,
                    id: q.id,
                },
            )
            .await?;
        Ok(page.map(to_quote))
    }

    /// How many quotes match the filter (only computed when a client asks for totalCount).
    pub async fn count(&self, filter: &Filter) -> Result<u64, AppError> {
        Ok(self.filtered(filter).count(&self.db).await?)
    }
}

/// One owner's quotes, for changing: only built by [`Quotes::for_writer`].
pub struct QuoteWriter {
    quotes: OwnedQuotes,
    clock: Arc<dyn Clock>,
}

impl QuoteWriter {
    pub async fn create(&self, text: QuoteText, author: QuoteAuthor) -> Result<Quote, AppError> {
        let now = self.clock.now_micros();
        let row = quote::ActiveModel {
            id: Set(QuoteId::generate().uuid()),
            user_id: Set(self.quotes.owner.uuid()),
            text_fold: Set(fold(text.as_str())),
            author_fold: Set(fold(author.as_str())),
            text: Set(text.as_str().to_owned()),
            author: Set(author.as_str().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&self.quotes.db)
        .await?;
        Ok(to_quote(row))
    }

    /// Changes the given fields only, and moves `updated_at`.
    pub async fn update(
        &self,
        id: QuoteId,
        text: Option<QuoteText>,
        author: Option<QuoteAuthor>,
    ) -> Result<Quote, AppError> {
        let mut update = quote::Entity::update_many()
            .col_expr(
                quote::Column::UpdatedAt,
                Expr::value(self.clock.now_micros()),
            )
            .filter(quote::Column::Id.eq(id.uuid()))
            .filter(quote::Column::UserId.eq(self.quotes.owner.uuid()));
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
        if update.exec(&self.quotes.db).await?.rows_affected == 0 {
            return Err(AppError::NotFound);
        }
        self.quotes.get(id).await?.ok_or(AppError::NotFound)
    }

    pub async fn delete(&self, id: QuoteId) -> Result<(), AppError> {
        let deleted = quote::Entity::delete_many()
            .filter(quote::Column::Id.eq(id.uuid()))
            .filter(quote::Column::UserId.eq(self.quotes.owner.uuid()))
            .exec(&self.quotes.db)
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
    fn filters_are_capped_and_name_their_field() {
        let ok = Filter::parse(Some("é".repeat(200)), Some("🦀".repeat(100))).unwrap();
        assert_eq!(ok.search.as_deref(), Some("🦀".repeat(100).as_str()));
        for (author, search, field) in [
            (Some("a".repeat(201)), None, "filter.author"),
            (None, Some("a".repeat(101)), "filter.search"),
            (None, Some("x".repeat(50_000)), "filter.search"),
        ] {
            match Filter::parse(author, search) {
                Err(AppError::BadUserInput { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{other:?}"),
            }
        }
    }
}
