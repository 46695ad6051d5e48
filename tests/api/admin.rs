//! Admin operations: permissions both ways (checked against the database, not the token's
//! claim), the user directory, roles, password resets, disabling, and the last-admin rule.

use portcullis::domain::Role;
use portcullis::services::accounts::Registration;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    admin_operations_answer_unauthenticated_and_forbidden,
    the_role_is_checked_in_the_database_not_the_token,
    users_pages_by_keyset_and_searches_username_or_email,
    users_rejects_bad_page_arguments,
    the_last_enabled_admin_cannot_be_demoted_disabled_or_deleted,
    two_admins_demoting_each_other_at_once_leave_one_admin,
    admin_reset_password_checks_the_rules_and_revokes_every_session,
    a_disabled_account_cannot_sign_in_refresh_or_use_its_tokens,
    a_disabled_account_cannot_finish_a_second_factor_sign_in,
    unknown_and_malformed_user_ids,
);

pub const SET_ROLE: &str =
    "mutation($u: ID!, $r: Role!) { setUserRole(userId: $u, role: $r) { id role disabled } }";
pub const SET_DISABLED: &str = "mutation($u: ID!, $d: Boolean!) { setUserDisabled(userId: $u, disabled: $d) { id role disabled } }";
pub const RESET: &str =
    "mutation($u: ID!, $p: String!) { adminResetPassword(userId: $u, newPassword: $p) }";
const USERS: &str = "query($f: Int, $a: String, $s: String) { users(first: $f, after: $a, search: $s) { edges { cursor node { id username email role disabled } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }";

impl TestApp {
    /// An ADMIN made the way the CLI does it, then signed in.
    pub(crate) async fn admin(&self, name: &str) -> Account {
        let username = format!("{name}_{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        let email = format!("{username}@example.com");
        self.state
            .accounts
            .create(
                Registration {
                    email: email.clone(),
                    username: username.clone(),
                    password: SecretString::from(PASSWORD),
                },
                Role::Admin,
            )
            .await
            .expect("admin created");
        let body = self.login(&username, PASSWORD).await;
        let p = &body["data"]["login"];
        assert_eq!(p["user"]["role"], "ADMIN", "{body}");
        Account {
            id: p["user"]["id"].as_str().unwrap().to_owned(),
            username,
            email,
            password: PASSWORD.to_owned(),
            access: p["accessToken"].as_str().unwrap().to_owned(),
            refresh: p["refreshToken"].as_str().unwrap().to_owned(),
        }
    }

    pub(crate) async fn set_role(&self, token: &str, user: &str, role: &str) -> Value {
        self.gql(SET_ROLE, json!({ "u": user, "r": role }), Some(token))
            .await
    }

    pub(crate) async fn set_disabled(&self, token: &str, user: &str, disabled: bool) -> Value {
        self.gql(
            SET_DISABLED,
            json!({ "u": user, "d": disabled }),
            Some(token),
        )
        .await
    }

    /// How many enabled admins the database holds.
    async fn enabled_admins(&self) -> u64 {
        entity::user::Entity::find()
            .filter(entity::user::Column::Role.eq("ADMIN"))
            .filter(entity::user::Column::DisabledAt.is_null())
            .count(&self.state.db)
            .await
            .unwrap()
    }
}

/// Runs every admin operation with `token` and returns each error code.
async fn admin_codes(app: &TestApp, token: Option<&str>, target: &str) -> Vec<Option<String>> {
    let mut codes = Vec::new();
    for (query, vars) in [
        (USERS, json!({})),
        (SET_ROLE, json!({ "u": target, "r": "ADMIN" })),
        (SET_DISABLED, json!({ "u": target, "d": true })),
        (RESET, json!({ "u": target, "p": "a brand new passphrase" })),
    ] {
        let body = app.gql(query, vars, token).await;
        if error_code(&body).is_some() {
            assert!(body["data"].is_null(), "{body}");
        }
        codes.push(error_code(&body));
    }
    codes
}

async fn admin_operations_answer_unauthenticated_and_forbidden(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("boss").await;
    let user = app.register("plain").await;

    let anonymous = admin_codes(&app, None, &user.id).await;
    assert_eq!(anonymous, vec![Some("UNAUTHENTICATED".to_owned()); 4]);
    let forbidden = admin_codes(&app, Some(&user.access), &user.id).await;
    assert_eq!(forbidden, vec![Some("FORBIDDEN".to_owned()); 4]);
    // Nothing changed for the user.
    assert!(app.accepted(&user.access).await);
    let row = entity::user::Entity::find_by_id(uuid::Uuid::parse_str(&user.id).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.role.as_str(), row.disabled_at), ("USER", None));

