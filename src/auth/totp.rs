//! TOTP primitives (RFC 6238: 160-bit secrets, SHA-1, 6 digits, 30 s steps, ±1 step of drift),
//! AES-256-GCM encryption of the secrets at rest, and recovery codes.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;
use totp_rs::{Algorithm, Builder, Totp};
use uuid::Uuid;
use zeroize::Zeroizing;

pub const SECRET_BYTES: usize = 20;
pub const STEP_SECS: u64 = 30;
pub const DIGITS: usize = 6;
pub const RECOVERY_CODES: usize = 10;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TotpError(pub String);

/// Encrypts TOTP secrets with AES-256-GCM; the user id is the associated data, so a ciphertext
/// copied onto another account does not decrypt.
#[derive(Clone)]
pub struct SecretCipher {
    cipher: Aes256Gcm,
}

impl std::fmt::Debug for SecretCipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretCipher([redacted])")
    }
}

impl SecretCipher {
    pub fn new(key: &[u8]) -> Result<Self, TotpError> {
        Aes256Gcm::new_from_slice(key)
            .map(|cipher| Self { cipher })
            .map_err(|_| TotpError("the TOTP encryption key must be 32 bytes".into()))
    }

    /// A fresh random key, base64-encoded.
    pub fn generate_key() -> String {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        STANDARD.encode(key.as_ref())
    }

    /// base64(nonce ‖ ciphertext ‖ tag).
    pub fn encrypt(&self, user_id: Uuid, secret: &[u8]) -> Result<String, TotpError> {
        let mut nonce_bytes = [0u8; 12];
        rand::rngs::OsRng.fill_bytes(&mut nonce_bytes);
        let nonce = Nonce::from(nonce_bytes);
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: secret,
                    aad: user_id.as_bytes(),
                },
            )
            .map_err(|_| TotpError("encryption failed".into()))?;
        let mut out = nonce_bytes.to_vec();
        out.extend_from_slice(&sealed);
        Ok(STANDARD.encode(out))
    }

    pub fn decrypt(&self, user_id: Uuid, stored: &str) -> Result<Zeroizing<Vec<u8>>, TotpError> {
        let raw = STANDARD
            .decode(stored)
            .map_err(|_| TotpError("stored TOTP secret is not base64".into()))?;
        if raw.len() < 12 + 16 {
            return Err(TotpError("stored TOTP secret is truncated".into()));
        }
        let (nonce, sealed) = raw.split_at(12);
        let nonce: [u8; 12] = nonce
            .try_into()
            .map_err(|_| TotpError("bad nonce".into()))?;
        self.cipher
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: user_id.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| TotpError("stored TOTP secret does not decrypt with this key".into()))
    }
}

/// 160 random bits.
pub fn new_secret() -> Zeroizing<Vec<u8>> {
    let mut secret = Zeroizing::new(vec![0u8; SECRET_BYTES]);
    rand::rngs::OsRng.fill_bytes(&mut secret);
    secret
}

/// The TOTP parameters authenticator apps expect, for one account.
pub fn totp(secret: &[u8], issuer: &str, account: &str) -> Result<Totp, TotpError> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(DIGITS as u8)
        .with_step_duration(STEP_SECS)
        .with_skew(1)
        .with_secret(secret.to_vec())
        .with_issuer(Some(issuer))
        .with_account_name(account)
        .build()
        .map_err(|e| TotpError(e.to_string()))
}

/// The time step a code matches at `now` (current ±1), if any.
pub fn matching_step(totp: &Totp, code: &str, now_secs: i64) -> Option<i64> {
    let now = u64::try_from(now_secs).ok()?;
    totp.check(code, now)
        .and_then(|step| i64::try_from(step).ok())
}

/// Whether `code` looks like a TOTP code (six digits) rather than a recovery code.
pub fn is_totp_format(code: &str) -> bool {
    code.len() == DIGITS && code.bytes().all(|b| b.is_ascii_digit())
}

/// Ten recovery codes of 60 random bits each, as `xxxx-xxxx-xxxx` (lower-case base32).
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 12];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let chars: Vec<char> = bytes
                .iter()
                .map(|b| ALPHABET[usize::from(b % 32)] as char)
                .collect();
            format!(
                "{}-{}-{}",
                chars[..4].iter().collect::<String>(),
                chars[4..8].iter().collect::<String>(),
                chars[8..].iter().collect::<String>()
            )
        })
        .collect()
}

/// The canonical form of a typed recovery code: dashes and spaces dropped, lower case.
pub fn normalize_recovery_code(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_round_trip_only_for_their_user_and_key() {
        let key = STANDARD.decode(SecretCipher::generate_key()).unwrap();
        let cipher = SecretCipher::new(&key).unwrap();
        let user = Uuid::now_v7();
        let secret = new_secret();
        let stored = cipher.encrypt(user, &secret).unwrap();
        assert_eq!(
            cipher.decrypt(user, &stored).unwrap().as_slice(),
            secret.as_slice()
        );
        assert!(cipher.decrypt(Uuid::now_v7(), &stored).is_err());
        let other = SecretCipher::new(&[9u8; 32]).unwrap();
        assert!(other.decrypt(user, &stored).is_err());
        assert_ne!(
            cipher.encrypt(user, &secret).unwrap(),
            stored,
            "fresh nonce each time"
        );
    }

    #[test]
    fn codes_match_the_current_step_and_one_either_side() {
        let secret = new_secret();
        let t = totp(&secret, "Portcullis", "alice").unwrap();
        let now = 1_800_000_015i64;
        let step = now / 30;
        for (offset, ok) in [(-2i64, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = t.generate(((step + offset) * 30) as u64).to_string();
            assert_eq!(
                matching_step(&t, &code, now).is_some(),
                ok,
                "offset {offset}"
            );
        }
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalise() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        assert_eq!(normalize_recovery_code(" ABCD-efgh-2345 "), "abcdefgh2345");
        assert!(is_totp_format("012345"));
        assert!(!is_totp_format("abcd-efgh-2345"));
    }
}
