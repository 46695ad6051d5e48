//! The server section: where it listens (`BIND`), the address users reach it at
//! (`PUBLIC_URL`), request limits, GraphiQL and the log format.

use std::net::SocketAddr;
use std::time::Duration;

use url::Url;

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

/// `PUBLIC_URL` as given, without trailing slashes: links in mail are built by appending
/// `/<path>?token=...` to it, and it is the default JWT issuer, so it is kept as written (not
/// normalised) once checked.
fn public_url(value: &str) -> Result<String, ConfigError> {
    let value = value.trim_end_matches('/');
    let not_absolute =
        || ConfigError::new("PUBLIC_URL", "must be an absolute http:// or https:// URL");
    // The URL parser forgives a missing `//`, an upper-case scheme and stray whitespace (which
    // it drops); the value is used as written, so none of them may be there.
    if !(value.starts_with("http://") || value.starts_with("https://"))
        || value.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(not_absolute());
    }
    let url = Url::parse(value).map_err(|_| not_absolute())?;
    if url.host_str().is_none_or(str::is_empty) {
        return Err(not_absolute());
    }
    if !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(ConfigError::new(
            "PUBLIC_URL",
            "must not carry credentials, a query or a fragment (links are built by appending \
             a path to it)",
        ));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_url_is_kept_as_written_without_trailing_slashes() {
        assert_eq!(
            public_url("https://Auth.Example.com:8443/base/").unwrap(),
            "https://Auth.Example.com:8443/base"
        );
        assert_eq!(
            public_url("http://[::1]:8080").unwrap(),
            "http://[::1]:8080"
        );
    }

    #[test]
    fn a_public_url_that_cannot_prefix_a_link_is_refused() {
        for bad in [
            "auth.example.com",
            "ftp://auth.example.com",
            "HTTPS://auth.example.com",
            "https:auth.example.com",
            "https://",
            " https://auth.example.com",
            // Accepted before the URL parser checked it; every link built from them was broken.
            "https://auth.example.com /x",
            "https://auth example.com",
            "https://auth.example.com?tenant=1",
            "https://auth.example.com#top",
            "https://user:secret@auth.example.com",
            "http://[::1",
        ] {
            let err = public_url(bad).unwrap_err();
            assert_eq!(err.variable, "PUBLIC_URL", "{bad}");
            assert!(!err.message.contains("secret"), "{bad}");
        }
    }
}
