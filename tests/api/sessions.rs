//! Refresh rotation, reuse detection, concurrency, grace, lifetimes, logout scopes and
//! session management.

use std::time::Duration;

use serde_json::json;

use crate::db_tests;
use crate::helpers::*;

db_tests!(
    refresh_rotates_the_pair_in_the_same_session,
    a_retired_refresh_token_revokes_the_session,
    concurrent_refreshes_of_one_token_have_exactly_one_winner,
    the_grace_window_lets_the_just_retired_token_refresh_once_more,
    racing_refreshes_within_the_grace_share_one_successor,
    refresh_tokens_and_sessions_expire,
    logout_scopes_end_the_right_sessions,
    an_explicit_null_scope_logs_out_locally,
    sessions_lists_live_sessions_and_marks_the_current_one,
    revoke_session_is_scoped_to_the_caller,
    an_unknown_refresh_token_is_invalid,
);

async fn refresh_rotates_the_pair_in_the_same_session(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("rotate").await;
    let body = app.refresh(&acct.refresh).await;
    let p = &body["data"]["refresh"];
    let new_refresh = p["refreshToken"].as_str().unwrap();
    let new_access = p["accessToken"].as_str().unwrap();
    assert_ne!(new_refresh, acct.refresh);
    assert_eq!(p["user"]["id"], acct.id.as_str());
    assert_eq!(
        jwt_parts(new_access).1["sid"],
        jwt_parts(&acct.access).1["sid"]
    );
    assert!(app.accepted(new_access).await);
    // The next rotation works from the new token.
    assert!(app.refresh(new_refresh).await["data"]["refresh"].is_object());
}

