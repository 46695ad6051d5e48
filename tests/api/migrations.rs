//! Migrations over existing data: what a database of the previous release holds survives, with
//! its foreign keys.

use entity::{Redacted, quote, session, user};
use migration::{Migrator, MigratorTrait};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::db_tests;
use crate::helpers::*;

db_tests!(passwordless_accounts_keep_every_row_and_foreign_key,);

async fn passwordless_accounts_keep_every_row_and_foreign_key(backend: Backend) {
    let db = fresh_database(backend).await;
    let conn = portcullis::db::connect_url(&db.url, 2).await.unwrap();
    // The schema as the previous release left it, with an account, a session and a quote.
    Migrator::up(&conn, Some(8)).await.unwrap();
    let (user_id, session_id, quote_id) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
    user::ActiveModel {
        id: Set(user_id),
        email: Set("kept@example.com".into()),
        username: Set("Kept".into()),
        username_key: Set("kept".into()),
        password_hash: Set(Some(Redacted::new(hash))),
        role: Set("ADMIN".into()),
        email_verified: Set(true),
        created_at: Set(1),
        updated_at: Set(2),
        disabled_at: Set(Some(3)),
    }
    .insert(&conn)
    .await
    .unwrap();
    session::ActiveModel {
        id: Set(session_id),
        user_id: Set(user_id),
        created_at: Set(1),
        last_used_at: Set(1),
        expires_at: Set(i64::MAX),
        revoked_at: Set(None),
        user_agent: Set(None),
        ip: Set(None),
        amr: Set("pwd".into()),
        auth_time: Set(Some(1)),
    }
    .insert(&conn)
    .await
    .unwrap();
    quote::ActiveModel {
        id: Set(quote_id),
        user_id: Set(user_id),
        text: Set("Kept".into()),
        author: Set("Me".into()),
        text_fold: Set("kept".into()),
        author_fold: Set("me".into()),
        created_at: Set(1),
        updated_at: Set(1),
    }
    .insert(&conn)
    .await
    .unwrap();

    Migrator::up(&conn, None).await.unwrap();

    // Every row and value is still there.
    let kept = user::Entity::find_by_id(user_id)
        .one(&conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        kept.password_hash.as_ref().map(Redacted::expose),
        Some(hash)
    );
    assert_eq!(
        (
            kept.email.as_str(),
            kept.username.as_str(),
            kept.role.as_str()
        ),
        ("kept@example.com", "Kept", "ADMIN")
    );
    assert_eq!(
        (
            kept.email_verified,
            kept.created_at,
            kept.updated_at,
            kept.disabled_at
        ),
        (true, 1, 2, Some(3))
    );
    assert_eq!(session::Entity::find().count(&conn).await.unwrap(), 1);
    assert_eq!(quote::Entity::find().count(&conn).await.unwrap(), 1);
    // The uniqueness of addresses and usernames survived the rebuild.
    let twin = user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set("kept@example.com".into()),
        username: Set("Other".into()),
        username_key: Set("other".into()),
        password_hash: Set(None),
        role: Set("USER".into()),
        email_verified: Set(false),
        created_at: Set(1),
        updated_at: Set(1),
        disabled_at: Set(None),
    };
    assert!(twin.insert(&conn).await.is_err(), "email still unique");

    // The column admits "no password".
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(None::<Redacted>))
        .filter(user::Column::Id.eq(user_id))
        .exec(&conn)
        .await
        .unwrap();
    let kept = user::Entity::find_by_id(user_id)
        .one(&conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.password_hash, None);

    // Foreign keys still hold: a session of nobody is refused, deleting the account cascades.
    let orphan = session::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(Uuid::now_v7()),
        created_at: Set(1),
        last_used_at: Set(1),
        expires_at: Set(1),
        revoked_at: Set(None),
        user_agent: Set(None),
        ip: Set(None),
        amr: Set("pwd".into()),
        auth_time: Set(None),
    };
    assert!(orphan.insert(&conn).await.is_err(), "foreign key enforced");
    user::Entity::delete_by_id(user_id)
        .exec(&conn)
        .await
        .unwrap();
    assert_eq!(session::Entity::find().count(&conn).await.unwrap(), 0);
    assert_eq!(quote::Entity::find().count(&conn).await.unwrap(), 0);

    // Running the migrations again changes nothing.
    Migrator::up(&conn, None).await.unwrap();
}

db_tests!(an_account_without_a_password_matches_none_until_a_reset_sets_one,);

/// What an account made through a sign-in provider looks like to the password paths: no
/// password matches (not even an empty one), the failures count like any other, and the reset
/// flow gives it one.
async fn an_account_without_a_password_matches_none_until_a_reset_sets_one(backend: Backend) {
    use crate::email::{REQUEST_RESET, RESET};
    use serde_json::json;
    let app = spawn(backend).await;
    let acct = app.register("nopass").await;
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(None::<Redacted>))
        .filter(user::Column::Id.eq(Uuid::parse_str(&acct.id).unwrap()))
        .exec(&app.state.db)
        .await
        .unwrap();
    for password in [PASSWORD, "", "$argon2id$"] {
        assert_code(
            &app.login(&acct.username, password).await,
            "INVALID_CREDENTIALS",
        );
    }
    let body = app
        .gql(
            "mutation($p: String!) { reauthenticate(password: $p) { accessToken } }",
            json!({ "p": PASSWORD }),
            Some(&acct.access),
        )
        .await;
    assert_code(&body, "INVALID_CREDENTIALS");
    let body = app
        .gql(REQUEST_RESET, json!({ "e": acct.email }), None)
        .await;
    assert_eq!(body["data"]["requestPasswordReset"], true, "{body}");
    let token = app
        .nth_mail_to(&acct.email, 2)
        .await
        .link_token("reset-password");
    let chosen = "a password chosen at last";
    let body = app
        .gql(RESET, json!({ "t": token, "p": chosen }), None)
        .await;
    assert_eq!(body["data"]["resetPassword"], true, "{body}");
    let body = app.login(&acct.username, chosen).await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");
}
