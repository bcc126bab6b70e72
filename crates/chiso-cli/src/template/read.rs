//! Reading a filled template: the sheets of an XLSX workbook (calamine) or the CSV files of a
//! folder (csv), as rows of [`Cell`]s with their spreadsheet positions kept.

use super::cell::Cell;
use anyhow::Context as _;
use calamine::{open_workbook_auto, Data, Reader};
use chiso_core::period::Date;
use std::path::Path;

/// One sheet as read: its name and every row from row 1, the header first.
pub struct RawSheet {
    /// The sheet's name (the file name without `.csv` for a folder).
    pub name: String,
    /// Rows from the first row of the sheet.
    pub rows: Vec<Vec<Cell>>,
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        #[allow(clippy::cast_precision_loss)]
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(x) => Cell::Number(*x),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Date::new(i32::from(y), u32::from(m), u32::from(d))
                .map_or_else(|| Cell::Number(dt.as_f64()), Cell::Date)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(Date::parse)
            .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}

/// Every sheet of a workbook (XLSX, XLS, ODS).
pub fn workbook(path: &Path) -> anyhow::Result<Vec<RawSheet>> {
    let mut book =
        open_workbook_auto(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .with_context(|| format!("cannot read sheet {name}"))?;
        let mut rows = Vec::new();
        if let Some((end_row, end_col)) = range.end() {
            for r in 0..=end_row {
                rows.push(
                    (0..=end_col)
                        .map(|c| range.get_value((r, c)).map_or(Cell::Empty, cell))
                        .collect(),
                );
            }
        }
        out.push(RawSheet { name, rows });
    }
    Ok(out)
}

/// The delimiter of a CSV file: the most frequent of `,`, `;` and tab on its first line.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// Every `*.csv` file of a folder, sorted by name; files starting with `_` (the guide) are skipped.
pub fn csv_folder(dir: &Path) -> anyhow::Result<Vec<RawSheet>> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('_'))
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let text = String::from_utf8(bytes)
            .with_context(|| format!("{} is not UTF-8 text", path.display()))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter(text))
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.with_context(|| format!("cannot read {}", path.display()))?;
            rows.push(
                record
                    .iter()
                    .map(|s| {
                        if s.is_empty() {
                            Cell::Empty
                        } else {
                            Cell::Text(s.to_string())
                        }
                    })
                    .collect(),
            );
        }
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        out.push(RawSheet { name, rows });
    }
    Ok(out)
}
