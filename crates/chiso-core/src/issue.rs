//! Problems found in a published file: what, where (JSON path, or line and column), what was expected.

use crate::format::Lang;
use serde::Serialize;

/// What kind of problem an [`Issue`] is. The widget and the CLI translate it with [`Issue::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueCode {
    /// The text is not JSON.
    MalformedJson,
    /// The JSON does not have the shape of `chiso/1` (wrong type, missing or unknown field).
    WrongShape,
    /// The `format` field names a version this chiso does not read.
    UnknownFormat,
    /// Two items share an id or code.
    Duplicate,
    /// A reference to an entity, source, indicator, metric, figure or budget line that does not exist.
    UnknownReference,
    /// A reference to an entity of the wrong kind (e.g. `meta.province` naming an agency).
    WrongEntityKind,
    /// A framework without exactly one root indicator.
    Root,
    /// Indicators whose parents form a loop.
    Cycle,
    /// Children whose maxima add up to more than their parent's.
    ChildrenExceedParent,
    /// A number that must be finite and not negative is not.
    NegativeOrNonFinite,
    /// Disbursed more than allocated.
    DisbursedExceedsAllocated,
    /// A percentage outside 0–100.
    PercentOutOfRange,
    /// Points outside 0 and the indicator's maximum.
    PointsOutOfRange,
    /// A rank below 1 or above the number ranked.
    RankOutOfRange,
    /// A date that is not `YYYY-MM-DD`.
    BadDate,
    /// A period that is not `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`.
    BadPeriod,
    /// A value required by the item's kind is missing (a target value, a category...).
    MissingValue,
    /// A scoring rule that cannot be applied (zero-width linear rule, duplicate categories...).
    BadRule,
    /// A month outside 1–12.
    BadMonth,
    /// A cumulative series that goes down.
    NotCumulative,
    /// The file is larger than the reader accepts ([`crate::limits::Limits`]); `found` is
    /// `"{size} > {limit}"` in bytes.
    TooLarge,
    /// A number larger in magnitude than any figure of a province
    /// ([`crate::limits::MAX_MAGNITUDE`]): arithmetic on it would overflow.
    NumberOutOfRange,
    /// Text where a scoring rule needs a number (`"NaN"`, `"12"`).
    NotANumber,
}

impl IssueCode {
    /// What was expected, in the given language.
    pub fn expected(self, lang: Lang) -> &'static str {
        use IssueCode as C;
        match (self, lang) {
            (C::MalformedJson, Lang::Vi) => "tệp không phải JSON hợp lệ",
            (C::MalformedJson, Lang::En) => "the file is not valid JSON",
            (C::WrongShape, Lang::Vi) => "dữ liệu không đúng cấu trúc chiso/1",
            (C::WrongShape, Lang::En) => "the data does not have the chiso/1 shape",
            (C::UnknownFormat, Lang::Vi) => "phiên bản định dạng phải là \"chiso/1\"",
            (C::UnknownFormat, Lang::En) => "the format version must be \"chiso/1\"",
            (C::Duplicate, Lang::Vi) => "mã hoặc định danh phải là duy nhất",
            (C::Duplicate, Lang::En) => "ids and codes must be unique",
            (C::UnknownReference, Lang::Vi) => "tham chiếu tới mục không tồn tại",
            (C::UnknownReference, Lang::En) => "a reference to something that does not exist",
            (C::WrongEntityKind, Lang::Vi) => "tham chiếu tới đối tượng sai loại",
            (C::WrongEntityKind, Lang::En) => "a reference to an entity of the wrong kind",
            (C::Root, Lang::Vi) => "bộ chỉ số phải có đúng một chỉ số gốc",
            (C::Root, Lang::En) => "a framework needs exactly one root indicator",
            (C::Cycle, Lang::Vi) => "quan hệ cha – con tạo thành vòng lặp",
            (C::Cycle, Lang::En) => "parent links form a loop",
            (C::ChildrenExceedParent, Lang::Vi) => {
                "tổng điểm tối đa của các chỉ số con vượt điểm tối đa của chỉ số cha"
            }
            (C::ChildrenExceedParent, Lang::En) => {
                "the children's maxima add up to more than the parent's maximum"
            }
            (C::NegativeOrNonFinite, Lang::Vi) => "số phải hữu hạn và không âm",
            (C::NegativeOrNonFinite, Lang::En) => "a finite, non-negative number",
            (C::DisbursedExceedsAllocated, Lang::Vi) => "số giải ngân không được vượt số phân bổ",
            (C::DisbursedExceedsAllocated, Lang::En) => "disbursed must not exceed allocated",
            (C::PercentOutOfRange, Lang::Vi) => "tỷ lệ phần trăm phải trong khoảng 0–100",
            (C::PercentOutOfRange, Lang::En) => "a percentage between 0 and 100",
            (C::PointsOutOfRange, Lang::Vi) => "điểm phải từ 0 đến điểm tối đa của chỉ số",
            (C::PointsOutOfRange, Lang::En) => "points between 0 and the indicator's maximum",
            (C::RankOutOfRange, Lang::Vi) => "thứ hạng phải từ 1 đến số đơn vị được xếp hạng",
            (C::RankOutOfRange, Lang::En) => "a rank between 1 and the number of units ranked",
            (C::BadDate, Lang::Vi) => "ngày theo dạng YYYY-MM-DD",
            (C::BadDate, Lang::En) => "a date written YYYY-MM-DD",
            (C::BadPeriod, Lang::Vi) => "kỳ theo dạng YYYY, YYYY-Qn, YYYY-MM hoặc YYYY-MM-DD",
            (C::BadPeriod, Lang::En) => "a period written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD",
            (C::MissingValue, Lang::Vi) => "thiếu giá trị bắt buộc",
            (C::MissingValue, Lang::En) => "a required value is missing",
            (C::BadRule, Lang::Vi) => "quy tắc chấm điểm không áp dụng được",
            (C::BadRule, Lang::En) => "a scoring rule that can be applied",
            (C::BadMonth, Lang::Vi) => "tháng từ 1 đến 12",
            (C::BadMonth, Lang::En) => "a month from 1 to 12",
            (C::NotCumulative, Lang::Vi) => "số lũy kế không được giảm theo tháng",
            (C::NotCumulative, Lang::En) => {
                "cumulative amounts must not decrease from month to month"
            }
            (C::TooLarge, Lang::Vi) => "tệp vượt giới hạn dung lượng",
            (C::TooLarge, Lang::En) => "the file is larger than the size limit",
            (C::NumberOutOfRange, Lang::Vi) => "số có giá trị tuyệt đối không quá 10^15",
            (C::NumberOutOfRange, Lang::En) => "a number no larger than 10^15 in magnitude",
            (C::NotANumber, Lang::Vi) => "giá trị phải là số",
            (C::NotANumber, Lang::En) => "a number",
        }
    }
}