    // The admin may do each of them.
    let other = app.register("other").await;
    let allowed = admin_codes(&app, Some(&admin.access), &other.id).await;
    assert_eq!(allowed, vec![None; 4]);
    let row = entity::user::Entity::find_by_id(uuid::Uuid::parse_str(&other.id).unwrap())
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.role, "ADMIN");
    assert!(row.disabled_at.is_some());
}

async fn the_role_is_checked_in_the_database_not_the_token(backend: Backend) {
    let app = spawn(backend).await;
    let first = app.admin("first").await;
    let second = app.admin("second").await;
    let user = app.register("climber").await;

    // Promoted: the old token still says USER, but admin operations look at the database.
    let body = app.set_role(&first.access, &user.id, "ADMIN").await;
    assert_eq!(body["data"]["setUserRole"]["role"], "ADMIN", "{body}");
    let (_, claims) = jwt_parts(&user.access);
    assert_eq!(claims["role"], "USER");
    let body = app.gql(USERS, json!({}), Some(&user.access)).await;
    assert!(body.get("errors").is_none(), "{body}");
    assert_eq!(body["data"]["users"]["totalCount"], 3);

    // Demoted: the old token still says ADMIN and is still a valid sign-in, but is refused.
    let body = app.set_role(&first.access, &second.id, "USER").await;
    assert_eq!(body["data"]["setUserRole"]["role"], "USER", "{body}");
    let (_, claims) = jwt_parts(&second.access);
    assert_eq!(claims["role"], "ADMIN");
    assert!(app.accepted(&second.access).await);
    let body = app.gql(USERS, json!({}), Some(&second.access)).await;
    assert_code(&body, "FORBIDDEN");

    // A refresh carries the new role into the next token.
    let body = app.refresh(&second.refresh).await;
    let (_, claims) = jwt_parts(body["data"]["refresh"]["accessToken"].as_str().unwrap());
    assert_eq!(claims["role"], "USER");
}

async fn users_pages_by_keyset_and_searches_username_or_email(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let mut created = vec![admin.id.clone()];
    for name in ["Alpha", "beta", "gamma", "delta"] {
        created.push(app.register(name).await.id);
    }
    // Newest first, in pages of two, with exact flags.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    for (page, (next, previous)) in [(true, false), (true, true), (false, true)]
        .into_iter()
        .enumerate()
    {
        let body = app
            .gql(USERS, json!({ "f": 2, "a": after }), Some(&admin.access))
            .await;
        let c = &body["data"]["users"];
        assert_eq!(c["pageInfo"]["hasNextPage"], next, "page {page}: {body}");
        assert_eq!(c["pageInfo"]["hasPreviousPage"], previous, "page {page}");
        assert_eq!(c["totalCount"], 5);
        for e in c["edges"].as_array().unwrap() {
            seen.push(e["node"]["id"].as_str().unwrap().to_owned());
        }
        assert_eq!(
            c["nodes"].as_array().unwrap().len(),
            c["edges"].as_array().unwrap().len()
        );
        after = c["pageInfo"]["endCursor"].as_str().map(str::to_owned);
    }
    created.reverse();
    assert_eq!(seen, created);

    // Case-insensitive substring of the username or the email; wildcards are literal.
    let search = |s: &str| {
        let s = s.to_owned();
        let app = &app;
        let token = admin.access.clone();
        async move {
            let body = app.gql(USERS, json!({ "s": s }), Some(&token)).await;
            let c = &body["data"]["users"];
            assert_eq!(
                c["totalCount"].as_u64().unwrap() as usize,
                c["nodes"].as_array().unwrap().len(),
                "{body}"
            );
            let mut names: Vec<String> = c["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    e["node"]["username"]
                        .as_str()
                        .unwrap()
                        .split('_')
                        .next()
                        .unwrap()
                        .to_owned()
                })
                .collect();
            names.sort();
            names
        }
    };
    assert_eq!(search("ALPH").await, vec!["Alpha"]);
    assert_eq!(search("eTa").await, vec!["beta"]);
    assert_eq!(search("@EXAMPLE.com").await.len(), 5);
    assert_eq!(search("ta_").await, vec!["beta", "delta"]);
    assert_eq!(search("%").await, Vec::<String>::new());
    assert_eq!(search("  ").await.len(), 5);
    assert_eq!(search(&"x".repeat(254)).await, Vec::<String>::new());
}

