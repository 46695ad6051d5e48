//! Who may use cookies, and how they are written: the origins a browser request may come from
//! (`PUBLIC_URL`'s and the listed CORS origins), and the names and attributes of the session
//! cookies (HttpOnly, `SameSite=Strict`; `Secure` with the `__Host-` prefix on https).

use axum::http::{HeaderMap, HeaderValue, header};
use secrecy::ExposeSecret;
use url::Url;

use crate::config::{Config, CorsOrigins};
use crate::graphql::cookies::{CookieWrite, CookieWrites};

/// The cookies' names and attributes, fixed by `PUBLIC_URL`'s scheme.
#[derive(Debug, Clone)]
pub struct Cookies {
    pub(super) refresh: &'static str,
    pub(super) device: &'static str,
    pub(super) csrf: &'static str,
    /// Binds a provider sign-in to the browser that started it (`SameSite=Lax`: the provider
    /// sends the browser back with a cross-site top-level navigation).
    pub(super) signin: &'static str,
    /// `; Secure` on https.
    secure: &'static str,
    refresh_max_age: u64,
    device_max_age: u64,
}

impl Cookies {
    pub fn new(config: &Config) -> Self {
        let https = config.https();
        // `__Host-` cookies are Secure, host-only and Path=/: a sibling subdomain cannot set them.
        let (refresh, device, csrf, signin, secure) = if https {
            (
                "__Host-portcullis-refresh",
                "__Host-portcullis-device",
                "__Host-portcullis-csrf",
                "__Host-portcullis-signin",
                "; Secure",
            )
        } else {
            (
                "portcullis-refresh",
                "portcullis-device",
                "portcullis-csrf",
                "portcullis-signin",
                "",
            )
        };
        Self {
            refresh,
            device,
            csrf,
            signin,
            secure,
            // A session cannot outlive its refresh token's absolute limit anyway.
            refresh_max_age: config
                .refresh_token_ttl
                .min(config.session_max_lifetime)
                .as_secs(),
            device_max_age: config.device_tokens.lifetime.as_secs(),
        }
    }

    pub(super) fn set(&self, name: &str, value: &str, max_age: Option<u64>) -> Option<HeaderValue> {
        let max_age = max_age.map_or(String::new(), |s| format!("; Max-Age={s}"));
        let mut value = HeaderValue::from_str(&format!(
            "{name}={value}; Path=/; HttpOnly; SameSite=Strict{}{max_age}",
            self.secure
        ))
        .ok()?;
        value.set_sensitive(true);
        Some(value)
    }

    /// The provider sign-in binding: HttpOnly, `SameSite=Lax` (sent on the provider's redirect
    /// back, a top-level GET; never on cross-site subrequests or POSTs).
    pub(super) fn signin_binding(&self, value: &str, max_age: u64) -> Option<HeaderValue> {
        let mut value = HeaderValue::from_str(&format!(
            "{}={value}; Path=/; HttpOnly; SameSite=Lax{}; Max-Age={max_age}",
            self.signin, self.secure
        ))
        .ok()?;
        value.set_sensitive(true);
        Some(value)
    }

    fn clear(&self, name: &str) -> Option<HeaderValue> {
        self.set(name, "", Some(0))
    }

    /// The `Set-Cookie` values for what the resolvers decided.
    pub(super) fn apply(&self, writes: CookieWrites, headers: &mut HeaderMap) {
        for (name, write, max_age) in [
            (self.refresh, writes.refresh, self.refresh_max_age),
            (self.device, writes.device, self.device_max_age),
        ] {
            let value = match write {
                CookieWrite::Keep => None,
                CookieWrite::Set(token) => self.set(name, token.expose_secret(), Some(max_age)),
                CookieWrite::Clear => self.clear(name),
            };
            if let Some(value) = value {
                headers.append(header::SET_COOKIE, value);
            }
        }
    }
}

