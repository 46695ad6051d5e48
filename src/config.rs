//! Configuration from environment variables (and an optional `.env` file), validated once at
//! start. Every variable is documented in README.md and .env.example. Secrets are `SecretString`,
//! so `{:?}` of a `Config` never shows them.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

mod limits;

use crate::services::rate_limits::RateLimitConfig;
pub use limits::{CorsOrigins, GraphqlLimits};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JwtAlgorithm {
    EdDSA,
    ES256,
    HS256,
}

impl JwtAlgorithm {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EdDSA => "EdDSA",
            Self::ES256 => "ES256",
            Self::HS256 => "HS256",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// The validated configuration. Fields are public so that tests (and embedders) can build one
/// without touching the process environment.
#[derive(Debug, Clone)]
pub struct Config {
    /// May hold a database password, hence secret.
    pub database_url: SecretString,
    pub db_max_connections: u32,
    pub bind: SocketAddr,
    pub public_url: String,
    pub jwt: JwtConfig,
    pub refresh_token_ttl: Duration,
    pub session_max_lifetime: Duration,
    pub refresh_reuse_grace: Duration,
    pub session_cache_ttl: Duration,
    pub hash_concurrency: usize,
    pub graphiql: bool,
    pub request_timeout: Duration,
    pub body_limit: usize,
    pub log_format: LogFormat,
    /// 32-byte AES-256-GCM key for TOTP secrets at rest; generated and kept in the database
    /// when not configured.
    pub totp_encryption_key: Option<SecretString>,
    /// The issuer shown in authenticator apps.
    pub totp_issuer: String,
    /// How long security events are kept; zero keeps them forever.
    pub audit_retention: Duration,
    pub mail: MailConfig,
    pub rate_limits: RateLimitConfig,
    pub graphql_limits: GraphqlLimits,
    /// Serve `__schema` / `__type` (`INTROSPECTION`).
    pub introspection: bool,
    /// Proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`); empty: the socket's
    /// address is the client's.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub cors_allowed_origins: CorsOrigins,
    /// Rate-limit counters in Redis instead of the database; may hold a password.
    pub redis_url: Option<SecretString>,
}

/// Where mail goes.
#[derive(Debug, Clone)]
pub enum MailTransportConfig {
    /// `SMTP_URL`; may hold credentials, hence secret.
    Smtp(SecretString),
    /// `MAIL_DIR`: one .eml file per message.
    Dir(PathBuf),
    /// The embedded default: messages (with their links) are printed to the log.
    Log,
}

#[derive(Debug, Clone)]
pub struct MailConfig {
    pub transport: MailTransportConfig,
    /// `MAIL_FROM`, a valid mailbox (`Name <address>` or `address`).
    pub from: String,
    /// `MAIL_TEMPLATE_DIR`: templates here override the shipped ones by file name.
    pub template_dir: Option<PathBuf>,
    /// `APP_NAME`: the product name mail shows.
    pub app_name: String,
    /// `MAIL_POLL_INTERVAL`: how often an idle delivery worker looks for due mail.
    pub poll_interval: Duration,
    /// `REQUIRE_VERIFIED_EMAIL`: data mutations are FORBIDDEN until the address is verified.
    pub require_verified_email: bool,
}

#[derive(Debug, Clone)]
pub struct JwtConfig {
    pub algorithm: JwtAlgorithm,
    pub private_key_file: Option<PathBuf>,
    pub secret: Option<SecretString>,
    pub issuer: String,
    pub audience: String,
    pub access_token_ttl: Duration,
}

/// A configuration error: one line that names the variable.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {variable}: {message}")]
pub struct ConfigError {
    pub variable: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(variable: &str, message: impl Into<String>) -> Self {
        Self {
            variable: variable.to_owned(),
            message: message.into(),
        }
    }
}

/// Where variables come from: the process environment, or a fixed list (tests, tools).
/// Each value is parsed by the type the field needs, so a digits-only secret stays a string.
type Lookup = Box<dyn Fn(&str) -> Option<String>>;

struct Vars(Lookup);

impl Vars {
    fn string(&self, name: &str) -> Option<String> {
        (self.0)(name).filter(|v| !v.trim().is_empty())
    }

    fn parse<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, ConfigError>
    where
        T::Err: std::fmt::Display,
    {
        self.string(name)
            .map(|v| {
                v.trim()
                    .parse()
                    .map_err(|e| ConfigError::new(name, format!("{e} (got {:?})", v.trim())))
            })
            .transpose()
    }

