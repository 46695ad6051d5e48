//! Issue 13, points 1–4: a stolen access token never becomes an account takeover, and nobody can
//! lock an owner out. One throttled credential check for every mutation that takes a password or
//! a code; recent authentication (`auth_time`, `reauthenticate`) for the sensitive mutations;
//! device tokens that let an owner in during someone else's flood; and recovery (challenges and
//! reset links die with the password, `adminResetTwoFactor`, hashed recovery codes).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::account_deletion::DELETE;
use crate::accounts::CHANGE;
use crate::admin::{RESET as ADMIN_RESET, SET_DISABLED, SET_ROLE};
use crate::db_tests;
use crate::email::{REQUEST_CHANGE, REQUEST_RESET, RESET as RESET_PASSWORD};
use crate::helpers::*;
use crate::two_factor::{CONFIRM, DISABLE, ENROLL, REGENERATE};

const WRONG_PASSWORD: &str = "not the password at all";
const NEW_PASSWORD: &str = "a brand new passphrase for takeover tests";
/// What `LOGIN_SLOWDOWN` allows in the tests that flood an account.
const SLOWDOWN: (&str, &str) = ("LOGIN_SLOWDOWN", "3/1h");
const FLOOD: usize = 3;

/// A six-digit code that is not `right`.
fn wrong_code(right: &str) -> &'static str {
    if right == "000000" {
        "111111"
    } else {
        "000000"
    }
}

/// `login` answered with an AuthPayload (signed in, no second factor).
#[track_caller]
fn assert_signed_in(body: &Value, context: &str) {
    assert_eq!(
        body["data"]["login"]["__typename"], "AuthPayload",
        "{context}: {body}"
    );
}

/// The request failed with `code`, and no data came with the error.
#[track_caller]
fn assert_refused(body: &Value, code: &str, context: &str) {
    assert_error(body, code, None, context);
    assert!(
        body["data"].is_null()
            || body["data"]
                .as_object()
                .unwrap()
                .values()
                .all(Value::is_null),
        "{context}: data alongside the error: {body}"
    );
}

// ---------------------------------------------------------------------------------------------
// 1. One credential check, counted before checking.
// ---------------------------------------------------------------------------------------------

db_tests!(
    concurrent_wrong_logins_check_at_most_the_slowdown_threshold,
    concurrent_wrong_logins_on_two_instances_check_at_most_the_threshold,
    concurrent_wrong_codes_for_new_recovery_codes_check_at_most_the_threshold,
    delete_account_password_guesses_are_throttled,
    disable_totp_password_guesses_are_throttled,
    change_password_guesses_are_throttled,
    request_email_change_password_guesses_are_throttled,
    reauthenticate_password_guesses_are_throttled,
    regenerate_recovery_codes_code_guesses_are_throttled,
    verify_totp_code_guesses_are_throttled,
    successful_checks_never_slow_the_account_down,
    disable_totp_answers_a_wrong_password_the_same_whatever_the_code,
);

const REAUTH: &str = "mutation($p: String!, $c: String) { reauthenticate(password: $p, code: $c) { accessToken refreshToken deviceToken expiresIn user { id } } }";

impl TestApp {
    async fn reauthenticate(&self, token: &str, password: &str, code: Option<&str>) -> Value {
        self.gql(REAUTH, json!({ "p": password, "c": code }), Some(token))
            .await
    }
}

async fn concurrent_wrong_logins_check_at_most_the_slowdown_threshold(backend: Backend) {
    // LOGIN_SLOWDOWN at its default, 10/1h.
    let app = spawn(backend).await;
    let acct = app.register("flooded").await;
    let attempts = (0..30).map(|_| app.login(&acct.username, WRONG_PASSWORD));
    let answers = futures::future::join_all(attempts).await;
    let checked = checked_of(&answers, "INVALID_CREDENTIALS");
    assert!(
        (1..=10).contains(&checked),
        "{checked} of 30 concurrent wrong passwords were checked"
    );
    let failures = app
        .events(Some(&acct.id))
        .await
        .into_iter()
        .filter(|e| e.kind == "sign_in_failed")
        .count();
    assert!(
        (1..=10).contains(&failures),
        "{failures} sign_in_failed events"
    );
    // The right password is refused too until the slowdown is over.
    assert_refused(
        &app.login(&acct.username, PASSWORD).await,
        "RATE_LIMITED",
        "after the flood",
    );
}

/// The counters are shared: the same flood split over two instances on one database still
/// checks at most the threshold.
async fn concurrent_wrong_logins_on_two_instances_check_at_most_the_threshold(backend: Backend) {
    let a = spawn(backend).await;
    let b = spawn_on(a.db.clone(), &[]).await;
    let acct = a.register("spread").await;
    let attempts = (0..30).map(|i| {
        let app = if i % 2 == 0 { &a } else { &b };
        app.login(&acct.username, WRONG_PASSWORD)
    });
    let answers = futures::future::join_all(attempts).await;
    let checked = checked_of(&answers, "INVALID_CREDENTIALS");
    assert!(
        (1..=10).contains(&checked),
        "{checked} of 30 wrong passwords over two instances were checked"
    );
    assert_refused(
        &b.login(&acct.username, PASSWORD).await,
        "RATE_LIMITED",
        "after the flood, on either instance",
    );
}

/// How many of `answers` are `refusal` (a checked wrong guess); every other one must be
/// RATE_LIMITED (refused unchecked).
#[track_caller]
fn checked_of(answers: &[Value], refusal: &str) -> usize {
    let mut checked = 0;
    for body in answers {
        match error_code(body).as_deref() {
            Some(code) if code == refusal => checked += 1,
            Some("RATE_LIMITED") => {}
            _ => panic!("neither {refusal} nor RATE_LIMITED: {body}"),
        }
    }
    checked
}

/// The attack of the issue: a stolen access token guessing TOTP codes in
/// `regenerateRecoveryCodes` as fast as it can.
async fn concurrent_wrong_codes_for_new_recovery_codes_check_at_most_the_threshold(
    backend: Backend,
) {
    // LOGIN_SLOWDOWN at its default, 10/1h.
    let app = spawn(backend).await;
    let acct = app.register("stolen").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.mid_step();
    let right = app.code(&secret, 0);
    let guesses = (0..30).map(|_| {
        app.gql(
            REGENERATE,
            json!({ "c": wrong_code(&right) }),
            Some(&acct.access),
        )
    });
    let answers = futures::future::join_all(guesses).await;
    let checked = checked_of(&answers, "INVALID_MFA_CODE");
    assert!(
        (1..=10).contains(&checked),
        "{checked} of 30 concurrent wrong codes were checked"
    );
    let body = app
        .gql(REGENERATE, json!({ "c": right }), Some(&acct.access))
        .await;
    assert_refused(&body, "RATE_LIMITED", "the right code after the guesses");
}

