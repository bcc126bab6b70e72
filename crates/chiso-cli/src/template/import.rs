//! `chiso import`: the rows of a filled template → a `chiso/1` dataset, or every problem found,
//! each with its sheet, row and column. Rows are read cell by cell (numbers `1.234,5`, dates
//! `dd/mm/yyyy`), assembled into the JSON of `chiso/1`, read with serde and validated with
//! chiso-core; the problems of the last two steps are traced back to their cells.

use super::cell::{date_of_serial, iso_date, parse_bool, parse_date, parse_number, Cell};
use super::export::guide_name;
use super::problem::{ImportError, Problem};
use super::read::RawSheet;
use super::spec::{sheets, Column, Kind, Place, Required, Sheet};
use chiso_core::format::Lang;
use chiso_core::model::{Dataset, FORMAT_V1};
use serde_json::{json, Map, Value};

/// Lower-case with single spaces, for matching names and headers.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Other words offices use for a choice (DOMAIN 7.4: task statuses as reports write them).
const SYNONYMS: &[(&str, &str)] = &[
    ("Đã hoàn thành", "done"),
    ("Đúng hạn", "on_track"),
    ("Đang thực hiện", "in_progress"),
    ("Còn chậm", "late"),
    ("Chậm", "late"),
    ("Chưa thực hiện", "not_started"),
    ("Chờ hướng dẫn của trung ương", "waiting_on_guidance"),
];

/// One data row of a sheet, read.
struct Row {
    /// Spreadsheet row number.
    number: usize,
    /// The record's JSON.
    record: Map<String, Value>,
    /// Values of the link columns (`@framework`…) with their column.
    links: Vec<(&'static str, String, usize)>,
}

/// One sheet, read: its rows and which spreadsheet column holds which template column.
struct Read<'a> {
    sheet: &'a Sheet,
    name: String,
    /// (column of the template, position in the sheet, header as written)
    columns: Vec<(&'a Column, usize, String)>,
    rows: Vec<Row>,
}

/// Where a record of the assembled JSON came from.
struct Origin {
    path: String,
    sheet: String,
    row: usize,
    columns: Vec<(&'static str, usize, String)>,
}

fn parse_cell(column: &Column, cell: &Cell) -> Result<Value, Problem> {
    let number = |cell: &Cell| match cell {
        Cell::Number(x) => Some(*x),
        Cell::Text(s) => parse_number(s),
        _ => None,
    };
    match column.kind {
        Kind::Text => Ok(Value::from(cell.text())),
        Kind::Number => number(cell).map(Value::from).ok_or(Problem::NotANumber),
        Kind::Integer => {
            let x = number(cell).ok_or(Problem::NotANumber)?;
            if x.fract() != 0.0 || x.abs() > 1e15 {
                return Err(Problem::NotAWholeNumber);
            }
            #[allow(clippy::cast_possible_truncation)]
            Ok(Value::from(x as i64))
        }
        Kind::Date => match cell {
            Cell::Date(d) => Some(*d),
            Cell::Number(x) => date_of_serial(*x),
            Cell::Text(s) => parse_date(s),
            _ => None,
        }
        .map(|d| Value::from(iso_date(d)))
        .ok_or(Problem::BadDate),
        Kind::Bool => match cell {
            Cell::Bool(b) => Some(*b),
            other => parse_bool(&other.text()),
        }
        .map(Value::from)
        .ok_or(Problem::BadYesNo),
        Kind::List => Ok(Value::from(
            cell.text()
                .split([';', ',', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(Value::from)
                .collect::<Vec<_>>(),
        )),
        Kind::Value => Ok(number(cell).map_or_else(|| Value::from(cell.text()), Value::from)),
        Kind::Choice(choices) => {
            let text = norm(&cell.text());
            let t = SYNONYMS
                .iter()
                .find(|(word, _)| norm(word) == text)
                .map_or(text, |(_, code)| (*code).to_string());
            choices
                .iter()
                .find(|(code, vi, en)| [code, vi, en].iter().any(|x| norm(x) == t))
                .map(|(code, ..)| Value::from(*code))
                .ok_or(Problem::NotAChoice(choices))
        }
    }
}

/// What stands in for a cell in error, so that the rest of the file can still be checked.
fn placeholder(kind: Kind) -> Value {
    match kind {
        Kind::Text | Kind::Date => Value::from(""),
        Kind::Number | Kind::Integer | Kind::Value => Value::from(0),
        Kind::Bool => Value::from(false),
        Kind::List => Value::Array(Vec::new()),
        Kind::Choice(choices) => Value::from(choices.first().map_or("", |c| c.0)),
    }
}

/// The array at a dotted path of a JSON object, made (with the objects on the way) when absent.
fn array_at<'a>(record: &'a mut Map<String, Value>, path: &str) -> Option<&'a mut Vec<Value>> {
    let (parents, last) = match path.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, path),
    };
    let mut here = record;
    for part in parents.into_iter().flat_map(|p| p.split('.')) {
        let next = here
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !next.is_object() {
            *next = Value::Object(Map::new());
        }
        here = next.as_object_mut()?;
    }
    let slot = here.entry(last.to_string()).or_insert_with(|| json!([]));
    if !slot.is_array() {
        *slot = json!([]);
    }
    slot.as_array_mut()
}

