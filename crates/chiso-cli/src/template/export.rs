//! `chiso export`: a dataset as the spreadsheet template — one XLSX workbook, or a folder of CSV
//! files (UTF-8 with a byte-order mark, so that spreadsheet programs read the accents).

use super::cell::Cell;
use super::spec::{sheets, Kind, Required, Sheet};
use super::table::rows;
use anyhow::Context as _;
use chiso_core::format::Lang;
use chiso_core::model::Dataset;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, ExcelDateTime, Format, Workbook, Worksheet,
};

/// The last row of a worksheet (0-based), for column-wide drop-downs.
const LAST_ROW: u32 = 1_048_575;
use std::path::Path;

/// Name of the guide sheet (and CSV file, prefixed `_`), skipped on import.
pub fn guide_name(lang: Lang) -> &'static str {
    lang.pick("Hướng dẫn", "Guide")
}

/// What a kind of column holds, for the guide.
fn kind_text(kind: Kind, lang: Lang) -> String {
    match kind {
        Kind::Text => lang.pick("văn bản", "text").into(),
        Kind::Number => lang
            .pick("số, ví dụ 1.234,5", "number, e.g. 1.234,5 (Vietnamese)")
            .into(),
        Kind::Integer => lang.pick("số nguyên", "whole number").into(),
        Kind::Date => lang.pick("ngày dd/mm/yyyy", "date dd/mm/yyyy").into(),
        Kind::Bool => lang.pick("có / không", "yes / no").into(),
        Kind::List => lang
            .pick("các mã, cách nhau bằng ;", "ids separated by ;")
            .into(),
        Kind::Value => lang
            .pick("số, hoặc mức phân loại", "number, or a category")
            .into(),
        Kind::Choice(choices) => {
            let list: Vec<String> = choices
                .iter()
                .map(|(code, vi, en)| format!("{code} ({})", lang.pick(vi, en)))
                .collect();
            format!("{}: {}", lang.pick("một trong", "one of"), list.join(", "))
        }
    }
}

fn required_text(r: Required, lang: Lang) -> String {
    match r {
        Required::No | Required::Blank => String::new(),
        Required::Yes => lang.pick("bắt buộc", "required").into(),
        Required::With(group) => match lang {
            Lang::Vi => format!("bắt buộc khi có {group}"),
            Lang::En => format!("required with {group}"),
        },
    }
}

/// The guide: one row per column of every sheet.
pub fn guide(lang: Lang) -> (Vec<String>, Vec<Vec<Cell>>) {
    let headers = vec![
        lang.pick("Trang tính", "Sheet").to_string(),
        lang.pick("Tệp CSV", "CSV file").to_string(),
        lang.pick("Cột", "Column").to_string(),
        lang.pick("Kiểu", "Kind").to_string(),
        lang.pick("Bắt buộc", "Required").to_string(),
        lang.pick("Trường chiso/1", "chiso/1 field").to_string(),
    ];
    let mut out = Vec::new();
    for s in sheets() {
        for c in &s.columns {
            out.push(vec![
                Cell::Text(s.name(lang).into()),
                Cell::Text(format!("{}.csv", s.key)),
                Cell::Text(c.header(lang).into()),
                Cell::Text(kind_text(c.kind, lang)),
                Cell::Text(required_text(c.required, lang)),
                Cell::Text(c.key.into()),
            ]);
        }
    }
    (headers, out)
}

fn headers(sheet: &Sheet, lang: Lang) -> Vec<String> {
    sheet
        .columns
        .iter()
        .map(|c| c.header(lang).to_string())
        .collect()
}

/// Writes the template as an XLSX workbook.
pub fn to_xlsx(dataset: &Dataset, path: &Path, lang: Lang) -> anyhow::Result<()> {
    let json = serde_json::to_value(dataset)?;
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let text = Format::new().set_num_format("@");
    let (guide_headers, guide_rows) = guide(lang);
    write_sheet(
        book.add_worksheet(),
        guide_name(lang),
        &guide_headers,
        &guide_rows,
        (&bold, &date),
    )?;
    for sheet in sheets() {
        let ws = book.add_worksheet();
        // Text columns stay text when someone types `6.10` or `2025` into them.
        for (i, c) in sheet.columns.iter().enumerate() {
            let col = u16::try_from(i)?;
            match c.kind {
                Kind::Text | Kind::List => {
                    ws.set_column_format(col, &text)?;
                }
                // A drop-down of the labels; a warning only, since codes are accepted too.
                Kind::Choice(choices) => {
                    let labels: Vec<&str> = choices
                        .iter()
                        .map(|(_, vi, en)| lang.pick(vi, en))
                        .collect();
                    let list = DataValidation::new()
                        .allow_list_strings(&labels)?
                        .set_error_style(DataValidationErrorStyle::Warning);
                    ws.add_data_validation(1, col, LAST_ROW, col, &list)?;
                }
                _ => {}
            }
        }
        write_sheet(
            ws,
            sheet.name(lang),
            &headers(&sheet, lang),
            &rows(&json, &sheet, lang, false),
            (&bold, &date),
        )?;
    }
    book.save(path)
        .with_context(|| format!("cannot write {}", path.display()))
}

fn write_sheet(
    ws: &mut Worksheet,
    name: &str,
    headers: &[String],
    rows: &[Vec<Cell>],
    (bold, date): (&Format, &Format),
) -> anyhow::Result<()> {
    ws.set_name(name)?;
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, u16::try_from(c)?, h, bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1)?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c)?;
            match cell {
                Cell::Empty => {}
                Cell::Text(s) => {
                    ws.write_string(r, c, s)?;
                }
                Cell::Number(x) => {
                    ws.write_number(r, c, *x)?;
                }
                Cell::Bool(b) => {
                    ws.write_boolean(r, c, *b)?;
                }
                Cell::Date(d) => {
                    let when = ExcelDateTime::from_ymd(
                        u16::try_from(d.year)?,
                        u8::try_from(d.month)?,
                        u8::try_from(d.day)?,
                    )?;
                    ws.write_datetime_with_format(r, c, &when, date)?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_autofit_max_width(400);
    ws.autofit();
    Ok(())
}

/// Writes the template as a folder of CSV files, one per sheet, plus `_guide.csv`.
pub fn to_csv_dir(dataset: &Dataset, dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let json = serde_json::to_value(dataset)?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let (guide_headers, guide_rows) = guide(lang);
    write_csv(&dir.join("_guide.csv"), &guide_headers, &guide_rows)?;
    for sheet in sheets() {
        write_csv(
            &dir.join(format!("{}.csv", sheet.key)),
            &headers(&sheet, lang),
            &rows(&json, &sheet, lang, true),
        )?;
    }
    Ok(())
}

fn write_csv(path: &Path, headers: &[String], rows: &[Vec<Cell>]) -> anyhow::Result<()> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::Writer::from_writer(&mut bytes);
        w.write_record(headers)?;
        for row in rows {
            w.write_record(row.iter().map(Cell::text))?;
        }
        w.flush()?;
    }
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}
