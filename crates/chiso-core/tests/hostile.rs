//! Broken and hostile files: every one is refused with an issue that says where and what, by
//! both readers (serde for the CLI, `parse::lite` for the widget), and nothing crashes.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::format::{self, Lang};
use chiso_core::limits::{Limits, DEFAULT_MAX_BYTES};
use chiso_core::parse::{self, lite};
use chiso_core::{Issue, IssueCode};
use serde_json::json;

/// The issues of a file: the one parse issue, else every validation issue.
fn issues(json: &str) -> Vec<(IssueCode, String)> {
    match chiso_core::load(json) {
        Ok(_) => Vec::new(),
        Err(list) => list.into_iter().map(|i| (i.code, i.path)).collect(),
    }
}

fn has(json: &str, code: IssueCode, path: &str) -> bool {
    let found = issues(json);
    let ok = found.iter().any(|(c, p)| *c == code && p == path);
    assert!(ok, "expected {code:?} at {path}, found {found:?}");
    ok
}

/// Both readers refuse `json`; their issues, which must have the same code.
fn both_refuse(json: &str) -> (Issue, Issue) {
    let serde = parse::parse(json).expect_err("serde reader accepted it");
    let lite = lite::parse(json).expect_err("lite reader accepted it");
    assert_eq!(
        serde.code,
        lite.code,
        "serde: {}\nlite: {}",
        serde.message(Lang::En),
        lite.message(Lang::En)
    );
    // Nothing quoted from the file makes a message much longer than a line or two.
    for issue in [&serde, &lite] {
        assert!(
            issue.found.chars().count() <= 2 * chiso_core::issue::CLIP,
            "{}",
            issue.path
        );
    }
    (serde, lite)
}

/// mini.json with one indicator's `max` written as `text`.
fn max_written_as(text: &str) -> String {
    let json = common::mini_json_with(|v| v["frameworks"][0]["indicators"][2]["max"] = json!(7777));
    json.replace("7777", text)
}

#[test]
fn nesting_100000_deep_is_an_error_in_both_readers_not_a_stack_overflow() {
    let depth = 100_000;
    let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let format = common::mini_json_with(|v| v["format"] = json!(7777)).replace("7777", &arrays);
    for text in [&arrays, &objects, &max_written_as(&arrays), &format] {
        both_refuse(text);
    }
    // Where a number is read, the first `[` is already the wrong shape.
    let (serde, lite) = both_refuse(&max_written_as(&arrays));
    assert_eq!(serde.code, IssueCode::WrongShape);
    assert_eq!(lite.path, "frameworks[0].indicators[2].max");
    // Where a value is kept whatever it is (a published rule's other keys), the depth is.
    let rule = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][2]["rule"] = json!({"kind": "published", "x": 7777});
    });
    let (serde, lite) = both_refuse(&rule.replace("7777", &objects));
    assert_eq!(serde.code, IssueCode::MalformedJson);
    assert_eq!(lite.found, "recursion limit exceeded");
    // Just inside the limit a value is read (and here refused for its shape, not its depth).
    let ok_depth = format!("{}{}", "[".repeat(126), "]".repeat(126));
    let (_, lite) = both_refuse(&max_written_as(&ok_depth));
    assert_eq!(lite.code, IssueCode::WrongShape);
    assert_eq!(lite.path, "frameworks[0].indicators[2].max");
}

#[test]
fn a_number_too_large_for_f64_is_named_by_its_path_in_both_readers() {
    for text in ["1e400", "-1e400", "123456789e999"] {
        let (serde, lite) = both_refuse(&max_written_as(text));
        assert_eq!(serde.code, IssueCode::MalformedJson);
        assert_eq!(serde.path, "frameworks[0].indicators[2].max", "{text}");
        assert_eq!(lite.path, serde.path, "{text}");
        assert_eq!(lite.found, "number out of range");
        assert!(lite.line.is_some() && lite.column.is_some());
    }
}

#[test]
fn a_huge_finite_number_is_out_of_range_with_its_path() {
    let json = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][2]["rule"]["threshold"] = json!(1e300);
        v["observations"][2]["value"] = json!(-1e16);
        v["frameworks"][0]["index_scale"] = json!(1.7e308);
    });
    has(
        &json,
        IssueCode::NumberOutOfRange,
        "frameworks[0].indicators[2].rule.threshold",
    );
    has(
        &json,
        IssueCode::NumberOutOfRange,
        "frameworks[0].index_scale",
    );
    // Observation 2 is a percentage: refused as one.
    has(&json, IssueCode::PercentOutOfRange, "observations[2].value");
    let issue = chiso_core::load(&json).unwrap_err().remove(0);
    assert!(issue.message(Lang::Vi).contains("không quá 10^15"));
    assert!(issue.message(Lang::En).contains("no larger than 10^15"));
}

#[test]
fn the_largest_figures_of_a_real_budget_are_in_range() {
    // A national budget in million VND is about 2·10^9: far inside the limit.
    let json = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][2]["rule"]["threshold"] = json!(2.5e9);
    });
    assert_eq!(issues(&json), []);
}

