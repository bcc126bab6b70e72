//! The spreadsheet template of `chiso/1`: one sheet per section, its columns with their
//! Vietnamese and English headers, the kind of value each holds, and where it goes in the JSON.
//!
//! A column's `key` is a dotted path inside one record (`source.id`, `name.vi`); keys starting
//! with `@` link a row to its parent record (the framework of an indicator, the figure of a part).

use chiso_core::format::Lang;

/// Allowed values of a choice column: the `chiso/1` code, its Vietnamese and English labels.
pub type Choices = &'static [(&'static str, &'static str, &'static str)];

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Free text.
    Text,
    /// A number, `1.234,5` in text cells.
    Number,
    /// A whole number.
    Integer,
    /// A date: a date cell, `dd/mm/yyyy` or `YYYY-MM-DD`; `YYYY-MM-DD` in the JSON.
    Date,
    /// `có`/`không` (yes/no).
    Bool,
    /// Ids separated by `;`.
    List,
    /// A number, or else a category (`yes`).
    Value,
    /// One of a list of codes (their labels are accepted too).
    Choice(Choices),
}

/// When a cell must be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    /// Never.
    No,
    /// Always.
    Yes,
    /// When any column under this path prefix is filled (an optional object such as `baseline`).
    With(&'static str),
    /// A text the format requires but that may be empty: an empty cell is read as `""`.
    Blank,
}

/// One column of a sheet.
#[derive(Debug, Clone)]
pub struct Column {
    /// Path inside the record, or `@…` for a link to the parent record.
    pub key: &'static str,
    /// Vietnamese header.
    pub vi: String,
    /// English header.
    pub en: String,
    /// Other headers accepted on import.
    pub aliases: &'static [&'static str],
    /// What it holds.
    pub kind: Kind,
    /// Whether it must be filled.
    pub required: Required,
}

