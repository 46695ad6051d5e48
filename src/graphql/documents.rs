//! Documents before execution: which document a request runs, parsed and checked once.
//!
//! - **The parsed-document cache**: documents that passed parsing and the document rules
//!   (`limits::DocumentChecks`), keyed by the SHA-256 of their text and bounded by bytes (moka,
//!   whose admission policy keeps a flood of one-off documents from evicting the hot ones). A
//!   request whose text is cached is neither parsed nor checked again; only its variables are.
//! - **Automatic persisted queries** (Apollo's protocol): `extensions.persistedQuery` =
//!   `{ "version": 1, "sha256Hash": "<hex>" }`. With the text, the hash must be the text's and the
//!   document is remembered; without it, a remembered (or trusted) document runs, else the answer
//!   is the error `PersistedQueryNotFound` and the client sends the text again.
//! - **Trusted documents**: the manifests of `config::TrustedDocuments` (the typed client's,
//!   compiled in, and an app's) are known by hash on every instance; `documentId: "sha256:<hex>"`
//!   (GraphQL-over-HTTP's persisted documents) names one. With `GRAPHQL_ONLY_TRUSTED_DOCUMENTS`,
//!   nothing else runs, whatever form the request takes.

use std::sync::Arc;

use async_graphql::ServerError;
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, OperationType};

use super::limits::{DocumentChecks, error};
use crate::config::{TrustedDocuments, parse_hash, sha256};

/// The cache's budget; an entry weighs its text times [`WEIGHT_PER_BYTE`]. The parsed tree
/// takes far more than the text: with 8 per byte, 1,000 accounts seeding through one-off
/// 20-field mutations left 113 MiB of anonymous memory behind, with 32 per byte 41 MiB
/// (BENCHMARKS.md, "Memory of the parsed-document cache").
const CACHE_BYTES: u64 = 32 * 1024 * 1024;
const WEIGHT_PER_BYTE: u64 = 32;

/// What a cached document of `text_len` bytes counts against the cache's budget.
fn weight(text_len: usize) -> u64 {
    (text_len as u64 + 64) * WEIGHT_PER_BYTE
}

/// Apollo's message for an unknown hash: clients match it and send the text.
pub const NOT_FOUND: &str = "PersistedQueryNotFound";

/// A document that passed every document rule.
pub struct Prepared {
    pub text: Arc<str>,
    doc: ExecutableDocument,
    /// The name of its only (or first) operation, for metrics.
    pub first_operation: Option<String>,
}

impl Prepared {
    /// The type of the operation `name` selects (as the executor would choose it); `None`
    /// when it selects none, which the executor reports.
    pub fn operation_type(&self, name: Option<&str>) -> Option<OperationType> {
        match (&self.doc.operations, name) {
            (DocumentOperations::Single(op), _) => Some(op.node.ty),
            (DocumentOperations::Multiple(ops), Some(name)) => ops
                .iter()
                .find(|(n, _)| n.as_str() == name)
                .map(|(_, op)| op.node.ty),
            (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => {
                ops.values().next().map(|op| op.node.ty)
            }
            (DocumentOperations::Multiple(_), None) => None,
        }
    }
}

/// How a request names its document.
pub struct Wanted<'a> {
    /// `query` (empty when absent).
    pub text: &'a str,
    /// `documentId`.
    pub document_id: Option<&'a str>,
    /// `extensions.persistedQuery`.
    pub persisted_query: Option<&'a async_graphql::Value>,
}

pub struct Documents {
    cache: moka::sync::Cache<[u8; 32], Arc<Prepared>>,
    trusted: TrustedDocuments,
    checks: DocumentChecks,
}

impl Documents {
    pub fn new(checks: DocumentChecks, trusted: TrustedDocuments) -> Self {
        let cache = moka::sync::Cache::builder()
            .max_capacity(CACHE_BYTES)
            .weigher(|_, p: &Arc<Prepared>| u32::try_from(weight(p.text.len())).unwrap_or(u32::MAX))
            .build();
        Self {
            cache,
            trusted,
            checks,
        }
    }

