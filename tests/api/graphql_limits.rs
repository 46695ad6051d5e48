//! GraphQL document limits: aliases, top-level fields, one credential field per document, depth,
//! width, query size, parser nesting, bodies, and introspection switched off. Every refusal is a
//! request error (no `data`) with QUERY_TOO_COMPLEX, 400 under graphql-response+json.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::helpers::*;

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

async fn post(app: &TestApp, body: &Value) -> (u16, Value) {
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("accept", GRAPHQL_RESPONSE)
        .json(body)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.json().await.unwrap())
}

fn assert_too_complex(status: u16, body: &Value) {
    assert_eq!(status, 400, "{body}");
    assert!(body.get("data").is_none(), "{body}");
    assert_code(body, "QUERY_TOO_COMPLEX");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_alias_flood_of_logins_checks_no_password() {
    // One executed wrong password would slow this account down and use up the address's budget.
    let app = spawn_with(
        Backend::Sqlite,
        &[
            ("LOGIN_SLOWDOWN", "1/1h"),
            ("RATE_LIMIT_LOGIN_PER_IP", "2/1h"),
            ("GRAPHQL_MAX_QUERY_BYTES", "1000000"),
            ("GRAPHQL_MAX_ALIASES", "5000"),
            ("GRAPHQL_MAX_ROOT_FIELDS", "5000"),
        ],
    )
    .await;
    let acct = app.register("flood").await;
    let fields: String = (0..1000)
        .map(|i| format!("a{i}: login(input: $i) {{ __typename }} "))
        .collect();
    let started = Instant::now();
    let (status, body) = post(
        &app,
        &json!({
            "query": format!("mutation($i: LoginInput!) {{ {fields} }}"),
            "variables": { "i": { "login": acct.username, "password": "guess" } },
        }),
    )
    .await;
    assert_too_complex(status, &body);
    assert!(started.elapsed() < Duration::from_secs(5));
    let body = app.login(&acct.username, PASSWORD).await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");

    // With the default limits the same document is refused as well (it is too long).
    let app = spawn(Backend::Sqlite).await;
    let (status, body) = post(
        &app,
        &json!({
            "query": format!("mutation($i: LoginInput!) {{ {fields} }}"),
            "variables": { "i": { "login": "x", "password": "guess" } },
        }),
    )
    .await;
    assert_too_complex(status, &body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_document_may_check_credentials_only_once() {
    let app = spawn(Backend::Sqlite).await;
    let acct = app.register("twice").await;
    for query in [
        "mutation($i: LoginInput!) { a: login(input: $i) { __typename } b: login(input: $i) { __typename } }",
        "mutation($i: LoginInput!) { login(input: $i) { __typename } refresh(refreshToken: \"x\") { accessToken } }",
        "mutation($i: LoginInput!) { login(input: $i) { __typename } ...F } fragment F on Mutation { verifyTotp(mfaToken: \"x\", code: \"1\") { accessToken } }",
    ] {
        let (status, body) = post(
            &app,
            &json!({ "query": query, "variables": { "i": { "login": acct.username, "password": PASSWORD } } }),
        )
        .await;
        assert_too_complex(status, &body);
    }
    // One is fine, next to other fields.
    let (status, body) = post(
        &app,
        &json!({
            "query": "mutation($i: LoginInput!) { login(input: $i) { __typename } }",
            "variables": { "i": { "login": acct.username, "password": PASSWORD } },
        }),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wide_deep_and_long_documents_are_refused() {
    let app = spawn(Backend::Sqlite).await;
    let many = |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(" ");
    let too_complex = [
        // Aliases (31 > 30).
        format!("{{ {} }}", many(31, &|i| format!("a{i}: __typename"))),
        // Top-level fields (21 > 20; repeated fields count each time they are written).
        format!("{{ {} }}", many(21, &|_| "me { id }".to_owned())),
        // Wide: 2,000 fields under one (complexity 1,000).
        format!("{{ me {{ {} }} }}", many(2000, &|_| "id".to_owned())),
        // Deep: nesting past the depth limit (12) outside introspection (which is exempt).
        format!("{{ {} id {} }}", "me {".repeat(13), "}".repeat(13)),
        // Deeper than the parser goes (32 levels), whatever the fields.
        format!("{{ {} id {} }}", "me {".repeat(40), "}".repeat(40)),
        // Longer than GRAPHQL_MAX_QUERY_BYTES (32 KiB), even as a comment.
        format!("# {}\n{{ me {{ id }} }}", "x".repeat(40_000)),
        // Directives past 16 on one field.
        format!("{{ me {} {{ id }} }}", "@include(if: true) ".repeat(17)),
    ];
    for query in &too_complex {
        let (status, body) = post(&app, &json!({ "query": query })).await;
        assert_too_complex(status, &body);
    }
    // The contract's real queries pass easily.
    let acct = app.register("real").await;
    let res = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(&acct.access)
        .json(&json!({ "query": "query Page($after: String) { me { id email username role totpEnabled emailVerified createdAt } sessions { id current lastUsedAt userAgent ip } quotes(first: 100, after: $after, filter: { search: \"x\" }) { edges { cursor node { id text author createdAt updatedAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }" }))
        .send()
        .await
        .unwrap();
    let body: Value = res.json().await.unwrap();
    assert!(body.get("errors").is_none(), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_are_configurable() {
    let app = spawn_with(
        Backend::Sqlite,
        &[("GRAPHQL_MAX_ALIASES", "2"), ("GRAPHQL_MAX_DEPTH", "5")],
    )
    .await;
    let (status, body) = post(&app, &json!({ "query": "{ a: __typename b: __typename }" })).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post(
        &app,
        &json!({ "query": "{ a: __typename b: __typename c: __typename }" }),
    )
    .await;
    assert_too_complex(status, &body);
    let (status, body) = post(
        &app,
        &json!({ "query": "{ me { a { b { c { d { e } } } } } }" }),
    )
    .await;
    assert_too_complex(status, &body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspection_and_graphiql_can_be_switched_off() {
    let app = spawn_with(
        Backend::Sqlite,
        &[("INTROSPECTION", "false"), ("GRAPHIQL", "false")],
    )
    .await;
    for query in [
        "{ __schema { types { name } } }",
        "{ __type(name: \"User\") { name } }",
        "query { ... on Query { __schema { queryType { name } } } }",
    ] {
        let body = app.gql(query, json!({}), None).await;
        assert!(body.get("data").is_none(), "{body}");
        assert_code(&body, "BAD_USER_INPUT");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("Introspection")
        );
    }
    // Ordinary queries (and __typename) still work.
    let body = app.gql("{ __typename me { id } }", json!({}), None).await;
    assert!(body.get("errors").is_none(), "{body}");
    assert!(body["data"]["__typename"].is_string(), "{body}");
    let res = app
        .client
        .get(app.url("/graphql"))
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

/// Raw HTTP/1.1, for bodies a client library would not send: returns the status line.
async fn raw(app: &TestApp, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(app.address.trim_start_matches("http://"))
        .await
        .unwrap();
    stream.write_all(request).await.unwrap();
    let mut head = vec![0u8; 256];
    let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut head))
        .await
        .expect("an answer")
        .unwrap();
    String::from_utf8_lossy(&head[..n])
        .lines()
        .next()
        .unwrap_or("")
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_and_malformed_bodies_get_http_errors() {
    let app = spawn_with(Backend::Sqlite, &[("BODY_LIMIT", "1024")]).await;
    // Chunked, with no declared length: refused once the limit is crossed.
    let chunk = "x".repeat(1500);
    let request = format!(
        "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
         Transfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n",
        chunk.len()
    );
    assert_eq!(
        raw(&app, request.as_bytes()).await,
        "HTTP/1.1 413 Payload Too Large"
    );
    // Declared too long.
    let request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
                   Content-Length: 5000\r\n\r\n";
    assert_eq!(
        raw(&app, request.as_bytes()).await,
        "HTTP/1.1 413 Payload Too Large"
    );

    let send = |body: String| {
        app.client
            .post(app.url("/graphql"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    // JSON nested past what the parser accepts, invalid UTF-8, truncated JSON: 400, never 500.
    let nested = format!(
        "{{\"query\": \"{{ me {{ id }} }}\", \"variables\": {{\"a\": {}{}}}}}",
        "[".repeat(400),
        "]".repeat(400)
    );
    let res = send(nested).await.unwrap();
    assert_eq!(res.status(), 400);
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .body(vec![b'{', 0xff, 0xfe, b'}'])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let res = send("{\"query\": \"{ me".to_owned()).await.unwrap();
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_code(&body, "BAD_USER_INPUT");
}