/// The origins a browser request may come from.
#[derive(Debug, Clone)]
pub struct Origins {
    /// `PUBLIC_URL`'s origin and the listed CORS origins, serialised as browsers send them.
    trusted: Vec<String>,
    /// `PUBLIC_URL` on a loopback host: the same scheme and port on any loopback name
    /// (`localhost`, `127.0.0.1`, `[::1]`) is the same machine.
    loopback: Option<(String, Option<u16>)>,
    /// `CORS_ALLOWED_ORIGINS=*`: any origin may send Bearer requests (never cookie ones).
    pub(super) any: bool,
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

impl Origins {
    pub fn new(config: &Config) -> Self {
        let mut trusted = Vec::new();
        let mut loopback = None;
        if let Ok(url) = Url::parse(&config.public_url) {
            trusted.push(url.origin().ascii_serialization());
            if is_loopback(&url) {
                loopback = Some((url.scheme().to_owned(), url.port_or_known_default()));
            }
        }
        let any = match &config.cors_allowed_origins {
            CorsOrigins::None => false,
            CorsOrigins::Any => true,
            CorsOrigins::List(list) => {
                trusted.extend(
                    list.iter()
                        .filter_map(|o| Url::parse(o).ok())
                        .map(|u| u.origin().ascii_serialization()),
                );
                false
            }
        };
        Self {
            trusted,
            loopback,
            any,
        }
    }

    /// Whether cookies may be used from `origin`.
    pub(super) fn trusts(&self, origin: &str) -> bool {
        if self.trusted.iter().any(|t| t == origin) {
            return true;
        }
        let Some((scheme, port)) = &self.loopback else {
            return false;
        };
        Url::parse(origin).is_ok_and(|url| {
            url.scheme() == scheme
                && url.port_or_known_default() == *port
                && is_loopback(&url)
                && url.path() == "/"
        })
    }
}

/// Reads one cookie from the request's `Cookie` headers.
pub(super) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origins(pairs: &[(&str, &str)]) -> Origins {
        Origins::new(&Config::from_pairs(pairs.iter().copied()).unwrap())
    }

    #[test]
    fn public_url_and_listed_origins_are_trusted_others_not() {
        let o = origins(&[
            ("PUBLIC_URL", "https://auth.example.com"),
            ("CORS_ALLOWED_ORIGINS", "https://app.example.com"),
        ]);
        assert!(o.trusts("https://auth.example.com"));
        assert!(o.trusts("https://app.example.com"));
        assert!(!o.trusts("http://auth.example.com"));
        assert!(!o.trusts("https://evil.example.com"));
        assert!(!o.trusts("null"));
        assert!(!o.trusts("https://localhost"));
    }

    #[test]
    fn a_loopback_public_url_trusts_every_loopback_name_on_its_port() {
        let o = origins(&[("PUBLIC_URL", "http://127.0.0.1:8080")]);
        assert!(o.trusts("http://127.0.0.1:8080"));
        assert!(o.trusts("http://localhost:8080"));
        assert!(o.trusts("http://[::1]:8080"));
        assert!(!o.trusts("http://localhost:8081"));
        assert!(!o.trusts("https://localhost:8080"));
        assert!(!o.trusts("http://evil.localhost.example:8080"));
    }

    #[test]
    fn cookies_are_host_only_and_secure_on_https() {
        let c = Cookies::new(
            &Config::from_pairs([("PUBLIC_URL", "https://auth.example.com")]).unwrap(),
        );
        let v = c.set(c.refresh, "tok", Some(60)).unwrap();
        assert_eq!(
            v.to_str().unwrap(),
            "__Host-portcullis-refresh=tok; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=60"
        );
        assert!(v.is_sensitive());
        let c = Cookies::new(&Config::from_pairs([]).unwrap());
        assert_eq!(
            c.clear(c.device).unwrap().to_str().unwrap(),
            "portcullis-device=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
        );
    }

    #[test]
    fn cookies_are_read_from_every_cookie_header() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; portcullis-refresh=xyz"),
        );
        h.append(header::COOKIE, HeaderValue::from_static("b=2"));
        assert_eq!(cookie(&h, "portcullis-refresh"), Some("xyz"));
        assert_eq!(cookie(&h, "b"), Some("2"));
        assert_eq!(cookie(&h, "portcullis"), None);
    }
}
