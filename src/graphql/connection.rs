//! What every connection shares: `PageInfo`, and a page of nodes with the cursors they were read
//! at (quotes, the user directory, security events).

use async_graphql::SimpleObject;

use crate::domain::{Cursor, Page};

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
    /// A service's page, each row turned into its GraphQL node.
    pub fn from_page<T>(page: Page<T>, node: impl FnMut(T) -> N) -> Self {
        let Page {
            rows,
            has_next_page,
            has_previous_page,
        } = page.map(node);
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