async fn users_rejects_bad_page_arguments(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    for (vars, field) in [
        (json!({ "f": 101 }), "first"),
        (json!({ "f": -1 }), "first"),
        (json!({ "a": "not a cursor" }), "after"),
        (json!({ "s": "x".repeat(255) }), "search"),
    ] {
        let body = app.gql(USERS, vars, Some(&admin.access)).await;
        assert_code_field(&body, "BAD_USER_INPUT", field);
    }
}

async fn the_last_enabled_admin_cannot_be_demoted_disabled_or_deleted(backend: Backend) {
    let app = spawn(backend).await;
    let only = app.admin("only").await;
    let delete = "mutation($p: String!) { deleteAccount(password: $p) }";

    let body = app.set_role(&only.access, &only.id, "USER").await;
    assert_code(&body, "FORBIDDEN");
    let body = app.set_disabled(&only.access, &only.id, true).await;
    assert_code(&body, "FORBIDDEN");
    let body = app
        .gql(delete, json!({ "p": PASSWORD }), Some(&only.access))
        .await;
    assert_code(&body, "FORBIDDEN");
    assert_eq!(app.enabled_admins().await, 1);
    assert!(app.accepted(&only.access).await, "nothing was revoked");

    // A disabled admin does not count as one that remains.
    let dormant = app.admin("dormant").await;
    let body = app.set_disabled(&only.access, &dormant.id, true).await;
    assert_eq!(body["data"]["setUserDisabled"]["disabled"], true, "{body}");
    let body = app.set_role(&only.access, &only.id, "USER").await;
    assert_code(&body, "FORBIDDEN");
    // ...and demoting the disabled one is fine: the enabled admin stays.
    let body = app.set_role(&only.access, &dormant.id, "USER").await;
    assert_eq!(body["data"]["setUserRole"]["role"], "USER", "{body}");

    // With a second enabled admin, one of them may step down; then the other is the last.
    let second = app.admin("second").await;
    let body = app.set_role(&second.access, &only.id, "USER").await;
    assert_eq!(body["data"]["setUserRole"]["role"], "USER", "{body}");
    let body = app.set_disabled(&second.access, &second.id, true).await;
    assert_code(&body, "FORBIDDEN");
    assert_eq!(app.enabled_admins().await, 1);
}

async fn two_admins_demoting_each_other_at_once_leave_one_admin(backend: Backend) {
    // Each round on a fresh database with exactly two admins, racing to remove each other.
    for round in 0..4 {
        let app = spawn(backend).await;
        let a = app.admin("a").await;
        let b = app.admin("b").await;
        let (x, y) = if round % 2 == 0 {
            tokio::join!(
                app.set_role(&a.access, &b.id, "USER"),
                app.set_role(&b.access, &a.id, "USER"),
            )
        } else {
            tokio::join!(
                app.set_disabled(&a.access, &b.id, true),
                app.set_disabled(&b.access, &a.id, true),
            )
        };
        let mut codes = [error_code(&x), error_code(&y)];
        codes.sort();
        // The loser is refused: FORBIDDEN, or UNAUTHENTICATED when the winner disabled it
        // (and so revoked its session) before its request was authenticated.
        let refused = if round % 2 == 0 {
            vec!["FORBIDDEN"]
        } else {
            vec!["FORBIDDEN", "UNAUTHENTICATED"]
        };
        assert!(
            codes[0].is_none() && codes[1].as_deref().is_some_and(|c| refused.contains(&c)),
            "round {round}: {x} {y}"
        );
        assert_eq!(app.enabled_admins().await, 1, "round {round}");
    }
}

async fn admin_reset_password_checks_the_rules_and_revokes_every_session(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let user = app.register("forgetful").await;
    let (second_access, second_refresh) = app.new_session(&user).await;

    for (password, why) in [
        ("short", "too short"),
        ("password123", "common"),
        (user.username.as_str(), "the username"),
    ] {
        let body = app
            .gql(
                RESET,
                json!({ "u": user.id, "p": password }),
                Some(&admin.access),
            )
            .await;
        assert_error(
            &body,
            "BAD_USER_INPUT",
            Some("newPassword"),
            format_args!("{why}"),
        );
    }
    assert!(
        app.accepted(&user.access).await,
        "a refused reset changes nothing"
    );

    let body = app
        .gql(
            RESET,
            json!({ "u": user.id, "p": "a brand new passphrase" }),
            Some(&admin.access),
        )
        .await;
    assert_eq!(body["data"]["adminResetPassword"], true, "{body}");
    for (access, refresh) in [
        (&user.access, &user.refresh),
        (&second_access, &second_refresh),
    ] {
        assert!(!app.accepted(access).await);
        let body = app.refresh(refresh).await;
        assert_code(&body, "INVALID_TOKEN");
    }
    let body = app.login(&user.username, PASSWORD).await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app.login(&user.username, "a brand new passphrase").await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");
    // The admin's own session is untouched.
    assert!(app.accepted(&admin.access).await);
    // The owner hears about it (after the verification email).
    let notice = app.nth_mail_to(&user.email, 2).await;
    assert_eq!(
        notice.subject,
        "An administrator reset your Portcullis password"
    );
    assert!(notice.text.contains("If it was not you"));
}

