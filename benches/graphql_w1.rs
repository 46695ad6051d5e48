//! The W1 read of issue 6 — `query { quotes(first: 20) { nodes { id text author createdAt } } }`
//! — executed on the schema in process, without HTTP: one user with 50 quotes on SQLite (the
//! per-user count of the load runs).
//!
//! - `execute`: parse, validate and run the query with the viewer already resolved (what
//!   `schema.execute` costs in the HTTP handler).
//! - `authenticate_execute_serialize`: what the handler does after reading the body: resolve the
//!   Bearer token (`Sessions::authenticate`, cached session state), execute, and serialise the
//!   response to JSON bytes.
//!
//! cargo bench --bench graphql_w1

mod common;

use std::time::Duration;

use async_graphql::Request;
use criterion::{Criterion, criterion_group, criterion_main};
use portcullis::graphql::context::Viewer;
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
    group.bench_function("execute", |b| {
        b.to_async(&rt).iter(|| async {
            let request = Request::new(W1)
                .data(viewer.clone())
                .data(common::request_info());
            let response = app.schema.execute(request).await;
            assert!(response.errors.is_empty());
            response
        })
    });
    group.bench_function("authenticate_execute_serialize", |b| {
        b.to_async(&rt).iter(|| async {
            let principal = app.state.sessions.authenticate(&token).await.unwrap();
            let request = Request::new(W1)
                .data(Viewer::Authenticated(Box::new(principal)))
                .data(common::request_info());
            let response = app.schema.execute(request).await;
            assert!(response.errors.is_empty());
            serde_json::to_vec(&response).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