/// Sets a dotted path of a JSON object, creating the objects on the way.
fn set(record: &mut Map<String, Value>, path: &str, value: Value) {
    let mut parts = path.split('.').peekable();
    let mut here = record;
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            here.insert(part.to_string(), value);
            return;
        }
        let next = here
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !next.is_object() {
            *next = Value::Object(Map::new());
        }
        let Value::Object(next) = next else { return };
        here = next;
    }
}

fn read_sheet<'a>(sheet: &'a Sheet, raw: &RawSheet, errors: &mut Vec<ImportError>) -> Read<'a> {
    let mut read = Read {
        sheet,
        name: raw.name.clone(),
        columns: Vec::new(),
        rows: Vec::new(),
    };
    let at =
        |row: Option<usize>, column: Option<(usize, String)>, problem, found: String| ImportError {
            sheet: raw.name.clone(),
            row,
            column,
            problem,
            found,
        };
    let header = raw.rows.first().map(Vec::as_slice).unwrap_or_default();
    for (i, h) in header.iter().enumerate() {
        let text = h.text();
        if text.is_empty() {
            continue;
        }
        let n = norm(&text);
        let found = sheet
            .columns
            .iter()
            .find(|c| norm(&c.vi) == n || norm(&c.en) == n)
            .or_else(|| {
                sheet
                    .columns
                    .iter()
                    .find(|c| norm(c.key) == n || c.aliases.iter().any(|a| norm(a) == n))
            });
        match found {
            Some(c) if read.columns.iter().any(|(x, ..)| x.key == c.key) => {
                errors.push(at(
                    Some(1),
                    Some((i, text.clone())),
                    Problem::DuplicateColumn,
                    text,
                ));
            }
            Some(c) => read.columns.push((c, i, text)),
            None => errors.push(at(
                Some(1),
                Some((i, text.clone())),
                Problem::UnknownColumn,
                text,
            )),
        }
    }
    let data: Vec<(usize, &Vec<Cell>)> = raw
        .rows
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
        .map(|(i, r)| (i + 1, r))
        .collect();
    if !data.is_empty() {
        for c in &sheet.columns {
            if c.required == Required::Yes && !read.columns.iter().any(|(x, ..)| x.key == c.key) {
                errors.push(at(
                    Some(1),
                    None,
                    Problem::MissingColumn(c.vi.clone()),
                    String::new(),
                ));
            }
        }
    }
    for (number, cells) in data {
        let mut row = Row {
            number,
            record: Map::new(),
            links: Vec::new(),
        };
        let filled = |prefix: &str| {
            read.columns.iter().any(|(c, i, _)| {
                (c.key == prefix || c.key.starts_with(&format!("{prefix}.")))
                    && cells.get(*i).is_some_and(|x| !x.is_empty())
            })
        };
        for (c, i, header) in &read.columns {
            let cell = cells.get(*i).unwrap_or(&Cell::Empty);
            let value = if cell.is_empty() {
                let needed = match c.required {
                    Required::No => false,
                    Required::Blank => {
                        set(&mut row.record, c.key, Value::from(""));
                        false
                    }
                    Required::Yes => true,
                    Required::With(group) => filled(group),
                };
                if !needed {
                    continue;
                }
                errors.push(at(
                    Some(number),
                    Some((*i, header.clone())),
                    Problem::Required,
                    String::new(),
                ));
                placeholder(c.kind)
            } else {
                match parse_cell(c, cell) {
                    Ok(v) => v,
                    Err(problem) => {
                        errors.push(at(
                            Some(number),
                            Some((*i, header.clone())),
                            problem,
                            cell.text(),
                        ));
                        placeholder(c.kind)
                    }
                }
            };
            if c.key.starts_with('@') {
                row.links
                    .push((c.key, value.as_str().unwrap_or_default().to_string(), *i));
            } else if c.kind == Kind::List
                && c.required == Required::Yes
                && !cell.is_empty()
                && value.as_array().is_some_and(Vec::is_empty)
            {
                errors.push(at(
                    Some(number),
                    Some((*i, header.clone())),
                    Problem::Required,
                    cell.text(),
                ));
                set(&mut row.record, c.key, value);
            } else {
                set(&mut row.record, c.key, value);
            }
        }
        read.rows.push(row);
    }
    read
}