    /// The checked document the request names. Errors carry the contract's codes:
    /// QUERY_TOO_COMPLEX and BAD_USER_INPUT from the rules, BAD_USER_INPUT for a bad or unknown
    /// hash ([`NOT_FOUND`]), FORBIDDEN for an untrusted document when only trusted ones run.
    pub fn resolve(&self, wanted: &Wanted<'_>) -> Result<Arc<Prepared>, ServerError> {
        let hash = self.wanted_hash(wanted)?;
        if wanted.text.is_empty() {
            let Some(hash) = hash else {
                return Err(bad_input("The request has no \"query\".".to_owned()));
            };
            if let Some(found) = self.cache.get(&hash) {
                return self.allowed(&hash).map(|()| found);
            }
            let Some(text) = self.trusted.by_hash.get(&hash) else {
                return Err(if self.trusted.only {
                    not_trusted()
                } else {
                    bad_input(NOT_FOUND.to_owned())
                });
            };
            return self.parse(hash, text.clone());
        }
        let actual = sha256(wanted.text);
        if hash.is_some_and(|h| h != actual) {
            return Err(bad_input(
                "provided sha does not match query: the hash must be the SHA-256 of \"query\""
                    .to_owned(),
            ));
        }
        self.allowed(&actual)?;
        if let Some(found) = self.cache.get(&actual) {
            return Ok(found);
        }
        self.parse(actual, Arc::from(wanted.text))
    }

    /// The per-request rule (the variables' values), and the document for the executor.
    pub fn prepare(
        &self,
        prepared: &Prepared,
        request: &mut async_graphql::Request,
    ) -> Result<(), ServerError> {
        self.checks
            .check_variables(&prepared.doc, &request.variables)?;
        request.set_parsed_query(prepared.doc.clone());
        Ok(())
    }

    pub fn strip_suggestions(&self, errors: &mut [ServerError]) {
        self.checks.strip_suggestions(errors);
    }

    fn allowed(&self, hash: &[u8; 32]) -> Result<(), ServerError> {
        if self.trusted.only && !self.trusted.by_hash.contains_key(hash) {
            return Err(not_trusted());
        }
        Ok(())
    }

    fn parse(&self, hash: [u8; 32], text: Arc<str>) -> Result<Arc<Prepared>, ServerError> {
        let doc = self.checks.parse(&text)?;
        let first_operation = first_operation_name(&text);
        let prepared = Arc::new(Prepared {
            text,
            doc,
            first_operation,
        });
        self.cache.insert(hash, prepared.clone());
        Ok(prepared)
    }

    /// The hash the request names, if any: `documentId` or `extensions.persistedQuery`.
    fn wanted_hash(&self, wanted: &Wanted<'_>) -> Result<Option<[u8; 32]>, ServerError> {
        if let Some(id) = wanted.document_id {
            return parse_hash(id).map(Some).ok_or_else(|| {
                bad_input("\"documentId\" must be \"sha256:\" and 64 hex digits.".to_owned())
            });
        }
        let Some(pq) = wanted.persisted_query else {
            return Ok(None);
        };
        let async_graphql::Value::Object(fields) = pq else {
            return Err(bad_persisted_query());
        };
        match fields.get("version") {
            Some(async_graphql::Value::Number(n)) if n.as_u64() == Some(1) => {}
            _ => return Err(bad_persisted_query()),
        }
        match fields.get("sha256Hash") {
            Some(async_graphql::Value::String(hex)) if hex.len() == 64 => {
                parse_hash(hex).map(Some).ok_or_else(bad_persisted_query)
            }
            _ => Err(bad_persisted_query()),
        }
    }
}

