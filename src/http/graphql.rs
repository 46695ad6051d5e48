//! POST and GET /graphql, following GraphQL-over-HTTP: JSON bodies, `application/json` or
//! `application/graphql-response+json` answers, the status codes the spec asks for, mutations only
//! over POST, and GraphiQL for browsers.

use std::net::SocketAddr;
use std::sync::Arc;

use async_graphql::Variables;
use async_graphql::parser::types::OperationType;
use async_graphql_axum::GraphQLRequest;
use async_graphql_axum::rejection::GraphQLRejection;
use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tracing::Instrument;

use super::browser;
use super::client_ip::client_addr;
use super::graphiql;
use super::state::{HttpState, REQUEST_ID};
use crate::auth::jwt::Rejection;
use crate::graphql::context::{RequestInfo, Viewer};
use crate::graphql::documents::Wanted;
use crate::graphql::error::{ensure_codes, is_request_error};
use crate::graphql::types::ErrorCode;
use crate::services::ClientInfo;
use crate::telemetry;

const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";

/// The media type the client asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    Json,
    GraphqlResponse,
}

pub async fn post_handler(State(state): State<HttpState>, req: Request) -> Response {
    let Some(answer) = negotiate(req.headers()) else {
        return not_acceptable();
    };
    // Before anything is read: a foreign origin, or cookie mode without its proofs, is refused.
    let cookies = match browser::check_post(&state, req.headers()) {
        Ok(cookies) => cookies.map(Arc::new),
        Err(refusal) => {
            tracing::debug!(?refusal, "browser request refused");
            return forbidden(answer, refusal);
        }
    };
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    if content_type.as_deref() != Some("application/json") {
        return request_failure(
            answer,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "POST bodies must be application/json.",
        );
    }
    // A declared length over the limit is refused before reading a byte (with
    // `Expect: 100-continue` the client never has to send the body at all).
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > state.app.config.body_limit as u64) {
        return too_large(answer);
    }
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, state.app.config.body_limit).await {
        Ok(b) => b,
        Err(_) => return too_large(answer),
    };
    let value: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(_) => {
            return request_failure(
                answer,
                StatusCode::BAD_REQUEST,
                "The body is not valid JSON.",
            );
        }
    };
    if value.is_array() {
        return request_failure(
            answer,
            StatusCode::BAD_REQUEST,
            "Batched requests are not supported: send one operation per request.",
        );
    }
    let (request, document_id) = match parse_body(value) {
        Ok(r) => r,
        Err(message) => return request_failure(answer, StatusCode::BAD_REQUEST, message),
    };
    let call = Call {
        headers: &parts.headers,
        extensions: &parts.extensions,
        document_id: document_id.as_deref(),
        get: false,
        answer,
    };
    let Some(cookies) = cookies else {
        return execute(&state, call, request).await;
    };
    let request = request.data(cookies.clone());
    let mut response = execute(&state, call, request).await;
    browser::finish(&state, &cookies, &mut response);
    response
}

/// A JSON body into a GraphQL request and its `documentId`; `query` must be a string (or absent
/// when `documentId` or `extensions.persistedQuery` names the document), `variables` an object
/// or null.
fn parse_body(
    value: serde_json::Value,
) -> Result<(async_graphql::Request, Option<String>), &'static str> {
    let serde_json::Value::Object(mut map) = value else {
        return Err("The body must be a JSON object with a \"query\".");
    };
    let document_id = match map.remove("documentId") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(id)) => Some(id),
        Some(_) => return Err("\"documentId\" must be a string."),
    };
    let persisted = map
        .get("extensions")
        .and_then(|e| e.get("persistedQuery"))
        .is_some();
    let query = match map.remove("query") {
        Some(serde_json::Value::String(query)) => query,
        None | Some(serde_json::Value::Null) if document_id.is_some() || persisted => String::new(),
        _ => return Err("\"query\" must be a string."),
    };
    let mut request = async_graphql::Request::new(query);
    match map.remove("operationName") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::String(name)) => request = request.operation_name(name),
        Some(_) => return Err("\"operationName\" must be a string."),
    }
    match map.remove("variables") {
        None | Some(serde_json::Value::Null) => {}
        Some(v @ serde_json::Value::Object(_)) => {
            request = request.variables(Variables::from_json(v));
        }
        Some(_) => return Err("\"variables\" must be an object."),
    }
    match map.remove("extensions") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::Object(ext)) => {
            if let Some(pq) = ext.get("persistedQuery") {
                let value = async_graphql::Value::from_json(pq.clone())
                    .map_err(|_| "\"extensions.persistedQuery\" must be an object.")?;
                request
                    .extensions
                    .insert("persistedQuery".to_owned(), value);
            }
        }
        Some(_) => return Err("\"extensions\" must be an object."),
    }
    Ok((request, document_id))
}

