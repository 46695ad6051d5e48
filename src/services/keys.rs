//! Loading the access-token signing key: a shared HS256 secret, a PEM file, or — the embedded
//! default — a key generated on first start and kept in the database, so tokens survive restarts
//! and every instance on one database signs and verifies alike.

use entity::signing_key;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use secrecy::ExposeSecret;

use crate::auth::jwt::{self, SigningMaterial, TokenKeys};
use crate::clock::Clock;
use crate::config::{ConfigError, JwtAlgorithm, JwtConfig};

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
            let material = pem_material(alg, pem);
            // Parse now so that a wrong file is a config error that names the variable.
            TokenKeys::new(&material, &config.issuer, &config.audience)
                .map_err(|e| ConfigError::new("JWT_PRIVATE_KEY_FILE", e.0))?;
            material
        }
        (alg, None, _) => pem_material(alg, stored_or_generated(db, alg, clock).await?),
    };
    Ok(TokenKeys::new(&material, &config.issuer, &config.audience)?)
}

fn pem_material(alg: JwtAlgorithm, pem: String) -> SigningMaterial {
    match alg {
        JwtAlgorithm::ES256 => SigningMaterial::Es256Pem(pem),
        _ => SigningMaterial::EdDsaPem(pem),
    }
}

/// The key in the algorithm's slot; generated and inserted if the slot is empty. When several
/// instances start at once the primary key lets one insert win, and everyone reads the winner.
async fn stored_or_generated(
    db: &DatabaseConnection,
    alg: JwtAlgorithm,
    clock: &dyn Clock,
) -> Result<String, KeyLoadError> {
    let slot = format!("access-token/{}", alg.as_str());
    if let Some(found) = signing_key::Entity::find_by_id(slot.clone())
        .one(db)
        .await?
    {
        return Ok(found.private_pem);
    }
    let pem = match alg {
        JwtAlgorithm::ES256 => jwt::generate_p256_pem()?,
        _ => jwt::generate_ed25519_pem()?,
    };
    let keys = TokenKeys::new(&pem_material(alg, pem.clone()), "kid", "kid")?;
    let kid = keys.jwks()["keys"][0]["kid"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let insert = signing_key::ActiveModel {
        slot: Set(slot.clone()),
        kid: Set(kid),
        algorithm: Set(alg.as_str().to_owned()),
        private_pem: Set(pem),
        created_at: Set(clock.now_micros()),
    }
    .insert(db)
    .await;
    match insert {
        Ok(model) => {
            tracing::info!(algorithm = alg.as_str(), kid = %model.kid, "generated a new signing key and stored it in the database");
            Ok(model.private_pem)
        }
        // Another instance filled the slot first: use its key.
        Err(err) => match signing_key::Entity::find_by_id(slot).one(db).await? {
            Some(found) => Ok(found.private_pem),
            None => Err(err.into()),
        },
    }
}
