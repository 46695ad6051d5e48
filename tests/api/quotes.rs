//! The caller's quotes: ownership, keyset pagination both ways, filters, validation and exact
//! round-trips, on every database.

use std::collections::HashSet;

use serde_json::{Value, json};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    quotes_need_a_signed_in_caller,
    nobody_else_can_see_or_touch_a_quote,
    create_update_and_delete_round_trip,
    pages_walk_forward_and_backward_exactly,
    walking_pages_while_quotes_are_added_never_repeats_or_skips,
    page_arguments_are_validated,
    filters_match_author_exactly_and_search_substrings,
    invalid_text_and_author_are_refused_naming_the_field,
    values_round_trip_byte_for_byte,
);

const QUOTE_FIELDS: &str = "id text author createdAt updatedAt";

impl TestApp {
    async fn create_quote(&self, token: &str, text: &str, author: &str) -> Value {
        self.gql(
            &format!(
                "mutation($i: CreateQuoteInput!) {{ createQuote(input: $i) {{ {QUOTE_FIELDS} }} }}"
            ),
            json!({ "i": { "text": text, "author": author } }),
            Some(token),
        )
        .await
    }

    async fn new_quote(&self, token: &str, text: &str, author: &str) -> Value {
        let body = self.create_quote(token, text, author).await;
        assert!(body["data"]["createQuote"].is_object(), "{body}");
        body["data"]["createQuote"].clone()
    }

    async fn quote_page(&self, token: &str, args: Value) -> Value {
        let body = self
            .gql(
                &format!(
                    "query($first: Int, $after: String, $last: Int, $before: String, $filter: QuoteFilter) {{
                       quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {{
                         edges {{ cursor node {{ {QUOTE_FIELDS} }} }}
                         nodes {{ id }}
                         pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }}
                         totalCount
                       }} }}"
                ),
                args,
                Some(token),
            )
            .await;
        assert!(body["data"]["quotes"].is_object(), "{body}");
        body["data"]["quotes"].clone()
    }
}

