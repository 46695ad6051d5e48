//! OpenTelemetry trace export (OTLP over HTTP/protobuf): off unless an endpoint is configured.
//! The variables are OpenTelemetry's own (`OTEL_EXPORTER_OTLP_*`, `OTEL_SERVICE_NAME`,
//! `OTEL_RESOURCE_ATTRIBUTES`, `OTEL_TRACES_SAMPLER[_ARG]`, `OTEL_BSP_*`), read and checked here
//! like every other setting, so a mistake stops the start with a line naming the variable.

use std::time::Duration;

use secrecy::SecretString;
use url::Url;

use super::vars::{ConfigError, Vars};

/// Where and how spans are exported. Header values are secrets (they usually carry the
/// collector's API key), so `{:?}` shows their names only.
#[derive(Clone)]
pub struct TraceExport {
    /// The full URL spans are POSTed to (`…/v1/traces`).
    pub endpoint: Url,
    pub headers: Vec<(String, SecretString)>,
    pub timeout: Duration,
    pub service_name: String,
    pub resource_attributes: Vec<(String, String)>,
    pub sampler: TraceSampler,
    /// How long the batch processor waits before sending what it has (`OTEL_BSP_SCHEDULE_DELAY`).
    pub schedule_delay: Duration,
    /// Spans waiting to be sent at most; beyond that new spans are dropped
    /// (`OTEL_BSP_MAX_QUEUE_SIZE`), never the request.
    pub max_queue_size: usize,
}

impl std::fmt::Debug for TraceExport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TraceExport")
            .field("endpoint", &self.endpoint.as_str())
            .field(
                "headers",
                &self.headers.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .field("timeout", &self.timeout)
            .field("service_name", &self.service_name)
            .field("resource_attributes", &self.resource_attributes)
            .field("sampler", &self.sampler)
            .field("schedule_delay", &self.schedule_delay)
            .field("max_queue_size", &self.max_queue_size)
            .finish()
    }
}

/// Which traces are recorded (`OTEL_TRACES_SAMPLER`): a ratio of trace ids (1 = all, 0 = none),
/// and whether a caller's `traceparent` decides instead when it has one (`parentbased_*`, the
/// default).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TraceSampler {
    pub ratio: f64,
    pub parent_based: bool,
}

pub(super) fn load(vars: &Vars) -> Result<Option<TraceExport>, ConfigError> {
    if vars.flag("OTEL_SDK_DISABLED")?.unwrap_or(false) {
        return Ok(None);
    }
    match vars
        .string("OTEL_TRACES_EXPORTER")
        .as_deref()
        .map(str::trim)
    {
        None | Some("otlp") => {}
        Some("none") => return Ok(None),
        Some(other) => {
            return Err(ConfigError::new(
                "OTEL_TRACES_EXPORTER",
                format!("expected otlp or none (got {other:?})"),
            ));
        }
    }
    let Some(endpoint) = endpoint(vars)? else {
        return Ok(None);
    };
    if let Some((name, protocol)) = first_of(
        vars,
        &[
            "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
            "OTEL_EXPORTER_OTLP_PROTOCOL",
        ],
    ) && protocol.trim() != "http/protobuf"
    {
        return Err(ConfigError::new(
            name,
            format!("only http/protobuf is built in (got {:?})", protocol.trim()),
        ));
    }
    let headers = first_of(
        vars,
        &[
            "OTEL_EXPORTER_OTLP_TRACES_HEADERS",
            "OTEL_EXPORTER_OTLP_HEADERS",
        ],
    )
    .map(|(name, value)| key_values(name, &value))
    .transpose()?
    .unwrap_or_default()
    .into_iter()
    .map(|(k, v)| (k, SecretString::from(v)))
    .collect();
    let timeout = match first_of(
        vars,
        &[
            "OTEL_EXPORTER_OTLP_TRACES_TIMEOUT",
            "OTEL_EXPORTER_OTLP_TIMEOUT",
        ],
    ) {
        Some((name, _)) => {
            let timeout = milliseconds(vars, name)?.unwrap_or_default();
            if timeout.is_zero() {
                return Err(ConfigError::new(name, "must be at least 1 (milliseconds)"));
            }
            timeout
        }
        None => Duration::from_secs(10),
    };
    let service_name = vars
        .string("OTEL_SERVICE_NAME")
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|| "portcullis".to_owned());
    let resource_attributes = vars
        .string("OTEL_RESOURCE_ATTRIBUTES")
        .map(|v| key_values("OTEL_RESOURCE_ATTRIBUTES", &v))
        .transpose()?
        .unwrap_or_default();
    let schedule_delay =
        milliseconds(vars, "OTEL_BSP_SCHEDULE_DELAY")?.unwrap_or(Duration::from_secs(5));
    let max_queue_size = vars
        .parse::<usize>("OTEL_BSP_MAX_QUEUE_SIZE")?
        .unwrap_or(2048);
    if max_queue_size == 0 {
        return Err(ConfigError::new(
            "OTEL_BSP_MAX_QUEUE_SIZE",
            "must be at least 1",
        ));
    }
    Ok(Some(TraceExport {
        endpoint,
        headers,
        timeout,
        service_name,
        resource_attributes,
        sampler: sampler(vars)?,
        schedule_delay,
        max_queue_size,
    }))
}

