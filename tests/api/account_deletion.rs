//! deleteAccount: the password is required, and the user's every row goes in one transaction
//! while other users' rows stay.

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use uuid::Uuid;

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    delete_account_needs_the_password_and_signed_in_caller,
    delete_account_leaves_no_row_of_the_user_behind,
);

pub(crate) const DELETE: &str = "mutation($p: String!) { deleteAccount(password: $p) }";

/// Rows of every table that hold something of `user`, by table name.
async fn rows_of(app: &TestApp, user: Uuid) -> Vec<(&'static str, u64)> {
    use entity::*;
    let db = &app.state.db;
    let sessions: Vec<Uuid> = session::Entity::find()
        .filter(session::Column::UserId.eq(user))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    vec![
        (
            "users",
            user::Entity::find_by_id(user).count(db).await.unwrap(),
        ),
        (
            "sessions",
            session::Entity::find()
                .filter(session::Column::UserId.eq(user))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "refresh_tokens",
            refresh_token::Entity::find()
                .filter(refresh_token::Column::SessionId.is_in(sessions))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "quotes",
            quote::Entity::find()
                .filter(quote::Column::UserId.eq(user))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "user_totp",
            user_totp::Entity::find_by_id(user).count(db).await.unwrap(),
        ),
        (
            "recovery_codes",
            recovery_code::Entity::find()
                .filter(recovery_code::Column::UserId.eq(user))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "mfa_challenges",
            mfa_challenge::Entity::find()
                .filter(mfa_challenge::Column::UserId.eq(user))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "email_tokens",
            email_token::Entity::find()
                .filter(email_token::Column::UserId.eq(user))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "passkeys",
            entity::passkey::Entity::find()
                .filter(entity::passkey::Column::UserId.eq(user))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "webauthn_ceremonies",
            entity::webauthn_ceremony::Entity::find()
                .filter(entity::webauthn_ceremony::Column::UserId.eq(Some(user)))
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "audit_events",
            audit_event::Entity::find()
                .filter(audit_event::Column::UserId.eq(user))
                .count(db)
                .await
                .unwrap(),
        ),
    ]
}

/// A user with something in every table: quotes, two sessions (with rotated refresh tokens),
/// TOTP with recovery codes, a pending MFA challenge, the registration's email token, and
/// security events.
async fn busy_user(app: &TestApp, name: &str) -> (Account, Uuid) {
    let mut account = app.register(name).await;
    for text in ["one", "two"] {
        let body = app
            .gql(
                "mutation($t: String!) { createQuote(input: { text: $t, author: \"me\" }) { id } }",
                json!({ "t": text }),
                Some(&account.access),
            )
            .await;
        assert!(body.get("errors").is_none(), "{body}");
    }
    let body = app.refresh(&account.refresh).await;
    account.access = body["data"]["refresh"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    account.refresh = body["data"]["refresh"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_owned();
    app.enable_totp(&account).await;
    app.challenge(&account).await;
    let id = Uuid::parse_str(&account.id).unwrap();
    // A passkey and a ceremony in progress (written directly: passkeys are off here).
    {
        use sea_orm::{ActiveModelTrait, Set};
        let now = portcullis::clock::Clock::now_micros(&*app.clock);
        entity::passkey::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(id),
            credential_hash: Set(format!("{:064x}", Uuid::now_v7().as_u128())),
            credential_id: Set("AAAA".into()),
            credential: Set("{}".into()),
            name: Set("Laptop".into()),
            backup_eligible: Set(false),
            backed_up: Set(false),
            created_at: Set(now),
            last_used_at: Set(None),
        }
        .insert(&app.state.db)
        .await
        .unwrap();
        entity::webauthn_ceremony::ActiveModel {
            id: Set(Uuid::now_v7()),
            purpose: Set("register".into()),
            user_id: Set(Some(id)),
            state: Set("{}".into()),
            created_at: Set(now),
            expires_at: Set(now + 300_000_000),
            used_at: Set(None),
        }
        .insert(&app.state.db)
        .await
        .unwrap();
    }
    let rows = rows_of(app, id).await;
    assert!(rows.iter().all(|(_, n)| *n > 0), "{rows:?}");
    (account, id)
}

async fn delete_account_needs_the_password_and_signed_in_caller(backend: Backend) {
    let app = spawn(backend).await;
    let body = app.gql(DELETE, json!({ "p": PASSWORD }), None).await;
    assert_code(&body, "UNAUTHENTICATED");

    let (account, id) = busy_user(&app, "careful").await;
    let before = rows_of(&app, id).await;
    let body = app
        .gql(
            DELETE,
            json!({ "p": "not my password" }),
            Some(&account.access),
        )
        .await;
    assert_code(&body, "INVALID_CREDENTIALS");
    assert!(body["data"].is_null());
    assert_eq!(rows_of(&app, id).await, before, "nothing was deleted");
    assert!(app.accepted(&account.access).await);
}

async fn delete_account_leaves_no_row_of_the_user_behind(backend: Backend) {
    let app = spawn(backend).await;
    let (leaving, leaving_id) = busy_user(&app, "leaving").await;
    let (staying, staying_id) = busy_user(&app, "staying").await;
    let staying_before = rows_of(&app, staying_id).await;

    let body = app
        .gql(DELETE, json!({ "p": PASSWORD }), Some(&leaving.access))
        .await;
    assert_eq!(body["data"]["deleteAccount"], true, "{body}");

    let after = rows_of(&app, leaving_id).await;
    assert!(after.iter().all(|(_, n)| *n == 0), "{after:?}");
    assert_eq!(rows_of(&app, staying_id).await, staying_before);

    // The only trace: one anonymous event, with no user, client or detail.
    let anonymous = entity::audit_event::Entity::find()
        .filter(entity::audit_event::Column::UserId.is_null())
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(anonymous.len(), 1, "{anonymous:?}");
    assert_eq!(anonymous[0].kind, "account_deleted");
    assert_eq!(
        (
            &anonymous[0].ip,
            &anonymous[0].user_agent,
            &anonymous[0].detail
        ),
        (&None, &None, &None)
    );

    // The tokens are dead, the login is gone, and the name is free again.
    assert!(!app.accepted(&leaving.access).await);
    let body = app.refresh(&leaving.refresh).await;
    assert_code(&body, "INVALID_TOKEN");
    let body = app.login(&leaving.username, PASSWORD).await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app
        .gql(
            "mutation($i: RegisterInput!) { register(input: $i) { user { id } } }",
            json!({ "i": { "email": leaving.email, "username": leaving.username, "password": PASSWORD } }),
            None,
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    assert!(app.accepted(&staying.access).await);
}
