//! Housekeeping: a `leases` table (one row per periodic job, claimed by a conditional update so
//! that with several instances on one database exactly one runs each round), and the indexes the
//! purge of expired rows selects by.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Leases {
    Table,
    Name,
    Holder,
    DueAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    ExpiresAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum MfaChallenges {
    Table,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum EmailTokens {
    Table,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                crate::table_for(manager)
                    .table(Leases::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(Leases::Name)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Leases::Holder).string_len(64).not_null())
                    // Microseconds: the job is next due then; until then the lease is held.
                    .col(ColumnDef::new(Leases::DueAt).big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        let indexes = [
            (
                "idx_sessions_expires_at",
                Sessions::Table,
                Sessions::ExpiresAt,
            ),
            (
                "idx_sessions_revoked_at",
                Sessions::Table,
                Sessions::RevokedAt,
            ),
        ];
        for (name, table, col) in indexes {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(col)
                        .if_not_exists()
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_mfa_challenges_expires_at")
                    .table(MfaChallenges::Table)
                    .col(MfaChallenges::ExpiresAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_tokens_expires_at")
                    .table(EmailTokens::Table)
                    .col(EmailTokens::ExpiresAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drops = [
            Index::drop()
                .name("idx_email_tokens_expires_at")
                .table(EmailTokens::Table)
                .to_owned(),
            Index::drop()
                .name("idx_mfa_challenges_expires_at")
                .table(MfaChallenges::Table)
                .to_owned(),
            Index::drop()
                .name("idx_sessions_revoked_at")
                .table(Sessions::Table)
                .to_owned(),
            Index::drop()
                .name("idx_sessions_expires_at")
                .table(Sessions::Table)
                .to_owned(),
        ];
        for drop in drops {
            manager.drop_index(drop).await?;
        }
        manager
            .drop_table(Table::drop().table(Leases::Table).if_exists().to_owned())
            .await
    }
}
