//! Queries that several services share, in one place: accounts by id or login, revoking
//! sessions, and keyset pages. Not a repository per table: a query used by one service stays in
//! that service. Rows become domain types here, so no table type travels further up than the
//! services.

mod like;
pub mod local_reads;
pub mod paging;
pub mod sessions;
pub mod users;
pub mod write_gate;

pub use like::like_literal;