/// A mutation that takes a credential, whose wrong answers count against the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guarded {
    DeleteAccount,
    DisableTotp,
    ChangePassword,
    RequestEmailChange,
    Reauthenticate,
    RegenerateRecoveryCodes,
    VerifyTotp,
}

impl Guarded {
    fn needs_totp(self) -> bool {
        matches!(
            self,
            Guarded::DisableTotp | Guarded::RegenerateRecoveryCodes | Guarded::VerifyTotp
        )
    }

    /// The code of a wrong guess.
    fn refusal(self) -> &'static str {
        match self {
            Guarded::RegenerateRecoveryCodes | Guarded::VerifyTotp => "INVALID_MFA_CODE",
            _ => "INVALID_CREDENTIALS",
        }
    }
}

/// One call of `guarded` by `acct`, with the right credential or a wrong one. `secret` is the
/// TOTP secret and `mfa` a challenge's token, where the mutation needs them.
async fn attempt(
    app: &TestApp,
    acct: &Account,
    guarded: Guarded,
    secret: &str,
    mfa: &str,
    right: bool,
) -> Value {
    let password = if right { PASSWORD } else { WRONG_PASSWORD };
    let code = if secret.is_empty() {
        String::new()
    } else {
        app.code(secret, 0)
    };
    let guess = if right {
        code.as_str()
    } else {
        wrong_code(&code)
    };
    let token = Some(acct.access.as_str());
    match guarded {
        Guarded::DeleteAccount => app.gql(DELETE, json!({ "p": password }), token).await,
        // A wrong password with the right code: the code must not matter.
        Guarded::DisableTotp => {
            app.gql(DISABLE, json!({ "p": password, "c": code }), token)
                .await
        }
        Guarded::ChangePassword => {
            app.gql(CHANGE, json!({ "c": password, "n": NEW_PASSWORD }), token)
                .await
        }
        Guarded::RequestEmailChange => {
            let email = format!("moved_{}@example.com", Uuid::new_v4().simple());
            app.gql(REQUEST_CHANGE, json!({ "e": email, "p": password }), token)
                .await
        }
        Guarded::Reauthenticate => app.reauthenticate(&acct.access, password, None).await,
        Guarded::RegenerateRecoveryCodes => app.gql(REGENERATE, json!({ "c": guess }), token).await,
        Guarded::VerifyTotp => app.verify(mfa, guess).await,
    }
}

/// With LOGIN_SLOWDOWN=3/1h, three wrong guesses in `guarded` make its next call answer
/// RATE_LIMITED even with the right credential, and slow the account's login down as well.
async fn guesses_are_throttled(backend: Backend, guarded: Guarded) {
    let app = spawn_with(backend, &[SLOWDOWN]).await;
    let acct = app.register("guessed").await;
    let secret = if guarded.needs_totp() {
        app.enable_totp(&acct).await.0
    } else {
        String::new()
    };
    let mfa = if guarded == Guarded::VerifyTotp {
        app.challenge(&acct).await
    } else {
        String::new()
    };
    app.mid_step();
    for i in 0..FLOOD {
        let body = attempt(&app, &acct, guarded, &secret, &mfa, false).await;
        assert_refused(&body, guarded.refusal(), &format!("{guarded:?}, guess {i}"));
    }
    let body = attempt(&app, &acct, guarded, &secret, &mfa, true).await;
    assert_refused(
        &body,
        "RATE_LIMITED",
        &format!("{guarded:?}, the right credential after {FLOOD} wrong ones"),
    );
    assert!(
        body["errors"][0]["extensions"]["retryAfter"].as_u64() > Some(0),
        "retryAfter: {body}"
    );
    // One counter per account: the login is slowed down too.
    assert_refused(
        &app.login(&acct.username, PASSWORD).await,
        "RATE_LIMITED",
        &format!("login after {guarded:?} guesses"),
    );
    // The refused right call did nothing: the account and its session are still there.
    assert!(app.accepted(&acct.access).await, "{guarded:?}");
    if guarded == Guarded::DisableTotp {
        assert!(app.totp_enabled(&acct.access).await);
    }
}

async fn delete_account_password_guesses_are_throttled(backend: Backend) {
    guesses_are_throttled(backend, Guarded::DeleteAccount).await
}

async fn disable_totp_password_guesses_are_throttled(backend: Backend) {
    guesses_are_throttled(backend, Guarded::DisableTotp).await
}

async fn change_password_guesses_are_throttled(backend: Backend) {
    guesses_are_throttled(backend, Guarded::ChangePassword).await
}

async fn request_email_change_password_guesses_are_throttled(backend: Backend) {
    guesses_are_throttled(backend, Guarded::RequestEmailChange).await
}

async fn reauthenticate_password_guesses_are_throttled(backend: Backend) {
    guesses_are_throttled(backend, Guarded::Reauthenticate).await
}

async fn regenerate_recovery_codes_code_guesses_are_throttled(backend: Backend) {
    guesses_are_throttled(backend, Guarded::RegenerateRecoveryCodes).await
}

async fn verify_totp_code_guesses_are_throttled(backend: Backend) {
    guesses_are_throttled(backend, Guarded::VerifyTotp).await
}

async fn successful_checks_never_slow_the_account_down(backend: Backend) {
    let app = spawn_with(backend, &[SLOWDOWN]).await;
    let acct = app.register("honest").await;
    let mut access = acct.access.clone();
    for i in 0..3 * FLOOD {
        let body = app.reauthenticate(&access, PASSWORD, None).await;
        let p = &body["data"]["reauthenticate"];
        assert!(p.is_object(), "reauthenticate {i}: {body}");
        access = p["accessToken"].as_str().unwrap().to_owned();
    }
    // Fewer wrong guesses than the threshold still leave the right password working.
    for _ in 0..FLOOD - 1 {
        let body = app.reauthenticate(&access, WRONG_PASSWORD, None).await;
        assert_refused(&body, "INVALID_CREDENTIALS", "a wrong reauthentication");
    }
    let body = app.reauthenticate(&access, PASSWORD, None).await;
    assert!(body["data"]["reauthenticate"].is_object(), "{body}");
    assert_signed_in(&app.login(&acct.username, PASSWORD).await, "login");
}

