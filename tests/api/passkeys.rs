//! Passkeys end to end over HTTP, with the software authenticator of `authenticator.rs`:
//! registration (recent authentication, user verification, origin), username-less sign-in as two
//! factors, and what must be refused: a replayed assertion, a wrong origin, another account's
//! credential, a cloned authenticator (counter gone back), no user verification. Management:
//! list, rename, delete, audit events and mail. Every test runs on each database.

use std::time::Duration;

use serde_json::{Value, json};

use crate::authenticator::{Authenticator, PRESENCE_ONLY, VERIFIED};
use crate::db_tests;
use crate::helpers::*;

db_tests!(
    a_registered_passkey_signs_in_without_a_username_as_two_factors,
    registration_needs_recent_authentication_and_the_right_origin,
    assertions_that_must_not_sign_in_are_refused,
    passkeys_are_listed_renamed_and_deleted_by_their_owner_only,
    failed_assertions_are_counted_per_passkey_before_the_check,
    a_passkey_is_a_second_factor_for_password_sign_ins,
    a_passkey_second_factor_refuses_what_it_must,
    an_admin_reset_of_two_factor_removes_passkeys,
    a_ceremony_started_on_one_instance_finishes_on_another,
);

/// The web app's page, where the browser runs the ceremonies.
pub(crate) const ORIGIN: &str = "http://localhost:3000";
const VARS: &[(&str, &str)] = &[("PASSKEY_RP_ID", "localhost"), ("PASSKEY_ORIGINS", ORIGIN)];

const START_REGISTRATION: &str =
    "mutation { startPasskeyRegistration { ceremonyId optionsJson expiresIn } }";
const FINISH_REGISTRATION: &str = "mutation($id: ID!, $c: String!, $n: String!) { \
    finishPasskeyRegistration(ceremonyId: $id, credentialJson: $c, name: $n) \
    { id name createdAt lastUsedAt backupEligible backedUp } }";
const START_SIGN_IN: &str = "mutation { startPasskeySignIn { ceremonyId optionsJson expiresIn } }";
const FINISH_SIGN_IN: &str = "mutation($id: ID!, $c: String!) { \
    finishPasskeySignIn(ceremonyId: $id, credentialJson: $c) { __typename \
    ... on AuthPayload { accessToken user { id username } } } }";
const LIST: &str = "{ passkeys { id name lastUsedAt backupEligible backedUp } }";

async fn app(backend: Backend) -> TestApp {
    spawn_with(backend, VARS).await
}

fn options(ceremony: &Value) -> Value {
    serde_json::from_str(ceremony["optionsJson"].as_str().unwrap()).unwrap()
}

/// Registers a passkey of `device` for `acct`; returns it as the server lists it.
pub(crate) async fn register(
    app: &TestApp,
    acct: &Account,
    device: &mut Authenticator,
    name: &str,
) -> Value {
    let started = app
        .gql(START_REGISTRATION, json!({}), Some(&acct.access))
        .await;
    let ceremony = &started["data"]["startPasskeyRegistration"];
    assert!(ceremony.is_object(), "{started}");
    let created = device.create(&options(ceremony), VERIFIED);
    let done = app
        .gql(
            FINISH_REGISTRATION,
            json!({ "id": ceremony["ceremonyId"], "c": created.to_string(), "n": name }),
            Some(&acct.access),
        )
        .await;
    let passkey = done["data"]["finishPasskeyRegistration"].clone();
    assert!(passkey.is_object(), "{done}");
    passkey
}

/// Starts a username-less sign-in; the ceremony's id and options.
pub(crate) async fn start_sign_in(app: &TestApp) -> (Value, Value) {
    let started = app.gql(START_SIGN_IN, json!({}), None).await;
    let ceremony = started["data"]["startPasskeySignIn"].clone();
    assert!(ceremony.is_object(), "{started}");
    (ceremony["ceremonyId"].clone(), options(&ceremony))
}

pub(crate) async fn finish_sign_in(app: &TestApp, id: &Value, assertion: &Value) -> Value {
    app.gql(
        FINISH_SIGN_IN,
        json!({ "id": id, "c": assertion.to_string() }),
        None,
    )
    .await
}

