//! Sign-in with other providers, end to end: a real OpenID provider (`oidc-provider`, from
//! tests/oidc) on loopback, driven through its own login and consent pages by a cookie-keeping
//! HTTP client per simulated browser; GitHub and Facebook through local stand-ins of their token
//! and API endpoints (wiremock). Every test runs on each database.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::{Value, json};
use url::Url;
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    a_new_provider_account_gets_an_account_and_returns_to_it,
    an_address_of_an_existing_account_needs_that_account_proved,
    a_link_can_also_be_proved_with_a_recent_session,
    unverified_addresses_are_never_trusted,
    a_mailed_sign_up_to_an_address_with_an_account_still_needs_that_account,
    linking_and_unlinking_need_recent_authentication_and_keep_a_way_in,
    the_answer_must_come_back_to_the_browser_that_started,
    id_tokens_that_fail_a_check_are_refused,
    the_second_factor_still_applies_and_accounts_without_password_work,
    github_accounts_sign_in_with_their_verified_primary_address,
    facebook_addresses_are_not_trusted_for_linking,
    a_provider_sign_in_works_in_cookie_mode,
    a_passkey_counts_as_a_way_in,
);

/// Where the app wants the answer (an allowed address, never fetched by these tests).
const APP: &str = "http://app.test/signed-in";
const PROVIDER_VARS: [(&str, &str); 4] = [
    ("SIGN_IN_REDIRECT_URIS", APP),
    ("PROVIDER_CORP_NAME", "Corp SSO"),
    // Passkeys on, for the test where one is the other way in.
    ("PASSKEY_RP_ID", "localhost"),
    ("PASSKEY_ORIGINS", crate::passkeys::ORIGIN),
];

const ACCOUNTS: &str = r#"{
  "alice": {"password": "pw-alice", "sub": "sub-alice", "email": "alice@example.com", "email_verified": true, "name": "Alice Liddell", "preferred_username": "alice"},
  "bob": {"password": "pw-bob", "sub": "sub-bob", "email": "bob@example.com", "email_verified": false, "preferred_username": "bob"},
  "carol": {"password": "pw-carol", "sub": "sub-carol", "email": "carol@example.com", "email_verified": true, "preferred_username": "carol"}
}"#;

struct Provider {
    issuer: String,
    // Held for the life of the test process: dropping it (the process ending) stops the provider.
    _child: Child,
}

/// The one OpenID provider of this test process (each test registers its own client), or None
/// when Node or the package is missing on a developer's machine (never in CI).
fn provider() -> Option<&'static str> {
    static PROVIDER: OnceLock<Option<Provider>> = OnceLock::new();
    PROVIDER
        .get_or_init(|| {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oidc");
            let installed = std::path::Path::new(dir)
                .join("node_modules/oidc-provider/package.json")
                .exists();
            let node = Command::new("node").arg("--version").output().is_ok();
            if !installed || !node {
                let required = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
                    || std::env::var("TEST_REQUIRE_ALL_DATABASES").as_deref() == Ok("1");
                assert!(
                    !required,
                    "the OpenID provider tests need Node and `npm ci --prefix tests/oidc`"
                );
                eprintln!(
                    "skipping: OpenID provider tests need Node and `npm ci --prefix tests/oidc`"
                );
                return None;
            }
            let mut child = Command::new("node")
                .arg(format!("{dir}/provider.mjs"))
                .env("PORT", "0")
                .env("ACCOUNTS", ACCOUNTS)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("node starts");
            let mut line = String::new();
            BufReader::new(child.stdout.take().unwrap())
                .read_line(&mut line)
                .expect("READY line");
            let issuer = line
                .strip_prefix("READY ")
                .unwrap_or_else(|| panic!("provider did not start: {line:?}"))
                .trim_end()
                .to_owned();
            Some(Provider {
                issuer,
                _child: child,
            })
        })
        .as_ref()
        .map(|p| p.issuer.as_str())
}

/// A browser: its own cookies, redirects seen one by one.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn location(res: &reqwest::Response) -> Url {
    let to = res.headers()[reqwest::header::LOCATION].to_str().unwrap();
    res.url().join(to).unwrap()
}

fn query(url: &Url, key: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// Portcullis with the provider "corp" pointing at the shared OpenID provider, and a client of
/// its own registered there (misbehaving as told).
async fn corp_app(backend: Backend, misbehave: Option<&str>) -> Option<TestApp> {
    let issuer = provider()?;
    let client_id = format!("portcullis-{}", uuid::Uuid::new_v4().simple());
    let mut vars = PROVIDER_VARS.to_vec();
    vars.extend([
        ("SIGN_IN_PROVIDERS", "corp"),
        ("PROVIDER_CORP_ISSUER", issuer),
        ("PROVIDER_CORP_CLIENT_ID", client_id.as_str()),
        ("PROVIDER_CORP_CLIENT_SECRET", "corp-secret"),
    ]);
    let app = spawn_with(backend, &vars).await;
    let callback = format!("{}/auth/corp/callback", app.state.config.public_url);
    let mut client = json!({
        "client_id": client_id,
        "client_secret": "corp-secret",
        "redirect_uris": [callback],
    });
    if let Some(mode) = misbehave {
        client["misbehave"] = json!(mode);
    }
    let res = reqwest::Client::new()
        .post(format!("{issuer}/__test/clients"))
        .json(&client)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204, "{}", res.text().await.unwrap());
    Some(app)
}