async fn disable_totp_answers_a_wrong_password_the_same_whatever_the_code(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("oracle").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.mid_step();
    let right = app.code(&secret, 0);
    let wrong = wrong_code(&right);
    for (password, code, expected) in [
        (WRONG_PASSWORD, wrong, "INVALID_CREDENTIALS"),
        (WRONG_PASSWORD, right.as_str(), "INVALID_CREDENTIALS"),
        (PASSWORD, wrong, "INVALID_MFA_CODE"),
    ] {
        let body = app
            .gql(
                DISABLE,
                json!({ "p": password, "c": code }),
                Some(&acct.access),
            )
            .await;
        assert_refused(
            &body,
            expected,
            &format!(
                "password right: {}, code right: {}",
                password == PASSWORD,
                code == right
            ),
        );
    }
    assert!(app.totp_enabled(&acct.access).await);
}

// ---------------------------------------------------------------------------------------------
// 2. Recent authentication.
// ---------------------------------------------------------------------------------------------

db_tests!(
    access_tokens_carry_the_sign_in_time_as_auth_time,
    sensitive_mutations_need_a_recent_sign_in,
    the_reauthentication_window_is_configurable,
    reauthenticate_gives_fresh_tokens_in_the_same_session,
    reauthenticate_with_totp_on_needs_the_code,
    calls_that_carry_the_password_work_with_a_stale_token,
);

const RESET_TWO_FACTOR: &str =
    "mutation($u: ID!) { adminResetTwoFactor(userId: $u) { id totpEnabled } }";
const MINUTE: u64 = 60;

/// The `auth_time` claim of an access token: a number, Unix seconds.
#[track_caller]
fn auth_time(access: &str) -> i64 {
    let (_, claims) = jwt_parts(access);
    claims["auth_time"]
        .as_i64()
        .unwrap_or_else(|| panic!("no numeric auth_time in {claims}"))
}

/// The device token of a payload: a string of at least 22 characters (128 bits).
#[track_caller]
fn device_of(payload: &Value) -> String {
    let token = payload["deviceToken"]
        .as_str()
        .unwrap_or_else(|| panic!("no deviceToken in {payload}"));
    assert!(token.len() >= 22, "device token too short: {token:?}");
    token.to_owned()
}

impl TestApp {
    fn now_secs(&self) -> i64 {
        portcullis::clock::Clock::now_secs(self.clock.as_ref())
    }
}

