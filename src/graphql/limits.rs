//! What one request may ask of the server, checked before anything runs: the size of the query
//! text, aliases, top-level fields, depth (introspection subtrees exempt), Int values within 32
//! bits, and at most one credential-checking field per document (so one request cannot try
//! 1,000 passwords). Complexity is async-graphql's own limit. Also the per-address rate-limit
//! guard for resolvers.
//!
//! The checks run on the parsed document, once per document (`documents` caches what passed),
//! not in an async-graphql extension: with no extension registered, the executor skips its
//! per-field extension chain.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use async_graphql::parser::Positioned;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::registry::{MetaInputValue, MetaType, MetaTypeName, Registry};
use async_graphql::{
    Context, ErrorExtensionValues, Guard, Name, OutputType, Pos, ServerError, ServerResult,
    Variables,
};

use super::context::{request, state};
use super::error::gql_error;
use super::int_values::IntRange;
use crate::config::GraphqlLimits;
use crate::error::AppError;
use crate::services::rate_limits::IpRule;

/// Parser limits: how deeply selections may nest while parsing, and directives per field.
/// Configurable limits (depth, complexity, aliases...) are in `GraphqlLimits`; the defaults are
/// generous for every query in the contract, tight enough that a document cannot make the
/// server do unbounded work.
pub const MAX_RECURSIVE_DEPTH: usize = 32;
pub const MAX_DIRECTIVES: usize = 16;

/// Top-level fields that send mail without taking a secret: limited like credential checks,
/// so that one document cannot mail an address many times.
const MAIL_SENDING_FIELDS: &[&str] = &["requestPasswordReset", "requestEmailVerification"];

/// The mutation fields a document may hold only one of: every one that takes a secret (an
/// argument, or an input-object field, marked `#[graphql(secret)]`: a password, a code, a
/// token), read from the schema's own registry so that a new such field cannot be forgotten,
/// and the fields that send mail.
pub fn credential_fields<M: OutputType>() -> HashSet<String> {
    let mut registry = Registry::default();
    let mutation = M::create_type_info(&mut registry);
    let takes_secret = |arg: &MetaInputValue| {
        arg.is_secret
            || match registry.types.get(MetaTypeName::concrete_typename(&arg.ty)) {
                Some(MetaType::InputObject { input_fields, .. }) => {
                    input_fields.values().any(|f| f.is_secret)
                }
                _ => false,
            }
    };
    let mut names: HashSet<String> = match registry
        .types
        .get(MetaTypeName::concrete_typename(&mutation))
    {
        Some(MetaType::Object { fields, .. }) => fields
            .values()
            .filter(|field| field.args.values().any(takes_secret))
            .map(|field| field.name.clone())
            .collect(),
        _ => HashSet::new(),
    };
    names.extend(MAIL_SENDING_FIELDS.iter().map(|name| (*name).to_owned()));
    names
}

/// `#[graphql(guard = "PerIp(IpRule::Login)")]`: counts the call against the client address's
/// budget for that rule, before the resolver runs.
pub struct PerIp(pub IpRule);

impl Guard for PerIp {
    async fn check(&self, ctx: &Context<'_>) -> async_graphql::Result<()> {
        state(ctx)
            .limits
            .check_ip(self.0, &request(ctx).client)
            .map_err(|e| gql_error(ctx, e))
    }
}

/// `GraphqlLimits` and the other document rules, for `documents` to run on each new document.
pub struct DocumentChecks {
    pub limits: GraphqlLimits,
    pub introspection: bool,
    /// See [`credential_fields`].
    pub credential_fields: Arc<HashSet<String>>,
    /// Where the schema expects an Int.
    pub ints: Arc<IntRange>,
}

impl DocumentChecks {
    /// Parses `query` and checks the document: its size first, async-graphql's own nesting and
    /// directive limits next (they bound the walks that follow), then ours. The executor checks
    /// nesting and directives again on the cached copy it gets; that is cheap.
    pub fn parse(&self, query: &str) -> ServerResult<ExecutableDocument> {
        if query.len() > self.limits.max_query_bytes {
            return Err(too_complex(
                format!(
                    "The query is {} bytes long; at most {} are allowed.",
                    query.len(),
                    self.limits.max_query_bytes
                ),
                None,
            ));
        }
        let doc = async_graphql::parser::parse_query(query)?;
        check_recursive_depth(&doc, MAX_RECURSIVE_DEPTH)?;
        check_max_directives(&doc, MAX_DIRECTIVES)?;
        check(
            &doc,
            &self.limits,
            self.introspection,
            &self.credential_fields,
        )?;
        self.ints.check_document(&doc)?;
        Ok(doc)
    }