/// `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as it is, or `OTEL_EXPORTER_OTLP_ENDPOINT` with
/// `/v1/traces` appended to its path (the specification's rule for the two).
fn endpoint(vars: &Vars) -> Result<Option<Url>, ConfigError> {
    const BASE: &str = "OTEL_EXPORTER_OTLP_ENDPOINT";
    let Some((name, value)) = first_of(vars, &["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", BASE]) else {
        return Ok(None);
    };
    let mut url =
        Url::parse(value.trim()).map_err(|e| ConfigError::new(name, format!("not a URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ConfigError::new(
            name,
            "must be an http:// or https:// URL with a host",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(ConfigError::new(
            name,
            "must not have a query or a fragment",
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(ConfigError::new(
            name,
            "must not carry credentials: use OTEL_EXPORTER_OTLP_HEADERS",
        ));
    }
    if name == BASE {
        let path = format!("{}/v1/traces", url.path().trim_end_matches('/'));
        url.set_path(&path);
    }
    Ok(Some(url))
}

fn sampler(vars: &Vars) -> Result<TraceSampler, ConfigError> {
    let name = vars
        .string("OTEL_TRACES_SAMPLER")
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|| "parentbased_always_on".to_owned());
    let ratio = || -> Result<f64, ConfigError> {
        let ratio = vars.parse::<f64>("OTEL_TRACES_SAMPLER_ARG")?.unwrap_or(1.0);
        if !(0.0..=1.0).contains(&ratio) {
            return Err(ConfigError::new(
                "OTEL_TRACES_SAMPLER_ARG",
                format!("must be between 0 and 1 (got {ratio})"),
            ));
        }
        Ok(ratio)
    };
    let (ratio, parent_based) = match name.as_str() {
        "always_on" => (1.0, false),
        "always_off" => (0.0, false),
        "traceidratio" => (ratio()?, false),
        "parentbased_always_on" => (1.0, true),
        "parentbased_always_off" => (0.0, true),
        "parentbased_traceidratio" => (ratio()?, true),
        other => {
            return Err(ConfigError::new(
                "OTEL_TRACES_SAMPLER",
                format!(
                    "expected always_on, always_off, traceidratio, parentbased_always_on, \
                     parentbased_always_off or parentbased_traceidratio (got {other:?})"
                ),
            ));
        }
    };
    Ok(TraceSampler {
        ratio,
        parent_based,
    })
}

/// The first of `names` that is set, with its value.
fn first_of<'a>(vars: &Vars, names: &[&'a str]) -> Option<(&'a str, String)> {
    names
        .iter()
        .find_map(|name| vars.string(name).map(|v| (*name, v)))
}

fn milliseconds(vars: &Vars, name: &str) -> Result<Option<Duration>, ConfigError> {
    Ok(vars.parse::<u64>(name)?.map(Duration::from_millis))
}

/// `key1=value1,key2=value2`, values percent-decoded (the W3C Baggage form OpenTelemetry uses for
/// headers and resource attributes). Errors name the variable, never a value (headers are
/// secrets).
fn key_values(name: &str, value: &str) -> Result<Vec<(String, String)>, ConfigError> {
    value
        .split(',')
        .filter(|pair| !pair.trim().is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').ok_or_else(|| {
                ConfigError::new(name, "expected key=value pairs separated by commas")
            })?;
            let key = key.trim();
            if key.is_empty() {
                return Err(ConfigError::new(name, "a pair has an empty key"));
            }
            let value = percent_encoding::percent_decode_str(value.trim())
                .decode_utf8()
                .map_err(|_| ConfigError::new(name, "a value is not UTF-8 once percent-decoded"))?;
            Ok((key.to_owned(), value.into_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    fn load_from(pairs: &[(&str, &str)]) -> Result<Option<TraceExport>, ConfigError> {
        load(&Vars::from_pairs(pairs.iter().copied()))
    }

    #[test]
    fn off_without_an_endpoint_or_when_disabled() {
        assert!(load_from(&[]).unwrap().is_none());
        assert!(load_from(&[("OTEL_SERVICE_NAME", "x")]).unwrap().is_none());
        let endpoint = ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318");
        assert!(
            load_from(&[endpoint, ("OTEL_SDK_DISABLED", "true")])
                .unwrap()
                .is_none()
        );
        assert!(
            load_from(&[endpoint, ("OTEL_TRACES_EXPORTER", "none")])
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn endpoints_follow_the_specifications_rule() {
        let base = load_from(&[("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/")])
            .unwrap()
            .unwrap();
        assert_eq!(base.endpoint.as_str(), "http://collector:4318/v1/traces");
        let prefixed = load_from(&[("OTEL_EXPORTER_OTLP_ENDPOINT", "https://c.example/otlp")])
            .unwrap()
            .unwrap();
        assert_eq!(
            prefixed.endpoint.as_str(),
            "https://c.example/otlp/v1/traces"
        );
        let exact = load_from(&[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://ignored:4318"),
            (
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                "http://collector:4318/custom",
            ),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(exact.endpoint.as_str(), "http://collector:4318/custom");
        assert_eq!(exact.service_name, "portcullis");
        assert_eq!(exact.timeout, Duration::from_secs(10));
        assert_eq!(
            exact.sampler,
            TraceSampler {
                ratio: 1.0,
                parent_based: true
            }
        );
    }

    #[test]
    fn mistakes_name_the_variable() {
        let endpoint = ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318");
        for (pairs, variable) in [
            (
                vec![("OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318")],
                "OTEL_EXPORTER_OTLP_ENDPOINT",
            ),
            (
                vec![(
                    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                    "http://u:p@c:4318/v1/traces",
                )],
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
            ),
            (
                vec![endpoint, ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")],
                "OTEL_EXPORTER_OTLP_PROTOCOL",
            ),
            (
                vec![endpoint, ("OTEL_TRACES_SAMPLER", "sometimes")],
                "OTEL_TRACES_SAMPLER",
            ),
            (
                vec![
                    endpoint,
                    ("OTEL_TRACES_SAMPLER", "traceidratio"),
                    ("OTEL_TRACES_SAMPLER_ARG", "1.5"),
                ],
                "OTEL_TRACES_SAMPLER_ARG",
            ),
            (
                vec![endpoint, ("OTEL_EXPORTER_OTLP_HEADERS", "api-key")],
                "OTEL_EXPORTER_OTLP_HEADERS",
            ),
            (
                vec![endpoint, ("OTEL_EXPORTER_OTLP_TIMEOUT", "0")],
                "OTEL_EXPORTER_OTLP_TIMEOUT",
            ),
            (
                vec![endpoint, ("OTEL_TRACES_EXPORTER", "zipkin")],
                "OTEL_TRACES_EXPORTER",
            ),
        ] {
            let error = load_from(&pairs).unwrap_err();
            assert_eq!(error.variable, variable, "{pairs:?}");
        }
    }

    #[test]
    fn header_values_are_decoded_and_kept_out_of_debug() {
        let export = load_from(&[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"),
            (
                "OTEL_EXPORTER_OTLP_HEADERS",
                "api-key=s3cr%3Dt, x-team = auth ",
            ),
            ("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=prod"),
            ("OTEL_TRACES_SAMPLER", "parentbased_traceidratio"),
            ("OTEL_TRACES_SAMPLER_ARG", "0.25"),
        ])
        .unwrap()
        .unwrap();
        let headers: Vec<_> = export
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.expose_secret()))
            .collect();
        assert_eq!(headers, [("api-key", "s3cr=t"), ("x-team", "auth")]);
        assert_eq!(
            export.resource_attributes,
            [("deployment.environment".to_owned(), "prod".to_owned())]
        );
        assert_eq!(
            export.sampler,
            TraceSampler {
                ratio: 0.25,
                parent_based: true
            }
        );
        let debug = format!("{export:?}");
        assert!(
            debug.contains("api-key") && !debug.contains("s3cr"),
            "{debug}"
        );
    }
}
