//! Agencies named the way an office writes them: a cell of an agency column may hold the entity's
//! id (`so-khcn`) or, when it names exactly one entity, its name or short name (`Sở KH&CN`,
//! `Sở Khoa học và Công nghệ`, `DOST`). Names are replaced by ids before the file is validated.

use serde_json::Value;

/// Lower-case with single spaces.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The entities' ids and the names each can be called by.
struct Names {
    ids: Vec<String>,
    /// (normalised name, id)
    names: Vec<(String, String)>,
}

impl Names {
    fn of(dataset: &Value) -> Names {
        let mut out = Names {
            ids: Vec::new(),
            names: Vec::new(),
        };
        for e in dataset
            .get("entities")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let Some(id) = e.get("id").and_then(Value::as_str) else {
                continue;
            };
            out.ids.push(id.to_string());
            for path in ["/name/vi", "/name/en", "/short/vi", "/short/en"] {
                if let Some(name) = e.pointer(path).and_then(Value::as_str) {
                    let n = norm(name);
                    if !n.is_empty() && !out.names.iter().any(|(x, i)| *x == n && i == id) {
                        out.names.push((n, id.to_string()));
                    }
                }
            }
        }
        out
    }

    /// The id a cell names: itself when it is an id, else the one entity with that name.
    fn id(&self, text: &str) -> Option<String> {
        if self.ids.iter().any(|i| i == text) {
            return None;
        }
        let n = norm(text);
        let mut found = self.names.iter().filter(|(x, _)| *x == n).map(|(_, id)| id);
        match (found.next(), found.next()) {
            (Some(id), None) => Some(id.clone()),
            _ => None,
        }
    }

    fn fix(&self, value: Option<&mut Value>) {
        match value {
            Some(Value::String(s)) => {
                if let Some(id) = self.id(s) {
                    *s = id;
                }
            }
            Some(Value::Array(items)) => {
                for item in items {
                    self.fix(Some(item));
                }
            }
            _ => {}
        }
    }
}

fn each<'a>(dataset: &'a mut Value, list: &str) -> impl Iterator<Item = &'a mut Value> {
    dataset
        .get_mut(list)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// Replaces entity names by ids in every agency or entity column.
pub fn resolve(dataset: &mut Value) {
    let names = Names::of(dataset);
    names.fix(dataset.pointer_mut("/meta/province"));
    for f in each(dataset, "frameworks") {
        for x in each(f, "indicators") {
            names.fix(x.get_mut("responsible"));
            names.fix(x.get_mut("coordinating"));
        }
    }
    for o in each(dataset, "observations") {
        names.fix(o.get_mut("entity"));
    }
    for t in each(dataset, "targets") {
        names.fix(t.get_mut("lead"));
    }
    for b in each(dataset, "budget") {
        names.fix(b.get_mut("recipient"));
    }
    for t in each(dataset, "tasks") {
        names.fix(t.get_mut("lead"));
        names.fix(t.get_mut("coordinators"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_become_ids_when_they_name_one_entity() {
        let mut d = json!({
            "meta": {"province": "Tỉnh Khánh Hòa"},
            "entities": [
                {"id": "khanh-hoa", "name": {"vi": "Tỉnh Khánh Hòa"}},
                {"id": "so-khcn", "name": {"vi": "Sở Khoa học và Công nghệ", "en": "Department of Science and Technology"}, "short": {"vi": "Sở KH&CN", "en": "DOST"}},
                {"id": "a", "name": {"vi": "Trùng tên"}},
                {"id": "b", "name": {"vi": "Trùng tên"}}
            ],
            "tasks": [{"lead": ["sở kh&cn", "so-khcn", "Trùng tên", "Không có"], "coordinators": ["DOST"]}]
        });
        resolve(&mut d);
        assert_eq!(d["meta"]["province"], "khanh-hoa");
        assert_eq!(
            d["tasks"][0]["lead"],
            json!(["so-khcn", "so-khcn", "Trùng tên", "Không có"])
        );
        assert_eq!(d["tasks"][0]["coordinators"], json!(["so-khcn"]));
    }
}
