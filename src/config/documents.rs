//! Trusted documents: the manifests of GraphQL documents this server knows by their SHA-256
//! (the typed client's own, compiled in, and optionally an app's, from `GRAPHQL_TRUSTED_DOCUMENTS`),
//! and whether it runs only those (`GRAPHQL_ONLY_TRUSTED_DOCUMENTS`).
//!
//! A manifest is graphql-codegen's `persistedDocuments` output: a JSON object from
//! `"sha256:<hex>"` (or bare hex) to the document's text. Every entry is checked when the
//! server starts: a hash that is not the text's SHA-256 stops the start.

use std::collections::HashMap;
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::vars::{ConfigError, Vars};

/// The typed client's manifest (`clients/typescript`, `npm run codegen`): the console's and
/// the client's documents, known to every server built from this tree.
const CLIENT_MANIFEST: &str =
    include_str!("../../clients/typescript/src/gql/persisted-documents.json");

const FILE_VAR: &str = "GRAPHQL_TRUSTED_DOCUMENTS";
const ONLY_VAR: &str = "GRAPHQL_ONLY_TRUSTED_DOCUMENTS";

/// Documents by the SHA-256 of their text.
#[derive(Clone, Default)]
pub struct TrustedDocuments {
    pub by_hash: Arc<HashMap<[u8; 32], Arc<str>>>,
    /// Run nothing else (every other document is refused).
    pub only: bool,
}

impl std::fmt::Debug for TrustedDocuments {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustedDocuments")
            .field("documents", &self.by_hash.len())
            .field("only", &self.only)
            .finish()
    }
}

impl PartialEq for TrustedDocuments {
    fn eq(&self, other: &Self) -> bool {
        self.only == other.only && self.by_hash == other.by_hash
    }
}

/// `sha256:<64 hex>` or `<64 hex>`, into the digest.
pub fn parse_hash(text: &str) -> Option<[u8; 32]> {
    let hex_digits = text.strip_prefix("sha256:").unwrap_or(text);
    let mut out = [0u8; 32];
    hex::decode_to_slice(hex_digits, &mut out).ok()?;
    Some(out)
}

pub fn sha256(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// A manifest's entries, each checked against its hash; `what` names it in errors.
fn parse_manifest(json: &str, what: &str) -> Result<HashMap<[u8; 32], Arc<str>>, String> {
    let entries: HashMap<String, String> = serde_json::from_str(json)
        .map_err(|e| format!("{what} is not a JSON object of hash -> document: {e}"))?;
    let mut out = HashMap::with_capacity(entries.len());
    for (key, text) in entries {
        let hash = parse_hash(&key)
            .ok_or_else(|| format!("{what}: {key:?} is not a SHA-256 (sha256:<64 hex digits>)"))?;
        if sha256(&text) != hash {
            return Err(format!("{what}: {key} is not the SHA-256 of its document"));
        }
        out.insert(hash, Arc::from(text));
    }
    Ok(out)
}

pub(super) fn load(vars: &Vars) -> Result<TrustedDocuments, ConfigError> {
    let mut by_hash = parse_manifest(CLIENT_MANIFEST, "the typed client's manifest")
        .map_err(|e| ConfigError::new(FILE_VAR, e))?;
    if let Some(path) = vars.string(FILE_VAR).filter(|p| !p.trim().is_empty()) {
        let json = std::fs::read_to_string(path.trim())
            .map_err(|e| ConfigError::new(FILE_VAR, format!("cannot read {path}: {e}")))?;
        by_hash.extend(parse_manifest(&json, &path).map_err(|e| ConfigError::new(FILE_VAR, e))?);
    }
    Ok(TrustedDocuments {
        by_hash: Arc::new(by_hash),
        only: vars.flag(ONLY_VAR)?.unwrap_or(false),
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn the_client_manifest_is_compiled_in_and_checked() {
        let config = Config::from_pairs([]).unwrap();
        let docs = &config.trusted_documents;
        assert!(!docs.only);
        assert!(docs.by_hash.len() > 50, "{}", docs.by_hash.len());
        for (hash, text) in docs.by_hash.iter() {
            assert_eq!(super::sha256(text), *hash);
        }
    }

    #[test]
    fn an_app_manifest_adds_documents_and_a_wrong_hash_stops_the_start() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.json");
        let text = "query Mine { me { id } }";
        let hash = hex::encode(super::sha256(text));
        std::fs::write(&good, format!(r#"{{"sha256:{hash}": "{text}"}}"#)).unwrap();
        let path = good.display().to_string();
        let config = Config::from_pairs([
            ("GRAPHQL_TRUSTED_DOCUMENTS", path.as_str()),
            ("GRAPHQL_ONLY_TRUSTED_DOCUMENTS", "true"),
        ])
        .unwrap();
        assert!(config.trusted_documents.only);
        assert_eq!(
            config.trusted_documents.by_hash[&super::sha256(text)].as_ref(),
            text
        );

        let bad = dir.path().join("bad.json");
        std::fs::write(
            &bad,
            format!(r#"{{"sha256:{hash}": "query Other {{ me {{ id }} }}"}}"#),
        )
        .unwrap();
        let path = bad.display().to_string();
        let err = Config::from_pairs([("GRAPHQL_TRUSTED_DOCUMENTS", path.as_str())]).unwrap_err();
        assert_eq!(err.variable, "GRAPHQL_TRUSTED_DOCUMENTS");
        let missing =
            Config::from_pairs([("GRAPHQL_TRUSTED_DOCUMENTS", "/nonexistent/m.json")]).unwrap_err();
        assert_eq!(missing.variable, "GRAPHQL_TRUSTED_DOCUMENTS");
    }
}