/// One problem in a published file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// What kind of problem.
    pub code: IssueCode,
    /// JSON path, e.g. `observations[12].points`; empty for the whole file.
    pub path: String,
    /// What was found: the offending value or reference, in the file's own terms.
    pub found: String,
    /// Line (1-based) for syntax errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Column (1-based) for syntax errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Issue {
    /// An issue at a JSON path.
    pub fn at(code: IssueCode, path: impl Into<String>, found: impl Into<String>) -> Self {
        Issue {
            code,
            path: path.into(),
            found: found.into(),
            line: None,
            column: None,
        }
    }

    /// One line for people: where, what was expected, what was found.
    pub fn message(&self, lang: Lang) -> String {
        if let Some(text) = self.too_large(lang) {
            return text;
        }
        let mut out = String::new();
        if let (Some(line), Some(column)) = (self.line, self.column) {
            out.push_str(&match lang {
                Lang::Vi => format!("dòng {line}, cột {column}"),
                Lang::En => format!("line {line}, column {column}"),
            });
        }
        if !self.path.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.path);
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(self.code.expected(lang));
        if !self.found.is_empty() {
            out.push_str(match lang {
                Lang::Vi => " — gặp: ",
                Lang::En => " — found: ",
            });
            out.push_str(&self.found);
        }
        out
    }
}

/// At most [`CLIP`] characters of a value quoted from a file, with `…` when cut: a hostile file
/// cannot make an error message as large as itself.
pub fn clip(text: &str) -> String {
    match text.char_indices().nth(CLIP) {
        None => text.to_string(),
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or_default()),
    }
}

/// How many characters of a value an issue quotes ([`clip`]).
pub const CLIP: usize = 120;

impl Issue {
    /// A [`IssueCode::TooLarge`] issue in words, with the size and the limit in KB or MB.
    fn too_large(&self, lang: Lang) -> Option<String> {
        if self.code != IssueCode::TooLarge {
            return None;
        }
        // `a > b` split on its char (a text pattern links the substring searcher and the panic
        // message of a bad str slice into the wasm).
        let (size, limit) = self.found.split_once('>')?;
        let (size, limit) = (size.trim_end(), limit.trim_start());
        // Byte counts are integers: read as u64, so the wasm carries no float parser
        // (`str::parse::<f64>` links core's dec2flt and its ~10 KB power-of-five table).
        let words = |bytes: &str| {
            let bytes: u64 = crate::num::unsigned(bytes.trim())?;
            #[allow(clippy::cast_precision_loss)]
            Some(crate::limits::size_in_words(bytes as f64, lang))
        };
        let (size, limit) = (words(size)?, words(limit)?);
        Some(match lang {
            Lang::Vi => format!("Tệp quá lớn: {size}, vượt giới hạn {limit}"),
            Lang::En => format!("The file is too large: {size}, over the {limit} limit"),
        })
    }
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Issue {}
