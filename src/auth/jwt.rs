//! Access tokens: JWTs with `typ: at+jwt` (RFC 9068), signed with one pinned algorithm.
//! The verifier accepts nothing else: not another algorithm, not another `typ`, not a token
//! without the registered claims, and not one whose `exp`/`nbf` the clock rejects.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The `typ` header of every access token.
pub const ACCESS_TOKEN_TYP: &str = "at+jwt";

/// Clock skew tolerated on `exp` and `nbf`, in seconds.
pub const LEEWAY_SECS: i64 = 5;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AccessClaims {
    pub iss: String,
    pub sub: String,
    pub aud: String,
    pub exp: i64,
    pub nbf: i64,
    pub iat: i64,
    pub jti: String,
    /// The session (refresh-token family) this token belongs to.
    pub sid: String,
    pub role: String,
    /// Authentication methods, RFC 8176: `["pwd"]`, later `["pwd","totp"]`.
    pub amr: Vec<String>,
    /// Authentication assurance level: `aal1` or `aal2`.
    pub aal: String,
    /// When the user last proved a credential in this session (OpenID Connect's `auth_time`,
    /// Unix seconds). Absent from tokens issued before it was recorded: they count as stale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_time: Option<i64>,
}

/// Why a presented access token was refused (logged at debug, never shown in detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    #[error("malformed token")]
    Malformed,
    #[error("wrong token type")]
    WrongType,
    #[error("unknown key id")]
    UnknownKey,
    #[error("bad signature or claims")]
    Invalid,
    #[error("expired")]
    Expired,
    #[error("not yet valid")]
    NotYetValid,
    #[error("session ended")]
    Revoked,
    /// The session could not be checked (database unreachable): not the client's fault.
    #[error("session check unavailable")]
    Unavailable,
}

/// One public key as published in the JWKS.
#[derive(Clone)]
pub struct PublicKey {
    pub kid: String,
    pub jwk: serde_json::Value,
    decoding: DecodingKey,
}

/// The material to sign with.
pub enum SigningMaterial {
    /// PKCS#8 PEM of an Ed25519 key.
    EdDsaPem(String),
    /// PKCS#8 PEM of a P-256 key.
    Es256Pem(String),
    Hs256Secret(Vec<u8>),
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct KeyError(pub String);

/// The signing key, the keys that verify, and the rules that pin them.
pub struct TokenKeys {
    algorithm: Algorithm,
    encoding: EncodingKey,
    signing_kid: Option<String>,
    verifying: HashMap<String, DecodingKey>,
    /// For HS256 only: the one key, which has no `kid` to look up.
    hs_key: Option<DecodingKey>,
    public: Vec<PublicKey>,
    validation: Validation,
    issuer: String,
    audience: String,
}

impl std::fmt::Debug for TokenKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenKeys")
            .field("algorithm", &self.algorithm)
            .field("signing_kid", &self.signing_kid)
            .finish_non_exhaustive()
    }
}

