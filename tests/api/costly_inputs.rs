//! Inputs that would cost the server: capped quote filters, searches weighed in the complexity
//! limit, a per-account budget of quote writes, and values of any size in every string the
//! quote, user-directory and sign-in paths take, none of which may answer INTERNAL_SERVER_ERROR.

use serde_json::{Value, json};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    quote_filters_are_capped_naming_the_field,
    no_input_of_any_size_is_an_internal_error,
);

async fn search(app: &TestApp, token: &str, filter: Value) -> Value {
    app.gql(
        "query($f: QuoteFilter) { quotes(filter: $f) { totalCount nodes { id } } }",
        json!({ "f": filter }),
        Some(token),
    )
    .await
}

async fn quote_filters_are_capped_naming_the_field(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("filters").await;
    let body = search(
        &app,
        &acct.access,
        json!({ "search": "é".repeat(100), "author": "🦀".repeat(200) }),
    )
    .await;
    assert!(body.get("errors").is_none(), "{body}");
    assert_eq!(body["data"]["quotes"]["totalCount"], 0);
    for (filter, field) in [
        (json!({ "search": "x".repeat(101) }), "filter.search"),
        (json!({ "search": "x".repeat(50_000) }), "filter.search"),
        (json!({ "author": "x".repeat(201) }), "filter.author"),
        (json!({ "author": "x".repeat(50_000) }), "filter.author"),
    ] {
        let body = search(&app, &acct.access, filter).await;
        assert_code_field(&body, "BAD_USER_INPUT", field);
    }
}