    fn duration(&self, name: &str) -> Result<Option<Duration>, ConfigError> {
        self.string(name)
            .map(|v| {
                humantime::parse_duration(v.trim()).map_err(|e| {
                    ConfigError::new(
                        name,
                        format!("{e} (got {:?}; use e.g. 90s, 15m, 30d)", v.trim()),
                    )
                })
            })
            .transpose()
    }

    fn flag(&self, name: &str) -> Result<Option<bool>, ConfigError> {
        self.string(name)
            .map(|v| match v.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => Ok(true),
                "0" | "false" | "no" | "off" => Ok(false),
                other => Err(ConfigError::new(
                    name,
                    format!("expected true or false (got {other:?})"),
                )),
            })
            .transpose()
    }
}

impl std::str::FromStr for JwtAlgorithm {
    type Err = &'static str;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "EdDSA" => Ok(Self::EdDSA),
            "ES256" => Ok(Self::ES256),
            "HS256" => Ok(Self::HS256),
            _ => Err("expected EdDSA, ES256 or HS256"),
        }
    }
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

pub const DEFAULT_DATABASE_URL: &str = "sqlite://portcullis.db?mode=rwc";

impl Config {
    /// Reads `.env` (if present; real environment variables win) and then the environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(e) if e.not_found() => {}
            Err(e) => return Err(ConfigError::new(".env", e.to_string())),
        }
        Self::load(Vars(Box::new(|name| std::env::var(name).ok())))
    }

    /// Reads the given variables only (used by tests and tools); the environment is ignored.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, ConfigError> {
        let map: std::collections::HashMap<String, String> = pairs
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        Self::load(Vars(Box::new(move |name| map.get(name).cloned())))
    }

    fn load(vars: Vars) -> Result<Self, ConfigError> {
        let database_url = vars
            .string("DATABASE_URL")
            .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if ![
            "sqlite:",
            "postgres://",
            "postgresql://",
            "mysql://",
            "mariadb://",
        ]
        .iter()
        .any(|p| database_url.starts_with(p))
        {
            return Err(ConfigError::new(
                "DATABASE_URL",
                "must start with sqlite:, postgres://, or mysql://",
            ));
        }
        let database_url = match database_url.strip_prefix("mariadb://") {
            Some(rest) => format!("mysql://{rest}"),
            None => database_url,
        };

        let bind: SocketAddr = vars
            .parse("BIND")?
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        let public_url = vars
            .string("PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError::new(
                "PUBLIC_URL",
                "must be an absolute http:// or https:// URL",
            ));
        }

        let algorithm: JwtAlgorithm = vars.parse("JWT_ALGORITHM")?.unwrap_or(JwtAlgorithm::EdDSA);
        let secret = vars.string("JWT_SECRET");
        let private_key_file: Option<PathBuf> = vars.string("JWT_PRIVATE_KEY_FILE").map(Into::into);
        match algorithm {
            JwtAlgorithm::HS256 => {
                let Some(secret) = &secret else {
                    return Err(ConfigError::new(
                        "JWT_SECRET",
                        "is required when JWT_ALGORITHM=HS256",
                    ));
                };
                if secret.len() < 32 {
                    return Err(ConfigError::new(
                        "JWT_SECRET",
                        "must be at least 32 bytes for HS256",
                    ));
                }
                if private_key_file.is_some() {
                    return Err(ConfigError::new(
                        "JWT_PRIVATE_KEY_FILE",
                        "is not used with JWT_ALGORITHM=HS256; unset it or pick EdDSA/ES256",
                    ));
                }
            }
            JwtAlgorithm::EdDSA | JwtAlgorithm::ES256 => {
                if secret.is_some() {
                    return Err(ConfigError::new(
                        "JWT_SECRET",
                        "is only used with JWT_ALGORITHM=HS256; unset it or set JWT_ALGORITHM=HS256",
                    ));
                }
            }
        }

        let access_token_ttl = vars
            .duration("ACCESS_TOKEN_TTL")?
            .unwrap_or(Duration::from_secs(15 * 60));
        if access_token_ttl < Duration::from_secs(1)
            || access_token_ttl > Duration::from_secs(86_400)
        {
            return Err(ConfigError::new(
                "ACCESS_TOKEN_TTL",
                "must be between 1s and 24h",
            ));
        }
        let refresh_token_ttl = vars
            .duration("REFRESH_TOKEN_TTL")?
            .unwrap_or(Duration::from_secs(30 * 86_400));
        if refresh_token_ttl < Duration::from_secs(60) {
            return Err(ConfigError::new("REFRESH_TOKEN_TTL", "must be at least 1m"));
        }
        let session_max_lifetime = vars
            .duration("SESSION_MAX_LIFETIME")?
            .unwrap_or(Duration::from_secs(90 * 86_400));
        if session_max_lifetime < Duration::from_secs(60) {
            return Err(ConfigError::new(
                "SESSION_MAX_LIFETIME",
                "must be at least 1m",
            ));
        }
        let refresh_reuse_grace = vars
            .duration("REFRESH_REUSE_GRACE")?
            .unwrap_or(Duration::ZERO);
        if refresh_reuse_grace > Duration::from_secs(300) {
            return Err(ConfigError::new(
                "REFRESH_REUSE_GRACE",
                "must be at most 5m (a long grace weakens reuse detection)",
            ));
        }
        let session_cache_ttl = vars
            .duration("SESSION_CACHE_TTL")?
            .unwrap_or(Duration::from_secs(2));
        if session_cache_ttl > Duration::from_secs(30) {
            return Err(ConfigError::new(
                "SESSION_CACHE_TTL",
                "must be at most 30s (it bounds how long other instances accept a revoked session)",
            ));
        }
        let hash_concurrency = vars.parse::<usize>("HASH_CONCURRENCY")?.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        });
        if hash_concurrency == 0 {
            return Err(ConfigError::new("HASH_CONCURRENCY", "must be at least 1"));
        }
        // SQLite runs every connection on a thread of its own and takes one writer at a time:
        // more connections than twice the cores only add thread switches and page caches
        // (measured on 2 cores: 16 connections 3,240 W1 req/s and 88 MiB, 4 connections 4,261
        // req/s and 53 MiB). A database server gets 16.
        let db_max_connections = vars.parse::<u32>("DB_MAX_CONNECTIONS")?.unwrap_or_else(|| {
            if database_url.starts_with("sqlite:") {
                let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
                u32::try_from(cores * 2).unwrap_or(u32::MAX).clamp(2, 16)
            } else {
                16
            }
        });
        if db_max_connections == 0 {
            return Err(ConfigError::new("DB_MAX_CONNECTIONS", "must be at least 1"));
        }
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

        let totp_encryption_key = vars.string("TOTP_ENCRYPTION_KEY");
        if let Some(key) = &totp_encryption_key {
            use base64::Engine;
            let decoded = base64::engine::general_purpose::STANDARD.decode(key.trim());
            if !decoded.is_ok_and(|k| k.len() == 32) {
                return Err(ConfigError::new(
                    "TOTP_ENCRYPTION_KEY",
                    "must be 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)",
                ));
            }
        }
        let totp_issuer = vars
            .string("TOTP_ISSUER")
            .unwrap_or_else(|| "Portcullis".to_owned());
        if totp_issuer.contains(':') {
            return Err(ConfigError::new("TOTP_ISSUER", "must not contain ':'"));
        }

        let mail = mail_config(&vars, &public_url)?;

        let limits = limits::load(&vars)?;

        let audit_retention = vars
            .duration("AUDIT_RETENTION")?
            .unwrap_or(Duration::from_secs(90 * 86_400));

        Ok(Self {
            audit_retention,
            mail,
            rate_limits: limits.rate_limits,
            graphql_limits: limits.graphql_limits,
            introspection: limits.introspection,
            trusted_proxies: limits.trusted_proxies,
            cors_allowed_origins: limits.cors_allowed_origins,
            redis_url: limits.redis_url,
            totp_encryption_key: totp_encryption_key
                .map(|k| SecretString::from(k.trim().to_owned())),
            totp_issuer,
            database_url: SecretString::from(database_url),
            db_max_connections,
            bind,
            jwt: JwtConfig {
                algorithm,
                private_key_file,
                secret: secret.map(SecretString::from),
                issuer: vars
                    .string("JWT_ISSUER")
                    .unwrap_or_else(|| public_url.clone()),
                audience: vars
                    .string("JWT_AUDIENCE")
                    .unwrap_or_else(|| "portcullis".to_owned()),
                access_token_ttl,
            },
            public_url,
            refresh_token_ttl,
            session_max_lifetime,
            refresh_reuse_grace,
            session_cache_ttl,
            hash_concurrency,
            graphiql: vars.flag("GRAPHIQL")?.unwrap_or(true),
            request_timeout,
            body_limit,
            log_format: vars.parse("LOG_FORMAT")?.unwrap_or_default(),
        })
    }

    /// The database URL, for the one place that connects.
    pub fn database_url(&self) -> &str {
        self.database_url.expose_secret()
    }

    /// Whether browsers should be told to use HTTPS only (`PUBLIC_URL` is https).
    pub fn https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