async fn a_registered_passkey_signs_in_without_a_username_as_two_factors(backend: Backend) {
    let app = app(backend).await;
    let enabled = app.gql("{ passkeysEnabled }", json!({}), None).await;
    assert_eq!(enabled["data"]["passkeysEnabled"], true, "{enabled}");
    let ada = app.register("ada").await;
    let mut device = Authenticator::new(ORIGIN);

    // The options ask for a discoverable credential with user verification.
    let started = app
        .gql(START_REGISTRATION, json!({}), Some(&ada.access))
        .await;
    let ceremony = &started["data"]["startPasskeyRegistration"];
    assert_eq!(ceremony["expiresIn"], 300);
    let opts = options(ceremony);
    assert_eq!(opts["publicKey"]["rp"]["id"], "localhost");
    assert_eq!(opts["publicKey"]["user"]["name"], ada.email.as_str());
    let selection = &opts["publicKey"]["authenticatorSelection"];
    assert_eq!(selection["residentKey"], "preferred", "{opts}");
    assert_eq!(selection["userVerification"], "required", "{opts}");
    let created = device.create(&opts, VERIFIED);
    let done = app
        .gql(
            FINISH_REGISTRATION,
            json!({ "id": ceremony["ceremonyId"], "c": created.to_string(), "n": "  Laptop " }),
            Some(&ada.access),
        )
        .await;
    let passkey = &done["data"]["finishPasskeyRegistration"];
    assert_eq!(passkey["name"], "Laptop", "{done}");
    assert_eq!(passkey["lastUsedAt"], Value::Null);
    // The ceremony was single use.
    let again = app
        .gql(
            FINISH_REGISTRATION,
            json!({ "id": ceremony["ceremonyId"], "c": created.to_string(), "n": "Again" }),
            Some(&ada.access),
        )
        .await;
    assert_code(&again, "INVALID_TOKEN");
    let mail = app.nth_mail_to(&ada.email, 2).await;
    assert!(
        mail.subject.contains("passkey was added"),
        "{}",
        mail.subject
    );
    assert!(mail.text.contains("\"Laptop\""), "{}", mail.text);

    // Username-less: the passkey names its account, and it is two factors.
    let (id, opts) = start_sign_in(&app).await;
    assert_eq!(opts["publicKey"]["allowCredentials"], json!([]), "{opts}");
    assert_eq!(opts["mediation"], "conditional", "{opts}");
    let assertion = device.get(&opts, VERIFIED);
    let body = finish_sign_in(&app, &id, &assertion).await;
    let p = &body["data"]["finishPasskeySignIn"];
    assert_eq!(p["__typename"], "AuthPayload", "{body}");
    assert_eq!(p["user"]["id"], ada.id.as_str());
    let claims = jwt_parts(p["accessToken"].as_str().unwrap()).1;
    assert_eq!(claims["amr"], json!(["hwk", "user"]), "{claims}");
    assert_eq!(claims["aal"], "aal2", "{claims}");
    // The same ceremony cannot be finished twice.
    assert_code(
        &finish_sign_in(&app, &id, &assertion).await,
        "INVALID_TOKEN",
    );

    // Its use is recorded; the security log has the registration and the sign-in.
    let list = app.gql(LIST, json!({}), Some(&ada.access)).await;
    assert!(
        list["data"]["passkeys"][0]["lastUsedAt"].is_string(),
        "{list}"
    );
    let events = app
        .gql(
            "{ me { securityEvents { nodes { kind detail } } } }",
            json!({}),
            Some(&ada.access),
        )
        .await;
    let nodes = events["data"]["me"]["securityEvents"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        nodes
            .iter()
            .any(|n| n["kind"] == "PASSKEY_ADDED" && n["detail"] == r#"{"name":"Laptop"}"#),
        "{events}"
    );
    assert!(
        nodes
            .iter()
            .any(|n| n["kind"] == "SIGN_IN_SUCCEEDED" && n["detail"] == r#"{"amr":"hwk user"}"#),
        "{events}"
    );
}

async fn registration_needs_recent_authentication_and_the_right_origin(backend: Backend) {
    let app = app(backend).await;
    let bea = app.register("bea").await;
    // A page of another origin cannot register one.
    let started = app
        .gql(START_REGISTRATION, json!({}), Some(&bea.access))
        .await;
    let ceremony = &started["data"]["startPasskeyRegistration"];
    let mut phishing = Authenticator::new("http://localhost.evil.example:3000");
    let created = phishing.create(&options(ceremony), VERIFIED);
    let body = app
        .gql(
            FINISH_REGISTRATION,
            json!({ "id": ceremony["ceremonyId"], "c": created.to_string(), "n": "Evil" }),
            Some(&bea.access),
        )
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "credential");
    // Nor an authenticator that did not verify the user.
    let started = app
        .gql(START_REGISTRATION, json!({}), Some(&bea.access))
        .await;
    let ceremony = &started["data"]["startPasskeyRegistration"];
    let mut device = Authenticator::new(ORIGIN);
    let created = device.create(&options(ceremony), PRESENCE_ONLY);
    let body = app
        .gql(
            FINISH_REGISTRATION,
            json!({ "id": ceremony["ceremonyId"], "c": created.to_string(), "n": "No UV" }),
            Some(&bea.access),
        )
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "credential");
    // Another account cannot finish bea's ceremony.
    let started = app
        .gql(START_REGISTRATION, json!({}), Some(&bea.access))
        .await;
    let ceremony = &started["data"]["startPasskeyRegistration"];
    let created = device.create(&options(ceremony), VERIFIED);
    let other = app.register("other").await;
    let body = app
        .gql(
            FINISH_REGISTRATION,
            json!({ "id": ceremony["ceremonyId"], "c": created.to_string(), "n": "Mine" }),
            Some(&other.access),
        )
        .await;
    assert_code(&body, "INVALID_TOKEN");
    // Garbage is a clear error.
    let started = app
        .gql(START_REGISTRATION, json!({}), Some(&bea.access))
        .await;
    let ceremony = &started["data"]["startPasskeyRegistration"];
    let body = app
        .gql(
            FINISH_REGISTRATION,
            json!({ "id": ceremony["ceremonyId"], "c": "{not json", "n": "X" }),
            Some(&bea.access),
        )
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "credential");

    // Eleven minutes after signing in, a stolen access token cannot add a passkey.
    app.clock.advance(Duration::from_secs(11 * 60));
    let stale = app
        .gql(START_REGISTRATION, json!({}), Some(&bea.access))
        .await;
    assert_code(&stale, "REAUTHENTICATION_REQUIRED");
    let none = app.gql(LIST, json!({}), Some(&bea.access)).await;
    assert_eq!(none["data"]["passkeys"], json!([]), "{none}");
}

