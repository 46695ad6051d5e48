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
use crate::mail::{Templates, Transport, Worker};
use crate::services::rate_limits::RateLimits;
use crate::state::AppState;

/// How long shutdown waits for a message being sent (one SMTP conversation is bounded below it).
const MAIL_STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(25);

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
    #[error("cannot listen on {addr} (BIND): {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

pub struct Application {
    listener: TcpListener,
    state: AppState,
    mail_transport: Transport,
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
        let state = prepare_state(config, clock).await?;
        let addr = state.config.bind;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartError::Bind { addr, source })?;
        if let Transport::Log = mail_transport {
            tracing::warn!(
                "mail goes to the log (links included): set SMTP_URL (or MAIL_DIR) outside development"
            );
        }
        Ok(Self {
            listener,
            state,
            mail_transport,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| self.state.config.bind)
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves (and delivers queued mail) until `shutdown` completes, then lets in-flight
    /// requests finish, lets pending reset lookups queue their mail, and stops the mail worker
    /// after the message it is sending. Whatever is still queued stays in the outbox.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let (stop_mail, mail_stopped) = tokio::sync::watch::channel(false);
        let worker = tokio::spawn(
            Worker::new(self.state.outbox.clone(), self.mail_transport).run(mail_stopped),
        );
        let flows = self.state.email_flows.clone();
        let app =
            crate::http::router(self.state).into_make_service_with_connect_info::<SocketAddr>();
        let served = axum::serve(self.listener, app)
            .with_graceful_shutdown(shutdown)
            .await;
        flows.finish_background_work().await;
        let _ = stop_mail.send(true);
        if tokio::time::timeout(MAIL_STOP_GRACE, worker).await.is_err() {
            tracing::warn!("mail worker still sending at shutdown; the message stays queued");
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
    let templates = Templates::new(config.mail.template_dir.clone())?;
    let from = config.mail.from.parse().map_err(|_| StartError::Mail {
        variable: "MAIL_FROM",
        message: "must be an address or `Name <address>`".into(),
    })?;
    let limits = match &config.redis_url {
        Some(url) => RateLimits::with_redis(
            config.rate_limits.clone(),
            url.expose_secret(),
            clock.clone(),
        )
        .await
        .map_err(StartError::Redis)?,
        None => RateLimits::new(config.rate_limits.clone(), db.clone(), clock.clone()),
    };
    if !config.rate_limits.per_ip_enabled {
        tracing::warn!(
            "per-address rate limits are off (RATE_LIMIT_PER_IP=off): for load tests only"
        );
    }
    let hasher = Hasher::new(HashParams::OWASP, config.hash_concurrency)?;
    Ok(AppState::new(
        config,
        db,
        hasher,
        keys,
        successor_key,
        totp_cipher,
        templates,
        from,
        clock,
        limits,
    ))
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
