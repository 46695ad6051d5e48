//! TOTP two-factor sign-in: enrolment, the challenge flow, drift window, replay, recovery codes,
//! attempt limits, disable and regenerate. Codes are computed here from the secret, and time is
//! moved with the app's clock instead of sleeping.

use std::time::Duration;

use serde_json::{Value, json};
use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    enrolment_returns_the_secret_three_ways_and_changes_nothing_until_confirmed,
    confirm_needs_a_code_from_the_current_pending_secret,
    sign_in_with_totp_goes_through_a_single_use_challenge,
    codes_are_accepted_one_step_either_side_and_no_further,
    an_accepted_code_is_never_accepted_again,
    recovery_codes_work_once,
    a_challenge_allows_five_wrong_codes_and_five_minutes,
    disable_needs_the_password_and_a_code,
    regenerating_replaces_every_recovery_code,
    password_changes_keep_totp_and_secrets_are_encrypted_at_rest,
);

pub(crate) const ENROLL: &str = "mutation { enrollTotp { secret otpauthUrl qrCodeDataUrl } }";
pub(crate) const CONFIRM: &str = "mutation($c: String!) { confirmTotp(code: $c) }";
const VERIFY: &str = "mutation($t: String!, $c: String!) { verifyTotp(mfaToken: $t, code: $c) { accessToken refreshToken user { id totpEnabled } } }";

fn generator(secret: &str) -> Totp {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_secret(Secret::try_from_base32(secret).unwrap().as_bytes().to_vec())
        .build()
        .unwrap()
}

impl TestApp {
    /// Moves the clock to the middle of a 30 s step, so a test's few milliseconds never cross
    /// a step boundary.
    pub(crate) fn mid_step(&self) -> i64 {
        let now = portcullis::clock::Clock::now_secs(self.clock.as_ref());
        let to_mid = (45 - now.rem_euclid(30)) % 30;
        self.clock.advance(Duration::from_secs(to_mid as u64));
        now + to_mid
    }

    /// The code for the step `offset` steps from now.
    pub(crate) fn code(&self, secret: &str, offset: i64) -> String {
        let now = portcullis::clock::Clock::now_secs(self.clock.as_ref());
        generator(secret)
            .generate((now + offset * 30) as u64)
            .to_string()
    }

    pub(crate) async fn enroll(&self, token: &str) -> Value {
        let body = self.gql(ENROLL, json!({}), Some(token)).await;
        assert!(body["data"]["enrollTotp"].is_object(), "{body}");
        body["data"]["enrollTotp"].clone()
    }

    /// Enrols and confirms; returns the secret and the recovery codes.
    pub(crate) async fn enable_totp(&self, account: &Account) -> (String, Vec<String>) {
        self.mid_step();
        let secret = self.enroll(&account.access).await["secret"]
            .as_str()
            .unwrap()
            .to_owned();
        let body = self
            .gql(
                CONFIRM,
                json!({ "c": self.code(&secret, 0) }),
                Some(&account.access),
            )
            .await;
        let codes = strings(&body["data"]["confirmTotp"], &body);
        // The confirming code's step is used up: move on so the next code is fresh.
        self.clock.advance(Duration::from_secs(30));
        (secret, codes)
    }

    /// Signs in with the password and returns the MFA token of the challenge.
    pub(crate) async fn challenge(&self, account: &Account) -> String {
        let body = self
            .gql(
                "mutation($i: LoginInput!) { login(input: $i) { __typename ... on MfaChallenge { mfaToken expiresIn } ... on AuthPayload { accessToken } } }",
                json!({ "i": { "login": account.username, "password": account.password } }),
                None,
            )
            .await;
        let r = &body["data"]["login"];
        assert_eq!(r["__typename"], "MfaChallenge", "{body}");
        assert_eq!(r["expiresIn"], 300);
        assert!(r.get("accessToken").is_none());
        r["mfaToken"].as_str().unwrap().to_owned()
    }

    pub(crate) async fn verify(&self, mfa_token: &str, code: &str) -> Value {
        self.gql(VERIFY, json!({ "t": mfa_token, "c": code }), None)
            .await
    }

    pub(crate) async fn totp_enabled(&self, token: &str) -> bool {
        let body = self
            .gql("{ me { totpEnabled } }", json!({}), Some(token))
            .await;
        body["data"]["me"]["totpEnabled"]
            .as_bool()
            .unwrap_or_else(|| panic!("{body}"))
    }
}

