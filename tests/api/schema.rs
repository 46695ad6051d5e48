//! `schema.graphql` at the project root is the SDL the server exports.

#[test]
fn schema_graphql_matches_the_exported_sdl() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let exported = portcullis::graphql::sdl();
    if committed != exported {
        if std::env::var("UPDATE_SCHEMA").as_deref() == Ok("1") {
            std::fs::write(path, &exported).unwrap();
            return;
        }
        panic!(
            "schema.graphql is out of date: run `cargo run -q -- schema > schema.graphql` \
             (or UPDATE_SCHEMA=1 cargo test schema)"
        );
    }
}