async fn assertions_that_must_not_sign_in_are_refused(backend: Backend) {
    let app = app(backend).await;
    let cy = app.register("cy").await;
    let dee = app.register("dee").await;
    let mut device = Authenticator::new(ORIGIN);
    register(&app, &cy, &mut device, "Phone").await;
    let mut dee_device = Authenticator::new(ORIGIN);
    register(&app, &dee, &mut dee_device, "Key").await;

    // A replayed assertion (recorded from a real sign-in) against a new ceremony.
    let (id, opts) = start_sign_in(&app).await;
    let assertion = device.get(&opts, VERIFIED);
    let ok = finish_sign_in(&app, &id, &assertion).await;
    assert_eq!(
        ok["data"]["finishPasskeySignIn"]["__typename"], "AuthPayload",
        "{ok}"
    );
    let (id, _) = start_sign_in(&app).await;
    assert_code(
        &finish_sign_in(&app, &id, &assertion).await,
        "INVALID_CREDENTIALS",
    );

    // A page of another origin (phishing) gets a valid signature that is refused.
    let mut phished = Authenticator {
        origin: "http://localhost:4000".into(),
        credentials: device.credentials.clone(),
        synced: false,
    };
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &phished.get(&opts, VERIFIED)).await;
    assert_code(&body, "INVALID_CREDENTIALS");

    // Without user verification: one factor only, refused.
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &device.get(&opts, PRESENCE_ONLY)).await;
    assert_code(&body, "INVALID_CREDENTIALS");

    // Cy's credential claiming to be dee's account (its user handle rewritten).
    let mut impostor = Authenticator {
        origin: ORIGIN.into(),
        credentials: device.credentials.clone(),
        synced: false,
    };
    impostor.credentials[0].user_handle = dee_device.credentials[0].user_handle.clone();
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &impostor.get(&opts, VERIFIED)).await;
    assert_code(&body, "INVALID_CREDENTIALS");

    // A clone of cy's authenticator whose counter is behind the original's.
    let mut clone = Authenticator {
        origin: ORIGIN.into(),
        credentials: device.credentials.clone(),
        synced: false,
    };
    let (id, opts) = start_sign_in(&app).await;
    let ok = finish_sign_in(&app, &id, &device.get(&opts, VERIFIED)).await;
    assert_eq!(
        ok["data"]["finishPasskeySignIn"]["__typename"], "AuthPayload",
        "{ok}"
    );
    clone.credentials[0].counter = 1;
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &clone.get(&opts, VERIFIED)).await;
    assert_code(&body, "INVALID_CREDENTIALS");

    // An unknown ceremony or a malformed answer.
    let body = finish_sign_in(&app, &json!(uuid::Uuid::now_v7().to_string()), &json!({})).await;
    assert_code(&body, "BAD_USER_INPUT");
    let (id, _) = start_sign_in(&app).await;
    let body = app
        .gql(FINISH_SIGN_IN, json!({ "id": id, "c": "[]" }), None)
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "credential");
    let body = app
        .gql(
            FINISH_SIGN_IN,
            json!({ "id": "not-a-ceremony", "c": "{}" }),
            None,
        )
        .await;
    assert_code(&body, "INVALID_TOKEN");

    // The real authenticator still works.
    let (id, opts) = start_sign_in(&app).await;
    let ok = finish_sign_in(&app, &id, &device.get(&opts, VERIFIED)).await;
    assert_eq!(
        ok["data"]["finishPasskeySignIn"]["user"]["id"],
        cy.id.as_str(),
        "{ok}"
    );
}

