//! The protocols, through the well-kept crates: OpenID Connect with `openidconnect` (discovery,
//! JWKS, ID-token signature, issuer, audience, expiry and nonce checks), GitHub and Facebook with
//! `oauth2` and their APIs. Authorization-code flow with PKCE (S256) and `state` for every kind.
//!
//! Nothing here touches the database; `super` keeps the flow's state.

use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::Deserialize;
use tokio::sync::Mutex;
use url::Url;

use crate::config::{ProviderConfig, ProviderKind};

/// How long discovered metadata (endpoints, keys) is used before it is fetched again. A
/// signature that fails with older metadata is retried once with fresh metadata (key rotation).
const METADATA_TTL: Duration = Duration::from_secs(600);
const METADATA_MIN_AGE_FOR_RETRY: Duration = Duration::from_secs(30);
/// Every call to a provider: connect and answer within this.
const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

const GITHUB_AUTH: &str = "https://github.com/login/oauth/authorize";
const GITHUB_TOKEN: &str = "https://github.com/login/oauth/access_token";
const GITHUB_API: &str = "https://api.github.com";
const FACEBOOK_AUTH: &str = "https://www.facebook.com/v21.0/dialog/oauth";
const FACEBOOK_TOKEN: &str = "https://graph.facebook.com/v21.0/oauth/access_token";
const FACEBOOK_API: &str = "https://graph.facebook.com/v21.0";

/// Why a provider's answer was not accepted. The message is for the log: it never holds a
/// code, token or secret.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    #[error("provider unreachable or misbehaving: {0}")]
    Unavailable(String),
    #[error("provider answer rejected: {0}")]
    Rejected(String),
}

/// What the provider says about the account that signed in.
#[derive(Debug, Clone)]
pub struct ProviderAccount {
    /// Stable and unique at the provider (`sub`, GitHub's numeric id, Facebook's app-scoped id).
    pub subject: String,
    pub email: Option<String>,
    /// Only when the provider vouches for the address (never for Facebook).
    pub email_verified: bool,
    /// A login or display name, for usernames and display.
    pub login: Option<String>,
    pub name: Option<String>,
}

/// The start of a flow: where to send the browser, and what to keep until the callback.
pub struct Authorization {
    pub url: Url,
    pub state: String,
    /// Empty for OAuth-only providers.
    pub nonce: String,
    pub pkce_verifier: String,
}

/// One configured provider's protocol side.
pub struct ProviderClient {
    pub config: ProviderConfig,
    callback: RedirectUrl,
    http: reqwest::Client,
    metadata: Mutex<Option<(Instant, Arc<CoreProviderMetadata>)>>,
}

impl std::fmt::Debug for ProviderClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderClient")
            .field("id", &self.config.id)
            .finish_non_exhaustive()
    }
}

fn endpoint(configured: &Option<Url>, default: &str) -> String {
    configured
        .as_ref()
        .map_or_else(|| default.to_owned(), |u| u.as_str().to_owned())
}

fn unavailable(e: impl std::fmt::Display) -> ProviderError {
    ProviderError::Unavailable(e.to_string())
}

impl ProviderClient {
    pub fn new(config: ProviderConfig, public_url: &str) -> anyhow::Result<Self> {
        let callback = RedirectUrl::new(format!("{public_url}/auth/{}/callback", config.id))?;
        let http = reqwest::Client::builder()
            // Following redirects would let a provider's answer point us anywhere (SSRF).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(HTTP_TIMEOUT)
            .user_agent("portcullis")
            .build()?;
        Ok(Self {
            config,
            callback,
            http,
            metadata: Mutex::new(None),
        })
    }

