//! Portcullis: a self-hosted authentication and data server for GraphQL apps.
//!
//! A request flows `http` (router, bearer token → `Viewer`) → `graphql` (thin resolvers) →
//! `services` (business rules on domain types, one `AppError`) → `store` (shared queries) →
//! `entity` (sea-orm) → SQLite | PostgreSQL | MySQL.

pub mod auth;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod graphql;
pub mod http;
pub mod mail;
pub mod metrics;
pub mod services;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;

/// mimalloc instead of glibc's malloc, for the server, its tests and its benches alike: the
/// request path allocates many small, short-lived objects across threads (futures, GraphQL
/// values, rows, JSON), where glibc's allocator took ~19 % of the server's CPU under load; with
/// mimalloc W1 served 10 % more requests by median, 20 % by mean, of three runs (BENCHMARKS.md). Built without transparent huge
/// pages (`no_thp`), which cost ~10 MiB of resident memory for nothing measurable.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub use config::Config;
pub use error::AppError;
pub use startup::Application;