impl TokenKeys {
    pub fn new(material: &SigningMaterial, issuer: &str, audience: &str) -> Result<Self, KeyError> {
        let (algorithm, encoding, public) = match material {
            SigningMaterial::EdDsaPem(pem) => {
                use ed25519_dalek::pkcs8::DecodePrivateKey;
                let key = ed25519_dalek::SigningKey::from_pkcs8_pem(pem)
                    .map_err(|e| KeyError(format!("not a PKCS#8 Ed25519 private key: {e}")))?;
                let encoding = EncodingKey::from_ed_pem(pem.as_bytes())
                    .map_err(|e| KeyError(format!("unusable Ed25519 key: {e}")))?;
                let x = URL_SAFE_NO_PAD.encode(key.verifying_key().as_bytes());
                let kid = thumbprint(&format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#));
                let decoding = DecodingKey::from_ed_components(&x)
                    .map_err(|e| KeyError(format!("unusable Ed25519 public key: {e}")))?;
                let jwk = serde_json::json!({
                    "kty": "OKP", "crv": "Ed25519", "x": x,
                    "kid": kid, "alg": "EdDSA", "use": "sig",
                });
                (
                    Algorithm::EdDSA,
                    encoding,
                    Some(PublicKey { kid, jwk, decoding }),
                )
            }
            SigningMaterial::Es256Pem(pem) => {
                use p256::elliptic_curve::sec1::ToEncodedPoint;
                use p256::pkcs8::DecodePrivateKey;
                let key = p256::SecretKey::from_pkcs8_pem(pem)
                    .map_err(|e| KeyError(format!("not a PKCS#8 P-256 private key: {e}")))?;
                let encoding = EncodingKey::from_ec_pem(pem.as_bytes())
                    .map_err(|e| KeyError(format!("unusable P-256 key: {e}")))?;
                let point = key.public_key().to_encoded_point(false);
                let (Some(x), Some(y)) = (point.x(), point.y()) else {
                    return Err(KeyError("P-256 public key has no coordinates".into()));
                };
                let (x, y) = (URL_SAFE_NO_PAD.encode(x), URL_SAFE_NO_PAD.encode(y));
                let kid = thumbprint(&format!(
                    r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#
                ));
                let decoding = DecodingKey::from_ec_components(&x, &y)
                    .map_err(|e| KeyError(format!("unusable P-256 public key: {e}")))?;
                let jwk = serde_json::json!({
                    "kty": "EC", "crv": "P-256", "x": x, "y": y,
                    "kid": kid, "alg": "ES256", "use": "sig",
                });
                (
                    Algorithm::ES256,
                    encoding,
                    Some(PublicKey { kid, jwk, decoding }),
                )
            }
            SigningMaterial::Hs256Secret(secret) => {
                (Algorithm::HS256, EncodingKey::from_secret(secret), None)
            }
        };

        let mut validation = Validation::new(algorithm);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[audience]);
        validation.set_required_spec_claims(&["exp", "nbf", "iat", "iss", "aud", "sub"]);
        // exp and nbf are checked against the injected clock in `verify`.
        validation.validate_exp = false;
        validation.validate_nbf = false;

        let hs_key = match material {
            SigningMaterial::Hs256Secret(secret) => Some(DecodingKey::from_secret(secret)),
            _ => None,
        };
        let signing_kid = public.as_ref().map(|p| p.kid.clone());
        let verifying = public
            .iter()
            .map(|p| (p.kid.clone(), p.decoding.clone()))
            .collect();
        Ok(Self {
            algorithm,
            encoding,
            signing_kid,
            verifying,
            hs_key,
            public: public.into_iter().collect(),
            validation,
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
        })
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn audience(&self) -> &str {
        &self.audience
    }

    /// The JSON Web Key Set: public keys only (empty for HS256, whose key is a shared secret).
    pub fn jwks(&self) -> serde_json::Value {
        serde_json::json!({ "keys": self.public.iter().map(|p| &p.jwk).collect::<Vec<_>>() })
    }

    pub fn sign(&self, claims: &AccessClaims) -> Result<String, jsonwebtoken::errors::Error> {
        let mut header = Header::new(self.algorithm);
        header.typ = Some(ACCESS_TOKEN_TYP.to_owned());
        header.kid = self.signing_kid.clone();
        jsonwebtoken::encode(&header, claims, &self.encoding)
    }

    /// Verifies signature, algorithm, type, issuer, audience and the time window at `now` (secs).
    pub fn verify(&self, token: &str, now: i64) -> Result<AccessClaims, Rejection> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| Rejection::Malformed)?;
        if header.alg != self.algorithm {
            return Err(Rejection::Invalid);
        }
        let typ_ok = header.typ.as_deref().is_some_and(|t| {
            t.eq_ignore_ascii_case(ACCESS_TOKEN_TYP) || t.eq_ignore_ascii_case("application/at+jwt")
        });
        if !typ_ok {
            return Err(Rejection::WrongType);
        }
        // RFC 7515 §4.1.11: a recipient must refuse a token whose `crit` names an extension it
        // does not understand. We understand none, so any `crit` at all is refused (an empty
        // list is itself invalid there).
        if header.crit.is_some() {
            return Err(Rejection::Invalid);
        }
        let key = match &self.hs_key {
            Some(key) => key,
            None => header
                .kid
                .as_deref()
                .and_then(|kid| self.verifying.get(kid))
                .ok_or(Rejection::UnknownKey)?,
        };
        let data = jsonwebtoken::decode::<AccessClaims>(token, key, &self.validation)
            .map_err(|_| Rejection::Invalid)?;
        let claims = data.claims;
        claims.check_window(now)?;
        if Uuid::parse_str(&claims.sub).is_err() || Uuid::parse_str(&claims.sid).is_err() {
            return Err(Rejection::Invalid);
        }
        Ok(claims)
    }
}

impl AccessClaims {
    /// Whether the token's time window (`exp`, `nbf`, `iat`, with [`LEEWAY_SECS`]) holds at
    /// `now` (secs): checked at verification and again each time a cached verification is reused.
    pub fn check_window(&self, now: i64) -> Result<(), Rejection> {
        if self.exp <= now - LEEWAY_SECS {
            return Err(Rejection::Expired);
        }
        if self.nbf > now + LEEWAY_SECS || self.iat > now + LEEWAY_SECS {
            return Err(Rejection::NotYetValid);
        }
        Ok(())
    }
}

