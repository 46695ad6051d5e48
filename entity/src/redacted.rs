//! A text column that holds a secret (a password hash, key material, a ciphertext): stored and
//! compared as the text it is, printed as `[redacted]`. Models and active models derive `Debug`
//! (sea-orm's derives give them no choice), so the field type is what keeps the secret out of
//! logs and panics.

use sea_orm::DeriveValueType;

#[derive(Clone, PartialEq, Eq, DeriveValueType)]
pub struct Redacted(pub String);

impl Redacted {
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The secret itself, for the code that must use it (verify, decrypt, load a key).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_text() {
        let secret = Redacted::new("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(secret.clone())), "Some([redacted])");
        assert_eq!(
            secret.expose(),
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"
        );
    }
}
