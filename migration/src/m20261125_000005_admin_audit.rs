//! Admin operations and the audit log: a `disabled_at` mark on users, an index for counting
//! admins, and the `audit_events` table of security events.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Role,
    DisabledAt,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    UserId,
    At,
    Kind,
    Ip,
    UserAgent,
    Detail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // `has_column` keeps a re-run after a partial failure (MySQL cannot roll back DDL) safe.
        if !manager.has_column("users", "disabled_at").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .add_column(ColumnDef::new(Users::DisabledAt).big_integer().null())
                        .to_owned(),
                )
                .await?;
        }
        // The last-admin rule locks and counts the admins: an index keeps that off a table scan.
        manager
            .create_index(
                Index::create()
                    .name("idx_users_role")
                    .table(Users::Table)
                    .col(Users::Role)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                crate::table_for(manager)
                    .table(AuditEvents::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(AuditEvents::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    // NULL for a failed sign-in with an unknown login, and for the anonymous
                    // `account_deleted` event left after a deletion.
                    .col(ColumnDef::new(AuditEvents::UserId).uuid().null())
                    .col(ColumnDef::new(AuditEvents::At).big_integer().not_null())
                    .col(ColumnDef::new(AuditEvents::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(AuditEvents::Ip).string_len(64).null())
                    .col(
                        ColumnDef::new(AuditEvents::UserAgent)
                            .string_len(512)
                            .null(),
                    )
                    .col(ColumnDef::new(AuditEvents::Detail).string_len(255).null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_audit_events_user")
                            .from(AuditEvents::Table, AuditEvents::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // A user's events newest first, by keyset.
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_events_user_at")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::UserId)
                    .col(AuditEvents::At)
                    .col(AuditEvents::Id)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(AuditEvents::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_users_role")
                    .table(Users::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::DisabledAt)
                    .to_owned(),
            )
            .await
    }
}