async fn access_tokens_carry_the_sign_in_time_as_auth_time(backend: Backend) {
    let app = spawn(backend).await;
    let before = app.now_secs();
    let acct = app.register("timed").await;
    let after = app.now_secs();
    let signed_up = auth_time(&acct.access);
    assert!(
        (before..=after).contains(&signed_up),
        "{signed_up} not in {before}..={after}"
    );

    // A refresh is no new proof: the claim keeps the sign-in time.
    app.advance(5 * MINUTE);
    let body = app.refresh(&acct.refresh).await;
    let refreshed = body["data"]["refresh"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(auth_time(refreshed), signed_up);
    assert!(jwt_parts(refreshed).1["iat"].as_i64().unwrap() >= signed_up + 300);

    // A new sign-in carries its own time.
    let before = app.now_secs();
    let (access, _) = app.new_session(&acct).await;
    let after = app.now_secs();
    assert!((before..=after).contains(&auth_time(&access)));
}

async fn sensitive_mutations_need_a_recent_sign_in(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    // Right after register (or login) everything works.
    let target = app.register("target").await;
    let (secret, _) = app.enable_totp(&target).await;
    let plain = app.register("plain").await;

    // Still inside the default window (10 minutes) at 9 minutes.
    app.advance(9 * MINUTE);
    let pending = app.enroll(&plain.access).await["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    // Past it at 11 (access tokens live 15 minutes, so they are still valid sign-ins).
    app.advance(2 * MINUTE);
    app.mid_step();
    assert!(app.accepted(&plain.access).await);
    let user_calls = [
        (ENROLL, json!({}), &plain.access, "enrollTotp"),
        (
            CONFIRM,
            json!({ "c": app.code(&pending, 0) }),
            &plain.access,
            "confirmTotp",
        ),
        (
            REGENERATE,
            json!({ "c": app.code(&secret, 0) }),
            &target.access,
            "regenerateRecoveryCodes",
        ),
    ];
    for (query, vars, token, name) in user_calls {
        let body = app.gql(query, vars, Some(token)).await;
        assert_refused(&body, "REAUTHENTICATION_REQUIRED", name);
    }
    let admin_calls = [
        (
            SET_ROLE,
            json!({ "u": target.id, "r": "ADMIN" }),
            "setUserRole",
        ),
        (
            ADMIN_RESET,
            json!({ "u": target.id, "p": NEW_PASSWORD }),
            "adminResetPassword",
        ),
        (
            RESET_TWO_FACTOR,
            json!({ "u": target.id }),
            "adminResetTwoFactor",
        ),
        (
            SET_DISABLED,
            json!({ "u": target.id, "d": true }),
            "setUserDisabled",
        ),
    ];
    for (query, vars, name) in &admin_calls {
        let body = app.gql(query, vars.clone(), Some(&admin.access)).await;
        assert_refused(&body, "REAUTHENTICATION_REQUIRED", name);
    }
    // Nothing changed.
    assert!(!app.totp_enabled(&plain.access).await);
    assert!(app.totp_enabled(&target.access).await);
    assert!(
        app.accepted(&target.access).await,
        "not disabled, sessions kept"
    );
    let row = entity::user::Entity::find_by_id(Uuid::parse_str(&target.id).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.role.as_str(), row.disabled_at), ("USER", None));
    let _ = app.challenge(&target).await; // the old password still opens a challenge

    // A refreshed access token keeps the old auth_time: still refused.
    let body = app.refresh(&admin.refresh).await;
    let refreshed = body["data"]["refresh"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    let body = app.set_role(refreshed, &target.id, "USER").await;
    assert_refused(&body, "REAUTHENTICATION_REQUIRED", "refreshed token");

    // A new sign-in is fresh: every one of them works again.
    let (fresh_admin, _) = app.new_session(&admin).await;
    let (fresh_plain, _) = app.new_session(&plain).await;
    let body = app.gql(ENROLL, json!({}), Some(&fresh_plain)).await;
    assert!(body["data"]["enrollTotp"].is_object(), "{body}");
    for (query, vars, name) in admin_calls {
        let body = app.gql(query, vars, Some(&fresh_admin)).await;
        assert!(body.get("errors").is_none(), "{name}: {body}");
    }
}

async fn the_reauthentication_window_is_configurable(backend: Backend) {
    let app = spawn_with(backend, &[("REAUTHENTICATION_WINDOW", "2m")]).await;
    let acct = app.register("window").await;
    app.advance(100);
    let body = app.gql(ENROLL, json!({}), Some(&acct.access)).await;
    assert!(body["data"]["enrollTotp"].is_object(), "at 100 s: {body}");
    app.advance(30);
    let body = app.gql(ENROLL, json!({}), Some(&acct.access)).await;
    assert_refused(&body, "REAUTHENTICATION_REQUIRED", "at 130 s");
}

async fn reauthenticate_gives_fresh_tokens_in_the_same_session(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("stale").await;
    app.advance(11 * MINUTE);
    let body = app.gql(ENROLL, json!({}), Some(&acct.access)).await;
    assert_refused(&body, "REAUTHENTICATION_REQUIRED", "stale");

    let body = app.reauthenticate(&acct.access, WRONG_PASSWORD, None).await;
    assert_refused(&body, "INVALID_CREDENTIALS", "wrong password");
    let body = app.reauthenticate("not.a.token", PASSWORD, None).await;
    assert_refused(&body, "UNAUTHENTICATED", "no valid access token");

    let before = app.now_secs();
    let body = app.reauthenticate(&acct.access, PASSWORD, None).await;
    let p = &body["data"]["reauthenticate"];
    assert_eq!(p["user"]["id"], acct.id.as_str(), "{body}");
    let access = p["accessToken"].as_str().unwrap();
    let refresh = p["refreshToken"].as_str().unwrap();
    device_of(p);
    assert_ne!(access, acct.access);
    assert_ne!(refresh, acct.refresh);
    assert!(auth_time(access) >= before);
    assert!(auth_time(access) >= auth_time(&acct.access) + 11 * 60);
    // The same session: same `sid`, and still the only one.
    assert_eq!(jwt_parts(access).1["sid"], jwt_parts(&acct.access).1["sid"]);
    let body = app
        .gql("{ sessions { id current } }", json!({}), Some(access))
        .await;
    assert_eq!(
        body["data"]["sessions"].as_array().map(Vec::len),
        Some(1),
        "{body}"
    );

    // The new access token is recent; the old one of the same session is still a valid sign-in
    // but does not profit from the new proof.
    let body = app.gql(ENROLL, json!({}), Some(&acct.access)).await;
    assert_refused(&body, "REAUTHENTICATION_REQUIRED", "old access token");
    assert!(app.accepted(&acct.access).await);
    let body = app.gql(ENROLL, json!({}), Some(access)).await;
    assert!(body["data"]["enrollTotp"].is_object(), "{body}");

    // The old refresh token was retired (presenting it is reuse, which ends the session).
    assert_refused(
        &app.refresh(&acct.refresh).await,
        "INVALID_TOKEN",
        "old refresh",
    );
}

async fn reauthenticate_with_totp_on_needs_the_code(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("stale2fa").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.advance(11 * MINUTE);
    app.mid_step();
    let right = app.code(&secret, 0);
    let wrong = wrong_code(&right);

    let body = app.reauthenticate(&acct.access, PASSWORD, None).await;
    assert_refused(&body, "BAD_USER_INPUT", "no code");
    assert_code_field(&body, "BAD_USER_INPUT", "code");
    for code in [wrong, right.as_str()] {
        let body = app
            .reauthenticate(&acct.access, WRONG_PASSWORD, Some(code))
            .await;
        assert_refused(
            &body,
            "INVALID_CREDENTIALS",
            &format!("wrong password, code right: {}", code == right),
        );
    }
    let body = app
        .reauthenticate(&acct.access, PASSWORD, Some(wrong))
        .await;
    assert_refused(&body, "INVALID_MFA_CODE", "right password, wrong code");

    let body = app
        .reauthenticate(&acct.access, PASSWORD, Some(&right))
        .await;
    let p = &body["data"]["reauthenticate"];
    let access = p["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    device_of(p);
    // Recent now: regenerating recovery codes works (with the next step's code).
    app.advance(30);
    let body = app
        .gql(
            REGENERATE,
            json!({ "c": app.code(&secret, 0) }),
            Some(access),
        )
        .await;
    assert_eq!(
        body["data"]["regenerateRecoveryCodes"]
            .as_array()
            .map(Vec::len),
        Some(10),
        "{body}"
    );
}

async fn calls_that_carry_the_password_work_with_a_stale_token(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("ownproof").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.advance(11 * MINUTE);
    app.mid_step();
    let stale = Some(acct.access.as_str());
    let body = app
        .gql(REGENERATE, json!({ "c": app.code(&secret, 0) }), stale)
        .await;
    assert_refused(&body, "REAUTHENTICATION_REQUIRED", "the token is stale");
    app.advance(30);

    let body = app
        .gql(
            DISABLE,
            json!({ "p": PASSWORD, "c": app.code(&secret, 0) }),
            stale,
        )
        .await;
    assert_eq!(body["data"]["disableTotp"]["totpEnabled"], false, "{body}");
    let body = app
        .gql(
            REQUEST_CHANGE,
            json!({ "e": format!("moved_{}", acct.email), "p": PASSWORD }),
            stale,
        )
        .await;
    assert_eq!(body["data"]["requestEmailChange"], true, "{body}");
    let body = app
        .gql(CHANGE, json!({ "c": PASSWORD, "n": NEW_PASSWORD }), stale)
        .await;
    assert!(body["data"]["changePassword"].is_object(), "{body}");
    let body = app.gql(DELETE, json!({ "p": NEW_PASSWORD }), stale).await;
    assert_eq!(body["data"]["deleteAccount"], true, "{body}");
}

// ---------------------------------------------------------------------------------------------
// 3. Device tokens.
// ---------------------------------------------------------------------------------------------

db_tests!(
    sign_ins_return_a_device_token_stored_hashed_and_refresh_does_not,
    an_owner_with_a_device_token_signs_in_during_a_flood,
    a_device_token_exempts_the_second_factor_step_too,
    a_device_token_dies_when_its_failure_budget_is_spent,
    device_tokens_are_revoked_by_password_changes_resets_and_disabling,
    device_tokens_expire_after_their_lifetime,
    per_address_limits_apply_with_a_device_token,
    deleting_the_account_deletes_its_device_tokens,
);

const REGISTER: &str = "mutation($i: RegisterInput!) { register(input: $i) { accessToken refreshToken deviceToken user { id } } }";
const LOGIN: &str = "mutation($i: LoginInput!) { login(input: $i) { __typename ... on AuthPayload { accessToken refreshToken deviceToken user { id totpEnabled } } ... on MfaChallenge { mfaToken } } }";
const VERIFY_DEVICE: &str = "mutation($t: String!, $c: String!) { verifyTotp(mfaToken: $t, code: $c) { accessToken refreshToken deviceToken user { id } } }";
const REFRESH: &str =
    "mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken deviceToken } }";
const DAY: u64 = 86_400;

impl TestApp {
    /// Registers through the API and returns the account with the device token `register` gave.
    async fn register_with_device(&self, name: &str) -> (Account, String) {
        let username = format!("{name}_{}", &Uuid::new_v4().simple().to_string()[..8]);
        let email = format!("{username}@example.com");
        let body = self
            .gql(
                REGISTER,
                json!({ "i": { "email": email, "username": username, "password": PASSWORD } }),
                None,
            )
            .await;
        let p = &body["data"]["register"];
        assert!(p.is_object(), "register failed: {body}");
        let account = Account {
            id: p["user"]["id"].as_str().unwrap().to_owned(),
            username,
            email,
            password: PASSWORD.to_owned(),
            access: p["accessToken"].as_str().unwrap().to_owned(),
            refresh: p["refreshToken"].as_str().unwrap().to_owned(),
        };
        (account, device_of(p))
    }

    /// `login`, with `LoginInput.deviceToken` when `device` is given.
    async fn login_device(&self, login: &str, password: &str, device: Option<&str>) -> Value {
        let mut input = json!({ "login": login, "password": password });
        if let Some(device) = device {
            input["deviceToken"] = json!(device);
        }
        self.gql(LOGIN, json!({ "i": input }), None).await
    }

    /// A device token from a new password-only sign-in of `account`.
    async fn device_token(&self, account: &Account) -> String {
        let body = self
            .login_device(&account.username, &account.password, None)
            .await;
        assert_signed_in(&body, "sign-in for a device token");
        device_of(&body["data"]["login"])
    }

    /// An attacker's flood (run with [`SLOWDOWN`]): wrong passwords without a device token until
    /// the account refuses even the right password without one.
    async fn flood(&self, account: &Account) {
        for _ in 0..FLOOD {
            self.wrong_login(&account.username).await;
        }
        let body = self.login(&account.username, &account.password).await;
        assert_refused(
            &body,
            "RATE_LIMITED",
            "the flooded account, without a device token",
        );
    }

    /// The link of a new password-reset mail to `email`.
    async fn reset_link(&self, email: &str) -> String {
        self.outbox_drained().await;
        let sent = self.mails_to(email);
        let body = self.gql(REQUEST_RESET, json!({ "e": email }), None).await;
        assert_eq!(body["data"]["requestPasswordReset"], true, "{body}");
        self.nth_mail_to(email, sent + 1)
            .await
            .link_token("reset-password")
    }

    /// How many messages to `email` this instance has written so far.
    fn mails_to(&self, email: &str) -> usize {
        self.all_mail()
            .iter()
            .filter(|m| m.to.eq_ignore_ascii_case(email))
            .count()
    }

    /// The rows of `device_tokens` whose `token_hash` is `value`.
    async fn device_token_rows(&self, value: &str) -> i64 {
        assert!(!value.contains(['\'', '\\']), "{value:?} in an SQL literal");
        let db = &self.state.db;
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM device_tokens WHERE token_hash = '{value}'"),
            ))
            .await
            .expect("device_tokens is readable")
            .expect("a count");
        row.try_get::<i64>("", "n").unwrap()
    }
}

async fn sign_ins_return_a_device_token_stored_hashed_and_refresh_does_not(backend: Backend) {
    let app = spawn(backend).await;
    let (acct, registered) = app.register_with_device("device").await;
    let body = app.login_device(&acct.username, PASSWORD, None).await;
    assert_signed_in(&body, "login");
    let logged_in = device_of(&body["data"]["login"]);
    assert_ne!(registered, logged_in, "each sign-in gets its own");

    let body = app.gql(REFRESH, json!({ "t": acct.refresh }), None).await;
    assert!(body["data"]["refresh"]["accessToken"].is_string(), "{body}");
    assert_eq!(
        body["data"]["refresh"]["deviceToken"],
        Value::Null,
        "{body}"
    );

    let body = app.reauthenticate(&acct.access, PASSWORD, None).await;
    let reauthenticated = device_of(&body["data"]["reauthenticate"]);

    let (secret, _) = app.enable_totp(&acct).await;
    let mfa = app.challenge(&acct).await;
    let body = app
        .gql(
            VERIFY_DEVICE,
            json!({ "t": mfa, "c": app.code(&secret, 0) }),
            None,
        )
        .await;
    let verified = device_of(&body["data"]["verifyTotp"]);

    // Stored as the SHA-256 of the token, never the token.
    for token in [&registered, &logged_in, &reauthenticated, &verified] {
        let hash = portcullis::auth::opaque::hash(token);
        assert_eq!(app.device_token_rows(&hash).await, 1, "hash of {token}");
        assert_eq!(
            app.device_token_rows(token).await,
            0,
            "{token} in the clear"
        );
    }
}

async fn an_owner_with_a_device_token_signs_in_during_a_flood(backend: Backend) {
    let app = spawn_with(backend, &[SLOWDOWN]).await;
    let owner = app.register("owner").await;
    let device = app.device_token(&owner).await;
    let other = app.register("other").await;
    let others_device = app.device_token(&other).await;
    app.flood(&owner).await;

    // No exemption for another user's device token, or for garbage.
    for (token, what) in [
        (others_device.as_str(), "another user's device token"),
        ("garbage-garbage-garbage-garbage", "garbage"),
    ] {
        let body = app
            .login_device(&owner.username, PASSWORD, Some(token))
            .await;
        assert_refused(&body, "RATE_LIMITED", what);
    }
    // The owner's own gets in, and a new device token with it.
    let body = app
        .login_device(&owner.username, PASSWORD, Some(&device))
        .await;
    assert_signed_in(&body, "the owner with their device token");
    assert_eq!(body["data"]["login"]["user"]["id"], owner.id.as_str());
    device_of(&body["data"]["login"]);
    // By email as well.
    let body = app
        .login_device(&owner.email, PASSWORD, Some(&device))
        .await;
    assert_signed_in(&body, "the owner by email with their device token");
}

async fn a_device_token_exempts_the_second_factor_step_too(backend: Backend) {
    let app = spawn_with(backend, &[SLOWDOWN]).await;
    let owner = app.register("owner2fa").await;
    let device = app.device_token(&owner).await;
    let (secret, _) = app.enable_totp(&owner).await;
    app.flood(&owner).await;

    app.mid_step();
    let body = app
        .login_device(&owner.username, PASSWORD, Some(&device))
        .await;
    let r = &body["data"]["login"];
    assert_eq!(r["__typename"], "MfaChallenge", "{body}");
    let mfa = r["mfaToken"].as_str().unwrap();
    let body = app
        .gql(
            VERIFY_DEVICE,
            json!({ "t": mfa, "c": app.code(&secret, 0) }),
            None,
        )
        .await;
    let p = &body["data"]["verifyTotp"];
    assert_eq!(p["user"]["id"], owner.id.as_str(), "{body}");
    device_of(p);
}

async fn a_device_token_dies_when_its_failure_budget_is_spent(backend: Backend) {
    let app = spawn_with(backend, &[SLOWDOWN, ("DEVICE_TOKEN_MAX_FAILURES", "2")]).await;
    let owner = app.register("clumsy").await;
    let spent = app.device_token(&owner).await;
    let kept = app.device_token(&owner).await;
    app.flood(&owner).await;

    // The device token is exempt, so its wrong passwords are checked (and counted on it).
    for i in 0..2 {
        let body = app
            .login_device(&owner.username, WRONG_PASSWORD, Some(&spent))
            .await;
        assert_refused(&body, "INVALID_CREDENTIALS", &format!("wrong password {i}"));
    }
    let body = app
        .login_device(&owner.username, PASSWORD, Some(&spent))
        .await;
    assert_refused(&body, "RATE_LIMITED", "a spent device token");

    // One failure leaves the budget unspent.
    let body = app
        .login_device(&owner.username, WRONG_PASSWORD, Some(&kept))
        .await;
    assert_refused(&body, "INVALID_CREDENTIALS", "one wrong password");
    let body = app
        .login_device(&owner.username, PASSWORD, Some(&kept))
        .await;
    assert_signed_in(&body, "a device token with budget left");
}

/// What happens to the account between issuing the device token and the flood.
#[derive(Debug, Clone, Copy)]
enum Revocation {
    PasswordChange,
    ResetLink,
    AdminReset,
    Disabling,
}

async fn device_tokens_are_revoked_by_password_changes_resets_and_disabling(backend: Backend) {
    let app = spawn_with(backend, &[SLOWDOWN]).await;
    let admin = app.admin("root").await;
    for how in [
        Revocation::PasswordChange,
        Revocation::ResetLink,
        Revocation::AdminReset,
        Revocation::Disabling,
    ] {
        let mut owner = app.register("revoked").await;
        let old = app.device_token(&owner).await;
        match how {
            Revocation::PasswordChange => {
                let body = app
                    .gql(
                        CHANGE,
                        json!({ "c": PASSWORD, "n": NEW_PASSWORD }),
                        Some(&owner.access),
                    )
                    .await;
                assert!(body["data"]["changePassword"].is_object(), "{body}");
                owner.password = NEW_PASSWORD.to_owned();
            }
            Revocation::ResetLink => {
                let link = app.reset_link(&owner.email).await;
                let body = app
                    .gql(
                        RESET_PASSWORD,
                        json!({ "t": link, "p": NEW_PASSWORD }),
                        None,
                    )
                    .await;
                assert_eq!(body["data"]["resetPassword"], true, "{body}");
                owner.password = NEW_PASSWORD.to_owned();
            }
            Revocation::AdminReset => {
                let body = app
                    .gql(
                        ADMIN_RESET,
                        json!({ "u": owner.id, "p": NEW_PASSWORD }),
                        Some(&admin.access),
                    )
                    .await;
                assert_eq!(body["data"]["adminResetPassword"], true, "{body}");
                owner.password = NEW_PASSWORD.to_owned();
            }
            Revocation::Disabling => {
                for disabled in [true, false] {
                    let body = app.set_disabled(&admin.access, &owner.id, disabled).await;
                    assert_eq!(
                        body["data"]["setUserDisabled"]["disabled"], disabled,
                        "{body}"
                    );
                }
            }
        }
        // A device token issued afterwards works during the flood; the old one no longer does.
        let new = app.device_token(&owner).await;
        app.flood(&owner).await;
        let body = app
            .login_device(&owner.username, &owner.password, Some(&old))
            .await;
        assert_refused(
            &body,
            "RATE_LIMITED",
            &format!("old device token after {how:?}"),
        );
        let body = app
            .login_device(&owner.username, &owner.password, Some(&new))
            .await;
        assert_signed_in(&body, &format!("new device token after {how:?}"));
    }
}

async fn device_tokens_expire_after_their_lifetime(backend: Backend) {
    // DEVICE_TOKEN_LIFETIME at its default, 30 days.
    let app = spawn_with(backend, &[SLOWDOWN]).await;
    let owner = app.register("returning").await;
    let first = app.device_token(&owner).await;
    app.advance(2 * DAY);
    let second = app.device_token(&owner).await;
    // 30 days and an hour after the first, 28 days and an hour after the second.
    app.advance(28 * DAY + 3600);
    app.flood(&owner).await;
    let body = app
        .login_device(&owner.username, PASSWORD, Some(&first))
        .await;
    assert_refused(&body, "RATE_LIMITED", "an expired device token");
    let body = app
        .login_device(&owner.username, PASSWORD, Some(&second))
        .await;
    assert_signed_in(&body, "a device token within its lifetime");
}

async fn per_address_limits_apply_with_a_device_token(backend: Backend) {
    let app = spawn_with(backend, &[("RATE_LIMIT_LOGIN_PER_IP", "3/1m")]).await;
    let (owner, device) = app.register_with_device("perip").await;
    for i in 0..3 {
        let body = app
            .login_device(&owner.username, PASSWORD, Some(&device))
            .await;
        assert_signed_in(&body, &format!("sign-in {i}"));
    }
    let body = app
        .login_device(&owner.username, PASSWORD, Some(&device))
        .await;
    assert_refused(&body, "RATE_LIMITED", "the fourth from one address");
}

async fn deleting_the_account_deletes_its_device_tokens(backend: Backend) {
    let app = spawn(backend).await;
    let (owner, registered) = app.register_with_device("leaving").await;
    let signed_in = app.device_token(&owner).await;
    let (other, others) = app.register_with_device("staying").await;
    let body = app
        .gql(DELETE, json!({ "p": PASSWORD }), Some(&owner.access))
        .await;
    assert_eq!(body["data"]["deleteAccount"], true, "{body}");
    for token in [&registered, &signed_in] {
        let hash = portcullis::auth::opaque::hash(token);
        assert_eq!(
            app.device_token_rows(&hash).await,
            0,
            "{token} outlived its account"
        );
    }
    let hash = portcullis::auth::opaque::hash(&others);
    assert_eq!(app.device_token_rows(&hash).await, 1, "another user's");
    assert!(app.accepted(&other.access).await);
}

// ---------------------------------------------------------------------------------------------
// 4. Recovery.
// ---------------------------------------------------------------------------------------------

db_tests!(
    a_password_change_ends_pending_second_factor_challenges,
    a_password_reset_link_ends_pending_second_factor_challenges,
    an_admin_password_reset_ends_pending_second_factor_challenges,
    a_password_change_voids_outstanding_reset_links,
    an_admin_password_reset_voids_outstanding_reset_links,
    an_admin_password_reset_clears_the_failed_sign_in_counters,
    admin_reset_two_factor_is_for_admins_and_known_users_only,
    admin_reset_two_factor_turns_the_second_factor_off_and_tells_the_user,
    recovery_codes_are_stored_with_argon2id_and_work_once,
    recovery_codes_issued_before_salting_keep_working_until_used,
);

impl TestApp {
    async fn recovery_code_rows(&self, user: &str) -> Vec<entity::recovery_code::Model> {
        entity::recovery_code::Entity::find()
            .filter(entity::recovery_code::Column::UserId.eq(Uuid::parse_str(user).unwrap()))
            .all(&self.state.db)
            .await
            .unwrap()
    }
}

/// How the password is replaced while a second-factor challenge is pending.
#[derive(Debug, Clone, Copy)]
enum NewPassword {
    Change,
    ResetLink,
    AdminReset,
}

async fn challenge_dies_with_the_password(backend: Backend, how: NewPassword) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let acct = app.register("pending").await;
    let (secret, _) = app.enable_totp(&acct).await;
    // Opened with the old password, in a sign-in of its own.
    let mfa = app.challenge(&acct).await;
    match how {
        NewPassword::Change => {
            let body = app
                .gql(
                    CHANGE,
                    json!({ "c": PASSWORD, "n": NEW_PASSWORD }),
                    Some(&acct.access),
                )
                .await;
            assert!(body["data"]["changePassword"].is_object(), "{body}");
        }
        NewPassword::ResetLink => {
            let link = app.reset_link(&acct.email).await;
            let body = app
                .gql(
                    RESET_PASSWORD,
                    json!({ "t": link, "p": NEW_PASSWORD }),
                    None,
                )
                .await;
            assert_eq!(body["data"]["resetPassword"], true, "{body}");
        }
        NewPassword::AdminReset => {
            let body = app
                .gql(
                    ADMIN_RESET,
                    json!({ "u": acct.id, "p": NEW_PASSWORD }),
                    Some(&admin.access),
                )
                .await;
            assert_eq!(body["data"]["adminResetPassword"], true, "{body}");
        }
    }
    app.mid_step();
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert_refused(
        &body,
        "INVALID_TOKEN",
        &format!("the old challenge after {how:?}"),
    );
    // A challenge opened with the new password works.
    app.advance(30);
    let moved = Account {
        password: NEW_PASSWORD.to_owned(),
        ..acct.clone()
    };
    let mfa = app.challenge(&moved).await;
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert!(body["data"]["verifyTotp"].is_object(), "{how:?}: {body}");
}

