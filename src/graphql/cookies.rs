//! Cookie sessions, as the resolvers see them. In cookie mode (a browser opted in, and the HTTP
//! layer checked its CSRF proof and origin) the refresh and device tokens travel only in HttpOnly
//! cookies: the resolvers read the presented ones here and leave the new ones here for the HTTP
//! layer to set, and the payload carries neither.

use std::sync::{Arc, Mutex};

use async_graphql::Context;
use secrecy::{ExposeSecret, SecretString};

use super::types::AuthPayload;
use crate::services::sessions::{IssuedTokens, TokenCarrier};

/// What the HTTP layer should do with one cookie after the request.
#[derive(Default)]
pub enum CookieWrite {
    /// Leave it as the browser has it.
    #[default]
    Keep,
    Set(SecretString),
    Clear,
}

#[derive(Default)]
pub struct CookieWrites {
    pub refresh: CookieWrite,
    pub device: CookieWrite,
}

/// The cookies a cookie-mode request presented, and what to write back. `Debug` is redacted.
#[derive(Default)]
pub struct CookieSession {
    pub refresh_token: Option<SecretString>,
    pub device_token: Option<SecretString>,
    writes: Mutex<CookieWrites>,
}

impl std::fmt::Debug for CookieSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CookieSession")
            .field("refresh_token", &self.refresh_token.is_some())
            .field("device_token", &self.device_token.is_some())
            .finish_non_exhaustive()
    }
}

impl CookieSession {
    pub fn new(refresh_token: Option<SecretString>, device_token: Option<SecretString>) -> Self {
        Self {
            refresh_token,
            device_token,
            writes: Mutex::default(),
        }
    }

    fn write(&self, f: impl FnOnce(&mut CookieWrites)) {
        // A poisoned lock only means another resolver panicked mid-write; the writes stay sound.
        let mut writes = self
            .writes
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut writes);
    }

    /// Ends the browser's hold on the session: both cookies are cleared.
    pub fn clear(&self) {
        self.write(|w| {
            w.refresh = CookieWrite::Clear;
            w.device = CookieWrite::Clear;
        });
    }

    /// The refresh cookie no longer names a live session.
    pub fn clear_refresh(&self) {
        self.write(|w| w.refresh = CookieWrite::Clear);
    }

    /// What the HTTP layer writes after the request.
    pub fn take_writes(&self) -> CookieWrites {
        let mut taken = CookieWrites::default();
        self.write(|w| std::mem::swap(w, &mut taken));
        taken
    }
}

/// The request's cookie session, when the client is in cookie mode.
pub fn cookie_session<'a>(ctx: &Context<'a>) -> Option<&'a CookieSession> {
    ctx.data_opt::<Arc<CookieSession>>().map(Arc::as_ref)
}

/// Where this request carries its refresh token.
pub fn carrier(ctx: &Context<'_>) -> TokenCarrier {
    if cookie_session(ctx).is_some() {
        TokenCarrier::Cookie
    } else {
        TokenCarrier::Body
    }
}

/// The payload for newly issued tokens. In cookie mode the refresh and device tokens go into
/// their cookies, and the payload has an empty `refreshToken` and a null `deviceToken`.
pub fn issued(ctx: &Context<'_>, tokens: IssuedTokens) -> AuthPayload {
    let Some(cookies) = cookie_session(ctx) else {
        return tokens.into();
    };
    let IssuedTokens {
        access_token,
        refresh_token,
        expires_in,
        user,
        device_token,
    } = tokens;
    cookies.write(|w| {
        w.refresh = CookieWrite::Set(refresh_token);
        if let Some(device) = device_token {
            w.device = CookieWrite::Set(device);
        }
    });
    AuthPayload {
        access_token: access_token.expose_secret().to_owned(),
        refresh_token: String::new(),
        token_type: "Bearer".to_owned(),
        expires_in: i32::try_from(expires_in).unwrap_or(i32::MAX),
        user: user.into(),
        device_token: None,
    }
}