/// RFC 7638 JWK thumbprint of the canonical JSON of the required members.
fn thumbprint(canonical: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()))
}

/// A new Ed25519 key as PKCS#8 PEM.
pub fn generate_ed25519_pem() -> Result<String, KeyError> {
    use ed25519_dalek::pkcs8::EncodePrivateKey;
    let key = ed25519_dalek::SigningKey::generate(&mut rand::rngs::OsRng);
    key.to_pkcs8_pem(Default::default())
        .map(|pem| pem.to_string())
        .map_err(|e| KeyError(format!("cannot encode a new Ed25519 key: {e}")))
}

/// A new P-256 key as PKCS#8 PEM.
pub fn generate_p256_pem() -> Result<String, KeyError> {
    use p256::pkcs8::EncodePrivateKey;
    let key = p256::SecretKey::random(&mut rand::rngs::OsRng);
    key.to_pkcs8_pem(Default::default())
        .map(|pem| pem.to_string())
        .map_err(|e| KeyError(format!("cannot encode a new P-256 key: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(now: i64) -> AccessClaims {
        AccessClaims {
            iss: "https://auth.example".into(),
            sub: Uuid::now_v7().to_string(),
            aud: "app".into(),
            exp: now + 900,
            nbf: now,
            iat: now,
            jti: Uuid::new_v4().to_string(),
            sid: Uuid::now_v7().to_string(),
            role: "USER".into(),
            amr: vec!["pwd".into()],
            aal: "aal1".into(),
            auth_time: Some(now),
        }
    }

    fn keys(material: SigningMaterial) -> TokenKeys {
        TokenKeys::new(&material, "https://auth.example", "app").unwrap()
    }

    #[test]
    fn every_algorithm_round_trips_and_is_pinned() {
        let now = 1_800_000_000;
        let all = [
            keys(SigningMaterial::EdDsaPem(generate_ed25519_pem().unwrap())),
            keys(SigningMaterial::Es256Pem(generate_p256_pem().unwrap())),
            keys(SigningMaterial::Hs256Secret(vec![7; 32])),
        ];
        for (i, signer) in all.iter().enumerate() {
            let token = signer.sign(&claims(now)).unwrap();
            assert!(signer.verify(&token, now).is_ok());
            for (j, other) in all.iter().enumerate() {
                if i != j {
                    assert!(other.verify(&token, now).is_err());
                }
            }
        }
    }

    #[test]
    fn expiry_and_not_before_follow_the_given_clock() {
        let now = 1_800_000_000;
        let k = keys(SigningMaterial::EdDsaPem(generate_ed25519_pem().unwrap()));
        let token = k.sign(&claims(now)).unwrap();
        assert_eq!(
            k.verify(&token, now + 900 + LEEWAY_SECS),
            Err(Rejection::Expired)
        );
        assert_eq!(
            k.verify(&token, now - LEEWAY_SECS - 1),
            Err(Rejection::NotYetValid)
        );
    }

    #[test]
    fn a_critical_header_extension_is_refused() {
        let now = 1_800_000_000;
        for material in [
            SigningMaterial::EdDsaPem(generate_ed25519_pem().unwrap()),
            SigningMaterial::Hs256Secret(vec![7; 32]),
        ] {
            let k = keys(material);
            let good = k.sign(&claims(now)).unwrap();
            let mut header = jsonwebtoken::decode_header(&good).unwrap();
            for crit in [vec!["exp".to_owned()], vec!["b64".to_owned()], vec![]] {
                header.crit = Some(crit.clone());
                let token = jsonwebtoken::encode(&header, &claims(now), &k.encoding).unwrap();
                assert_eq!(k.verify(&token, now), Err(Rejection::Invalid), "{crit:?}");
            }
        }
    }

    #[test]
    fn the_jwks_publishes_the_signing_kid() {
        let k = keys(SigningMaterial::EdDsaPem(generate_ed25519_pem().unwrap()));
        let jwks = k.jwks();
        let token = k.sign(&claims(1_800_000_000)).unwrap();
        let header = jsonwebtoken::decode_header(&token).unwrap();
        assert_eq!(jwks["keys"][0]["kid"].as_str(), header.kid.as_deref());
        assert_eq!(header.typ.as_deref(), Some("at+jwt"));
        assert!(jwks["keys"][0].get("d").is_none());
    }
}
