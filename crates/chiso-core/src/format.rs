//! Vietnamese and English labels and number formatting. The only place that rounds for display.

use serde::{Deserialize, Serialize};

pub mod decimal;

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Vietnamese: `1.234,5`.
    #[default]
    Vi,
    /// English: `1,234.5`.
    En,
}

impl Lang {
    /// Reads `vi` or `en` (case-insensitive); anything else is `None`.
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_ascii_lowercase().as_str() {
            "vi" | "vi-vn" => Some(Lang::Vi),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// (thousands separator, decimal mark).
    fn marks(self) -> (char, char) {
        match self {
            Lang::Vi => ('.', ','),
            Lang::En => (',', '.'),
        }
    }

    /// Picks the Vietnamese or the English of a pair.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// A number with `decimals` decimals, grouped by thousands: `1.234,5` (vi) or `1,234.5` (en).
/// Trailing zeros after the decimal mark are kept, so columns line up.
pub fn number(x: f64, decimals: usize, lang: Lang) -> String {
    if x.is_nan() {
        return "–".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞" } else { "−∞" }.to_string();
    }
    let (group, mark) = lang.marks();
    // Half away from zero, as people round (the standard formatter rounds half to even).
    let k = 10f64.powi(i32::try_from(decimals.min(15)).unwrap_or(15));
    // `decimal::fixed` is `format!("{:.*}")` without core's float formatting (smaller wasm).
    let text = decimal::fixed((x.abs() * k).round() / k, decimals);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    let rounded_to_zero = text.bytes().all(|b| b == b'0' || b == b'.');
    if x < 0.0 && !rounded_to_zero {
        out.push('−');
    }
    let digits = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(mark);
        out.push_str(frac);
    }
    out
}

/// A number with at most `decimals` decimals, trailing zeros dropped: `9,2` rather than `9,20`.
pub fn number_trim(x: f64, decimals: usize, lang: Lang) -> String {
    let text = number(x, decimals, lang);
    let (_, mark) = lang.marks();
    if text.contains(mark) {
        text.trim_end_matches('0')
            .trim_end_matches(mark)
            .to_string()
    } else {
        text
    }
}

/// A percentage: `49,8%` (vi) or `49.8%` (en).
pub fn percent(x: f64, decimals: usize, lang: Lang) -> String {
    format!("{}%", number(x, decimals, lang))
}

/// An amount of million VND in the unit that reads best: `311 tỷ đồng` / `VND 311 bn`.
pub fn money_million_vnd(x: f64, lang: Lang) -> String {
    money_million_vnd_as(x, x, lang)
}

/// An amount of million VND in the unit [`money_million_vnd`] picks for `like`: the ticks of an
/// axis share the unit of its largest tick (`0 tỷ đồng`, not `0 triệu đồng`, under `800 tỷ đồng`).
pub fn money_million_vnd_as(x: f64, like: f64, lang: Lang) -> String {
    if like.abs() >= 1000.0 {
        let bn = number_trim(x / 1000.0, 2, lang);
        match lang {
            Lang::Vi => format!("{bn} tỷ đồng"),
            Lang::En => format!("VND {bn} bn"),
        }
    } else {
        let mn = number_trim(x, 1, lang);
        match lang {
            Lang::Vi => format!("{mn} triệu đồng"),
            Lang::En => format!("VND {mn} mn"),
        }
    }
}

/// The label of a unit code used in datasets (`per_10000_inhabitants` → `/10.000 dân`);
/// unknown units are shown as written.
pub fn unit_label(unit: &str, lang: Lang) -> String {
    let label = match unit {
        "rank" => lang.pick("hạng", "rank"),
        "count" => "",
        "points" => lang.pick("điểm", "points"),
        "per_100_inhabitants" => lang.pick("/100 dân", "per 100 inhabitants"),
        "per_1000_inhabitants" => lang.pick("/1.000 dân", "per 1,000 inhabitants"),
        "per_10000_inhabitants" => lang.pick("/10.000 dân", "per 10,000 inhabitants"),
        "per_100_households" => lang.pick("/100 hộ", "per 100 households"),
        "yes_no" => lang.pick("có/không", "yes/no"),
        "level" => lang.pick("mức", "level"),
        "million_vnd" => lang.pick("triệu đồng", "million VND"),
        "billion_vnd" => lang.pick("tỷ đồng", "billion VND"),
        "mn_vnd_per_month" => lang.pick("triệu đồng/tháng", "million VND per month"),
        "%/year" => lang.pick("%/năm", "%/year"),
        other => other,
    };
    label.to_string()
}

/// A month (1–12) as a chart axis shows it: `T6` (tháng 6) in Vietnamese, `Jun` in English.
pub fn month_short(month: u32, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Vi => format!("T{month}"),
        Lang::En => month
            .checked_sub(1)
            .and_then(|i| EN.get(i as usize))
            .map_or_else(|| month.to_string(), |m| (*m).to_string()),
    }
}