async fn a_disabled_account_cannot_sign_in_refresh_or_use_its_tokens(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let user = app.register("suspended").await;
    let (other_access, _) = app.new_session(&user).await;

    let body = app.set_disabled(&admin.access, &user.id, true).await;
    assert_eq!(
        body["data"]["setUserDisabled"],
        json!({ "id": user.id, "role": "USER", "disabled": true }),
        "{body}"
    );
    assert!(!app.accepted(&user.access).await);
    assert!(!app.accepted(&other_access).await);
    assert_eq!(
        app.gql("{ me { id } }", json!({}), Some(&user.access))
            .await["data"]["me"],
        Value::Null
    );
    let body = app.refresh(&user.refresh).await;
    assert_code(&body, "INVALID_TOKEN");

    // The right password learns that the account is disabled; a wrong one learns nothing more
    // than for an unknown login.
    let body = app.login(&user.username, PASSWORD).await;
    assert_code(&body, "FORBIDDEN");
    assert!(body["data"].is_null());
    let wrong = app.login(&user.username, "not the password at all").await;
    let unknown = app.login("nobody_here", "not the password at all").await;
    assert_code(&wrong, "INVALID_CREDENTIALS");
    assert_eq!(
        wrong["errors"][0]["message"],
        unknown["errors"][0]["message"]
    );
    assert_eq!(
        wrong["errors"][0]["extensions"],
        unknown["errors"][0]["extensions"]
    );

    // Disabling twice is harmless; enabling lets the user back in (old sessions stay ended).
    let body = app.set_disabled(&admin.access, &user.id, true).await;
    assert_eq!(body["data"]["setUserDisabled"]["disabled"], true, "{body}");
    let body = app.set_disabled(&admin.access, &user.id, false).await;
    assert_eq!(body["data"]["setUserDisabled"]["disabled"], false, "{body}");
    assert!(!app.accepted(&user.access).await);
    let body = app.login(&user.username, PASSWORD).await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");
    let access = body["data"]["login"]["accessToken"].as_str().unwrap();
    assert!(app.accepted(access).await);
}

async fn a_disabled_account_cannot_finish_a_second_factor_sign_in(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let user = app.register("two_step").await;
    let (secret, _) = app.enable_totp(&user).await;
    let mfa = app.challenge(&user).await;

    let body = app.set_disabled(&admin.access, &user.id, true).await;
    assert_eq!(body["data"]["setUserDisabled"]["disabled"], true, "{body}");
    // The pending challenge went with the sessions.
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert_code(&body, "INVALID_TOKEN");
    // And the password step no longer opens one.
    let body = app.login(&user.username, PASSWORD).await;
    assert_code(&body, "FORBIDDEN");

    let body = app.set_disabled(&admin.access, &user.id, false).await;
    assert_eq!(body["data"]["setUserDisabled"]["disabled"], false, "{body}");
    let mfa = app.challenge(&user).await;
    let body = app.verify(&mfa, &app.code(&secret, 0)).await;
    assert!(
        body["data"]["verifyTotp"]["accessToken"].is_string(),
        "{body}"
    );
}

async fn unknown_and_malformed_user_ids(backend: Backend) {
    let app = spawn(backend).await;
    let admin = app.admin("root").await;
    let unknown = uuid::Uuid::now_v7().to_string();
    for (query, vars) in [
        (SET_ROLE, json!({ "u": unknown, "r": "ADMIN" })),
        (SET_DISABLED, json!({ "u": unknown, "d": true })),
        (
            RESET,
            json!({ "u": unknown, "p": "a brand new passphrase" }),
        ),
    ] {
        let body = app.gql(query, vars, Some(&admin.access)).await;
        assert_code(&body, "NOT_FOUND");
    }
    for (query, vars) in [
        (SET_ROLE, json!({ "u": "nope", "r": "ADMIN" })),
        (SET_DISABLED, json!({ "u": "nope", "d": true })),
        (RESET, json!({ "u": "nope", "p": "a brand new passphrase" })),
    ] {
        let body = app.gql(query, vars, Some(&admin.access)).await;
        assert_code_field(&body, "BAD_USER_INPUT", "userId");
    }
}
