//! Opaque tokens (refresh, and later email and MFA tokens): 256 random bits, base64url for the
//! client, and only their SHA-256 is ever stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

/// A fresh token: the value for the client, and the hash for the database.
pub struct Issued {
    pub token: SecretString,
    pub hash: String,
}

pub fn issue() -> Issued {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash(&token);
    Issued {
        token: SecretString::from(token),
        hash,
    }
}

/// Hex SHA-256 of the token as the client holds it.
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Hashes a presented token. A value that cannot be one of ours (wrong length or alphabet) still
/// gets hashed, so that lookups take the same path.
pub fn hash_presented(token: &SecretString) -> String {
    hash(token.expose_secret().trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_256_bits_and_store_only_a_hash() {
        let a = issue();
        let b = issue();
        let raw = URL_SAFE_NO_PAD.decode(a.token.expose_secret()).unwrap();
        assert_eq!(raw.len(), 32);
        assert_ne!(a.token.expose_secret(), b.token.expose_secret());
        assert_eq!(a.hash, hash(a.token.expose_secret()));
        assert_eq!(a.hash.len(), 64);
        assert!(!a.hash.contains(a.token.expose_secret()));
    }
}
