//! A software authenticator for the passkey tests: ES256 credentials, attestation "none",
//! discoverable (it keeps the user handle), user verification on request, a signature counter per
//! credential that a test may wind back (a cloned authenticator). `webauthn-authenticator-rs`'s
//! soft authenticators keep no resident keys and do no user verification, hence this one.
//!
//! It speaks the JSON of `navigator.credentials.create/get` as browsers serialise it
//! (`PublicKeyCredential.toJSON()`): base64url everywhere.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ciborium::Value as Cbor;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{DerSignature, SigningKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const UP: u8 = 0x01;
const UV: u8 = 0x04;
const BE: u8 = 0x08;
const BS: u8 = 0x10;
const AT: u8 = 0x40;

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .unwrap_or_else(|e| panic!("base64url {text:?}: {e}"))
}

fn cbor(value: &Cbor) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).expect("CBOR");
    out
}

/// One credential the authenticator holds.
#[derive(Clone)]
pub struct Credential {
    pub id: Vec<u8>,
    key: SigningKey,
    pub rp_id: String,
    pub user_handle: Vec<u8>,
    pub counter: u32,
}

/// What a ceremony asks of the user.
#[derive(Clone, Copy, Debug)]
pub struct Gesture {
    /// The authenticator verified the user (PIN, biometrics): the UV flag.
    pub verified: bool,
}

pub const VERIFIED: Gesture = Gesture { verified: true };
pub const PRESENCE_ONLY: Gesture = Gesture { verified: false };

#[derive(Clone)]
pub struct Authenticator {
    /// The page's origin, as the browser would write it into clientDataJSON.
    pub origin: String,
    pub credentials: Vec<Credential>,
    /// Synced passkeys are backup eligible and backed up (BE and BS set).
    pub synced: bool,
}

impl Authenticator {
    pub fn new(origin: &str) -> Self {
        Self {
            origin: origin.to_owned(),
            credentials: Vec::new(),
            synced: false,
        }
    }

    fn flags(&self, gesture: Gesture, attested: bool) -> u8 {
        let mut flags = UP;
        if gesture.verified {
            flags |= UV;
        }
        if self.synced {
            flags |= BE | BS;
        }
        if attested {
            flags |= AT;
        }
        flags
    }

    fn client_data(&self, kind: &str, challenge: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "type": kind,
            "challenge": challenge,
            "origin": self.origin,
            "crossOrigin": false,
        }))
        .unwrap()
    }

    /// `navigator.credentials.create({ publicKey })`: `options` is the `publicKey` object (or
    /// the whole `{ publicKey }`). Returns the credential as JSON.
    pub fn create(&mut self, options: &Value, gesture: Gesture) -> Value {
        let options = options.get("publicKey").unwrap_or(options);
        let rp_id = options["rp"]["id"]
            .as_str()
            .expect("rp.id in the options")
            .to_owned();
        let challenge = options["challenge"].as_str().expect("challenge").to_owned();
        let user_handle = unb64(options["user"]["id"].as_str().expect("user.id"));
        let algs: Vec<i64> = options["pubKeyCredParams"]
            .as_array()
            .expect("pubKeyCredParams")
            .iter()
            .filter_map(|p| p["alg"].as_i64())
            .collect();
        assert!(algs.contains(&-7), "ES256 offered: {algs:?}");
        // Excluded credentials: a real authenticator refuses to make a second one.
        if let Some(excluded) = options["excludeCredentials"].as_array() {
            for c in excluded {
                let id = unb64(c["id"].as_str().unwrap());
                assert!(
                    !self.credentials.iter().any(|k| k.id == id),
                    "the authenticator already holds an excluded credential"
                );
            }
        }
        let key = SigningKey::random(&mut rand::rngs::OsRng);
        let mut id = vec![0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut id);
        let point = key.verifying_key().to_encoded_point(false);
        let cose = Cbor::Map(vec![
            (Cbor::Integer(1.into()), Cbor::Integer(2.into())),
            (Cbor::Integer(3.into()), Cbor::Integer((-7).into())),
            (Cbor::Integer((-1).into()), Cbor::Integer(1.into())),
            (
                Cbor::Integer((-2).into()),
                Cbor::Bytes(point.x().unwrap().to_vec()),
            ),
            (
                Cbor::Integer((-3).into()),
                Cbor::Bytes(point.y().unwrap().to_vec()),
            ),
        ]);
        let counter = 0u32;
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        auth_data.push(self.flags(gesture, true));
        auth_data.extend_from_slice(&counter.to_be_bytes());
        auth_data.extend_from_slice(&[0u8; 16]);
        auth_data.extend_from_slice(&u16::try_from(id.len()).unwrap().to_be_bytes());
        auth_data.extend_from_slice(&id);
        auth_data.extend_from_slice(&cbor(&cose));
        let attestation = cbor(&Cbor::Map(vec![
            (Cbor::Text("fmt".into()), Cbor::Text("none".into())),
            (Cbor::Text("attStmt".into()), Cbor::Map(vec![])),
            (Cbor::Text("authData".into()), Cbor::Bytes(auth_data)),
        ]));
        let client_data = self.client_data("webauthn.create", &challenge);
        self.credentials.push(Credential {
            id: id.clone(),
            key,
            rp_id,
            user_handle,
            counter,
        });
        json!({
            "id": b64(&id),
            "rawId": b64(&id),
            "type": "public-key",
            "response": {
                "attestationObject": b64(&attestation),
                "clientDataJSON": b64(&client_data),
                "transports": ["internal"],
            },
            "extensions": {},
        })
    }

    /// `navigator.credentials.get({ publicKey })` with the credential at `index` (a user picking
    /// one of several): an empty `allowCredentials` is username-less, and any credential of the
    /// RP may answer; otherwise it must be listed.
    pub fn get_with(&mut self, options: &Value, gesture: Gesture, index: usize) -> Value {
        let options = options.get("publicKey").unwrap_or(options);
        let rp_id = options["rpId"].as_str().expect("rpId").to_owned();
        let challenge = options["challenge"].as_str().expect("challenge").to_owned();
        let allowed: Vec<Vec<u8>> = options["allowCredentials"]
            .as_array()
            .map(|a| a.iter().map(|c| unb64(c["id"].as_str().unwrap())).collect())
            .unwrap_or_default();
        let candidates: Vec<usize> = self
            .credentials
            .iter()
            .enumerate()
            .filter(|(_, c)| c.rp_id == rp_id && (allowed.is_empty() || allowed.contains(&c.id)))
            .map(|(i, _)| i)
            .collect();
        let chosen = *candidates
            .get(index)
            .expect("the authenticator holds a credential for this request");
        let flags = self.flags(gesture, false);
        let credential = &mut self.credentials[chosen];
        credential.counter += 1;
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        auth_data.push(flags);
        auth_data.extend_from_slice(&credential.counter.to_be_bytes());
        let client_data = serde_json::to_vec(&json!({
            "type": "webauthn.get",
            "challenge": challenge,
            "origin": self.origin,
            "crossOrigin": false,
        }))
        .unwrap();
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&Sha256::digest(&client_data));
        let signature: DerSignature = credential.key.sign(&signed);
        json!({
            "id": b64(&credential.id),
            "rawId": b64(&credential.id),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&auth_data),
                "clientDataJSON": b64(&client_data),
                "signature": b64(signature.as_bytes()),
                "userHandle": b64(&credential.user_handle),
            },
            "extensions": {},
        })
    }

    pub fn get(&mut self, options: &Value, gesture: Gesture) -> Value {
        self.get_with(options, gesture, 0)
    }
}