async fn a_password_change_ends_pending_second_factor_challenges(backend: Backend) {
    challenge_dies_with_the_password(backend, NewPassword::Change).await
}

async fn a_password_reset_link_ends_pending_second_factor_challenges(backend: Backend) {
    challenge_dies_with_the_password(backend, NewPassword::ResetLink).await
}

async fn an_admin_password_reset_ends_pending_second_factor_challenges(backend: Backend) {
    challenge_dies_with_the_password(backend, NewPassword::AdminReset).await
}

async fn a_password_change_voids_outstanding_reset_links(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("linked").await;
    let link = app.reset_link(&acct.email).await;
    let body = app
        .gql(
            CHANGE,
            json!({ "c": PASSWORD, "n": NEW_PASSWORD }),
            Some(&acct.access),
        )
        .await;
    assert!(body["data"]["changePassword"].is_object(), "{body}");
    let body = app
        .gql(
            RESET_PASSWORD,
            json!({ "t": link, "p": "the attacker's passphrase" }),
            None,
        )
        .await;
    assert_refused(&body, "INVALID_TOKEN", "a link from before the change");
    assert_signed_in(
        &app.login(&acct.username, NEW_PASSWORD).await,
        "new password",
    );
}

async fn an_admin_password_reset_voids_outstanding_reset_links(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let acct = app.register("linked").await;
    let link = app.reset_link(&acct.email).await;
    let body = app
        .gql(
            ADMIN_RESET,
            json!({ "u": acct.id, "p": NEW_PASSWORD }),
            Some(&admin.access),
        )
        .await;
    assert_eq!(body["data"]["adminResetPassword"], true, "{body}");
    let body = app
        .gql(
            RESET_PASSWORD,
            json!({ "t": link, "p": "the attacker's passphrase" }),
            None,
        )
        .await;
    assert_refused(&body, "INVALID_TOKEN", "a link from before the admin reset");
    assert_signed_in(
        &app.login(&acct.username, NEW_PASSWORD).await,
        "new password",
    );
}

