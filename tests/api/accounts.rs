//! register, login, me and changePassword: success and failure paths.

use serde_json::json;

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    register_signs_in_and_returns_the_user,
    register_rejects_bad_input_naming_the_field,
    register_conflicts_on_a_taken_email_or_username,
    login_accepts_username_or_email_in_any_case,
    an_unknown_login_and_a_wrong_password_look_the_same,
    me_is_null_without_a_valid_token,
    change_password_ends_other_sessions_and_keeps_this_one,
    change_password_checks_the_current_and_the_new_password,
);

const REGISTER: &str = "mutation($i: RegisterInput!) { register(input: $i) { user { id email username role emailVerified totpEnabled createdAt } } }";

async fn register_signs_in_and_returns_the_user(backend: Backend) {
    let app = spawn(backend).await;
    let body = app
        .gql(
            &format!("mutation($i: RegisterInput!) {{ register(input: $i) {{ {AUTH_FIELDS} }} }}"),
            json!({ "i": { "email": "  Ada@Example.COM ", "username": "Ada.L", "password": PASSWORD } }),
            None,
        )
        .await;
    let p = &body["data"]["register"];
    assert_eq!(p["tokenType"], "Bearer", "{body}");
    assert_eq!(p["expiresIn"], 900);
    assert_eq!(p["user"]["email"], "ada@example.com");
    assert_eq!(p["user"]["username"], "Ada.L");
    assert_eq!(p["user"]["role"], "USER");
    assert_eq!(p["user"]["emailVerified"], false);
    assert_eq!(p["user"]["totpEnabled"], false);
    let created = p["user"]["createdAt"].as_str().unwrap();
    assert!(created.ends_with('Z') && created.contains('T'), "{created}");
    let refresh = p["refreshToken"].as_str().unwrap();
    assert!(
        refresh.len() >= 43,
        "refresh token carries at least 256 bits"
    );

    let access = p["accessToken"].as_str().unwrap();
    let id = p["user"]["id"].as_str().unwrap();
    assert_eq!(app.me(access).await.as_deref(), Some(id));

    // The database holds only the hash of the refresh token.
    use sea_orm::EntityTrait;
    let rows = entity::refresh_token::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].token_hash, portcullis::auth::opaque::hash(refresh));
    assert_ne!(rows[0].token_hash, refresh);
    let users = entity::user::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(
        users[0]
            .password_hash
            .as_ref()
            .unwrap()
            .expose()
            .starts_with("$argon2id$v=19$m=19456,t=2,p=1$")
    );
}

async fn register_rejects_bad_input_naming_the_field(backend: Backend) {
    let app = spawn(backend).await;
    let cases = [
        ("not-an-email", "valid_name", PASSWORD, "email"),
        ("a@b", "valid_name", PASSWORD, "email"),
        ("ok@example.com", "ab", PASSWORD, "username"),
        ("ok@example.com", &"x".repeat(33), PASSWORD, "username"),
        ("ok@example.com", "bad name", PASSWORD, "username"),
        ("ok@example.com", "valid_name", "short", "password"),
        ("ok@example.com", "valid_name", "password123", "password"),
        ("ok@example.com", "valid_name", "Valid_Name", "password"),
        ("ok@example.com", "valid_name", &"y".repeat(513), "password"),
    ];
    for (email, username, password, field) in cases {
        let body = app
            .gql(
                REGISTER,
                json!({ "i": { "email": email, "username": username, "password": password } }),
                None,
            )
            .await;
        assert_error(
            &body,
            "BAD_USER_INPUT",
            Some(field),
            format_args!("{email} {username}"),
        );
        assert!(body["data"].is_null());
    }
    // Nothing was stored.
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        entity::user::Entity::find()
            .count(&app.state.db)
            .await
            .unwrap(),
        0
    );

    // Long passphrases are welcome.
    let long = "a long passphrase with spaces ".repeat(5);
    let body = app
        .gql(
            REGISTER,
            json!({ "i": { "email": "long@example.com", "username": "long_one", "password": long } }),
            None,
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
}

async fn register_conflicts_on_a_taken_email_or_username(backend: Backend) {
    let app = spawn(backend).await;
    let first = app.register("taken").await;
    let body = app
        .gql(
            REGISTER,
            json!({ "i": { "email": first.email.to_uppercase(), "username": "someone_else", "password": PASSWORD } }),
            None,
        )
        .await;
    assert_code_field(&body, "CONFLICT", "email");

    let body = app
        .gql(
            REGISTER,
            json!({ "i": { "email": "other@example.com", "username": first.username.to_uppercase(), "password": PASSWORD } }),
            None,
        )
        .await;
    assert_code_field(&body, "CONFLICT", "username");
}

