//! CSRF proofs for cookie sessions. The server hands a browser a random nonce in an HttpOnly
//! cookie and, in the response body, a token that is the nonce's HMAC under a server key; a
//! cookie-mode request must send the token in a header. A page on another site can neither read
//! the token nor make the browser attach a custom header without a CORS preflight we refuse, and
//! a cookie planted by a neighbouring subdomain is useless without the matching HMAC. The key is
//! shared by every instance (kept in the database), so any instance checks what another issued.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// Domain separation from every other use of an HMAC key in the server.
const CSRF_LABEL: &[u8] = b"portcullis csrf v1\0";

/// A nonce is 32 random bytes, base64url: 43 characters.
const NONCE_LEN: usize = 43;

#[derive(Clone)]
pub struct CsrfKey(Hmac<Sha256>);

/// A new pair: the nonce for the cookie, the token for the page. `Debug` is redacted.
pub struct CsrfPair {
    pub nonce: String,
    pub token: String,
}

impl std::fmt::Debug for CsrfPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfPair(..)")
    }
}

impl CsrfKey {
    /// At least 32 bytes.
    pub fn new(key: &[u8]) -> Option<Self> {
        if key.len() < 32 {
            return None;
        }
        <Hmac<Sha256> as Mac>::new_from_slice(key).ok().map(Self)
    }

    fn mac(&self, nonce: &str) -> Hmac<Sha256> {
        let mut mac = self.0.clone();
        mac.update(CSRF_LABEL);
        mac.update(nonce.as_bytes());
        mac
    }

    pub fn issue(&self) -> CsrfPair {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let nonce = URL_SAFE_NO_PAD.encode(bytes);
        let token = self.token_for(&nonce);
        CsrfPair { nonce, token }
    }

    /// The token for a nonce the browser already holds.
    pub fn token_for(&self, nonce: &str) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(nonce).finalize().into_bytes())
    }

    /// Whether `nonce` has the shape of one this key issued (43 base64url characters).
    pub fn well_formed(nonce: &str) -> bool {
        nonce.len() == NONCE_LEN
            && nonce
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    /// Whether `token` is the proof for the cookie's `nonce` (compared in constant time).
    pub fn verify(&self, nonce: &str, token: &str) -> bool {
        if !Self::well_formed(nonce) {
            return false;
        }
        let Ok(tag) = URL_SAFE_NO_PAD.decode(token.trim()) else {
            return false;
        };
        self.mac(nonce).verify_slice(&tag).is_ok()
    }
}

impl std::fmt::Debug for CsrfKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_proves_its_own_nonce_under_its_own_key_only() {
        let key = CsrfKey::new(&[7; 32]).unwrap();
        let other = CsrfKey::new(&[8; 32]).unwrap();
        let pair = key.issue();
        assert_eq!(pair.nonce.len(), NONCE_LEN);
        assert!(key.verify(&pair.nonce, &pair.token));
        assert!(!other.verify(&pair.nonce, &pair.token));
        let second = key.issue();
        assert!(!key.verify(&second.nonce, &pair.token));
        assert!(!key.verify(&pair.nonce, ""));
        assert!(!key.verify(&pair.nonce, "not base64 !"));
        assert!(!key.verify("short", &pair.token));
        assert_eq!(format!("{pair:?} {key:?}"), "CsrfPair(..) CsrfKey(..)");
        assert!(CsrfKey::new(&[0; 31]).is_none());
    }
}
