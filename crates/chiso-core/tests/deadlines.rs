//! `Deadline::parse` lowercases with `format::lowercase` (no Unicode case tables in the widget);
//! it reads every wording as it did with `str::to_lowercase` and `str::to_uppercase`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use chiso_core::period::Date;
use chiso_core::tasks::Deadline;
use proptest::prelude::*;

/// `Deadline::parse` as it was, with Unicode's case mappings.
fn reference(text: &str) -> Deadline {
    fn roman_quarter(text: &str) -> Option<u32> {
        match text.trim() {
            "I" | "1" => Some(1),
            "II" | "2" => Some(2),
            "III" | "3" => Some(3),
            "IV" | "4" => Some(4),
            _ => None,
        }
    }
    fn int<T: std::str::FromStr>(text: &str) -> Option<T> {
        let t = text.trim();
        (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    }
    fn date_like(text: &str) -> Option<Date> {
        let parts: Vec<&str> = text.trim().split('/').collect();
        match parts.as_slice() {
            [y] => Date::new(int(y)?, 12, 31),
            [m, y] => Date::end_of_month(int(y)?, int(m)?),
            [d, m, y] => Date::new(int(y)?, int(m)?, int(d)?),
            _ => None,
        }
    }
    let t = text.trim();
    let lower = t.to_lowercase();
    if lower.is_empty() {
        return Deadline::Unknown;
    }
    if lower.starts_with("thường xuyên") || lower == "ongoing" {
        return Deadline::Ongoing;
    }
    if lower.starts_with("hàng năm") || lower.starts_with("hằng năm") || lower == "annually" {
        return Deadline::Annual { from_year: None };
    }
    if let Some(rest) = lower.split_once("và những năm tiếp theo") {
        return Deadline::Annual {
            from_year: int(rest.0),
        };
    }
    let due = |d: Option<Date>| {
        d.map_or(Deadline::Unknown, |due| Deadline::Due {
            due,
            from_year: None,
        })
    };
    for prefix in [
        "trước ngày",
        "trước",
        "before",
        "tháng",
        "month",
        "năm",
        "year",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return due(date_like(rest));
        }
    }
    if let Some(rest) = lower.strip_prefix("quý") {
        let Some((q, y)) = rest.split_once('/') else {
            return Deadline::Unknown;
        };
        let q = roman_quarter(&q.to_uppercase());
        return due(q
            .zip(int::<i32>(y))
            .and_then(|(q, y)| Date::end_of_month(y, q * 3)));
    }
    if let Some((a, b)) = lower.split_once('-') {
        if let (Some(from), Some(to)) = (int::<i32>(a), int::<i32>(b)) {
            return match Date::new(to, 12, 31) {
                Some(due) => Deadline::Due {
                    due,
                    from_year: Some(from),
                },
                None => Deadline::Unknown,
            };
        }
    }
    due(date_like(&lower))
}

const PIECES: &[&str] = &[
    "Thường xuyên",
    "THƯỜNG XUYÊN",
    "thường xuyên",
    "Hàng năm",
    "HÀNG NĂM",
    "Hằng năm",
    "HẰNG NĂM",
    "và những năm tiếp theo",
    "VÀ NHỮNG NĂM TIẾP THEO",
    "Trước ngày",
    "TRƯỚC NGÀY",
    "Trước",
    "TRƯỚC",
    "Tháng",
    "THÁNG",
    "Năm",
    "NĂM",
    "Quý",
    "QUÝ",
    "quý",
    "Before",
    "BEFORE",
    "Month",
    "Year",
    "YEAR",
    "Ongoing",
    "ONGOING",
    "Annually",
    "ANNUALLY",
    "I",
    "II",
    "III",
    "IV",
    "i",
    "ii",
    "iv",
    "ıı",
    "ı",
    "İ",
    "Ⅱ",
    "ⅱ",
    "\u{212A}",
    "\u{212B}",
    "ẞ",
    "ß",
    "Σ",
    "\u{307}",
    "ǅ",
    "ﬁ",
    "Ơ",
    "Ư",
    "Đ",
    "1",
    "2",
    "4",
    "6",
    "12",
    "15",
    "31",
    "2025",
    "2026",
    "2030",
    "/",
    "/",
    "-",
    " ",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "x",
    "é",
    "É",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn deadlines_read_as_with_unicode_case_tables(
        pieces in prop::collection::vec(prop::sample::select(PIECES), 0..7),
    ) {
        let text: String = pieces.concat();
        prop_assert_eq!(Deadline::parse(&text), reference(&text), "{:?}", text);
    }

    #[test]
    fn any_text_reads_as_with_unicode_case_tables(text in "\\PC{0,24}") {
        prop_assert_eq!(Deadline::parse(&text), reference(&text), "{:?}", text);
    }
}

#[test]
fn the_default_dataset_s_deadlines_read_the_same() {
    let dataset = chiso_core::load(&common::default_dataset_text()).unwrap();
    assert!(!dataset.tasks.is_empty());
    for task in &dataset.tasks {
        assert_eq!(Deadline::parse(&task.deadline), reference(&task.deadline));
    }
    assert_eq!(
        Deadline::parse("QUÝ ıı/2026"),
        Deadline::Due {
            due: Date::end_of_month(2026, 6).unwrap(),
            from_year: None
        }
    );
}