pub async fn get_handler(State(state): State<HttpState>, req: Request) -> Response {
    let params = req.uri().query().unwrap_or_default().to_owned();
    let param = |name: &str| {
        url::form_urlencoded::parse(params.as_bytes())
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };
    let document_id = param("documentId");
    // A document named by its hash (documentId, or Apollo's persisted query) needs no text.
    let has_query =
        param("query").is_some() || document_id.is_some() || param("extensions").is_some();
    if !has_query && wants_html(req.headers()) {
        return graphiql::page(state.app.config.graphiql);
    }
    let Some(answer) = negotiate(req.headers()) else {
        return not_acceptable();
    };
    if !has_query {
        return request_failure(
            answer,
            StatusCode::BAD_REQUEST,
            "Missing \"query\" parameter.",
        );
    }
    let headers = req.headers().clone();
    let extensions = req.extensions().clone();
    // async-graphql-axum parses `query`, `operationName`, `variables` (JSON) and `extensions`.
    let request = match GraphQLRequest::<GraphQLRejection>::from_request(req, &()).await {
        Ok(r) => r.into_inner(),
        Err(_) => {
            return request_failure(
                answer,
                StatusCode::BAD_REQUEST,
                "Bad query parameters: \"variables\" and \"extensions\" must be JSON objects.",
            );
        }
    };
    let call = Call {
        headers: &headers,
        extensions: &extensions,
        document_id: document_id.as_deref(),
        get: true,
        answer,
    };
    execute(&state, call, request).await
}

fn mutation_over_get(answer: Answer) -> Response {
    let mut response = request_failure(
        answer,
        StatusCode::METHOD_NOT_ALLOWED,
        "Mutations must be sent with POST.",
    );
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("POST"));
    response
}

/// What the handler knows of the HTTP request besides the GraphQL one.
#[derive(Clone, Copy)]
struct Call<'a> {
    headers: &'a HeaderMap,
    extensions: &'a axum::http::Extensions,
    document_id: Option<&'a str>,
    /// A GET: only queries run.
    get: bool,
    answer: Answer,
}

async fn execute(
    state: &HttpState,
    call: Call<'_>,
    mut request: async_graphql::Request,
) -> Response {
    let Call {
        headers,
        extensions,
        answer,
        ..
    } = call;
    let request_id = headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_owned();
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let addr = client_addr(peer, headers, &state.app.config.trusted_proxies);
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let viewer = resolve_viewer(state, headers).await;
    let info = RequestInfo {
        request_id: request_id.clone(),
        client: ClientInfo::new(addr, user_agent),
    };
    let metrics = &state.app.metrics;
    let started = std::time::Instant::now();
    // The document: from the cache, a persisted query or a trusted one, parsed and checked once.
    let wanted = Wanted {
        text: &request.query,
        document_id: call.document_id,
        persisted_query: request.extensions.get("persistedQuery"),
    };
    let resolved = state.documents.resolve(&wanted);
    if call.get
        && let Ok(prepared) = &resolved
        && prepared
            .operation_type(request.operation_name.as_deref())
            .is_some_and(|ty| ty != OperationType::Query)
    {
        return mutation_over_get(answer);
    }
    let traced = telemetry::exporting();
    let operation = (metrics.enabled() || traced).then(|| match &resolved {
        Ok(prepared) => request
            .operation_name
            .clone()
            .or_else(|| prepared.first_operation.clone()),
        Err(_) => request.operation_name.clone(),
    });
    let span = match (traced, &operation) {
        (true, Some(name)) => {
            let kind = resolved
                .as_ref()
                .ok()
                .and_then(|prepared| prepared.operation_type(request.operation_name.as_deref()));
            operation_span(name.as_deref(), kind)
        }
        _ => tracing::Span::none(),
    };
    let checked = resolved.and_then(|prepared| state.documents.prepare(&prepared, &mut request));
    let mut response = match checked {
        // The executor gets the checked document: the text is not parsed again.
        Ok(()) => {
            state
                .schema
                .execute(request.data(viewer).data(info))
                .instrument(span.clone())
                .await
        }
        Err(error) => async_graphql::Response::from_errors(vec![error]),
    };
    state.documents.strip_suggestions(&mut response.errors);
    ensure_codes(&mut response, &request_id);
    if let Some(error) = response.errors.first() {
        span.record("error.type", error_code(error));
    }
    if let Some(operation) = operation.filter(|_| metrics.enabled()) {
        metrics.request(operation.as_deref(), started.elapsed());
        for error in &response.errors {
            metrics.error(error_code(error));
        }
    }

    let request_error = is_request_error(&response);
    let status = match (answer, request_error) {
        (Answer::GraphqlResponse, true) => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    };
    // Serialised straight from the response, so that fields keep the order of the selection
    // set (an intermediate serde_json::Value would sort them). A request error has no `data`.
    if request_error {
        json_response(
            answer,
            status,
            &RequestErrorBody {
                errors: &response.errors,
            },
        )
    } else {
        json_response(answer, status, &response)
    }
}

