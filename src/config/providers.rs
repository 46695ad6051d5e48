//! Sign-in providers (`SIGN_IN_PROVIDERS` and `PROVIDER_<ID>_*`) and where their answers may go
//! (`SIGN_IN_REDIRECT_URIS`).
//!
//! Each provider has an id (shown to clients, part of its callback address) and a kind:
//! `oidc` (any OpenID Connect provider, by issuer URL: discovery, JWKS, ID-token checks),
//! `google` (OIDC with Google's issuer), `github` or `facebook` (OAuth 2.0 with their APIs).

use secrecy::SecretString;
use url::Url;

use super::vars::{ConfigError, Vars};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProviderKind {
    Oidc,
    GitHub,
    Facebook,
}

/// One configured provider. `Debug` shows no secret (`SecretString`).
#[derive(Debug, Clone)]
pub struct ProviderConfig {
    pub id: String,
    pub name: String,
    pub kind: ProviderKind,
    pub client_id: String,
    pub client_secret: Option<SecretString>,
    /// OIDC: the issuer, exactly as its discovery document names it (as given: no trailing
    /// slash is added).
    pub issuer: Option<String>,
    /// GitHub / Facebook: the authorization and token endpoints and the API base (their public
    /// addresses unless set: GitHub Enterprise, tests).
    pub auth_url: Option<Url>,
    pub token_url: Option<Url>,
    pub api_url: Option<Url>,
    pub scopes: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ProvidersConfig {
    pub providers: Vec<ProviderConfig>,
    /// Where a finished sign-in may send the browser back to (exact addresses).
    pub redirect_uris: Vec<Url>,
}

impl ProvidersConfig {
    pub fn get(&self, id: &str) -> Option<&ProviderConfig> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// Whether `uri` is one of the allowed return addresses, exactly.
    pub fn allows_redirect(&self, uri: &Url) -> bool {
        self.redirect_uris.iter().any(|allowed| allowed == uri)
    }
}

fn valid_id(id: &str) -> bool {
    (1..=32).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// `PROVIDER_<ID>_<WHAT>`: the id upper-cased, `-` as `_`.
fn var(id: &str, what: &str) -> String {
    format!(
        "PROVIDER_{}_{what}",
        id.to_ascii_uppercase().replace('-', "_")
    )
}

fn url(vars: &Vars, name: &str) -> Result<Option<Url>, ConfigError> {
    vars.string(name)
        .map(|v| {
            let u = Url::parse(v.trim()).map_err(|e| ConfigError::new(name, e.to_string()))?;
            if !matches!(u.scheme(), "http" | "https") || u.host().is_none() {
                return Err(ConfigError::new(name, "must be an http(s) URL"));
            }
            Ok(u)
        })
        .transpose()
}

pub(super) fn load(vars: &Vars, public_url: &str) -> Result<ProvidersConfig, ConfigError> {
    let mut providers = Vec::new();
    let ids = vars.string("SIGN_IN_PROVIDERS").unwrap_or_default();
    for id in ids.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !valid_id(id) {
            return Err(ConfigError::new(
                "SIGN_IN_PROVIDERS",
                format!("{id:?}: an id is 1–32 of a-z, 0-9 and '-'"),
            ));
        }
        if providers.iter().any(|p: &ProviderConfig| p.id == id) {
            return Err(ConfigError::new(
                "SIGN_IN_PROVIDERS",
                format!("{id:?} is listed twice"),
            ));
        }
        providers.push(provider(vars, id)?);
    }
    let redirect_uris = match vars.string("SIGN_IN_REDIRECT_URIS") {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                let u = Url::parse(s)
                    .map_err(|e| ConfigError::new("SIGN_IN_REDIRECT_URIS", format!("{s}: {e}")))?;
                if !matches!(u.scheme(), "http" | "https") || u.fragment().is_some() {
                    return Err(ConfigError::new(
                        "SIGN_IN_REDIRECT_URIS",
                        format!("{s}: an http(s) address without a fragment"),
                    ));
                }
                Ok(u)
            })
            .collect::<Result<Vec<_>, _>>()?,
        // The console, served by this binary at its root.
        None => vec![
            Url::parse(&format!("{public_url}/"))
                .map_err(|e| ConfigError::new("PUBLIC_URL", e.to_string()))?,
        ],
    };
    Ok(ProvidersConfig {
        providers,
        redirect_uris,
    })
}