fn ids(page: &Value) -> Vec<String> {
    page["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn quotes_need_a_signed_in_caller(backend: Backend) {
    let app = spawn(backend).await;
    let id = uuid::Uuid::now_v7().to_string();
    for (query, vars) in [
        (
            "query($id: ID!) { quote(id: $id) { id } }",
            json!({ "id": id }),
        ),
        ("{ quotes { totalCount } }", json!({})),
        (
            "mutation { createQuote(input: { text: \"t\", author: \"a\" }) { id } }",
            json!({}),
        ),
        (
            "mutation($id: ID!) { updateQuote(id: $id, input: { text: \"t\" }) { id } }",
            json!({ "id": id }),
        ),
        (
            "mutation($id: ID!) { deleteQuote(id: $id) }",
            json!({ "id": id }),
        ),
    ] {
        for token in [None, Some("not-a-token")] {
            let body = app.gql(query, vars.clone(), token).await;
            assert_error(&body, "UNAUTHENTICATED", None, format_args!("{query}"));
        }
    }
}

async fn nobody_else_can_see_or_touch_a_quote(backend: Backend) {
    let app = spawn(backend).await;
    let alice = app.register("alice").await;
    let bob = app.register("bob").await;
    let q = app.new_quote(&alice.access, "Alice's words", "Alice").await;
    let id = q["id"].as_str().unwrap();
    app.new_quote(&bob.access, "Bob's words", "Bob").await;

    let body = app
        .gql(
            "query($id: ID!) { quote(id: $id) { id } }",
            json!({ "id": id }),
            Some(&bob.access),
        )
        .await;
    assert_eq!(
        body,
        json!({ "data": { "quote": null } }),
        "someone else's quote reads as missing"
    );
    let missing = uuid::Uuid::now_v7().to_string();
    let body = app
        .gql(
            "query($id: ID!) { quote(id: $id) { id } }",
            json!({ "id": missing }),
            Some(&bob.access),
        )
        .await;
    assert_eq!(body, json!({ "data": { "quote": null } }));

    let update =
        "mutation($id: ID!) { updateQuote(id: $id, input: { text: \"hijacked\" }) { id } }";
    let body = app
        .gql(update, json!({ "id": id }), Some(&bob.access))
        .await;
    assert_code(&body, "NOT_FOUND");
    let body = app
        .gql(update, json!({ "id": missing }), Some(&bob.access))
        .await;
    assert_code(&body, "NOT_FOUND");
    let delete = "mutation($id: ID!) { deleteQuote(id: $id) }";
    let body = app
        .gql(delete, json!({ "id": id }), Some(&bob.access))
        .await;
    assert_code(&body, "NOT_FOUND");

    // Bob's list holds only Bob's quote; Alice's quote is untouched.
    let page = app.quote_page(&bob.access, json!({})).await;
    assert_eq!(page["totalCount"], 1);
    assert_eq!(page["edges"][0]["node"]["text"], "Bob's words");
    let body = app
        .gql(
            &format!("query($id: ID!) {{ quote(id: $id) {{ {QUOTE_FIELDS} }} }}"),
            json!({ "id": id }),
            Some(&alice.access),
        )
        .await;
    assert_eq!(body["data"]["quote"], q);
    // Bob's filters and cursors cannot reach Alice's rows either.
    let page = app
        .quote_page(&bob.access, json!({ "filter": { "search": "alice" } }))
        .await;
    assert_eq!(page["totalCount"], 0);
    let alice_page = app.quote_page(&alice.access, json!({})).await;
    let cursor = alice_page["edges"][0]["cursor"].clone();
    let page = app
        .quote_page(&bob.access, json!({ "last": 10, "before": cursor }))
        .await;
    assert!(ids(&page).iter().all(|i| i != id));
}

async fn create_update_and_delete_round_trip(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("crud").await;
    let q = app
        .new_quote(
            &acct.access,
            "Simplicity is prerequisite for reliability.",
            "Edsger W. Dijkstra",
        )
        .await;
    assert_eq!(q["text"], "Simplicity is prerequisite for reliability.");
    assert_eq!(q["author"], "Edsger W. Dijkstra");
    assert_eq!(q["createdAt"], q["updatedAt"]);
    let id = q["id"].as_str().unwrap().to_owned();

    let update = format!(
        "mutation($id: ID!, $i: UpdateQuoteInput!) {{ updateQuote(id: $id, input: $i) {{ {QUOTE_FIELDS} }} }}"
    );
    app.clock.advance(std::time::Duration::from_secs(2));
    let body = app
        .gql(
            &update,
            json!({ "id": id, "i": { "author": "E. W. Dijkstra" } }),
            Some(&acct.access),
        )
        .await;
    let u = &body["data"]["updateQuote"];
    assert_eq!(u["text"], q["text"], "text unchanged: {body}");
    assert_eq!(u["author"], "E. W. Dijkstra");
    assert_eq!(u["createdAt"], q["createdAt"]);
    assert!(u["updatedAt"].as_str().unwrap() > q["updatedAt"].as_str().unwrap());
    let body = app
        .gql(
            &update,
            json!({ "id": id, "i": { "text": "New text", "author": null } }),
            Some(&acct.access),
        )
        .await;
    assert_eq!(body["data"]["updateQuote"]["text"], "New text");
    assert_eq!(body["data"]["updateQuote"]["author"], "E. W. Dijkstra");

    let body = app
        .gql(
            "mutation($id: ID!) { deleteQuote(id: $id) }",
            json!({ "id": id }),
            Some(&acct.access),
        )
        .await;
    assert_eq!(body["data"]["deleteQuote"], id.as_str());
    let body = app
        .gql(
            "query($id: ID!) { quote(id: $id) { id } }",
            json!({ "id": id }),
            Some(&acct.access),
        )
        .await;
    assert_eq!(body["data"]["quote"], Value::Null);
    let body = app
        .gql(
            "mutation($id: ID!) { deleteQuote(id: $id) }",
            json!({ "id": id }),
            Some(&acct.access),
        )
        .await;
    assert_code(&body, "NOT_FOUND");
    let body = app
        .gql(
            "mutation { deleteQuote(id: \"not-an-id\") }",
            json!({}),
            Some(&acct.access),
        )
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "id");
}

