//! Opaque tokens (refresh, and later email and MFA tokens): 256 random bits, base64url for the
//! client, and only their SHA-256 is ever stored. A rotated refresh token's successor is not
//! random but derived from it with a server key ([`SuccessorKey`]), so that the server can hand
//! out the same successor again without storing it.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
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

/// The HMAC-SHA256 key that turns a refresh token into its successor. A client that replays
/// the token it just spent (two browser tabs sharing one cookie, a retried request) within the
/// reuse grace gets the very successor the first request got, recomputed from the presented
/// token, instead of a second live branch of the session. Without the key nobody can compute a
/// successor, so it is as unpredictable as a random token. `Debug` is redacted.
/// Kept keyed (HMAC's inner and outer states), so that deriving cannot fail on a request.
#[derive(Clone)]
pub struct SuccessorKey(Hmac<Sha256>);

/// Domain separation: this key derives nothing else, but a label keeps it that way.
const SUCCESSOR_LABEL: &[u8] = b"portcullis refresh-token successor v1\0";

impl SuccessorKey {
    /// At least 32 bytes (the HMAC-SHA256 block is 64; more adds nothing but is harmless).
    pub fn new(key: &[u8]) -> Option<Self> {
        if key.len() < 32 {
            return None;
        }
        <Hmac<Sha256> as Mac>::new_from_slice(key).ok().map(Self)
    }

    /// A new random key, base64 (as kept in the `server_keys` table).
    pub fn generate_encoded() -> String {
        let mut bytes = zeroize::Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(bytes.as_mut());
        base64::engine::general_purpose::STANDARD.encode(bytes.as_ref())
    }

    /// The successor of `presented`: its value for the client and its hash for the database.
    pub fn successor(&self, presented: &SecretString) -> Issued {
        let mut mac = self.0.clone();
        mac.update(SUCCESSOR_LABEL);
        mac.update(presented.expose_secret().trim().as_bytes());
        let token = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        let hash = hash(&token);
        Issued {
            token: SecretString::from(token),
            hash,
        }
    }
}

impl std::fmt::Debug for SuccessorKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SuccessorKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_successor_is_a_keyed_function_of_the_token() {
        let key = SuccessorKey::new(&[1; 32]).unwrap();
        let other = SuccessorKey::new(&[2; 32]).unwrap();
        let t = issue().token;
        let (a, b) = (key.successor(&t), key.successor(&t));
        assert_eq!(a.token.expose_secret(), b.token.expose_secret());
        assert_eq!(a.hash, hash(a.token.expose_secret()));
        assert_eq!(
            URL_SAFE_NO_PAD
                .decode(a.token.expose_secret())
                .unwrap()
                .len(),
            32
        );
        assert_ne!(
            a.token.expose_secret(),
            other.successor(&t).token.expose_secret()
        );
        assert_ne!(
            a.token.expose_secret(),
            key.successor(&issue().token).token.expose_secret()
        );
        assert!(SuccessorKey::new(&[0; 31]).is_none());
        assert_eq!(format!("{key:?}"), "SuccessorKey(..)");
    }

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