async fn passkeys_are_listed_renamed_and_deleted_by_their_owner_only(backend: Backend) {
    let app = app(backend).await;
    let eve = app.register("eve").await;
    let fay = app.register("fay").await;
    let mut laptop = Authenticator::new(ORIGIN);
    let mut phone = Authenticator::new(ORIGIN);
    let first = register(&app, &eve, &mut laptop, "Laptop").await;
    // The same authenticator again: the options exclude its credential, and an authenticator
    // refuses to make a second one (the test authenticator panics, as a browser would throw).
    let started = app
        .gql(START_REGISTRATION, json!({}), Some(&eve.access))
        .await;
    let excluded =
        &options(&started["data"]["startPasskeyRegistration"])["publicKey"]["excludeCredentials"];
    assert_eq!(excluded.as_array().map(Vec::len), Some(1), "{started}");
    let second = register(&app, &eve, &mut phone, "Phone").await;
    let list = app.gql(LIST, json!({}), Some(&eve.access)).await;
    let names: Vec<&str> = list["data"]["passkeys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Laptop", "Phone"]);

    const RENAME: &str =
        "mutation($id: ID!, $n: String!) { renamePasskey(id: $id, name: $n) { id name } }";
    const DELETE: &str = "mutation($id: ID!) { deletePasskey(id: $id) }";
    let renamed = app
        .gql(
            RENAME,
            json!({ "id": first["id"], "n": "Work laptop" }),
            Some(&eve.access),
        )
        .await;
    assert_eq!(
        renamed["data"]["renamePasskey"]["name"], "Work laptop",
        "{renamed}"
    );
    let bad = app
        .gql(
            RENAME,
            json!({ "id": first["id"], "n": "" }),
            Some(&eve.access),
        )
        .await;
    assert_code_field(&bad, "BAD_USER_INPUT", "name");
    // Fay can neither rename nor delete eve's.
    let theirs = app
        .gql(
            RENAME,
            json!({ "id": first["id"], "n": "Mine" }),
            Some(&fay.access),
        )
        .await;
    assert_code(&theirs, "NOT_FOUND");
    let theirs = app
        .gql(DELETE, json!({ "id": first["id"] }), Some(&fay.access))
        .await;
    assert_code(&theirs, "NOT_FOUND");
    assert_code(&app.gql(LIST, json!({}), None).await, "UNAUTHENTICATED");

    // Deleting needs a recent authentication.
    app.clock.advance(Duration::from_secs(11 * 60));
    let stale = app
        .gql(DELETE, json!({ "id": second["id"] }), Some(&eve.access))
        .await;
    assert_code(&stale, "REAUTHENTICATION_REQUIRED");
    // A passkey proves it again, in the same session (beside reauthenticate).
    const START_REAUTH: &str =
        "mutation { startPasskeyReauthentication { ceremonyId optionsJson } }";
    const REAUTH: &str = "mutation($id: ID!, $c: String!) { \
        reauthenticateWithPasskey(ceremonyId: $id, credentialJson: $c) { accessToken } }";
    assert_code(
        &app.gql(START_REAUTH, json!({}), Some(&fay.access)).await,
        "NOT_FOUND",
    );
    let started = app.gql(START_REAUTH, json!({}), Some(&eve.access)).await;
    let ceremony = &started["data"]["startPasskeyReauthentication"];
    let opts = options(ceremony);
    assert_eq!(
        opts["publicKey"]["allowCredentials"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "{opts}"
    );
    // Without user verification it proves nothing.
    let weak = app
        .gql(
            REAUTH,
            json!({ "id": ceremony["ceremonyId"], "c": laptop.get(&opts, PRESENCE_ONLY).to_string() }),
            Some(&eve.access),
        )
        .await;
    assert_code(&weak, "INVALID_CREDENTIALS");
    let started = app.gql(START_REAUTH, json!({}), Some(&eve.access)).await;
    let ceremony = &started["data"]["startPasskeyReauthentication"];
    let proved = app
        .gql(
            REAUTH,
            json!({ "id": ceremony["ceremonyId"], "c": laptop.get(&options(ceremony), VERIFIED).to_string() }),
            Some(&eve.access),
        )
        .await;
    let fresh = proved["data"]["reauthenticateWithPasskey"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{proved}"))
        .to_owned();
    assert_eq!(
        jwt_parts(&fresh).1["sid"],
        jwt_parts(&eve.access).1["sid"],
        "the same session"
    );
    let deleted = app
        .gql(DELETE, json!({ "id": second["id"] }), Some(&fresh))
        .await;
    assert_eq!(deleted["data"]["deletePasskey"], true, "{deleted}");
    let list = app.gql(LIST, json!({}), Some(&fresh)).await;
    assert_eq!(
        list["data"]["passkeys"].as_array().unwrap().len(),
        1,
        "{list}"
    );
    let mail = app.nth_mail_to(&eve.email, 4).await;
    assert!(
        mail.subject.contains("passkey was removed"),
        "{}",
        mail.subject
    );
    // A deleted passkey no longer signs in; the other one does.
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &phone.get(&opts, VERIFIED)).await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &laptop.get(&opts, VERIFIED)).await;
    assert_eq!(
        body["data"]["finishPasskeySignIn"]["user"]["id"],
        eve.id.as_str(),
        "{body}"
    );
}

