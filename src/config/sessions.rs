//! The session section: how long refresh tokens and sessions live, the grace for a refresh
//! token presented twice, how long an instance may trust its cached view of a session, how recent
//! a proof of credentials sensitive operations need, and device tokens.

use std::time::Duration;

use super::vars::{ConfigError, Vars};

pub(super) struct Sessions {
    pub refresh_token_ttl: Duration,
    pub session_max_lifetime: Duration,
    pub refresh_reuse_grace: Duration,
    pub cookie_refresh_reuse_grace: Duration,
    pub session_cache_ttl: Duration,
    pub reauthentication_window: Duration,
    pub device_tokens: DeviceTokenConfig,
}

/// Device tokens: how many wrong passwords or codes one takes before it dies, and how long it
/// lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceTokenConfig {
    pub max_failures: u32,
    pub lifetime: Duration,
}

impl Default for DeviceTokenConfig {
    fn default() -> Self {
        Self {
            max_failures: 5,
            lifetime: Duration::from_secs(30 * 86_400),
        }
    }
}

pub(super) fn load(vars: &Vars) -> Result<Sessions, ConfigError> {
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
    // Browser tabs share one refresh cookie and refresh at will: racing refreshes must not end
    // the session, so cookie sessions have a grace unless it is set to zero.
    let cookie_refresh_reuse_grace = vars
        .duration("COOKIE_REFRESH_REUSE_GRACE")?
        .unwrap_or(Duration::from_secs(10));
    if cookie_refresh_reuse_grace > Duration::from_secs(300) {
        return Err(ConfigError::new(
            "COOKIE_REFRESH_REUSE_GRACE",
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
    let reauthentication_window = vars
        .duration("REAUTHENTICATION_WINDOW")?
        .unwrap_or(Duration::from_secs(600));
    if reauthentication_window < Duration::from_secs(1) {
        return Err(ConfigError::new(
            "REAUTHENTICATION_WINDOW",
            "must be at least 1s",
        ));
    }
    let defaults = DeviceTokenConfig::default();
    let max_failures = vars
        .parse::<u32>("DEVICE_TOKEN_MAX_FAILURES")?
        .unwrap_or(defaults.max_failures);
    if !(1..=100).contains(&max_failures) {
        return Err(ConfigError::new(
            "DEVICE_TOKEN_MAX_FAILURES",
            "must be between 1 and 100",
        ));
    }
    let lifetime = vars
        .duration("DEVICE_TOKEN_LIFETIME")?
        .unwrap_or(defaults.lifetime);
    if lifetime < Duration::from_secs(60) {
        return Err(ConfigError::new(
            "DEVICE_TOKEN_LIFETIME",
            "must be at least 1m",
        ));
    }
    Ok(Sessions {
        refresh_token_ttl,
        session_max_lifetime,
        refresh_reuse_grace,
        cookie_refresh_reuse_grace,
        session_cache_ttl,
        reauthentication_window,
        device_tokens: DeviceTokenConfig {
            max_failures,
            lifetime,
        },
    })
}
