//! Application logic on domain types, returning `AppError`. No GraphQL or HTTP types here: the
//! same calls serve the GraphQL API and the CLI.

use std::net::IpAddr;

pub mod accounts;
pub mod admin;
pub mod audit;
pub mod authz;
pub mod credentials;
pub mod devices;
pub mod email_flows;
pub mod email_tokens;
pub mod housekeeping;
pub mod keys;
pub mod passkeys;
pub mod principal;
pub mod providers;
pub mod quotes;
pub mod rate_limits;
pub mod sessions;
pub mod trail;
pub mod two_factor;

/// Who is calling, as far as the transport can tell: the socket's address, or the one a trusted
/// proxy forwarded. Stored on sessions and keys per-address rate limits; never trusted for auth.
#[derive(Debug, Clone, Default)]
pub struct ClientInfo {
    pub addr: Option<IpAddr>,
    /// `addr` as text, for the columns that store it.
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl ClientInfo {
    /// Truncates what the client sent to what the columns hold.
    pub fn new(addr: Option<IpAddr>, user_agent: Option<String>) -> Self {
        Self {
            addr,
            ip: addr.map(|a| a.to_string()),
            user_agent: user_agent.map(|s| truncate(&s, 512)),
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