    /// What depends on the request: its variables' values.
    pub fn check_variables(
        &self,
        doc: &ExecutableDocument,
        variables: &Variables,
    ) -> ServerResult<()> {
        self.ints.check_variables(doc, variables)
    }

    /// With introspection off, validation errors must not name fields or arguments either:
    /// `disable_suggestions` covers fields and field arguments; this covers what it misses
    /// (directive arguments).
    pub fn strip_suggestions(&self, errors: &mut [ServerError]) {
        if self.introspection {
            return;
        }
        for error in errors {
            if let Some(at) = error.message.find(" Did you mean") {
                error.message.truncate(at);
            }
        }
    }
}

/// async-graphql's nesting limit (`limit_recursive_depth`), with its message, before our own
/// recursive walks.
fn check_recursive_depth(doc: &ExecutableDocument, max: usize) -> ServerResult<()> {
    fn walk(
        doc: &ExecutableDocument,
        set: &Positioned<SelectionSet>,
        depth: usize,
        max: usize,
    ) -> ServerResult<()> {
        if depth > max {
            return Err(ServerError::new(
                format!("The recursion depth of the query cannot be greater than `{max}`"),
                Some(set.pos),
            ));
        }
        for item in &set.node.items {
            match &item.node {
                Selection::Field(f) => {
                    if !f.node.selection_set.node.items.is_empty() {
                        walk(doc, &f.node.selection_set, depth + 1, max)?;
                    }
                }
                Selection::FragmentSpread(s) => {
                    if let Some(fragment) = doc.fragments.get(&s.node.fragment_name.node) {
                        walk(doc, &fragment.node.selection_set, depth + 1, max)?;
                    }
                }
                Selection::InlineFragment(i) => walk(doc, &i.node.selection_set, depth + 1, max)?,
            }
        }
        Ok(())
    }
    for (_, op) in doc.operations.iter() {
        walk(doc, &op.node.selection_set, 0, max)?;
    }
    Ok(())
}

/// async-graphql's directive limit (`limit_directives`), with its message.
fn check_max_directives(doc: &ExecutableDocument, max: usize) -> ServerResult<()> {
    fn walk(
        doc: &ExecutableDocument,
        set: &Positioned<SelectionSet>,
        max: usize,
        seen: &mut HashSet<Name>,
    ) -> ServerResult<()> {
        for item in &set.node.items {
            match &item.node {
                Selection::Field(f) => {
                    if f.node.directives.len() > max {
                        return Err(ServerError::new(
                            format!(
                                "The number of directives on the field `{}` cannot be greater than `{max}`",
                                f.node.name.node
                            ),
                            Some(f.pos),
                        ));
                    }
                    walk(doc, &f.node.selection_set, max, seen)?;
                }
                Selection::FragmentSpread(s) => {
                    let name = &s.node.fragment_name.node;
                    if seen.insert(name.clone())
                        && let Some(fragment) = doc.fragments.get(name)
                    {
                        walk(doc, &fragment.node.selection_set, max, seen)?;
                    }
                }
                Selection::InlineFragment(i) => walk(doc, &i.node.selection_set, max, seen)?,
            }
        }
        Ok(())
    }
    for (_, op) in doc.operations.iter() {
        walk(doc, &op.node.selection_set, max, &mut HashSet::new())?;
    }
    Ok(())
}

