//! The HTTP surface: router and layers, the GraphQL endpoint, GraphiQL, health and JWKS. This
//! file only declares the parts and re-exports what the rest of the crate uses.

mod assets;
mod browser;
mod client_ip;
mod console;
mod cookie_policy;
mod graphiql;
mod graphql;
mod hardening;
mod health;
mod jwks;
mod metrics;
mod providers;
mod router;
mod serve;
mod state;

pub use metrics::own_router as metrics_router;
pub use router::router;
pub use serve::{ConnectionLimits, connections_below, descriptor_limit, serve};
pub use state::{HttpState, REQUEST_ID, Shared};