impl Column {
    /// The header in a language.
    pub fn header(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Where a sheet's rows go in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The one row of `meta` (without its notes).
    Meta,
    /// `meta.notes`, one text per row.
    Notes,
    /// A top-level list: `sources`, `observations`…
    List(&'static str),
    /// `frameworks[…].indicators`, by the `@framework` column.
    Indicators,
    /// `frameworks[…].indicators[…].rule.<field>` (`steps`, `categories`), by `@framework`, `@code`.
    RuleItems(&'static str),
    /// `figures[…].<field>` (`parts`, `also_stated`), by the `@figure` column.
    FigureItems(&'static str),
}

/// One sheet of the template (one CSV file).
#[derive(Debug, Clone)]
pub struct Sheet {
    /// File name of the CSV (without `.csv`) and stable id.
    pub key: &'static str,
    /// Vietnamese sheet name (at most 31 characters).
    pub vi: &'static str,
    /// English sheet name.
    pub en: &'static str,
    /// Where its rows go.
    pub place: Place,
    /// Its columns.
    pub columns: Vec<Column>,
}

impl Sheet {
    /// The sheet name in a language.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

fn col(key: &'static str, vi: &str, en: &str, kind: Kind, required: Required) -> Column {
    Column {
        key,
        vi: vi.to_string(),
        en: en.to_string(),
        aliases: &[],
        kind,
        required,
    }
}

fn text(key: &'static str, vi: &str, en: &str) -> Column {
    col(key, vi, en, Kind::Text, Required::No)
}

fn req(key: &'static str, vi: &str, en: &str) -> Column {
    col(key, vi, en, Kind::Text, Required::Yes)
}

/// A required text that may be empty (`unit`, a document `number`).
fn blank(key: &'static str, vi: &str, en: &str) -> Column {
    col(key, vi, en, Kind::Text, Required::Blank)
}

fn num(key: &'static str, vi: &str, en: &str) -> Column {
    col(key, vi, en, Kind::Number, Required::No)
}

/// The two columns of a `{vi, en}` text: `base.vi` and `base.en`.
fn bilingual(keys: [&'static str; 2], vi: &str, en: &str, required: bool) -> [Column; 2] {
    [
        col(
            keys[0],
            vi,
            &format!("{en} (Vietnamese)"),
            Kind::Text,
            if required {
                Required::Yes
            } else {
                Required::No
            },
        ),
        col(
            keys[1],
            &format!("{vi} (tiếng Anh)"),
            &format!("{en} (English)"),
            Kind::Text,
            Required::No,
        ),
    ]
}

/// `source.id` and `source.section`; the id is required unless the whole citation is optional.
fn source(optional: bool) -> [Column; 2] {
    [
        col(
            "source.id",
            "Nguồn",
            "Source",
            Kind::Text,
            if optional {
                Required::With("source")
            } else {
                Required::Yes
            },
        ),
        text("source.section", "Mục trong nguồn", "Source section"),
    ]
}

fn illustrative() -> Column {
    col(
        "illustrative",
        "Số minh họa",
        "Illustrative",
        Kind::Bool,
        Required::No,
    )
}

fn note() -> [Column; 2] {
    bilingual(["note.vi", "note.en"], "Ghi chú", "Note", false)
}

const ENTITY_KINDS: Choices = &[
    ("province", "Tỉnh", "Province"),
    ("peer_province", "Tỉnh so sánh", "Peer province"),
    ("agency", "Cơ quan", "Agency"),
    ("locality", "Địa phương", "Locality"),
    ("group", "Nhóm đơn vị", "Group"),
    ("external", "Bên ngoài", "External"),
];
const METHODS: Choices = &[
    ("sum", "Cộng điểm", "Sum"),
    ("composite", "Tổng hợp chuẩn hóa", "Composite"),
];
const DIRECTIONS: Choices = &[
    ("higher", "Cao hơn là tốt", "Higher is better"),
    ("lower", "Thấp hơn là tốt", "Lower is better"),
];
const RULES: Choices = &[
    ("published", "Điểm công bố", "Published points"),
    ("linear", "Tuyến tính", "Linear"),
    ("steps", "Theo bậc", "Steps"),
    ("categorical", "Theo phân loại", "Categorical"),
];
const COMPARATORS: Choices = &[
    ("ge", "≥", "≥"),
    ("gt", ">", ">"),
    ("le", "≤", "≤"),
    ("lt", "<", "<"),
    ("rank_top", "Nhóm đầu", "Top rank"),
    ("range", "Khoảng", "Range"),
    ("qualitative", "Định tính", "Qualitative"),
];
const FIELDS: Choices = &[
    ("value", "Giá trị", "Value"),
    ("points", "Điểm", "Points"),
    ("rank", "Xếp hạng", "Rank"),
];
const CATEGORIES: Choices = &[
    ("total", "Tổng", "Total"),
    ("investment", "Đầu tư", "Investment"),
    ("recurrent", "Thường xuyên", "Recurrent"),
];
const MONEY: Choices = &[
    ("million_vnd", "Triệu đồng", "Million VND"),
    ("billion_vnd", "Tỷ đồng", "Billion VND"),
];
const TASK_STATUSES: Choices = &[
    ("done", "Hoàn thành", "Done"),
    ("on_track", "Đúng tiến độ", "On track"),
    ("in_progress", "Đang triển khai", "In progress"),
    ("late", "Chậm tiến độ", "Late"),
    ("not_started", "Chưa triển khai", "Not started"),
    ("suspended", "Tạm dừng", "Suspended"),
    (
        "waiting_on_guidance",
        "Chờ hướng dẫn",
        "Waiting on guidance",
    ),
];

fn sheet(key: &'static str, vi: &'static str, en: &'static str, place: Place) -> Sheet {
    Sheet {
        key,
        vi,
        en,
        place,
        columns: Vec::new(),
    }
}

impl Sheet {
    fn with(mut self, columns: impl IntoIterator<Item = Column>) -> Sheet {
        self.columns.extend(columns);
        self
    }
}

/// Every sheet of the template, in workbook order.
pub fn sheets() -> Vec<Sheet> {
    use Kind::{Bool, Choice, Integer, List, Value};
    use Required::{No, With, Yes};
    let framework_link = || col("@framework", "Mã bộ chỉ số", "Framework", Kind::Text, Yes);
    let indicator_link = || col("@code", "Mã chỉ số", "Indicator code", Kind::Text, Yes);
    let figure_link = || col("@figure", "Mã số liệu", "Figure id", Kind::Text, Yes);
    vec![
        sheet("meta", "Thông tin chung", "General", Place::Meta)
            .with(bilingual(
                ["title.vi", "title.en"],
                "Tiêu đề",
                "Title",
                true,
            ))
            .with(bilingual(
                ["publisher.vi", "publisher.en"],
                "Đơn vị công bố",
                "Publisher",
                true,
            ))
            .with([
                col("published", "Ngày công bố", "Published", Kind::Date, Yes),
                col("as_of", "Số liệu đến ngày", "Data as of", Kind::Date, Yes),
                text("version", "Phiên bản", "Version"),
                text("licence", "Giấy phép", "Licence"),
                req("province", "Mã tỉnh", "Province id"),
            ]),
        sheet("notes", "Ghi chú chung", "Notes", Place::Notes).with(bilingual(
            ["vi", "en"],
            "Ghi chú",
            "Note",
            true,
        )),
        sheet("sources", "Nguồn", "Sources", Place::List("sources"))
            .with([
                req("id", "Mã nguồn", "Source id"),
                blank("number", "Số hiệu", "Number"),
                col("date", "Ngày ban hành", "Date", Kind::Date, No),
            ])
            .with(bilingual(
                ["issuer.vi", "issuer.en"],
                "Cơ quan ban hành",
                "Issuer",
                true,
            ))
            .with(bilingual(
                ["title.vi", "title.en"],
                "Trích yếu",
                "Title",
                true,
            ))
            .with(note()),
        sheet("entities", "Đơn vị", "Entities", Place::List("entities"))
            .with([
                req("id", "Mã đơn vị", "Entity id"),
                col("kind", "Loại", "Kind", Choice(ENTITY_KINDS), Yes),
            ])
            .with(bilingual(["name.vi", "name.en"], "Tên", "Name", true))
            .with(bilingual(
                ["short.vi", "short.en"],
                "Tên ngắn",
                "Short name",
                false,
            )),
        sheet(
            "frameworks",
            "Bộ chỉ số",
            "Frameworks",
            Place::List("frameworks"),
        )
        .with([req("id", "Mã bộ chỉ số", "Framework id")])
        .with(bilingual(["name.vi", "name.en"], "Tên", "Name", true))
        .with([
            num("index_scale", "Thang chỉ số", "Index scale"),
            col("method", "Phương pháp", "Method", Choice(METHODS), No),
            num(
                "min_coverage",
                "Tỷ lệ số liệu tối thiểu",
                "Minimum coverage",
            ),
        ])
        .with(source(true)),
        sheet("indicators", "Chỉ số", "Indicators", Place::Indicators)
            .with([
                framework_link(),
                req("code", "Mã chỉ số", "Code"),
                text("parent", "Mã chỉ số cha", "Parent code"),
            ])
            .with(bilingual(
                ["name.vi", "name.en"],
                "Tên chỉ số",
                "Name",
                true,
            ))
            .with([
                col("max", "Điểm tối đa", "Max points", Kind::Number, Yes),
                text("responsible", "Cơ quan phụ trách", "Responsible agency"),
                col(
                    "coordinating",
                    "Cơ quan phối hợp",
                    "Coordinating agencies",
                    List,
                    No,
                ),
                text("unit", "Đơn vị tính", "Unit"),
                col(
                    "direction",
                    "Chiều tốt",
                    "Direction",
                    Choice(DIRECTIONS),
                    No,
                ),
                col(
                    "rule.kind",
                    "Quy tắc chấm điểm",
                    "Scoring rule",
                    Choice(RULES),
                    With("rule"),
                ),
                num(
                    "rule.threshold",
                    "Ngưỡng đạt tối đa",
                    "Full-points threshold",
                ),
                num("rule.zero_at", "Giá trị 0 điểm", "Zero-points value"),
                col(
                    "rule.illustrative",
                    "Quy tắc minh họa",
                    "Rule illustrative",
                    Bool,
                    No,
                ),
                col(
                    "rule.source.id",
                    "Nguồn quy tắc",
                    "Rule source",
                    Kind::Text,
                    With("rule.source"),
                ),
                text(
                    "rule.source.section",
                    "Mục nguồn quy tắc",
                    "Rule source section",
                ),
                num("feasibility", "Khả năng gỡ điểm (0–1)", "Feasibility (0–1)"),
                num("weight", "Trọng số", "Weight"),
            ])
            .with(source(true))
            .with(note()),
        sheet(
            "rule_steps",
            "Bậc điểm",
            "Rule steps",
            Place::RuleItems("steps"),
        )
        .with([
            framework_link(),
            indicator_link(),
            col("at", "Từ mức", "From value", Kind::Number, Yes),
            col("points", "Điểm", "Points", Kind::Number, Yes),
        ]),
        sheet(
            "rule_categories",
            "Mức phân loại",
            "Rule categories",
            Place::RuleItems("categories"),
        )
        .with([
            framework_link(),
            indicator_link(),
            req("value", "Giá trị", "Value"),
            col("points", "Điểm", "Points", Kind::Number, Yes),
        ])
        .with(bilingual(["name.vi", "name.en"], "Nhãn", "Label", false)),
        sheet("metrics", "Chỉ tiêu đo", "Metrics", Place::List("metrics"))
            .with([req("code", "Mã chỉ tiêu", "Code")])
            .with(bilingual(["name.vi", "name.en"], "Tên", "Name", true))
            .with([
                blank("unit", "Đơn vị tính", "Unit"),
                col(
                    "direction",
                    "Chiều tốt",
                    "Direction",
                    Choice(DIRECTIONS),
                    No,
                ),
            ]),
        sheet(
            "observations",
            "Số liệu",
            "Observations",
            Place::List("observations"),
        )
        .with([
            req("code", "Mã chỉ số", "Code"),
            req("entity", "Mã đơn vị", "Entity id"),
            req("period", "Kỳ", "Period"),
            col("value", "Giá trị", "Value", Value, No),
            num("points", "Điểm", "Points"),
            num("stated_max", "Điểm tối đa theo nguồn", "Stated max"),
            col("rank", "Xếp hạng", "Rank", Integer, No),
            col("rank_of", "Trên tổng số", "Ranked out of", Integer, No),
        ])
        .with(source(false))
        .with([illustrative()])
        .with(note()),
        sheet("targets", "Mục tiêu", "Targets", Place::List("targets"))
            .with([
                req("id", "Mã mục tiêu", "Target id"),
                text("number", "STT", "No."),
            ])
            .with(bilingual(
                ["name.vi", "name.en"],
                "Chỉ tiêu",
                "Indicator",
                true,
            ))
            .with([
                blank("unit", "Đơn vị tính", "Unit"),
                col(
                    "comparator",
                    "Phép so sánh",
                    "Comparator",
                    Choice(COMPARATORS),
                    Yes,
                ),
                num("value", "Giá trị mục tiêu", "Target value"),
                num("value_max", "Cận trên", "Upper bound"),
            ])
            .with(bilingual(
                ["wording.vi", "wording.en"],
                "Kết quả (như công bố)",
                "Wording",
                false,
            ))
            .with([
                col("deadline", "Năm hoàn thành", "Deadline year", Integer, Yes),
                col(
                    "baseline.year",
                    "Năm gốc",
                    "Baseline year",
                    Integer,
                    With("baseline"),
                ),
                col(
                    "baseline.value",
                    "Giá trị gốc",
                    "Baseline value",
                    Kind::Number,
                    With("baseline"),
                ),
                col(
                    "baseline.source.id",
                    "Nguồn giá trị gốc",
                    "Baseline source",
                    Kind::Text,
                    With("baseline.source"),
                ),
                text(
                    "baseline.source.section",
                    "Mục nguồn giá trị gốc",
                    "Baseline source section",
                ),
                col(
                    "baseline.illustrative",
                    "Giá trị gốc minh họa",
                    "Baseline illustrative",
                    Bool,
                    No,
                ),
                col(
                    "measure.code",
                    "Mã số liệu đo",
                    "Measured by",
                    Kind::Text,
                    With("measure"),
                ),
                col(
                    "measure.field",
                    "Trường đo",
                    "Measured field",
                    Choice(FIELDS),
                    No,
                ),
                col(
                    "lead",
                    "Cơ quan chủ trì theo dõi",
                    "Lead agencies",
                    List,
                    No,
                ),
            ])
            .with(source(false))
            .with(note()),
        sheet("budget", "Ngân sách", "Budget", Place::List("budget"))
            .with([
                req("id", "Mã dòng", "Line id"),
                req("period", "Năm", "Year"),
                col("category", "Loại chi", "Category", Choice(CATEGORIES), Yes),
                text("recipient", "Đơn vị nhận", "Recipient"),
                col("unit", "Đơn vị tiền", "Money unit", Choice(MONEY), Yes),
                num("planned", "Dự toán", "Planned"),
                num("allocated", "Phân bổ", "Allocated"),
                num("disbursed", "Giải ngân", "Disbursed"),
                num(
                    "budget_total",
                    "Tổng chi ngân sách",
                    "Total budget spending",
                ),
            ])
            .with(bilingual(
                ["budget_total_label.vi", "budget_total_label.en"],
                "Tổng chi ngân sách là",
                "Total budget label",
                false,
            ))
            .with([
                num(
                    "stated.share_of_budget_pct",
                    "Tỷ trọng NS nêu (%)",
                    "Stated budget share (%)",
                ),
                num(
                    "stated.disbursement_pct",
                    "Tỷ lệ giải ngân nêu (%)",
                    "Stated disbursement (%)",
                ),
                num(
                    "stated.allocation_pct",
                    "Tỷ lệ phân bổ nêu (%)",
                    "Stated allocation (%)",
                ),
            ])
            .with(source(false))
            .with([illustrative()])
            .with(note()),
        sheet(
            "disbursement",
            "Giải ngân theo tháng",
            "Monthly disbursement",
            Place::List("disbursement"),
        )
        .with([
            req("line", "Mã dòng ngân sách", "Budget line id"),
            col("month", "Tháng", "Month", Integer, Yes),
            num(
                "planned_cumulative",
                "Kế hoạch lũy kế",
                "Planned cumulative",
            ),
            num(
                "disbursed_cumulative",
                "Giải ngân lũy kế",
                "Disbursed cumulative",
            ),
        ])
        .with(source(false))
        .with([illustrative()]),
        sheet("tasks", "Nhiệm vụ", "Tasks", Place::List("tasks"))
            .with([
                req("id", "Mã nhiệm vụ", "Task id"),
                text("number", "STT", "No."),
            ])
            .with(bilingual(
                ["group.vi", "group.en"],
                "Nhóm nhiệm vụ",
                "Group",
                false,
            ))
            .with(bilingual(
                ["title.vi", "title.en"],
                "Tên nhiệm vụ",
                "Task",
                true,
            ))
            .with([
                col("lead", "Cơ quan chủ trì", "Lead agencies", List, Yes),
                col(
                    "coordinators",
                    "Cơ quan phối hợp",
                    "Coordinating agencies",
                    List,
                    No,
                ),
                Column {
                    aliases: &["Thời gian hoàn thành"],
                    ..text("deadline", "Thời hạn", "Deadline")
                },
                col("status", "Tình trạng", "Status", Choice(TASK_STATUSES), No),
            ])
            .with(bilingual(
                ["output.vi", "output.en"],
                "Kết quả/sản phẩm",
                "Output",
                false,
            ))
            .with(note())
            .with(source(false)),
        sheet("figures", "Số liệu khác", "Figures", Place::List("figures"))
            .with([req("id", "Mã số liệu", "Figure id")])
            .with(bilingual(["name.vi", "name.en"], "Tên", "Name", true))
            .with([
                col("value", "Giá trị", "Value", Kind::Number, Yes),
                blank("unit", "Đơn vị tính", "Unit"),
                text("period", "Kỳ", "Period"),
                col(
                    "parts_exhaustive",
                    "Thành phần đầy đủ",
                    "Parts exhaustive",
                    Bool,
                    No,
                ),
                col(
                    "ratio.numerator",
                    "Tử số (mã)",
                    "Ratio numerator",
                    Kind::Text,
                    With("ratio"),
                ),
                col(
                    "ratio.denominator",
                    "Mẫu số (mã)",
                    "Ratio denominator",
                    Kind::Text,
                    With("ratio"),
                ),
                num("ratio.scale", "Hệ số tỷ lệ", "Ratio scale"),
            ])
            .with(source(false))
            .with([illustrative()])
            .with(note()),
        sheet(
            "figure_parts",
            "Thành phần số liệu",
            "Figure parts",
            Place::FigureItems("parts"),
        )
        .with([figure_link()])
        .with(bilingual(
            ["name.vi", "name.en"],
            "Thành phần",
            "Part",
            true,
        ))
        .with([col("value", "Giá trị", "Value", Kind::Number, Yes)]),
        sheet(
            "figure_also_stated",
            "Số nêu khác",
            "Also stated",
            Place::FigureItems("also_stated"),
        )
        .with([
            figure_link(),
            col("value", "Giá trị", "Value", Kind::Number, Yes),
        ])
        .with(source(false)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_headers_are_unique_and_fit_a_workbook() {
        let sheets = sheets();
        for lang in [Lang::Vi, Lang::En] {
            let mut names: Vec<&str> = sheets.iter().map(|s| s.name(lang)).collect();
            assert!(names.iter().all(|n| n.chars().count() <= 31), "{names:?}");
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), sheets.len());
            for s in &sheets {
                let mut headers: Vec<String> = s
                    .columns
                    .iter()
                    .map(|c| c.header(lang).to_lowercase())
                    .collect();
                headers.sort();
                let n = headers.len();
                headers.dedup();
                assert_eq!(headers.len(), n, "{} {lang:?}", s.key);
            }
        }
    }
}
