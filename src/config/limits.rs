//! The abuse-resistance settings: rate limits, GraphQL document limits, client addresses behind
//! proxies, CORS and Redis.

use std::time::Duration;

use ipnet::IpNet;
use secrecy::SecretString;
use url::Url;

use super::vars::{ConfigError, Vars};
use crate::services::rate_limits::rules::{self, AccountRule, IpRule, Limit, RateLimitConfig};

/// What one GraphQL document may ask for. Refusals answer QUERY_TOO_COMPLEX before anything runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GraphqlLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
    /// Aliased fields anywhere in the document.
    pub max_aliases: usize,
    /// Top-level fields of an operation.
    pub max_root_fields: usize,
    /// The query text, before it is parsed.
    pub max_query_bytes: usize,
}

impl Default for GraphqlLimits {
    fn default() -> Self {
        Self {
            max_depth: 12,
            max_complexity: 1_000,
            max_aliases: 30,
            max_root_fields: 20,
            max_query_bytes: 32 * 1024,
        }
    }
}

/// Which browser origins may call the API from scripts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CorsOrigins {
    /// No CORS headers at all: browsers keep other sites' scripts out.
    #[default]
    None,
    Any,
    List(Vec<String>),
}

pub(super) struct Limits {
    pub rate_limits: RateLimitConfig,
    pub graphql_limits: GraphqlLimits,
    pub introspection: bool,
    pub trusted_proxies: Vec<IpNet>,
    pub cors_allowed_origins: CorsOrigins,
    pub redis_url: Option<SecretString>,
}

impl Vars {
    /// `COUNT/PERIOD`, or `off`.
    fn limit(&self, name: &str, default: Limit) -> Result<Option<Limit>, ConfigError> {
        match self.string(name) {
            None => Ok(Some(default)),
            Some(v) if is_off(&v) => Ok(None),
            Some(v) => v
                .trim()
                .parse()
                .map(Some)
                .map_err(|e| ConfigError::new(name, format!("{e} (got {:?})", v.trim()))),
        }
    }

    fn at_least(&self, name: &str, default: usize, min: usize) -> Result<usize, ConfigError> {
        let value = self.parse::<usize>(name)?.unwrap_or(default);
        if value < min {
            return Err(ConfigError::new(name, format!("must be at least {min}")));
        }
        Ok(value)
    }
}

fn is_off(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "off" | "false" | "0" | "no"
    )
}

pub(super) fn load(vars: &Vars) -> Result<Limits, ConfigError> {
    let mut rate_limits = RateLimitConfig {
        per_ip_enabled: vars.flag("RATE_LIMIT_PER_IP")?.unwrap_or(true),
        ..RateLimitConfig::default()
    };
    for (rule, limit) in &mut rate_limits.per_ip {
        *limit = vars.limit(rule.env_var(), IpRule::default_limit(*rule))?;
    }
    for (rule, limit) in &mut rate_limits.per_account {
        *limit = vars.limit(rule.env_var(), AccountRule::default_limit(*rule))?;
    }
    rate_limits.failed_logins =
        vars.limit(rules::FAILED_LOGINS_VAR, rules::FAILED_LOGINS_DEFAULT)?;
    rate_limits.slowdown = vars.limit(rules::SLOWDOWN_VAR, rules::SLOWDOWN_DEFAULT)?;
    rate_limits.slowdown_max = vars
        .duration(rules::SLOWDOWN_MAX_VAR)?
        .unwrap_or(rules::SLOWDOWN_MAX_DEFAULT);
    if rate_limits.slowdown_max < Duration::from_secs(1)
        || rate_limits.slowdown_max > Duration::from_secs(86_400)
    {
        return Err(ConfigError::new(
            rules::SLOWDOWN_MAX_VAR,
            "must be between 1s and 24h (never a permanent lock)",
        ));
    }

    let d = GraphqlLimits::default();
    let graphql_limits = GraphqlLimits {
        max_depth: vars.at_least("GRAPHQL_MAX_DEPTH", d.max_depth, 5)?,
        max_complexity: vars.at_least("GRAPHQL_MAX_COMPLEXITY", d.max_complexity, 50)?,
        max_aliases: vars.at_least("GRAPHQL_MAX_ALIASES", d.max_aliases, 0)?,
        max_root_fields: vars.at_least("GRAPHQL_MAX_ROOT_FIELDS", d.max_root_fields, 1)?,
        max_query_bytes: vars.at_least("GRAPHQL_MAX_QUERY_BYTES", d.max_query_bytes, 1024)?,
    };

    let trusted_proxies = match vars.string("TRUSTED_PROXIES") {
        None => Vec::new(),
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<std::net::IpAddr>().map(IpNet::from))
                    .map_err(|_| {
                        ConfigError::new(
                            "TRUSTED_PROXIES",
                            format!("{s:?} is not an IP address or CIDR (e.g. 10.0.0.0/8)"),
                        )
                    })
            })
            .collect::<Result<_, _>>()?,
    };

    let cors_allowed_origins = match vars.string("CORS_ALLOWED_ORIGINS") {
        None => CorsOrigins::None,
        Some(list) if list.trim() == "*" => CorsOrigins::Any,
        Some(list) => CorsOrigins::List(
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(parse_origin)
                .collect::<Result<_, _>>()?,
        ),
    };

    let redis_url = vars.string("REDIS_URL");
    if let Some(url) = &redis_url
        && !(url.starts_with("redis://") || url.starts_with("rediss://"))
    {
        return Err(ConfigError::new(
            "REDIS_URL",
            "must start with redis:// or rediss://",
        ));
    }

    Ok(Limits {
        rate_limits,
        graphql_limits,
        introspection: vars.flag("INTROSPECTION")?.unwrap_or(true),
        trusted_proxies,
        cors_allowed_origins,
        redis_url: redis_url.map(SecretString::from),
    })
}