#[test]
fn negative_numbers_are_refused_where_amounts_cannot_be_negative() {
    let json = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][3]["max"] = json!(-5);
        v["observations"][1]["points"] = json!(-0.001);
    });
    has(
        &json,
        IssueCode::NegativeOrNonFinite,
        "frameworks[0].indicators[3].max",
    );
    has(&json, IssueCode::PointsOutOfRange, "observations[1].points");
}

#[test]
fn negative_zero_is_zero_and_never_shown_with_a_sign() {
    let json = common::mini_json_with(|v| v["observations"][1]["points"] = json!(8));
    let json = json.replace("\"points\":8", "\"points\":-0");
    assert!(json.contains("-0"));
    let dataset = chiso_core::load(&json).expect("-0 points are 0 points");
    let points = dataset.observations[1].points.expect("points");
    assert_eq!(points, 0.0);
    assert_eq!(format::number(points, 1, Lang::Vi), "0,0");
    assert_eq!(format::number_trim(points, 1, Lang::En), "0");
}

#[test]
fn nan_like_text_is_refused_where_a_number_is_expected() {
    // In a field that is always a number: a shape error at its path, in both readers.
    for text in ["\"NaN\"", "\"Infinity\"", "\"1e3\"", "null", "true"] {
        let (serde, lite) = both_refuse(&max_written_as(text));
        assert_eq!(serde.code, IssueCode::WrongShape, "{text}");
        assert_eq!(serde.path, "frameworks[0].indicators[2].max", "{text}");
        assert_eq!(lite.path, serde.path, "{text}");
    }
    // Bare NaN and Infinity are not JSON.
    for text in ["NaN", "Infinity", "-Infinity"] {
        let (serde, _) = both_refuse(&max_written_as(text));
        assert_eq!(serde.code, IssueCode::MalformedJson, "{text}");
    }
    // A value scored by a linear or steps rule must be a number.
    let json = common::mini_json_with(|v| {
        v["observations"][0]["value"] = json!("NaN");
        v["observations"][2]["value"] = json!("85");
    });
    has(&json, IssueCode::NotANumber, "observations[0].value");
    has(&json, IssueCode::NotANumber, "observations[2].value");
}

#[test]
fn an_unknown_format_version_is_refused_at_format() {
    for format in [
        json!("chiso/2"),
        json!("chiso/1.1"),
        json!("CHISO/1"),
        json!(""),
        json!(1),
        json!(["chiso/1"]),
    ] {
        let json = common::mini_json_with(|v| v["format"] = format.clone());
        let (serde, lite) = both_refuse(&json);
        assert!(
            matches!(serde.code, IssueCode::UnknownFormat | IssueCode::WrongShape),
            "{format}: {serde:?}"
        );
        assert_eq!(serde.path, "format", "{format}");
        assert_eq!(lite.path, "format", "{format}");
    }
    // A version from the future with another shape says "unknown format", not a shape error.
    let (serde, lite) = both_refuse(r#"{"format": "chiso/2", "provinces": []}"#);
    assert_eq!(
        (serde.code, lite.code),
        (IssueCode::UnknownFormat, IssueCode::UnknownFormat)
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit() {
    let shipped = common::default_dataset_text();
    assert!((shipped.len() as u64) < DEFAULT_MAX_BYTES / 10);
    assert!(Limits::default().load(&shipped).is_ok());
    let limits = Limits::with_max_bytes(256 * 1024);
    let issues = limits.load(&shipped).unwrap_err();
    assert_eq!(issues.len(), 1);
    let issue = &issues[0];
    assert_eq!(issue.code, IssueCode::TooLarge);
    assert_eq!(issue.found, format!("{} > 262144", shipped.len()));
    assert!(issue.message(Lang::Vi).contains("vượt giới hạn 256 KB"));
    assert!(issue.message(Lang::En).contains("over the 256 KB limit"));
}

/// Found by the fuzzer (`cargo xtask fuzz`, fixtures/fuzz-rounding.json): an 88-digit value is
/// read one rounding step apart by serde_json (without `float_roundtrip`) and by the lite reader
/// (correctly rounded, as the browser). Both readers accept the file; the figures agree to the
/// last rounding step, and the lite reader's is the correctly rounded one.
#[test]
fn a_long_number_is_read_alike_by_both_readers_to_the_last_rounding_step() {
    let text = include_str!("fixtures/fuzz-rounding.json");
    let long =
        "2511111111111111111111111111111111111111111111111111111111111111111111111111111111111111";
    assert!(text.contains(long));
    let (serde, lite) = (parse::parse(text).unwrap(), lite::parse(text).unwrap());
    let value = |d: &chiso_core::Dataset| match d.observations[0].value {
        Some(chiso_core::model::Value::Number(x)) => x,
        _ => f64::NAN,
    };
    let exact: f64 = long.parse().unwrap();
    assert_eq!(value(&lite), exact);
    assert!((value(&serde) - exact).abs() <= exact * 4.0 * f64::EPSILON);
    // Beyond that one number the two datasets are the same.
    let mut serde = serde;
    serde.observations[0].value = lite.observations[0].value.clone();
    assert_eq!(serde, lite);
    // And the file is then refused for its magnitude, with its path.
    let issues = chiso_core::load(text).unwrap_err();
    assert!(issues
        .iter()
        .any(|i| i.code == IssueCode::PercentOutOfRange && i.path == "observations[0].value"));
}