fn mail_config(vars: &Vars, public_url: &str) -> Result<MailConfig, ConfigError> {
    let smtp_url = vars.string("SMTP_URL");
    let mail_dir = vars.string("MAIL_DIR");
    let transport = match (smtp_url, mail_dir) {
        (Some(_), Some(_)) => {
            return Err(ConfigError::new(
                "MAIL_DIR",
                "cannot be used together with SMTP_URL; set one of them",
            ));
        }
        (Some(url), None) => {
            let url = url.trim().to_owned();
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                return Err(ConfigError::new(
                    "SMTP_URL",
                    "must start with smtp:// or smtps://",
                ));
            }
            MailTransportConfig::Smtp(SecretString::from(url))
        }
        (None, Some(dir)) => MailTransportConfig::Dir(PathBuf::from(dir.trim())),
        (None, None) => MailTransportConfig::Log,
    };
    let app_name = vars
        .string("APP_NAME")
        .map(|n| n.trim().to_owned())
        .unwrap_or_else(|| "Portcullis".to_owned());
    let from = match vars.string("MAIL_FROM") {
        Some(from) => from.trim().to_owned(),
        None => format!("{app_name} <no-reply@{}>", mail_domain(public_url)),
    };
    if from.parse::<lettre::message::Mailbox>().is_err() {
        return Err(ConfigError::new(
            "MAIL_FROM",
            format!("must be an address or `Name <address>` (got {from:?})"),
        ));
    }
    let poll_interval = vars
        .duration("MAIL_POLL_INTERVAL")?
        .unwrap_or(Duration::from_secs(2));
    if poll_interval < Duration::from_millis(10) || poll_interval > Duration::from_secs(300) {
        return Err(ConfigError::new(
            "MAIL_POLL_INTERVAL",
            "must be between 10ms and 5m",
        ));
    }
    Ok(MailConfig {
        transport,
        from,
        template_dir: vars
            .string("MAIL_TEMPLATE_DIR")
            .map(|d| PathBuf::from(d.trim())),
        app_name,
        poll_interval,
        require_verified_email: vars.flag("REQUIRE_VERIFIED_EMAIL")?.unwrap_or(false),
    })
}

