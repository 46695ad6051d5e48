//! Application state shared by every request: the configuration and the services. Cheap to clone.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::auth::csrf::CsrfKey;
use crate::auth::jwt::TokenKeys;
use crate::auth::opaque::SuccessorKey;
use crate::auth::password::Hasher;
use crate::auth::totp::SecretCipher;
use crate::clock::Clock;
use crate::config::Config;
use crate::mail::{MailSettings, Outbox, Templates};
use crate::metrics::Metrics;
use crate::services::accounts::Accounts;
use crate::services::admin::Admin;
use crate::services::audit::Audit;
use crate::services::authz::{RecentAuth, WritePolicy};
use crate::services::credentials::Credentials;
use crate::services::devices::Devices;
use crate::services::email_flows::EmailFlows;
use crate::services::housekeeping::Housekeeping;
use crate::services::passkeys::Passkeys;
use crate::services::providers::SignInProviders;
use crate::services::quotes::Quotes;
use crate::services::rate_limits::RateLimits;
use crate::services::sessions::{SessionSettings, Sessions};
use crate::services::trail::Trail;
use crate::services::two_factor::TwoFactor;
use crate::store::local_reads::Reads;
use crate::store::write_gate::WriteGate;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub keys: Arc<TokenKeys>,
    /// Proves CSRF tokens for cookie sessions (`http::browser`).
    pub csrf: Arc<CsrfKey>,
    pub accounts: Accounts,
    pub sessions: Sessions,
    pub quotes: Quotes,
    pub two_factor: TwoFactor,
    pub email_flows: EmailFlows,
    pub outbox: Outbox,
    pub limits: RateLimits,
    pub admin: Admin,
    pub audit: Audit,
    pub housekeeping: Housekeeping,
    /// Sign-in with OpenID Connect providers, GitHub and Facebook.
    pub providers: SignInProviders,
    /// Passkeys (WebAuthn): registration, username-less sign-in, management.
    pub passkeys: Passkeys,
    /// Off unless `/metrics` is reachable (`Config::metrics`).
    pub metrics: Metrics,
}

impl AppState {
    // One argument per dependency: wiring, not logic.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        config: Config,
        db: DatabaseConnection,
        reads: Reads,
        hasher: Hasher,
        keys: TokenKeys,
        successor_key: SuccessorKey,
        csrf: CsrfKey,
        totp_cipher: SecretCipher,
        templates: Templates,
        mail_from: lettre::message::Mailbox,
        clock: Arc<dyn Clock>,
        limits: RateLimits,
    ) -> anyhow::Result<Self> {
        let keys = Arc::new(keys);
        let metrics = hasher.metrics().clone();
        let audit = Audit::new(
            db.clone(),
            clock.clone(),
            config.audit_retention,
            metrics.clone(),
        );
        let devices = Devices::new(clock.clone(), config.device_tokens);
        let recent = RecentAuth::new(config.reauthentication_window, clock.clone());
        let sessions = Sessions::new(
            db.clone(),
            keys.clone(),
            successor_key,
            clock.clone(),
            SessionSettings {
                access_token_ttl: config.jwt.access_token_ttl,
                refresh_token_ttl: config.refresh_token_ttl,
                max_lifetime: config.session_max_lifetime,
                reuse_grace: config.refresh_reuse_grace,
                cookie_reuse_grace: config.cookie_refresh_reuse_grace,
                state_cache_ttl: config.session_cache_ttl,
            },
            audit.clone(),
            devices.clone(),
            // On a SQLite file, the rotations' transactions take turns on one writer
            // (`store::write_gate`).
            WriteGate::open(db.clone(), config.database_url())?,
        );
        // The TOTP key also seals queued mail (which carries live tokens); the row id is the
        // associated data, so ciphertexts cannot be swapped between rows or with TOTP secrets.
        let outbox = Outbox::new(
            db.clone(),
            clock.clone(),
            totp_cipher.clone(),
            templates,
            MailSettings {
                app_name: config.mail.app_name.clone(),
                public_url: config.public_url.clone(),
                from: mail_from,
                poll_interval: config.mail.poll_interval,
            },
        );
        let trail = Trail::new(audit.clone(), outbox.clone());
        let credentials = Credentials::new(
            db.clone(),
            hasher.clone(),
            clock.clone(),
            limits.clone(),
            devices,
            recent.clone(),
        );
        let email_flows = EmailFlows::new(
            db.clone(),
            clock.clone(),
            credentials.clone(),
            sessions.clone(),
            outbox.clone(),
            limits.clone(),
            trail.clone(),
        );
        let two_factor = TwoFactor::new(
            db.clone(),
            reads.clone(),
            clock.clone(),
            totp_cipher.clone(),
            config.totp_issuer.clone(),
            credentials.clone(),
            recent.clone(),
            sessions.clone(),
            audit.clone(),
            trail.clone(),
        );
        let providers = SignInProviders::new(
            db.clone(),
            clock.clone(),
            totp_cipher,
            &config.providers,
            &config.public_url,
            credentials.clone(),
            sessions.clone(),
            two_factor.clone(),
            recent.clone(),
            audit.clone(),
            trail.clone(),
        )?;
        let passkeys = Passkeys::new(
            db.clone(),
            clock.clone(),
            &config.passkeys,
            credentials.clone(),
            sessions.clone(),
            recent.clone(),
            trail.clone(),
            two_factor.clone(),
        )?;
        let accounts = Accounts::new(
            db.clone(),
            reads.clone(),
            credentials,
            clock.clone(),
            sessions.clone(),
            two_factor.clone(),
            email_flows.clone(),
            audit.clone(),
            trail.clone(),
        );
        let admin = Admin::new(
            db.clone(),
            clock.clone(),
            hasher,
            sessions.clone(),
            trail,
            recent,
            limits.clone(),
        );
        let quotes = Quotes::new(
            db.clone(),
            reads,
            clock.clone(),
            WritePolicy {
                require_verified_email: config.mail.require_verified_email,
            },
            limits.clone(),
        );
        // The lease interval is kept even when the background task is off (`PURGE_INTERVAL=off`),
        // so that a round can still be run by hand.
        let housekeeping = Housekeeping::new(
            db.clone(),
            clock.clone(),
            config
                .purge_interval
                .unwrap_or(std::time::Duration::from_secs(3600)),
        );
        Ok(Self {
            config: Arc::new(config),
            db,
            clock,
            keys,
            csrf: Arc::new(csrf),
            accounts,
            sessions,
            quotes,
            two_factor,
            email_flows,
            outbox,
            limits,
            admin,
            audit,
            housekeeping,
            providers,
            passkeys,
            metrics,
        })
    }
}
