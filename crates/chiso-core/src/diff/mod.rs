//! Differences between two publications: which inputs changed (observations, targets, budget
//! lines, monthly disbursement, tasks, figures; then `meta`, frameworks, indicators, entities,
//! metrics and sources) and, for each one, what it changes on its own —
//! points, ranks, target statuses, budget ratios, overdue tasks — computed with the same
//! functions as the report.
//!
//! Each change's effects are those of applying that one change to the old file, so that the
//! effects of a publication can be read change by change; [`Diff::combined`] gives the effects of
//! all of them together.

mod effects;

use crate::model::Dataset;
pub use effects::Effect;
use effects::Snapshot;
use serde::Serialize;
use serde_json::Value;

/// Which section of the file an input belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// An observation (`observations`): a figure, points or a rank.
    Observation,
    /// A target (`targets`).
    Target,
    /// A budget line (`budget`).
    BudgetLine,
    /// A monthly disbursement figure (`disbursement`).
    Disbursement,
    /// A task (`tasks`).
    Task,
    /// A reported figure (`figures`).
    Figure,
    /// Who published, when, the `as_of` date (`meta`).
    Meta,
    /// A framework's own fields (`frameworks`, without its indicators).
    Framework,
    /// An indicator of a framework (`frameworks[…].indicators`), keyed `framework:code`.
    Indicator,
    /// An entity (`entities`).
    Entity,
    /// A metric (`metrics`).
    Metric,
    /// A source document (`sources`).
    Source,
}

/// Whether an input was changed, added or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// In both files, with different fields.
    Changed,
    /// Only in the new file.
    Added,
    /// Only in the old file.
    Removed,
}

/// One field of an input, before and after (`null` when absent).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// Field name as in `chiso/1` (`points`, `status`, `stated.disbursement_pct`…).
    pub field: String,
    /// The old value.
    pub before: Value,
    /// The new value.
    pub after: Value,
}

/// One changed input and what it changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The section of the file.
    pub section: Section,
    /// How the input is identified: `code / entity / period`, an id, `line / month`.
    pub key: String,
    /// Changed, added or removed.
    pub status: Status,
    /// The fields that differ (every field for added and removed inputs).
    pub fields: Vec<FieldChange>,
    /// What this change alone does to the computed results.
    pub effects: Vec<Effect>,
}

/// Every changed input between two publications.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// One entry per changed input, by section, in the old file's order, added inputs last.
    pub changes: Vec<Change>,
    /// The effects of all the changes together (not in the JSON: `changes` is the interface).
    #[serde(skip)]
    pub combined: Vec<Effect>,
}

/// One input of a section: its key and its JSON.
struct Item {
    key: String,
    json: Value,
}

/// The inputs of one section of a dataset, keyed.
fn items(dataset: &Dataset, section: Section) -> Vec<Item> {
    fn keyed<T: Serialize>(list: &[T], key: impl Fn(&T) -> String) -> Vec<Item> {
        list.iter()
            .map(|x| Item {
                key: key(x),
                json: serde_json::to_value(x).unwrap_or(Value::Null),
            })
            .collect()
    }
    match section {
        Section::Observation => keyed(&dataset.observations, |o| {
            format!("{} / {} / {}", o.code, o.entity, o.period)
        }),
        Section::Target => keyed(&dataset.targets, |t| t.id.clone()),
        Section::BudgetLine => keyed(&dataset.budget, |b| b.id.clone()),
        Section::Disbursement => keyed(&dataset.disbursement, |m| {
            format!("{} / {}", m.line, m.month)
        }),
        Section::Task => keyed(&dataset.tasks, |t| t.id.clone()),
        Section::Figure => keyed(&dataset.figures, |f| f.id.clone()),
        Section::Meta => keyed(std::slice::from_ref(&dataset.meta), |_| "meta".into()),
        Section::Framework => keyed(&dataset.frameworks, |f| f.id.clone())
            .into_iter()
            .map(|mut item| {
                if let Value::Object(o) = &mut item.json {
                    o.remove("indicators");
                }
                item
            })
            .collect(),
        Section::Indicator => dataset
            .frameworks
            .iter()
            .flat_map(|f| keyed(&f.indicators, |x| format!("{}:{}", f.id, x.code)))
            .collect(),
        Section::Entity => keyed(&dataset.entities, |e| e.id.clone()),
        Section::Metric => keyed(&dataset.metrics, |m| m.code.clone()),
        Section::Source => keyed(&dataset.sources, |s| s.id.clone()),
    }
}

/// The sections compared, in output order.
pub const SECTIONS: [Section; 12] = [
    Section::Observation,
    Section::Target,
    Section::BudgetLine,
    Section::Disbursement,
    Section::Task,
    Section::Figure,
    Section::Meta,
    Section::Framework,
    Section::Indicator,
    Section::Entity,
    Section::Metric,
    Section::Source,
];

/// The fields of two JSON objects that differ, nested objects flattened with dots.
fn field_changes(before: &Value, after: &Value) -> Vec<FieldChange> {
    let mut out = Vec::new();
    flatten_diff("", before, after, &mut out);
    out
}

