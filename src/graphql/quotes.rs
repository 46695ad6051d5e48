//! Resolvers for the caller's quotes.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use super::connection::{PageInfo, PageRows};
use super::context::{principal, state};
use super::error::GqlResultExt;
use super::scalars::DateTime;
use crate::domain::{PageArgs, Quote as DomainQuote, QuoteAuthor, QuoteId, QuoteText};
use crate::services::quotes::{Filter, OwnedQuotes, QuoteWriter};

#[derive(SimpleObject, Clone, Debug)]
pub struct Quote {
    pub id: ID,
    pub text: String,
    pub author: String,
    pub created_at: DateTime,
    pub updated_at: DateTime,
}

impl From<DomainQuote> for Quote {
    fn from(q: DomainQuote) -> Self {
        Self {
            id: ID(q.id.to_string()),
            text: q.text,
            author: q.author,
            created_at: DateTime(q.created_at),
            updated_at: DateTime(q.updated_at),
        }
    }
}

#[derive(SimpleObject, Clone, Debug)]
pub struct QuoteEdge {
    pub cursor: String,
    pub node: Quote,
}

/// The caller's quotes, newest first, by opaque keyset cursors.
pub struct QuoteConnection {
    rows: PageRows<Quote>,
    owned: OwnedQuotes,
    filter: Filter,
}

/// The caller's quotes, newest first, by opaque keyset cursors.
#[Object]
impl QuoteConnection {
    async fn edges(&self) -> Vec<QuoteEdge> {
        self.rows.edges(|cursor, node| QuoteEdge { cursor, node })
    }

    async fn nodes(&self) -> &[Quote] {
        self.rows.nodes()
    }

    async fn page_info(&self) -> &PageInfo {
        self.rows.page_info()
    }

    /// How many of the caller's quotes match the filter (counted only when asked for).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i32> {
        let n = self.owned.count(&self.filter).await.gql(ctx)?;
        Ok(i32::try_from(n).unwrap_or(i32::MAX))
    }
}

#[derive(InputObject)]
pub struct CreateQuoteInput {
    pub text: String,
    pub author: String,
}

/// Omitted fields are left unchanged.
#[derive(InputObject)]
pub struct UpdateQuoteInput {
    pub text: Option<String>,
    pub author: Option<String>,
}

#[derive(InputObject, Default)]
pub struct QuoteFilter {
    /// Exact author match, case-insensitive.
    pub author: Option<String>,
    /// Substring of text or author, case-insensitive.
    pub search: Option<String>,
}

/// What a filtered `quotes` field adds to the document's complexity: a substring search scans
/// every one of the caller's quotes (twice with `totalCount`; about a second over 1,000
/// maximum-length quotes in the worst case, see BENCHMARKS.md), so at the default limit (1,000)
/// a document holds one of them, however it aliases them.
pub const SEARCH_COMPLEXITY: usize = 500;
/// An exact author match compares whole values, far cheaper than a substring scan.
pub const AUTHOR_COMPLEXITY: usize = 10;

fn quotes_complexity(filter: Option<&QuoteFilter>, child_complexity: usize) -> usize {
    let filter_cost = filter.map_or(0, |f| {
        if f.search.is_some() {
            SEARCH_COMPLEXITY
        } else if f.author.is_some() {
            AUTHOR_COMPLEXITY
        } else {
            0
        }
    });
    1 + child_complexity + filter_cost
}

fn owned<'a>(ctx: &Context<'a>) -> async_graphql::Result<OwnedQuotes> {
    let p = principal(ctx)?;
    Ok(state(ctx).quotes.for_owner(p.user_id))
}

/// The caller's quotes for a change, as the write policy allows.
async fn writable(ctx: &Context<'_>) -> async_graphql::Result<QuoteWriter> {
    let p = principal(ctx)?;
    state(ctx).quotes.for_writer(p).await.gql(ctx)
}

#[derive(Default)]
pub struct QuotesQuery;

#[Object]
impl QuotesQuery {
    /// One of the caller's quotes; null if it does not exist or is someone else's.
    async fn quote(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Quote>> {
        let owned = owned(ctx)?;
        let id = QuoteId::parse("id", &id).gql(ctx)?;
        Ok(owned.get(id).await.gql(ctx)?.map(Quote::from))
    }

    /// The caller's quotes. first/last at most 100; default first: 20.
    #[graphql(complexity = "quotes_complexity(filter.as_ref(), child_complexity)")]
    async fn quotes(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<QuoteFilter>,
    ) -> async_graphql::Result<QuoteConnection> {
        let owned = owned(ctx)?;
        let args = PageArgs::parse(first, after.as_deref(), last, before.as_deref()).gql(ctx)?;
        let filter = filter.unwrap_or_default();
        let filter = Filter::parse(filter.author, filter.search).gql(ctx)?;
        let page = owned.page(&filter, args).await.gql(ctx)?;
        Ok(QuoteConnection {
            rows: PageRows::from_page(page, Quote::from),
            owned,
            filter,
        })
    }
}

#[derive(Default)]
pub struct QuotesMutation;

#[Object]
impl QuotesMutation {
    async fn create_quote(
        &self,
        ctx: &Context<'_>,
        input: CreateQuoteInput,
    ) -> async_graphql::Result<Quote> {
        let owned = writable(ctx).await?;
        let text = QuoteText::parse("text", input.text).gql(ctx)?;
        let author = QuoteAuthor::parse("author", input.author).gql(ctx)?;
        Ok(owned.create(text, author).await.gql(ctx)?.into())
    }

    async fn update_quote(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateQuoteInput,
    ) -> async_graphql::Result<Quote> {
        let owned = writable(ctx).await?;
        let id = QuoteId::parse("id", &id).gql(ctx)?;
        let text = input
            .text
            .map(|t| QuoteText::parse("text", t))
            .transpose()
            .gql(ctx)?;
        let author = input
            .author
            .map(|a| QuoteAuthor::parse("author", a))
            .transpose()
            .gql(ctx)?;
        Ok(owned.update(id, text, author).await.gql(ctx)?.into())
    }

    /// Returns the id of the deleted quote.
    async fn delete_quote(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<ID> {
        let owned = writable(ctx).await?;
        let quote = QuoteId::parse("id", &id).gql(ctx)?;
        owned.delete(quote).await.gql(ctx)?;
        Ok(id)
    }
}
