//! Integration tests: the real router over real HTTP against a real database — SQLite always,
//! PostgreSQL and MariaDB/MySQL when `TEST_POSTGRES_URL` / `TEST_MYSQL_URL` are set.

mod helpers;

mod account_deletion;
mod accounts;
mod admin;
mod audit;
mod authenticator;
mod browser;
mod cancellation;
mod cli;
mod costly_inputs;
mod documents;
mod email;
mod graphql_edges;
mod graphql_limits;
mod hardening;
mod housekeeping;
mod http;
mod metrics;
mod migrations;
mod passkeys;
mod providers;
mod quotes;
mod rate_limits;
mod schema;
mod sessions;
mod slow_clients;
mod smtp;
mod takeover;
mod tokens;
mod traces;
mod two_factor;
