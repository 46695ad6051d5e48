//! Recent authentication, device tokens and salted recovery codes:
//! - `sessions.auth_time`: when the session's user last proved a credential (null for sessions
//!   opened before this migration: their tokens count as stale until `reauthenticate`);
//! - `device_tokens`: devices that signed in before, exempt from other clients' failures, each
//!   with its own small failure budget;
//! - `mfa_challenges.device_token_id`: the device a second-factor step belongs to;
//! - `recovery_codes.code_phc`: argon2id PHC strings for codes issued from now on (older codes
//!   keep their SHA-256 in `code_hash` and work until used or regenerated).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sessions {
    Table,
    AuthTime,
}

#[derive(DeriveIden)]
enum MfaChallenges {
    Table,
    DeviceTokenId,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    CodePhc,
}

#[derive(DeriveIden)]
enum DeviceTokens {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    LastUsedAt,
    Failures,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per ALTER: SQLite adds only one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Sessions::Table)
                    .add_column(ColumnDef::new(Sessions::AuthTime).big_integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(MfaChallenges::Table)
                    .add_column(ColumnDef::new(MfaChallenges::DeviceTokenId).uuid().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RecoveryCodes::Table)
                    .add_column(ColumnDef::new(RecoveryCodes::CodePhc).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                crate::table_for(manager)
                    .table(DeviceTokens::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(DeviceTokens::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(DeviceTokens::UserId).uuid().not_null())
                    .col(
                        ColumnDef::new(DeviceTokens::TokenHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(DeviceTokens::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(DeviceTokens::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(DeviceTokens::LastUsedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(DeviceTokens::Failures)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_device_tokens_token_hash")
                    .table(DeviceTokens::Table)
                    .col(DeviceTokens::TokenHash)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_device_tokens_user_id")
                    .table(DeviceTokens::Table)
                    .col(DeviceTokens::UserId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        // Purging expired tokens.
        manager
            .create_index(
                Index::create()
                    .name("idx_device_tokens_expires_at")
                    .table(DeviceTokens::Table)
                    .col(DeviceTokens::ExpiresAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(DeviceTokens::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await?;
        for (table, column) in [
            (Sessions::Table.into_iden(), Sessions::AuthTime.into_iden()),
            (
                MfaChallenges::Table.into_iden(),
                MfaChallenges::DeviceTokenId.into_iden(),
            ),
            (
                RecoveryCodes::Table.into_iden(),
                RecoveryCodes::CodePhc.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
