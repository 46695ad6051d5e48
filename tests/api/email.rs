//! Email flows through the real outbox and file transport (MAIL_DIR): every test reads the
//! message back, takes the token from its link, and completes the flow over HTTP.

use std::time::Duration;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    registration_mails_a_link_that_verifies_the_address,
    email_tokens_are_single_use_purpose_bound_and_expire,
    verification_emails_are_resent_at_most_once_a_minute,
    a_password_reset_link_sets_the_password_and_ends_every_session,
    a_reset_voids_the_other_reset_links_and_links_last_an_hour,
    a_reset_works_during_a_sign_in_slowdown_and_ends_it,
    reset_requests_answer_true_for_unknown_addresses_and_send_nothing,
    an_email_change_is_confirmed_from_the_new_address_and_reported_to_the_old,
    an_email_change_checks_the_password_and_the_address,
    an_email_change_loses_to_an_account_that_took_the_address_meanwhile,
    a_password_change_is_reported_to_the_account_address,
    require_verified_email_forbids_data_mutations_until_verified,
    queued_mail_survives_a_restart_and_is_sent_by_the_next_instance,
    several_instances_send_each_message_exactly_once,
);

const PUBLIC_URL: &str = "https://auth.example.com";
const VERIFY: &str = "mutation($t: String!) { verifyEmail(token: $t) { id email emailVerified } }";
const REQUEST_VERIFICATION: &str = "mutation { requestEmailVerification }";
pub(crate) const REQUEST_RESET: &str = "mutation($e: String!) { requestPasswordReset(email: $e) }";
pub(crate) const RESET: &str =
    "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }";
pub(crate) const REQUEST_CHANGE: &str =
    "mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }";
const CONFIRM_CHANGE: &str =
    "mutation($t: String!) { confirmEmailChange(token: $t) { id email emailVerified } }";
const NEW_PASSWORD: &str = "a brand new passphrase for tests";

async fn app_for(backend: Backend) -> TestApp {
    spawn_with(backend, &[("PUBLIC_URL", PUBLIC_URL)]).await
}

/// The kinds of the account's security events.
async fn audit_kinds(app: &TestApp, user_id: &str) -> Vec<String> {
    let id = uuid::Uuid::parse_str(user_id).unwrap();
    entity::audit_event::Entity::find()
        .filter(entity::audit_event::Column::UserId.eq(Some(id)))
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

async fn registration_mails_a_link_that_verifies_the_address(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("verify").await;
    let mail = app.nth_mail_to(&acct.email, 1).await;
    assert_eq!(mail.subject, "Confirm your email address for Portcullis");
    assert_eq!(mail.from, "no-reply@auth.example.com");
    let token = mail.link_token("verify-email");
    assert_eq!(token.len(), 43, "256 bits, base64url");
    assert!(
        mail.text
            .contains(&format!("{PUBLIC_URL}/verify-email?token={token}"))
    );
    assert!(
        mail.text.lines().any(|l| l.trim() == token),
        "the bare token on a line of its own"
    );
    assert!(mail.text.contains("expires in 24 hours"));
    assert!(mail.text.contains("If you did not create an account"));
    assert!(
        mail.html
            .contains(&format!("href=\"{PUBLIC_URL}/verify-email?token={token}\""))
    );

    // Only the SHA-256 of the token is stored.
    let rows = entity::email_token::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].token_hash, portcullis::auth::opaque::hash(&token));
    assert_eq!(rows[0].purpose, "verify_email");
    // The queued copy was encrypted and is wiped once sent.
    let outbox = entity::mail_outbox::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(outbox.len(), 1);
    assert!(outbox[0].sent_at.is_some());
    assert_eq!(outbox[0].payload_enc, None);
    assert_eq!(outbox[0].attempts, 1);

    let me = app
        .gql("{ me { emailVerified } }", json!({}), Some(&acct.access))
        .await;
    assert_eq!(me["data"]["me"]["emailVerified"], false);
    let body = app.gql(VERIFY, json!({ "t": token }), None).await;
    assert_eq!(body["data"]["verifyEmail"]["emailVerified"], true, "{body}");
    assert_eq!(body["data"]["verifyEmail"]["id"], acct.id.as_str());
    let me = app
        .gql("{ me { emailVerified } }", json!({}), Some(&acct.access))
        .await;
    assert_eq!(me["data"]["me"]["emailVerified"], true);
}