/// What a value of this many bytes gets: 413 over the body limit, else a contract code that
/// is not INTERNAL_SERVER_ERROR (or no error at all). `None`: the server answered and closed the
/// connection before the client had finished sending (only allowed over the body limit, which
/// the server refuses from the declared length without reading the body; a client still
/// writing may then miss the 413).
async fn send(
    app: &TestApp,
    query: &str,
    variables: Value,
    token: Option<&str>,
) -> Option<(u16, Value)> {
    let mut req = app
        .client
        .post(app.url("/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.ok()?;
    let status = res.status().as_u16();
    let body = res.json().await.unwrap_or(Value::Null);
    Some((status, body))
}

async fn no_input_of_any_size_is_an_internal_error(backend: Backend) {
    // Every wrong login below counts against one made-up account: keep the slowdown out of it.
    let app = spawn_with(backend, &[("LOGIN_SLOWDOWN", "off")]).await;
    let admin = app.admin("sizes").await;
    let acct = app.register("sizes").await;
    let quote = app
        .gql(
            "mutation { createQuote(input: { text: \"t\", author: \"a\" }) { id } }",
            json!({}),
            Some(&acct.access),
        )
        .await;
    let id = quote["data"]["createQuote"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // (document, the variables with `V` standing for the big value, who asks)
    let cases: Vec<(&str, Value, Option<&str>)> = vec![
        (
            "mutation($v: String!) { createQuote(input: { text: $v, author: \"a\" }) { id } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "mutation($v: String!) { createQuote(input: { text: \"t\", author: $v }) { id } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "mutation($v: String!, $id: ID!) { updateQuote(id: $id, input: { text: $v }) { id } }",
            json!({ "id": id }),
            Some(&acct.access),
        ),
        (
            "mutation($v: String!, $id: ID!) { updateQuote(id: $id, input: { author: $v }) { id } }",
            json!({ "id": id }),
            Some(&acct.access),
        ),
        (
            "mutation($v: ID!) { updateQuote(id: $v, input: { text: \"t\" }) { id } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "mutation($v: ID!) { deleteQuote(id: $v) }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "query($v: ID!) { quote(id: $v) { id } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "query($v: String) { quotes(after: $v) { totalCount } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "query($v: String) { quotes(last: 2, before: $v) { totalCount } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "query($v: String) { quotes(filter: { search: $v }) { totalCount } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "query($v: String) { quotes(filter: { author: $v }) { totalCount } }",
            json!({}),
            Some(&acct.access),
        ),
        (
            "query($v: String) { users(search: $v) { totalCount } }",
            json!({}),
            Some(&admin.access),
        ),
        (
            "query($v: String) { users(after: $v) { totalCount } }",
            json!({}),
            Some(&admin.access),
        ),
        (
            "mutation($v: String!) { login(input: { login: $v, password: \"wrong password\" }) { __typename } }",
            json!({}),
            None,
        ),
        (
            "mutation($v: String!) { login(input: { login: \"nobody\", password: $v }) { __typename } }",
            json!({}),
            None,
        ),
        (
            "mutation($v: String!) { register(input: { email: $v, username: \"sizes_u\", password: \"a long passphrase\" }) { accessToken } }",
            json!({}),
            None,
        ),
        (
            "mutation($v: String!) { register(input: { email: \"sizes@example.com\", username: $v, password: \"a long passphrase\" }) { accessToken } }",
            json!({}),
            None,
        ),
        (
            "mutation($v: String!) { register(input: { email: \"sizes2@example.com\", username: \"sizes_w\", password: $v }) { accessToken } }",
            json!({}),
            None,
        ),
        // A bearer token of any size is only ever an unauthenticated caller.
        ("{ me { id } }", json!({}), Some("V")),
    ];
    let limit = 1_048_576;
    for size in [50_000, 500_000, 1_040_000, limit + 1] {
        for (query, variables, token) in &cases {
            let big = "x".repeat(size);
            let mut variables = variables.clone();
            let token = match token {
                Some("V") if size > 10_000 => {
                    // Headers have their own, smaller limit: 16 KB here is already absurd.
                    Some("x".repeat(16_000))
                }
                Some(t) => Some((*t).to_owned()),
                None => None,
            };
            if query.contains("$v") {
                variables["v"] = json!(big);
            }
            let answer = send(&app, query, variables, token.as_deref()).await;
            let case = format!("{size} bytes in {query}");
            if size > limit && query.contains("$v") {
                if let Some((status, _)) = answer {
                    assert_eq!(status, 413, "{case}");
                }
                continue;
            }
            let (status, body) = answer.unwrap_or_else(|| panic!("{case}: no answer"));
            assert!(status < 500, "{case}: {status} {body}");
            let code = error_code(&body);
            assert_ne!(
                code.as_deref(),
                Some("INTERNAL_SERVER_ERROR"),
                "{case}: {body}"
            );
            if query.contains("$v") {
                // A value this long is never right.
                assert!(
                    matches!(
                        code.as_deref(),
                        Some(
                            "BAD_USER_INPUT"
                                | "QUERY_TOO_COMPLEX"
                                | "INVALID_CREDENTIALS"
                                | "NOT_FOUND"
                                | "UNAUTHENTICATED"
                        )
                    ),
                    "{case}: {body}"
                );
            }
        }
    }

    // Inline in the document, a long value is a long query: QUERY_TOO_COMPLEX.
    let query = format!(
        "{{ quotes(filter: {{ search: \"{}\" }}) {{ totalCount }} }}",
        "x".repeat(50_000)
    );
    let (status, body) = send(&app, &query, json!({}), Some(&acct.access))
        .await
        .expect("an answer");
    assert_eq!(status, 200, "{body}");
    assert_code(&body, "QUERY_TOO_COMPLEX");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn searches_weigh_in_the_complexity_limit() {
    let app = spawn(Backend::Sqlite).await;
    let acct = app.register("weigh").await;
    let searches = |n: usize| {
        let fields: String = (0..n)
            .map(|i| format!("s{i}: quotes(first: 100, filter: {{ search: \"x{i}\" }}) {{ totalCount nodes {{ text }} }} "))
            .collect();
        format!("{{ {fields} }}")
    };
    // One worst-case search in a document is fine; two or ten are refused before any runs.
    let body = app.gql(&searches(1), json!({}), Some(&acct.access)).await;
    assert!(body.get("errors").is_none(), "{body}");
    for n in [2, 10] {
        let body = app.gql(&searches(n), json!({}), Some(&acct.access)).await;
        assert!(body.get("data").is_none(), "{body}");
        assert_code(&body, "QUERY_TOO_COMPLEX");
    }
    // An author filter is cheap: several fit.
    let authors: String = (0..5)
        .map(|i| format!("a{i}: quotes(filter: {{ author: \"x{i}\" }}) {{ totalCount }} "))
        .collect();
    let body = app
        .gql(&format!("{{ {authors} }}"), json!({}), Some(&acct.access))
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    // Unfiltered pages stay cheap: twenty of them pass.
    let pages: String = (0..20)
        .map(|i| format!("p{i}: quotes(first: 100) {{ totalCount nodes {{ text }} }} "))
        .collect();
    let body = app
        .gql(&format!("{{ {pages} }}"), json!({}), Some(&acct.access))
        .await;
    assert!(body.get("errors").is_none(), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quote_writes_are_rate_limited_per_account() {
    let app = spawn_with(
        Backend::Sqlite,
        &[("RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT", "3/1h")],
    )
    .await;
    let acct = app.register("writer").await;
    let other = app.register("other").await;
    let create = "mutation { createQuote(input: { text: \"t\", author: \"a\" }) { id } }";
    let body = app.gql(create, json!({}), Some(&acct.access)).await;
    let id = body["data"]["createQuote"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = app
        .gql(
            "mutation($id: ID!) { updateQuote(id: $id, input: { text: \"u\" }) { id } }",
            json!({ "id": id }),
            Some(&acct.access),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let body = app
        .gql(
            "mutation($id: ID!) { deleteQuote(id: $id) }",
            json!({ "id": id }),
            Some(&acct.access),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    // The fourth write of the hour, whichever kind, is refused with the wait.
    for query in [
        create,
        "mutation { deleteQuote(id: \"00000000-0000-0000-0000-000000000000\") }",
    ] {
        let body = app.gql(query, json!({}), Some(&acct.access)).await;
        assert_code(&body, "RATE_LIMITED");
        let wait = body["errors"][0]["extensions"]["retryAfter"]
            .as_u64()
            .unwrap();
        assert!(wait > 0 && wait <= 3600, "{body}");
    }
    // Reads go on, and other accounts have their own budget.
    let body = app
        .gql("{ quotes { totalCount } }", json!({}), Some(&acct.access))
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let body = app.gql(create, json!({}), Some(&other.access)).await;
    assert!(body.get("errors").is_none(), "{body}");
    // An hour later the budget is back.
    app.clock.advance(std::time::Duration::from_secs(3601));
    let (access, _) = app.new_session(&acct).await;
    let body = app.gql(create, json!({}), Some(&access)).await;
    assert!(body.get("errors").is_none(), "{body}");

    // `off` switches it off.
    let app = spawn_with(
        Backend::Sqlite,
        &[("RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT", "off")],
    )
    .await;
    let acct = app.register("unlimited").await;
    for _ in 0..5 {
        let body = app.gql(create, json!({}), Some(&acct.access)).await;
        assert!(body.get("errors").is_none(), "{body}");
    }
}