async fn login_accepts_username_or_email_in_any_case(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("login").await;
    for login in [
        acct.username.clone(),
        acct.username.to_uppercase(),
        acct.email.clone(),
        format!(" {} ", acct.email.to_uppercase()),
    ] {
        let body = app.login(&login, PASSWORD).await;
        let p = &body["data"]["login"];
        assert_eq!(p["__typename"], "AuthPayload", "{login}: {body}");
        assert_eq!(p["user"]["id"], acct.id.as_str());
        let (header, claims) = jwt_parts(p["accessToken"].as_str().unwrap());
        assert_eq!(header["typ"], "at+jwt");
        assert_eq!(claims["sub"], acct.id.as_str());
        assert_eq!(claims["amr"], json!(["pwd"]));
        assert_eq!(claims["aal"], "aal1");
    }
}

async fn an_unknown_login_and_a_wrong_password_look_the_same(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("victim").await;
    let wrong = app.login(&acct.username, "not the password at all").await;
    let unknown = app.login("nobody_here", "not the password at all").await;
    let unknown_email = app.login("nobody@example.com", PASSWORD).await;
    assert_code(&wrong, "INVALID_CREDENTIALS");
    assert_eq!(
        wrong["errors"][0]["message"],
        unknown["errors"][0]["message"]
    );
    assert_eq!(
        wrong["errors"][0]["extensions"],
        unknown["errors"][0]["extensions"]
    );
    assert_eq!(
        wrong["errors"][0]["extensions"],
        unknown_email["errors"][0]["extensions"]
    );
    assert!(wrong["data"].is_null());
}

async fn me_is_null_without_a_valid_token(backend: Backend) {
    let app = spawn(backend).await;
    let body = app.gql("{ me { id } }", json!({}), None).await;
    assert_eq!(body, json!({ "data": { "me": null } }));
    assert_eq!(app.me("not.a.jwt").await, None);
    let acct = app.register("me").await;
    let (header, claims) = jwt_parts(&acct.access);
    // A token with its last signature character changed is refused.
    let mut forged = acct.access.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    assert_eq!(app.me(&forged).await, None, "{header} {claims}");
    // Fields that need a caller say so.
    let body = app.gql("{ sessions { id } }", json!({}), None).await;
    assert_code(&body, "UNAUTHENTICATED");
}

pub(crate) const CHANGE: &str = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken user { id } } }";

async fn change_password_ends_other_sessions_and_keeps_this_one(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("changer").await;
    let (other_access, other_refresh) = app.new_session(&acct).await;
    let new_password = "a brand new passphrase";
    let body = app
        .gql(
            CHANGE,
            json!({ "c": PASSWORD, "n": new_password }),
            Some(&acct.access),
        )
        .await;
    let p = &body["data"]["changePassword"];
    assert_eq!(p["user"]["id"], acct.id.as_str(), "{body}");
    let access = p["accessToken"].as_str().unwrap();
    let refresh = p["refreshToken"].as_str().unwrap();

    // The other session is gone, at once.
    assert!(!app.accepted(&other_access).await);
    assert_code(&app.refresh(&other_refresh).await, "INVALID_TOKEN");
    // This session goes on: the old and new access tokens work; the old refresh token is retired.
    assert!(app.accepted(&acct.access).await);
    assert!(app.accepted(access).await);
    assert_eq!(jwt_parts(access).1["sid"], jwt_parts(&acct.access).1["sid"]);
    let refreshed = app.refresh(refresh).await;
    assert!(refreshed["data"]["refresh"].is_object(), "{refreshed}");

    // Only the new password signs in.
    assert_code(
        &app.login(&acct.username, PASSWORD).await,
        "INVALID_CREDENTIALS",
    );
    assert_eq!(
        app.login(&acct.username, new_password).await["data"]["login"]["__typename"],
        "AuthPayload"
    );
}

async fn change_password_checks_the_current_and_the_new_password(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("checker").await;
    let body = app
        .gql(
            CHANGE,
            json!({ "c": "wrong current password", "n": "another fine passphrase" }),
            Some(&acct.access),
        )
        .await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app
        .gql(
            CHANGE,
            json!({ "c": PASSWORD, "n": "qwerty123" }),
            Some(&acct.access),
        )
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "newPassword");
    let body = app
        .gql(
            CHANGE,
            json!({ "c": PASSWORD, "n": "another fine passphrase" }),
            None,
        )
        .await;
    assert_code(&body, "UNAUTHENTICATED");
    // The password is unchanged.
    assert_eq!(
        app.login(&acct.username, PASSWORD).await["data"]["login"]["__typename"],
        "AuthPayload"
    );
}
