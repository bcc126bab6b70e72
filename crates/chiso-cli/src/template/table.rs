//! A dataset as the rows of the template's sheets, and back: the records each sheet holds.

use super::cell::{format_number, iso_date, parse_date, Cell};
use super::spec::{Column, Kind, Place, Sheet};
use chiso_core::format::Lang;
use serde_json::Value;

/// The value at a dotted path of a JSON object.
pub fn get<'a>(record: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(record, |v, k| v.get(k))
}

/// The records a sheet shows, each with the values of its link columns (`@framework`…).
pub fn records<'a>(
    dataset: &'a Value,
    place: Place,
) -> Vec<(Vec<(&'static str, String)>, &'a Value)> {
    let list = |v: Option<&'a Value>| {
        v.and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    };
    let id = |v: &Value, k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    match place {
        Place::Meta => dataset
            .get("meta")
            .map(|m| (Vec::new(), m))
            .into_iter()
            .collect(),
        Place::Notes => list(get(dataset, "meta.notes"))
            .iter()
            .map(|n| (Vec::new(), n))
            .collect(),
        Place::List(key) => list(dataset.get(key))
            .iter()
            .map(|r| (Vec::new(), r))
            .collect(),
        Place::Indicators => list(dataset.get("frameworks"))
            .iter()
            .flat_map(|f| {
                list(f.get("indicators"))
                    .iter()
                    .map(move |x| (vec![("@framework", id(f, "id"))], x))
            })
            .collect(),
        Place::RuleItems(field) => list(dataset.get("frameworks"))
            .iter()
            .flat_map(|f| {
                list(f.get("indicators")).iter().flat_map(move |x| {
                    list(get(x, &format!("rule.{field}")))
                        .iter()
                        .map(move |item| {
                            (
                                vec![("@framework", id(f, "id")), ("@code", id(x, "code"))],
                                item,
                            )
                        })
                })
            })
            .collect(),
        Place::FigureItems(field) => list(dataset.get("figures"))
            .iter()
            .flat_map(|f| {
                list(f.get(field))
                    .iter()
                    .map(move |item| (vec![("@figure", id(f, "id"))], item))
            })
            .collect(),
    }
}

/// The word for yes or no in a language.
pub fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::Vi) => "có",
        (false, Lang::Vi) => "không",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

/// The cell of one column for one JSON value (absent values are empty cells). `csv` writes numbers
/// and dates as text, the Vietnamese way.
pub fn cell(column: &Column, value: Option<&Value>, lang: Lang, csv: bool) -> Cell {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Cell::Empty;
    };
    let number = |x: f64| {
        if csv {
            Cell::Text(format_number(x))
        } else {
            Cell::Number(x)
        }
    };
    match (column.kind, value) {
        (Kind::Number | Kind::Integer | Kind::Value, Value::Number(n)) => {
            n.as_f64().map_or(Cell::Empty, number)
        }
        (Kind::Date, Value::String(s)) => match parse_date(s) {
            Some(d) if !csv && iso_date(d) == *s => Cell::Date(d),
            Some(d) if iso_date(d) == *s => Cell::Text(super::cell::format_date(d)),
            _ => Cell::Text(s.clone()),
        },
        (Kind::Bool, Value::Bool(b)) => Cell::Text(yes_no(*b, lang).to_string()),
        // Choices are written with their label (`Hoàn thành`); import reads labels and codes.
        (Kind::Choice(choices), Value::String(s)) => Cell::Text(
            choices
                .iter()
                .find(|(code, ..)| code == s)
                .map_or_else(|| s.clone(), |(_, vi, en)| lang.pick(vi, en).to_string()),
        ),
        (Kind::List, Value::Array(items)) => Cell::Text(
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        (_, Value::String(s)) => Cell::Text(s.clone()),
        (_, other) => Cell::Text(other.to_string()),
    }
}

/// The data rows of one sheet (without the header row).
pub fn rows(dataset: &Value, sheet: &Sheet, lang: Lang, csv: bool) -> Vec<Vec<Cell>> {
    records(dataset, sheet.place)
        .into_iter()
        .map(|(links, record)| {
            sheet
                .columns
                .iter()
                .map(|c| match links.iter().find(|(k, _)| *k == c.key) {
                    Some((_, v)) => Cell::Text(v.clone()),
                    None => cell(c, get(record, c.key), lang, csv),
                })
                .collect()
        })
        .collect()
}