async fn a_retired_refresh_token_revokes_the_session(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("reuse").await;
    let (other_access, other_refresh) = app.new_session(&acct).await;
    let rotated = app.refresh(&acct.refresh).await;
    let new_refresh = rotated["data"]["refresh"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let new_access = rotated["data"]["refresh"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();

    // Replaying the retired token: INVALID_TOKEN, and the whole session ends.
    let replay = app.refresh(&acct.refresh).await;
    assert_code(&replay, "INVALID_TOKEN");
    assert_code(&app.refresh(&new_refresh).await, "INVALID_TOKEN");
    assert!(!app.accepted(&new_access).await);
    assert!(!app.accepted(&acct.access).await);
    // Another session of the same user is untouched.
    assert!(app.accepted(&other_access).await);
    assert!(app.refresh(&other_refresh).await["data"]["refresh"].is_object());
}

async fn concurrent_refreshes_of_one_token_have_exactly_one_winner(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("race").await;
    let attempts = futures::future::join_all((0..8).map(|_| app.refresh(&acct.refresh))).await;
    let winners: Vec<_> = attempts
        .iter()
        .filter(|b| b["data"]["refresh"].is_object())
        .collect();
    assert_eq!(winners.len(), 1, "{attempts:#?}");
    for loser in attempts
        .iter()
        .filter(|b| !b["data"]["refresh"].is_object())
    {
        assert_code(loser, "INVALID_TOKEN");
    }
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let live = entity::refresh_token::Entity::find()
        .filter(entity::refresh_token::Column::RetiredAt.is_null())
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(
        live, 1,
        "the token was spent once: only the winner's new token exists"
    );
    // Whatever the race did, a later replay of the spent token is reuse: the session ends.
    let replay = app.refresh(&acct.refresh).await;
    assert_code(&replay, "INVALID_TOKEN");
    let winner = &winners[0]["data"]["refresh"];
    assert!(!app.accepted(winner["accessToken"].as_str().unwrap()).await);
}

async fn the_grace_window_lets_the_just_retired_token_refresh_once_more(backend: Backend) {
    let app = spawn_with(backend, &[("REFRESH_REUSE_GRACE", "10s")]).await;
    let acct = app.register("grace").await;
    let sid = jwt_parts(&acct.access).1["sid"].clone();
    let first = app.refresh(&acct.refresh).await;
    assert!(first["data"]["refresh"].is_object(), "{first}");
    // A second tab presents the same token a moment later: a fresh pair, same session.
    app.clock.advance(Duration::from_secs(3));
    let second = app.refresh(&acct.refresh).await;
    let p = &second["data"]["refresh"];
    assert!(p.is_object(), "{second}");
    assert_eq!(jwt_parts(p["accessToken"].as_str().unwrap()).1["sid"], sid);
    let first_refresh = first["data"]["refresh"]["refreshToken"].as_str().unwrap();
    // The same successor, not a second live branch of the session.
    assert_eq!(p["refreshToken"].as_str().unwrap(), first_refresh);
    // Both tabs' tokens work.
    assert!(
        app.accepted(first["data"]["refresh"]["accessToken"].as_str().unwrap())
            .await
    );

    // After the window, the same replay is reuse: the session ends.
    app.clock.advance(Duration::from_secs(10));
    let late = app.refresh(&acct.refresh).await;
    assert_code(&late, "INVALID_TOKEN");
    assert_code(&app.refresh(first_refresh).await, "INVALID_TOKEN");
}

async fn racing_refreshes_within_the_grace_share_one_successor(backend: Backend) {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let app = spawn_with(backend, &[("REFRESH_REUSE_GRACE", "10s")]).await;
    let acct = app.register("tabs").await;
    let live_tokens = || async {
        entity::refresh_token::Entity::find()
            .filter(entity::refresh_token::Column::RetiredAt.is_null())
            .count(&app.state.db)
            .await
            .unwrap()
    };

    // Tabs sharing one token refresh at once, and one of them retries a moment later.
    let racing = futures::future::join_all((0..6).map(|_| app.refresh(&acct.refresh))).await;
    app.clock.advance(Duration::from_secs(3));
    let late = app.refresh(&acct.refresh).await;
    let successors: Vec<&str> = racing
        .iter()
        .chain([&late])
        .map(|b| {
            b["data"]["refresh"]["refreshToken"]
                .as_str()
                .unwrap_or_else(|| panic!("every tab gets a pair: {b}"))
        })
        .collect();
    assert!(
        successors.iter().all(|t| *t == successors[0]),
        "{successors:?}"
    );
    assert_ne!(successors[0], acct.refresh);
    assert_eq!(
        live_tokens().await,
        1,
        "one live refresh token in the session"
    );
    for body in racing.iter().chain([&late]) {
        assert!(
            app.accepted(body["data"]["refresh"]["accessToken"].as_str().unwrap())
                .await
        );
    }

    // The successor rotates as usual; after that the old token is no longer the just-retired
    // one, and replaying it (even within the grace) is reuse: the session ends.
    let next = app.refresh(successors[0]).await;
    let next_access = next["data"]["refresh"]["accessToken"].as_str().unwrap();
    assert!(app.accepted(next_access).await, "{next}");
    assert_eq!(live_tokens().await, 1);
    assert_code(&app.refresh(&acct.refresh).await, "INVALID_TOKEN");
    assert!(!app.accepted(next_access).await);
}

async fn refresh_tokens_and_sessions_expire(backend: Backend) {
    let app = spawn_with(
        backend,
        &[("REFRESH_TOKEN_TTL", "1h"), ("SESSION_MAX_LIFETIME", "3h")],
    )
    .await;
    let acct = app.register("expiry").await;
    // Idle longer than the refresh TTL: the token is dead.
    app.clock.advance(Duration::from_secs(3601));
    assert_code(&app.refresh(&acct.refresh).await, "INVALID_TOKEN");

    // Refreshing every 50 minutes keeps a session alive only up to its absolute lifetime.
    let (_, mut refresh) = app.new_session(&acct).await;
    let mut refreshed = 0;
    loop {
        app.clock.advance(Duration::from_secs(50 * 60));
        let body = app.refresh(&refresh).await;
        match body["data"]["refresh"]["refreshToken"].as_str() {
            Some(next) => {
                refresh = next.to_owned();
                refreshed += 1;
            }
            None => {
                assert_code(&body, "INVALID_TOKEN");
                break;
            }
        }
        assert!(refreshed < 10, "the session never ended");
    }
    // 3 h lifetime: refreshes at 50, 100, 150 min succeed; the one at 200 min fails.
    assert_eq!(refreshed, 3);
}

const LOGOUT: &str = "mutation($s: LogoutScope!) { logout(scope: $s) }";

/// The contract's `scope: LogoutScope = LOCAL` is nullable: null means the default.
async fn an_explicit_null_scope_logs_out_locally(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("nullscope").await;
    let (other, _) = app.new_session(&acct).await;
    let body = app
        .gql(
            "mutation($s: LogoutScope) { logout(scope: $s) }",
            json!({ "s": null }),
            Some(&acct.access),
        )
        .await;
    assert_eq!(body["data"]["logout"], true, "{body}");
    assert!(!app.accepted(&acct.access).await);
    assert!(app.accepted(&other).await);
}

async fn logout_scopes_end_the_right_sessions(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("logout").await;
    let (a2, r2) = app.new_session(&acct).await;
    let (a3, r3) = app.new_session(&acct).await;
    let stranger = app.register("stranger").await;

    // LOCAL (the default) ends only the caller's session.
    let body = app
        .gql("mutation { logout }", json!({}), Some(&acct.access))
        .await;
    assert_eq!(body["data"]["logout"], true, "{body}");
    assert!(!app.accepted(&acct.access).await);
    assert_code(&app.refresh(&acct.refresh).await, "INVALID_TOKEN");
    assert!(app.accepted(&a2).await);
    assert!(app.accepted(&a3).await);

    // OTHERS keeps the caller's session only.
    let (a4, r4) = app.new_session(&acct).await;
    let body = app.gql(LOGOUT, json!({ "s": "OTHERS" }), Some(&a2)).await;
    assert_eq!(body["data"]["logout"], true, "{body}");
    assert!(app.accepted(&a2).await);
    assert!(!app.accepted(&a3).await);
    assert!(!app.accepted(&a4).await);
    assert_code(&app.refresh(&r3).await, "INVALID_TOKEN");
    assert_code(&app.refresh(&r4).await, "INVALID_TOKEN");

    // GLOBAL ends everything of this user, nothing of anyone else's.
    let (a5, _) = app.new_session(&acct).await;
    let body = app.gql(LOGOUT, json!({ "s": "GLOBAL" }), Some(&a5)).await;
    assert_eq!(body["data"]["logout"], true, "{body}");
    assert!(!app.accepted(&a2).await);
    assert!(!app.accepted(&a5).await);
    assert_code(&app.refresh(&r2).await, "INVALID_TOKEN");
    assert!(app.accepted(&stranger.access).await);

    let body = app.gql("mutation { logout }", json!({}), None).await;
    assert_code(&body, "UNAUTHENTICATED");
}

const SESSIONS: &str = "{ sessions { id createdAt lastUsedAt userAgent ip current } }";

async fn sessions_lists_live_sessions_and_marks_the_current_one(backend: Backend) {
    let app = spawn(backend).await;
    let acct = app.register("lister").await;
    let (a2, _) = app.new_session(&acct).await;
    let (a3, _) = app.new_session(&acct).await;
    app.gql("mutation { logout }", json!({}), Some(&a3)).await;

    let body = app.gql(SESSIONS, json!({}), Some(&a2)).await;
    let sessions = body["data"]["sessions"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(sessions.len(), 2, "{body}");
    let current: Vec<_> = sessions.iter().filter(|s| s["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["id"], jwt_parts(&a2).1["sid"]);
    assert_eq!(current[0]["ip"], "127.0.0.1");
    assert!(sessions.iter().all(|s| s["id"] != jwt_parts(&a3).1["sid"]));
}

const REVOKE: &str = "mutation($id: ID!) { revokeSession(id: $id) }";

async fn revoke_session_is_scoped_to_the_caller(backend: Backend) {
    let app = spawn(backend).await;
    let alice = app.register("alice").await;
    let bob = app.register("bob").await;
    let (alice2, _) = app.new_session(&alice).await;
    let alice2_sid = jwt_parts(&alice2).1["sid"].clone();
    let bob_sid = jwt_parts(&bob.access).1["sid"].clone();

    // Someone else's session is NOT_FOUND, exactly like a missing one, and stays live.
    let body = app
        .gql(REVOKE, json!({ "id": bob_sid }), Some(&alice.access))
        .await;
    assert_code(&body, "NOT_FOUND");
    assert!(app.accepted(&bob.access).await);
    let body = app
        .gql(
            REVOKE,
            json!({ "id": uuid::Uuid::now_v7().to_string() }),
            Some(&alice.access),
        )
        .await;
    assert_code(&body, "NOT_FOUND");
    let body = app
        .gql(REVOKE, json!({ "id": "nope" }), Some(&alice.access))
        .await;
    assert_code_field(&body, "BAD_USER_INPUT", "id");

    // Her own other session ends at once.
    let body = app
        .gql(REVOKE, json!({ "id": alice2_sid }), Some(&alice.access))
        .await;
    assert_eq!(body["data"]["revokeSession"], true, "{body}");
    assert!(!app.accepted(&alice2).await);
    assert!(app.accepted(&alice.access).await);
    // Revoking it again: it is no longer live.
    let body = app
        .gql(REVOKE, json!({ "id": alice2_sid }), Some(&alice.access))
        .await;
    assert_code(&body, "NOT_FOUND");
}

async fn an_unknown_refresh_token_is_invalid(backend: Backend) {
    let app = spawn(backend).await;
    for token in ["", "garbage", &"A".repeat(43), &"x".repeat(5000)] {
        let body = app.refresh(token).await;
        assert_code(&body, "INVALID_TOKEN");
    }
    // An access token is not a refresh token.
    let acct = app.register("confused").await;
    assert_code(&app.refresh(&acct.access).await, "INVALID_TOKEN");
}