fn check(
    doc: &ExecutableDocument,
    limits: &GraphqlLimits,
    introspection: bool,
    credentials: &HashSet<String>,
) -> ServerResult<()> {
    let mut aliases = 0;
    for (_, op) in doc.operations.iter() {
        aliases += count_aliases(&op.node.selection_set.node);
    }
    for fragment in doc.fragments.values() {
        aliases += count_aliases(&fragment.node.selection_set.node);
    }
    if aliases > limits.max_aliases {
        return Err(too_complex(
            format!(
                "The document has {aliases} aliases; at most {} are allowed.",
                limits.max_aliases
            ),
            None,
        ));
    }

    let mut depths = HashMap::new();
    for (_, op) in doc.operations.iter() {
        let depth = depth(doc, &op.node.selection_set.node, &mut depths);
        if depth > limits.max_depth {
            return Err(too_complex(
                format!(
                    "The operation nests fields {depth} levels deep; at most {} are allowed \
                     (fields inside __schema and __type do not count).",
                    limits.max_depth
                ),
                Some(op.pos),
            ));
        }
    }

    let mut credential_fields = Vec::new();
    for (_, op) in doc.operations.iter() {
        let mut fields = Vec::new();
        let mut seen = HashSet::new();
        root_fields(doc, &op.node.selection_set.node, &mut seen, &mut fields);
        if fields.len() > limits.max_root_fields {
            return Err(too_complex(
                format!(
                    "The operation has {} top-level fields; at most {} are allowed.",
                    fields.len(),
                    limits.max_root_fields
                ),
                Some(op.pos),
            ));
        }
        if !introspection
            && let Some((_, pos)) = fields
                .iter()
                .find(|(name, _)| INTROSPECTION_FIELDS.contains(&name.as_str()))
        {
            return Err(error(
                "Introspection is disabled on this server.".to_owned(),
                Some(*pos),
                "BAD_USER_INPUT",
            ));
        }
        credential_fields.extend(
            fields
                .into_iter()
                .filter(|(name, _)| credentials.contains(name.as_str())),
        );
    }
    if let [_, (name, pos), ..] = credential_fields.as_slice() {
        return Err(too_complex(
            format!(
                "A document may contain only one field that checks credentials; \
                 `{name}` is another. Send one request per attempt."
            ),
            Some(*pos),
        ));
    }
    Ok(())
}

fn count_aliases(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(f) => {
                usize::from(f.node.alias.is_some()) + count_aliases(&f.node.selection_set.node)
            }
            Selection::InlineFragment(i) => count_aliases(&i.node.selection_set.node),
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

/// How deeply fields nest in a selection set, through fragments: a top-level field is depth 1.
/// `__schema` and `__type` count as one level whatever they hold, so that the standard
/// introspection queries (TypeRef nests `ofType` 7–9 deep) pass; the parser's nesting limit and
/// the complexity limit still bound them. Each fragment's depth is computed once (`memo`); a
/// fragment that spreads itself counts as 0 here, and validation refuses it later.
fn depth<'a>(
    doc: &'a ExecutableDocument,
    set: &'a SelectionSet,
    memo: &mut HashMap<&'a Name, Option<usize>>,
) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(f) => {
                if INTROSPECTION_FIELDS.contains(&f.node.name.node.as_str()) {
                    1
                } else {
                    1 + depth(doc, &f.node.selection_set.node, memo)
                }
            }
            Selection::InlineFragment(i) => depth(doc, &i.node.selection_set.node, memo),
            Selection::FragmentSpread(s) => {
                let name = &s.node.fragment_name.node;
                match (memo.get(name), doc.fragments.get(name)) {
                    (Some(known), _) => known.unwrap_or(0),
                    (None, None) => 0,
                    (None, Some(fragment)) => {
                        // In progress: a cycle meets `Some(None)` above.
                        memo.insert(name, None);
                        let d = depth(doc, &fragment.node.selection_set.node, memo);
                        memo.insert(name, Some(d));
                        d
                    }
                }
            }
        })
        .max()
        .unwrap_or(0)
}

const INTROSPECTION_FIELDS: &[&str] = &["__schema", "__type"];

/// The top-level fields an operation runs, through fragments (each fragment counted once, as
/// the executor merges repeated spreads).
fn root_fields<'a>(
    doc: &'a ExecutableDocument,
    set: &'a SelectionSet,
    seen: &mut HashSet<&'a Name>,
    out: &mut Vec<(&'a Name, Pos)>,
) {
    for item in &set.items {
        match &item.node {
            Selection::Field(f) => out.push((&f.node.name.node, f.pos)),
            Selection::InlineFragment(i) => root_fields(doc, &i.node.selection_set.node, seen, out),
            Selection::FragmentSpread(s) => {
                let name = &s.node.fragment_name.node;
                if let Some(fragment) = doc.fragments.get(name)
                    && seen.insert(name)
                {
                    root_fields(doc, &fragment.node.selection_set.node, seen, out);
                }
            }
        }
    }
}