async fn email_tokens_are_single_use_purpose_bound_and_expire(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("tokens").await;
    let token = app
        .nth_mail_to(&acct.email, 1)
        .await
        .link_token("verify-email");

    // Another purpose's mutation does not take it.
    let body = app
        .gql(RESET, json!({ "t": token, "p": NEW_PASSWORD }), None)
        .await;
    assert_code(&body, "INVALID_TOKEN");
    let body = app.gql(CONFIRM_CHANGE, json!({ "t": token }), None).await;
    assert_code(&body, "INVALID_TOKEN");
    // Unknown and malformed values.
    for bogus in ["", "x", &"A".repeat(43), &format!("{token}x")] {
        let body = app.gql(VERIFY, json!({ "t": bogus }), None).await;
        assert_error(&body, "INVALID_TOKEN", None, format_args!("{bogus:?}"));
    }

    // A second link, sent a minute later, outlives the first by that minute.
    let second = {
        app.clock.advance(Duration::from_secs(61));
        let body = app
            .gql(REQUEST_VERIFICATION, json!({}), Some(&acct.access))
            .await;
        assert_eq!(body["data"]["requestEmailVerification"], true, "{body}");
        app.nth_mail_to(&acct.email, 2)
            .await
            .link_token("verify-email")
    };
    app.clock.advance(Duration::from_secs(24 * 3600 - 61 - 5));
    app.clock.advance(Duration::from_secs(10));
    let body = app.gql(VERIFY, json!({ "t": token }), None).await;
    // The first link expired after 24 h.
    assert_code(&body, "INVALID_TOKEN");
    let body = app.gql(VERIFY, json!({ "t": second }), None).await;
    assert_eq!(body["data"]["verifyEmail"]["emailVerified"], true, "{body}");
    // Used: never again.
    let body = app.gql(VERIFY, json!({ "t": second }), None).await;
    assert_code(&body, "INVALID_TOKEN");
}

async fn verification_emails_are_resent_at_most_once_a_minute(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("resend").await;
    app.mail_to(&acct.email, 1).await;

    let body = app
        .gql(REQUEST_VERIFICATION, json!({}), Some(&acct.access))
        .await;
    assert_code(&body, "RATE_LIMITED");
    let retry = body["errors"][0]["extensions"]["retryAfter"]
        .as_u64()
        .unwrap();
    assert!((59..=60).contains(&retry), "{retry}");

    app.clock.advance(Duration::from_secs(30));
    let body = app
        .gql(REQUEST_VERIFICATION, json!({}), Some(&acct.access))
        .await;
    let retry = body["errors"][0]["extensions"]["retryAfter"]
        .as_u64()
        .unwrap();
    assert!((29..=30).contains(&retry), "{retry}");

    app.clock.advance(Duration::from_secs(31));
    let body = app
        .gql(REQUEST_VERIFICATION, json!({}), Some(&acct.access))
        .await;
    assert_eq!(body["data"]["requestEmailVerification"], true, "{body}");
    let token = app
        .nth_mail_to(&acct.email, 2)
        .await
        .link_token("verify-email");

    // Verified: true, and nothing more is sent.
    app.gql(VERIFY, json!({ "t": token }), None).await;
    app.clock.advance(Duration::from_secs(120));
    let body = app
        .gql(REQUEST_VERIFICATION, json!({}), Some(&acct.access))
        .await;
    assert_eq!(body["data"]["requestEmailVerification"], true, "{body}");
    app.outbox_drained().await;
    assert_eq!(app.mail_to(&acct.email, 2).await.len(), 2);

    // Signed out: UNAUTHENTICATED.
    let body = app.gql(REQUEST_VERIFICATION, json!({}), None).await;
    assert_code(&body, "UNAUTHENTICATED");
}