async fn failed_assertions_are_counted_per_passkey_before_the_check(backend: Backend) {
    let mut vars = VARS.to_vec();
    vars.push(("LOGIN_SLOWDOWN", "2/1h"));
    let app = spawn_with(backend, &vars).await;
    let gil = app.register("gil").await;
    let mut phone = Authenticator::new(ORIGIN);
    let mut key = Authenticator::new(ORIGIN);
    register(&app, &gil, &mut phone, "Phone").await;
    register(&app, &gil, &mut key, "Key").await;
    for _ in 0..2 {
        let (id, opts) = start_sign_in(&app).await;
        let body = finish_sign_in(&app, &id, &phone.get(&opts, PRESENCE_ONLY)).await;
        assert_code(&body, "INVALID_CREDENTIALS");
    }
    // The phone's passkey now waits, even with a right answer (never checked)...
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &phone.get(&opts, VERIFIED)).await;
    assert_code(&body, "RATE_LIMITED");
    // ...while the other passkey, and the password, are not slowed down by it.
    let (id, opts) = start_sign_in(&app).await;
    let body = finish_sign_in(&app, &id, &key.get(&opts, VERIFIED)).await;
    assert_eq!(
        body["data"]["finishPasskeySignIn"]["user"]["id"],
        gil.id.as_str(),
        "{body}"
    );
    // (With passkeys, the right password opens the second-factor step.)
    let login = app.login(&gil.username, PASSWORD).await;
    assert_eq!(
        login["data"]["login"]["__typename"], "MfaChallenge",
        "{login}"
    );
}

const PASSWORD_LOGIN: &str = "mutation($i: LoginInput!) { login(input: $i) { __typename \
    ... on MfaChallenge { mfaToken expiresIn methods } ... on AuthPayload { accessToken } } }";
const START_SECOND: &str = "mutation($t: String!) { startPasskeySecondFactor(mfaToken: $t) \
    { ceremonyId optionsJson expiresIn } }";
const FINISH_SECOND: &str = "mutation($t: String!, $id: ID!, $c: String!) { \
    finishPasskeySecondFactor(mfaToken: $t, ceremonyId: $id, credentialJson: $c) \
    { accessToken refreshToken user { id } } }";

/// A password sign-in: the challenge (its token and methods), or the tokens.
async fn password_login(app: &TestApp, acct: &Account) -> Value {
    let body = app
        .gql(
            PASSWORD_LOGIN,
            json!({ "i": { "login": acct.username, "password": acct.password } }),
            None,
        )
        .await;
    body["data"]["login"].clone()
}

/// Starts the passkey step of a challenge: the ceremony's id and options.
async fn start_second(app: &TestApp, mfa_token: &Value) -> (Value, Value) {
    let body = app.gql(START_SECOND, json!({ "t": mfa_token }), None).await;
    let ceremony = &body["data"]["startPasskeySecondFactor"];
    assert!(ceremony.is_object(), "{body}");
    (ceremony["ceremonyId"].clone(), options(ceremony))
}

async fn finish_second(app: &TestApp, mfa_token: &Value, id: &Value, assertion: &Value) -> Value {
    app.gql(
        FINISH_SECOND,
        json!({ "t": mfa_token, "id": id, "c": assertion.to_string() }),
        None,
    )
    .await
}

