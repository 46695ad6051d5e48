//! Mail templates (minijinja): a subject, a plain-text body and an HTML body per kind, shipped in
//! `templates/mail/` and compiled into the binary. A folder given by `MAIL_TEMPLATE_DIR` overrides
//! any of them by file name. Every template is rendered once at start, so a broken override stops
//! the server with the template's name instead of failing a user's mail later.

use std::path::PathBuf;

use minijinja::{Environment, Value, context};

use super::message::Mail;

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../templates/mail/", $name)))),*]
    };
}

/// The shipped templates, by file name.
const EMBEDDED: &[(&str, &str)] = embedded!(
    "layout.html",
    "verify_email.subject.txt",
    "verify_email.txt",
    "verify_email.html",
    "reset_password.subject.txt",
    "reset_password.txt",
    "reset_password.html",
    "confirm_email_change.subject.txt",
    "confirm_email_change.txt",
    "confirm_email_change.html",
    "email_changed.subject.txt",
    "email_changed.txt",
    "email_changed.html",
    "password_changed.subject.txt",
    "password_changed.txt",
    "password_changed.html",
    "totp_enabled.subject.txt",
    "totp_enabled.txt",
    "totp_enabled.html",
    "totp_disabled.subject.txt",
    "totp_disabled.txt",
    "totp_disabled.html",
    "two_factor_reset.subject.txt",
    "two_factor_reset.txt",
    "two_factor_reset.html",
    "identity_linked.subject.txt",
    "identity_linked.txt",
    "identity_linked.html",
    "identity_unlinked.subject.txt",
    "identity_unlinked.txt",
    "identity_unlinked.html",
    "confirm_provider_sign_up.subject.txt",
    "confirm_provider_sign_up.txt",
    "confirm_provider_sign_up.html",
    "passkey_added.subject.txt",
    "passkey_added.txt",
    "passkey_added.html",
    "passkey_removed.subject.txt",
    "passkey_removed.txt",
    "passkey_removed.html",
);

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, thiserror::Error)]
#[error("mail template {name}: {message}")]
pub struct TemplateError {
    pub name: String,
    pub message: String,
}

pub struct Templates {
    env: Environment<'static>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Templates")
    }
}

