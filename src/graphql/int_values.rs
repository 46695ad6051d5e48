//! Int values outside 32 bits, refused before anything runs as the GraphQL spec asks ("Values of
//! Correct Type", and variable coercion): async-graphql's validation accepts any 64-bit literal
//! where an Int is expected and only fails later, inside the field, when it converts to `i32`.
//! This walks the document's literal arguments and the request's variables against the schema.

use std::collections::HashMap;
use std::convert::Infallible;

use async_graphql::parser::types::{ExecutableDocument, OperationType, Selection, SelectionSet};
use async_graphql::registry::{MetaType, MetaTypeName, Registry};
use async_graphql::{
    ErrorExtensionValues, OutputType, Pos, ServerError, Value as ConstValue, Variables,
};

/// The schema's object fields and input objects, with the type (as SDL, `[Int!]!`) of each
/// argument and input field: all this check needs to know where an Int is expected.
pub struct IntRange {
    query: String,
    mutation: String,
    /// Object type → field name → field.
    objects: HashMap<String, HashMap<String, FieldTypes>>,
    /// Input object → field → type.
    inputs: HashMap<String, HashMap<String, String>>,
}

/// A field's type and its arguments' types.
struct FieldTypes {
    ty: String,
    args: HashMap<String, String>,
}

impl IntRange {
    pub fn of<Q: OutputType, M: OutputType>() -> Self {
        let mut registry = Registry::default();
        let query = Q::create_type_info(&mut registry);
        let mutation = M::create_type_info(&mut registry);
        let mut objects = HashMap::new();
        let mut inputs = HashMap::new();
        for (name, ty) in &registry.types {
            match ty {
                MetaType::Object { fields, .. } | MetaType::Interface { fields, .. } => {
                    let fields = fields
                        .values()
                        .map(|f| {
                            let args = f
                                .args
                                .values()
                                .map(|a| (a.name.clone(), a.ty.clone()))
                                .collect();
                            (
                                f.name.clone(),
                                FieldTypes {
                                    ty: f.ty.clone(),
                                    args,
                                },
                            )
                        })
                        .collect();
                    objects.insert(name.clone(), fields);
                }
                MetaType::InputObject { input_fields, .. } => {
                    let fields = input_fields
                        .values()
                        .map(|f| (f.name.clone(), f.ty.clone()))
                        .collect();
                    inputs.insert(name.clone(), fields);
                }
                _ => {}
            }
        }
        Self {
            query: MetaTypeName::concrete_typename(&query).to_owned(),
            mutation: MetaTypeName::concrete_typename(&mutation).to_owned(),
            objects,
            inputs,
        }
    }

    /// BAD_USER_INPUT (with `field`: the argument or variable) for the first Int outside 32
    /// bits, in a literal argument, a variable's default, or a variable's value.
    pub fn check(
        &self,
        doc: &ExecutableDocument,
        variables: &Variables,
    ) -> Result<(), ServerError> {
        self.check_variables(doc, variables)?;
        self.check_document(doc)
    }

    /// What the document itself holds: literal arguments and variables' defaults (once per
    /// document: cached documents are not checked again).
    pub fn check_document(&self, doc: &ExecutableDocument) -> Result<(), ServerError> {
        for (_, op) in doc.operations.iter() {
            for def in &op.node.variable_definitions {
                if let Some(default) = &def.node.default_value {
                    let ty = def.node.var_type.node.to_string();
                    self.check_value(&default.node, &ty).map_err(|n| {
                        out_of_range(n, def.node.name.node.as_str(), Some(default.pos))
                    })?;
                }
            }
            let root = match op.node.ty {
                OperationType::Query => &self.query,
                OperationType::Mutation => &self.mutation,
                OperationType::Subscription => continue,
            };
            self.check_selections(&op.node.selection_set.node, root)?;
        }
        // Each fragment once, on its own type condition, wherever it is spread.
        for fragment in doc.fragments.values() {
            let on = fragment.node.type_condition.node.on.node.as_str();
            self.check_selections(&fragment.node.selection_set.node, on)?;
        }
        Ok(())
    }

    /// The request's variable values (every request).
    pub fn check_variables(
        &self,
        doc: &ExecutableDocument,
        variables: &Variables,
    ) -> Result<(), ServerError> {
        for (_, op) in doc.operations.iter() {
            for def in &op.node.variable_definitions {
                if let Some(value) = variables.get(&def.node.name.node) {
                    let ty = def.node.var_type.node.to_string();
                    self.check_value(value, &ty).map_err(|n| {
                        out_of_range(n, def.node.name.node.as_str(), Some(def.node.name.pos))
                    })?;
                }
            }
        }
        Ok(())
    }

