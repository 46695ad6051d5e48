//! Sessions: their lifecycle (signing in, refresh-token rotation with reuse detection, logout,
//! listing and revoking) and the per-request check that an access token's session is live.

mod authentication;
mod lifecycle;

pub use authentication::Authenticator;
pub use lifecycle::{
    AuthMethod, DeviceGrant, IssuedTokens, LogoutScope, SessionSettings, Sessions, TokenCarrier,
};