async fn a_passkey_is_a_second_factor_for_password_sign_ins(backend: Backend) {
    let mut vars = VARS.to_vec();
    vars.push(("RATE_LIMIT_PER_IP", "off"));
    let app = spawn_with(backend, &vars).await;
    let hal = app.register("hal").await;
    let mut key = Authenticator::new(ORIGIN);
    register(&app, &hal, &mut key, "Key").await;

    // The right password now asks for the passkey (no TOTP, no recovery codes yet).
    let challenge = password_login(&app, &hal).await;
    assert_eq!(challenge["__typename"], "MfaChallenge", "{challenge}");
    assert_eq!(challenge["methods"], json!(["PASSKEY"]), "{challenge}");
    let token = challenge["mfaToken"].clone();
    let (id, opts) = start_second(&app, &token).await;
    // The options name hal's passkey: no account picker, no discoverable credential needed.
    let allowed = opts["publicKey"]["allowCredentials"].as_array().unwrap();
    assert_eq!(allowed.len(), 1, "{opts}");
    let body = finish_second(&app, &token, &id, &key.get(&opts, VERIFIED)).await;
    let p = &body["data"]["finishPasskeySecondFactor"];
    assert_eq!(p["user"]["id"], hal.id.as_str(), "{body}");
    let claims = jwt_parts(p["accessToken"].as_str().unwrap()).1;
    assert_eq!(claims["amr"], json!(["pwd", "hwk", "user"]), "{claims}");
    assert_eq!(claims["aal"], "aal2", "{claims}");
    // The challenge is spent: neither step starts or finishes again.
    assert_code(
        &app.gql(START_SECOND, json!({ "t": token }), None).await,
        "INVALID_TOKEN",
    );
    let again = password_login(&app, &hal).await;
    let (id, opts) = start_second(&app, &again["mfaToken"]).await;
    assert_code(
        &finish_second(&app, &token, &id, &key.get(&opts, VERIFIED)).await,
        "INVALID_TOKEN",
    );

    // Proving the password again asks for the second factor too: a recovery code here, or the
    // passkey through reauthenticateWithPasskey.
    let fresh = p["accessToken"].as_str().unwrap().to_owned();
    const REAUTH_PASSWORD: &str =
        "mutation($p: String!) { reauthenticate(password: $p) { accessToken } }";
    let body = app
        .gql(REAUTH_PASSWORD, json!({ "p": PASSWORD }), Some(&fresh))
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "code");

    // Recovery codes for the day the passkey is lost: issued with a recent authentication.
    const CREATE_CODES: &str = "mutation { createRecoveryCodes }";
    let body = app.gql(CREATE_CODES, json!({}), Some(&fresh)).await;
    let codes = strings(&body["data"]["createRecoveryCodes"], &body);
    assert_eq!(codes.len(), 10, "{body}");
    let challenge = password_login(&app, &hal).await;
    assert_eq!(
        challenge["methods"],
        json!(["PASSKEY", "RECOVERY_CODE"]),
        "{challenge}"
    );
    let body = app
        .verify(challenge["mfaToken"].as_str().unwrap(), &codes[0])
        .await;
    let access = body["data"]["verifyTotp"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(
        jwt_parts(access).1["amr"],
        json!(["pwd", "recovery"]),
        "{body}"
    );
    // Issuing codes again replaces them; an account without a second factor gets none.
    let body = app.gql(CREATE_CODES, json!({}), Some(&fresh)).await;
    assert_eq!(
        strings(&body["data"]["createRecoveryCodes"], &body).len(),
        10
    );
    let challenge = password_login(&app, &hal).await;
    assert_code(
        &app.verify(challenge["mfaToken"].as_str().unwrap(), &codes[1])
            .await,
        "INVALID_MFA_CODE",
    );
    let ivy = app.register("ivy").await;
    let body = app.gql(CREATE_CODES, json!({}), Some(&ivy.access)).await;
    assert_code(&body, "FORBIDDEN");
    // An account without a passkey or TOTP signs in with its password alone, as before.
    assert_eq!(
        password_login(&app, &ivy).await["__typename"],
        "AuthPayload"
    );

    // With TOTP on too, every method meets the challenge; a TOTP user's challenge lists all.
    let (secret, _) = app
        .enable_totp(&Account {
            access: fresh.clone(),
            ..hal.clone()
        })
        .await;
    let challenge = password_login(&app, &hal).await;
    assert_eq!(
        challenge["methods"],
        json!(["TOTP", "PASSKEY", "RECOVERY_CODE"]),
        "{challenge}"
    );
    let token = challenge["mfaToken"].clone();
    let (id, opts) = start_second(&app, &token).await;
    let body = finish_second(&app, &token, &id, &key.get(&opts, VERIFIED)).await;
    assert!(
        body["data"]["finishPasskeySecondFactor"]["accessToken"].is_string(),
        "{body}"
    );
    let challenge = password_login(&app, &hal).await;
    let body = app
        .verify(
            challenge["mfaToken"].as_str().unwrap(),
            &app.code(&secret, 0),
        )
        .await;
    assert!(
        body["data"]["verifyTotp"]["accessToken"].is_string(),
        "{body}"
    );

    // The security log says how each sign-in was made.
    let events = app
        .gql(
            "{ me { securityEvents(first: 50) { nodes { kind detail } } } }",
            json!({}),
            Some(&fresh),
        )
        .await;
    assert!(
        events["data"]["me"]["securityEvents"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "SIGN_IN_SUCCEEDED" && n["detail"] == r#"{"amr":"pwd hwk user"}"#),
        "{events}"
    );
}

async fn a_passkey_second_factor_refuses_what_it_must(backend: Backend) {
    // Many attempts from one address: the per-address limits are not what this is about.
    let mut vars = VARS.to_vec();
    vars.push(("RATE_LIMIT_PER_IP", "off"));
    let app = spawn_with(backend, &vars).await;
    let jo = app.register("jo").await;
    let kim = app.register("kim").await;
    let mut jo_key = Authenticator::new(ORIGIN);
    let mut kim_key = Authenticator::new(ORIGIN);
    register(&app, &jo, &mut jo_key, "Key").await;
    register(&app, &kim, &mut kim_key, "Key").await;

    // An unknown challenge, and a wrong password (no challenge at all).
    assert_code(
        &app.gql(START_SECOND, json!({ "t": "nope" }), None).await,
        "INVALID_TOKEN",
    );
    let wrong = app
        .gql(
            PASSWORD_LOGIN,
            json!({ "i": { "login": jo.username, "password": "not the password" } }),
            None,
        )
        .await;
    assert_code(&wrong, "INVALID_CREDENTIALS");

    let token = password_login(&app, &jo).await["mfaToken"].clone();
    // Another account's passkey (kim's, answering jo's ceremony): a wrong second factor.
    let (id, opts) = start_second(&app, &token).await;
    let mut options_for_kim = opts.clone();
    options_for_kim["publicKey"]["allowCredentials"] = json!([]);
    let body = finish_second(&app, &token, &id, &kim_key.get(&options_for_kim, VERIFIED)).await;
    assert_code(&body, "INVALID_MFA_CODE");
    // A page of another origin.
    let mut phished = jo_key.clone();
    phished.origin = "http://localhost:4000".into();
    let (id, opts) = start_second(&app, &token).await;
    let body = finish_second(&app, &token, &id, &phished.get(&opts, VERIFIED)).await;
    assert_code(&body, "INVALID_MFA_CODE");
    // A replayed assertion (recorded from a good one of an earlier challenge).
    let other = password_login(&app, &jo).await["mfaToken"].clone();
    let (id, opts) = start_second(&app, &other).await;
    let recorded = jo_key.get(&opts, VERIFIED);
    let ok = finish_second(&app, &other, &id, &recorded).await;
    assert!(
        ok["data"]["finishPasskeySecondFactor"]["accessToken"].is_string(),
        "{ok}"
    );
    let (id, _) = start_second(&app, &token).await;
    let body = finish_second(&app, &token, &id, &recorded).await;
    assert_code(&body, "INVALID_MFA_CODE");
    // A cloned authenticator whose counter is behind.
    let mut clone = jo_key.clone();
    clone.credentials[0].counter = 0;
    let (id, opts) = start_second(&app, &token).await;
    let body = finish_second(&app, &token, &id, &clone.get(&opts, VERIFIED)).await;
    assert_code(&body, "INVALID_MFA_CODE");
    // A ceremony started for another challenge (kim's) does not finish jo's.
    let kims = password_login(&app, &kim).await["mfaToken"].clone();
    let (kim_id, kim_opts) = start_second(&app, &kims).await;
    let body = finish_second(&app, &token, &kim_id, &kim_key.get(&kim_opts, VERIFIED)).await;
    assert_code(&body, "INVALID_TOKEN");
    // Five wrong answers void the challenge: no new ceremony, and an open one is refused even
    // with a right answer.
    let fresh = password_login(&app, &jo).await["mfaToken"].clone();
    let (open_id, open_opts) = start_second(&app, &fresh).await;
    assert_code(
        &app.gql(START_SECOND, json!({ "t": token }), None).await,
        "INVALID_TOKEN",
    );
    let body = finish_second(&app, &token, &open_id, &jo_key.get(&open_opts, VERIFIED)).await;
    assert_code(&body, "INVALID_TOKEN");
    // Each wrong answer was recorded as a failed sign-in of jo's.
    let events = app
        .gql(
            "{ me { securityEvents(first: 50) { nodes { kind detail } } } }",
            json!({}),
            Some(&jo.access),
        )
        .await;
    let failed = events["data"]["me"]["securityEvents"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{events}"))
        .iter()
        .filter(|n| {
            n["kind"] == "SIGN_IN_FAILED"
                && n["detail"]
                    .as_str()
                    .unwrap_or("")
                    .contains("wrong_second_factor")
        })
        .count();
    assert_eq!(failed, 4, "{events}");
    // A malformed answer is a clear error, and the fresh challenge still works.
    let body = app
        .gql(
            FINISH_SECOND,
            json!({ "t": fresh, "id": open_id, "c": "{}" }),
            None,
        )
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "credential");
    let body = finish_second(&app, &fresh, &open_id, &jo_key.get(&open_opts, VERIFIED)).await;
    assert!(
        body["data"]["finishPasskeySecondFactor"]["accessToken"].is_string(),
        "{body}"
    );
}

async fn an_admin_reset_of_two_factor_removes_passkeys(backend: Backend) {
    let app = app(backend).await;
    let root = app.admin("root").await;
    let lou = app.register("lou").await;
    let mut key = Authenticator::new(ORIGIN);
    register(&app, &lou, &mut key, "Key").await;
    assert_eq!(
        password_login(&app, &lou).await["__typename"],
        "MfaChallenge"
    );
    let body = app
        .gql(
            "mutation($u: ID!) { adminResetTwoFactor(userId: $u) { id totpEnabled } }",
            json!({ "u": lou.id }),
            Some(&root.access),
        )
        .await;
    assert_eq!(
        body["data"]["adminResetTwoFactor"]["id"],
        lou.id.as_str(),
        "{body}"
    );
    // The password alone signs in again, and the passkey is gone.
    let login = password_login(&app, &lou).await;
    assert_eq!(login["__typename"], "AuthPayload", "{login}");
    let list = app
        .gql(
            LIST,
            json!({}),
            Some(login["accessToken"].as_str().unwrap()),
        )
        .await;
    assert_eq!(list["data"]["passkeys"], json!([]), "{list}");
    let (id, opts) = start_sign_in(&app).await;
    assert_code(
        &finish_sign_in(&app, &id, &key.get(&opts, VERIFIED)).await,
        "INVALID_CREDENTIALS",
    );
}

async fn a_ceremony_started_on_one_instance_finishes_on_another(backend: Backend) {
    let one = app(backend).await;
    let two = spawn_on(one.db.clone(), VARS).await;
    let max = one.register("max").await;
    let mut key = Authenticator::new(ORIGIN);

    // Registration: started on one instance, finished on the other, and only once.
    let started = one
        .gql(START_REGISTRATION, json!({}), Some(&max.access))
        .await;
    let ceremony = &started["data"]["startPasskeyRegistration"];
    let created = key.create(&options(ceremony), VERIFIED);
    let vars = json!({ "id": ceremony["ceremonyId"], "c": created.to_string(), "n": "Key" });
    let done = two
        .gql(FINISH_REGISTRATION, vars.clone(), Some(&max.access))
        .await;
    assert_eq!(
        done["data"]["finishPasskeyRegistration"]["name"], "Key",
        "{done}"
    );
    assert_code(
        &one.gql(FINISH_REGISTRATION, vars, Some(&max.access)).await,
        "INVALID_TOKEN",
    );

    // A username-less sign-in, the other way round; the spent ceremony is spent everywhere.
    let (id, opts) = start_sign_in(&two).await;
    let assertion = key.get(&opts, VERIFIED);
    let body = finish_sign_in(&one, &id, &assertion).await;
    assert_eq!(
        body["data"]["finishPasskeySignIn"]["user"]["id"],
        max.id.as_str(),
        "{body}"
    );
    assert_code(
        &finish_sign_in(&two, &id, &assertion).await,
        "INVALID_TOKEN",
    );

    // The second step of a password sign-in: challenge and ceremony on one, finished on the
    // other.
    let challenge = password_login(&one, &max).await;
    let token = challenge["mfaToken"].clone();
    let (id, opts) = start_second(&one, &token).await;
    let body = finish_second(&two, &token, &id, &key.get(&opts, VERIFIED)).await;
    assert!(
        body["data"]["finishPasskeySecondFactor"]["accessToken"].is_string(),
        "{body}"
    );
    // The counter the other instance stored is the one checked: an older answer is refused.
    let (id, opts) = start_sign_in(&one).await;
    let mut behind = key.clone();
    behind.credentials[0].counter -= 2;
    assert_code(
        &finish_sign_in(&one, &id, &behind.get(&opts, VERIFIED)).await,
        "INVALID_CREDENTIALS",
    );
}