fn too_complex(message: String, pos: Option<Pos>) -> ServerError {
    error(message, pos, AppError::QueryTooComplex.code())
}

pub(super) fn error(message: String, pos: Option<Pos>, code: &str) -> ServerError {
    let mut err = ServerError::new(message, pos);
    let mut ext = ErrorExtensionValues::default();
    ext.set("code", code);
    err.extensions = Some(ext);
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(query: &str) -> Result<(), String> {
        let doc = async_graphql::parser::parse_query(query).unwrap();
        let credentials = ["login", "refresh", "verifyTotp"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        check(&doc, &GraphqlLimits::default(), true, &credentials).map_err(|e| e.message)
    }

    #[test]
    fn one_credential_field_per_document() {
        assert!(
            verdict("mutation { login(input: {login: \"a\", password: \"b\"}) { __typename } }")
                .is_ok()
        );
        assert!(verdict("mutation { a: login(input: {login: \"a\", password: \"b\"}) { __typename } b: login(input: {login: \"a\", password: \"c\"}) { __typename } }").is_err());
        assert!(verdict("mutation { refresh(refreshToken: \"x\") { accessToken } verifyTotp(mfaToken: \"x\", code: \"1\") { accessToken } }").is_err());
        // Through fragments, and across operations.
        assert!(verdict("mutation { ...F ... on Mutation { refresh(refreshToken: \"y\") { accessToken } } } fragment F on Mutation { refresh(refreshToken: \"x\") { accessToken } }").is_err());
        assert!(verdict("mutation A { refresh(refreshToken: \"x\") { accessToken } } mutation B { refresh(refreshToken: \"y\") { accessToken } }").is_err());
        // One fragment spread twice runs once.
        assert!(verdict("mutation { ...F ...F } fragment F on Mutation { refresh(refreshToken: \"x\") { accessToken } }").is_ok());
    }

    #[test]
    fn depth_counts_through_fragments_but_not_inside_introspection() {
        let nest = |n: usize| format!("{} id {}", "me {".repeat(n), "}".repeat(n));
        // 12 levels pass, 13 do not, written out or through fragments.
        assert!(verdict(&format!("{{ {} }}", nest(11))).is_ok());
        assert!(
            verdict(&format!("{{ {} }}", nest(12)))
                .unwrap_err()
                .contains("13 levels")
        );
        assert!(
            verdict(&format!(
                "{{ me {{ ...A }} }} fragment A on User {{ ...B }} fragment B on User {{ {} }}",
                nest(11)
            ))
            .unwrap_err()
            .contains("13 levels")
        );
        // Introspection subtrees count as one level, wherever they are written.
        let type_ref = format!("{} name {}", "ofType {".repeat(20), "}".repeat(20));
        assert!(
            verdict(&format!(
                "{{ __schema {{ types {{ fields {{ type {{ {type_ref} }} }} }} }} }}"
            ))
            .is_ok()
        );
        assert!(
            verdict(&format!(
                "{{ ...F }} fragment F on Query {{ __type(name: \"User\") {{ {type_ref} }} }}"
            ))
            .is_ok()
        );
        // A fragment spread many times is measured once; cycles do not loop.
        let wide = (0..200).map(|_| "...A").collect::<Vec<_>>().join(" ");
        assert!(
            verdict(&format!(
                "{{ me {{ {wide} }} }} fragment A on User {{ id }}"
            ))
            .is_ok()
        );
        assert!(
            verdict("{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }")
                .is_ok()
        );
    }

    #[test]
    fn aliases_and_root_fields_are_capped() {
        let many = (0..31)
            .map(|i| format!("a{i}: me {{ id }}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            verdict(&format!("{{ {many} }}"))
                .unwrap_err()
                .contains("aliases")
        );
        let wide = (0..21).map(|_| "me { id }").collect::<Vec<_>>().join(" ");
        assert!(
            verdict(&format!("{{ {wide} }}"))
                .unwrap_err()
                .contains("top-level")
        );
        // Fragments that spread each other do not loop.
        assert!(
            verdict("{ ...A } fragment A on Query { ...B me { id } } fragment B on Query { ...A }")
                .is_ok()
        );
    }
}