async fn an_admin_password_reset_clears_the_failed_sign_in_counters(backend: Backend) {
    let app = spawn_with(backend, &[SLOWDOWN]).await;
    let admin = app.admin("root").await;
    let owner = app.register("rescued").await;
    app.flood(&owner).await;
    let body = app
        .gql(
            ADMIN_RESET,
            json!({ "u": owner.id, "p": NEW_PASSWORD }),
            Some(&admin.access),
        )
        .await;
    assert_eq!(body["data"]["adminResetPassword"], true, "{body}");
    assert_signed_in(
        &app.login(&owner.username, NEW_PASSWORD).await,
        "at once after the admin reset",
    );
}

async fn admin_reset_two_factor_is_for_admins_and_known_users_only(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let user = app.register("self").await;
    app.enable_totp(&user).await;

    let body = app
        .gql(
            RESET_TWO_FACTOR,
            json!({ "u": user.id }),
            Some(&user.access),
        )
        .await;
    assert_refused(&body, "FORBIDDEN", "a USER, on themselves");
    let body = app
        .gql(RESET_TWO_FACTOR, json!({ "u": user.id }), None)
        .await;
    assert_refused(&body, "UNAUTHENTICATED", "anonymous");
    let body = app
        .gql(
            RESET_TWO_FACTOR,
            json!({ "u": Uuid::now_v7().to_string() }),
            Some(&admin.access),
        )
        .await;
    assert_refused(&body, "NOT_FOUND", "an unknown id");
    assert!(app.totp_enabled(&user.access).await);
    assert_eq!(app.recovery_code_rows(&user.id).await.len(), 10);
}