async fn a_password_reset_link_sets_the_password_and_ends_every_session(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("reset").await;
    let (other_access, other_refresh) = app.new_session(&acct).await;

    let body = app
        .gql(
            REQUEST_RESET,
            json!({ "e": acct.email.to_uppercase() }),
            None,
        )
        .await;
    assert_eq!(body["data"]["requestPasswordReset"], true, "{body}");
    let mail = app.nth_mail_to(&acct.email, 2).await;
    assert_eq!(mail.subject, "Reset your Portcullis password");
    assert!(mail.text.contains("expires in 1 hour"));
    assert!(mail.text.contains("If you did not ask for this"));
    let token = mail.link_token("reset-password");
    assert!(
        mail.text
            .contains(&format!("{PUBLIC_URL}/reset-password?token={token}"))
    );

    // The same rules as registration; a refused password leaves the link usable.
    let body = app
        .gql(RESET, json!({ "t": token, "p": "short" }), None)
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "newPassword");
    let body = app
        .gql(RESET, json!({ "t": token, "p": acct.username }), None)
        .await;
    assert_code(&body, "BAD_USER_INPUT");

    let body = app
        .gql(RESET, json!({ "t": token, "p": NEW_PASSWORD }), None)
        .await;
    assert_eq!(body["data"]["resetPassword"], true, "{body}");

    // Every session ended: access tokens refused, refresh tokens dead.
    assert!(!app.accepted(&acct.access).await);
    assert!(!app.accepted(&other_access).await);
    assert_code(&app.refresh(&other_refresh).await, "INVALID_TOKEN");
    // Old password refused, new one works; the link is spent.
    let body = app.login(&acct.username, PASSWORD).await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app.login(&acct.email, NEW_PASSWORD).await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");
    assert_eq!(body["data"]["login"]["user"]["emailVerified"], true);
    let body = app
        .gql(
            RESET,
            json!({ "t": token, "p": "yet another passphrase" }),
            None,
        )
        .await;
    assert_code(&body, "INVALID_TOKEN");

    // Recorded in the security log, without the token or the password.
    let events = audit_kinds(&app, &acct.id).await;
    assert!(events.contains(&"password_reset".to_owned()), "{events:?}");

    // The account's address hears about it.
    let notice = app.nth_mail_to(&acct.email, 3).await;
    assert_eq!(notice.subject, "Your Portcullis password was reset");
    assert!(notice.text.contains("If it was not you"));
}

async fn a_reset_voids_the_other_reset_links_and_links_last_an_hour(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("voids").await;
    app.mail_to(&acct.email, 1).await;
    for n in 2..=3 {
        app.gql(REQUEST_RESET, json!({ "e": acct.email }), None)
            .await;
        app.mail_to(&acct.email, n).await;
    }
    let mails = app.mail_to(&acct.email, 3).await;
    let first = mails[1].link_token("reset-password");
    let second = mails[2].link_token("reset-password");
    assert_ne!(first, second);
    let body = app
        .gql(RESET, json!({ "t": second, "p": NEW_PASSWORD }), None)
        .await;
    assert_eq!(body["data"]["resetPassword"], true, "{body}");
    let body = app
        .gql(
            RESET,
            json!({ "t": first, "p": "another passphrase here" }),
            None,
        )
        .await;
    // The other link was voided.
    assert_code(&body, "INVALID_TOKEN");

    // A fresh link: fine at 59 minutes, dead after an hour.
    app.gql(REQUEST_RESET, json!({ "e": acct.email }), None)
        .await;
    let third = app
        .nth_mail_to(&acct.email, 5)
        .await
        .link_token("reset-password");
    app.clock.advance(Duration::from_secs(3601));
    let body = app
        .gql(
            RESET,
            json!({ "t": third, "p": "another passphrase here" }),
            None,
        )
        .await;
    // The third link expired after an hour.
    assert_code(&body, "INVALID_TOKEN");
}

async fn a_reset_works_during_a_sign_in_slowdown_and_ends_it(backend: Backend) {
    let app = spawn_with(backend, &[("LOGIN_SLOWDOWN", "3/1h")]).await;
    let acct = app.register("slowed").await;
    for _ in 0..3 {
        let body = app.login(&acct.username, "an attacker's guess").await;
        assert_code(&body, "INVALID_CREDENTIALS");
    }
    let body = app.login(&acct.username, PASSWORD).await;
    // This account is slowed down.
    assert_code(&body, "RATE_LIMITED");

    // The owner can still reset, and then sign in at once.
    let body = app
        .gql(REQUEST_RESET, json!({ "e": acct.email }), None)
        .await;
    assert_eq!(body["data"]["requestPasswordReset"], true, "{body}");
    let token = app
        .nth_mail_to(&acct.email, 2)
        .await
        .link_token("reset-password");
    let body = app
        .gql(RESET, json!({ "t": token, "p": NEW_PASSWORD }), None)
        .await;
    assert_eq!(body["data"]["resetPassword"], true, "{body}");
    let body = app.login(&acct.username, NEW_PASSWORD).await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");
}

