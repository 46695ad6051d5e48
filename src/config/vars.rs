//! Where variables come from (the process environment, or a fixed list for tests and tools),
//! the typed readers every section uses, and the one-line error that names the variable.

use std::time::Duration;

/// A configuration error: one line that names the variable.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {variable}: {message}")]
pub struct ConfigError {
    pub variable: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(variable: &str, message: impl Into<String>) -> Self {
        Self {
            variable: variable.to_owned(),
            message: message.into(),
        }
    }
}

/// A lookup by variable name. Each value is parsed by the type the field needs, so a
/// digits-only secret stays a string.
type Lookup = Box<dyn Fn(&str) -> Option<String>>;

pub(super) struct Vars(Lookup);

impl Vars {
    pub(super) fn new(lookup: impl Fn(&str) -> Option<String> + 'static) -> Self {
        Self(Box::new(lookup))
    }

    /// These variables only; the environment is ignored.
    pub(super) fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let map: std::collections::HashMap<String, String> = pairs
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        Self::new(move |name| map.get(name).cloned())
    }

    /// The value, unless unset or blank.
    pub(super) fn string(&self, name: &str) -> Option<String> {
        (self.0)(name).filter(|v| !v.trim().is_empty())
    }

    pub(super) fn parse<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, ConfigError>
    where
        T::Err: std::fmt::Display,
    {
        self.string(name)
            .map(|v| {
                v.trim()
                    .parse()
                    .map_err(|e| ConfigError::new(name, format!("{e} (got {:?})", v.trim())))
            })
            .transpose()
    }

    pub(super) fn duration(&self, name: &str) -> Result<Option<Duration>, ConfigError> {
        self.string(name)
            .map(|v| {
                humantime::parse_duration(v.trim()).map_err(|e| {
                    ConfigError::new(
                        name,
                        format!("{e} (got {:?}; use e.g. 90s, 15m, 30d)", v.trim()),
                    )
                })
            })
            .transpose()
    }

    pub(super) fn flag(&self, name: &str) -> Result<Option<bool>, ConfigError> {
        self.string(name)
            .map(|v| match v.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => Ok(true),
                "0" | "false" | "no" | "off" => Ok(false),
                other => Err(ConfigError::new(
                    name,
                    format!("expected true or false (got {other:?})"),
                )),
            })
            .transpose()
    }
}
