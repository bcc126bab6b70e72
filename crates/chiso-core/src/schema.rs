//! The JSON Schema of `chiso/1`, generated from the model types (only with the `schema` feature).
//!
//! Descriptions come from the doc comments of [`crate::model`] (English), each followed by its
//! Vietnamese translation from `schema_vi.rs`, so that an editor shows both. A copy is committed
//! at `pkg/schema/chiso-1.schema.json`; a test keeps it equal to [`schema`].

use crate::model::{Dataset, FORMAT_V1};
use serde_json::{Map, Value};

/// The schema's `$id`.
pub const SCHEMA_ID: &str = "https://chiso.invalid/schema/chiso-1.schema.json";

/// The raw schema as schemars generates it: English descriptions only.
pub fn raw() -> Value {
    schemars::schema_for!(Dataset).to_value()
}

/// The schema of `chiso/1` with English and Vietnamese descriptions.
pub fn schema() -> Value {
    let mut schema = raw();
    visit(&mut schema, &mut |key, description| {
        let en = plain(description);
        *description = match vietnamese(key) {
            Some(vi) => format!("{en}\n\n{vi}"),
            None => en,
        };
    });
    if let Value::Object(root) = &mut schema {
        let mut head = Map::new();
        head.insert("$id".into(), Value::from(SCHEMA_ID));
        head.insert("title".into(), Value::from(FORMAT_V1));
        // `$schema` and the rest follow, in schemars' order.
        head.extend(std::mem::take(root));
        *root = head;
        if let Some(Value::Object(format)) =
            root.get_mut("properties").and_then(|p| p.get_mut("format"))
        {
            format.insert("const".into(), Value::from(FORMAT_V1));
        }
    }
    schema
}

/// The Vietnamese description of a key (`Type`, `Type.field`, `Type.variant`, `Type.variant.field`).
pub fn vietnamese(key: &str) -> Option<&'static str> {
    crate::schema_vi::VI
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, vi)| *vi)
}

/// Every description key of the raw schema, in schema order (for the translation test).
pub fn keys() -> Vec<String> {
    let mut keys = Vec::new();
    visit(&mut raw(), &mut |key, _| keys.push(key.to_string()));
    keys
}

/// Rustdoc links to plain code spans; line breaks of the doc comment to spaces.
fn plain(text: &str) -> String {
    text.replace("[`FORMAT_V1`]", "`chiso/1`")
        .replace("[`", "`")
        .replace("`]", "`")
        .replace('\n', " ")
}

/// Calls `f` with the key and the description of every described place of the schema.
fn visit(schema: &mut Value, f: &mut dyn FnMut(&str, &mut String)) {
    let Value::Object(root) = schema else { return };
    let mut defs = root.remove("$defs");
    object("Dataset", root, f);
    if let Some(Value::Object(defs)) = &mut defs {
        for (name, def) in defs.iter_mut() {
            if let Value::Object(def) = def {
                object(name, def, f);
            }
        }
    }
    if let Some(defs) = defs {
        root.insert("$defs".into(), defs);
    }
}

fn describe(key: &str, o: &mut Map<String, Value>, f: &mut dyn FnMut(&str, &mut String)) {
    if let Some(Value::String(d)) = o.get_mut("description") {
        f(key, d);
    }
}

fn object(name: &str, o: &mut Map<String, Value>, f: &mut dyn FnMut(&str, &mut String)) {
    describe(name, o, f);
    properties(name, o, f, None);
    for list in ["oneOf", "anyOf"] {
        let Some(Value::Array(variants)) = o.get_mut(list) else {
            continue;
        };
        for (i, v) in variants.iter_mut().enumerate() {
            let Value::Object(v) = v else { continue };
            let tag = v
                .get("const")
                .or_else(|| v.get("properties")?.get("kind")?.get("const"))
                .and_then(Value::as_str)
                .map(str::to_string);
            let key = format!("{name}.{}", tag.clone().unwrap_or_else(|| i.to_string()));
            describe(&key, v, f);
            properties(&key, v, f, Some("kind"));
        }
    }
}

fn properties(
    name: &str,
    o: &mut Map<String, Value>,
    f: &mut dyn FnMut(&str, &mut String),
    skip: Option<&str>,
) {
    let Some(Value::Object(props)) = o.get_mut("properties") else {
        return;
    };
    for (field, p) in props.iter_mut() {
        if Some(field.as_str()) == skip {
            continue;
        }
        if let Value::Object(p) = p {
            describe(&format!("{name}.{field}"), p, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_description_has_a_vietnamese_translation_and_every_translation_is_used() {
        let keys = keys();
        let missing: Vec<&String> = keys.iter().filter(|k| vietnamese(k).is_none()).collect();
        assert!(missing.is_empty(), "no Vietnamese for {missing:?}");
        let unused: Vec<&str> = crate::schema_vi::VI
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| !keys.iter().any(|x| x == k))
            .collect();
        assert!(unused.is_empty(), "unused translations {unused:?}");
    }

    #[test]
    fn descriptions_are_bilingual() {
        let s = schema();
        let d = s
            .pointer("/$defs/Task/properties/lead/description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        assert!(
            d.contains("lead agencies") && d.contains("cơ quan chủ trì"),
            "{d}"
        );
        assert_eq!(
            s.pointer("/properties/format/const"),
            Some(&Value::from("chiso/1"))
        );
    }
}