    fn check_selections(&self, set: &SelectionSet, parent: &str) -> Result<(), ServerError> {
        for item in &set.items {
            match &item.node {
                Selection::Field(f) => {
                    // Unknown fields are validation's business; introspection takes no Int.
                    let Some(FieldTypes { ty, args }) = self
                        .objects
                        .get(parent)
                        .and_then(|fields| fields.get(f.node.name.node.as_str()))
                    else {
                        continue;
                    };
                    for (name, value) in &f.node.arguments {
                        let Some(arg_ty) = args.get(name.node.as_str()) else {
                            continue;
                        };
                        // Variables are checked with their values, once.
                        let Ok(constant) = value
                            .node
                            .clone()
                            .into_const_with(|_| Ok::<_, Infallible>(ConstValue::Null));
                        self.check_value(&constant, arg_ty)
                            .map_err(|n| out_of_range(n, name.node.as_str(), Some(value.pos)))?;
                    }
                    self.check_selections(
                        &f.node.selection_set.node,
                        MetaTypeName::concrete_typename(ty),
                    )?;
                }
                Selection::InlineFragment(i) => {
                    let on = i
                        .node
                        .type_condition
                        .as_ref()
                        .map_or(parent, |c| c.node.on.node.as_str());
                    self.check_selections(&i.node.selection_set.node, on)?;
                }
                Selection::FragmentSpread(_) => {}
            }
        }
        Ok(())
    }

    /// The offending number, if `value` holds an Int outside 32 bits where `ty` expects one.
    fn check_value(&self, value: &ConstValue, ty: &str) -> Result<(), i64> {
        match (MetaTypeName::create(ty), value) {
            (MetaTypeName::NonNull(inner), _) => self.check_value(value, inner),
            (MetaTypeName::List(inner), ConstValue::List(items)) => items
                .iter()
                .try_for_each(|item| self.check_value(item, inner)),
            // A single value where a list is expected is coerced to a list of one.
            (MetaTypeName::List(inner), _) => self.check_value(value, inner),
            (MetaTypeName::Named("Int"), ConstValue::Number(n)) => match n.as_i64() {
                Some(i) if i32::try_from(i).is_err() => Err(i),
                _ => Ok(()),
            },
            (MetaTypeName::Named(name), ConstValue::Object(fields)) => {
                let Some(known) = self.inputs.get(name) else {
                    return Ok(());
                };
                fields.iter().try_for_each(|(key, v)| {
                    known
                        .get(key.as_str())
                        .map_or(Ok(()), |field_ty| self.check_value(v, field_ty))
                })
            }
            _ => Ok(()),
        }
    }
}

fn out_of_range(n: i64, field: &str, pos: Option<Pos>) -> ServerError {
    let mut err = ServerError::new(
        format!(
            "Int cannot represent non 32-bit signed integer value: {n} (in `{field}`); \
             Int values are from -2147483648 to 2147483647."
        ),
        pos,
    );
    let mut ext = ErrorExtensionValues::default();
    ext.set("code", "BAD_USER_INPUT");
    ext.set("field", field);
    err.extensions = Some(ext);
    err
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphql::{MutationRoot, QueryRoot};

    fn verdict(query: &str, variables: serde_json::Value) -> Result<(), String> {
        let doc = async_graphql::parser::parse_query(query).unwrap();
        let variables = Variables::from_json(variables);
        IntRange::of::<QueryRoot, MutationRoot>()
            .check(&doc, &variables)
            .map_err(|e| e.message)
    }

    #[test]
    fn ints_outside_32_bits_are_refused_wherever_they_are() {
        let none = serde_json::json!({});
        assert!(verdict("{ quotes(first: 2147483647) { totalCount } }", none.clone()).is_ok());
        assert!(
            verdict(
                "{ quotes(first: -2147483648) { totalCount } }",
                none.clone()
            )
            .is_ok()
        );
        assert!(verdict("{ quotes(first: 2147483648) { totalCount } }", none.clone()).is_err());
        assert!(verdict("{ quotes(last: -2147483649) { totalCount } }", none.clone()).is_err());
        // Through fragments, inline or named.
        assert!(
            verdict(
                "{ ... on Query { users(first: 9999999999) { totalCount } } }",
                none.clone()
            )
            .is_err()
        );
        assert!(
            verdict(
                "{ ...F } fragment F on Query { quotes(first: 9999999999) { totalCount } }",
                none.clone()
            )
            .is_err()
        );
        // Variables, and their defaults.
        assert!(
            verdict(
                "query($n: Int) { quotes(first: $n) { totalCount } }",
                serde_json::json!({ "n": 2147483648_i64 })
            )
            .is_err()
        );
        assert!(
            verdict(
                "query($n: Int) { quotes(first: $n) { totalCount } }",
                serde_json::json!({ "n": 5 })
            )
            .is_ok()
        );
        assert!(
            verdict(
                "query($n: Int = 2147483648) { quotes(first: $n) { totalCount } }",
                none.clone()
            )
            .is_err()
        );
        assert!(
            verdict(
                "query($n: [Int!]) { __typename }",
                serde_json::json!({ "n": [1, 4294967296_i64] })
            )
            .is_err()
        );
        // Elsewhere than an Int, a large number is not this check's business.
        assert!(
            verdict(
                "query($s: String) { quotes(after: $s) { totalCount } }",
                serde_json::json!({ "s": 2147483648_i64 })
            )
            .is_ok()
        );
    }
}