/// Turns rows into the dataset's JSON, recording where each record came from.
struct Assembly {
    meta: Option<Map<String, Value>>,
    lists: std::collections::BTreeMap<&'static str, Vec<Value>>,
    origins: Vec<Origin>,
}

impl Assembly {
    fn origin(&mut self, path: String, read: &Read<'_>, row: &Row) {
        self.origins.push(Origin {
            path,
            sheet: read.name.clone(),
            row: row.number,
            columns: read
                .columns
                .iter()
                .map(|(c, i, h)| (c.key, *i, h.clone()))
                .collect(),
        });
    }

    fn list(&mut self, key: &'static str) -> &mut Vec<Value> {
        self.lists.entry(key).or_default()
    }

    /// The dataset's JSON.
    fn json(&self) -> Value {
        let mut root = Map::new();
        root.insert("format".into(), Value::from(FORMAT_V1));
        let mut meta = self.meta.clone().unwrap_or_default();
        if let Some(notes) = self.lists.get("meta.notes") {
            meta.insert("notes".into(), Value::from(notes.clone()));
        }
        root.insert("meta".into(), Value::Object(meta));
        for (key, items) in &self.lists {
            if *key != "meta.notes" {
                root.insert((*key).to_string(), Value::from(items.clone()));
            }
        }
        Value::Object(root)
    }
}

fn position(items: &[Value], field: &str, id: &str) -> Option<usize> {
    items
        .iter()
        .position(|x| x.get(field).and_then(Value::as_str) == Some(id))
}

fn link<'r>(row: &'r Row, key: &str) -> Option<&'r (&'static str, String, usize)> {
    row.links.iter().find(|(k, ..)| *k == key)
}