async fn enrolment_returns_the_secret_three_ways_and_changes_nothing_until_confirmed(
    backend: Backend,
) {
    let app = spawn(backend).await;
    let acct = app.register("enrol").await;
    let e = app.enroll(&acct.access).await;
    let secret = e["secret"].as_str().unwrap();
    assert_eq!(
        Secret::try_from_base32(secret).unwrap().as_bytes().len(),
        20,
        "160-bit secret"
    );
    let url = e["otpauthUrl"].as_str().unwrap();
    assert!(
        url.starts_with(&format!("otpauth://totp/Portcullis:{}?", acct.username)),
        "{url}"
    );
    for part in [format!("secret={secret}"), "issuer=Portcullis".to_owned()] {
        assert!(url.contains(&part), "{url} lacks {part}");
    }
    let parsed = Totp::from_url(url).unwrap();
    assert_eq!(parsed.digits(), 6);
    assert_eq!(parsed.step(), 30);
    let qr = e["qrCodeDataUrl"].as_str().unwrap();
    let png = qr
        .strip_prefix("data:image/png;base64,")
        .expect("PNG data URL");
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(png)
        .unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");

    // Enrolling again replaces the pending secret; sign-in is still password only.
    let again = app.enroll(&acct.access).await;
    assert_ne!(again["secret"], e["secret"]);
    assert!(!app.totp_enabled(&acct.access).await);
    assert_eq!(
        app.login(&acct.username, PASSWORD).await["data"]["login"]["__typename"],
        "AuthPayload"
    );
}

