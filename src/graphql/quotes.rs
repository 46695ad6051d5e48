//! Resolvers for the caller's quotes.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use super::context::{principal, state};
use super::error::GqlResultExt;
use super::types::{DateTime, parse_id};
use crate::domain::{Cursor, QuoteAuthor, QuoteText};
use crate::services::quotes::{Filter, OwnedQuotes, PageArgs};

#[derive(SimpleObject, Clone, Debug)]
pub struct Quote {
    pub id: ID,
    pub text: String,
    pub author: String,
    pub created_at: DateTime,
    pub updated_at: DateTime,
}

impl From<entity::quote::Model> for Quote {
    fn from(q: entity::quote::Model) -> Self {
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
pub struct PageInfo {
    pub has_next_page: bool,
    pub has_previous_page: bool,
    pub start_cursor: Option<String>,
    pub end_cursor: Option<String>,
}

/// One page of a connection as the resolvers hold it: the nodes in order, each with the keyset
/// key it was read at. Edges (and the cursor string of every row) are built only when a client
/// selects `edges`; `nodes` is served from here without copies. The quotes page runs on every
/// W1 request, which selects `nodes` only.
pub struct PageRows<N> {
    keys: Vec<Cursor>,
    nodes: Vec<N>,
    page_info: PageInfo,
}

impl<N: Clone> PageRows<N> {
    /// `rows` in page order; the two flags come from the service's page.
    pub fn new(
        rows: impl IntoIterator<Item = (Cursor, N)>,
        has_next_page: bool,
        has_previous_page: bool,
    ) -> Self {
        let (keys, nodes): (Vec<Cursor>, Vec<N>) = rows.into_iter().unzip();
        let page_info = PageInfo {
            has_next_page,
            has_previous_page,
            start_cursor: keys.first().map(Cursor::encode),
            end_cursor: keys.last().map(Cursor::encode),
        };
        Self {
            keys,
            nodes,
            page_info,
        }
    }

    pub fn nodes(&self) -> &[N] {
        &self.nodes
    }

    pub fn page_info(&self) -> &PageInfo {
        &self.page_info
    }

    /// The edges, built by `edge` from each row's cursor and node.
    pub fn edges<E>(&self, edge: impl Fn(String, N) -> E) -> Vec<E> {
        self.keys
            .iter()
            .zip(&self.nodes)
            .map(|(key, node)| edge(key.encode(), node.clone()))
            .collect()
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

fn owned<'a>(ctx: &Context<'a>) -> async_graphql::Result<OwnedQuotes> {
    let p = principal(ctx)?;
    Ok(state(ctx).quotes.for_owner(p.user_id))
}

/// The caller's quotes for a change: with REQUIRE_VERIFIED_EMAIL, only once the address is verified.
async fn writable(ctx: &Context<'_>) -> async_graphql::Result<OwnedQuotes> {
    let p = principal(ctx)?;
    let app = state(ctx);
    app.email_flows.ensure_may_write(p).await.gql(ctx)?;
    Ok(app.quotes.for_owner(p.user_id))
}

#[derive(Default)]
pub struct QuotesQuery;

#[Object]
impl QuotesQuery {
    /// One of the caller's quotes; null if it does not exist or is someone else's.
    async fn quote(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Quote>> {
        let owned = owned(ctx)?;
        let id = parse_id("id", &id).gql(ctx)?;
        Ok(owned.get(id).await.gql(ctx)?.map(Quote::from))
    }

    /// The caller's quotes. first/last at most 100; default first: 20.
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
        let filter = Filter::new(filter.author, filter.search);
        let page = owned.page(&filter, args).await.gql(ctx)?;
        let rows = page.rows.into_iter().map(|q| {
            let key = Cursor {
                created_at: q.created_at,
                id: q.id,
            };
            (key, Quote::from(q))
        });
        Ok(QuoteConnection {
            rows: PageRows::new(rows, page.has_next_page, page.has_previous_page),
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
        let id = parse_id("id", &id).gql(ctx)?;
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
        let uuid = parse_id("id", &id).gql(ctx)?;
        owned.delete(uuid).await.gql(ctx)?;
        Ok(id)
    }
}
