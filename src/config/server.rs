//! The server section: where it listens (`BIND`), the address users reach it at
//! (`PUBLIC_URL`), request and connection limits, GraphiQL, the log format, and how often
//! expired rows are purged.

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
    pub header_read_timeout: Duration,
    pub max_connections: Option<usize>,
    pub purge_interval: Option<Duration>,
    pub graphiql: bool,
    pub log_format: LogFormat,
    pub metrics_token: Option<secrecy::SecretString>,
    pub metrics_bind: Option<SocketAddr>,
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
    // A client that trickles its request headers holds a connection (a file descriptor) for as
    // long as this; 10 s is ample for any real client on any network.
    let header_read_timeout = vars
        .duration("HEADER_READ_TIMEOUT")?
        .unwrap_or(Duration::from_secs(10));
    if header_read_timeout.is_zero() || header_read_timeout > Duration::from_secs(60) {
        return Err(ConfigError::new(
            "HEADER_READ_TIMEOUT",
            "must be between 1ms and 60s",
        ));
    }
    // Unset: sized from the file-descriptor limit at start (see `http::serve`).
    let max_connections = vars.parse::<usize>("MAX_CONNECTIONS")?;
    if max_connections == Some(0) {
        return Err(ConfigError::new("MAX_CONNECTIONS", "must be at least 1"));
    }
    let purge_interval = match vars.string("PURGE_INTERVAL").as_deref().map(str::trim) {
        Some("off") => None,
        _ => {
            let interval = vars
                .duration("PURGE_INTERVAL")?
                .unwrap_or(Duration::from_secs(3600));
            if interval < Duration::from_secs(1) {
                return Err(ConfigError::new(
                    "PURGE_INTERVAL",
                    "must be at least 1s, or `off`",
                ));
            }
            Some(interval)
        }
    };
    // `/metrics` is never public by default: a token for the main listener, or a listener of
    // its own (on a private address), or both.
    let metrics_token = vars.string("METRICS_TOKEN");
    if metrics_token.as_ref().is_some_and(|t| t.trim().len() < 16) {
        return Err(ConfigError::new(
            "METRICS_TOKEN",
            "must be at least 16 characters",
        ));
    }
    let metrics_bind: Option<SocketAddr> = vars.parse("METRICS_BIND")?;
    if metrics_bind.is_some_and(|m| m == bind && m.port() != 0) {
        return Err(ConfigError::new(
            "METRICS_BIND",
            "must differ from BIND (use METRICS_TOKEN to serve /metrics on BIND)",
        ));
    }
    Ok(Server {
        bind,
        public_url,
        body_limit,
        request_timeout,
        header_read_timeout,
        max_connections,
        purge_interval,
        graphiql: vars.flag("GRAPHIQL")?.unwrap_or(true),
        log_format: vars.parse("LOG_FORMAT")?.unwrap_or_default(),
        metrics_token: metrics_token.map(|t| secrecy::SecretString::from(t.trim().to_owned())),
        metrics_bind,
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

    fn load_pairs(pairs: &[(&str, &str)]) -> Result<Server, ConfigError> {
        load(&Vars::from_pairs(pairs.iter().copied()))
    }

    #[test]
    fn connection_limits_and_the_purge_interval_have_bounded_defaults() {
        let server = load_pairs(&[]).unwrap();
        assert_eq!(server.header_read_timeout, Duration::from_secs(10));
        assert_eq!(server.max_connections, None);
        assert_eq!(server.purge_interval, Some(Duration::from_secs(3600)));
        let server = load_pairs(&[
            ("HEADER_READ_TIMEOUT", "1s"),
            ("MAX_CONNECTIONS", "50"),
            ("PURGE_INTERVAL", "off"),
        ])
        .unwrap();
        assert_eq!(server.header_read_timeout, Duration::from_secs(1));
        assert_eq!(server.max_connections, Some(50));
        assert_eq!(server.purge_interval, None);
        for (var, bad) in [
            ("HEADER_READ_TIMEOUT", "0s"),
            ("HEADER_READ_TIMEOUT", "5m"),
            ("MAX_CONNECTIONS", "0"),
            ("PURGE_INTERVAL", "0s"),
            ("PURGE_INTERVAL", "sometimes"),
        ] {
            let err = load_pairs(&[(var, bad)]).err().unwrap();
            assert_eq!(err.variable, var, "{bad}");
        }
    }

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
