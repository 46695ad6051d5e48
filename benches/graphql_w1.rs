//! The W1 read of issue 6 — `query { quotes(first: 20) { nodes { id text author createdAt } } }`
//! — executed on the schema in process, without HTTP: one user with 50 quotes on SQLite (the
//! per-user count of the load runs).
//!
//! - `execute_uncached`: what a document the server has not seen costs: parse it and check the
//!   document rules (`DocumentChecks::parse`), check the variables, validate and run it with the
//!   viewer already resolved.
//! - `execute_cached`: the same request once its text is in the parsed-document cache
//!   (`Documents::resolve` finds it by the text's SHA-256; no parse, no document checks).
//! - `authenticate_execute_serialize`: what the handler does after reading the body: resolve the
//!   Bearer token (`Sessions::authenticate`, cached session state), find the cached document,
//!   execute, and serialise the response to JSON bytes.
//!
//! cargo bench --bench graphql_w1

mod common;

use std::time::Duration;

use async_graphql::Request;
use criterion::{Criterion, criterion_group, criterion_main};
use portcullis::graphql::context::Viewer;
use portcullis::graphql::documents::{Documents, Wanted};
use serde_json::json;

const W1: &str = "query { quotes(first: 20) { nodes { id text author createdAt } } }";
const QUOTES: usize = 50;

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (app, token, viewer) = rt.block_on(async {
        let app = common::app(&[]).await;
        let token = app.register("benchuser").await;
        let principal = app.state.sessions.authenticate(&token).await.unwrap();
        let viewer = Viewer::Authenticated(Box::new(principal));
        for i in 0..QUOTES {
            app.execute(
                "mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }",
                json!({ "i": { "text": format!("Seed quote {i} of benchuser"), "author": "Bench Author" } }),
                viewer.clone(),
            )
            .await;
        }
        let data = app.execute(W1, json!({}), viewer.clone()).await;
        assert_eq!(data["quotes"]["nodes"].as_array().map(Vec::len), Some(20));
        (app, token, viewer)
    });

    let mut group = c.benchmark_group("graphql_w1");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    let checks = || {
        portcullis::graphql::document_checks(
            app.state.config.graphql_limits,
            app.state.config.introspection,
        )
    };
    let uncached = checks();
    let documents = Documents::new(checks(), app.state.config.trusted_documents.clone());
    let wanted = Wanted {
        text: W1,
        document_id: None,
        persisted_query: None,
    };
    group.bench_function("execute_uncached", |b| {
        b.to_async(&rt).iter(|| async {
            let mut request = Request::new(W1)
                .data(viewer.clone())
                .data(common::request_info());
            let doc = uncached.parse(&request.query).unwrap();
            uncached.check_variables(&doc, &request.variables).unwrap();
            request.set_parsed_query(doc);
            let response = app.schema.execute(request).await;
            assert!(response.errors.is_empty());
            response
        })
    });
    group.bench_function("execute_cached", |b| {
        b.to_async(&rt).iter(|| async {
            let mut request = Request::new(W1)
                .data(viewer.clone())
                .data(common::request_info());
            let prepared = documents.resolve(&wanted).unwrap();
            documents.prepare(&prepared, &mut request).unwrap();
            let response = app.schema.execute(request).await;
            assert!(response.errors.is_empty());
            response
        })
    });
    group.bench_function("authenticate_execute_serialize", |b| {
        b.to_async(&rt).iter(|| async {
            let principal = app.state.sessions.authenticate(&token).await.unwrap();
            let mut request = Request::new(W1)
                .data(Viewer::Authenticated(Box::new(principal)))
                .data(common::request_info());
            let prepared = documents.resolve(&wanted).unwrap();
            documents.prepare(&prepared, &mut request).unwrap();
            let response = app.schema.execute(request).await;
            assert!(response.errors.is_empty());
            serde_json::to_vec(&response).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