/// Reads every sheet and assembles the dataset's JSON.
fn assemble(raw: &[RawSheet], specs: &[Sheet], errors: &mut Vec<ImportError>) -> Assembly {
    let mut reads: Vec<Read<'_>> = Vec::new();
    let guides = [
        norm(guide_name(Lang::Vi)),
        norm(guide_name(Lang::En)),
        "readme".into(),
    ];
    for r in raw {
        let n = norm(&r.name);
        if n.starts_with('_') || guides.contains(&n) {
            continue;
        }
        let Some(spec) = specs
            .iter()
            .find(|s| [s.key, s.vi, s.en].iter().any(|x| norm(x) == n))
        else {
            errors.push(ImportError {
                sheet: r.name.clone(),
                row: None,
                column: None,
                problem: Problem::UnknownSheet,
                found: r.name.clone(),
            });
            continue;
        };
        if reads.iter().any(|x| x.sheet.key == spec.key) {
            errors.push(ImportError {
                sheet: r.name.clone(),
                row: None,
                column: None,
                problem: Problem::DuplicateSheet,
                found: r.name.clone(),
            });
            continue;
        }
        reads.push(read_sheet(spec, r, errors));
    }
    // Parents before children: in template order.
    reads.sort_by_key(|r| specs.iter().position(|s| s.key == r.sheet.key));
    let mut a = Assembly {
        meta: None,
        lists: std::collections::BTreeMap::new(),
        origins: Vec::new(),
    };
    let unknown_parent = |read: &Read<'_>, row: &Row, key: &str, errors: &mut Vec<ImportError>| {
        if let Some((_, value, i)) = link(row, key) {
            let header = read
                .columns
                .iter()
                .find(|(_, x, _)| x == i)
                .map(|(.., h)| h.clone())
                .unwrap_or_default();
            errors.push(ImportError {
                sheet: read.name.clone(),
                row: Some(row.number),
                column: Some((*i, header)),
                problem: Problem::UnknownParent,
                found: value.clone(),
            });
        }
    };
    match reads.iter().find(|r| r.sheet.place == Place::Meta) {
        Some(read) if !read.rows.is_empty() => {
            for extra in read.rows.iter().skip(1) {
                errors.push(ImportError {
                    sheet: read.name.clone(),
                    row: Some(extra.number),
                    column: None,
                    problem: Problem::OneRowOnly,
                    found: String::new(),
                });
            }
            if let Some(row) = read.rows.first() {
                a.meta = Some(row.record.clone());
                a.origin("meta".into(), read, row);
            }
        }
        found => errors.push(ImportError {
            sheet: found.map_or_else(|| guide_meta_name(specs), |r| r.name.clone()),
            row: None,
            column: None,
            problem: Problem::MissingMeta,
            found: String::new(),
        }),
    }
    for read in &reads {
        for row in &read.rows {
            let record = Value::Object(row.record.clone());
            match read.sheet.place {
                Place::Meta => {}
                Place::Notes => {
                    let notes = a.list("meta.notes");
                    let k = notes.len();
                    notes.push(record);
                    a.origin(format!("meta.notes[{k}]"), read, row);
                }
                Place::List(key) => {
                    let items = a.list(key);
                    let k = items.len();
                    items.push(record);
                    a.origin(format!("{key}[{k}]"), read, row);
                }
                Place::Indicators => {
                    let framework = link(row, "@framework")
                        .map(|l| l.1.clone())
                        .unwrap_or_default();
                    let frameworks = a.list("frameworks");
                    let Some(f) = position(frameworks, "id", &framework) else {
                        unknown_parent(read, row, "@framework", errors);
                        continue;
                    };
                    let mut fields = row.record.clone();
                    // A step or categorical rule lists its steps or categories on their sheets.
                    match record.pointer("/rule/kind").and_then(Value::as_str) {
                        Some("steps") => set(&mut fields, "rule.steps", json!([])),
                        Some("categorical") => set(&mut fields, "rule.categories", json!([])),
                        _ => {}
                    }
                    let record = Value::Object(fields);
                    let Some(Value::Object(fw)) = frameworks.get_mut(f) else {
                        continue;
                    };
                    let list = fw.entry("indicators").or_insert_with(|| json!([]));
                    let k = list.as_array().map_or(0, Vec::len);
                    if let Value::Array(items) = list {
                        items.push(record);
                    }
                    a.origin(format!("frameworks[{f}].indicators[{k}]"), read, row);
                }
                Place::RuleItems(field) => {
                    let framework = link(row, "@framework")
                        .map(|l| l.1.clone())
                        .unwrap_or_default();
                    let code = link(row, "@code").map(|l| l.1.clone()).unwrap_or_default();
                    let frameworks = a.list("frameworks");
                    let Some(f) = position(frameworks, "id", &framework) else {
                        unknown_parent(read, row, "@framework", errors);
                        continue;
                    };
                    let indicators = frameworks
                        .get_mut(f)
                        .and_then(|fw| fw.get_mut("indicators"))
                        .and_then(Value::as_array_mut);
                    let Some((i, x)) = indicators.and_then(|list| {
                        let i = position(list, "code", &code)?;
                        Some((i, list.get_mut(i)?))
                    }) else {
                        unknown_parent(read, row, "@code", errors);
                        continue;
                    };
                    let Some(items) = x
                        .as_object_mut()
                        .and_then(|x| array_at(x, &format!("rule.{field}")))
                    else {
                        continue;
                    };
                    let k = items.len();
                    items.push(record);
                    a.origin(
                        format!("frameworks[{f}].indicators[{i}].rule.{field}[{k}]"),
                        read,
                        row,
                    );
                }
                Place::FigureItems(field) => {
                    let figure = link(row, "@figure")
                        .map(|l| l.1.clone())
                        .unwrap_or_default();
                    let figures = a.list("figures");
                    let Some(f) = position(figures, "id", &figure) else {
                        unknown_parent(read, row, "@figure", errors);
                        continue;
                    };
                    let Some(items) = figures
                        .get_mut(f)
                        .and_then(Value::as_object_mut)
                        .and_then(|fig| array_at(fig, field))
                    else {
                        continue;
                    };
                    let k = items.len();
                    items.push(record);
                    a.origin(format!("figures[{f}].{field}[{k}]"), read, row);
                }
            }
        }
    }
    a
}

