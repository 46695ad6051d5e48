//! argon2id password hashing with the OWASP parameters (m = 19 MiB, t = 2, p = 1), on the blocking
//! pool behind a semaphore: at most `concurrency` hashes run at once, so a login flood can neither
//! starve the async workers nor allocate 19 MiB per waiting request.

use std::sync::Arc;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::{OnceCell, Semaphore};

use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashParams {
    pub m_cost: u32,
    pub t_cost: u32,
    pub p_cost: u32,
}

impl HashParams {
    /// OWASP Password Storage Cheat Sheet, argon2id option 2.
    pub const OWASP: Self = Self {
        m_cost: 19 * 1024,
        t_cost: 2,
        p_cost: 1,
    };

    fn argon2(self) -> Result<Argon2<'static>, AppError> {
        let params =
            Params::new(self.m_cost, self.t_cost, self.p_cost, None).map_err(AppError::internal)?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

/// The outcome of checking a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Wrong,
    /// Right, and the stored hash uses the current parameters.
    Right,
    /// Right, but hashed with other parameters: store a new hash.
    RightNeedsRehash,
}

#[derive(Clone)]
pub struct Hasher {
    params: HashParams,
    permits: Arc<Semaphore>,
    /// Hash of a random password, verified against for unknown logins so they cost the same.
    dummy: Arc<OnceCell<String>>,
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hasher")
            .field("params", &self.params)
            .finish()
    }
}

impl Hasher {
    pub fn new(params: HashParams, concurrency: usize) -> Self {
        Self {
            params,
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            dummy: Arc::new(OnceCell::new()),
        }
    }

    /// Runs `f` on the blocking pool once a permit is free.
    async fn bounded<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let _permit = self.permits.acquire().await.map_err(AppError::internal)?;
        tokio::task::spawn_blocking(f)
            .await
            .map_err(AppError::internal)?
    }

    #[tracing::instrument(skip_all)]
    pub async fn hash(&self, password: &SecretString) -> Result<String, AppError> {
        let password = password.clone();
        let params = self.params;
        self.bounded(move || {
            let hash = params
                .argon2()?
                .hash_password(password.expose_secret().as_bytes())
                .map_err(AppError::internal)?;
            Ok(hash.to_string())
        })
        .await
    }

    /// Checks `password` against `stored`; with no stored hash (unknown login) it checks against
    /// a dummy hash and answers `Wrong`, taking the same time.
    #[tracing::instrument(skip_all)]
    pub async fn verify(
        &self,
        password: &SecretString,
        stored: Option<String>,
    ) -> Result<Verdict, AppError> {
        let known = stored.is_some();
        let stored = match stored {
            Some(s) => s,
            None => self.dummy_hash().await?,
        };
        let password = password.clone();
        let current = self.params;
        self.bounded(move || {
            let Ok(parsed) = PasswordHash::new(&stored) else {
                return Err(AppError::internal(anyhow::anyhow!(
                    "stored password hash is not a PHC string"
                )));
            };
            let ok = Argon2::default()
                .verify_password(password.expose_secret().as_bytes(), &parsed)
                .is_ok();
            Ok(match (known && ok, uses_params(&parsed, current)) {
                (false, _) => Verdict::Wrong,
                (true, true) => Verdict::Right,
                (true, false) => Verdict::RightNeedsRehash,
            })
        })
        .await
    }

    async fn dummy_hash(&self) -> Result<String, AppError> {
        self.dummy
            .get_or_try_init(|| async {
                let random = crate::auth::opaque::issue().token;
                self.hash(&random).await
            })
            .await
            .cloned()
    }
}

fn uses_params(parsed: &PasswordHash, want: HashParams) -> bool {
    if parsed.algorithm != Algorithm::Argon2id.ident() {
        return false;
    }
    match Params::try_from(&parsed.params) {
        Ok(p) => {
            p.m_cost() == want.m_cost && p.t_cost() == want.t_cost && p.p_cost() == want.p_cost
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s)
    }

    #[tokio::test]
    async fn hashes_are_argon2id_phc_strings_with_owasp_parameters() {
        let hasher = Hasher::new(HashParams::OWASP, 2);
        let hash = hasher.hash(&secret("correct horse")).await.unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert_eq!(
            hasher
                .verify(&secret("correct horse"), Some(hash.clone()))
                .await
                .unwrap(),
            Verdict::Right
        );
        assert_eq!(
            hasher
                .verify(&secret("wrong horse"), Some(hash))
                .await
                .unwrap(),
            Verdict::Wrong
        );
    }

    #[tokio::test]
    async fn an_unknown_login_is_wrong_even_with_the_dummy_password() {
        let hasher = Hasher::new(HashParams::OWASP, 1);
        assert_eq!(
            hasher.verify(&secret("anything"), None).await.unwrap(),
            Verdict::Wrong
        );
    }

    #[tokio::test]
    async fn old_parameters_ask_for_a_rehash() {
        let old = Hasher::new(
            HashParams {
                m_cost: 8 * 1024,
                t_cost: 1,
                p_cost: 1,
            },
            1,
        );
        let hash = old.hash(&secret("correct horse")).await.unwrap();
        let current = Hasher::new(HashParams::OWASP, 1);
        assert_eq!(
            current
                .verify(&secret("correct horse"), Some(hash))
                .await
                .unwrap(),
            Verdict::RightNeedsRehash
        );
    }
}
