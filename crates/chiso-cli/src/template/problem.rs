//! What can be wrong in a filled template, located by sheet, row and column, in Vietnamese and
//! English.

use super::spec::Choices;
use chiso_core::format::Lang;
use chiso_core::IssueCode;
use serde::Serialize;

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Text where a number is expected.
    NotANumber,
    /// A number with decimals where a whole number is expected.
    NotAWholeNumber,
    /// Not a date.
    BadDate,
    /// Not yes or no.
    BadYesNo,
    /// Not one of the allowed values.
    NotAChoice(Choices),
    /// An empty cell that must be filled.
    Required,
    /// A header the template does not have.
    UnknownColumn,
    /// Two headers naming the same column.
    DuplicateColumn,
    /// A required column is absent.
    MissingColumn(String),
    /// A sheet the template does not have.
    UnknownSheet,
    /// Two sheets for the same section.
    DuplicateSheet,
    /// The general-information sheet is absent or empty.
    MissingMeta,
    /// More than one row on the general-information sheet.
    OneRowOnly,
    /// A link to a framework, indicator or figure that no row defines.
    UnknownParent,
    /// A problem found by `chiso validate` once the rows are assembled.
    Invalid(IssueCode),
    /// The assembled record does not have the shape of `chiso/1`.
    Shape(String),
}

impl Problem {
    /// A stable code for the JSON output.
    pub fn code(&self) -> String {
        match self {
            Problem::NotANumber => "not_a_number".into(),
            Problem::NotAWholeNumber => "not_a_whole_number".into(),
            Problem::BadDate => "bad_date".into(),
            Problem::BadYesNo => "bad_yes_no".into(),
            Problem::NotAChoice(_) => "not_a_choice".into(),
            Problem::Required => "required".into(),
            Problem::UnknownColumn => "unknown_column".into(),
            Problem::DuplicateColumn => "duplicate_column".into(),
            Problem::MissingColumn(_) => "missing_column".into(),
            Problem::UnknownSheet => "unknown_sheet".into(),
            Problem::DuplicateSheet => "duplicate_sheet".into(),
            Problem::MissingMeta => "missing_meta".into(),
            Problem::OneRowOnly => "one_row_only".into(),
            Problem::UnknownParent => "unknown_parent".into(),
            Problem::Invalid(code) => serde_json::to_value(code)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            Problem::Shape(_) => "wrong_shape".into(),
        }
    }

    /// What was expected, for people.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Problem::NotANumber => lang
                .pick("cần một số (ví dụ 1.234,5)", "a number (e.g. 1.234,5)")
                .into(),
            Problem::NotAWholeNumber => lang.pick("cần một số nguyên", "a whole number").into(),
            Problem::BadDate => lang
                .pick(
                    "cần một ngày có thật, dạng dd/mm/yyyy",
                    "a real date, written dd/mm/yyyy",
                )
                .into(),
            Problem::BadYesNo => lang
                .pick("cần \"có\" hoặc \"không\"", "\"yes\" or \"no\"")
                .into(),
            Problem::NotAChoice(choices) => {
                let list: Vec<String> = choices
                    .iter()
                    .map(|(code, vi, en)| format!("{code} ({})", lang.pick(vi, en)))
                    .collect();
                format!(
                    "{} {}",
                    lang.pick("cần một trong:", "one of:"),
                    list.join(", ")
                )
            }
            Problem::Required => lang
                .pick("ô này bắt buộc phải điền", "this cell must be filled")
                .into(),
            Problem::UnknownColumn => lang
                .pick(
                    "cột không có trong mẫu (xem trang Hướng dẫn)",
                    "a column the template does not have (see the Guide sheet)",
                )
                .into(),
            Problem::DuplicateColumn => lang.pick("cột bị lặp", "the column appears twice").into(),
            Problem::MissingColumn(header) => match lang {
                Lang::Vi => format!("thiếu cột bắt buộc \"{header}\""),
                Lang::En => format!("the required column \"{header}\" is missing"),
            },
            Problem::UnknownSheet => lang
                .pick(
                    "trang tính không có trong mẫu",
                    "a sheet the template does not have",
                )
                .into(),
            Problem::DuplicateSheet => lang
                .pick(
                    "hai trang tính cho cùng một phần",
                    "two sheets for the same section",
                )
                .into(),
            Problem::MissingMeta => lang
                .pick(
                    "cần trang Thông tin chung với một dòng",
                    "the General sheet with one row is required",
                )
                .into(),
            Problem::OneRowOnly => lang
                .pick(
                    "trang này chỉ có một dòng số liệu",
                    "this sheet has one data row only",
                )
                .into(),
            Problem::UnknownParent => lang
                .pick(
                    "không có dòng nào định nghĩa mã này",
                    "no row defines this id",
                )
                .into(),
            Problem::Invalid(code) => code.expected(lang).into(),
            Problem::Shape(detail) => format!(
                "{} ({detail})",
                lang.pick(
                    "dữ liệu không đúng cấu trúc chiso/1",
                    "the data does not have the chiso/1 shape"
                )
            ),
        }
    }
}

/// One problem with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    /// Sheet name as in the workbook (or CSV file name).
    pub sheet: String,
    /// Spreadsheet row (1 is the header row), when the problem is in a row.
    pub row: Option<usize>,
    /// Column position (0-based) and header, when the problem is in a cell.
    pub column: Option<(usize, String)>,
    /// What is wrong.
    pub problem: Problem,
    /// What was found.
    pub found: String,
}

/// A column letter: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letter(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + u8::try_from(i % 26).unwrap_or(0)));
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.iter().rev().collect()
}

/// The JSON form of an error (`chiso import --format json`).
#[derive(Serialize)]
pub struct ErrorJson {
    sheet: String,
    row: Option<usize>,
    column: Option<String>,
    header: Option<String>,
    code: String,
    found: String,
    message: String,
}

impl ImportError {
    /// The JSON form.
    pub fn json(&self, lang: Lang) -> ErrorJson {
        ErrorJson {
            sheet: self.sheet.clone(),
            row: self.row,
            column: self.column.as_ref().map(|(i, _)| column_letter(*i)),
            header: self.column.as_ref().map(|(_, h)| h.clone()),
            code: self.problem.code(),
            found: self.found.clone(),
            message: self.problem.text(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