/// The authenticator against webauthn-rs itself, without a server: what the server tests build
/// on.
#[test]
fn the_soft_authenticator_satisfies_webauthn_rs() {
    use webauthn_rs::prelude::*;
    let origin = Url::parse("http://localhost:8080").unwrap();
    let webauthn = WebauthnBuilder::new("localhost", &origin)
        .unwrap()
        .build()
        .unwrap();
    let mut device = Authenticator::new("http://localhost:8080");
    let user = Uuid::new_v4();
    let (ccr, reg) = webauthn
        .start_passkey_registration(user, "ada", "Ada", None)
        .unwrap();
    let created = device.create(&serde_json::to_value(&ccr).unwrap(), VERIFIED);
    let passkey = webauthn
        .finish_passkey_registration(&serde_json::from_value(created).unwrap(), &reg)
        .unwrap();

    // Username-less: the credential names its user.
    let (rcr, auth) = webauthn.start_discoverable_authentication().unwrap();
    let asserted = device.get(&serde_json::to_value(&rcr).unwrap(), VERIFIED);
    let asserted: PublicKeyCredential = serde_json::from_value(asserted).unwrap();
    let (who, _) = webauthn
        .identify_discoverable_authentication(&asserted)
        .unwrap();
    assert_eq!(who, user);
    let result = webauthn
        .finish_discoverable_authentication(&asserted, auth, &[DiscoverableKey::from(&passkey)])
        .unwrap();
    assert!(result.user_verified());
    assert_eq!(result.counter(), 1);

    // Without user verification the passkey flow refuses.
    let (rcr, auth) = webauthn
        .start_passkey_authentication(std::slice::from_ref(&passkey))
        .unwrap();
    let asserted = device.get(&serde_json::to_value(&rcr).unwrap(), PRESENCE_ONLY);
    assert!(
        webauthn
            .finish_passkey_authentication(&serde_json::from_value(asserted).unwrap(), &auth)
            .is_err()
    );

    // Another origin is refused.
    let mut phished = Authenticator {
        origin: "http://evil.example".into(),
        credentials: device.credentials.clone(),
        synced: false,
    };
    let (rcr, auth) = webauthn
        .start_passkey_authentication(std::slice::from_ref(&passkey))
        .unwrap();
    let asserted = phished.get(&serde_json::to_value(&rcr).unwrap(), VERIFIED);
    assert!(
        webauthn
            .finish_passkey_authentication(&serde_json::from_value(asserted).unwrap(), &auth)
            .is_err()
    );

    // A clone whose counter went back is refused once the counter is known.
    let mut passkey = passkey;
    passkey.update_credential(&result);
    let mut clone = Authenticator {
        origin: device.origin.clone(),
        credentials: device.credentials.clone(),
        synced: false,
    };
    clone.credentials[0].counter = 0;
    let (rcr, auth) = webauthn
        .start_passkey_authentication(std::slice::from_ref(&passkey))
        .unwrap();
    let asserted = clone.get(&serde_json::to_value(&rcr).unwrap(), VERIFIED);
    assert!(
        webauthn
            .finish_passkey_authentication(&serde_json::from_value(asserted).unwrap(), &auth)
            .is_err(),
        "a counter that went back is refused"
    );
}
