//! Building and running the application: what `main` and the tests both use. Binding port 0
//! gives tests a free port.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use secrecy::ExposeSecret;
use tokio::net::TcpListener;

use crate::auth::password::{HashParams, Hasher};
use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::config::MailTransportConfig;
use crate::http::ConnectionLimits;
use crate::mail::{Templates, Transport, Worker};
use crate::services::rate_limits::RateLimits;
use crate::state::AppState;
use crate::store::local_reads::Reads;

/// How long shutdown waits for a message being sent (one SMTP conversation is bounded below it).
const MAIL_STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(25);
/// How long shutdown waits for a purge batch in progress (each is one short statement).
const PURGE_STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// Why the application could not start. Each message is one line for the operator.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("cannot connect to the database (DATABASE_URL): {0}")]
    Connect(sea_orm::DbErr),
    #[error("cannot apply database migrations: {0}")]
    Migrate(sea_orm::DbErr),
    #[error(transparent)]
    Keys(#[from] crate::services::keys::KeyLoadError),
    #[error(transparent)]
    Template(#[from] crate::mail::templates::TemplateError),
    #[error("invalid configuration: {variable}: {message}")]
    Mail {
        variable: &'static str,
        message: String,
    },
    #[error("cannot start the password-hashing threads: {0}")]
    HashThreads(#[from] rayon::ThreadPoolBuildError),
    #[error("cannot connect to Redis (REDIS_URL): {0}")]
    Redis(redis::RedisError),
    #[error("cannot set up the sign-in providers (SIGN_IN_PROVIDERS): {0}")]
    Providers(anyhow::Error),
    #[error("cannot listen on {addr} (BIND): {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot listen on {addr} (METRICS_BIND): {source}")]
    MetricsBind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

pub struct Application {
    listener: TcpListener,
    /// `METRICS_BIND`: `/metrics` alone, on a listener of its own.
    metrics_listener: Option<TcpListener>,
    state: AppState,
    mail_transport: Transport,
    connections: ConnectionLimits,
}

impl Application {
    pub async fn build(config: Config) -> Result<Self, StartError> {
        Self::build_with_clock(config, Arc::new(SystemClock)).await
    }

    /// Connects, migrates, loads the signing key and binds the listener.
    pub async fn build_with_clock(
        config: Config,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StartError> {
        let mail_transport = mail_transport(&config)?;
        let connections = connection_limits(&config)?;
        warn_about_keys_in_the_database(&config);
        let state = prepare_state(config, clock).await?;
        let addr = state.config.bind;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartError::Bind { addr, source })?;
        let metrics_listener = match state.config.metrics_bind {
            Some(addr) => Some(
                TcpListener::bind(addr)
                    .await
                    .map_err(|source| StartError::MetricsBind { addr, source })?,
            ),
            None => None,
        };
        if let Transport::Log = mail_transport {
            tracing::warn!(
                "mail goes to the log (links included): set SMTP_URL (or MAIL_DIR) outside development"
            );
        }
        Ok(Self {
            listener,
            metrics_listener,
            state,
            mail_transport,
            connections,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| self.state.config.bind)
    }

    /// Where `METRICS_BIND` listens, when set.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves (and delivers queued mail, and purges expired rows) until `shutdown` completes,
    /// then lets in-flight requests finish, lets pending reset lookups queue their mail, and
    /// stops the mail worker after the message it is sending. Whatever is still queued stays in
    /// the outbox.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let (stop_mail, mail_stopped) = tokio::sync::watch::channel(false);
        let worker = tokio::spawn(
            Worker::new(self.state.outbox.clone(), self.mail_transport).run(mail_stopped),
        );
        let (stop_purge, purge_stopped) = tokio::sync::watch::channel(false);
        let housekeeping = self
            .state
            .config
            .purge_interval
            .is_some()
            .then(|| tokio::spawn(self.state.housekeeping.clone().run(purge_stopped)));
        let flows = self.state.email_flows.clone();
        let (stop_metrics, metrics_stopped) = tokio::sync::watch::channel(false);
        let metrics = self.metrics_listener.map(|listener| {
            let router = crate::http::metrics_router(self.state.clone());
            let mut stopped = metrics_stopped;
            tokio::spawn(async move {
                let stop = async move {
                    let _ = stopped.wait_for(|s| *s).await;
                };
                if let Err(e) = axum::serve(listener, router)
                    .with_graceful_shutdown(stop)
                    .await
                {
                    tracing::error!(error = %e, "the metrics listener failed");
                }
            })
        });
        let app = crate::http::router(self.state);
        let served = crate::http::serve(self.listener, app, self.connections, shutdown).await;
        let _ = stop_metrics.send(true);
        if let Some(task) = metrics {
            let _ = task.await;
        }
        flows.finish_background_work().await;
        let _ = stop_mail.send(true);
        let _ = stop_purge.send(true);
        if tokio::time::timeout(MAIL_STOP_GRACE, worker).await.is_err() {
            tracing::warn!("mail worker still sending at shutdown; the message stays queued");
        }
        if let Some(task) = housekeeping
            && tokio::time::timeout(PURGE_STOP_GRACE, task).await.is_err()
        {
            tracing::warn!("housekeeping still purging at shutdown; the next round goes on");
        }
        served
    }
}

/// Connects and migrates the database, and loads the signing and encryption keys.
pub async fn prepare_state(config: Config, clock: Arc<dyn Clock>) -> Result<AppState, StartError> {
    let db = crate::db::connect(&config)
        .await
        .map_err(StartError::Connect)?;
    crate::db::migrate(&db).await.map_err(StartError::Migrate)?;
    let keys = crate::services::keys::load(&db, &config.jwt, clock.as_ref()).await?;
    let totp_cipher = crate::services::keys::load_totp_cipher(&db, &config, clock.as_ref()).await?;
    let successor_key = crate::services::keys::load_successor_key(&db, clock.as_ref()).await?;
    let csrf = crate::services::keys::load_csrf_key(&db, clock.as_ref()).await?;
    let templates = Templates::new(config.mail.template_dir.clone())?;
    let from = config.mail.from.parse().map_err(|_| StartError::Mail {
        variable: "MAIL_FROM",
        message: "must be an address or `Name <address>`".into(),
    })?;
    // On a SQLite file, the hot reads (a sign-in's lookups, the quotes) run on the calling
    // thread (`store::local_reads`).
    let reads = Reads::open(db.clone(), config.database_url()).map_err(StartError::Connect)?;
    let limits = match &config.redis_url {
        Some(url) => RateLimits::with_redis(
            config.rate_limits.clone(),
            url.expose_secret(),
            clock.clone(),
        )
        .await
        .map_err(StartError::Redis)?,
        None => RateLimits::new(config.rate_limits.clone(), reads.clone(), clock.clone()),
    };
    if !config.rate_limits.per_ip_enabled {
        tracing::warn!(
            "per-address rate limits are off (RATE_LIMIT_PER_IP=off): for load tests only"
        );
    }
    match (&config.passkeys.rp_id, &config.passkeys.off_reason) {
        (Some(rp_id), _) => tracing::info!(rp_id, "passkeys on"),
        (None, Some(reason)) => tracing::info!("passkeys off: {reason}"),
        (None, None) => tracing::info!("passkeys off"),
    }
    let metrics = if config.metrics() {
        crate::metrics::Metrics::on()
    } else {
        crate::metrics::Metrics::off()
    };
    let hasher = Hasher::new(HashParams::OWASP, config.hash_concurrency)?.with_metrics(metrics);
    AppState::new(
        config,
        db,
        reads,
        hasher,
        keys,
        successor_key,
        csrf,
        totp_cipher,
        templates,
        from,
        clock,
        limits,
    )
    .map_err(StartError::Providers)
}

/// The connection bounds: `MAX_CONNECTIONS`, or what the descriptor limit allows. A configured
/// bound the limit cannot hold is refused: past it, accepting fails and nobody is served.
fn connection_limits(config: &Config) -> Result<ConnectionLimits, StartError> {
    let limit = crate::http::descriptor_limit();
    let room = crate::http::connections_below(limit);
    let max_connections = match config.max_connections {
        Some(max) if max > room => {
            return Err(crate::config::ConfigError::new(
                "MAX_CONNECTIONS",
                format!(
                    "must be at most {room}: the file-descriptor limit ({}) less a reserve for \
                     the database, mail and files (raise `ulimit -n` for more)",
                    limit.map_or_else(|| "unknown".to_owned(), |l| l.to_string())
                ),
            )
            .into());
        }
        Some(max) => max,
        None => room,
    };
    Ok(ConnectionLimits {
        header_read_timeout: config.header_read_timeout,
        max_connections,
    })
}

/// Keys generated and kept in the database are as safe as the database: a leaked backup signs
/// tokens (and, with the TOTP key, opens second-factor secrets). Fine for a trial, worth a
/// warning where the server is meant for production (an https `PUBLIC_URL`).
fn warn_about_keys_in_the_database(config: &Config) {
    if !config.https() {
        return;
    }
    if config.jwt.private_key_file.is_none() && config.jwt.secret.is_none() {
        tracing::warn!(
            "the JWT signing key is kept in the database: set JWT_PRIVATE_KEY_FILE (or \
             JWT_SECRET with JWT_ALGORITHM=HS256) to keep it out of database backups"
        );
    }
    if config.totp_encryption_key.is_none() {
        tracing::warn!(
            "the TOTP encryption key is kept in the database: set TOTP_ENCRYPTION_KEY to keep \
             it out of database backups"
        );
    }
}

fn mail_transport(config: &Config) -> Result<Transport, StartError> {
    match &config.mail.transport {
        MailTransportConfig::Smtp(url) => Transport::smtp(url).map_err(|e| StartError::Mail {
            variable: "SMTP_URL",
            message: e.0,
        }),
        MailTransportConfig::Dir(dir) => {
            Transport::folder(dir.clone()).map_err(|e| StartError::Mail {
                variable: "MAIL_DIR",
                message: e.0,
            })
        }
        // Mail in the log means reset and verification links in the log, and no mail for users:
        // not something a server with a real (https) address may run with by accident.
        MailTransportConfig::Log if config.https() => Err(StartError::Mail {
            variable: "SMTP_URL",
            message: "is required (or MAIL_DIR) when PUBLIC_URL is https: without either, \
                      mail (with its links) would only be written to the log"
                .into(),
        }),
        MailTransportConfig::Log => Ok(Transport::Log),
    }
}

/// Completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_https_server_refuses_to_send_mail_to_the_log() {
        let https = Config::from_pairs([("PUBLIC_URL", "https://auth.example.com")]).unwrap();
        let Err(err) = mail_transport(&https) else {
            panic!("the log transport was accepted with an https PUBLIC_URL")
        };
        let message = err.to_string();
        for variable in ["SMTP_URL", "MAIL_DIR", "PUBLIC_URL"] {
            assert!(message.contains(variable), "{message}");
        }
        let http = Config::from_pairs([("PUBLIC_URL", "http://localhost:8080")]).unwrap();
        assert!(matches!(mail_transport(&http), Ok(Transport::Log)));
    }

    #[test]
    fn connections_are_bounded_below_the_descriptor_limit() {
        let set = Config::from_pairs([("MAX_CONNECTIONS", "10")]).unwrap();
        assert_eq!(connection_limits(&set).unwrap().max_connections, 10);
        let default = Config::from_pairs([]).unwrap();
        let limits = connection_limits(&default).unwrap();
        assert_eq!(
            limits.max_connections,
            crate::http::connections_below(crate::http::descriptor_limit())
        );
        assert_eq!(
            limits.header_read_timeout,
            std::time::Duration::from_secs(10)
        );
        if let Some(limit) = crate::http::descriptor_limit() {
            assert!(limits.max_connections < limit);
            let too_many = (limit + 1).to_string();
            let config = Config::from_pairs([("MAX_CONNECTIONS", too_many.as_str())]).unwrap();
            let err = connection_limits(&config).expect_err("refused");
            assert!(err.to_string().contains("MAX_CONNECTIONS"), "{err}");
        }
    }
}