/// `GET /auth/{provider}/start` in `browser`: the provider's address it redirects to.
async fn start(app: &TestApp, browser: &reqwest::Client, provider: &str) -> Url {
    let res = browser
        .get(app.url(&format!("/auth/{provider}/start")))
        .query(&[("redirect_uri", APP), ("state", "app-state-1")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302, "{}", res.text().await.unwrap());
    let cookie = res.headers()[reqwest::header::SET_COOKIE].to_str().unwrap();
    assert!(
        cookie.starts_with("portcullis-signin=") && cookie.contains("HttpOnly; SameSite=Lax"),
        "{cookie}"
    );
    location(&res)
}

/// Signs in at the OpenID provider as `login` through its pages; returns the callback address
/// it sends the browser to (not followed).
async fn at_provider(browser: &reqwest::Client, mut url: Url, login: &str, password: &str) -> Url {
    for _ in 0..20 {
        if url.path().ends_with("/callback") {
            return url;
        }
        let res = browser.get(url.clone()).send().await.unwrap();
        if res.status().is_redirection() {
            url = location(&res);
            continue;
        }
        assert_eq!(res.status(), 200, "{url}");
        let prompt = res.headers()["x-interaction-prompt"]
            .to_str()
            .unwrap()
            .to_owned();
        let form = match prompt.as_str() {
            "login" => format!("{url}/login"),
            _ => format!("{url}/confirm"),
        };
        let res = browser
            .post(form)
            .form(&[("login", login), ("password", password)])
            .send()
            .await
            .unwrap();
        assert!(res.status().is_redirection(), "{prompt}: {}", res.status());
        url = location(&res);
    }
    panic!("the provider never sent the browser back");
}

/// The provider's answer delivered to Portcullis (`callback`, as the provider built it, is
/// PUBLIC_URL's: the same server); returns where Portcullis sends the browser.
async fn deliver(app: &TestApp, browser: &reqwest::Client, callback: &Url) -> reqwest::Response {
    let target = format!(
        "{}{}?{}",
        app.address,
        callback.path(),
        callback.query().unwrap_or_default()
    );
    browser.get(target).send().await.unwrap()
}

/// A whole provider sign-in in a fresh browser; the app's address with `code` or `error`.
async fn provider_answer(app: &TestApp, login: &str, password: &str) -> Url {
    let browser = browser();
    let auth = start(app, &browser, "corp").await;
    let callback = at_provider(&browser, auth, login, password).await;
    let res = deliver(app, &browser, &callback).await;
    assert_eq!(res.status(), 302);
    let back = location(&res);
    assert!(back.as_str().starts_with(APP), "{back}");
    assert_eq!(query(&back, "state").as_deref(), Some("app-state-1"));
    back
}

async fn provider_code(app: &TestApp, login: &str, password: &str) -> String {
    let back = provider_answer(app, login, password).await;
    query(&back, "code").unwrap_or_else(|| panic!("no code: {back}"))
}

const FINISH: &str = "mutation($c: String!) { finishProviderSignIn(providerCode: $c) { __typename \
    ... on AuthPayload { accessToken refreshToken user { id email username emailVerified hasPassword } } \
    ... on MfaChallenge { mfaToken } \
    ... on LinkRequired { linkToken provider email expiresIn } \
    ... on EmailRequired { signUpToken provider email expiresIn } } }";
const REQUEST_SIGN_UP: &str =
    "mutation($t: String!, $e: String!) { requestProviderSignUp(signUpToken: $t, email: $e) }";
const CONFIRM_SIGN_UP: &str = "mutation($t: String!) { confirmProviderSignUp(token: $t) { __typename \
    ... on AuthPayload { accessToken user { id email username emailVerified hasPassword } } \
    ... on LinkRequired { linkToken provider email } } }";
const IDENTITIES: &str =
    "{ providerIdentities { provider providerName email login linkedAt lastUsedAt } }";
const CONFIRM_LINK: &str = "mutation($t: String!, $p: String, $c: String) { confirmProviderLink(linkToken: $t, password: $p, code: $c) { accessToken user { id } } }";

async fn finish(app: &TestApp, code: &str) -> Value {
    app.gql(FINISH, json!({ "c": code }), None).await
}

fn amr(access: &str) -> Value {
    jwt_parts(access).1["amr"].clone()
}

async fn identities(app: &TestApp, access: &str) -> Vec<String> {
    let body = app.gql(IDENTITIES, json!({}), Some(access)).await;
    body["data"]["providerIdentities"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|i| i["provider"].as_str().unwrap().to_owned())
        .collect()
}

async fn register_with_email(app: &TestApp, username: &str, email: &str) -> Account {
    let body = app
        .gql(
            &format!("mutation($i: RegisterInput!) {{ register(input: $i) {{ {AUTH_FIELDS} }} }}"),
            json!({ "i": { "email": email, "username": username, "password": PASSWORD } }),
            None,
        )
        .await;
    let p = &body["data"]["register"];
    assert!(p.is_object(), "{body}");
    Account {
        id: p["user"]["id"].as_str().unwrap().to_owned(),
        username: username.to_owned(),
        email: email.to_owned(),
        password: PASSWORD.to_owned(),
        access: p["accessToken"].as_str().unwrap().to_owned(),
        refresh: p["refreshToken"].as_str().unwrap().to_owned(),
    }
}

async fn a_new_provider_account_gets_an_account_and_returns_to_it(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let listed = app
        .gql("{ signInProviders { id name startUrl } }", json!({}), None)
        .await;
    assert_eq!(
        listed["data"]["signInProviders"],
        json!([{ "id": "corp", "name": "Corp SSO", "startUrl": format!("{}/auth/corp/start", app.state.config.public_url) }])
    );

    let code = provider_code(&app, "alice", "pw-alice").await;
    let body = finish(&app, &code).await;
    let p = &body["data"]["finishProviderSignIn"];
    assert_eq!(p["__typename"], "AuthPayload", "{body}");
    assert_eq!(p["user"]["email"], "alice@example.com");
    assert_eq!(p["user"]["username"], "alice");
    assert_eq!(p["user"]["emailVerified"], true);
    assert_eq!(p["user"]["hasPassword"], false);
    let access = p["accessToken"].as_str().unwrap();
    let user_id = p["user"]["id"].as_str().unwrap().to_owned();
    assert_eq!(amr(access), json!(["fed"]));
    assert_eq!(identities(&app, access).await, ["corp"]);
    // The code was single use.
    assert_code(&finish(&app, &code).await, "INVALID_TOKEN");
    // No password matches an account without one.
    assert_code(&app.login("alice", "").await, "INVALID_CREDENTIALS");

    // Returning: the same account, found by (provider, subject).
    let again = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    assert_eq!(
        again["data"]["finishProviderSignIn"]["user"]["id"],
        user_id.as_str(),
        "{again}"
    );
    let events = app
        .gql(
            "{ me { securityEvents { nodes { kind detail } } } }",
            json!({}),
            Some(access),
        )
        .await;
    let nodes = events["data"]["me"]["securityEvents"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        nodes
            .iter()
            .filter(|n| n["kind"] == "SIGN_IN_SUCCEEDED" && n["detail"] == r#"{"amr":"fed"}"#)
            .count()
            == 2,
        "{events}"
    );
}

async fn an_address_of_an_existing_account_needs_that_account_proved(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let carol = register_with_email(&app, "carol_here", "carol@example.com").await;

    let body = finish(&app, &provider_code(&app, "carol", "pw-carol").await).await;
    let link = &body["data"]["finishProviderSignIn"];
    assert_eq!(link["__typename"], "LinkRequired", "{body}");
    assert_eq!(link["provider"], "corp");
    assert_eq!(link["email"], "carol@example.com");
    assert_eq!(link["expiresIn"], 600);
    let token = link["linkToken"].as_str().unwrap().to_owned();
    // Nothing was linked, and no account was made.
    assert!(identities(&app, &carol.access).await.is_empty());

    let wrong = app
        .gql(
            CONFIRM_LINK,
            json!({ "t": token, "p": "not the password" }),
            None,
        )
        .await;
    assert_code(&wrong, "INVALID_CREDENTIALS");
    let none = app.gql(CONFIRM_LINK, json!({ "t": token }), None).await;
    assert_code_field(&none, "BAD_USER_INPUT", "password");
    let right = app
        .gql(CONFIRM_LINK, json!({ "t": token, "p": PASSWORD }), None)
        .await;
    let access = right["data"]["confirmProviderLink"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{right}"))
        .to_owned();
    assert_eq!(
        right["data"]["confirmProviderLink"]["user"]["id"],
        carol.id.as_str()
    );
    assert_eq!(identities(&app, &access).await, ["corp"]);
    // The provider vouched for the account's own address: now verified.
    let me = app
        .gql("{ me { emailVerified } }", json!({}), Some(&access))
        .await;
    assert_eq!(me["data"]["me"]["emailVerified"], true, "{me}");
    // Single use.
    let again = app
        .gql(CONFIRM_LINK, json!({ "t": token, "p": PASSWORD }), None)
        .await;
    assert_code(&again, "INVALID_TOKEN");
    // The owner is told, and the log has it.
    let mail = app.nth_mail_to("carol@example.com", 2).await;
    assert!(
        mail.subject.contains("Corp SSO sign-in was linked"),
        "{}",
        mail.subject
    );
    let events = app
        .gql(
            "{ me { securityEvents { nodes { kind detail } } } }",
            json!({}),
            Some(&access),
        )
        .await;
    assert_eq!(
        events["data"]["me"]["securityEvents"]["nodes"][1]["kind"], "IDENTITY_LINKED",
        "{events}"
    );

    // From now on the provider signs carol in directly.
    let direct = finish(&app, &provider_code(&app, "carol", "pw-carol").await).await;
    assert_eq!(
        direct["data"]["finishProviderSignIn"]["__typename"],
        "AuthPayload"
    );
    assert_eq!(
        direct["data"]["finishProviderSignIn"]["user"]["id"],
        carol.id.as_str()
    );
}

async fn a_link_can_also_be_proved_with_a_recent_session(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let carol = register_with_email(&app, "carol_s", "carol@example.com").await;
    // Carol's first session is 11 minutes old when the link is asked for: not recent.
    app.clock.advance(Duration::from_secs(11 * 60));
    let stranger = app.register("stranger").await;
    let body = finish(&app, &provider_code(&app, "carol", "pw-carol").await).await;
    let token = body["data"]["finishProviderSignIn"]["linkToken"]
        .as_str()
        .unwrap()
        .to_owned();
    // Another account's session proves nothing about carol's.
    let other = app
        .gql(CONFIRM_LINK, json!({ "t": token }), Some(&stranger.access))
        .await;
    assert_code(&other, "FORBIDDEN");
    let old_access = carol.access.clone();
    let (fresh, _) = app.new_session(&carol).await;
    let stale = app
        .gql(CONFIRM_LINK, json!({ "t": token }), Some(&old_access))
        .await;
    assert_code(&stale, "REAUTHENTICATION_REQUIRED");
    let ok = app
        .gql(CONFIRM_LINK, json!({ "t": token }), Some(&fresh))
        .await;
    assert_eq!(
        ok["data"]["confirmProviderLink"]["user"]["id"],
        carol.id.as_str(),
        "{ok}"
    );
    assert_eq!(identities(&app, &fresh).await, ["corp"]);
}

async fn unverified_addresses_are_never_trusted(backend: Backend) {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let bob = register_with_email(&app, "bob_here", "bob@example.com").await;
    let accounts = || entity::user::Entity::find().count(&app.state.db);

    // Bob's provider account claims bob@example.com, unverified: not a link to bob_here, not an
    // account: the user must give an address and prove it.
    let body = finish(&app, &provider_code(&app, "bob", "pw-bob").await).await;
    let asked = &body["data"]["finishProviderSignIn"];
    assert_eq!(asked["__typename"], "EmailRequired", "{body}");
    assert_eq!(asked["provider"], "corp");
    assert_eq!(asked["email"], "bob@example.com");
    assert_eq!(asked["expiresIn"], 600);
    assert!(identities(&app, &bob.access).await.is_empty());
    assert_eq!(
        accounts().await.unwrap(),
        1,
        "no account was made for the provider account"
    );

    // A malformed address is refused without spending the token; then a new address is mailed.
    let token = asked["signUpToken"].as_str().unwrap();
    let bad = app
        .gql(
            REQUEST_SIGN_UP,
            json!({ "t": token, "e": "not an address" }),
            None,
        )
        .await;
    assert_code_field(&bad, "BAD_USER_INPUT", "email");
    let sent = app
        .gql(
            REQUEST_SIGN_UP,
            json!({ "t": token, "e": "bob.new@example.net" }),
            None,
        )
        .await;
    assert_eq!(sent["data"]["requestProviderSignUp"], true, "{sent}");
    assert_code(
        &app.gql(
            REQUEST_SIGN_UP,
            json!({ "t": token, "e": "bob.other@example.net" }),
            None,
        )
        .await,
        "INVALID_TOKEN",
    );
    assert_eq!(
        accounts().await.unwrap(),
        1,
        "nothing is made before the address is proved"
    );
    let mail = app.nth_mail_to("bob.new@example.net", 1).await;
    assert!(mail.text.contains("Corp SSO"), "{}", mail.text);
    let link = mail.link_token("confirm-sign-up");

    let made = app.gql(CONFIRM_SIGN_UP, json!({ "t": link }), None).await;
    let p = &made["data"]["confirmProviderSignUp"];
    assert_eq!(p["__typename"], "AuthPayload", "{made}");
    assert_eq!(p["user"]["email"], "bob.new@example.net");
    assert_eq!(p["user"]["username"], "bob");
    assert_eq!(p["user"]["emailVerified"], true);
    assert_eq!(p["user"]["hasPassword"], false);
    assert_eq!(amr(p["accessToken"].as_str().unwrap()), json!(["fed"]));
    assert_code(
        &app.gql(CONFIRM_SIGN_UP, json!({ "t": link }), None).await,
        "INVALID_TOKEN",
    );
    // Returning: straight in, by (provider, subject).
    let again = finish(&app, &provider_code(&app, "bob", "pw-bob").await).await;
    assert_eq!(
        again["data"]["finishProviderSignIn"]["user"]["id"], p["user"]["id"],
        "{again}"
    );
}

async fn a_mailed_sign_up_to_an_address_with_an_account_still_needs_that_account(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let bob = register_with_email(&app, "bob_here", "bob@example.com").await;
    let body = finish(&app, &provider_code(&app, "bob", "pw-bob").await).await;
    let token = body["data"]["finishProviderSignIn"]["signUpToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    // The answer is the same as for a free address (no enumeration)...
    let sent = app
        .gql(
            REQUEST_SIGN_UP,
            json!({ "t": token, "e": "bob@example.com" }),
            None,
        )
        .await;
    assert_eq!(sent["data"]["requestProviderSignUp"], true, "{sent}");
    // ...and whoever opens the link must still prove the account to link it.
    let mail = app.nth_mail_to("bob@example.com", 2).await;
    let link = mail.link_token("confirm-sign-up");
    let made = app.gql(CONFIRM_SIGN_UP, json!({ "t": link }), None).await;
    let p = &made["data"]["confirmProviderSignUp"];
    assert_eq!(p["__typename"], "LinkRequired", "{made}");
    assert_eq!(p["email"], "bob@example.com");
    assert!(identities(&app, &bob.access).await.is_empty());
    let wrong = app
        .gql(
            CONFIRM_LINK,
            json!({ "t": p["linkToken"], "p": "wrong password" }),
            None,
        )
        .await;
    assert_code(&wrong, "INVALID_CREDENTIALS");
    let ok = app
        .gql(
            CONFIRM_LINK,
            json!({ "t": p["linkToken"], "p": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(
        ok["data"]["confirmProviderLink"]["user"]["id"],
        bob.id.as_str(),
        "{ok}"
    );
    assert_eq!(identities(&app, &bob.access).await, ["corp"]);
}

async fn linking_and_unlinking_need_recent_authentication_and_keep_a_way_in(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let dave = app.register("dave").await;
    const LINK: &str = "mutation($c: String!) { linkProvider(providerCode: $c) { provider providerName email login } }";
    const UNLINK: &str = "mutation { unlinkProvider(provider: \"corp\") { provider } }";

    // Not recent: refused before the code is looked at (it stays good for the retry).
    app.clock.advance(Duration::from_secs(11 * 60));
    let code = provider_code(&app, "alice", "pw-alice").await;
    let stale = app
        .gql(LINK, json!({ "c": code }), Some(&dave.access))
        .await;
    assert_code(&stale, "REAUTHENTICATION_REQUIRED");
    let (fresh, _) = app.new_session(&dave).await;
    let linked = app.gql(LINK, json!({ "c": code }), Some(&fresh)).await;
    assert_eq!(
        linked["data"]["linkProvider"],
        json!([{ "provider": "corp", "providerName": "Corp SSO", "email": "alice@example.com", "login": "alice" }]),
        "{linked}"
    );
    // Alice's provider account now opens dave's account.
    let direct = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    assert_eq!(
        direct["data"]["finishProviderSignIn"]["user"]["id"],
        dave.id.as_str(),
        "{direct}"
    );
    // It cannot be linked to a second account.
    let erin = app.register("erin").await;
    let taken = app
        .gql(
            LINK,
            json!({ "c": provider_code(&app, "alice", "pw-alice").await }),
            Some(&erin.access),
        )
        .await;
    assert_code_field(&taken, "CONFLICT", "provider");

    let unlinked = app.gql(UNLINK, json!({}), Some(&fresh)).await;
    assert_eq!(unlinked["data"]["unlinkProvider"], json!([]), "{unlinked}");
    let again = app.gql(UNLINK, json!({}), Some(&fresh)).await;
    assert_code(&again, "NOT_FOUND");
    let subjects: Vec<String> = app
        .mail_to(&dave.email, 3)
        .await
        .iter()
        .map(|m| m.subject.clone())
        .collect();
    assert!(
        subjects[1].contains("linked") && subjects[2].contains("removed"),
        "{subjects:?}"
    );

    // An account made through the provider has no other way in: unlinking it is refused.
    let body = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    let access = body["data"]["finishProviderSignIn"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let refused = app.gql(UNLINK, json!({}), Some(&access)).await;
    assert_code(&refused, "FORBIDDEN");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("last way to sign in"),
        "{refused}"
    );
    assert_eq!(identities(&app, &access).await, ["corp"]);

    // It sets a password through the reset flow; then the provider may go.
    let asked = app
        .gql(
            crate::email::REQUEST_RESET,
            json!({ "e": "alice@example.com" }),
            None,
        )
        .await;
    assert_eq!(asked["data"]["requestPasswordReset"], true, "{asked}");
    let token = app
        .nth_mail_to("alice@example.com", 1)
        .await
        .link_token("reset-password");
    let reset = app
        .gql(
            crate::email::RESET,
            json!({ "t": token, "p": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(reset["data"]["resetPassword"], true, "{reset}");
    let login = app.login("alice", PASSWORD).await;
    let access = login["data"]["login"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{login}"))
        .to_owned();
    let me = app
        .gql("{ me { hasPassword } }", json!({}), Some(&access))
        .await;
    assert_eq!(me["data"]["me"]["hasPassword"], true, "{me}");
    let unlinked = app.gql(UNLINK, json!({}), Some(&access)).await;
    assert_eq!(unlinked["data"]["unlinkProvider"], json!([]), "{unlinked}");
}

async fn the_answer_must_come_back_to_the_browser_that_started(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let victim = browser();
    let attacker = browser();
    // The attacker starts and finishes at the provider, then has the victim's browser deliver
    // the answer (login CSRF): refused, without a code.
    let auth = start(&app, &attacker, "corp").await;
    let callback = at_provider(&attacker, auth, "alice", "pw-alice").await;
    let res = deliver(&app, &victim, &callback).await;
    assert_eq!(res.status(), 302);
    let back = location(&res);
    assert_eq!(
        query(&back, "error").as_deref(),
        Some("invalid_request"),
        "{back}"
    );
    assert_eq!(query(&back, "code"), None);
    // The flow is spent: its own browser cannot use it afterwards either.
    let res = deliver(&app, &attacker, &callback).await;
    assert_eq!(res.status(), 400);

    // A tampered state is unknown.
    let auth = start(&app, &victim, "corp").await;
    let mut callback = at_provider(&victim, auth, "alice", "pw-alice").await;
    let state = query(&callback, "state").unwrap();
    let code = query(&callback, "code").unwrap();
    callback.set_query(Some(&format!("code={code}&state={}x", &state)));
    assert_eq!(deliver(&app, &victim, &callback).await.status(), 400);

    // A redirect_uri outside the allow-list is refused before anything starts.
    let res = victim
        .get(app.url("/auth/corp/start"))
        .query(&[("redirect_uri", "https://evil.example/steal")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.headers().get(reqwest::header::LOCATION).is_none());
    assert_eq!(
        victim
            .get(app.url("/auth/nope/start"))
            .query(&[("redirect_uri", APP)])
            .send()
            .await
            .unwrap()
            .status(),
        404
    );

    // A flow not finished within its 10 minutes (its nonce gone with it) is refused.
    let auth = start(&app, &victim, "corp").await;
    let callback = at_provider(&victim, auth, "alice", "pw-alice").await;
    app.clock.advance(Duration::from_secs(601));
    assert_eq!(deliver(&app, &victim, &callback).await.status(), 400);

    // Cancelled at the provider (a browser without a session there, so it asks): the app hears
    // access_denied.
    let canceller = browser();
    let auth = start(&app, &canceller, "corp").await;
    let res = canceller.get(auth).send().await.unwrap();
    let interaction = location(&res);
    assert!(
        interaction.path().starts_with("/interaction/"),
        "{interaction}"
    );
    let res = canceller
        .get(format!("{interaction}/abort"))
        .send()
        .await
        .unwrap();
    let mut url = location(&res);
    while !url.path().ends_with("/callback") {
        url = location(&canceller.get(url).send().await.unwrap());
    }
    let back = location(&deliver(&app, &canceller, &url).await);
    assert_eq!(
        query(&back, "error").as_deref(),
        Some("access_denied"),
        "{back}"
    );
}

async fn id_tokens_that_fail_a_check_are_refused(backend: Backend) {
    for mode in ["wrong-key", "wrong-audience", "wrong-nonce", "no-nonce"] {
        let Some(app) = corp_app(backend, Some(mode)).await else {
            return;
        };
        let back = provider_answer(&app, "alice", "pw-alice").await;
        assert_eq!(
            query(&back, "error").as_deref(),
            Some("server_error"),
            "{mode}: {back}"
        );
        assert_eq!(query(&back, "code"), None, "{mode}");
        use sea_orm::{EntityTrait, PaginatorTrait};
        let accounts = entity::user::Entity::find()
            .count(&app.state.db)
            .await
            .unwrap();
        assert_eq!(accounts, 0, "{mode}: no account was made");
    }
}

async fn the_second_factor_still_applies_and_accounts_without_password_work(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let body = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    let access = body["data"]["finishProviderSignIn"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let as_account = Account {
        id: String::new(),
        username: "alice".into(),
        email: "alice@example.com".into(),
        password: String::new(),
        access: access.clone(),
        refresh: String::new(),
    };
    let (secret, _) = app.enable_totp(&as_account).await;

    let body = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    let challenge = &body["data"]["finishProviderSignIn"];
    assert_eq!(challenge["__typename"], "MfaChallenge", "{body}");
    let verified = app
        .gql(
            "mutation($t: String!, $c: String!) { verifyTotp(mfaToken: $t, code: $c) { accessToken } }",
            json!({ "t": challenge["mfaToken"], "c": app.code(&secret, 0) }),
            None,
        )
        .await;
    let access = verified["data"]["verifyTotp"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{verified}"))
        .to_owned();
    assert_eq!(amr(&access), json!(["fed", "totp"]));

    // Proving the account again: with the provider (and the code, TOTP being on).
    app.clock.advance(Duration::from_secs(11 * 60));
    const DELETE: &str = "mutation { deleteAccount }";
    assert_code(
        &app.gql(DELETE, json!({}), Some(&access)).await,
        "REAUTHENTICATION_REQUIRED",
    );
    const REAUTH: &str = "mutation($p: String!, $c: String) { reauthenticateWithProvider(providerCode: $p, code: $c) { accessToken } }";
    let no_code = app
        .gql(
            REAUTH,
            json!({ "p": provider_code(&app, "alice", "pw-alice").await }),
            Some(&access),
        )
        .await;
    assert_code_field(&no_code, "BAD_USER_INPUT", "code");
    let reauth = app
        .gql(
            REAUTH,
            json!({ "p": provider_code(&app, "alice", "pw-alice").await, "c": app.code(&secret, 0) }),
            Some(&access),
        )
        .await;
    let fresh = reauth["data"]["reauthenticateWithProvider"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{reauth}"))
        .to_owned();
    // An account without a password deletes itself without one.
    let deleted = app.gql(DELETE, json!({}), Some(&fresh)).await;
    assert_eq!(deleted["data"]["deleteAccount"], true, "{deleted}");
    // Its identity went with it: the provider account makes a new account next time.
    let body = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    assert_eq!(
        body["data"]["finishProviderSignIn"]["__typename"], "AuthPayload",
        "{body}"
    );

    // An account with a password must still give it.
    let pat = app.register("pat").await;
    assert_code_field(
        &app.gql(DELETE, json!({}), Some(&pat.access)).await,
        "BAD_USER_INPUT",
        "password",
    );
}

/// GitHub's token endpoint and API, standing in on loopback.
async fn github(primary_verified: bool) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/login/oauth/access_token"))
        .and(body_string_contains("code=gh-code"))
        .and(body_string_contains("code_verifier="))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "gho_test", "token_type": "bearer", "scope": "read:user,user:email"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/user"))
        .and(header("authorization", "Bearer gho_test"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": 583231, "login": "octocat", "name": "The Octocat"
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/user/emails"))
        .and(header("authorization", "Bearer gho_test"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            { "email": "octo-old@example.com", "primary": false, "verified": true },
            { "email": "octocat@example.com", "primary": true, "verified": primary_verified }
        ])))
        .mount(&server)
        .await;
    server
}

async fn oauth_app(backend: Backend, id: &str, server: &MockServer) -> TestApp {
    let upper = id.to_ascii_uppercase();
    let vars: Vec<(String, String)> = vec![
        ("SIGN_IN_PROVIDERS".into(), id.into()),
        ("SIGN_IN_REDIRECT_URIS".into(), APP.into()),
        (format!("PROVIDER_{upper}_CLIENT_ID"), "oauth-id".into()),
        (
            format!("PROVIDER_{upper}_CLIENT_SECRET"),
            "oauth-secret".into(),
        ),
        (
            format!("PROVIDER_{upper}_AUTH_URL"),
            format!("{}/login/oauth/authorize", server.uri()),
        ),
        (
            format!("PROVIDER_{upper}_TOKEN_URL"),
            format!("{}/login/oauth/access_token", server.uri()),
        ),
        (format!("PROVIDER_{upper}_API_URL"), server.uri()),
    ];
    let refs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    spawn_with(backend, &refs).await
}

/// Starts a flow in a fresh browser and delivers `code` as the provider's answer.
async fn oauth_answer(app: &TestApp, id: &str, code: &str) -> Url {
    let browser = browser();
    let auth = start(app, &browser, id).await;
    let state = query(&auth, "state").unwrap();
    assert!(query(&auth, "code_challenge").is_some(), "PKCE: {auth}");
    assert_eq!(
        query(&auth, "code_challenge_method").as_deref(),
        Some("S256")
    );
    let res = browser
        .get(app.url(&format!("/auth/{id}/callback")))
        .query(&[("code", code), ("state", &state)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302);
    location(&res)
}

async fn github_accounts_sign_in_with_their_verified_primary_address(backend: Backend) {
    let server = github(true).await;
    let app = oauth_app(backend, "github", &server).await;
    let back = oauth_answer(&app, "github", "gh-code").await;
    let body = finish(
        &app,
        &query(&back, "code").unwrap_or_else(|| panic!("{back}")),
    )
    .await;
    let p = &body["data"]["finishProviderSignIn"];
    assert_eq!(p["__typename"], "AuthPayload", "{body}");
    assert_eq!(p["user"]["email"], "octocat@example.com");
    assert_eq!(p["user"]["username"], "octocat");
    let access = p["accessToken"].as_str().unwrap();
    let ids = app.gql(IDENTITIES, json!({}), Some(access)).await;
    assert_eq!(
        ids["data"]["providerIdentities"][0]["providerName"],
        "GitHub"
    );
    assert_eq!(ids["data"]["providerIdentities"][0]["login"], "octocat");
    server.verify().await;

    // An unverified primary address makes no account: an address must be given and proved.
    let server = github(false).await;
    let app = oauth_app(backend, "github", &server).await;
    let back = oauth_answer(&app, "github", "gh-code").await;
    let body = finish(&app, &query(&back, "code").unwrap()).await;
    assert_eq!(
        body["data"]["finishProviderSignIn"]["__typename"], "EmailRequired",
        "{body}"
    );
    assert_eq!(
        body["data"]["finishProviderSignIn"]["email"],
        "octocat@example.com"
    );
}

async fn facebook_addresses_are_not_trusted_for_linking(backend: Backend) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/login/oauth/access_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "fb_test", "token_type": "bearer"
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/me"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "10150", "name": "Frank Book", "email": "frank@example.com"
        })))
        .mount(&server)
        .await;
    let app = oauth_app(backend, "facebook", &server).await;
    let frank = register_with_email(&app, "frank", "frank@example.com").await;
    let back = oauth_answer(&app, "facebook", "fb-code").await;
    let body = finish(
        &app,
        &query(&back, "code").unwrap_or_else(|| panic!("{back}")),
    )
    .await;
    // Not LinkRequired, and certainly not frank's account: the address is not vouched for.
    assert_eq!(
        body["data"]["finishProviderSignIn"]["__typename"], "EmailRequired",
        "{body}"
    );
    assert!(identities(&app, &frank.access).await.is_empty());
    // Frank can still link it from his account (recent session).
    let back = oauth_answer(&app, "facebook", "fb-code").await;
    let linked = app
        .gql(
            "mutation($c: String!) { linkProvider(providerCode: $c) { provider providerName login } }",
            json!({ "c": query(&back, "code").unwrap() }),
            Some(&frank.access),
        )
        .await;
    assert_eq!(
        linked["data"]["linkProvider"],
        json!([{ "provider": "facebook", "providerName": "Facebook", "login": "Frank Book" }]),
        "{linked}"
    );
    // Facebook's address is not vouched for: frank's stays unverified.
    let me = app
        .gql("{ me { emailVerified } }", json!({}), Some(&frank.access))
        .await;
    assert_eq!(me["data"]["me"]["emailVerified"], false, "{me}");
    let direct = finish(
        &app,
        &query(&oauth_answer(&app, "facebook", "fb-code").await, "code").unwrap(),
    )
    .await;
    assert_eq!(
        direct["data"]["finishProviderSignIn"]["user"]["id"],
        frank.id.as_str(),
        "{direct}"
    );
}

async fn a_provider_sign_in_works_in_cookie_mode(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let origin = app.state.config.public_url.clone();
    let browser = browser();
    let csrf: Value = browser
        .get(app.url("/auth/csrf"))
        .header("origin", &origin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let csrf = csrf["csrfToken"].as_str().unwrap().to_owned();
    let post = |query: &str, variables: Value| {
        browser
            .post(app.url("/graphql"))
            .header("origin", &origin)
            .header("x-portcullis-session", "cookie")
            .header("x-csrf-token", &csrf)
            .json(&json!({ "query": query, "variables": variables }))
            .send()
    };
    let code = provider_code(&app, "alice", "pw-alice").await;
    let res = post(FINISH, json!({ "c": code })).await.unwrap();
    let cookies: Vec<String> = res
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let body: Value = res.json().await.unwrap();
    let p = &body["data"]["finishProviderSignIn"];
    assert_eq!(p["__typename"], "AuthPayload", "{body}");
    // The refresh token is in an HttpOnly cookie, not in the answer.
    assert_eq!(p["refreshToken"], "", "{body}");
    let refresh = cookies
        .iter()
        .find(|c| c.contains("portcullis-refresh="))
        .unwrap_or_else(|| panic!("no refresh cookie: {cookies:?}"));
    assert!(refresh.contains("HttpOnly; SameSite=Strict"), "{refresh}");
    // The cookie is the session: refresh without an argument rotates it.
    let res = post(
        "mutation { refresh { accessToken user { id } } }",
        json!({}),
    )
    .await
    .unwrap();
    let body: Value = res.json().await.unwrap();
    assert_eq!(
        body["data"]["refresh"]["user"]["id"], p["user"]["id"],
        "{body}"
    );
    assert_eq!(
        amr(body["data"]["refresh"]["accessToken"].as_str().unwrap()),
        json!(["fed"])
    );
}

async fn a_passkey_counts_as_a_way_in(backend: Backend) {
    let Some(app) = corp_app(backend, None).await else {
        return;
    };
    let body = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    let p = &body["data"]["finishProviderSignIn"];
    let alice = Account {
        id: p["user"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_owned(),
        username: "alice".into(),
        email: "alice@example.com".into(),
        password: String::new(),
        access: p["accessToken"].as_str().unwrap().to_owned(),
        refresh: String::new(),
    };
    let mut device = crate::authenticator::Authenticator::new(crate::passkeys::ORIGIN);
    let passkey = crate::passkeys::register(&app, &alice, &mut device, "Phone").await;
    // A provider sign-in now asks for the passkey as the second factor.
    let body = finish(&app, &provider_code(&app, "alice", "pw-alice").await).await;
    let challenge = &body["data"]["finishProviderSignIn"];
    assert_eq!(challenge["__typename"], "MfaChallenge", "{body}");
    let started = app
        .gql(
            "mutation($t: String!) { startPasskeySecondFactor(mfaToken: $t) { ceremonyId optionsJson } }",
            json!({ "t": challenge["mfaToken"] }),
            None,
        )
        .await;
    let ceremony = &started["data"]["startPasskeySecondFactor"];
    let opts: Value = serde_json::from_str(ceremony["optionsJson"].as_str().unwrap()).unwrap();
    let assertion = device.get(&opts, crate::authenticator::VERIFIED);
    let body = app
        .gql(
            "mutation($t: String!, $id: ID!, $c: String!) { finishPasskeySecondFactor(mfaToken: $t, ceremonyId: $id, credentialJson: $c) { accessToken } }",
            json!({ "t": challenge["mfaToken"], "id": ceremony["ceremonyId"], "c": assertion.to_string() }),
            None,
        )
        .await;
    let access = body["data"]["finishPasskeySecondFactor"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(amr(access), json!(["fed", "hwk", "user"]));
    // With a passkey, the provider is no longer the only way in.
    const UNLINK: &str = "mutation { unlinkProvider(provider: \"corp\") { provider } }";
    let unlinked = app.gql(UNLINK, json!({}), Some(&alice.access)).await;
    assert_eq!(unlinked["data"]["unlinkProvider"], json!([]), "{unlinked}");
    // Now the passkey is: deleting it is refused, and says why.
    let refused = app
        .gql(
            "mutation($id: ID!) { deletePasskey(id: $id) }",
            json!({ "id": passkey["id"] }),
            Some(&alice.access),
        )
        .await;
    assert_code(&refused, "FORBIDDEN");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("last way to sign in"),
        "{refused}"
    );
    // And it signs in.
    let (id, opts) = crate::passkeys::start_sign_in(&app).await;
    let body = crate::passkeys::finish_sign_in(
        &app,
        &id,
        &device.get(&opts, crate::authenticator::VERIFIED),
    )
    .await;
    assert_eq!(
        body["data"]["finishPasskeySignIn"]["user"]["id"],
        alice.id.as_str(),
        "{body}"
    );
}
