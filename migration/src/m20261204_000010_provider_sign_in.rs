//! Sign-in with other providers (OpenID Connect, GitHub, Facebook):
//! - `user_identities`: a provider account linked to a Portcullis account, keyed by
//!   (provider, subject) — never by email — and at most one per provider per account;
//! - `provider_flows`: a sign-in started at `/auth/{provider}/start`, waiting for the provider's
//!   answer: the hashes of its `state` and of the browser binding, the nonce, the PKCE verifier
//!   (encrypted) and where the app wants the answer;
//! - `provider_grants`: what a finished flow proved (the provider account), held behind a
//!   single-use code the app exchanges, or behind a link token while the user proves the account
//!   an address belongs to;
//! - `mfa_challenges.first_factor`: what opened a second-factor step (NULL: a password).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum UserIdentities {
    Table,
    Id,
    UserId,
    Provider,
    Subject,
    Email,
    Login,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum ProviderFlows {
    Table,
    Id,
    Provider,
    StateHash,
    BindingHash,
    Nonce,
    PkceVerifierEnc,
    RedirectUri,
    AppState,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum ProviderGrants {
    Table,
    Id,
    TokenHash,
    Purpose,
    Provider,
    Subject,
    Email,
    EmailVerified,
    Login,
    UserId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum MfaChallenges {
    Table,
    FirstFactor,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                crate::table_for(manager)
                    .table(UserIdentities::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(UserIdentities::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(UserIdentities::UserId).uuid().not_null())
                    .col(
                        ColumnDef::new(UserIdentities::Provider)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(UserIdentities::Subject)
                            .string_len(255)
                            .not_null(),
                    )
                    .col(ColumnDef::new(UserIdentities::Email).string_len(320).null())
                    .col(ColumnDef::new(UserIdentities::Login).string_len(255).null())
                    .col(
                        ColumnDef::new(UserIdentities::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(UserIdentities::LastUsedAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_user_identities_user")
                            .from(UserIdentities::Table, UserIdentities::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_user_identities_provider_subject")
                    .table(UserIdentities::Table)
                    .col(UserIdentities::Provider)
                    .col(UserIdentities::Subject)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_user_identities_user_provider")
                    .table(UserIdentities::Table)
                    .col(UserIdentities::UserId)
                    .col(UserIdentities::Provider)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                crate::table_for(manager)
                    .table(ProviderFlows::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(ProviderFlows::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ProviderFlows::Provider)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderFlows::StateHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderFlows::BindingHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderFlows::Nonce)
                            .string_len(128)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderFlows::PkceVerifierEnc)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProviderFlows::RedirectUri).text().not_null())
                    .col(
                        ColumnDef::new(ProviderFlows::AppState)
                            .string_len(512)
                            .null(),
                    )
                    .col(
                        ColumnDef::new(ProviderFlows::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderFlows::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProviderFlows::UsedAt).big_integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_provider_flows_state_hash")
                    .table(ProviderFlows::Table)
                    .col(ProviderFlows::StateHash)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_provider_flows_expires_at")
                    .table(ProviderFlows::Table)
                    .col(ProviderFlows::ExpiresAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                crate::table_for(manager)
                    .table(ProviderGrants::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(ProviderGrants::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ProviderGrants::TokenHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderGrants::Purpose)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderGrants::Provider)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderGrants::Subject)
                            .string_len(255)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProviderGrants::Email).string_len(320).null())
                    .col(
                        ColumnDef::new(ProviderGrants::EmailVerified)
                            .boolean()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProviderGrants::Login).string_len(255).null())
                    .col(ColumnDef::new(ProviderGrants::UserId).uuid().null())
                    .col(
                        ColumnDef::new(ProviderGrants::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProviderGrants::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProviderGrants::UsedAt).big_integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_provider_grants_token_hash")
                    .table(ProviderGrants::Table)
                    .col(ProviderGrants::TokenHash)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_provider_grants_expires_at")
                    .table(ProviderGrants::Table)
                    .col(ProviderGrants::ExpiresAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(MfaChallenges::Table)
                    .add_column(
                        ColumnDef::new(MfaChallenges::FirstFactor)
                            .string_len(16)
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(MfaChallenges::Table)
                    .drop_column(MfaChallenges::FirstFactor)
                    .to_owned(),
            )
            .await?;
        for table in [
            ProviderGrants::Table.into_iden(),
            ProviderFlows::Table.into_iden(),
            UserIdentities::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
