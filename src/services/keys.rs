//! Loading the access-token signing key: a shared HS256 secret, a PEM file, or — the embedded
//! default — a key generated on first start and kept in the database, so tokens survive restarts
//! and every instance on one database signs and verifies alike.

use entity::{Redacted, server_key};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use secrecy::ExposeSecret;

use crate::auth::csrf::CsrfKey;
use crate::auth::jwt::{self, SigningMaterial, TokenKeys};
use crate::auth::opaque::SuccessorKey;
use crate::auth::totp::SecretCipher;
use crate::clock::Clock;
use crate::config::{Config, ConfigError, JwtAlgorithm, JwtConfig};

#[derive(Debug, thiserror::Error)]
pub enum KeyLoadError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("signing key: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("signing key: {0}")]
    Key(#[from] jwt::KeyError),
}

pub async fn load(
    db: &DatabaseConnection,
    config: &JwtConfig,
    clock: &dyn Clock,
) -> Result<TokenKeys, KeyLoadError> {
    let material = match (config.algorithm, &config.private_key_file, &config.secret) {
        (JwtAlgorithm::HS256, _, Some(secret)) => {
            SigningMaterial::Hs256Secret(secret.expose_secret().as_bytes().to_vec())
        }
        (JwtAlgorithm::HS256, _, None) => {
            return Err(
                ConfigError::new("JWT_SECRET", "is required when JWT_ALGORITHM=HS256").into(),
            );
        }
        (alg, Some(path), _) => {
            let pem = std::fs::read_to_string(path).map_err(|e| {
                ConfigError::new(
                    "JWT_PRIVATE_KEY_FILE",
                    format!("cannot read {}: {e}", path.display()),
                )
            })?;
            // A file that does not parse is a config error that names the variable.
            return TokenKeys::new(&pem_material(alg, pem), &config.issuer, &config.audience)
                .map_err(|e| ConfigError::new("JWT_PRIVATE_KEY_FILE", e.0).into());
        }
        (alg, None, _) => pem_material(alg, stored_or_generated(db, alg, clock).await?),
    };
    Ok(TokenKeys::new(&material, &config.issuer, &config.audience)?)
}

/// The AES-256-GCM key for TOTP secrets: `TOTP_ENCRYPTION_KEY`, or one generated on first start
/// and kept in the database.
pub async fn load_totp_cipher(
    db: &DatabaseConnection,
    config: &Config,
    clock: &dyn Clock,
) -> Result<SecretCipher, KeyLoadError> {
    use base64::Engine;
    let encoded = match &config.totp_encryption_key {
        Some(key) => key.expose_secret().to_owned(),
        None => {
            stored_or(db, "totp/A256GCM", "A256GCM", clock, || {
                Ok((
                    uuid::Uuid::now_v7().to_string(),
                    SecretCipher::generate_key(),
                ))
            })
            .await?
        }
    };
    let key = zeroize::Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .map_err(|_| ConfigError::new("TOTP_ENCRYPTION_KEY", "must be base64"))?,
    );
    SecretCipher::new(&key).map_err(|e| ConfigError::new("TOTP_ENCRYPTION_KEY", e.0).into())
}

/// The key that derives a rotated refresh token's successor: generated on first start and kept
/// in the database, so that every instance derives the same successor (a replay within the
/// reuse grace may reach another instance than the first request did).
pub async fn load_successor_key(
    db: &DatabaseConnection,
    clock: &dyn Clock,
) -> Result<SuccessorKey, KeyLoadError> {
    let key = stored_hmac_key(db, clock, "refresh-successor/HS256", "refresh-successor").await?;
    SuccessorKey::new(&key)
        .ok_or_else(|| jwt::KeyError("stored refresh-successor key is too short".into()).into())
}

/// The HMAC key for CSRF proofs (cookie sessions), generated on first start and kept in the
/// database, so that every instance checks what another issued.
pub async fn load_csrf_key(
    db: &DatabaseConnection,
    clock: &dyn Clock,
) -> Result<CsrfKey, KeyLoadError> {
    let key = stored_hmac_key(db, clock, "csrf/HS256", "csrf").await?;
    CsrfKey::new(&key).ok_or_else(|| jwt::KeyError("stored csrf key is too short".into()).into())
}

/// The 32 random bytes kept in `slot` (base64), generated on first start.
async fn stored_hmac_key(
    db: &DatabaseConnection,
    clock: &dyn Clock,
    slot: &str,
    name: &str,
) -> Result<zeroize::Zeroizing<Vec<u8>>, KeyLoadError> {
    use base64::Engine;
    let encoded = stored_or(db, slot, "HS256", clock, || {
        Ok((
            uuid::Uuid::now_v7().to_string(),
            SuccessorKey::generate_encoded(),
        ))
    })
    .await?;
    let key = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|_| jwt::KeyError(format!("stored {name} key is not base64")))?;
    Ok(zeroize::Zeroizing::new(key))
}

fn pem_material(alg: JwtAlgorithm, pem: String) -> SigningMaterial {
    match alg {
        JwtAlgorithm::ES256 => SigningMaterial::Es256Pem(pem),
        _ => SigningMaterial::EdDsaPem(pem),
    }
}

/// The JWT key in the algorithm's slot, generated on first use.
async fn stored_or_generated(
    db: &DatabaseConnection,
    alg: JwtAlgorithm,
    clock: &dyn Clock,
) -> Result<String, KeyLoadError> {
    let slot = format!("access-token/{}", alg.as_str());
    stored_or(db, &slot, alg.as_str(), clock, || {
        let pem = match alg {
            JwtAlgorithm::ES256 => jwt::generate_p256_pem()?,
            _ => jwt::generate_ed25519_pem()?,
        };
        let keys = TokenKeys::new(&pem_material(alg, pem.clone()), "kid", "kid")?;
        let kid = keys.jwks()["keys"][0]["kid"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        Ok((kid, pem))
    })
    .await
}

/// The key material in `slot`; if the slot is empty, `generate` makes (kid, material) and it is
/// inserted. When several instances start at once the primary key lets one insert win, and
/// everyone reads the winner.
pub async fn stored_or(
    db: &DatabaseConnection,
    slot: &str,
    algorithm: &str,
    clock: &dyn Clock,
    generate: impl FnOnce() -> Result<(String, String), KeyLoadError>,
) -> Result<String, KeyLoadError> {
    if let Some(found) = server_key::Entity::find_by_id(slot.to_owned())
        .one(db)
        .await?
    {
        return Ok(found.material.expose().to_owned());
    }
    let (kid, material) = generate()?;
    let insert = server_key::ActiveModel {
        slot: Set(slot.to_owned()),
        kid: Set(kid),
        algorithm: Set(algorithm.to_owned()),
        material: Set(Redacted::new(material)),
        created_at: Set(clock.now_micros()),
    }
    .insert(db)
    .await;
    match insert {
        Ok(model) => {
            tracing::info!(slot, kid = %model.kid, "generated a new key and stored it in the database");
            Ok(model.material.expose().to_owned())
        }
        Err(err) => match server_key::Entity::find_by_id(slot.to_owned())
            .one(db)
            .await?
        {
            Some(found) => Ok(found.material.expose().to_owned()),
            None => Err(err.into()),
        },
    }
}
