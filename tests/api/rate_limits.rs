//! Rate limits: each one refuses with RATE_LIMITED and `retryAfter`, and recovers once its window
//! has passed (the app's clock is moved, never slept on). Per-address limits live in each
//! instance; per-account counters are shared through the database (or Redis).

use std::time::Duration;

use portcullis::services::rate_limits::AccountRule;
use serde_json::{Value, json};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    failed_sign_ins_slow_an_account_down_progressively,
    unknown_logins_are_slowed_down_like_real_ones,
    failed_sign_ins_per_account_are_capped_per_window,
    wrong_second_factor_codes_count_as_failed_sign_ins,
    counters_are_shared_by_instances_on_one_database,
);

const LOGIN: &str = "mutation($i: LoginInput!) { login(input: $i) { __typename } }";

fn retry_after(body: &Value) -> u64 {
    assert_code(body, "RATE_LIMITED");
    body["errors"][0]["extensions"]["retryAfter"]
        .as_u64()
        .unwrap_or_else(|| panic!("retryAfter: {body}"))
}

impl TestApp {
    async fn try_login(&self, login: &str, password: &str) -> Value {
        self.gql(
            LOGIN,
            json!({ "i": { "login": login, "password": password } }),
            None,
        )
        .await
    }

    pub(crate) async fn wrong_login(&self, login: &str) {
        let body = self.try_login(login, "not the password at all").await;
        assert_code(&body, "INVALID_CREDENTIALS");
    }

    pub(crate) fn advance(&self, secs: u64) {
        self.clock.advance(Duration::from_secs(secs));
    }
}

fn signed_in(body: &Value) -> bool {
    body["data"]["login"]["__typename"] == "AuthPayload"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_attempts_per_address_are_limited_and_recover() {
    let app = spawn_with(Backend::Sqlite, &[("RATE_LIMIT_LOGIN_PER_IP", "3/1m")]).await;
    let acct = app.register("perip").await;
    for _ in 0..3 {
        assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
    }
    let body = app.try_login(&acct.username, PASSWORD).await;
    // One attempt comes back every 20 s; the whole budget after a minute.
    let wait = retry_after(&body);
    assert!((1..=20).contains(&wait), "{body}");
    assert!(body["data"].is_null() || body["data"]["login"].is_null());
    app.advance(wait);
    assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
    retry_after(&app.try_login(&acct.username, PASSWORD).await);
    app.advance(60);
    for _ in 0..3 {
        assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
    }
    retry_after(&app.try_login(&acct.username, PASSWORD).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registrations_refreshes_and_mfa_attempts_per_address_are_limited() {
    let app = spawn_with(
        Backend::Sqlite,
        &[
            ("RATE_LIMIT_REGISTER_PER_IP", "2/5m"),
            ("RATE_LIMIT_REFRESH_PER_IP", "2/1m"),
            ("RATE_LIMIT_VERIFY_TOTP_PER_IP", "2/1m"),
        ],
    )
    .await;
    let a = app.register("reg").await;
    app.register("reg").await;
    let body = app
        .gql(
            "mutation($i: RegisterInput!) { register(input: $i) { accessToken } }",
            json!({ "i": { "email": "third@example.com", "username": "third", "password": PASSWORD } }),
            None,
        )
        .await;
    let wait = retry_after(&body);
    assert!((1..=150).contains(&wait), "{body}");
    app.advance(300);
    app.register("reg").await;

    let first = app.refresh(&a.refresh).await;
    let next = first["data"]["refresh"]["refreshToken"].as_str().unwrap();
    assert!(app.refresh(next).await["data"]["refresh"].is_object());
    retry_after(&app.refresh("whatever").await);
    app.advance(60);
    assert_code(&app.refresh("whatever").await, "INVALID_TOKEN");

    let verify = |t: &'static str| {
        app.gql(
            "mutation($t: String!) { verifyTotp(mfaToken: $t, code: \"123456\") { accessToken } }",
            json!({ "t": t }),
            None,
        )
    };
    for _ in 0..2 {
        assert_code(&verify("nope").await, "INVALID_TOKEN");
    }
    retry_after(&verify("nope").await);
    app.advance(60);
    assert_code(&verify("nope").await, "INVALID_TOKEN");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_address_limits_can_be_switched_off_for_load_tests() {
    let app = spawn_with(
        Backend::Sqlite,
        &[
            ("RATE_LIMIT_LOGIN_PER_IP", "1/1h"),
            ("RATE_LIMIT_PER_IP", "off"),
        ],
    )
    .await;
    let acct = app.register("load").await;
    for _ in 0..5 {
        assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
    }
}

async fn failed_sign_ins_slow_an_account_down_progressively(backend: Backend) {
    let app = spawn_with(
        backend,
        &[("LOGIN_SLOWDOWN", "3/1h"), ("LOGIN_SLOWDOWN_MAX", "2m")],
    )
    .await;
    let acct = app.register("slow").await;
    for _ in 0..3 {
        app.wrong_login(&acct.username).await;
    }
    // Refused without looking at the password, even the right one; by email too.
    assert_eq!(
        retry_after(&app.try_login(&acct.username, PASSWORD).await),
        15
    );
    assert_eq!(retry_after(&app.try_login(&acct.email, PASSWORD).await), 15);
    // Each further failure doubles the wait, up to LOGIN_SLOWDOWN_MAX.
    app.advance(15);
    for expected in [30, 60, 120, 120] {
        app.wrong_login(&acct.username).await;
        assert_eq!(
            retry_after(&app.try_login(&acct.username, PASSWORD).await),
            expected
        );
        app.advance(expected);
    }
    // Once the wait is over the right password works, and the streak is over.
    assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
    app.wrong_login(&acct.username).await;
    assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));

    // A new streak is forgotten when the window passes without failures: never a permanent lock.
    for _ in 0..3 {
        app.wrong_login(&acct.username).await;
    }
    retry_after(&app.try_login(&acct.username, PASSWORD).await);
    app.advance(3600);
    app.wrong_login(&acct.username).await;
    app.wrong_login(&acct.username).await;
    assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));

    // A password reset clears the record, so the owner gets in at once.
    for _ in 0..3 {
        app.wrong_login(&acct.username).await;
    }
    retry_after(&app.try_login(&acct.username, PASSWORD).await);
    app.state
        .limits
        .forget_failed_sign_ins(acct.id.parse().unwrap())
        .await
        .unwrap();
    assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
}