fn provider(vars: &Vars, id: &str) -> Result<ProviderConfig, ConfigError> {
    let kind_var = var(id, "KIND");
    let kind_name = vars
        .string(&kind_var)
        .map(|k| k.trim().to_ascii_lowercase())
        .unwrap_or_else(|| match id {
            "google" | "github" | "facebook" => id.to_owned(),
            _ => "oidc".to_owned(),
        });
    let (kind, default_name, default_issuer, default_scopes): (_, &str, _, &[&str]) =
        match kind_name.as_str() {
            "oidc" => (
                ProviderKind::Oidc,
                id,
                None,
                &["openid", "email", "profile"],
            ),
            "google" => (
                ProviderKind::Oidc,
                "Google",
                Some("https://accounts.google.com"),
                &["openid", "email", "profile"],
            ),
            "github" => (
                ProviderKind::GitHub,
                "GitHub",
                None,
                &["read:user", "user:email"],
            ),
            "facebook" => (
                ProviderKind::Facebook,
                "Facebook",
                None,
                &["email", "public_profile"],
            ),
            other => {
                return Err(ConfigError::new(
                    &kind_var,
                    format!("{other:?}: expected oidc, google, github or facebook"),
                ));
            }
        };
    let client_id_var = var(id, "CLIENT_ID");
    let client_id = vars
        .string(&client_id_var)
        .ok_or_else(|| ConfigError::new(&client_id_var, "is required"))?
        .trim()
        .to_owned();
    let secret_var = var(id, "CLIENT_SECRET");
    let client_secret = vars.string(&secret_var).map(SecretString::from);
    if kind != ProviderKind::Oidc && client_secret.is_none() {
        return Err(ConfigError::new(&secret_var, "is required"));
    }
    let issuer_var = var(id, "ISSUER");
    url(vars, &issuer_var)?;
    let issuer = vars
        .string(&issuer_var)
        .map(|s| s.trim().to_owned())
        .or_else(|| default_issuer.map(str::to_owned));
    if kind == ProviderKind::Oidc && issuer.is_none() {
        return Err(ConfigError::new(
            &issuer_var,
            "is required for an OpenID Connect provider",
        ));
    }
    let scopes = vars
        .string(&var(id, "SCOPES"))
        .map(|s| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .unwrap_or_else(|| default_scopes.iter().map(|s| (*s).to_owned()).collect());
    if kind == ProviderKind::Oidc && !scopes.iter().any(|s| s == "openid") {
        return Err(ConfigError::new(&var(id, "SCOPES"), "must include openid"));
    }
    Ok(ProviderConfig {
        id: id.to_owned(),
        name: vars
            .string(&var(id, "NAME"))
            .map(|n| n.trim().to_owned())
            .unwrap_or_else(|| default_name.to_owned()),
        kind,
        client_id,
        client_secret,
        issuer,
        auth_url: url(vars, &var(id, "AUTH_URL"))?,
        token_url: url(vars, &var(id, "TOKEN_URL"))?,
        api_url: url(vars, &var(id, "API_URL"))?,
        scopes,
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    use super::*;

    #[test]
    fn providers_are_read_by_id_with_presets() {
        let config = Config::from_pairs([
            ("SIGN_IN_PROVIDERS", "google, github,corp-sso"),
            ("PROVIDER_GOOGLE_CLIENT_ID", "g-id"),
            ("PROVIDER_GOOGLE_CLIENT_SECRET", "g-secret"),
            ("PROVIDER_GITHUB_CLIENT_ID", "gh-id"),
            ("PROVIDER_GITHUB_CLIENT_SECRET", "gh-secret"),
            ("PROVIDER_CORP_SSO_CLIENT_ID", "c-id"),
            (
                "PROVIDER_CORP_SSO_ISSUER",
                "https://sso.example.com/realms/x",
            ),
            ("PROVIDER_CORP_SSO_NAME", "Corp"),
        ])
        .unwrap();
        let p = &config.providers;
        assert_eq!(p.providers.len(), 3);
        let google = p.get("google").unwrap();
        assert_eq!(google.kind, ProviderKind::Oidc);
        assert_eq!(
            google.issuer.as_deref(),
            Some("https://accounts.google.com")
        );
        assert_eq!(google.name, "Google");
        assert_eq!(p.get("github").unwrap().kind, ProviderKind::GitHub);
        let corp = p.get("corp-sso").unwrap();
        assert_eq!(corp.name, "Corp");
        assert!(corp.client_secret.is_none());
        assert_eq!(corp.scopes, ["openid", "email", "profile"]);
        assert!(!format!("{config:?}").contains("gh-secret"));
        // The console is the default return address.
        assert_eq!(p.redirect_uris.len(), 1);
        assert_eq!(p.redirect_uris[0].as_str(), "http://127.0.0.1:8080/");
    }

    #[test]
    fn a_bad_provider_names_its_variable() {
        let err = Config::from_pairs([("SIGN_IN_PROVIDERS", "Bad_Id")]).unwrap_err();
        assert_eq!(err.variable, "SIGN_IN_PROVIDERS");
        let err = Config::from_pairs([("SIGN_IN_PROVIDERS", "corp")]).unwrap_err();
        assert_eq!(err.variable, "PROVIDER_CORP_CLIENT_ID");
        let err = Config::from_pairs([
            ("SIGN_IN_PROVIDERS", "corp"),
            ("PROVIDER_CORP_CLIENT_ID", "x"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "PROVIDER_CORP_ISSUER");
        let err = Config::from_pairs([
            ("SIGN_IN_PROVIDERS", "github"),
            ("PROVIDER_GITHUB_CLIENT_ID", "x"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "PROVIDER_GITHUB_CLIENT_SECRET");
        let err = Config::from_pairs([("SIGN_IN_PROVIDERS", "x"), ("PROVIDER_X_KIND", "saml")])
            .unwrap_err();
        assert_eq!(err.variable, "PROVIDER_X_KIND");
        let err = Config::from_pairs([("SIGN_IN_REDIRECT_URIS", "https://app/#x")]).unwrap_err();
        assert_eq!(err.variable, "SIGN_IN_REDIRECT_URIS");
    }
}