async fn admin_reset_two_factor_turns_the_second_factor_off_and_tells_the_user(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let user = app.register("lockedout").await;
    app.enable_totp(&user).await;
    let bystander = app.register("bystander").await;
    app.enable_totp(&bystander).await;
    app.outbox_drained().await;
    let mails_before = app.mails_to(&user.email);

    let body = app
        .gql(
            RESET_TWO_FACTOR,
            json!({ "u": user.id }),
            Some(&admin.access),
        )
        .await;
    assert_eq!(
        body["data"]["adminResetTwoFactor"],
        json!({ "id": user.id, "totpEnabled": false }),
        "{body}"
    );
    // Recovery codes deleted, sessions revoked; the bystander keeps everything.
    assert!(app.recovery_code_rows(&user.id).await.is_empty());
    assert!(!app.accepted(&user.access).await);
    assert_refused(
        &app.refresh(&user.refresh).await,
        "INVALID_TOKEN",
        "old refresh",
    );
    assert_eq!(app.recovery_code_rows(&bystander.id).await.len(), 10);
    assert!(app.totp_enabled(&bystander.access).await);

    // Recorded on the user, by the admin.
    let body = app
        .gql(
            "query($s: String) { users(search: $s) { nodes { id securityEvents(first: 20) { nodes { kind detail } } } } }",
            json!({ "s": user.username }),
            Some(&admin.access),
        )
        .await;
    let events = body["data"]["users"]["nodes"][0]["securityEvents"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    let reset: Vec<&Value> = events
        .iter()
        .filter(|e| e["kind"] == "TWO_FACTOR_RESET")
        .collect();
    assert_eq!(reset.len(), 1, "{body}");
    let detail: Value = serde_json::from_str(reset[0]["detail"].as_str().unwrap()).unwrap();
    assert_eq!(detail, json!({ "by": admin.id }));

    // The user hears about it.
    let mails = app.mail_to(&user.email, mails_before + 1).await;
    let subjects: Vec<&str> = mails[mails_before..]
        .iter()
        .map(|m| m.subject.as_str())
        .collect();
    assert!(
        subjects.iter().any(|s| {
            let s = s.to_lowercase();
            s.contains("two-factor") || s.contains("second factor")
        }),
        "{subjects:?}"
    );

    // The password alone signs in now.
    let body = app.login(&user.username, PASSWORD).await;
    assert_signed_in(&body, "password only");
    assert_eq!(body["data"]["login"]["user"]["totpEnabled"], false);
}

/// A recovery code stored the salted way: its argon2id PHC string in `code_phc`, and in
/// `code_hash` a marker that no SHA-256 lookup can match.
fn assert_salted(row: &entity::recovery_code::Model) {
    let phc = row.code_phc.as_ref().expect("a salted hash");
    assert!(
        phc.expose().starts_with("$argon2id$"),
        "not an argon2id PHC string"
    );
    assert!(
        row.code_hash.starts_with("phc:") && row.code_hash.len() < 64,
        "{}",
        row.code_hash
    );
}

async fn recovery_codes_are_stored_with_argon2id_and_work_once(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("recovery").await;
    let (secret, codes) = app.enable_totp(&acct).await;
    let rows = app.recovery_code_rows(&acct.id).await;
    assert_eq!(rows.len(), 10);
    for row in &rows {
        assert_salted(row);
    }
    let mfa = app.challenge(&acct).await;
    assert!(app.verify(&mfa, &codes[0]).await["data"]["verifyTotp"].is_object());
    let mfa = app.challenge(&acct).await;
    assert_refused(
        &app.verify(&mfa, &codes[0]).await,
        "INVALID_MFA_CODE",
        "used twice",
    );

    // Regenerated ones too.
    app.mid_step();
    let body = app
        .gql(
            REGENERATE,
            json!({ "c": app.code(&secret, 0) }),
            Some(&acct.access),
        )
        .await;
    let fresh = strings(&body["data"]["regenerateRecoveryCodes"], &body);
    let rows = app.recovery_code_rows(&acct.id).await;
    assert_eq!(rows.iter().filter(|r| r.used_at.is_none()).count(), 10);
    for row in &rows {
        assert_salted(row);
    }
    assert!(app.verify(&mfa, &fresh[0]).await["data"]["verifyTotp"].is_object());
    let mfa = app.challenge(&acct).await;
    assert_refused(
        &app.verify(&mfa, &fresh[0]).await,
        "INVALID_MFA_CODE",
        "used twice",
    );
}

/// Codes stored before salted hashing (their SHA-256 in `code_hash`) still sign in, once.
async fn recovery_codes_issued_before_salting_keep_working_until_used(backend: Backend) {
    use sea_orm::{ActiveModelTrait, Set};
    let app = spawn(backend).await;
    let acct = app.register("legacy").await;
    app.enable_totp(&acct).await;
    let old_code = "abcd-efgh-jkmn";
    entity::recovery_code::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(Uuid::parse_str(&acct.id).unwrap()),
        code_hash: Set(portcullis::auth::opaque::hash("abcdefghjkmn")),
        used_at: Set(None),
        created_at: Set(0),
        code_phc: Set(None),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    let mfa = app.challenge(&acct).await;
    let body = app.verify(&mfa, old_code).await;
    assert!(body["data"]["verifyTotp"].is_object(), "{body}");
    let mfa = app.challenge(&acct).await;
    assert_refused(
        &app.verify(&mfa, old_code).await,
        "INVALID_MFA_CODE",
        "an old code used twice",
    );
}
