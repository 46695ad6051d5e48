//! Rate-limit counters shared by every instance on the database: one row per rule and subject
//! (the subject hashed), updated by one atomic upsert.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimitBuckets {
    Table,
    Bucket,
    WindowStart,
    Hits,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                crate::table_for(manager)
                    .table(RateLimitBuckets::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(RateLimitBuckets::Bucket)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(RateLimitBuckets::WindowStart)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(RateLimitBuckets::Hits)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        // Purging expired counters: DELETE ... WHERE window_start < ?
        manager
            .create_index(
                Index::create()
                    .name("idx_rate_limit_buckets_window_start")
                    .table(RateLimitBuckets::Table)
                    .col(RateLimitBuckets::WindowStart)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(RateLimitBuckets::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