async fn reset_requests_answer_true_for_unknown_addresses_and_send_nothing(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("known").await;
    app.mail_to(&acct.email, 1).await;
    let unknown = app
        .gql(REQUEST_RESET, json!({ "e": "nobody@example.com" }), None)
        .await;
    let known = app
        .gql(REQUEST_RESET, json!({ "e": acct.email }), None)
        .await;
    // The same answer, byte for byte.
    assert_eq!(unknown, known);
    assert_eq!(unknown, json!({ "data": { "requestPasswordReset": true } }));
    app.mail_to(&acct.email, 2).await;
    // The unknown address's lookup ran in the background; outbox_drained waits for it too.
    app.outbox_drained().await;
    let all = app.all_mail();
    assert_eq!(
        all.len(),
        2,
        "{:?}",
        all.iter().map(|m| &m.to).collect::<Vec<_>>()
    );
    assert!(all.iter().all(|m| m.to == acct.email));
    let resets = entity::email_token::Entity::find()
        .filter(entity::email_token::Column::Purpose.eq("reset_password"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(resets, 1);

    // Not an address at all: a plain input error.
    let body = app
        .gql(REQUEST_RESET, json!({ "e": "not-an-address" }), None)
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "email");
}

async fn an_email_change_is_confirmed_from_the_new_address_and_reported_to_the_old(
    backend: Backend,
) {
    let app = app_for(backend).await;
    let acct = app.register("change").await;
    app.mail_to(&acct.email, 1).await;
    let new_email = format!("new.{}", acct.email);
    let body = app
        .gql(
            REQUEST_CHANGE,
            json!({ "e": new_email.to_uppercase(), "p": PASSWORD }),
            Some(&acct.access),
        )
        .await;
    assert_eq!(body["data"]["requestEmailChange"], true, "{body}");
    let mail = app.nth_mail_to(&new_email, 1).await;
    assert_eq!(
        mail.subject,
        "Confirm your new email address for Portcullis"
    );
    assert!(mail.text.contains("If you did not ask for this"));
    let token = mail.link_token("confirm-email-change");

    // Nothing changes until the link is used.
    let me = app
        .gql("{ me { email } }", json!({}), Some(&acct.access))
        .await;
    assert_eq!(me["data"]["me"]["email"], acct.email.as_str());

    let body = app.gql(CONFIRM_CHANGE, json!({ "t": token }), None).await;
    assert_eq!(
        body["data"]["confirmEmailChange"]["email"],
        new_email.as_str(),
        "{body}"
    );
    assert_eq!(body["data"]["confirmEmailChange"]["emailVerified"], true);
    let body = app.gql(CONFIRM_CHANGE, json!({ "t": token }), None).await;
    assert_code(&body, "INVALID_TOKEN");

    // The old address is told, and the account signs in with the new one only.
    let notice = app.nth_mail_to(&acct.email, 2).await;
    assert_eq!(
        notice.subject,
        "The email address of your Portcullis account was changed"
    );
    assert!(notice.text.contains(&new_email));
    assert!(notice.text.contains("If you did not"));
    let body = app.login(&new_email, PASSWORD).await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");
    let events = audit_kinds(&app, &acct.id).await;
    assert!(events.contains(&"email_changed".to_owned()), "{events:?}");
    let body = app.login(&acct.email, PASSWORD).await;
    assert_code(&body, "INVALID_CREDENTIALS");
    // A verification link mailed to the old address no longer verifies anything.
    let old_link = app
        .nth_mail_to(&acct.email, 1)
        .await
        .link_token("verify-email");
    let body = app.gql(VERIFY, json!({ "t": old_link }), None).await;
    assert_code(&body, "INVALID_TOKEN");
}

async fn an_email_change_checks_the_password_and_the_address(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("checks").await;
    let other = app.register("other").await;
    let cases: [(&str, &str, &str, Option<&str>); 4] = [
        (
            "fresh@example.com",
            "wrong password!",
            "INVALID_CREDENTIALS",
            None,
        ),
        (&other.email, PASSWORD, "CONFLICT", Some("newEmail")),
        (
            "not-an-address",
            PASSWORD,
            "BAD_USER_INPUT",
            Some("newEmail"),
        ),
        (&acct.email, PASSWORD, "BAD_USER_INPUT", Some("newEmail")),
    ];
    for (email, password, expected, field) in cases {
        let body = app
            .gql(
                REQUEST_CHANGE,
                json!({ "e": email, "p": password }),
                Some(&acct.access),
            )
            .await;
        assert_error(&body, expected, None, format_args!("{email}"));
        assert_eq!(error_field(&body).as_deref(), field, "{email}");
    }
    let body = app
        .gql(
            REQUEST_CHANGE,
            json!({ "e": "fresh@example.com", "p": PASSWORD }),
            None,
        )
        .await;
    assert_code(&body, "UNAUTHENTICATED");
    app.outbox_drained().await;
    assert!(app.all_mail().iter().all(|m| m.to != "fresh@example.com"));
}

async fn an_email_change_loses_to_an_account_that_took_the_address_meanwhile(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("race").await;
    let wanted = format!("wanted.{}", acct.email);
    app.gql(
        REQUEST_CHANGE,
        json!({ "e": wanted, "p": PASSWORD }),
        Some(&acct.access),
    )
    .await;
    let token = app
        .nth_mail_to(&wanted, 1)
        .await
        .link_token("confirm-email-change");
    let body = app
        .gql(
            "mutation($i: RegisterInput!) { register(input: $i) { user { id } } }",
            json!({ "i": { "email": wanted, "username": format!("taker_{}", &acct.id[..8]), "password": PASSWORD } }),
            None,
        )
        .await;
    assert!(body["data"]["register"].is_object(), "{body}");
    let body = app.gql(CONFIRM_CHANGE, json!({ "t": token }), None).await;
    assert_code(&body, "CONFLICT");
    let me = app
        .gql("{ me { email } }", json!({}), Some(&acct.access))
        .await;
    assert_eq!(me["data"]["me"]["email"], acct.email.as_str());
}

async fn a_password_change_is_reported_to_the_account_address(backend: Backend) {
    let app = app_for(backend).await;
    let acct = app.register("notify").await;
    let body = app
        .gql(
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }",
            json!({ "c": PASSWORD, "n": NEW_PASSWORD }),
            Some(&acct.access),
        )
        .await;
    assert!(body["data"]["changePassword"].is_object(), "{body}");
    let notice = app.nth_mail_to(&acct.email, 2).await;
    assert_eq!(notice.subject, "Your Portcullis password was changed");
    assert!(notice.text.contains("If it was not you"));
    assert!(!notice.text.contains(NEW_PASSWORD));
}

