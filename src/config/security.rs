//! The account-security section: password hashing threads, the TOTP secrets' key and issuer,
//! and how long security events are kept.

use std::time::Duration;

use secrecy::SecretString;

use super::vars::{ConfigError, Vars};

pub(super) struct Security {
    pub hash_concurrency: usize,
    pub totp_encryption_key: Option<SecretString>,
    pub totp_issuer: String,
    pub audit_retention: Duration,
}

pub(super) fn load(vars: &Vars) -> Result<Security, ConfigError> {
    let hash_concurrency = vars.parse::<usize>("HASH_CONCURRENCY")?.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    if hash_concurrency == 0 {
        return Err(ConfigError::new("HASH_CONCURRENCY", "must be at least 1"));
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

    let audit_retention = vars
        .duration("AUDIT_RETENTION")?
        .unwrap_or(Duration::from_secs(90 * 86_400));

    Ok(Security {
        hash_concurrency,
        totp_encryption_key: totp_encryption_key.map(|k| SecretString::from(k.trim().to_owned())),
        totp_issuer,
        audit_retention,
    })
}