async fn confirm_needs_a_code_from_the_current_pending_secret(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("confirm").await;
    app.mid_step();
    let body = app
        .gql(CONFIRM, json!({ "c": "123456" }), Some(&acct.access))
        .await;
    // Nothing is pending yet.
    assert_code(&body, "BAD_USER_INPUT");

    let old = app.enroll(&acct.access).await["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let new = app.enroll(&acct.access).await["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = app
        .gql(
            CONFIRM,
            json!({ "c": app.code(&old, 0) }),
            Some(&acct.access),
        )
        .await;
    // The replaced secret's code is refused.
    assert_code(&body, "INVALID_MFA_CODE");
    let wrong = if app.code(&new, 0) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let body = app
        .gql(CONFIRM, json!({ "c": wrong }), Some(&acct.access))
        .await;
    assert_code(&body, "INVALID_MFA_CODE");
    assert!(!app.totp_enabled(&acct.access).await);

    let body = app
        .gql(
            CONFIRM,
            json!({ "c": app.code(&new, 0) }),
            Some(&acct.access),
        )
        .await;
    let codes = body["data"]["confirmTotp"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(codes.len(), 10);
    let unique: std::collections::HashSet<_> = codes.iter().collect();
    assert_eq!(unique.len(), 10);
    assert!(app.totp_enabled(&acct.access).await);
    // Stored hashed only.
    use sea_orm::EntityTrait;
    let rows = entity::recovery_code::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 10);
    for row in rows {
        assert!(
            codes
                .iter()
                .all(|c| !row.code_hash.contains(c.as_str().unwrap()))
        );
    }
    // Enrolling while on is refused (turn it off first).
    let body = app.gql(ENROLL, json!({}), Some(&acct.access)).await;
    assert_code(&body, "FORBIDDEN");
    // Without a token: UNAUTHENTICATED.
    let body = app.gql(ENROLL, json!({}), None).await;
    assert_code(&body, "UNAUTHENTICATED");
}

async fn sign_in_with_totp_goes_through_a_single_use_challenge(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("mfa").await;
    let (secret, _) = app.enable_totp(&acct).await;
    // Password-only tokens carry aal1.
    let (_, claims) = jwt_parts(&acct.access);
    assert_eq!(claims["amr"], json!(["pwd"]));
    assert_eq!(claims["aal"], "aal1");

    let mfa = app.challenge(&acct).await;
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    let p = &body["data"]["verifyTotp"];
    assert_eq!(p["user"]["id"], acct.id.as_str(), "{body}");
    assert_eq!(p["user"]["totpEnabled"], true);
    let access = p["accessToken"].as_str().unwrap();
    let (_, claims) = jwt_parts(access);
    assert_eq!(claims["amr"], json!(["pwd", "totp"]));
    assert_eq!(claims["aal"], "aal2");
    assert!(app.accepted(access).await);
    // Refreshed tokens keep the session's assurance.
    let refreshed = app.refresh(p["refreshToken"].as_str().unwrap()).await;
    let (_, claims) = jwt_parts(
        refreshed["data"]["refresh"]["accessToken"]
            .as_str()
            .unwrap(),
    );
    assert_eq!(claims["aal"], "aal2");

    // The challenge is spent.
    app.clock.advance(Duration::from_secs(30));
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert_code(&body, "INVALID_TOKEN");
    // Unknown tokens, and the wrong password, get nowhere.
    assert_code(&app.verify("nope", "123456").await, "INVALID_TOKEN");
    assert_code(
        &app.login(&acct.username, "wrong password here").await,
        "INVALID_CREDENTIALS",
    );
}

async fn codes_are_accepted_one_step_either_side_and_no_further(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("drift").await;
    let (secret, _) = app.enable_totp(&acct).await;
    // Each accepted code uses up its step and every earlier one, so go from the oldest allowed.
    for (offset, accepted) in [(-2, false), (2, false), (-1, true), (0, true), (1, true)] {
        app.mid_step();
        let mfa = app.challenge(&acct).await;
        let body = app.verify(&mfa, &app.code(&secret, offset)).await;
        if accepted {
            assert!(
                body["data"]["verifyTotp"].is_object(),
                "offset {offset}: {body}"
            );
        } else {
            assert_error(
                &body,
                "INVALID_MFA_CODE",
                None,
                format_args!("offset {offset}"),
            );
        }
        // Move two steps on, so the next round's window is fresh.
        app.clock.advance(Duration::from_secs(60 + 30));
    }
}

async fn an_accepted_code_is_never_accepted_again(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("replay").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.mid_step();
    let code = app.code(&secret, 0);
    let first = app.challenge(&acct).await;
    assert!(app.verify(&first, &code).await["data"]["verifyTotp"].is_object());
    let second = app.challenge(&acct).await;
    let body = app.verify(&second, &code).await;
    assert_code(&body, "INVALID_MFA_CODE");
    // An older step (still inside the drift window) is no good after a newer one either.
    let body = app.verify(&second, &app.code(&secret, -1)).await;
    assert_code(&body, "INVALID_MFA_CODE");

    // Two requests with the same fresh code at once: exactly one wins.
    app.clock.advance(Duration::from_secs(30));
    let code = app.code(&secret, 0);
    let a = app.challenge(&acct).await;
    let b = app.challenge(&acct).await;
    let (ra, rb) = tokio::join!(app.verify(&a, &code), app.verify(&b, &code));
    let wins = [&ra, &rb]
        .iter()
        .filter(|r| r["data"]["verifyTotp"].is_object())
        .count();
    assert_eq!(wins, 1, "{ra} {rb}");
    let loser = if ra["data"]["verifyTotp"].is_object() {
        &rb
    } else {
        &ra
    };
    assert_code(loser, "INVALID_MFA_CODE");
}

async fn recovery_codes_work_once(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("recover").await;
    let (_, codes) = app.enable_totp(&acct).await;
    let mfa = app.challenge(&acct).await;
    // Typed in upper case with spaces instead of dashes: still the same code.
    let typed = codes[3].to_uppercase().replace('-', " ");
    let body = app.verify(&mfa, &typed).await;
    let access = body["data"]["verifyTotp"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    let (_, claims) = jwt_parts(access);
    assert_eq!(claims["amr"], json!(["pwd", "recovery"]));
    assert_eq!(claims["aal"], "aal2");

    let mfa = app.challenge(&acct).await;
    let body = app.verify(&mfa, &codes[3]).await;
    assert_code(&body, "INVALID_MFA_CODE");
    assert!(app.verify(&mfa, &codes[4]).await["data"]["verifyTotp"].is_object());
    // Another user's recovery code is just wrong.
    let other = app.register("other").await;
    let (_, other_codes) = app.enable_totp(&other).await;
    let mfa = app.challenge(&acct).await;
    assert_code(&app.verify(&mfa, &other_codes[0]).await, "INVALID_MFA_CODE");
}

async fn a_challenge_allows_five_wrong_codes_and_five_minutes(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("limits").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.mid_step();
    let right = app.code(&secret, 0);
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    let mfa = app.challenge(&acct).await;
    for i in 0..5 {
        let body = app.verify(&mfa, wrong).await;
        assert_error(&body, "INVALID_MFA_CODE", None, format_args!("try {i}"));
    }
    let body = app.verify(&mfa, &right).await;
    // The challenge is void after five wrong codes.
    assert_code(&body, "INVALID_TOKEN");

    // Expiry: void at 5:01, still good at 4:30 (whole steps keep the clock mid-step).
    let mfa = app.challenge(&acct).await;
    app.clock.advance(Duration::from_secs(301));
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert_code(&body, "INVALID_TOKEN");
    app.mid_step();
    let mfa = app.challenge(&acct).await;
    app.clock.advance(Duration::from_secs(270));
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert!(body["data"]["verifyTotp"].is_object(), "{body}");
}

pub(crate) const DISABLE: &str =
    "mutation($p: String!, $c: String!) { disableTotp(password: $p, code: $c) { id totpEnabled } }";

async fn disable_needs_the_password_and_a_code(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("disable").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.mid_step();
    let body = app
        .gql(
            DISABLE,
            json!({ "p": "not my password", "c": app.code(&secret, 0) }),
            Some(&acct.access),
        )
        .await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app
        .gql(
            DISABLE,
            json!({ "p": PASSWORD, "c": "000000" }),
            Some(&acct.access),
        )
        .await;
    assert_code(&body, "INVALID_MFA_CODE");
    assert!(app.totp_enabled(&acct.access).await);

    let body = app
        .gql(
            DISABLE,
            json!({ "p": PASSWORD, "c": app.code(&secret, 0) }),
            Some(&acct.access),
        )
        .await;
    assert_eq!(body["data"]["disableTotp"]["totpEnabled"], false, "{body}");
    assert_eq!(
        app.login(&acct.username, PASSWORD).await["data"]["login"]["__typename"],
        "AuthPayload"
    );
    // Both switches were reported to the account's address (after the verification email).
    let mails = app.mail_to(&acct.email, 3).await;
    assert_eq!(
        mails[1].subject,
        "Two-factor sign-in was turned on for your Portcullis account"
    );
    assert_eq!(
        mails[2].subject,
        "Two-factor sign-in was turned off for your Portcullis account"
    );
    assert!(mails[2].text.contains("If it was not you"));
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        entity::recovery_code::Entity::find()
            .count(&app.state.db)
            .await
            .unwrap(),
        0
    );
    // Off already: nothing to disable.
    let body = app
        .gql(
            DISABLE,
            json!({ "p": PASSWORD, "c": "000000" }),
            Some(&acct.access),
        )
        .await;
    assert_code(&body, "FORBIDDEN");
}

pub(crate) const REGENERATE: &str = "mutation($c: String!) { regenerateRecoveryCodes(code: $c) }";

async fn regenerating_replaces_every_recovery_code(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("regen").await;
    let (secret, old) = app.enable_totp(&acct).await;
    app.mid_step();
    let body = app
        .gql(REGENERATE, json!({ "c": "000000" }), Some(&acct.access))
        .await;
    assert_code(&body, "INVALID_MFA_CODE");
    let body = app
        .gql(
            REGENERATE,
            json!({ "c": app.code(&secret, 0) }),
            Some(&acct.access),
        )
        .await;
    let new = strings(&body["data"]["regenerateRecoveryCodes"], &body);
    assert_eq!(new.len(), 10);
    assert!(new.iter().all(|c| !old.contains(c)));
    let mfa = app.challenge(&acct).await;
    assert_code(&app.verify(&mfa, &old[0]).await, "INVALID_MFA_CODE");
    assert!(app.verify(&mfa, &new[0]).await["data"]["verifyTotp"].is_object());
}

async fn password_changes_keep_totp_and_secrets_are_encrypted_at_rest(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("keep").await;
    let (secret, _) = app.enable_totp(&acct).await;
    let body = app
        .gql(
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { user { totpEnabled } } }",
            json!({ "c": PASSWORD, "n": "a different passphrase" }),
            Some(&acct.access),
        )
        .await;
    assert_eq!(
        body["data"]["changePassword"]["user"]["totpEnabled"], true,
        "{body}"
    );
    let moved = Account {
        password: "a different passphrase".into(),
        ..acct.clone()
    };
    let _ = app.challenge(&moved).await;

    use sea_orm::EntityTrait;
    let row = entity::user_totp::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let raw = Secret::try_from_base32(&secret)
        .unwrap()
        .as_bytes()
        .to_vec();
    assert!(!row.secret_enc.expose().contains(&secret));
    use base64::Engine;
    let stored = base64::engine::general_purpose::STANDARD
        .decode(row.secret_enc.expose())
        .unwrap();
    assert!(
        !stored.windows(raw.len()).any(|w| w == raw.as_slice()),
        "not stored in the clear"
    );
}