async fn require_verified_email_forbids_data_mutations_until_verified(backend: Backend) {
    let app = spawn_with(backend, &[("REQUIRE_VERIFIED_EMAIL", "true")]).await;
    let acct = app.register("unverified").await;
    const CREATE: &str = "mutation { createQuote(input: { text: \"t\", author: \"a\" }) { id } }";
    let body = app.gql(CREATE, json!({}), Some(&acct.access)).await;
    assert_code(&body, "FORBIDDEN");
    // Reading is allowed.
    let body = app
        .gql("{ quotes { totalCount } }", json!({}), Some(&acct.access))
        .await;
    assert_eq!(body["data"]["quotes"]["totalCount"], 0, "{body}");
    let token = app
        .nth_mail_to(&acct.email, 1)
        .await
        .link_token("verify-email");
    app.gql(VERIFY, json!({ "t": token }), None).await;
    let body = app.gql(CREATE, json!({}), Some(&acct.access)).await;
    assert!(body["data"]["createQuote"]["id"].is_string(), "{body}");

    // Off (the default): no check.
    let app = spawn(backend).await;
    let acct = app.register("relaxed").await;
    let body = app.gql(CREATE, json!({}), Some(&acct.access)).await;
    assert!(body["data"]["createQuote"]["id"].is_string(), "{body}");
}

/// A port with nothing listening on it.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