fn flatten_diff(prefix: &str, before: &Value, after: &Value, out: &mut Vec<FieldChange>) {
    let empty = serde_json::Map::new();
    let (b, a) = match (before, after) {
        (Value::Object(b), Value::Object(a)) => (b, a),
        (Value::Object(b), Value::Null) => (b, &empty),
        (Value::Null, Value::Object(a)) => (&empty, a),
        _ => {
            if before != after {
                out.push(FieldChange {
                    field: prefix.to_string(),
                    before: before.clone(),
                    after: after.clone(),
                });
            }
            return;
        }
    };
    let mut keys: Vec<&String> = b.keys().collect();
    keys.extend(a.keys().filter(|k| !b.contains_key(*k)));
    for k in keys {
        let field = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        let (x, y) = (
            b.get(k).unwrap_or(&Value::Null),
            a.get(k).unwrap_or(&Value::Null),
        );
        // Texts ({vi, en}) and citations are compared whole: their parts mean little alone.
        let whole = |v: &Value| {
            v.get("vi").is_some() || (v.get("id").is_some() && v.get("section").is_some())
        };
        if whole(x) || whole(y) {
            if x != y {
                out.push(FieldChange {
                    field,
                    before: x.clone(),
                    after: y.clone(),
                });
            }
        } else {
            flatten_diff(&field, x, y, out);
        }
    }
}

/// `old` with one input of `section` replaced (or added, or removed) by its version in `new`.
fn apply(old: &Dataset, new: &Dataset, section: Section, key: &str) -> Dataset {
    fn swap<T: Clone>(list: &mut Vec<T>, from: &[T], key: &str, key_of: impl Fn(&T) -> String) {
        let replacement = from.iter().find(|x| key_of(x) == key).cloned();
        match (list.iter().position(|x| key_of(x) == key), replacement) {
            (Some(i), Some(r)) => {
                if let Some(slot) = list.get_mut(i) {
                    *slot = r;
                }
            }
            (Some(i), None) => {
                list.remove(i);
            }
            (None, Some(r)) => list.push(r),
            (None, None) => {}
        }
    }
    let mut d = old.clone();
    match section {
        Section::Observation => swap(&mut d.observations, &new.observations, key, |o| {
            format!("{} / {} / {}", o.code, o.entity, o.period)
        }),
        Section::Target => swap(&mut d.targets, &new.targets, key, |t| t.id.clone()),
        Section::BudgetLine => swap(&mut d.budget, &new.budget, key, |b| b.id.clone()),
        Section::Disbursement => swap(&mut d.disbursement, &new.disbursement, key, |m| {
            format!("{} / {}", m.line, m.month)
        }),
        Section::Task => swap(&mut d.tasks, &new.tasks, key, |t| t.id.clone()),
        Section::Figure => swap(&mut d.figures, &new.figures, key, |f| f.id.clone()),
        Section::Meta => d.meta = new.meta.clone(),
        Section::Framework => {
            // The framework's own fields change; its indicators stay those of the old file.
            let replacement = new.frameworks.iter().find(|f| f.id == key).cloned();
            match (d.frameworks.iter().position(|f| f.id == key), replacement) {
                (Some(i), Some(mut r)) => {
                    if let Some(slot) = d.frameworks.get_mut(i) {
                        r.indicators = std::mem::take(&mut slot.indicators);
                        *slot = r;
                    }
                }
                (Some(i), None) => {
                    d.frameworks.remove(i);
                }
                (None, Some(r)) => d.frameworks.push(r),
                (None, None) => {}
            }
        }
        Section::Indicator => {
            let (framework, code) = key.split_once(':').unwrap_or((key, ""));
            let from = new
                .frameworks
                .iter()
                .find(|f| f.id == framework)
                .map_or(&[][..], |f| f.indicators.as_slice());
            if let Some(f) = d.frameworks.iter_mut().find(|f| f.id == framework) {
                swap(&mut f.indicators, from, code, |x| x.code.clone());
            }
        }
        Section::Entity => swap(&mut d.entities, &new.entities, key, |e| e.id.clone()),
        Section::Metric => swap(&mut d.metrics, &new.metrics, key, |m| m.code.clone()),
        Section::Source => swap(&mut d.sources, &new.sources, key, |s| s.id.clone()),
    }
    d
}

impl Diff {
    /// Compares two validated publications.
    pub fn compute(old: &Dataset, new: &Dataset) -> Diff {
        let base = Snapshot::compute(old);
        let mut changes = Vec::new();
        for section in SECTIONS {
            let (before, after) = (items(old, section), items(new, section));
            let find = |list: &[Item], key: &str| list.iter().position(|x| x.key == key);
            let mut found: Vec<(String, Status, Vec<FieldChange>)> = Vec::new();
            for b in &before {
                match find(&after, &b.key).and_then(|i| after.get(i)) {
                    Some(a) if a.json == b.json => {}
                    Some(a) => found.push((
                        b.key.clone(),
                        Status::Changed,
                        field_changes(&b.json, &a.json),
                    )),
                    None => found.push((
                        b.key.clone(),
                        Status::Removed,
                        field_changes(&b.json, &Value::Null),
                    )),
                }
            }
            for a in &after {
                if find(&before, &a.key).is_none() {
                    found.push((
                        a.key.clone(),
                        Status::Added,
                        field_changes(&Value::Null, &a.json),
                    ));
                }
            }
            for (key, status, fields) in found {
                let changed = Snapshot::compute(&apply(old, new, section, &key));
                let entity = match section {
                    Section::Observation => key.split(" / ").nth(1),
                    _ => None,
                };
                changes.push(Change {
                    section,
                    effects: base.effects(&changed, entity),
                    key,
                    status,
                    fields,
                });
            }
        }
        let combined = if changes.is_empty() {
            Vec::new()
        } else {
            base.effects(&Snapshot::compute(new), None)
        };
        Diff { changes, combined }
    }
}

#[cfg(test)]
mod tests;