async fn pages_walk_forward_and_backward_exactly(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("pager").await;
    let mut created = Vec::new();
    for i in 0..45 {
        let q = app
            .new_quote(&acct.access, &format!("quote {i}"), "Someone")
            .await;
        created.push(q["id"].as_str().unwrap().to_owned());
    }
    let newest_first: Vec<String> = created.iter().rev().cloned().collect();

    // Default page: the 20 newest.
    let page = app.quote_page(&acct.access, json!({})).await;
    assert_eq!(ids(&page), newest_first[..20]);
    assert_eq!(page["nodes"].as_array().unwrap().len(), 20);
    assert_eq!(page["totalCount"], 45);

    // Forward by 10: 10, 10, 10, 10, 5.
    let mut seen = Vec::new();
    let mut after = Value::Null;
    for n in 0..5 {
        let page = app
            .quote_page(&acct.access, json!({ "first": 10, "after": after }))
            .await;
        let expect = if n == 4 { 5 } else { 10 };
        assert_eq!(ids(&page).len(), expect);
        assert_eq!(page["pageInfo"]["hasPreviousPage"], n > 0, "page {n}");
        assert_eq!(page["pageInfo"]["hasNextPage"], n < 4, "page {n}");
        assert_eq!(page["pageInfo"]["startCursor"], page["edges"][0]["cursor"]);
        assert_eq!(
            page["pageInfo"]["endCursor"],
            page["edges"][expect - 1]["cursor"]
        );
        seen.extend(ids(&page));
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(seen, newest_first);

    // Backward by 10 from the oldest end: 10, 10, 10, 10, 5, each page still newest first.
    let mut seen_back = Vec::new();
    let mut before = Value::Null;
    for n in 0..5 {
        let page = app
            .quote_page(&acct.access, json!({ "last": 10, "before": before }))
            .await;
        let expect = if n == 4 { 5 } else { 10 };
        assert_eq!(ids(&page).len(), expect);
        assert_eq!(page["pageInfo"]["hasNextPage"], n > 0, "page {n}");
        assert_eq!(page["pageInfo"]["hasPreviousPage"], n < 4, "page {n}");
        let mut chunk = ids(&page);
        chunk.extend(seen_back);
        seen_back = chunk;
        before = page["pageInfo"]["startCursor"].clone();
    }
    assert_eq!(seen_back, newest_first);
    assert_eq!(seen_back.iter().collect::<HashSet<_>>().len(), 45);

    // first: 0 tells whether there is anything, and an empty page has no cursors.
    let page = app.quote_page(&acct.access, json!({ "first": 0 })).await;
    assert_eq!(ids(&page).len(), 0);
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    assert_eq!(page["pageInfo"]["startCursor"], Value::Null);
    // after + before bound a window.
    let all = app.quote_page(&acct.access, json!({ "first": 45 })).await;
    let window = app
        .quote_page(&acct.access, json!({ "first": 100, "after": all["edges"][4]["cursor"], "before": all["edges"][10]["cursor"] }))
        .await;
    assert_eq!(ids(&window), newest_first[5..10]);
    assert_eq!(window["pageInfo"]["hasPreviousPage"], true);
    assert_eq!(window["pageInfo"]["hasNextPage"], false);
}

async fn walking_pages_while_quotes_are_added_never_repeats_or_skips(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("walker").await;
    let mut original = Vec::new();
    for i in 0..25 {
        original.push(
            app.new_quote(&acct.access, &format!("old {i}"), "A").await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = app
            .quote_page(&acct.access, json!({ "first": 7, "after": after }))
            .await;
        seen.extend(ids(&page));
        // Someone adds quotes between every page request.
        for i in 0..3 {
            app.new_quote(&acct.access, &format!("new {i}"), "B").await;
        }
        if page["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    let expected: Vec<String> = original.iter().rev().cloned().collect();
    assert_eq!(
        seen, expected,
        "exactly the older rows, once each, in order"
    );
}

async fn page_arguments_are_validated(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("args").await;
    for (args, field) in [
        (json!({ "first": 101 }), "first"),
        (json!({ "first": -1 }), "first"),
        (json!({ "last": 101 }), "last"),
        (json!({ "last": -3 }), "last"),
        (json!({ "first": 5, "last": 5 }), "last"),
        (json!({ "after": "garbage" }), "after"),
        (json!({ "before": "Zm9vOmJhcg" }), "before"),
    ] {
        let body = app
            .gql(
                "query($first: Int, $after: String, $last: Int, $before: String) { quotes(first: $first, after: $after, last: $last, before: $before) { totalCount } }",
                args.clone(),
                Some(&acct.access),
            )
            .await;
        assert_error(&body, "BAD_USER_INPUT", Some(field), format_args!("{args}"));
    }
    let page = app.quote_page(&acct.access, json!({ "first": 100 })).await;
    assert_eq!(page["totalCount"], 0);
    assert_eq!(page["pageInfo"]["hasNextPage"], false);
    assert_eq!(page["pageInfo"]["hasPreviousPage"], false);
}

async fn filters_match_author_exactly_and_search_substrings(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("filter").await;
    let t = &acct.access;
    app.new_quote(
        t,
        "The Analytical Engine weaves algebraic patterns",
        "Ada Lovelace",
    )
    .await;
    app.new_quote(
        t,
        "That brain of mine is more than merely mortal",
        "ADA LOVELACE",
    )
    .await;
    app.new_quote(t, "Short name", "Ada").await;
    app.new_quote(t, "J'accuse…!", "Émile Zola").await;
    app.new_quote(t, "La vérité est en marche", "émile zola")
        .await;
    app.new_quote(t, "Give 100% always", "Coach").await;
    app.new_quote(t, "Give 100 percent", "Coach").await;
    app.new_quote(t, "snake_case wins", "Pythonista").await;
    app.new_quote(t, "snakeXcase loses", "Pythonista").await;
    app.new_quote(t, r"C:\path\to", "Windows").await;
    app.new_quote(t, "Ada's love of numbers", "Biographer")
        .await;

    let check =
        |filter: Value, expected: Vec<&'static str>| check_filter(&app, t, filter, expected);
    check(
        json!({ "author": "ada lovelace" }),
        vec![
            "The Analytical Engine weaves algebraic patterns",
            "That brain of mine is more than merely mortal",
        ],
    )
    .await;
    check(json!({ "author": "ada" }), vec!["Short name"]).await;
    check(json!({ "author": "ada " }), vec![]).await;
    check(
        json!({ "author": "ÉMILE ZOLA" }),
        vec!["J'accuse…!", "La vérité est en marche"],
    )
    .await;
    check(json!({ "author": "emile zola" }), vec![]).await;
    check(json!({ "search": "100%" }), vec!["Give 100% always"]).await;
    check(json!({ "search": "e_c" }), vec!["snake_case wins"]).await;
    check(json!({ "search": r"\path" }), vec![r"C:\path\to"]).await;
    check(
        json!({ "search": "VÉRITÉ" }),
        vec!["La vérité est en marche"],
    )
    .await;
    check(json!({ "search": "verite" }), vec![]).await;
    check(
        json!({ "search": "LOVE" }),
        vec![
            "The Analytical Engine weaves algebraic patterns",
            "That brain of mine is more than merely mortal",
            "Ada's love of numbers",
        ],
    )
    .await;
    check(
        json!({ "author": "ada lovelace", "search": "brain" }),
        vec!["That brain of mine is more than merely mortal"],
    )
    .await;
    check(json!({ "search": "%" }), vec!["Give 100% always"]).await;
    check(json!({ "search": "_" }), vec!["snake_case wins"]).await;

    // Filtered pages walk like unfiltered ones.
    let first = app
        .quote_page(t, json!({ "first": 1, "filter": { "search": "love" } }))
        .await;
    assert_eq!(first["pageInfo"]["hasNextPage"], true);
    let second = app.quote_page(t, json!({ "first": 5, "after": first["pageInfo"]["endCursor"], "filter": { "search": "love" } })).await;
    assert_eq!(ids(&second).len(), 2);
    assert_eq!(second["pageInfo"]["hasPreviousPage"], true);
    assert_eq!(second["pageInfo"]["hasNextPage"], false);
}

async fn check_filter(app: &TestApp, token: &str, filter: Value, expected: Vec<&'static str>) {
    let page = app
        .quote_page(token, json!({ "first": 100, "filter": filter }))
        .await;
    let mut texts: Vec<&str> = page["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["text"].as_str().unwrap())
        .collect();
    texts.sort();
    let mut expected = expected;
    expected.sort();
    assert_eq!(texts, expected, "{filter}");
    assert_eq!(page["totalCount"], expected.len(), "{filter}");
}

async fn invalid_text_and_author_are_refused_naming_the_field(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("validate").await;
    let t = &acct.access;
    let long_text = "x".repeat(2001);
    let long_author = "y".repeat(201);
    for (text, author, field) in [
        ("", "A", "text"),
        ("   \n\t", "A", "text"),
        (long_text.as_str(), "A", "text"),
        ("nul \u{0} inside", "A", "text"),
        ("bell \u{7}", "A", "text"),
        ("ok", "", "author"),
        ("ok", " ", "author"),
        ("ok", long_author.as_str(), "author"),
        ("ok", "esc\u{1b}", "author"),
    ] {
        let body = app.create_quote(t, text, author).await;
        assert_code_field(&body, "BAD_USER_INPUT", field);
    }
    assert_eq!(
        app.quote_page(t, json!({})).await["totalCount"],
        0,
        "nothing stored"
    );

    // The limits count characters: 2,000 four-byte emoji are fine.
    let crabs = "🦀".repeat(2000);
    let q = app.new_quote(t, &crabs, &"é".repeat(200)).await;
    assert_eq!(q["text"], crabs.as_str());

    let body = app
        .gql(
            "mutation($id: ID!) { updateQuote(id: $id, input: { text: \" \" }) { id } }",
            json!({ "id": q["id"] }),
            Some(t),
        )
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "text");
}

async fn values_round_trip_byte_for_byte(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("unicode").await;
    let samples = [
        "  leading and trailing spaces  ",
        "emoji 👩‍👩‍👧‍👦 family, flags 🇳🇴, skin tones 👍🏽",
        "combining: e\u{301} vs é, Hangul 한국어, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "RTL: مرحبا بالعالم \u{202b}עברית\u{202c}",
        "quotes ' \" ` ‘ ’ “ ” and backslashes \\ \\\\ \\n",
        "lines\nwith\r\nbreaks\tand\ttabs",
        "'; DROP TABLE quotes; -- and %_ wildcards",
        "zero width\u{200b}joiner\u{200d}and BOM\u{feff}",
    ];
    let mut ids = Vec::new();
    for (i, s) in samples.iter().enumerate() {
        let q = app.new_quote(&acct.access, s, &format!("{s} #{i}")).await;
        assert_eq!(q["text"], *s);
        ids.push(q["id"].as_str().unwrap().to_owned());
    }
    for (i, id) in ids.iter().enumerate() {
        let body = app
            .gql(
                "query($id: ID!) { quote(id: $id) { text author } }",
                json!({ "id": id }),
                Some(&acct.access),
            )
            .await;
        assert_eq!(
            body["data"]["quote"]["text"], samples[i],
            "read back exactly"
        );
        assert_eq!(
            body["data"]["quote"]["author"],
            format!("{} #{i}", samples[i])
        );
    }
    let page = app.quote_page(&acct.access, json!({ "first": 100 })).await;
    let listed: HashSet<&str> = page["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(listed, samples.iter().copied().collect::<HashSet<_>>());
}
