//! Passkeys (WebAuthn): the relying party (`PASSKEY_RP_ID`, `PASSKEY_ORIGINS`, `PASSKEY_RP_NAME`)
//! and whether passkeys are on (`PASSKEYS`).
//!
//! The RP id defaults to `PUBLIC_URL`'s host. Browsers refuse an IP address as RP id, so with an
//! IP host (the default `http://127.0.0.1:8080`) passkeys stay off until an RP id is configured;
//! `off_reason` says why; the start logs it.

use url::{Host, Url};

use super::vars::{ConfigError, Vars};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeysConfig {
    /// `None`: passkeys are off (`reason` says why).
    pub rp_id: Option<String>,
    pub rp_name: String,
    /// The origins whose pages may use the passkeys (exactly; the first is the main one).
    pub origins: Vec<Url>,
    pub off_reason: Option<String>,
}

fn origin_of(url: &Url) -> Url {
    let mut origin = url.clone();
    origin.set_path("/");
    origin.set_query(None);
    origin.set_fragment(None);
    origin
}

pub(super) fn load(
    vars: &Vars,
    public_url: &str,
    app_name: &str,
) -> Result<PasskeysConfig, ConfigError> {
    let public =
        Url::parse(public_url).map_err(|e| ConfigError::new("PUBLIC_URL", e.to_string()))?;
    let rp_name = vars
        .string("PASSKEY_RP_NAME")
        .map(|n| n.trim().to_owned())
        .unwrap_or_else(|| app_name.to_owned());
    let origins = match vars.string("PASSKEY_ORIGINS") {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                let u = Url::parse(s)
                    .map_err(|e| ConfigError::new("PASSKEY_ORIGINS", format!("{s}: {e}")))?;
                if !matches!(u.scheme(), "http" | "https") || u.host().is_none() {
                    return Err(ConfigError::new(
                        "PASSKEY_ORIGINS",
                        format!("{s}: an http(s) origin"),
                    ));
                }
                Ok(origin_of(&u))
            })
            .collect::<Result<Vec<_>, _>>()?,
        None => vec![origin_of(&public)],
    };
    if origins.is_empty() {
        return Err(ConfigError::new("PASSKEY_ORIGINS", "names no origin"));
    }
    if vars.flag("PASSKEYS")? == Some(false) {
        return Ok(PasskeysConfig {
            rp_id: None,
            rp_name,
            origins,
            off_reason: Some("PASSKEYS=false".into()),
        });
    }
    let configured = vars
        .string("PASSKEY_RP_ID")
        .map(|s| s.trim().to_ascii_lowercase());
    let rp_id = match configured {
        Some(id) => {
            if id.parse::<std::net::IpAddr>().is_ok() || id.contains(['/', ':']) {
                return Err(ConfigError::new(
                    "PASSKEY_RP_ID",
                    "a domain name (browsers refuse an IP address or a URL)",
                ));
            }
            // Every origin must be that domain or under it (what browsers check).
            for origin in &origins {
                let host = origin.host_str().unwrap_or_default();
                if host != id && !host.ends_with(&format!(".{id}")) {
                    return Err(ConfigError::new(
                        "PASSKEY_ORIGINS",
                        format!("{origin} is not on {id} (PASSKEY_RP_ID) or under it"),
                    ));
                }
            }
            id
        }
        None => match public.host() {
            Some(Host::Domain(domain)) => domain.to_ascii_lowercase(),
            _ => {
                return Ok(PasskeysConfig {
                    rp_id: None,
                    rp_name,
                    origins,
                    off_reason: Some(
                        "PUBLIC_URL's host is an IP address, which browsers refuse as a passkey \
                         relying party: set PASSKEY_RP_ID (and PUBLIC_URL) to a domain name, \
                         e.g. localhost"
                            .to_owned(),
                    ),
                });
            }
        },
    };
    Ok(PasskeysConfig {
        rp_id: Some(rp_id),
        rp_name,
        origins,
        off_reason: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_with(pairs: &[(&str, &str)], public_url: &str) -> Result<PasskeysConfig, ConfigError> {
        load(
            &Vars::from_pairs(pairs.iter().copied()),
            public_url,
            "Portcullis",
        )
    }

    #[test]
    fn the_rp_id_is_public_urls_host_and_an_ip_host_turns_passkeys_off() {
        let c = load_with(&[], "https://auth.example.com").unwrap();
        assert_eq!(c.rp_id.as_deref(), Some("auth.example.com"));
        assert_eq!(
            c.origins,
            [Url::parse("https://auth.example.com/").unwrap()]
        );
        assert_eq!(c.rp_name, "Portcullis");
        let c = load_with(&[], "http://127.0.0.1:8080").unwrap();
        assert_eq!(c.rp_id, None);
        assert!(c.off_reason.unwrap().contains("IP address"));
        let c = load_with(&[("PASSKEYS", "false")], "https://auth.example.com").unwrap();
        assert_eq!(c.rp_id, None);
    }

    #[test]
    fn a_configured_rp_id_must_be_a_domain_that_covers_every_origin() {
        let c = load_with(
            &[
                ("PASSKEY_RP_ID", "example.com"),
                (
                    "PASSKEY_ORIGINS",
                    "https://app.example.com, https://example.com",
                ),
            ],
            "https://auth.example.com",
        )
        .unwrap();
        assert_eq!(c.rp_id.as_deref(), Some("example.com"));
        assert_eq!(c.origins.len(), 2);
        let e = load_with(&[("PASSKEY_RP_ID", "127.0.0.1")], "http://127.0.0.1:8080").unwrap_err();
        assert_eq!(e.variable, "PASSKEY_RP_ID");
        let e = load_with(
            &[("PASSKEY_RP_ID", "example.org")],
            "https://auth.example.com",
        )
        .unwrap_err();
        assert_eq!(e.variable, "PASSKEY_ORIGINS");
        let e = load_with(
            &[("PASSKEY_ORIGINS", "ftp://x.example.com")],
            "https://auth.example.com",
        )
        .unwrap_err();
        assert_eq!(e.variable, "PASSKEY_ORIGINS");
    }
}
