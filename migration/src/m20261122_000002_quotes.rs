//! Each user's quotes. `text_fold` / `author_fold` hold the lower-cased values that the
//! case-insensitive filters compare, so results are identical on every database (SQLite's LOWER
//! and MySQL's `_ci` collations would each disagree on non-ASCII text).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Quotes {
    Table,
    Id,
    UserId,
    Text,
    Author,
    TextFold,
    AuthorFold,
    CreatedAt,
    UpdatedAt,
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
                    .table(Quotes::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(Quotes::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Quotes::UserId).uuid().not_null())
                    .col(ColumnDef::new(Quotes::Text).text().not_null())
                    .col(ColumnDef::new(Quotes::Author).text().not_null())
                    .col(ColumnDef::new(Quotes::TextFold).text().not_null())
                    .col(ColumnDef::new(Quotes::AuthorFold).text().not_null())
                    .col(ColumnDef::new(Quotes::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Quotes::UpdatedAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_quotes_user")
                            .from(Quotes::Table, Quotes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Keyset pages: WHERE user_id = ? AND (created_at, id) < cursor ORDER BY created_at
        // DESC, id DESC — one range scan of this index, however many quotes the user has.
        manager
            .create_index(
                Index::create()
                    .name("idx_quotes_owner_created")
                    .table(Quotes::Table)
                    .col(Quotes::UserId)
                    .col(Quotes::CreatedAt)
                    .col(Quotes::Id)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Quotes::Table).if_exists().to_owned())
            .await
    }
}
