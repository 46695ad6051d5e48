//! Portcullis: a self-hosted authentication and data server for GraphQL apps.
//!
//! A request flows `http` (router, bearer token → `Viewer`) → `graphql` (thin resolvers) →
//! `services` (business rules, one `AppError`) → `entity` (sea-orm) → SQLite | PostgreSQL | MySQL.

pub mod auth;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod graphql;
pub mod http;
pub mod mail;
pub mod services;
pub mod startup;
pub mod state;
pub mod telemetry;

pub use config::Config;
pub use error::AppError;
pub use startup::Application;
