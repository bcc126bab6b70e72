//! `chiso export` and `chiso import`: the round trip of the spreadsheet template (XLSX and CSV),
//! golden files of the exported CSV, and a spreadsheet with errors that are all reported with
//! their sheet, row and column while nothing is written.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use chiso_core::model::Dataset;
use std::path::{Path, PathBuf};
use std::process::Command;

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/data/khanh-hoa.json");
const FULL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/full.json");

/// Runs `chiso` and returns (exit code, stdout); stderr must be empty.
fn chiso(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .args(args)
        .output()
        .expect("run chiso");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// A fresh, empty temporary folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chiso-template-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn load(path: &Path) -> Dataset {
    chiso_core::load(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Exports `source` as `target` (an .xlsx file or a folder), imports it back, and compares.
fn round_trip(source: &str, target: &Path, lang: &str) {
    let (code, out) = chiso(&["export", source, p(target), "--lang", lang]);
    assert_eq!(code, 0, "{out}");
    let back = target.with_extension("back.json");
    let (code, out) = chiso(&["import", p(target), p(&back), "--lang", lang]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(load(&back), load(Path::new(source)), "{}", target.display());
}

#[test]
fn the_default_dataset_survives_xlsx_and_csv() {
    let dir = scratch("default");
    round_trip(DEFAULT, &dir.join("khanh-hoa.xlsx"), "vi");
    round_trip(DEFAULT, &dir.join("csv"), "vi");
}

#[test]
fn every_section_and_field_survives_in_both_languages() {
    let dir = scratch("full");
    for lang in ["vi", "en"] {
        round_trip(FULL, &dir.join(format!("full-{lang}.xlsx")), lang);
        round_trip(FULL, &dir.join(format!("csv-{lang}")), lang);
    }
}

#[test]
fn exported_csv_golden() {
    let dir = scratch("golden");
    let (code, _) = chiso(&["export", FULL, p(&dir)]);
    assert_eq!(code, 0);
    for name in ["meta", "tasks", "budget", "rule_steps"] {
        let text = std::fs::read_to_string(dir.join(format!("{name}.csv"))).unwrap();
        assert!(
            text.starts_with('\u{feff}'),
            "a byte-order mark for spreadsheet programs"
        );
        insta::assert_snapshot!(
            format!("export_csv_{name}"),
            text.trim_start_matches('\u{feff}')
        );
    }
}

/// Edits one CSV file of a folder: `edit(header, row)` on every data row.
fn edit_csv(path: &Path, edit: impl Fn(&[String], &mut Vec<String>)) {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let header = rows[0].clone();
    for row in rows.iter_mut().skip(1) {
        edit(&header, row);
    }
    let mut w = csv::Writer::from_path(path).unwrap();
    for row in rows {
        w.write_record(row).unwrap();
    }
    w.flush().unwrap();
}

/// Sets the cell of `column` in the rows where `when` holds.
fn set_cell(header: &[String], row: &mut [String], when: (&str, &str), column: &str, value: &str) {
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    if row[at(when.0)] == when.1 {
        row[at(column)] = value.to_string();
    }
}

/// The default dataset as CSV with four mistakes: a text in a number column, a task without
/// its lead agency, an unknown indicator code, and a date that does not exist.
fn broken_csv(dir: &Path) {
    let (code, _) = chiso(&["export", DEFAULT, p(dir)]);
    assert_eq!(code, 0);
    edit_csv(&dir.join("observations.csv"), |h, row| {
        if row[1] == "khanh-hoa" && row[2] == "2024" {
            set_cell(h, row, ("Mã chỉ số", "dti:6.1"), "Điểm", "mười lăm");
            set_cell(h, row, ("Mã chỉ số", "dti:6.2"), "Mã chỉ số", "dti:6.99");
        }
    });
    edit_csv(&dir.join("tasks.csv"), |h, row| {
        set_cell(h, row, ("Mã nhiệm vụ", "512-3"), "Cơ quan chủ trì", "");
    });
    edit_csv(&dir.join("sources.csv"), |h, row| {
        set_cell(h, row, ("Mã nguồn", "000"), "Ngày ban hành", "31/02/2026");
    });
}

#[test]
fn every_error_of_a_csv_folder_is_reported_and_nothing_is_written() {
    let dir = scratch("broken-csv");
    let csv = dir.join("csv");
    broken_csv(&csv);
    let out_file = dir.join("out.json");
    let (code, out) = chiso(&["import", p(&csv), p(&out_file)]);
    assert_eq!(code, 1, "{out}");
    assert!(!out_file.exists(), "nothing is written");
    insta::assert_snapshot!("import_errors_csv_vi", out);

    let (code, json) = chiso(&[
        "import",
        p(&csv),
        p(&out_file),
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1);
    assert!(!out_file.exists());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let found: Vec<(String, u64, String, String)> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["sheet"].as_str().unwrap().to_string(),
                e["row"].as_u64().unwrap(),
                e["header"].as_str().unwrap().to_string(),
                e["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let codes: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(
        codes,
        ["bad_date", "not_a_number", "unknown_reference", "required"],
        "{found:#?}"
    );
    assert_eq!(found[0].0, "sources");
    assert_eq!(found[0].2, "Ngày ban hành");
    assert_eq!(
        (found[1].0.as_str(), found[1].2.as_str()),
        ("observations", "Điểm")
    );
    assert_eq!(
        (found[2].0.as_str(), found[2].2.as_str()),
        ("observations", "Mã chỉ số")
    );
    assert_eq!(
        (found[3].0.as_str(), found[3].2.as_str()),
        ("tasks", "Cơ quan chủ trì")
    );
    // Rows are spreadsheet rows: the header is row 1.
    assert_eq!(
        found[1].1 + 1,
        found[2].1,
        "6.1 and 6.2 are on consecutive rows"
    );
}

/// The Vietnamese sheet names of the template, for workbooks built from CSV files.
const SHEETS: [(&str, &str); 17] = [
    ("meta", "Thông tin chung"),
    ("notes", "Ghi chú chung"),
    ("sources", "Nguồn"),
    ("entities", "Đơn vị"),
    ("frameworks", "Bộ chỉ số"),
    ("indicators", "Chỉ số"),
    ("rule_steps", "Bậc điểm"),
    ("rule_categories", "Mức phân loại"),
    ("metrics", "Chỉ tiêu đo"),
    ("observations", "Số liệu"),
    ("targets", "Mục tiêu"),
    ("budget", "Ngân sách"),
    ("disbursement", "Giải ngân theo tháng"),
    ("tasks", "Nhiệm vụ"),
    ("figures", "Số liệu khác"),
    ("figure_parts", "Thành phần số liệu"),
    ("figure_also_stated", "Số nêu khác"),
];

/// A workbook with one text sheet per CSV file of a folder, as an office would paste them.
fn workbook_of(dir: &Path, out: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (key, name) in SHEETS {
        let text = std::fs::read_to_string(dir.join(format!("{key}.csv"))).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let ws = book.add_worksheet();
        ws.set_name(name).unwrap();
        for (r, record) in reader.records().enumerate() {
            for (c, cell) in record.unwrap().iter().enumerate() {
                if !cell.is_empty() {
                    ws.write_string(r as u32, c as u16, cell).unwrap();
                }
            }
        }
    }
    book.save(out).unwrap();
}

#[test]
fn every_error_of_a_workbook_is_reported_with_sheet_row_and_column() {
    let dir = scratch("broken-xlsx");
    let csv = dir.join("csv");
    broken_csv(&csv);
    // The office's own headers: "Thời gian hoàn thành" for the deadline.
    edit_csv(&csv.join("tasks.csv"), |_, _| {});
    let text = std::fs::read_to_string(csv.join("tasks.csv")).unwrap();
    std::fs::write(
        csv.join("tasks.csv"),
        text.replacen("Thời hạn", "Thời gian hoàn thành", 1),
    )
    .unwrap();
    let xlsx = dir.join("broken.xlsx");
    workbook_of(&csv, &xlsx);
    let out_file = dir.join("out.json");
    let (code, out) = chiso(&["import", p(&xlsx), p(&out_file), "--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(!out_file.exists());
    insta::assert_snapshot!("import_errors_xlsx_en", out);
    for sheet in ["Nguồn", "Số liệu", "Nhiệm vụ"] {
        assert!(out.contains(sheet), "{sheet} in {out}");
    }
}

#[test]
fn a_clean_workbook_of_text_cells_imports() {
    let dir = scratch("text-xlsx");
    let csv = dir.join("csv");
    let (code, _) = chiso(&["export", DEFAULT, p(&csv)]);
    assert_eq!(code, 0);
    let xlsx = dir.join("text.xlsx");
    workbook_of(&csv, &xlsx);
    let back = dir.join("back.json");
    let (code, out) = chiso(&["import", p(&xlsx), p(&back)]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(load(&back), load(Path::new(DEFAULT)));
}

#[test]
fn unknown_sheets_and_columns_are_errors() {
    let dir = scratch("unknown");
    let csv = dir.join("csv");
    let (code, _) = chiso(&["export", FULL, p(&csv)]);
    assert_eq!(code, 0);
    std::fs::write(csv.join("extra.csv"), "a,b\n1,2\n").unwrap();
    let text = std::fs::read_to_string(csv.join("metrics.csv")).unwrap();
    std::fs::write(
        csv.join("metrics.csv"),
        text.replacen("Đơn vị tính", "Đơn vị tinh", 1),
    )
    .unwrap();
    let (code, out) = chiso(&[
        "import",
        p(&csv),
        p(&dir.join("x.json")),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let codes: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"unknown_sheet") && codes.contains(&"unknown_column"),
        "{out}"
    );
}

#[test]
fn agencies_by_name_and_statuses_in_the_office_s_words() {
    let dir = scratch("names");
    let csv = dir.join("csv");
    let (code, _) = chiso(&["export", FULL, p(&csv)]);
    assert_eq!(code, 0);
    edit_csv(&csv.join("tasks.csv"), |h, row| {
        // `dost` is "Sở KH&CN" (name) and "DOST" (English name) in the fixture.
        set_cell(
            h,
            row,
            ("Mã nhiệm vụ", "512-1"),
            "Cơ quan chủ trì",
            "Sở KH&CN",
        );
        set_cell(
            h,
            row,
            ("Mã nhiệm vụ", "512-1"),
            "Tình trạng",
            "Đã hoàn thành",
        );
        set_cell(
            h,
            row,
            ("Mã nhiệm vụ", "512-2"),
            "Cơ quan chủ trì",
            "DOST; Công an tỉnh",
        );
        set_cell(
            h,
            row,
            ("Mã nhiệm vụ", "512-2"),
            "Tình trạng",
            "Chờ hướng dẫn",
        );
    });
    let back = dir.join("back.json");
    let (code, out) = chiso(&["import", p(&csv), p(&back)]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(load(&back), load(Path::new(FULL)));
}
