//! Readers see units and months in words of their language, never the codes of the file.

use chiso_core::format::{unit_label, Lang};

const DEFAULT_DATASET: &str = include_str!("../../../www/data/khanh-hoa.json");

#[test]
fn every_unit_code_of_the_default_dataset_reads_as_words_in_both_languages() {
    let json: serde_json::Value = serde_json::from_str(DEFAULT_DATASET).expect("valid JSON");
    let mut units = Vec::new();
    collect_units(&json, &mut units);
    units.sort();
    units.dedup();
    assert!(units.iter().any(|u| u == "mn_vnd_per_month"), "{units:?}");
    for unit in &units {
        for lang in [Lang::Vi, Lang::En] {
            let label = unit_label(unit, lang);
            assert!(!label.contains('_'), "{unit} reads {label:?} in {lang:?}");
        }
    }
}

#[test]
fn a_monthly_income_unit_reads_as_million_dong_per_month() {
    assert_eq!(unit_label("mn_vnd_per_month", Lang::Vi), "triệu đồng/tháng");
    assert_eq!(
        unit_label("mn_vnd_per_month", Lang::En),
        "million VND per month"
    );
    assert_eq!(unit_label("%/year", Lang::Vi), "%/năm");
}

fn collect_units(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("unit", serde_json::Value::String(u)) => out.push(u.clone()),
                    _ => collect_units(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_units(v, out)),
        _ => {}
    }
}

#[test]
fn chart_months_are_t6_in_vietnamese_and_jun_in_english() {
    use chiso_core::format::month_short;
    assert_eq!(month_short(6, Lang::Vi), "T6");
    assert_eq!(month_short(6, Lang::En), "Jun");
    assert_eq!(month_short(12, Lang::En), "Dec");
    assert_eq!(month_short(13, Lang::En), "13");
}