/// The name of the document's first operation (`query Name`, `mutation Name`), when its text
/// starts with one; metrics name anonymous operations "anonymous".
fn first_operation_name(text: &str) -> Option<String> {
    let mut rest = text.trim_start();
    while let Some(comment) = rest.strip_prefix('#') {
        rest = comment
            .split_once('\n')
            .map_or("", |(_, after)| after)
            .trim_start();
    }
    let rest = ["query", "mutation", "subscription"]
        .iter()
        .find_map(|kind| rest.strip_prefix(kind))?
        .trim_start();
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

fn bad_input(message: String) -> ServerError {
    error(message, None, "BAD_USER_INPUT")
}

fn bad_persisted_query() -> ServerError {
    bad_input(
        "\"extensions.persistedQuery\" must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }."
            .to_owned(),
    )
}

fn not_trusted() -> ServerError {
    error(
        "This server runs only trusted documents, and this is not one of them.".to_owned(),
        None,
        "FORBIDDEN",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::GraphqlLimits;

    fn documents(only: bool, extra: &[&str]) -> Documents {
        let map = extra
            .iter()
            .map(|text| (sha256(text), Arc::<str>::from(*text)))
            .collect();
        let trusted = TrustedDocuments {
            by_hash: Arc::new(map),
            only,
        };
        Documents::new(
            crate::graphql::document_checks(GraphqlLimits::default(), true),
            trusted,
        )
    }

    fn text(t: &str) -> Wanted<'_> {
        Wanted {
            text: t,
            document_id: None,
            persisted_query: None,
        }
    }

    fn persisted_query(hash: &str) -> async_graphql::Value {
        async_graphql::Value::from_json(serde_json::json!({ "version": 1, "sha256Hash": hash }))
            .unwrap()
    }

    #[test]
    fn a_document_is_parsed_and_checked_once() {
        let docs = documents(false, &[]);
        let q = "query Me { me { id } }";
        let first = docs.resolve(&text(q)).unwrap();
        let again = docs.resolve(&text(q)).unwrap();
        assert!(
            Arc::ptr_eq(&first, &again),
            "the second request reuses the parsed document"
        );
        assert_eq!(first.first_operation.as_deref(), Some("Me"));
        assert_eq!(first.operation_type(None), Some(OperationType::Query));
        // What fails the rules is not cached, and fails every time.
        let deep = format!("{{ {} id {} }}", "me {".repeat(13), "}".repeat(13));
        assert!(docs.resolve(&text(&deep)).is_err());
        assert!(docs.resolve(&text(&deep)).is_err());
        assert!(docs.resolve(&text("{ me { ")).is_err());
    }

    #[test]
    fn persisted_queries_by_hash() {
        let docs = documents(false, &["query Trusted { me { id } }"]);
        let q = "query Mine { me { email } }";
        let hex = hex::encode(sha256(q));
        let pq = persisted_query(&hex);
        // Unknown hash without the text: the client is asked for it.
        let only_hash = Wanted {
            text: "",
            document_id: None,
            persisted_query: Some(&pq),
        };
        assert_eq!(docs.resolve(&only_hash).err().unwrap().message, NOT_FOUND);
        // With the text: remembered; then the hash alone works.
        let with_text = Wanted {
            text: q,
            document_id: None,
            persisted_query: Some(&pq),
        };
        docs.resolve(&with_text).unwrap();
        assert_eq!(&*docs.resolve(&only_hash).unwrap().text, q);
        // A hash that is not the text's is refused.
        let wrong = Wanted {
            text: "query Other { me { id } }",
            document_id: None,
            persisted_query: Some(&pq),
        };
        assert!(
            docs.resolve(&wrong)
                .err()
                .unwrap()
                .message
                .contains("does not match")
        );
        // A trusted document is known by its id without ever being sent.
        let id = format!(
            "sha256:{}",
            hex::encode(sha256("query Trusted { me { id } }"))
        );
        let by_id = Wanted {
            text: "",
            document_id: Some(&id),
            persisted_query: None,
        };
        assert_eq!(
            &*docs.resolve(&by_id).unwrap().text,
            "query Trusted { me { id } }"
        );
        let bad_id = Wanted {
            text: "",
            document_id: Some("md5:abc"),
            persisted_query: None,
        };
        assert!(docs.resolve(&bad_id).is_err());
    }

    #[test]
    fn only_trusted_documents_run_when_asked() {
        let trusted = "query Trusted { me { id } }";
        let docs = documents(true, &[trusted]);
        assert!(docs.resolve(&text(trusted)).is_ok());
        let refused = docs
            .resolve(&text("query Mine { me { email } }"))
            .err()
            .unwrap();
        let code = refused.extensions.unwrap().get("code").cloned();
        assert_eq!(code, Some(async_graphql::Value::from("FORBIDDEN")));
        let hex = hex::encode(sha256("query Mine { me { email } }"));
        let pq = persisted_query(&hex);
        let only_hash = Wanted {
            text: "",
            document_id: None,
            persisted_query: Some(&pq),
        };
        assert!(docs.resolve(&only_hash).is_err());
    }
}
