//! Custom scalars.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};

use crate::clock::{Micros, to_rfc3339};

/// RFC 3339 date-time in UTC, e.g. 2026-11-22T10:15:30Z
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime(pub Micros);

/// RFC 3339 date-time in UTC, e.g. 2026-11-22T10:15:30Z
#[Scalar(name = "DateTime")]
impl ScalarType for DateTime {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => chrono::DateTime::parse_from_rfc3339(s)
                .map(|d| DateTime(d.timestamp_micros()))
                .map_err(|_| InputValueError::custom("expected an RFC 3339 date-time")),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(to_rfc3339(self.0))
    }
}