/// The domain of the default sender: PUBLIC_URL's host name, or `localhost` when that is an IP
/// address (an address literal is not a usable sender domain).
fn mail_domain(public_url: &str) -> String {
    let rest = public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest);
    let authority = rest.split('/').next().unwrap_or("");
    let host = if authority.starts_with('[') {
        ""
    } else {
        authority.rsplit_once(':').map_or(authority, |(h, _)| h)
    };
    if host.is_empty() || host.parse::<std::net::IpAddr>().is_ok() {
        "localhost".to_owned()
    } else {
        host.to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_serve_the_embedded_database_on_localhost() {
        let config = Config::from_pairs([]).unwrap();
        assert_eq!(config.database_url(), DEFAULT_DATABASE_URL);
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.jwt.algorithm, JwtAlgorithm::EdDSA);
        assert_eq!(config.jwt.access_token_ttl, Duration::from_secs(900));
        assert_eq!(config.refresh_token_ttl, Duration::from_secs(30 * 86_400));
        assert_eq!(config.refresh_reuse_grace, Duration::ZERO);
        assert_eq!(config.audit_retention, Duration::from_secs(90 * 86_400));
        assert_eq!(config.jwt.issuer, "http://127.0.0.1:8080");
    }

    #[test]
    fn the_pool_is_sized_by_backend_unless_set() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let sqlite = Config::from_pairs([]).unwrap();
        assert_eq!(
            sqlite.db_max_connections,
            u32::try_from(cores * 2).unwrap().clamp(2, 16)
        );
        let pg = Config::from_pairs([("DATABASE_URL", "postgres://u@127.0.0.1/db")]).unwrap();
        assert_eq!(pg.db_max_connections, 16);
        let set = Config::from_pairs([("DB_MAX_CONNECTIONS", "7")]).unwrap();
        assert_eq!(set.db_max_connections, 7);
        let err = Config::from_pairs([("DB_MAX_CONNECTIONS", "0")]).unwrap_err();
        assert_eq!(err.variable, "DB_MAX_CONNECTIONS");
    }

    #[test]
    fn a_bad_value_names_its_variable() {
        let err = Config::from_pairs([("ACCESS_TOKEN_TTL", "soon")]).unwrap_err();
        assert_eq!(err.variable, "ACCESS_TOKEN_TTL");
        let err = Config::from_pairs([("BIND", "nowhere")]).unwrap_err();
        assert_eq!(err.variable, "BIND");
        let err = Config::from_pairs([("DATABASE_URL", "oracle://x")]).unwrap_err();
        assert_eq!(err.variable, "DATABASE_URL");
    }

    #[test]
    fn hs256_needs_a_long_secret() {
        let err = Config::from_pairs([("JWT_ALGORITHM", "HS256")]).unwrap_err();
        assert_eq!(err.variable, "JWT_SECRET");
        let err =
            Config::from_pairs([("JWT_ALGORITHM", "HS256"), ("JWT_SECRET", "short")]).unwrap_err();
        assert_eq!(err.variable, "JWT_SECRET");
        // Digits only: still a string, not a number.
        let ok = Config::from_pairs([
            ("JWT_ALGORITHM", "HS256"),
            ("JWT_SECRET", "01234567890123456789012345678901"),
        ]);
        assert!(ok.is_ok());
        let ok = Config::from_pairs([
            ("JWT_ALGORITHM", "HS256"),
            ("JWT_SECRET", "0123456789abcdef0123456789abcdef"),
        ]);
        assert!(ok.is_ok());
    }

    #[test]
    fn the_totp_key_must_be_32_base64_bytes() {
        let err = Config::from_pairs([("TOTP_ENCRYPTION_KEY", "c2hvcnQ=")]).unwrap_err();
        assert_eq!(err.variable, "TOTP_ENCRYPTION_KEY");
        assert!(!err.to_string().contains("c2hvcnQ"));
        let ok = Config::from_pairs([(
            "TOTP_ENCRYPTION_KEY",
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        )]);
        assert!(ok.is_ok());
    }

    #[test]
    fn mail_goes_to_the_log_by_default_from_the_public_host() {
        let config = Config::from_pairs([]).unwrap();
        assert!(matches!(config.mail.transport, MailTransportConfig::Log));
        assert_eq!(config.mail.from, "Portcullis <no-reply@localhost>");
        let config =
            Config::from_pairs([("PUBLIC_URL", "https://Auth.Example.com:8443/base")]).unwrap();
        assert_eq!(config.mail.from, "Portcullis <no-reply@auth.example.com>");
        let config = Config::from_pairs([("MAIL_DIR", "/tmp/mail")]).unwrap();
        assert!(matches!(config.mail.transport, MailTransportConfig::Dir(_)));
    }

    #[test]
    fn mail_settings_are_checked() {
        let err =
            Config::from_pairs([("SMTP_URL", "smtp://h:25"), ("MAIL_DIR", "/tmp/x")]).unwrap_err();
        assert_eq!(err.variable, "MAIL_DIR");
        let err = Config::from_pairs([("SMTP_URL", "http://user:hunter2@h")]).unwrap_err();
        assert_eq!(err.variable, "SMTP_URL");
        assert!(!err.to_string().contains("hunter2"));
        let err = Config::from_pairs([("MAIL_FROM", "not an address")]).unwrap_err();
        assert_eq!(err.variable, "MAIL_FROM");
        let config =
            Config::from_pairs([("SMTP_URL", "smtps://user:hunter2@mail.example.com")]).unwrap();
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn debug_output_hides_secrets() {
        let config = Config::from_pairs([
            ("JWT_ALGORITHM", "HS256"),
            ("JWT_SECRET", "a-very-secret-value-that-is-long-enough"),
            ("DATABASE_URL", "postgres://app:hunter2@db/app"),
        ])
        .unwrap();
        let debug = format!("{config:?}");
        assert!(!debug.contains("a-very-secret-value"));
        assert!(!debug.contains("hunter2"));
    }
}