    fn scopes(&self) -> impl Iterator<Item = Scope> + '_ {
        self.config
            .scopes
            .iter()
            .filter(|s| s.as_str() != "openid")
            .map(|s| Scope::new(s.clone()))
    }

    fn secret(&self) -> Option<ClientSecret> {
        use secrecy::ExposeSecret;
        self.config
            .client_secret
            .as_ref()
            .map(|s| ClientSecret::new(s.expose_secret().to_owned()))
    }

    /// The provider's discovery document and keys: cached, fetched again after a while or
    /// when `older_than` says the cached copy predates a failure.
    async fn metadata(
        &self,
        refresh_if_older_than: Option<Duration>,
    ) -> Result<Arc<CoreProviderMetadata>, ProviderError> {
        let mut cached = self.metadata.lock().await;
        if let Some((at, metadata)) = cached.as_ref() {
            let age = at.elapsed();
            let stale = age > METADATA_TTL || refresh_if_older_than.is_some_and(|min| age > min);
            if !stale {
                return Ok(metadata.clone());
            }
        }
        let issuer = self.config.issuer.clone().unwrap_or_default();
        let issuer = IssuerUrl::new(issuer).map_err(unavailable)?;
        let metadata = Arc::new(
            CoreProviderMetadata::discover_async(issuer, &self.http)
                .await
                .map_err(|e| unavailable(format!("discovery: {e}")))?,
        );
        *cached = Some((Instant::now(), metadata.clone()));
        Ok(metadata)
    }

    fn oidc_client(
        &self,
        metadata: &CoreProviderMetadata,
    ) -> openidconnect::core::CoreClient<
        openidconnect::EndpointSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointMaybeSet,
        openidconnect::EndpointMaybeSet,
    > {
        CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(self.config.client_id.clone()),
            self.secret(),
        )
        .set_redirect_uri(self.callback.clone())
    }

    fn oauth_client(
        &self,
    ) -> Result<
        oauth2::basic::BasicClient<
            oauth2::EndpointSet,
            oauth2::EndpointNotSet,
            oauth2::EndpointNotSet,
            oauth2::EndpointNotSet,
            oauth2::EndpointSet,
        >,
        ProviderError,
    > {
        let (auth, token) = match self.config.kind {
            ProviderKind::GitHub => (GITHUB_AUTH, GITHUB_TOKEN),
            _ => (FACEBOOK_AUTH, FACEBOOK_TOKEN),
        };
        let auth =
            oauth2::AuthUrl::new(endpoint(&self.config.auth_url, auth)).map_err(unavailable)?;
        let token =
            oauth2::TokenUrl::new(endpoint(&self.config.token_url, token)).map_err(unavailable)?;
        let mut client =
            oauth2::basic::BasicClient::new(oauth2::ClientId::new(self.config.client_id.clone()))
                .set_auth_uri(auth)
                .set_token_uri(token)
                .set_redirect_uri(
                    oauth2::RedirectUrl::new(self.callback.to_string()).map_err(unavailable)?,
                );
        if let Some(secret) = self.secret() {
            client = client.set_client_secret(oauth2::ClientSecret::new(secret.secret().clone()));
        }
        Ok(client)
    }

    /// Where to send the browser: the provider's authorization endpoint with a fresh `state`,
    /// nonce (OIDC) and PKCE challenge.
    pub async fn authorize(&self) -> Result<Authorization, ProviderError> {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        match self.config.kind {
            ProviderKind::Oidc => {
                let metadata = self.metadata(None).await?;
                let client = self.oidc_client(&metadata);
                let (url, state, nonce) = client
                    .authorize_url(
                        CoreAuthenticationFlow::AuthorizationCode,
                        CsrfToken::new_random,
                        Nonce::new_random,
                    )
                    .add_scopes(self.scopes())
                    .set_pkce_challenge(challenge)
                    .url();
                Ok(Authorization {
                    url,
                    state: state.secret().clone(),
                    nonce: nonce.secret().clone(),
                    pkce_verifier: verifier.secret().clone(),
                })
            }
            ProviderKind::GitHub | ProviderKind::Facebook => {
                let client = self.oauth_client()?;
                let (url, state) = client
                    .authorize_url(CsrfToken::new_random)
                    .add_scopes(self.scopes())
                    .set_pkce_challenge(challenge)
                    .url();
                Ok(Authorization {
                    url,
                    state: state.secret().clone(),
                    nonce: String::new(),
                    pkce_verifier: verifier.secret().clone(),
                })
            }
        }
    }

    /// Exchanges the provider's code (with the PKCE verifier) and reads who signed in: from the
    /// verified ID token (OIDC) or the provider's API.
    pub async fn exchange(
        &self,
        code: String,
        pkce_verifier: String,
        nonce: &str,
    ) -> Result<ProviderAccount, ProviderError> {
        match self.config.kind {
            ProviderKind::Oidc => self.exchange_oidc(code, pkce_verifier, nonce).await,
            ProviderKind::GitHub | ProviderKind::Facebook => {
                let token = self
                    .oauth_client()?
                    .exchange_code(AuthorizationCode::new(code))
                    .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
                    .request_async(&self.http)
                    .await
                    .map_err(|e| ProviderError::Rejected(format!("token endpoint: {e}")))?;
                let access = token.access_token();
                match self.config.kind {
                    ProviderKind::GitHub => self.github_account(access).await,
                    _ => self.facebook_account(access).await,
                }
            }
        }
    }

    async fn exchange_oidc(
        &self,
        code: String,
        pkce_verifier: String,
        nonce: &str,
    ) -> Result<ProviderAccount, ProviderError> {
        let metadata = self.metadata(None).await?;
        let client = self.oidc_client(&metadata);
        let response = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(unavailable)?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| ProviderError::Rejected(format!("token endpoint: {e}")))?;
        let id_token = response
            .id_token()
            .ok_or_else(|| ProviderError::Rejected("no ID token in the answer".into()))?;
        let nonce = Nonce::new(nonce.to_owned());
        let claims = match id_token.claims(&client.id_token_verifier(), &nonce) {
            Ok(claims) => claims.clone(),
            Err(first) => {
                // The provider may have rotated its keys since the metadata was fetched: once,
                // with fresh metadata, and the same checks.
                let fresh = self.metadata(Some(METADATA_MIN_AGE_FOR_RETRY)).await?;
                if Arc::ptr_eq(&fresh, &metadata) {
                    return Err(ProviderError::Rejected(format!("ID token: {first}")));
                }
                let client = self.oidc_client(&fresh);
                id_token
                    .claims(&client.id_token_verifier(), &nonce)
                    .map_err(|e| ProviderError::Rejected(format!("ID token: {e}")))?
                    .clone()
            }
        };
        let mut account = ProviderAccount {
            subject: claims.subject().as_str().to_owned(),
            email: claims.email().map(|e| e.as_str().to_owned()),
            email_verified: claims.email_verified().unwrap_or(false),
            login: claims.preferred_username().map(|u| u.as_str().to_owned()),
            name: claims
                .name()
                .and_then(|n| n.get(None))
                .map(|n| n.as_str().to_owned()),
        };
        // Providers that keep the address out of the ID token give it at userinfo, for the
        // same subject (checked by the crate).
        if account.email.is_none()
            && let Ok(request) = client.user_info(
                response.access_token().clone(),
                Some(claims.subject().clone()),
            )
        {
            let info: openidconnect::core::CoreUserInfoClaims = request
                .request_async(&self.http)
                .await
                .map_err(|e| ProviderError::Rejected(format!("userinfo: {e}")))?;
            account.email = info.email().map(|e| e.as_str().to_owned());
            account.email_verified = info.email_verified().unwrap_or(false);
            if account.login.is_none() {
                account.login = info.preferred_username().map(|u| u.as_str().to_owned());
            }
            if account.name.is_none() {
                account.name = info
                    .name()
                    .and_then(|n| n.get(None))
                    .map(|n| n.as_str().to_owned());
            }
        }
        Ok(account)
    }

    async fn api_get<T: for<'de> Deserialize<'de>>(
        &self,
        path: &str,
        default_base: &str,
        access: &AccessToken,
    ) -> Result<T, ProviderError> {
        let base = endpoint(&self.config.api_url, default_base);
        let url = format!("{}{path}", base.trim_end_matches('/'));
        let response = self
            .http
            .get(&url)
            .bearer_auth(access.secret())
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| unavailable(format!("{path}: {}", e.without_url())))?;
        if !response.status().is_success() {
            return Err(ProviderError::Rejected(format!(
                "{path}: HTTP {}",
                response.status()
            )));
        }
        response
            .json()
            .await
            .map_err(|e| ProviderError::Rejected(format!("{path}: {}", e.without_url())))
    }

    async fn github_account(&self, access: &AccessToken) -> Result<ProviderAccount, ProviderError> {
        #[derive(Deserialize)]
        struct User {
            id: u64,
            login: String,
            name: Option<String>,
        }
        #[derive(Deserialize)]
        struct Email {
            email: String,
            primary: bool,
            verified: bool,
        }
        let user: User = self.api_get("/user", GITHUB_API, access).await?;
        let emails: Vec<Email> = self.api_get("/user/emails", GITHUB_API, access).await?;
        // The primary address, and only if GitHub verified it.
        let primary = emails.into_iter().find(|e| e.primary);
        Ok(ProviderAccount {
            subject: user.id.to_string(),
            email_verified: primary.as_ref().is_some_and(|e| e.verified),
            email: primary.map(|e| e.email),
            login: Some(user.login),
            name: user.name,
        })
    }

    async fn facebook_account(
        &self,
        access: &AccessToken,
    ) -> Result<ProviderAccount, ProviderError> {
        #[derive(Deserialize)]
        struct Me {
            id: String,
            name: Option<String>,
            email: Option<String>,
        }
        let me: Me = self
            .api_get("/me?fields=id,name,email", FACEBOOK_API, access)
            .await?;
        Ok(ProviderAccount {
            subject: me.id,
            email: me.email,
            // Facebook does not say whether it verified the address: never trusted for linking.
            email_verified: false,
            login: None,
            name: me.name,
        })
    }
}
