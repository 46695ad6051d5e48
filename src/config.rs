//! Configuration from environment variables (and an optional `.env` file), validated once at
//! start. Every variable is documented in README.md and .env.example. Secrets are `SecretString`,
//! so `{:?}` of a `Config` never shows them.
//!
//! Each section reads and checks its own variables (`config/*.rs`); this file composes them.

use std::net::SocketAddr;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

mod database;
mod documents;
mod jwt;
mod limits;
mod mail;
mod passkeys;
mod providers;
mod security;
mod server;
mod sessions;
mod traces;
mod vars;

use crate::services::rate_limits::RateLimitConfig;
pub use database::DEFAULT_DATABASE_URL;
pub use documents::{TrustedDocuments, parse_hash, sha256};
pub use jwt::{JwtAlgorithm, JwtConfig};
pub use limits::{CorsOrigins, GraphqlLimits};
pub use mail::{MailConfig, MailTransportConfig};
pub use passkeys::PasskeysConfig;
pub use providers::{ProviderConfig, ProviderKind, ProvidersConfig};
pub use server::LogFormat;
pub use sessions::DeviceTokenConfig;
pub use traces::{TraceExport, TraceSampler};
pub use vars::ConfigError;
use vars::Vars;

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
    /// The same grace for cookie sessions (browser tabs share the cookie); on by default.
    pub cookie_refresh_reuse_grace: Duration,
    pub session_cache_ttl: Duration,
    /// How recent a proof of credentials (`auth_time`) sensitive operations need.
    pub reauthentication_window: Duration,
    pub device_tokens: DeviceTokenConfig,
    pub hash_concurrency: usize,
    pub graphiql: bool,
    /// Bearer token for `GET /metrics` on the main listener (`METRICS_TOKEN`).
    pub metrics_token: Option<SecretString>,
    /// A second listener serving only `GET /metrics`, without a token (`METRICS_BIND`).
    pub metrics_bind: Option<SocketAddr>,
    pub request_timeout: Duration,
    /// How long a client may take to send a request's headers (`HEADER_READ_TIMEOUT`).
    pub header_read_timeout: Duration,
    /// Open connections at most (`MAX_CONNECTIONS`); unset: sized from the descriptor limit.
    pub max_connections: Option<usize>,
    /// How often expired rows are purged (`PURGE_INTERVAL`); `None` when `off`.
    pub purge_interval: Option<Duration>,
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
    /// Documents known by their SHA-256, and whether only those run.
    pub trusted_documents: TrustedDocuments,
    /// Proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`); empty: the socket's
    /// address is the client's.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub cors_allowed_origins: CorsOrigins,
    /// Rate-limit counters in Redis instead of the database; may hold a password.
    pub redis_url: Option<SecretString>,
    /// Sign-in providers and where their answers may go.
    pub providers: ProvidersConfig,
    /// The passkeys' relying party (off when `rp_id` is `None`).
    pub passkeys: PasskeysConfig,
    /// OpenTelemetry trace export (OTLP); `None`: no spans leave the process.
    pub traces: Option<TraceExport>,
}

impl Config {
    /// Reads `.env` (if present; real environment variables win) and then the environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(e) if e.not_found() => {}
            Err(e) => return Err(ConfigError::new(".env", e.to_string())),
        }
        Self::load(&Vars::new(|name| std::env::var(name).ok()))
    }

    /// Reads the given variables only (used by tests and tools); the environment is ignored.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, ConfigError> {
        Self::load(&Vars::from_pairs(pairs))
    }

    /// Every section, in the order their errors are reported.
    fn load(vars: &Vars) -> Result<Self, ConfigError> {
        let database = database::load(vars)?;
        let server = server::load(vars)?;
        let jwt = jwt::load(vars, &server.public_url)?;
        let sessions = sessions::load(vars)?;
        let security = security::load(vars)?;
        let mail = mail::load(vars, &server.public_url)?;
        let limits = limits::load(vars)?;
        let providers = providers::load(vars, &server.public_url)?;
        let passkeys = passkeys::load(vars, &server.public_url, &mail.app_name)?;
        let trusted_documents = documents::load(vars)?;
        let traces = traces::load(vars)?;

        Ok(Self {
            database_url: database.url,
            db_max_connections: database.max_connections,
            bind: server.bind,
            public_url: server.public_url,
            jwt,
            refresh_token_ttl: sessions.refresh_token_ttl,
            session_max_lifetime: sessions.session_max_lifetime,
            refresh_reuse_grace: sessions.refresh_reuse_grace,
            cookie_refresh_reuse_grace: sessions.cookie_refresh_reuse_grace,
            session_cache_ttl: sessions.session_cache_ttl,
            reauthentication_window: sessions.reauthentication_window,
            device_tokens: sessions.device_tokens,
            hash_concurrency: security.hash_concurrency,
            graphiql: server.graphiql,
            metrics_token: server.metrics_token,
            metrics_bind: server.metrics_bind,
            request_timeout: server.request_timeout,
            header_read_timeout: server.header_read_timeout,
            max_connections: server.max_connections,
            purge_interval: server.purge_interval,
            body_limit: server.body_limit,
            log_format: server.log_format,
            totp_encryption_key: security.totp_encryption_key,
            totp_issuer: security.totp_issuer,
            audit_retention: security.audit_retention,
            mail,
            rate_limits: limits.rate_limits,
            graphql_limits: limits.graphql_limits,
            introspection: limits.introspection,
            trusted_documents,
            trusted_proxies: limits.trusted_proxies,
            cors_allowed_origins: limits.cors_allowed_origins,
            redis_url: limits.redis_url,
            providers,
            passkeys,
            traces,
        })
    }

    /// The database URL, for the one place that connects.
    pub fn database_url(&self) -> &str {
        self.database_url.expose_secret()
    }

    /// Whether metrics are collected: `/metrics` is reachable somewhere.
    pub fn metrics(&self) -> bool {
        self.metrics_token.is_some() || self.metrics_bind.is_some()
    }

    /// Whether browsers should be told to use HTTPS only (`PUBLIC_URL` is https).
    pub fn https(&self) -> bool {
        self.public_url.starts_with("https://")
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
        assert_eq!(config.cookie_refresh_reuse_grace, Duration::from_secs(10));
        assert_eq!(config.reauthentication_window, Duration::from_secs(600));
        assert_eq!(config.device_tokens, DeviceTokenConfig::default());
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