async fn queued_mail_survives_a_restart_and_is_sent_by_the_next_instance(backend: Backend) {
    let smtp = format!("smtp://127.0.0.1:{}", closed_port());
    let first = spawn_with(backend, &[("SMTP_URL", smtp.as_str())]).await;
    // The mail server is down: registration still succeeds at once.
    let acct = first.register("restart").await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let row = loop {
        let rows = entity::mail_outbox::Entity::find()
            .all(&first.state.db)
            .await
            .unwrap();
        if let Some(row) = rows
            .into_iter()
            .find(|r| r.attempts >= 1 && r.last_error.is_some())
        {
            break row;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no failed attempt recorded"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    };
    assert_eq!(row.kind, "verify_email");
    assert!(row.sent_at.is_none() && row.failed_at.is_none());
    let payload = row.payload_enc.clone().expect("still queued");
    assert!(
        !payload.expose().contains(&acct.email),
        "queued mail is encrypted"
    );
    let db = first.db.clone();
    drop(first);

    // The next instance (here with a working transport) picks it up once the backoff has passed.
    let second = spawn_on(db, &[]).await;
    second.clock.advance(Duration::from_secs(60));
    let mail = second.nth_mail_to(&acct.email, 1).await;
    let token = mail.link_token("verify-email");
    let body = second.gql(VERIFY, json!({ "t": token }), None).await;
    assert_eq!(body["data"]["verifyEmail"]["emailVerified"], true, "{body}");
}

async fn several_instances_send_each_message_exactly_once(backend: Backend) {
    let a = spawn(backend).await;
    let b = spawn_on(a.db.clone(), &[]).await;
    let mut emails = Vec::new();
    for i in 0..6 {
        let app = if i % 2 == 0 { &a } else { &b };
        emails.push(app.register(&format!("multi{i}")).await.email);
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let sent = entity::mail_outbox::Entity::find()
            .filter(entity::mail_outbox::Column::SentAt.is_not_null())
            .count(&a.state.db)
            .await
            .unwrap();
        if sent == 6 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{sent} of 6 sent");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    // No instance still holds a claim, so no duplicate can arrive after this.
    a.outbox_drained().await;
    let mut delivered: Vec<String> = a
        .all_mail()
        .into_iter()
        .chain(b.all_mail())
        .map(|m| m.to)
        .collect();
    delivered.sort();
    emails.sort();
    assert_eq!(delivered, emails);
}

/// The pages behind the links (the console's): served for every link path, changing nothing by
/// being opened, leaking the token to no one (no referrer, no cache, a strict CSP).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_link_pages_are_served_without_referrer_or_cache() {
    let app = spawn(Backend::Sqlite).await;
    let acct = app.register("pages").await;
    let token = app
        .nth_mail_to(&acct.email, 1)
        .await
        .link_token("verify-email");
    for path in ["verify-email", "reset-password", "confirm-email-change"] {
        let res = app
            .client
            .get(app.url(&format!("/{path}?token={token}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let h = res.headers();
        assert_eq!(h["content-type"], "text/html; charset=utf-8");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["cache-control"], "no-store");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"));
        assert!(
            !csp.contains("unsafe-eval") && !csp.contains("http"),
            "{csp}"
        );
        let html = res.text().await.unwrap();
        assert!(
            !html.contains(&token),
            "the script reads the token; the page never echoes it"
        );
        assert!(!html.contains("<script>"), "no inline script");
    }
    // The console's script (named in its page) sends the three mutations.
    let html = app
        .client
        .get(app.url("/verify-email"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let script = html
        .split('"')
        .find(|s| s.starts_with("/assets/") && s.ends_with(".js"))
        .expect("the console's script");
    let js = app.client.get(app.url(script)).send().await.unwrap();
    assert_eq!(js.status(), 200);
    assert_eq!(
        js.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    assert_eq!(
        js.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let js = js.text().await.unwrap();
    for mutation in ["verifyEmail", "resetPassword", "confirmEmailChange"] {
        assert!(js.contains(mutation), "{mutation}");
    }
    // Opening the page used nothing: the token still verifies.
    let body = app.gql(VERIFY, json!({ "t": token }), None).await;
    assert_eq!(body["data"]["verifyEmail"]["emailVerified"], true, "{body}");
}