/// The span of one GraphQL operation, named as OpenTelemetry's conventions say (`query Quotes`):
/// its name and type only, never the document or the variables (they may carry passwords).
/// A name that is not a GraphQL name, or is longer than 100 bytes, is left out (names come from
/// clients).
fn operation_span(name: Option<&str>, kind: Option<OperationType>) -> tracing::Span {
    let name = name
        .filter(|n| n.len() <= 100 && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    let kind = match kind {
        Some(OperationType::Query) => "query",
        Some(OperationType::Mutation) => "mutation",
        Some(OperationType::Subscription) => "subscription",
        None => "unknown",
    };
    let span_name = match name {
        Some(name) => format!("{kind} {name}"),
        None => kind.to_owned(),
    };
    tracing::info_span!(
        "graphql",
        otel.name = %span_name,
        graphql.operation.type = kind,
        graphql.operation.name = name,
        error.type = tracing::field::Empty,
    )
}

/// The contract's code of an error (every error has one by now), as a static label: one of
/// the `ErrorCode` enum's names, or `OTHER`.
fn error_code(error: &async_graphql::ServerError) -> &'static str {
    use async_graphql::resolver_utils::EnumType;
    let code = error
        .extensions
        .as_ref()
        .and_then(|e| e.get("code"))
        .and_then(|v| match v {
            async_graphql::Value::String(s) => Some(s.as_str()),
            _ => None,
        });
    code.and_then(|c| ErrorCode::items().iter().find(|item| item.name == c))
        .map_or("OTHER", |item| item.name)
}

/// The body of a request error: GraphQL-over-HTTP leaves `data` out entirely.
#[derive(serde::Serialize)]
struct RequestErrorBody<'a> {
    errors: &'a [async_graphql::ServerError],
}

/// Resolves the Authorization header once per request.
async fn resolve_viewer(state: &HttpState, headers: &HeaderMap) -> Viewer {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Viewer::Anonymous;
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .filter(|t| !t.is_empty());
    let Some(token) = token else {
        return Viewer::Rejected(Rejection::Malformed);
    };
    match state.app.sessions.authenticate(token).await {
        Ok(principal) => Viewer::Authenticated(Box::new(principal)),
        Err(reason) => {
            tracing::debug!(%reason, "access token refused");
            Viewer::Rejected(reason)
        }
    }
}

fn negotiate(headers: &HeaderMap) -> Option<Answer> {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return Some(Answer::Json);
    };
    let types: Vec<String> = accept
        .split(',')
        .filter(|part| !part.split(';').skip(1).any(|p| p.trim() == "q=0"))
        .map(|part| {
            part.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .collect();
    if types.iter().any(|t| t == GRAPHQL_RESPONSE_JSON) {
        Some(Answer::GraphqlResponse)
    } else if types.is_empty()
        || types
            .iter()
            .any(|t| t == "application/json" || t == "application/*" || t == "*/*")
    {
        Some(Answer::Json)
    } else {
        None
    }
}

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"))
}

/// HTTP 403 with the contract's FORBIDDEN code, for a refused browser request.
fn forbidden(answer: Answer, refusal: browser::Refusal) -> Response {
    json_response(answer, StatusCode::FORBIDDEN, &refusal.body())
}

fn request_failure(answer: Answer, status: StatusCode, message: &str) -> Response {
    let body =
        json!({ "errors": [{ "message": message, "extensions": { "code": "BAD_USER_INPUT" } }] });
    json_response(answer, status, &body)
}

/// 413, and the connection closes: the rest of the body was never read, so the connection
/// cannot carry another request, and `Connection: close` tells the client not to try.
fn too_large(answer: Answer) -> Response {
    let mut response = request_failure(
        answer,
        StatusCode::PAYLOAD_TOO_LARGE,
        "The request body is too large.",
    );
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

fn not_acceptable() -> Response {
    json_response(
        Answer::Json,
        StatusCode::NOT_ACCEPTABLE,
        &json!({ "errors": [{ "message": "Accept application/graphql-response+json or application/json.", "extensions": { "code": "BAD_USER_INPUT" } }] }),
    )
}

fn json_response(answer: Answer, status: StatusCode, body: &impl serde::Serialize) -> Response {
    let content_type = match answer {
        Answer::Json => "application/json; charset=utf-8",
        Answer::GraphqlResponse => "application/graphql-response+json; charset=utf-8",
    };
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(bytes))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}
