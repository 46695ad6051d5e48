//! OpenTelemetry trace export (OTLP/HTTP), through the binary: the exporter and the tracing
//! subscriber are process-wide, so each test starts its own server process. The collector is a
//! listener here that decodes what it receives with OpenTelemetry's own protobuf messages
//! (`opentelemetry-proto`); the OpenTelemetry Collector itself is not packaged for this machine.

use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::HeaderMap;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{KeyValue, any_value};
use opentelemetry_proto::tonic::trace::v1::Span;
use opentelemetry_proto::tonic::trace::v1::span::SpanKind;
use prost::Message;
use serde_json::{Value, json};

use crate::helpers::*;

/// What the collector received: each export's headers and body.
#[derive(Clone, Default)]
struct Collector {
    exports: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
}

impl Collector {
    /// Listens on a free port; spans are POSTed to `<address>/v1/traces`.
    async fn start() -> (Self, String) {
        let collector = Self::default();
        let exports = collector.exports.clone();
        let app = axum::Router::new().route(
            "/v1/traces",
            axum::routing::post(move |headers: HeaderMap, body: Bytes| {
                let exports = exports.clone();
                async move {
                    exports.lock().unwrap().push((headers, body));
                    // An empty ExportTraceServiceResponse: everything accepted.
                    (
                        [(axum::http::header::CONTENT_TYPE, "application/x-protobuf")],
                        Vec::<u8>::new(),
                    )
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (collector, address)
    }

    fn requests(&self) -> Vec<ExportTraceServiceRequest> {
        self.exports
            .lock()
            .unwrap()
            .iter()
            .map(|(headers, body)| {
                assert_eq!(headers["content-type"], "application/x-protobuf");
                ExportTraceServiceRequest::decode(body.as_ref()).expect("OTLP protobuf")
            })
            .collect()
    }

    fn spans(&self) -> Vec<Span> {
        self.requests()
            .into_iter()
            .flat_map(|r| r.resource_spans)
            .flat_map(|r| r.scope_spans)
            .flat_map(|s| s.spans)
            .collect()
    }

    /// Every byte the collector received, headers excluded.
    fn bodies(&self) -> Vec<u8> {
        self.exports
            .lock()
            .unwrap()
            .iter()
            .flat_map(|(_, body)| body.to_vec())
            .collect()
    }
}

fn attribute(attributes: &[KeyValue], key: &str) -> Option<String> {
    let value = attributes.iter().find(|kv| kv.key == key)?.value.as_ref()?;
    match value.value.as_ref()? {
        any_value::Value::StringValue(s) => Some(s.clone()),
        any_value::Value::IntValue(i) => Some(i.to_string()),
        any_value::Value::BoolValue(b) => Some(b.to_string()),
        other => Some(format!("{other:?}")),
    }
}

#[track_caller]
fn assert_attribute(attributes: &[KeyValue], key: &str, want: Option<&str>) {
    assert_eq!(attribute(attributes, key).as_deref(), want, "{key}");
}

fn named<'a>(spans: &'a [Span], name: &str, trace_id: &[u8]) -> Vec<&'a Span> {
    spans
        .iter()
        .filter(|s| s.name == name && s.trace_id == trace_id)
        .collect()
}

/// A server exporting to `collector`, with more variables.
fn serve(collector: &str, vars: &[(&str, &str)]) -> (Child, String) {
    let mut cmd = bin();
    cmd.arg("serve")
        .env("BIND", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", collector)
        .env("OTEL_BSP_SCHEDULE_DELAY", "100")
        .stderr(Stdio::piped());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let address = listening_address(&mut child);
    (child, address)
}

/// SIGTERM, then the exit status: the server sends its last spans before it exits.
async fn stop(child: Child) -> std::process::ExitStatus {
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let mut child = child;
    tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap()
}

async fn post(
    client: &reqwest::Client,
    address: &str,
    headers: &[(&str, &str)],
    body: Value,
) -> Value {
    let mut request = client.post(format!("{address}/graphql")).json(&body);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT_ID: &str = "00f067aa0ba902b7";
const UNSAMPLED_TRACE_ID: &str = "0af7651916cd43dd8448eb211c80319c";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_continue_the_callers_trace_and_carry_no_secret() {
    let (collector, collector_address) = Collector::start().await;
    let (child, address) = serve(
        &collector_address,
        &[
            ("OTEL_SERVICE_NAME", "portcullis-test"),
            ("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=ci"),
            (
                "OTEL_EXPORTER_OTLP_HEADERS",
                "authorization=Bearer%20collector-key",
            ),
        ],
    );
    let client = reqwest::Client::new();
    let traceparent = format!("00-{TRACE_ID}-{PARENT_ID}-01");
    let registered = post(
        &client,
        &address,
        &[("traceparent", &traceparent)],
        json!({
            "query": "mutation SignUp($i: RegisterInput!) { register(input: $i) { user { id } } }",
            "operationName": "SignUp",
            "variables": { "i": { "email": "ada@example.com", "username": "ada", "password": PASSWORD } }
        }),
    )
    .await;
    assert!(
        registered["data"]["register"]["user"]["id"].is_string(),
        "{registered}"
    );
    let login = post(
        &client,
        &address,
        &[],
        json!({
            "query": format!("mutation SignIn($i: LoginInput!) {{ login(input: $i) {{ ... on AuthPayload {{ {AUTH_FIELDS} }} }} }}"),
            "operationName": "SignIn",
            "variables": { "i": { "login": "ada", "password": PASSWORD } }
        }),
    )
    .await;
    let access = login["data"]["login"]["accessToken"]
        .as_str()
        .expect("signed in")
        .to_owned();
    let refresh = login["data"]["login"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let wrong = post(
        &client,
        &address,
        &[],
        json!({
            "query": "mutation WrongPassword { login(input: { login: \"ada\", password: \"not the password at all\" }) { __typename } }",
        }),
    )
    .await;
    assert_eq!(
        wrong["errors"][0]["extensions"]["code"], "INVALID_CREDENTIALS",
        "{wrong}"
    );
    let bearer = format!("Bearer {access}");
    let quotes = post(
        &client,
        &address,
        &[("authorization", &bearer)],
        json!({ "query": "query MyQuotes { quotes(first: 5) { nodes { id } } }" }),
    )
    .await;
    assert!(quotes["data"]["quotes"]["nodes"].is_array(), "{quotes}");
    // The caller decided not to record this trace: parent-based sampling (the default) follows.
    let unsampled = format!("00-{UNSAMPLED_TRACE_ID}-{PARENT_ID}-00");
    post(
        &client,
        &address,
        &[("traceparent", &unsampled)],
        json!({ "query": "query Unrecorded { __typename }" }),
    )
    .await;
    // A path no route matches: the span is named by the method alone, never the path.
    let missing = client
        .get(format!("{address}/no/such/page-{}", "x".repeat(40)))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let status = stop(child).await;
    assert!(status.success(), "{status:?}");

    let requests = collector.requests();
    assert!(!requests.is_empty(), "no export received");
    for (headers, _) in collector.exports.lock().unwrap().iter() {
        assert_eq!(headers["authorization"], "Bearer collector-key");
    }
    let resource = requests[0].resource_spans[0].resource.as_ref().unwrap();
    assert_attribute(
        &resource.attributes,
        "service.name",
        Some("portcullis-test"),
    );
    assert_attribute(&resource.attributes, "deployment.environment", Some("ci"));

    let spans = collector.spans();
    let trace_id = hex::decode(TRACE_ID).unwrap();
    // The request span continues the caller's trace, as a server span under the caller's span.
    let server = named(&spans, "POST /graphql", &trace_id);
    assert_eq!(server.len(), 1, "{spans:#?}");
    let server = server[0];
    assert_eq!(server.parent_span_id, hex::decode(PARENT_ID).unwrap());
    assert_eq!(server.kind, SpanKind::Server as i32);
    assert_attribute(&server.attributes, "http.request.method", Some("POST"));
    assert_attribute(&server.attributes, "http.route", Some("/graphql"));
    assert_attribute(&server.attributes, "http.response.status_code", Some("200"));
    // The operation under it, named by its type and name.
    let operation = named(&spans, "mutation SignUp", &trace_id);
    assert_eq!(operation.len(), 1, "{spans:#?}");
    let operation = operation[0];
    assert_eq!(operation.parent_span_id, server.span_id);
    assert_attribute(
        &operation.attributes,
        "graphql.operation.type",
        Some("mutation"),
    );
    assert_attribute(
        &operation.attributes,
        "graphql.operation.name",
        Some("SignUp"),
    );
    assert_attribute(&operation.attributes, "error.type", None);
    // The password hash, on a hashing thread, is in the same trace, below the operation.
    let hash = named(&spans, "argon2id", &trace_id);
    assert_eq!(hash.len(), 1, "{spans:#?}");
    let mut ancestor = hash[0].parent_span_id.clone();
    let mut chain = vec![];
    while let Some(parent) = spans.iter().find(|s| s.span_id == ancestor) {
        chain.push(parent.name.clone());
        ancestor = parent.parent_span_id.clone();
    }
    assert!(chain.contains(&"mutation SignUp".to_owned()), "{chain:?}");
    assert_eq!(
        chain.last().map(String::as_str),
        Some("POST /graphql"),
        "{chain:?}"
    );

    // Requests without traceparent start their own traces; a refused sign-in names its code.
    let roots: Vec<&Span> = spans
        .iter()
        .filter(|s| s.name == "POST /graphql" && s.parent_span_id.is_empty())
        .collect();
    assert_eq!(roots.len(), 3, "{spans:#?}");
    let wrong = spans
        .iter()
        .find(|s| s.name == "mutation WrongPassword")
        .expect("the refused sign-in's span");
    assert_attribute(&wrong.attributes, "error.type", Some("INVALID_CREDENTIALS"));
    assert!(spans.iter().any(|s| s.name == "query MyQuotes"));
    let missing: Vec<&Span> = spans.iter().filter(|s| s.name == "GET").collect();
    assert_eq!(missing.len(), 1, "{spans:#?}");
    assert_attribute(&missing[0].attributes, "http.route", None);
    assert_attribute(
        &missing[0].attributes,
        "http.response.status_code",
        Some("404"),
    );
    assert!(spans.iter().all(|s| !s.name.contains("no/such")));
    // Not sampled by the caller: nothing of that trace.
    let unsampled = hex::decode(UNSAMPLED_TRACE_ID).unwrap();
    assert!(spans.iter().all(|s| s.trace_id != unsampled), "{spans:#?}");
    assert!(spans.iter().all(|s| s.name != "query Unrecorded"));

    // No secret left the process: not the password, the tokens, the wrong password, or the
    // documents' text.
    let sent = collector.bodies();
    for secret in [
        PASSWORD,
        access.as_str(),
        refresh.as_str(),
        "not the password at all",
        "ada@example.com",
        "LoginInput",
    ] {
        assert!(
            !sent.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret:?} was exported"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_collector_costs_requests_nothing() {
    // A port nothing listens on: every export fails.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let (child, address) = serve(&closed, &[("OTEL_EXPORTER_OTLP_TIMEOUT", "500")]);
    let client = reqwest::Client::new();
    let started = std::time::Instant::now();
    for _ in 0..20 {
        let body = post(&client, &address, &[], json!({ "query": "{ __typename }" })).await;
        assert_eq!(body["data"]["__typename"], "Query");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    // The process still stops cleanly, its last export given up after the timeout.
    let stopping = std::time::Instant::now();
    let status = stop(child).await;
    assert!(status.success(), "{status:?}");
    assert!(
        stopping.elapsed() < Duration::from_secs(10),
        "{:?}",
        stopping.elapsed()
    );
}

#[test]
fn a_misconfigured_export_stops_the_start_naming_the_variable() {
    let out = bin()
        .arg("serve")
        .env("BIND", "127.0.0.1:0")
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")
        .env("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("OTEL_EXPORTER_OTLP_PROTOCOL"), "{stderr}");
    assert!(stderr.contains("http/protobuf"), "{stderr}");
}