async fn unknown_logins_are_slowed_down_like_real_ones(backend: Backend) {
    let app = spawn_with(backend, &[("LOGIN_SLOWDOWN", "2/1h")]).await;
    for _ in 0..2 {
        app.wrong_login("nobody-at-all").await;
    }
    assert_eq!(retry_after(&app.try_login("Nobody-At-All", "x").await), 15);
    app.advance(15);
    app.wrong_login("nobody-at-all").await;
}

async fn failed_sign_ins_per_account_are_capped_per_window(backend: Backend) {
    let app = spawn_with(
        backend,
        &[
            ("RATE_LIMIT_FAILED_LOGINS_PER_ACCOUNT", "4/1h"),
            ("LOGIN_SLOWDOWN", "off"),
        ],
    )
    .await;
    let acct = app.register("cap").await;
    app.wrong_login(&acct.username).await;
    assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
    // Successes do not reset this one: it counts failures per hour.
    for _ in 0..3 {
        app.wrong_login(&acct.username).await;
    }
    app.advance(600);
    let wait = retry_after(&app.try_login(&acct.username, PASSWORD).await);
    // The window opened at the first failure; the test clock also runs in real time, so a
    // loaded machine may have spent a second or two since.
    assert!((2995..=3000).contains(&wait), "{wait}");
    app.advance(wait);
    assert!(signed_in(&app.try_login(&acct.username, PASSWORD).await));
    app.wrong_login(&acct.username).await;
}

