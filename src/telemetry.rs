//! Logging and traces. Logs: `RUST_LOG` filters (default `info`), `LOG_FORMAT=json` for
//! machines. Traces: with an OTLP endpoint configured (`OTEL_EXPORTER_OTLP_ENDPOINT`, see
//! `config/traces.rs`) the same spans the logs carry (request, GraphQL operation, service calls,
//! password hashing) are exported over OTLP/HTTP, continuing a caller's W3C `traceparent`.
//!
//! Spans carry no secret: request spans name the method and path (never the query string), the
//! GraphQL span the operation's name and type (never the document or its variables), and
//! service spans skip their arguments.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::http::{Method, Request, StatusCode};

use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{Protocol, WithExportConfig, WithHttpConfig};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::{
    BatchConfigBuilder, BatchSpanProcessor, Sampler, SdkTracerProvider,
};
use secrecy::ExposeSecret;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::Layer;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use crate::config::{LogFormat, TraceExport, TraceSampler};

/// Whether spans leave the process: the request path only does trace work (reading
/// `traceparent`, naming spans) when they do.
static EXPORTING: AtomicBool = AtomicBool::new(false);

/// Keeps the trace exporter for the life of the process; [`Telemetry::shutdown`] sends what is
/// still queued.
#[must_use = "spans still queued are lost unless shutdown is called"]
pub struct Telemetry {
    provider: Option<SdkTracerProvider>,
}

/// Starts logging, and trace export when configured. Call it before the async runtime exists:
/// the exporter's HTTP client runs on its own thread.
pub fn init(format: LogFormat, traces: Option<&TraceExport>) -> Result<Telemetry, String> {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,tower_http=info"));
    let logs = tracing_subscriber::fmt::layer()
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let logs = match format {
        LogFormat::Text => logs.boxed(),
        LogFormat::Json => logs.json().boxed(),
    };
    let provider = traces.map(provider).transpose()?;
    let spans = provider.as_ref().map(|provider| {
        tracing_opentelemetry::layer()
            .with_tracer(provider.tracer("portcullis"))
            // Neither code locations, thread ids nor busy/idle times (the last costs two clock
            // reads at every poll of every instrumented future).
            .with_location(false)
            .with_threads(false)
            .with_tracked_inactivity(false)
    });
    let installed = tracing_subscriber::registry()
        .with(filter)
        .with(logs)
        .with(spans)
        .try_init()
        .is_ok();
    // A second init (tests) keeps the first subscriber.
    if installed && let (Some(export), Some(_)) = (traces, &provider) {
        opentelemetry::global::set_text_map_propagator(
            opentelemetry_sdk::propagation::TraceContextPropagator::new(),
        );
        EXPORTING.store(true, Ordering::Relaxed);
        tracing::info!(
            endpoint = %export.endpoint,
            "exporting traces over OTLP/HTTP (service.name {})",
            export.service_name
        );
    }
    Ok(Telemetry { provider })
}

impl Telemetry {
    /// Exports the spans still queued (bounded by the exporter's timeout) and stops the exporter.
    pub fn shutdown(self) {
        if let Some(provider) = self.provider {
            EXPORTING.store(false, Ordering::Relaxed);
            if let Err(e) = provider.shutdown() {
                eprintln!("warning: trace export did not finish: {e}");
            }
        }
    }
}

/// Whether spans are exported (see [`EXPORTING`]).
pub fn exporting() -> bool {
    EXPORTING.load(Ordering::Relaxed)
}

fn provider(export: &TraceExport) -> Result<SdkTracerProvider, String> {
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpBinary)
        .with_endpoint(export.endpoint.as_str())
        .with_timeout(export.timeout)
        .with_headers(
            export
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), v.expose_secret().to_owned()))
                .collect(),
        )
        .build()
        .map_err(|e| format!("cannot start the trace exporter: {e}"))?;
    let batches = BatchSpanProcessor::builder(exporter)
        .with_batch_config(
            BatchConfigBuilder::default()
                .with_scheduled_delay(export.schedule_delay)
                .with_max_queue_size(export.max_queue_size)
                .with_max_export_batch_size(export.max_queue_size.min(512))
                .build(),
        )
        .build();
    let resource = Resource::builder_empty()
        .with_service_name(export.service_name.clone())
        .with_attributes(
            export
                .resource_attributes
                .iter()
                .map(|(k, v)| opentelemetry::KeyValue::new(k.clone(), v.clone())),
        )
        .with_attribute(opentelemetry::KeyValue::new(
            "service.version",
            env!("CARGO_PKG_VERSION"),
        ))
        .build();
    Ok(SdkTracerProvider::builder()
        .with_span_processor(batches)
        .with_sampler(sampler(export.sampler))
        .with_resource(resource)
        .build())
}

fn sampler(choice: TraceSampler) -> Sampler {
    let root = if choice.ratio >= 1.0 {
        Sampler::AlwaysOn
    } else if choice.ratio <= 0.0 {
        Sampler::AlwaysOff
    } else {
        Sampler::TraceIdRatioBased(choice.ratio)
    };
    if choice.parent_based {
        Sampler::ParentBased(Box::new(root))
    } else {
        root
    }
}

/// Makes `span` a server span named after the request, continuing the caller's trace when the
/// request carries a W3C `traceparent`. Does nothing unless spans are exported.
pub fn server_span<B>(span: &tracing::Span, request: &Request<B>) {
    if !exporting() {
        return;
    }
    // OpenTelemetry's conventions: names stay few whatever clients send. A method outside the
    // standard ones is `_OTHER`; the name is the method and the route's template, or the method
    // alone for a path that matched no route (never the path itself).
    let method = match *request.method() {
        Method::GET
        | Method::POST
        | Method::PUT
        | Method::DELETE
        | Method::PATCH
        | Method::HEAD
        | Method::OPTIONS
        | Method::TRACE
        | Method::CONNECT => request.method().as_str(),
        _ => "_OTHER",
    };
    span.record("otel.kind", "server");
    span.record("http.request.method", method);
    match request.extensions().get::<axum::extract::MatchedPath>() {
        Some(route) => {
            span.record("otel.name", format!("{method} {}", route.as_str()).as_str());
            span.record("http.route", route.as_str());
        }
        None => {
            span.record("otel.name", method);
        }
    }
    let parent = opentelemetry::global::get_text_map_propagator(|propagator| {
        propagator.extract(&opentelemetry_http::HeaderExtractor(request.headers()))
    });
    let _ = span.set_parent(parent);
}

/// Records the response's status on the request span (an error status from 500 on).
pub fn server_response(span: &tracing::Span, status: StatusCode) {
    if !exporting() {
        return;
    }
    span.record("http.response.status_code", status.as_u16());
    if status.is_server_error() {
        span.record("otel.status_code", "error");
    }
}
