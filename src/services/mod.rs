//! Application logic on domain types, returning `AppError`. No GraphQL or HTTP types here: the
//! same calls serve the GraphQL API and the CLI.

pub mod accounts;
pub mod admin;
pub mod audit;
pub mod keys;
pub mod quotes;
pub mod sessions;
pub mod two_factor;

/// Who is calling, as far as the transport can tell. Stored on sessions, never trusted for auth.
#[derive(Debug, Clone, Default)]
pub struct ClientInfo {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl ClientInfo {
    /// Truncates what the client sent to what the columns hold.
    pub fn new(ip: Option<String>, user_agent: Option<String>) -> Self {
        Self {
            ip: ip.map(|s| truncate(&s, 64)),
            user_agent: user_agent.map(|s| truncate(&s, 512)),
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
