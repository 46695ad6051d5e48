//! The purge of expired rows: what goes, what stays (live sessions, and every refresh token of a
//! session that still exists), and one instance per round.

use std::time::Duration;

use entity::{device_token, email_token, mfa_challenge, provider_grant, refresh_token, session};
use portcullis::clock::Clock;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::json;

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    a_purge_round_deletes_what_expired_past_its_keep_window_only,
    one_instance_runs_each_purge_round,
);

const DAY: Duration = Duration::from_secs(86_400);

async fn insert_challenge(app: &TestApp, user_id: uuid::Uuid, expires_in: Duration) -> uuid::Uuid {
    let now = app.clock.now_micros();
    let id = uuid::Uuid::now_v7();
    mfa_challenge::ActiveModel {
        id: Set(id),
        user_id: Set(user_id),
        token_hash: Set(format!("{:064x}", id.as_u128())),
        created_at: Set(now),
        expires_at: Set(now + i64::try_from(expires_in.as_micros()).unwrap()),
        attempts: Set(0),
        used_at: Set(None),
        device_token_id: Set(None),
        first_factor: Set(None),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    id
}

async fn insert_device_token(app: &TestApp, acct: &Account, expires_in: Duration) -> uuid::Uuid {
    let now = app.clock.now_micros();
    let id = uuid::Uuid::now_v7();
    device_token::ActiveModel {
        id: Set(id),
        user_id: Set(acct.id.parse().unwrap()),
        token_hash: Set(format!("{:064x}", id.as_u128())),
        created_at: Set(now),
        expires_at: Set(now + i64::try_from(expires_in.as_micros()).unwrap()),
        last_used_at: Set(None),
        failures: Set(0),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    id
}

async fn insert_email_token(app: &TestApp, acct: &Account, expires_in: Duration) -> uuid::Uuid {
    let now = app.clock.now_micros();
    let id = uuid::Uuid::now_v7();
    email_token::ActiveModel {
        id: Set(id),
        user_id: Set(acct.id.parse().unwrap()),
        purpose: Set("verify".into()),
        token_hash: Set(format!("{:064x}", id.as_u128())),
        email: Set(acct.email.clone()),
        created_at: Set(now),
        expires_at: Set(now + i64::try_from(expires_in.as_micros()).unwrap()),
        used_at: Set(None),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    id
}

async fn insert_provider_grant(app: &TestApp, expires_in: Duration) -> uuid::Uuid {
    let now = app.clock.now_micros();
    let id = uuid::Uuid::now_v7();
    provider_grant::ActiveModel {
        id: Set(id),
        token_hash: Set(format!("{:064x}", id.as_u128())),
        purpose: Set("sign_in".into()),
        provider: Set("github".into()),
        subject: Set(id.to_string()),
        email: Set(None),
        email_verified: Set(false),
        login: Set(None),
        user_id: Set(None),
        created_at: Set(now),
        expires_at: Set(now + i64::try_from(expires_in.as_micros()).unwrap()),
        used_at: Set(None),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    id
}

async fn sessions_of(app: &TestApp, acct: &Account) -> u64 {
    session::Entity::find()
        .filter(session::Column::UserId.eq(acct.id.parse::<uuid::Uuid>().unwrap()))
        .count(&app.state.db)
        .await
        .unwrap()
}

async fn refresh_tokens_of(app: &TestApp, access: &str) -> u64 {
    let sid: uuid::Uuid = jwt_parts(access).1["sid"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    refresh_token::Entity::find()
        .filter(refresh_token::Column::SessionId.eq(sid))
        .count(&app.state.db)
        .await
        .unwrap()
}

async fn a_purge_round_deletes_what_expired_past_its_keep_window_only(backend: Backend) {
    let app = spawn_with(backend, &[("PURGE_INTERVAL", "off")]).await;
    let housekeeping = &app.state.housekeeping;
    // A session that ends (refreshed once, so it has a retired and a live token, then logged
    // out), and one that stays live (also refreshed once).
    let gone = app.register("gone").await;
    let gone_pair = app.refresh(&gone.refresh).await;
    let gone_access = gone_pair["data"]["refresh"]["accessToken"]
        .as_str()
        .unwrap();
    let out = app
        .gql(
            "mutation { logout(scope: LOCAL) }",
            json!({}),
            Some(gone_access),
        )
        .await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    let stays = app.register("stays").await;
    let stays_pair = app.refresh(&stays.refresh).await;
    let stays_refresh = stays_pair["data"]["refresh"]["refreshToken"]
        .as_str()
        .unwrap();
    let stays_access = stays_pair["data"]["refresh"]["accessToken"]
        .as_str()
        .unwrap();
    let user: uuid::Uuid = stays.id.parse().unwrap();
    let short_challenge = insert_challenge(&app, user, Duration::from_secs(300)).await;
    let long_challenge = insert_challenge(&app, user, 30 * DAY).await;
    let short_link = insert_email_token(&app, &stays, Duration::from_secs(3600)).await;
    let long_link = insert_email_token(&app, &stays, 30 * DAY).await;
    let short_device = insert_device_token(&app, &stays, Duration::from_secs(3600)).await;
    let long_device = insert_device_token(&app, &stays, 30 * DAY).await;
    let short_grant = insert_provider_grant(&app, Duration::from_secs(120)).await;
    let long_grant = insert_provider_grant(&app, 30 * DAY).await;
    assert_eq!(refresh_tokens_of(&app, gone_access).await, 2);

    // Two days on: the challenge and the link expired more than a day ago and go; the ended
    // session is kept (a week), and with it both of its tokens.
    app.clock.advance(2 * DAY);
    let first = housekeeping
        .run_if_due()
        .await
        .unwrap()
        .expect("a round is due");
    assert_eq!((first.sessions, first.refresh_tokens), (0, 0), "{first:?}");
    assert!(
        first.mfa_challenges >= 1
            && first.email_tokens >= 1
            && first.device_tokens >= 1
            && first.provider_grants == 1,
        "{first:?}"
    );
    let grant = |id| provider_grant::Entity::find_by_id(id).one(&app.state.db);
    assert!(grant(short_grant).await.unwrap().is_none());
    assert!(grant(long_grant).await.unwrap().is_some());
    let device = |id| device_token::Entity::find_by_id(id).one(&app.state.db);
    assert!(device(short_device).await.unwrap().is_none());
    assert!(device(long_device).await.unwrap().is_some());
    let challenge = |id| mfa_challenge::Entity::find_by_id(id).one(&app.state.db);
    let link = |id| email_token::Entity::find_by_id(id).one(&app.state.db);
    assert!(challenge(short_challenge).await.unwrap().is_none());
    assert!(challenge(long_challenge).await.unwrap().is_some());
    assert!(link(short_link).await.unwrap().is_none());
    assert!(link(long_link).await.unwrap().is_some());
    assert_eq!(sessions_of(&app, &gone).await, 1);
    // Not due again until the interval has passed.
    assert_eq!(housekeeping.run_if_due().await.unwrap(), None);

    // A week after the logout: the ended session goes with its tokens; the live one stays with
    // its retired token (reuse detection needs it) and its live one.
    app.clock.advance(6 * DAY);
    let second = housekeeping.run_if_due().await.unwrap().expect("due again");
    assert_eq!(
        (second.sessions, second.refresh_tokens),
        (1, 2),
        "{second:?}"
    );
    assert_eq!(sessions_of(&app, &gone).await, 0);
    assert_eq!(refresh_tokens_of(&app, gone_access).await, 0);
    assert_eq!(sessions_of(&app, &stays).await, 1);
    assert_eq!(refresh_tokens_of(&app, stays_access).await, 2);
    assert!(challenge(long_challenge).await.unwrap().is_some());
    assert!(link(long_link).await.unwrap().is_some());
    let next = app.refresh(stays_refresh).await;
    assert!(next["data"]["refresh"].is_object(), "{next}");
    // The kept retired token still trips reuse detection.
    assert_code(&app.refresh(&stays.refresh).await, "INVALID_TOKEN");
    assert!(
        !app.accepted(next["data"]["refresh"]["accessToken"].as_str().unwrap())
            .await
    );
}

async fn one_instance_runs_each_purge_round(backend: Backend) {
    let first = spawn_with(backend, &[("PURGE_INTERVAL", "off")]).await;
    let second = spawn_on(first.db.clone(), &[("PURGE_INTERVAL", "off")]).await;
    for round in 0..3 {
        let (a, b) = tokio::join!(
            first.state.housekeeping.run_if_due(),
            second.state.housekeeping.run_if_due()
        );
        let ran = [a.unwrap(), b.unwrap()]
            .iter()
            .filter(|r| r.is_some())
            .count();
        assert_eq!(ran, 1, "round {round}: exactly one instance purges");
        for app in [&first, &second] {
            app.clock.advance(Duration::from_secs(3601));
        }
    }
}