fn guide_meta_name(specs: &[Sheet]) -> String {
    specs
        .iter()
        .find(|s| s.place == Place::Meta)
        .map(|s| s.vi.to_string())
        .unwrap_or_default()
}

/// A sheet, a row, and a column (position and header).
type Location = (String, usize, Option<(usize, String)>);

/// The sheet, row and column of a JSON path of the assembled dataset.
fn locate(origins: &[Origin], path: &str) -> Option<Location> {
    let origin = origins
        .iter()
        .filter(|o| {
            path == o.path
                || path
                    .strip_prefix(&o.path)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
        .max_by_key(|o| o.path.len())?;
    let rest = path.get(origin.path.len()..).unwrap_or_default();
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    // `lead[1]` → `lead`.
    let mut field = String::new();
    let mut depth = 0;
    for ch in rest.chars() {
        match ch {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => field.push(ch),
            _ => {}
        }
    }
    // The column of the field itself, else of its nearest parent (`rule.source.id` for
    // `rule.source.id.x`), else its first child (`rule.kind` for `rule`).
    let score = |k: &str| -> Option<usize> {
        if field == k {
            Some(3000)
        } else if field.starts_with(&format!("{k}.")) {
            Some(2000 + k.len())
        } else if k.starts_with(&format!("{field}.")) {
            Some(1000 - k.len().min(999))
        } else {
            None
        }
    };
    let column = origin
        .columns
        .iter()
        .filter(|_| !field.is_empty())
        .filter_map(|(k, i, h)| Some((score(k)?, *i, h)))
        .max_by_key(|(s, i, _)| (*s, usize::MAX - i))
        .map(|(_, i, h)| (i, h.clone()));
    Some((origin.sheet.clone(), origin.row, column))
}

/// Reads a filled template: the dataset, or every problem found, located.
pub fn import(raw: &[RawSheet]) -> Result<Dataset, Vec<ImportError>> {
    let specs = sheets();
    let mut errors = Vec::new();
    let assembly = assemble(raw, &specs, &mut errors);
    let located = |path: &str, problem: Problem, found: String| {
        let (sheet, row, column) = locate(&assembly.origins, path)
            .map_or((String::new(), None, None), |(s, r, c)| (s, Some(r), c));
        ImportError {
            sheet,
            row,
            column,
            problem,
            found,
        }
    };
    let mut json = assembly.json();
    super::names::resolve(&mut json);
    let dataset = match serde_path_to_error::deserialize::<_, Dataset>(json) {
        Ok(dataset) => Some(dataset),
        Err(e) => {
            let path = e.path().to_string();
            let detail = e.into_inner().to_string();
            errors.push(located(&path, Problem::Shape(detail), String::new()));
            None
        }
    };
    if let Some(dataset) = &dataset {
        for issue in chiso_core::validate::validate(dataset) {
            let e = located(
                &issue.path,
                Problem::Invalid(issue.code),
                issue.found.clone(),
            );
            // A cell already reported (its placeholder then fails validation) is reported once.
            let seen = errors.iter().any(|x| {
                x.sheet == e.sheet
                    && x.row == e.row
                    && x.column.as_ref().map(|c| c.0) == e.column.as_ref().map(|c| c.0)
            });
            if !seen {
                errors.push(e);
            }
        }
    }
    match dataset {
        Some(dataset) if errors.is_empty() => Ok(dataset),
        _ => {
            let order = |e: &ImportError| {
                let sheet = specs
                    .iter()
                    .position(|s| {
                        [s.key, s.vi, s.en]
                            .iter()
                            .any(|x| norm(x) == norm(&e.sheet))
                    })
                    .unwrap_or(usize::MAX);
                (
                    sheet,
                    e.row.unwrap_or(0),
                    e.column.as_ref().map_or(0, |c| c.0 + 1),
                )
            };
            errors.sort_by_key(order);
            Err(errors)
        }
    }
}