async fn wrong_second_factor_codes_count_as_failed_sign_ins(backend: Backend) {
    let app = spawn_with(backend, &[("LOGIN_SLOWDOWN", "3/1h")]).await;
    let acct = app.register("mfa").await;
    let (secret, _) = app.enable_totp(&acct).await;
    app.mid_step();
    let right = app.code(&secret, 0);
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    // New challenges (the password is known) do not bring new guesses.
    for _ in 0..3 {
        let mfa = app.challenge(&acct).await;
        let body = app.verify(&mfa, wrong).await;
        assert_code(&body, "INVALID_MFA_CODE");
    }
    retry_after(&app.try_login(&acct.username, PASSWORD).await);
    app.advance(15);
    let mfa = app.challenge(&acct).await;
    app.verify(&mfa, wrong).await;
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert_eq!(retry_after(&body), 30);
    app.advance(30);
    app.mid_step();
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert!(body["data"]["verifyTotp"].is_object(), "{body}");
    // The complete sign-in ended the streak.
    app.wrong_login(&acct.username).await;
    assert_eq!(
        app.try_login(&acct.username, PASSWORD).await["data"]["login"]["__typename"],
        "MfaChallenge"
    );
}

async fn counters_are_shared_by_instances_on_one_database(backend: Backend) {
    let vars = [
        ("RATE_LIMIT_FAILED_LOGINS_PER_ACCOUNT", "4/1h"),
        ("LOGIN_SLOWDOWN", "off"),
        ("RATE_LIMIT_PASSWORD_RESET_PER_EMAIL", "3/1h"),
    ];
    let a = spawn_with(backend, &vars).await;
    let b = spawn_on(a.db.clone(), &vars).await;
    let acct = a.register("shared").await;
    a.wrong_login(&acct.username).await;
    a.wrong_login(&acct.username).await;
    b.wrong_login(&acct.email).await;
    b.wrong_login(&acct.username).await;
    retry_after(&a.try_login(&acct.username, PASSWORD).await);
    retry_after(&b.try_login(&acct.username, PASSWORD).await);

    // The limit the email flows call, per address asked for, whichever instance answers.
    let rule = AccountRule::PasswordResetPerEmail;
    let email = format!("{}@example.com", uuid::Uuid::new_v4().simple());
    a.state.limits.check(rule, &email).await.unwrap();
    b.state.limits.check(rule, &email).await.unwrap();
    a.state.limits.check(rule, &email).await.unwrap();
    let refused = b.state.limits.check(rule, &email).await.unwrap_err();
    assert!(
        matches!(refused, portcullis::AppError::RateLimited { retry_after } if retry_after == 3600),
        "{refused:?}"
    );
    a.state
        .limits
        .check(rule, "someone-else@example.com")
        .await
        .unwrap();
    a.advance(3600);
    a.state.limits.check(rule, &email).await.unwrap();
}

/// With `TEST_REDIS_URL` set, the same sharing through Redis (required in CI, like the databases).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counters_are_shared_through_redis_when_configured() {
    let Some(url) = optional_service("TEST_REDIS_URL") else {
        return;
    };
    let vars = [
        ("REDIS_URL", url.as_str()),
        ("RATE_LIMIT_FAILED_LOGINS_PER_ACCOUNT", "5/1h"),
        ("LOGIN_SLOWDOWN", "2/1h"),
        ("RATE_LIMIT_EMAIL_CHANGE_PER_USER", "2/1h"),
    ];
    let a = spawn_with(Backend::Sqlite, &vars).await;
    // Another database: only Redis connects the two.
    let b = spawn_with(Backend::Sqlite, &vars).await;

    let rule = AccountRule::EmailChangePerUser;
    let user = uuid::Uuid::new_v4().to_string();
    a.state.limits.check(rule, &user).await.unwrap();
    b.state.limits.check(rule, &user).await.unwrap();
    assert!(a.state.limits.check(rule, &user).await.is_err());
    b.advance(3600);
    b.state.limits.check(rule, &user).await.unwrap();

    let acct = a.register("redis").await;
    a.wrong_login(&acct.username).await;
    a.wrong_login(&acct.username).await;
    assert_eq!(
        retry_after(&a.try_login(&acct.username, PASSWORD).await),
        15
    );
    a.advance(15);
    assert!(signed_in(&a.try_login(&acct.username, PASSWORD).await));
    // The successful sign-in cleared the streak (a Redis DEL).
    a.wrong_login(&acct.username).await;
    assert!(signed_in(&a.try_login(&acct.username, PASSWORD).await));
}