/// An optional number, `–` when missing.
pub fn maybe(x: Option<f64>, decimals: usize, lang: Lang) -> String {
    x.map_or_else(|| "–".to_string(), |x| number_trim(x, decimals, lang))
}

/// `text` in lowercase, for the Vietnamese and English text chiso reads and shows: the letters of
/// ASCII, Latin-1, Latin Extended-A, `Ơ` and `Ư`, and Latin Extended Additional (the Vietnamese
/// letters with two marks); any other character is kept. Each character changed is changed as
/// [`char::to_lowercase`] changes it. Unicode's full case tables, which `str::to_lowercase`
/// brings, would add about 17 KB to the widget's gzip.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lowercase_char).collect()
}

fn lowercase_char(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x178 => 0xFF,
        // Latin Extended-A pairs (İ, U+0130, becomes two characters: kept).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x1A0 | 0x1AF => u + 1,
        0x1E9E => 0xDF,
        // Latin Extended Additional pairs (U+1E96–U+1E9F are not pairs).
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The parts with `sep` between them (as `[S]::join`, whose generic code was 1 KB of wasm per
/// element type).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_joined_with_the_separator_between_them() {
        assert_eq!(join(&["a", "b", "c"], ", "), "a, b, c");
        assert_eq!(join(&[String::from("x")], "; "), "x");
        assert_eq!(join::<&str>(&[], "; "), "");
    }

    #[test]
    fn vietnamese_groups_with_dots_and_marks_decimals_with_a_comma() {
        assert_eq!(number(1234.5, 1, Lang::Vi), "1.234,5");
        assert_eq!(number(32_004_264.0, 0, Lang::Vi), "32.004.264");
        assert_eq!(number(0.5, 2, Lang::Vi), "0,50");
    }

    #[test]
    fn english_groups_with_commas_and_marks_decimals_with_a_point() {
        assert_eq!(number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(number(-1234.5, 0, Lang::En), "−1,235");
        assert_eq!(number(-0.001, 1, Lang::En), "0.0");
        assert_eq!(number(999.0, 0, Lang::En), "999");
    }

    #[test]
    fn trimmed_numbers_drop_trailing_zeros_only_after_the_mark() {
        assert_eq!(number_trim(9.2, 2, Lang::Vi), "9,2");
        assert_eq!(number_trim(1000.0, 2, Lang::Vi), "1.000");
        assert_eq!(number_trim(163.07, 2, Lang::En), "163.07");
    }

    #[test]
    fn money_reads_in_billions_from_a_thousand_million() {
        assert_eq!(money_million_vnd(311_000.0, Lang::Vi), "311 tỷ đồng");
        assert_eq!(money_million_vnd(604_030.0, Lang::En), "VND 604.03 bn");
        assert_eq!(money_million_vnd(500.0, Lang::En), "VND 500 mn");
        // An axis: every tick in the unit of the largest.
        assert_eq!(money_million_vnd_as(0.0, 800_000.0, Lang::Vi), "0 tỷ đồng");
        assert_eq!(
            money_million_vnd_as(200_000.0, 800_000.0, Lang::En),
            "VND 200 bn"
        );
        assert_eq!(money_million_vnd_as(0.0, 800.0, Lang::Vi), "0 triệu đồng");
    }

    #[test]
    fn lowercase_changes_each_letter_as_unicode_does() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours = lowercase_char(c);
            let mut unicode = c.to_lowercase();
            let single = match (unicode.next(), unicode.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            };
            // Changed only as Unicode changes it.
            assert!(ours == c || Some(ours) == single, "{c:?} → {ours:?}");
            // Every letter of the ranges served, as Unicode does.
            let served = matches!(u32::from(c), 0..=0x17F | 0x1A0 | 0x1AF | 0x1E00..=0x1EFF);
            if served {
                if let Some(l) = single {
                    assert_eq!(ours, l, "{c:?}");
                }
            }
        }
        assert_eq!(
            lowercase("Quý II/2026 — ĐÚNG TIẾN ĐỘ, Ơ Ư Ỹ"),
            "quý ii/2026 — đúng tiến độ, ơ ư ỹ"
        );
    }
}