/// `https://app.example.com` or `http://localhost:3000`: scheme, host and optional port, written
/// as a browser sends it in `Origin` (no path, no trailing slash, no default port), which is what
/// the CORS layer compares byte for byte.
fn parse_origin(s: &str) -> Result<String, ConfigError> {
    let err = || {
        ConfigError::new(
            "CORS_ALLOWED_ORIGINS",
            format!(
                "{s:?} is not an origin: use scheme://host[:port], e.g. https://app.example.com, \
                 comma-separated, or * for any"
            ),
        )
    };
    // The URL parser forgives a missing `//` and an upper-case scheme, and takes `*` as part of
    // a host name: none of them can match what a browser sends.
    if !(s.starts_with("https://") || s.starts_with("http://")) || s.contains('*') {
        return Err(err());
    }
    let url = Url::parse(s).map_err(|_| err())?;
    let origin = url.origin().ascii_serialization();
    // Anything the origin does not keep (a path, a query, credentials, a default port, an
    // upper-case or non-ASCII host) would never equal the browser's header.
    if !url.has_host() || origin != s.to_ascii_lowercase() {
        return Err(err());
    }
    Ok(origin)
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, CorsOrigins};

    #[test]
    fn limits_are_tunable_and_can_be_switched_off() {
        let config = Config::from_pairs([
            ("RATE_LIMIT_LOGIN_PER_IP", "5/1m"),
            ("RATE_LIMIT_REGISTER_PER_IP", "off"),
            ("LOGIN_SLOWDOWN", "3/10m"),
        ])
        .unwrap();
        use crate::services::rate_limits::{IpRule, Limit};
        let r = &config.rate_limits;
        assert_eq!(r.ip_limit(IpRule::Login), Some(Limit::new(5, 60)));
        assert_eq!(r.ip_limit(IpRule::Register), None);
        assert_eq!(r.ip_limit(IpRule::VerifyTotp), Some(Limit::new(15, 60)));
        assert_eq!(r.slowdown, Some(Limit::new(3, 600)));

        let config = Config::from_pairs([("RATE_LIMIT_PER_IP", "off")]).unwrap();
        assert_eq!(config.rate_limits.ip_limit(IpRule::Login), None);

        let err = Config::from_pairs([("RATE_LIMIT_LOGIN_PER_IP", "lots")]).unwrap_err();
        assert_eq!(err.variable, "RATE_LIMIT_LOGIN_PER_IP");
    }

    #[test]
    fn quote_writes_have_a_generous_budget_per_account_or_none() {
        use crate::services::rate_limits::{AccountRule, Limit};
        let rule = AccountRule::QuoteWritesPerUser;
        let config = Config::from_pairs([]).unwrap();
        assert_eq!(
            config.rate_limits.account_limit(rule),
            Some(Limit::new(1_000, 3600))
        );
        let config = Config::from_pairs([("RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT", "off")]).unwrap();
        assert_eq!(config.rate_limits.account_limit(rule), None);
        let config =
            Config::from_pairs([("RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT", "50/10m")]).unwrap();
        assert_eq!(
            config.rate_limits.account_limit(rule),
            Some(Limit::new(50, 600))
        );
        let err =
            Config::from_pairs([("RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT", "many")]).unwrap_err();
        assert_eq!(err.variable, "RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT");
    }

    #[test]
    fn cors_origins_and_proxies_are_checked() {
        let config = Config::from_pairs([
            (
                "CORS_ALLOWED_ORIGINS",
                "https://App.example.com, http://localhost:3000",
            ),
            ("TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1, ::1"),
        ])
        .unwrap();
        assert_eq!(
            config.cors_allowed_origins,
            CorsOrigins::List(vec![
                "https://app.example.com".into(),
                "http://localhost:3000".into()
            ])
        );
        assert_eq!(config.trusted_proxies.len(), 3);
        for bad in ["app.example.com", "https://x.com/", "https://*.x.com"] {
            let err = Config::from_pairs([("CORS_ALLOWED_ORIGINS", bad)]).unwrap_err();
            assert_eq!(err.variable, "CORS_ALLOWED_ORIGINS", "{bad}");
        }
        let err = Config::from_pairs([("TRUSTED_PROXIES", "proxy.local")]).unwrap_err();
        assert_eq!(err.variable, "TRUSTED_PROXIES");
        assert_eq!(
            Config::from_pairs([]).unwrap().cors_allowed_origins,
            CorsOrigins::None
        );
    }

    #[test]
    fn an_origin_must_be_written_as_browsers_send_it() {
        for bad in [
            "HTTPS://app.example.com",
            "https:app.example.com",
            "https://app.example.com/path",
            "https://app.example.com?x",
            "https://user@app.example.com",
            "https://app.example.com:443",
            "http://localhost:80",
            "https://app example.com",
            "https://bücher.example",
        ] {
            let err = Config::from_pairs([("CORS_ALLOWED_ORIGINS", bad)]).unwrap_err();
            assert_eq!(err.variable, "CORS_ALLOWED_ORIGINS", "{bad}");
        }
        let config = Config::from_pairs([(
            "CORS_ALLOWED_ORIGINS",
            "https://xn--bcher-kva.example, http://[::1]:8080, http://127.0.0.1:3000",
        )])
        .unwrap();
        assert_eq!(
            config.cors_allowed_origins,
            CorsOrigins::List(vec![
                "https://xn--bcher-kva.example".into(),
                "http://[::1]:8080".into(),
                "http://127.0.0.1:3000".into(),
            ])
        );
    }
}
