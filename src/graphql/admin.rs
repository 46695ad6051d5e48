//! Resolvers for admin operations (the user directory, roles, password resets, disabling) and
//! the user directory's connection types. Permission checks live in `services::admin`.

use async_graphql::{Context, ID, Object, SimpleObject};
use secrecy::SecretString;

use super::connection::{PageInfo, PageRows};
use super::context::{principal, request, state};
use super::error::GqlResultExt;
use super::types::{Role, User};
use crate::domain::{PageArgs, UserId};
use crate::services::admin::Directory;
use crate::services::audit;

#[derive(SimpleObject, Clone, Debug)]
pub struct UserEdge {
    pub cursor: String,
    pub node: User,
}

/// Every account, newest first, by opaque keyset cursors.
pub struct UserConnection {
    rows: PageRows<User>,
    directory: Directory,
}

/// Every account, newest first, by opaque keyset cursors.
#[Object]
impl UserConnection {
    async fn edges(&self) -> Vec<UserEdge> {
        self.rows.edges(|cursor, node| UserEdge { cursor, node })
    }

    async fn nodes(&self) -> &[User] {
        self.rows.nodes()
    }

    async fn page_info(&self) -> &PageInfo {
        self.rows.page_info()
    }

    /// How many accounts match the search (counted only when asked for).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i32> {
        let n = self.directory.count().await.gql(ctx)?;
        Ok(i32::try_from(n).unwrap_or(i32::MAX))
    }
}

#[derive(Default)]
pub struct AdminQuery;

#[Object]
impl AdminQuery {
    /// ADMIN only. Every account, newest first; `search` is a case-insensitive substring of
    /// the username or the email. first: 0–100, default 20.
    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
    ) -> async_graphql::Result<UserConnection> {
        let p = principal(ctx)?;
        let directory = state(ctx)
            .admin
            .directory(p.user_id, search.as_deref())
            .await
            .gql(ctx)?;
        let args = PageArgs::forward(first, after.as_deref()).gql(ctx)?;
        let page = directory.page(args).await.gql(ctx)?;
        Ok(UserConnection {
            rows: PageRows::from_page(page, User::from),
            directory,
        })
    }

    /// ADMIN only. One account by id (with its security events), or null if there is none.
    async fn user(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<User>> {
        let p = principal(ctx)?;
        let id = UserId::parse("id", &id).gql(ctx)?;
        let user = state(ctx).admin.user(p.user_id, id).await.gql(ctx)?;
        Ok(user.map(User::from))
    }

    /// ADMIN only. Successful and failed sign-ins per UTC day over the last `days` days (1–366,
    /// today included), oldest first, one entry per day (zeros included).
    async fn sign_in_activity(
        &self,
        ctx: &Context<'_>,
        // Nullable with a default: an explicit null (or an unset variable) means 30 too.
        #[graphql(default_with = "Some(30)")] days: Option<i32>,
    ) -> async_graphql::Result<Vec<DailySignIns>> {
        let p = principal(ctx)?;
        let days = u32::try_from(days.unwrap_or(30)).unwrap_or(0);
        let activity = state(ctx)
            .audit
            .sign_in_activity(p.user_id, days)
            .await
            .gql(ctx)?;
        Ok(activity.into_iter().map(DailySignIns::from).collect())
    }
}

/// Sign-ins in one UTC day.
#[derive(SimpleObject, Clone, Debug)]
pub struct DailySignIns {
    /// The day, as YYYY-MM-DD (UTC).
    pub day: String,
    /// Successful sign-ins (SIGN_IN_SUCCEEDED events).
    pub succeeded: i32,
    /// Failed sign-ins (SIGN_IN_FAILED events), unknown logins included.
    pub failed: i32,
}

impl From<audit::DailySignIns> for DailySignIns {
    fn from(d: audit::DailySignIns) -> Self {
        let day = chrono::DateTime::from_timestamp_micros(d.day)
            .map(|t| t.date_naive().to_string())
            .unwrap_or_default();
        Self {
            day,
            succeeded: i32::try_from(d.succeeded).unwrap_or(i32::MAX),
            failed: i32::try_from(d.failed).unwrap_or(i32::MAX),
        }
    }
}

#[derive(Default)]
pub struct AdminMutation;

#[Object]
impl AdminMutation {
    /// ADMIN only. Demoting the last enabled admin is FORBIDDEN.
    async fn set_user_role(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
        role: Role,
    ) -> async_graphql::Result<User> {
        let p = principal(ctx)?;
        let target = UserId::parse("userId", &user_id).gql(ctx)?;
        let user = state(ctx)
            .admin
            .set_role(p, target, role.into(), &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(user.into())
    }

    /// ADMIN only. Sets a new password and revokes every session of that user.
    async fn admin_reset_password(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
        #[graphql(secret)] new_password: String,
    ) -> async_graphql::Result<bool> {
        let p = principal(ctx)?;
        let target = UserId::parse("userId", &user_id).gql(ctx)?;
        state(ctx)
            .admin
            .reset_password(
                p,
                target,
                &SecretString::from(new_password),
                &request(ctx).client,
            )
            .await
            .gql(ctx)?;
        Ok(true)
    }

    /// ADMIN only. A disabled user cannot sign in or refresh; their sessions are revoked.
    /// Disabling the last enabled admin is FORBIDDEN.
    async fn set_user_disabled(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
        disabled: bool,
    ) -> async_graphql::Result<User> {
        let p = principal(ctx)?;
        let target = UserId::parse("userId", &user_id).gql(ctx)?;
        let user = state(ctx)
            .admin
            .set_disabled(p, target, disabled, &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(user.into())
    }

    /// ADMIN only. Turns the user's second factors off (TOTP and passkeys), deletes their recovery codes, revokes their sessions.
    async fn admin_reset_two_factor(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
    ) -> async_graphql::Result<User> {
        let p = principal(ctx)?;
        let target = UserId::parse("userId", &user_id).gql(ctx)?;
        let user = state(ctx)
            .admin
            .reset_two_factor(p, target, &request(ctx).client)
            .await
            .gql(ctx)?;
        Ok(user.into())
    }
}
