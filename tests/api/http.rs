//! The HTTP surface: GraphQL-over-HTTP status codes and media types, GraphiQL, probes, limits.

use serde_json::{Value, json};

use crate::helpers::*;

async fn app() -> TestApp {
    spawn(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_readiness_answer() {
    let app = app().await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["database"], "up");
    assert!(
        app.client
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .headers()
            .contains_key("x-request-id"),
        "every response carries a request id"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_fails_when_the_database_is_gone() {
    let app = app().await;
    app.state.db.clone().close().await.unwrap();
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), 503);
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queries_work_over_get_and_mutations_do_not() {
    let app = app().await;
    let res = app
        .client
        .get(app.url("/graphql"))
        .query(&[("query", "{ me { id } }")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({ "data": { "me": null } })
    );

    let res = app
        .client
        .get(app.url("/graphql"))
        .query(&[("query", "mutation { logout }")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 405);
    assert_eq!(res.headers()["allow"], "POST");

    let res = app
        .client
        .get(app.url("/graphql"))
        .query(&[
            ("query", "query Q($x: Int) { me { id } }"),
            ("variables", "[1]"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphql_response_json_gets_4xx_for_request_errors_and_no_data_key() {
    let app = app().await;
    let accept = "application/graphql-response+json";
    for query in [
        "{ me { id ",
        "{ nosuchfield }",
        "query($a: Int!) { me { id } }",
    ] {
        let res = app
            .client
            .post(app.url("/graphql"))
            .header("accept", accept)
            .json(&json!({ "query": query }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{query}");
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with(accept)
        );
        let body: Value = res.json().await.unwrap();
        assert!(body.get("data").is_none(), "{body}");
        assert_code(&body, "BAD_USER_INPUT");
    }
    // A field error is still 200 with data.
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("accept", accept)
        .json(&json!({ "query": "{ sessions { id } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert!(body.get("data").is_some());
    assert_code(&body, "UNAUTHENTICATED");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn application_json_answers_200_for_graphql_errors() {
    let app = app().await;
    let res = app
        .client
        .post(app.url("/graphql"))
        .header("accept", "application/json")
        .json(&json!({ "query": "{ me { id " }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let body: Value = res.json().await.unwrap();
    assert_code(&body, "BAD_USER_INPUT");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_clear_http_errors() {
    let app = app().await;
    let post = |body: &'static str, ct: &'static str| {
        app.client
            .post(app.url("/graphql"))
            .header("content-type", ct)
            .body(body)
            .send()
    };
    assert_eq!(
        post("{ me { id } }", "text/plain").await.unwrap().status(),
        415
    );
    assert_eq!(
        post("{not json", "application/json")
            .await
            .unwrap()
            .status(),
        400
    );
    assert_eq!(post("{}", "application/json").await.unwrap().status(), 400);
    assert_eq!(
        post("{\"query\": 5}", "application/json")
            .await
            .unwrap()
            .status(),
        400
    );
    assert_eq!(
        post("[{\"query\": \"{ me { id } }\"}]", "application/json")
            .await
            .unwrap()
            .status(),
        400
    );
    let res = post(
        "{\"query\": \"{ me { id } }\", \"variables\": [1]}",
        "application/json",
    )
    .await
    .unwrap();
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_code(&body, "BAD_USER_INPUT");

    // Over the 1 MiB limit: 413 before the body is read. Raw HTTP with `Expect: 100-continue`,
    // so the client waits for the verdict instead of racing the server's close.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(app.address.trim_start_matches("http://"))
        .await
        .unwrap();
    stream
        .write_all(
            b"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
              Content-Length: 2097152\r\nExpect: 100-continue\r\n\r\n",
        )
        .await
        .unwrap();
    let mut head = vec![0u8; 1024];
    let n = stream.read(&mut head).await.unwrap();
    let head = String::from_utf8_lossy(&head[..n]).to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 413"), "{head}");
    // The body was never read: the connection cannot carry another request, and says so.
    assert!(head.contains("\r\nconnection: close\r\n"), "{head}");

    let res = app
        .client
        .post(app.url("/graphql"))
        .header("accept", "text/csv")
        .json(&json!({ "query": "{ me { id } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 406);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browsers_get_graphiql_with_a_header_editor() {
    let app = app().await;
    let res = app
        .client
        .get(app.url("/graphql"))
        .header("accept", "text/html,application/xhtml+xml")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("/graphiql/graphiql.min.js"), "GraphiQL page");
    // Nothing from another origin, no inline script: every script has a same-origin src.
    assert!(!html.contains("://"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    // Every asset the page names is served by the binary, with its type.
    let assets: Vec<&str> = html
        .split(['"', '\''])
        .filter(|s| s.starts_with("/graphiql/"))
        .collect();
    assert!(assets.len() >= 5, "{assets:?}");
    for asset in assets.iter().chain(&["/graphiql/init.js"]) {
        let res = app.client.get(app.url(asset)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{asset}");
        let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
        let expected = if asset.ends_with(".css") {
            "text/css"
        } else {
            "text/javascript"
        };
        assert!(kind.starts_with(expected), "{asset}: {kind}");
        assert!(!res.bytes().await.unwrap().is_empty());
    }
    // The bootstrap opens the header editor for the Bearer token.
    let init = app
        .client
        .get(app.url("/graphiql/init.js"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(init.contains("isHeadersEditorEnabled: true"), "{init}");
    assert!(init.contains("Authorization"));
    let missing = app
        .client
        .get(app.url("/graphiql/nope.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_error_code_enum_is_visible_to_clients() {
    let app = app().await;
    let body = app
        .gql(
            "{ __type(name: \"ErrorCode\") { enumValues { name } } errorCodes }",
            json!({}),
            None,
        )
        .await;
    assert_eq!(
        body["data"]["errorCodes"].as_array().unwrap().len(),
        12,
        "{body}"
    );
    let names: Vec<&str> = body["data"]["__type"]["enumValues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    for code in [
        "UNAUTHENTICATED",
        "FORBIDDEN",
        "BAD_USER_INPUT",
        "INVALID_CREDENTIALS",
        "INVALID_TOKEN",
        "INVALID_MFA_CODE",
        "CONFLICT",
        "RATE_LIMITED",
        "NOT_FOUND",
        "QUERY_TOO_COMPLEX",
        "INTERNAL_SERVER_ERROR",
        "REAUTHENTICATION_REQUIRED",
    ] {
        assert!(names.contains(&code), "{code} missing from {names:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_queries_are_refused_as_too_complex() {
    let app = app().await;
    // Introspection is exempt from depth (see graphql_edges), other selections are not.
    let query = format!("{{ {} id {} }}", "me {".repeat(13), "}".repeat(13));
    let body = app.gql(&query, json!({}), None).await;
    assert_code(&body, "QUERY_TOO_COMPLEX");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn internal_errors_reveal_nothing() {
    let app = app().await;
    let acct = app.register("internal").await;
    // The database disappears under a signed-in request.
    app.state.db.clone().close().await.unwrap();
    let body = app
        .gql("{ sessions { id } }", json!({}), Some(&acct.access))
        .await;
    let text = body.to_string().to_lowercase();
    assert_code(&body, "INTERNAL_SERVER_ERROR");
    for leak in ["sqlx", "sqlite", "pool", "select", "closed"] {
        assert!(!text.contains(leak), "{leak} leaked: {body}");
    }
}

/// Response fields come in the order the query selected them (GraphQL spec, "Serialization
/// Format": ordered formats keep the selection order), not sorted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn response_fields_keep_the_selection_order() {
    let app = app().await;
    let acct = app.register("order").await;
    let raw = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(&acct.access)
        .json(&json!({ "query": "{ me { username id email role } }" }))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let expected = format!(
        r#"{{"data":{{"me":{{"username":"{}","id":"{}","email":"{}","role":"USER"}}}}}}"#,
        acct.username, acct.id, acct.email
    );
    assert_eq!(raw, expected);
    // A request error has no `data` key at all.
    let raw = app
        .client
        .post(app.url("/graphql"))
        .json(&json!({ "query": "{ me { nope } }" }))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let body: Value = serde_json::from_str(&raw).unwrap();
    assert!(body.get("data").is_none(), "{raw}");
    assert_code(&body, "BAD_USER_INPUT");
}
