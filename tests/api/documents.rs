//! Documents named by their hash: automatic persisted queries (Apollo's protocol), the typed
//! client's trusted documents by `documentId`, and the mode that runs only trusted documents.
//! The parsed-document cache underneath must not change what any request gets.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::helpers::*;

const ME: &str = "query WhoAmI { me { id username } }";
const LOGOUT: &str = "mutation Out { logout }";

fn hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

fn persisted(text: &str) -> Value {
    json!({ "persistedQuery": { "version": 1, "sha256Hash": hash(text) } })
}

/// POSTs a raw GraphQL body; the status and the JSON answer.
async fn post(app: &TestApp, body: Value, token: Option<&str>) -> (u16, Value) {
    let mut req = app.client.post(app.url("/graphql")).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

/// GETs /graphql with these parameters (JSON answers).
async fn get(app: &TestApp, params: &[(&str, &str)], token: Option<&str>) -> (u16, Value) {
    let mut req = app
        .client
        .get(app.url("/graphql"))
        .header("accept", "application/graphql-response+json")
        .query(params);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let allow = res
        .headers()
        .get("allow")
        .map(|v| v.to_str().unwrap().to_owned());
    let body: Value = res.json().await.unwrap();
    (status, json!({ "body": body, "allow": allow }))
}

fn first_message(body: &Value) -> &str {
    body["errors"][0]["message"].as_str().unwrap_or_default()
}

/// One document of the typed client's manifest (what the console sends by id), found by the
/// start of its operation ("query Me ", "mutation Register(").
fn client_document(operation: &str) -> (String, String) {
    let manifest: serde_json::Map<String, Value> = serde_json::from_str(include_str!(
        "../../clients/typescript/src/gql/persisted-documents.json"
    ))
    .unwrap();
    manifest
        .into_iter()
        .find(|(_, text)| text.as_str().is_some_and(|t| t.contains(operation)))
        .map(|(id, text)| (id, text.as_str().unwrap().to_owned()))
        .unwrap_or_else(|| panic!("the client has no {operation}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn automatic_persisted_queries_round_trip() {
    let app = spawn(Backend::Sqlite).await;
    let ada = app.register("ada").await;
    let token = Some(ada.access.as_str());

    // The hash alone, before the server has seen the text: Apollo's "send me the text".
    let (status, body) = post(&app, json!({ "extensions": persisted(ME) }), token).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(first_message(&body), "PersistedQueryNotFound", "{body}");
    assert_code(&body, "BAD_USER_INPUT");
    assert!(
        body.get("data").is_none() || body["data"].is_null(),
        "{body}"
    );

    // The text with its hash: it runs, and is remembered.
    let (status, body) = post(
        &app,
        json!({ "query": ME, "extensions": persisted(ME) }),
        token,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["me"]["username"],
        ada.username.as_str(),
        "{body}"
    );

    // Now the hash alone runs it, over POST and over GET, with the caller's own token.
    let (_, body) = post(&app, json!({ "extensions": persisted(ME) }), token).await;
    assert_eq!(
        body,
        json!({ "data": { "me": { "id": ada.id, "username": ada.username } } })
    );
    let extensions = persisted(ME).to_string();
    let (status, got) = get(&app, &[("extensions", extensions.as_str())], token).await;
    assert_eq!(status, 200, "{got}");
    assert_eq!(
        got["body"]["data"]["me"]["username"],
        ada.username.as_str(),
        "{got}"
    );
    let (_, anonymous) = post(&app, json!({ "extensions": persisted(ME) }), None).await;
    assert_eq!(anonymous, json!({ "data": { "me": null } }));

    // A hash that is not the text's is refused, and the wrong text is not stored under it.
    let other = "query Other { me { email } }";
    let (_, body) = post(
        &app,
        json!({ "query": other, "extensions": persisted(ME) }),
        token,
    )
    .await;
    assert_code(&body, "BAD_USER_INPUT");
    assert!(first_message(&body).contains("does not match"), "{body}");
    let (_, body) = post(&app, json!({ "extensions": persisted(ME) }), token).await;
    assert_eq!(
        body["data"]["me"]["username"],
        ada.username.as_str(),
        "{body}"
    );

    // Malformed persisted-query extensions are clear errors.
    for bad in [
        json!({ "persistedQuery": { "version": 2, "sha256Hash": hash(ME) } }),
        json!({ "persistedQuery": { "version": 1, "sha256Hash": "abc" } }),
        json!({ "persistedQuery": { "version": 1 } }),
        json!({ "persistedQuery": "yes" }),
    ] {
        let (status, body) = post(&app, json!({ "extensions": bad }), token).await;
        assert_eq!(status, 200, "{body}");
        assert_code(&body, "BAD_USER_INPUT");
        assert!(first_message(&body).contains("persistedQuery"), "{body}");
    }

    // A remembered mutation still needs POST, even named by its hash.
    let (_, body) = post(
        &app,
        json!({ "query": LOGOUT, "extensions": persisted(LOGOUT) }),
        token,
    )
    .await;
    assert!(body["data"]["logout"].is_boolean(), "{body}");
    let extensions = persisted(LOGOUT).to_string();
    let (status, got) = get(&app, &[("extensions", extensions.as_str())], None).await;
    assert_eq!(status, 405, "{got}");
    assert_eq!(got["allow"], "POST");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_typed_clients_documents_run_by_id() {
    let app = spawn(Backend::Sqlite).await;
    let ada = app.register("ada").await;
    let (id, _) = client_document("query Me ");
    assert!(id.starts_with("sha256:"), "{id}");

    // Never sent as text, known from the manifest compiled into the server.
    let (status, body) = post(
        &app,
        json!({ "documentId": id, "operationName": "Me" }),
        Some(&ada.access),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["me"]["username"],
        ada.username.as_str(),
        "{body}"
    );
    assert_eq!(body["data"]["me"]["passkeyCount"], 0, "{body}");
    let (status, got) = get(&app, &[("documentId", id.as_str())], Some(&ada.access)).await;
    assert_eq!(status, 200, "{got}");
    assert_eq!(got["body"]["data"]["me"]["id"], ada.id.as_str(), "{got}");

    // An id the server does not know, and one that is not a SHA-256.
    let unknown = format!("sha256:{}", hash("query Nope { me { id } }"));
    let (_, body) = post(&app, json!({ "documentId": unknown }), None).await;
    assert_eq!(first_message(&body), "PersistedQueryNotFound", "{body}");
    assert_code(&body, "BAD_USER_INPUT");
    let (_, body) = post(&app, json!({ "documentId": "md5:00" }), None).await;
    assert_code(&body, "BAD_USER_INPUT");
    assert!(first_message(&body).contains("documentId"), "{body}");
    let (status, _) = post(&app, json!({ "documentId": 7 }), None).await;
    assert_eq!(status, 400);
    // Neither a text nor a hash.
    let (status, _) = post(&app, json!({ "variables": {} }), None).await;
    assert_eq!(status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cached_document_still_checks_each_requests_variables_and_limits() {
    let app = spawn(Backend::Sqlite).await;
    let ada = app.register("ada").await;
    let page = "query Page($n: Int) { quotes(first: $n) { totalCount } }";
    for _ in 0..2 {
        let body = app.gql(page, json!({ "n": 5 }), Some(&ada.access)).await;
        assert_eq!(body["data"]["quotes"]["totalCount"], 0, "{body}");
    }
    // The same (cached) text with an out-of-range value: refused like the first time would be.
    let body = app
        .gql(page, json!({ "n": 4_294_967_296_i64 }), Some(&ada.access))
        .await;
    assert_code(&body, "BAD_USER_INPUT");
    // A document over the limits is refused every time, also by hash.
    let deep = format!(
        "query Deep {{ {} id {} }}",
        "me {".repeat(40),
        "}".repeat(40)
    );
    for _ in 0..2 {
        let (_, body) = post(
            &app,
            json!({ "query": deep, "extensions": persisted(&deep) }),
            None,
        )
        .await;
        assert!(body["errors"].is_array(), "{body}");
        assert!(
            body.get("data").is_none() || body["data"].is_null(),
            "{body}"
        );
    }
    let (_, body) = post(&app, json!({ "extensions": persisted(&deep) }), None).await;
    assert_eq!(first_message(&body), "PersistedQueryNotFound", "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_trusted_documents_run_when_configured() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("app-documents.json");
    let app_query = "query AppMe { me { username } }";
    std::fs::write(
        &manifest,
        json!({ format!("sha256:{}", hash(app_query)): app_query }).to_string(),
    )
    .unwrap();
    let path = manifest.display().to_string();
    let app = spawn_with(
        Backend::Sqlite,
        &[
            ("GRAPHQL_ONLY_TRUSTED_DOCUMENTS", "true"),
            ("GRAPHQL_TRUSTED_DOCUMENTS", path.as_str()),
        ],
    )
    .await;

    // The typed client's documents run, by id and by text.
    let (register, _) = client_document("mutation Register(");
    let input = json!({ "email": "ada@example.com", "username": "ada", "password": PASSWORD });
    let (_, body) = post(
        &app,
        json!({ "documentId": register, "variables": { "input": input } }),
        None,
    )
    .await;
    let access = body["data"]["register"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let ada = Account {
        id: body["data"]["register"]["user"]["id"]
            .as_str()
            .unwrap()
            .to_owned(),
        username: "ada".to_owned(),
        email: "ada@example.com".to_owned(),
        password: PASSWORD.to_owned(),
        access,
        refresh: String::new(),
    };
    let (id, text) = client_document("query Me ");
    let (_, body) = post(&app, json!({ "documentId": id }), Some(&ada.access)).await;
    assert_eq!(body["data"]["me"]["username"], "ada", "{body}");
    let (_, body) = post(&app, json!({ "query": text }), Some(&ada.access)).await;
    assert_eq!(body["data"]["me"]["username"], "ada", "{body}");
    // The app's own manifest too.
    let (_, body) = post(&app, json!({ "query": app_query }), Some(&ada.access)).await;
    assert_eq!(body["data"]["me"]["username"], "ada", "{body}");
    let app_id = format!("sha256:{}", hash(app_query));
    let (_, body) = post(&app, json!({ "documentId": app_id }), Some(&ada.access)).await;
    assert_eq!(body["data"]["me"]["username"], "ada", "{body}");

    // Anything else is refused, whatever form it takes, and is not remembered.
    let (status, body) = post(&app, json!({ "query": ME }), Some(&ada.access)).await;
    assert_eq!(status, 200, "{body}");
    assert_code(&body, "FORBIDDEN");
    assert!(
        body.get("data").is_none() || body["data"].is_null(),
        "{body}"
    );
    let (_, body) = post(
        &app,
        json!({ "query": ME, "extensions": persisted(ME) }),
        Some(&ada.access),
    )
    .await;
    assert_code(&body, "FORBIDDEN");
    let (_, body) = post(
        &app,
        json!({ "extensions": persisted(ME) }),
        Some(&ada.access),
    )
    .await;
    assert_code(&body, "FORBIDDEN");
    // (A request error: graphql-response+json answers it with 400.)
    let (status, got) = get(&app, &[("query", "{ __typename }")], None).await;
    assert_eq!(status, 400, "{got}");
    assert_eq!(
        got["body"]["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{got}"
    );
}
