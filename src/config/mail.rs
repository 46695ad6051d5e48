//! The mail section: where mail goes (`SMTP_URL`, `MAIL_DIR` or the log), who it is from, its
//! templates, and how often the delivery worker looks for due mail.

use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;
use url::{Host, Url};

use super::vars::{ConfigError, Vars};

/// Where mail goes.
#[derive(Debug, Clone)]
pub enum MailTransportConfig {
    /// `SMTP_URL`; may hold credentials, hence secret.
    Smtp(SecretString),
    /// `MAIL_DIR`: one .eml file per message.
    Dir(PathBuf),
    /// The embedded default: messages (with their links) are printed to the log.
    Log,
}

#[derive(Debug, Clone)]
pub struct MailConfig {
    pub transport: MailTransportConfig,
    /// `MAIL_FROM`, a valid mailbox (`Name <address>` or `address`).
    pub from: String,
    /// `MAIL_TEMPLATE_DIR`: templates here override the shipped ones by file name.
    pub template_dir: Option<PathBuf>,
    /// `APP_NAME`: the product name mail shows.
    pub app_name: String,
    /// `MAIL_POLL_INTERVAL`: how often an idle delivery worker looks for due mail.
    pub poll_interval: Duration,
    /// `REQUIRE_VERIFIED_EMAIL`: data mutations are FORBIDDEN until the address is verified.
    pub require_verified_email: bool,
}

/// The default sender's domain comes from `public_url` (already checked).
pub(super) fn load(vars: &Vars, public_url: &str) -> Result<MailConfig, ConfigError> {
    let smtp_url = vars.string("SMTP_URL");
    let mail_dir = vars.string("MAIL_DIR");
    let transport = match (smtp_url, mail_dir) {
        (Some(_), Some(_)) => {
            return Err(ConfigError::new(
                "MAIL_DIR",
                "cannot be used together with SMTP_URL; set one of them",
            ));
        }
        (Some(url), None) => {
            // lettre parses the rest when the transport is built.
            let url = url.trim().to_owned();
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                return Err(ConfigError::new(
                    "SMTP_URL",
                    "must start with smtp:// or smtps://",
                ));
            }
            MailTransportConfig::Smtp(SecretString::from(url))
        }
        (None, Some(dir)) => MailTransportConfig::Dir(PathBuf::from(dir.trim())),
        (None, None) => MailTransportConfig::Log,
    };
    let app_name = vars
        .string("APP_NAME")
        .map(|n| n.trim().to_owned())
        .unwrap_or_else(|| "Portcullis".to_owned());
    let from = match vars.string("MAIL_FROM") {
        Some(from) => from.trim().to_owned(),
        None => format!("{app_name} <no-reply@{}>", mail_domain(public_url)),
    };
    if from.parse::<lettre::message::Mailbox>().is_err() {
        return Err(ConfigError::new(
            "MAIL_FROM",
            format!("must be an address or `Name <address>` (got {from:?})"),
        ));
    }
    let poll_interval = vars
        .duration("MAIL_POLL_INTERVAL")?
        .unwrap_or(Duration::from_secs(2));
    if poll_interval < Duration::from_millis(10) || poll_interval > Duration::from_secs(300) {
        return Err(ConfigError::new(
            "MAIL_POLL_INTERVAL",
            "must be between 10ms and 5m",
        ));
    }
    Ok(MailConfig {
        transport,
        from,
        template_dir: vars
            .string("MAIL_TEMPLATE_DIR")
            .map(|d| PathBuf::from(d.trim())),
        app_name,
        poll_interval,
        require_verified_email: vars.flag("REQUIRE_VERIFIED_EMAIL")?.unwrap_or(false),
    })
}

/// The domain of the default sender: PUBLIC_URL's host name, or `localhost` when that is an IP
/// address (an address literal is not a usable sender domain).
fn mail_domain(public_url: &str) -> String {
    match Url::parse(public_url).ok().as_ref().and_then(Url::host) {
        Some(Host::Domain(name)) if !name.is_empty() => name.to_ascii_lowercase(),
        _ => "localhost".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_domain_is_the_public_host_name_or_localhost_for_addresses() {
        assert_eq!(
            mail_domain("https://Auth.Example.com:8443/base"),
            "auth.example.com"
        );
        assert_eq!(mail_domain("http://127.0.0.1:8080"), "localhost");
        assert_eq!(mail_domain("http://[::1]:8080"), "localhost");
    }
}
