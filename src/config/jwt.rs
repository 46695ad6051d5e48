//! The access-token section: how tokens are signed (`JWT_ALGORITHM` with a key file or a
//! secret), who issues them for whom, and how long they live.

use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;

use super::vars::{ConfigError, Vars};

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

#[derive(Debug, Clone)]
pub struct JwtConfig {
    pub algorithm: JwtAlgorithm,
    pub private_key_file: Option<PathBuf>,
    pub secret: Option<SecretString>,
    pub issuer: String,
    pub audience: String,
    pub access_token_ttl: Duration,
}

/// The issuer defaults to `public_url`.
pub(super) fn load(vars: &Vars, public_url: &str) -> Result<JwtConfig, ConfigError> {
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
    if access_token_ttl < Duration::from_secs(1) || access_token_ttl > Duration::from_secs(86_400) {
        return Err(ConfigError::new(
            "ACCESS_TOKEN_TTL",
            "must be between 1s and 24h",
        ));
    }

    Ok(JwtConfig {
        algorithm,
        private_key_file,
        secret: secret.map(SecretString::from),
        issuer: vars
            .string("JWT_ISSUER")
            .unwrap_or_else(|| public_url.to_owned()),
        audience: vars
            .string("JWT_AUDIENCE")
            .unwrap_or_else(|| "portcullis".to_owned()),
        access_token_ttl,
    })
}
