//! The edges of GraphQL: real tools' introspection queries pass the depth limit (introspection
//! subtrees do not count) while other deep documents are still refused; no field suggestions
//! when introspection is off; Int values outside 32 bits refused before anything runs.

use serde_json::{Value, json};

use crate::helpers::*;

/// graphql-js 16's `getIntrospectionQuery()` with its default options, as tools send it.
const INTROSPECTION_QUERY_V16: &str = r#"
    query IntrospectionQuery {
      __schema {
        queryType { name }
        mutationType { name }
        subscriptionType { name }
        types {
          ...FullType
        }
        directives {
          name
          description
          locations
          args {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      fields(includeDeprecated: true) {
        name
        description
        args {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
"#;

/// The deepest of current tools' queries: TypeRef nests `ofType` 9 deep (graphql-js 17,
/// graphql-core 3.3), with the optional parts switched on (schema description, specifiedByURL,
/// repeatable directives, deprecated input values).
const INTROSPECTION_QUERY_DEEPEST: &str = r#"
    query IntrospectionQuery {
      __schema {
        description
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types { ...FullType }
        directives {
          name
          description
          isRepeatable
          locations
          args(includeDeprecated: true) { ...InputValue }
        }
      }
    }
    fragment FullType on __Type {
      kind
      name
      description
      specifiedByURL
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) { ...InputValue }
        type { ...TypeRef }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) { ...InputValue }
      interfaces { ...TypeRef }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ...TypeRef }
    }
    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      isDeprecated
      deprecationReason
    }
    fragment TypeRef on __Type {
      kind name
      ofType { kind name
        ofType { kind name
          ofType { kind name
            ofType { kind name
              ofType { kind name
                ofType { kind name
                  ofType { kind name
                    ofType { kind name
                      ofType { kind name }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
"#;

fn type_names(body: &Value) -> Vec<&str> {
    body["data"]["__schema"]["types"]
        .as_array()
        .unwrap_or_else(|| panic!("no types in {body}"))
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_standard_introspection_queries_pass_with_default_settings() {
    let app = spawn(Backend::Sqlite).await;
    for query in [INTROSPECTION_QUERY_V16, INTROSPECTION_QUERY_DEEPEST] {
        let body = app.gql(query, json!({}), None).await;
        assert!(body.get("errors").is_none(), "{body}");
        let names = type_names(&body);
        for expected in ["Query", "Mutation", "Quote", "ErrorCode", "__Type"] {
            assert!(names.contains(&expected), "{expected} in {names:?}");
        }
        assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_documents_outside_introspection_are_still_refused() {
    let app = spawn(Backend::Sqlite).await;
    let acct = app.register("deep").await;
    // 13 levels (the limit is 12), through a fragment, whatever the fields are: the depth is
    // checked before validation.
    let deep = format!(
        "{{ ...F }} fragment F on Query {{ {} id {} }}",
        "me {".repeat(12),
        "}".repeat(12)
    );
    let shallow = "{ quotes { edges { node { id } } } }";
    let body = app.gql(&deep, json!({}), Some(&acct.access)).await;
    assert!(body.get("data").is_none(), "{body}");
    assert_code(&body, "QUERY_TOO_COMPLEX");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("13 levels"),
        "{body}"
    );
    let body = app.gql(shallow, json!({}), Some(&acct.access)).await;
    assert!(body.get("errors").is_none(), "{body}");

    // Introspection is exempt from depth, not from the complexity limit.
    let app = spawn_with(Backend::Sqlite, &[("GRAPHQL_MAX_COMPLEXITY", "100")]).await;
    let body = app.gql(INTROSPECTION_QUERY_V16, json!({}), None).await;
    assert_code(&body, "QUERY_TOO_COMPLEX");
    // Nor from the switch.
    let app = spawn_with(Backend::Sqlite, &[("INTROSPECTION", "false")]).await;
    let body = app.gql(INTROSPECTION_QUERY_V16, json!({}), None).await;
    assert!(body.get("data").is_none(), "{body}");
    assert_code(&body, "BAD_USER_INPUT");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_introspection_no_error_suggests_a_name() {
    let typos = [
        "{ mee { id } }",
        "{ me { idd } }",
        "{ quotes(frist: 2) { totalCount } }",
        "{ me @include(iff: true) { id } }",
        "mutation { createQuot(input: { text: \"a\", author: \"b\" }) { id } }",
        "mutation { createQuote(input: { txt: \"a\", author: \"b\" }) { id } }",
        "{ quotes(filter: { serch: \"a\" }) { totalCount } }",
        "query($s: LogoutScop) { __typename }",
    ];
    let off = spawn_with(Backend::Sqlite, &[("INTROSPECTION", "false")]).await;
    let on = spawn(Backend::Sqlite).await;
    let mut suggested = 0;
    for query in typos {
        let body = off.gql(query, json!({}), None).await;
        assert!(
            body["errors"].as_array().is_some_and(|e| !e.is_empty()),
            "{query}: {body}"
        );
        assert!(
            !body.to_string().contains("Did you mean"),
            "{query}: {body}"
        );
        assert!(error_code(&body).is_some(), "{query}: {body}");
        let body = on.gql(query, json!({}), None).await;
        suggested += usize::from(body.to_string().contains("Did you mean"));
    }
    // With introspection on, suggestions help (the schema is public anyway).
    assert!(suggested >= 1, "{suggested}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ints_outside_32_bits_are_bad_user_input_before_anything_runs() {
    let app = spawn(Backend::Sqlite).await;
    let acct = app.register("bigint").await;
    let cases = [
        (
            "{ quotes(first: 2147483648) { totalCount } }",
            json!({}),
            "first",
        ),
        (
            "{ quotes(last: -2147483649) { totalCount } }",
            json!({}),
            "last",
        ),
        (
            "query($n: Int) { quotes(first: $n) { totalCount } }",
            json!({ "n": 2_147_483_648_i64 }),
            "n",
        ),
        (
            "query($n: Int = 9007199254740993) { quotes(first: $n) { totalCount } }",
            json!({}),
            "n",
        ),
        (
            "{ users(first: 99999999999) { totalCount } }",
            json!({}),
            "first",
        ),
    ];
    for (query, variables, field) in cases {
        let body = app.gql(query, variables, Some(&acct.access)).await;
        assert!(body.get("data").is_none(), "{query}: {body}");
        assert_error(&body, "BAD_USER_INPUT", Some(field), query);
    }
    // The largest Int is fine (and then capped by the page rules as usual).
    let body = app
        .gql(
            "query($n: Int) { quotes(first: $n) { totalCount } }",
            json!({ "n": 2_147_483_647 }),
            Some(&acct.access),
        )
        .await;
    assert_ne!(
        error_code(&body).as_deref(),
        Some("INTERNAL_SERVER_ERROR"),
        "{body}"
    );
    let body = app
        .gql(
            "{ quotes(first: 5) { totalCount } }",
            json!({}),
            Some(&acct.access),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
}
