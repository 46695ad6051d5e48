//! The server section: where it listens (`BIND`), the address users reach it at
//! (`PUBLIC_URL`), request limits, GraphiQL and the log format.

use std::net::SocketAddr;
use std::time::Duration;

use super::vars::{ConfigError, Vars};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl std::str::FromStr for LogFormat {
    type Err = &'static str;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "text" => Ok(Self::Text),
            "json" => Ok(Self::Json),
            _ => Err("expected text or json"),
        }
    }
}

pub(super) struct Server {
    pub bind: SocketAddr,
    pub public_url: String,
    pub body_limit: usize,
    pub request_timeout: Duration,
    pub graphiql: bool,
    pub log_format: LogFormat,
}

pub(super) fn load(vars: &Vars) -> Result<Server, ConfigError> {
    let bind: SocketAddr = vars
        .parse("BIND")?
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
    let public_url = public_url(
        &vars
            .string("PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{bind}")),
    )?;
    let body_limit = vars.parse::<usize>("BODY_LIMIT")?.unwrap_or(1024 * 1024);
    if body_limit < 1024 {
        return Err(ConfigError::new(
            "BODY_LIMIT",
            "must be at least 1024 bytes",
        ));
    }
    let request_timeout = vars
        .duration("REQUEST_TIMEOUT")?
        .unwrap_or(Duration::from_secs(30));
    if request_timeout.is_zero() {
        return Err(ConfigError::new("REQUEST_TIMEOUT", "must be more than 0s"));
    }
    Ok(Server {
        bind,
        public_url,
        body_limit,
        request_timeout,
        graphiql: vars.flag("GRAPHIQL")?.unwrap_or(true),
        log_format: vars.parse("LOG_FORMAT")?.unwrap_or_default(),
    })
}

/// `PUBLIC_URL` without trailing slashes: links in mail are built by appending `/<path>?token=...`
/// to it.
fn public_url(value: &str) -> Result<String, ConfigError> {
    let value = value.trim_end_matches('/');
    if !(value.starts_with("http://") || value.starts_with("https://")) {
        return Err(ConfigError::new(
            "PUBLIC_URL",
            "must be an absolute http:// or https:// URL",
        ));
    }
    Ok(value.to_owned())
}