impl Templates {
    /// The shipped templates, overridden by same-named files in `override_dir`. HTML templates
    /// (`.html`) escape every value; text ones do not.
    pub fn new(override_dir: Option<PathBuf>) -> Result<Self, TemplateError> {
        let mut env = Environment::new();
        env.set_loader(move |name| {
            // Only the known names: a template cannot pull arbitrary files in with `include`.
            let Some((_, shipped)) = EMBEDDED.iter().find(|(n, _)| *n == name) else {
                return Ok(None);
            };
            if let Some(dir) = &override_dir {
                let path = dir.join(name);
                if path.is_file() {
                    return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                        minijinja::Error::new(
                            minijinja::ErrorKind::InvalidOperation,
                            format!("cannot read {}: {e}", path.display()),
                        )
                    });
                }
            }
            Ok(Some((*shipped).to_owned()))
        });
        let templates = Self { env };
        templates.check()?;
        Ok(templates)
    }

    /// Renders every kind with sample values.
    fn check(&self) -> Result<(), TemplateError> {
        for kind in Mail::KINDS {
            let sample = context! {
                app_name => "Portcullis",
                public_url => "https://auth.example.com",
                username => "ada",
                email => "ada@example.com",
                new_email => "ada@example.org",
                when => "2026-01-01 00:00 UTC",
                link => "https://auth.example.com/verify-email?token=x",
                token => "x",
                valid_for => "24 hours",
                reason => "changed",
            };
            self.render(kind, sample)?;
        }
        Ok(())
    }

    pub fn render(&self, kind: &str, ctx: Value) -> Result<Rendered, TemplateError> {
        let render = |suffix: &str| -> Result<String, TemplateError> {
            let name = format!("{kind}.{suffix}");
            let err = |e: minijinja::Error| TemplateError {
                name: name.clone(),
                message: format!("{e:#}"),
            };
            self.env
                .get_template(&name)
                .map_err(err)?
                .render(&ctx)
                .map_err(err)
        };
        // A subject is one line, whatever the template or a value contains.
        let subject = render("subject.txt")?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let text = format!("{}\n", render("txt")?.trim());
        let html = render("html")?;
        Ok(Rendered {
            subject,
            text,
            html,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(username: &str) -> Value {
        context! {
            app_name => "Portcullis",
            public_url => "https://auth.example.com",
            username => username,
            email => "ada@example.com",
            new_email => "ada@example.org",
            when => "2026-11-25 17:40 UTC",
            link => "https://auth.example.com/reset-password?token=abc_DEF-123",
            token => "abc_DEF-123",
            valid_for => "1 hour",
            reason => "reset",
        }
    }

    fn unescape(html: &str) -> String {
        html.replace("&#x2f;", "/")
    }

    #[test]
    fn every_kind_renders_a_subject_text_and_html() {
        let t = Templates::new(None).unwrap();
        for kind in Mail::KINDS {
            let r = t.render(kind, ctx("ada")).unwrap();
            assert!(!r.subject.is_empty() && !r.subject.contains('\n'), "{kind}");
            assert!(r.subject.contains("Portcullis"), "{kind}: {}", r.subject);
            assert!(r.text.contains("ada"), "{kind}");
            assert!(r.html.starts_with("<!doctype html>"), "{kind}");
            assert!(
                unescape(&r.html).contains("https://auth.example.com"),
                "{kind}"
            );
        }
    }

    #[test]
    fn token_mails_carry_the_link_and_the_bare_token_and_say_what_to_do() {
        let t = Templates::new(None).unwrap();
        let r = t.render("reset_password", ctx("ada")).unwrap();
        assert_eq!(r.subject, "Reset your Portcullis password");
        assert!(
            r.text
                .contains("https://auth.example.com/reset-password?token=abc_DEF-123")
        );
        assert!(r.text.contains("\nabc_DEF-123\n"));
        assert!(r.text.contains("expires in 1 hour"));
        assert!(r.text.contains("If you did not ask for this"));
        assert!(
            unescape(&r.html)
                .contains("href=\"https://auth.example.com/reset-password?token=abc_DEF-123\"")
        );
        let r = t.render("password_changed", ctx("ada")).unwrap();
        assert_eq!(r.subject, "Your Portcullis password was reset");
        assert!(r.text.contains("If it was not you"));
    }

    #[test]
    fn html_escapes_values_and_text_keeps_them() {
        let t = Templates::new(None).unwrap();
        let r = t
            .render("verify_email", ctx("<script>alert(1)</script>"))
            .unwrap();
        assert!(!r.html.contains("<script>"));
        assert!(r.html.contains("&lt;script&gt;"));
        assert!(r.text.contains("<script>alert(1)</script>"));
    }

    #[test]
    fn a_folder_overrides_templates_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("verify_email.subject.txt"),
            "Welcome to {{ app_name }},\n{{ username }}!",
        )
        .unwrap();
        let t = Templates::new(Some(dir.path().to_owned())).unwrap();
        let r = t.render("verify_email", ctx("ada")).unwrap();
        assert_eq!(r.subject, "Welcome to Portcullis, ada!");
        // Others stay as shipped.
        let r = t.render("reset_password", ctx("ada")).unwrap();
        assert_eq!(r.subject, "Reset your Portcullis password");
    }

    #[test]
    fn a_broken_override_stops_the_start_naming_the_template() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("totp_enabled.html"), "{% if %}").unwrap();
        let err = Templates::new(Some(dir.path().to_owned())).unwrap_err();
        assert_eq!(err.name, "totp_enabled.html");
    }
}
