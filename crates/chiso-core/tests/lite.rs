//! `parse::lite` (the widget's small reader) against `parse::parse` (serde): the same files are
//! accepted, with the same datasets, and the same files are rejected, with the same kind of issue
//! and, when there is one problem, the same JSON path.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use chiso_core::parse::{self, lite};
use chiso_core::synth::{generate, SynthSpec};
use chiso_core::{Issue, IssueCode};
use proptest::prelude::*;
use serde_json::{json, Value as Json};

const MINI: &str = include_str!("fixtures/mini.json");

/// Both readers on `text`: the outcome of each, or a description of how they differ.
fn compare(text: &str, paths: bool) -> Result<Result<(), Issue>, String> {
    match (parse::parse(text), lite::parse(text)) {
        (Ok(a), Ok(b)) if a == b => Ok(Ok(())),
        // `parse::parse` reads the first JSON value and ignores what follows it; the lite reader,
        // like `JSON.parse` before it in the widget, rejects text after the value.
        (Ok(_), Err(b)) if b.found == "trailing characters" && trailing(text) => Ok(Err(b)),
        (Ok(_), Ok(_)) => Err("both read the file, into different datasets".into()),
        // serde_json calls some well-formed JSON of the wrong shape a syntax error; the lite
        // reader calls it a shape error, with its path.
        (Err(a), Err(b))
            if a.code == IssueCode::MalformedJson
                && b.code == IssueCode::WrongShape
                && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() =>
        {
            Ok(Err(b))
        }
        (Err(a), Err(b)) => {
            if a.code != b.code {
                Err(format!("serde: {a:?}\nlite:  {b:?}"))
            } else if paths && a.code == IssueCode::WrongShape && !same_path(&a.path, &b.path) {
                Err(format!("paths differ\nserde: {a:?}\nlite:  {b:?}"))
            } else {
                Ok(Err(b))
            }
        }
        (a, b) => Err(format!(
            "one accepts, the other rejects\nserde: {:?}\nlite:  {:?}",
            a.err(),
            b.err()
        )),
    }
}

/// serde's path stops at a rule (serde buffers it before reading it); the lite reader's goes on.
fn same_path(serde: &str, lite: &str) -> bool {
    serde == lite || (serde.ends_with(".rule") && lite.starts_with(serde))
}

/// Whether `text` is JSON followed by more text.
fn trailing(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text)
        .is_err_and(|e| e.to_string().starts_with("trailing characters"))
}

#[track_caller]
fn same(text: &str) -> Result<(), Issue> {
    match compare(text, true) {
        Ok(outcome) => outcome,
        Err(difference) => panic!("{difference}\ninput: {text}"),
    }
}

/// mini.json edited as JSON.
fn mini_with(edit: impl FnOnce(&mut Json)) -> String {
    common::mini_json_with(edit)
}

#[test]
fn the_shipped_files_read_the_same() {
    same(&common::default_dataset_text()).unwrap();
    same(MINI).unwrap();
    let synth = generate(&SynthSpec {
        provinces: 4,
        years: 2,
        communes: 30,
        commune_indicators: 20,
        seed: 7,
    });
    let text = serde_json::to_string_pretty(&synth).unwrap();
    same(&text).unwrap();
    assert_eq!(lite::parse(&text).unwrap(), synth);
}

/// A small valid file that writes every field of the model.
fn everything() -> Json {
    json!({
        "format": "chiso/1",
        "meta": {"title": {"vi": "t"}, "publisher": {"vi": "p"}, "published": "2026-01-01",
                 "as_of": "2026-01-01", "province": "p"},
        "entities": [{"id": "p", "kind": "province", "name": {"vi": "P"}},
                     {"id": "a", "kind": "agency", "name": {"vi": "A"}}],
        "frameworks": [{"id": "dti", "name": {"vi": "D"}, "method": "sum",
                        "indicators": [{"code": "DTI", "name": {"vi": "D"}, "max": 100, "direction": "lower"}]}],
        "sources": [{"id": "s", "number": "1", "issuer": {"vi": "i"}, "title": {"vi": "t"}}],
        "metrics": [{"code": "m", "name": {"vi": "m"}, "unit": "%", "direction": "lower"}],
        "observations": [
            {"code": "m", "entity": "p", "period": "2025", "value": 3.5, "points": 1, "stated_max": 2,
             "rank": 3, "rank_of": 34, "source": {"id": "s", "section": "x"}, "illustrative": true,
             "note": {"vi": "n"}},
            {"code": "m", "entity": "p", "period": "2024", "value": "yes", "source": {"id": "s"}}
        ],
        "targets": [{"id": "t", "number": "1", "name": {"vi": "t"}, "unit": "%", "comparator": "range",
                     "value": 1, "value_max": 2, "wording": {"vi": "w"}, "deadline": 2030,
                     "baseline": {"year": 2024, "value": 0.5, "source": {"id": "s"}, "illustrative": true},
                     "measure": {"code": "m", "field": "rank"}, "lead": ["a"], "source": {"id": "s"},
                     "note": {"vi": "n"}}],
        "budget": [{"id": "b", "period": "2025", "category": "investment", "recipient": "a",
                    "unit": "billion_vnd", "planned": 10, "allocated": 8, "disbursed": 4,
                    "budget_total": 1000, "budget_total_label": {"vi": "l"},
                    "stated": {"share_of_budget_pct": 1, "disbursement_pct": 50, "allocation_pct": 80},
                    "source": {"id": "s"}, "illustrative": true, "note": {"vi": "n"}}],
        "disbursement": [{"line": "b", "month": 6, "planned_cumulative": 2, "disbursed_cumulative": 1,
                          "source": {"id": "s"}, "illustrative": true}],
        "tasks": [{"id": "k", "number": "1", "group": {"vi": "g"}, "title": {"vi": "t"}, "lead": ["a"],
                   "coordinators": ["p"], "deadline": "6/2025", "status": "waiting_on_guidance",
                   "output": {"vi": "o"}, "note": {"vi": "n"}, "source": {"id": "s"}}],
        "figures": [{"id": "f", "name": {"vi": "f"}, "value": 10, "unit": "count", "period": "2025",
                     "parts": [{"name": {"vi": "a"}, "value": 4}, {"name": {"vi": "b"}, "value": 6}],
                     "parts_exhaustive": false,
                     "ratio": {"numerator": "f", "denominator": "f", "scale": 1000},
                     "also_stated": [{"value": 11, "source": {"id": "s"}}],
                     "source": {"id": "s"}, "illustrative": true, "note": {"vi": "n"}}]
    })
}

#[test]
fn every_optional_field_written_reads_the_same() {
    // The default dataset with the fields it leaves out, to cover every field of the model.
    let text = mini_with(|v| {
        v["meta"]["licence"] = json!("CC BY 4.0");
        v["meta"]["notes"] = json!([{"vi": "ghi chú", "en": "note"}]);
        v["sources"][0]["note"] = json!({"vi": "n"});
        v["entities"][3]["short"] = json!({"vi": "KHCN"});
        let fw = &mut v["frameworks"][0];
        fw["source"] = json!({"id": "s", "section": "I"});
        fw["method"] = json!("sum");
        fw["min_coverage"] = json!(0.5);
        let ind = &mut fw["indicators"][2];
        ind["coordinating"] = json!(["police"]);
        ind["direction"] = json!("higher");
        ind["feasibility"] = json!(0.75);
        ind["weight"] = json!(2);
        ind["source"] = json!({"id": "s"});
        ind["note"] = json!({"vi": "n", "en": "n"});
        ind["rule"] = json!({"kind": "linear", "threshold": 50, "zero_at": 1, "illustrative": true, "source": {"id": "s"}});
        fw["indicators"][3]["rule"] =
            json!({"kind": "steps", "steps": [{"at": 1, "points": 2}], "illustrative": true});
        fw["indicators"][5]["rule"] = json!({"kind": "categorical", "illustrative": false,
            "categories": [{"value": "yes", "points": 1, "name": {"vi": "có"}}]});
    });
    same(&text).unwrap();
    same(&everything().to_string()).unwrap();
}

#[test]
fn every_variant_name_reads_the_same() {
    let names: [(&str, &[&str]); 8] = [
        (
            "entities/0/kind",
            &[
                "province",
                "peer_province",
                "agency",
                "locality",
                "group",
                "external",
            ],
        ),
        ("frameworks/0/method", &["sum", "composite"]),
        ("frameworks/0/indicators/0/direction", &["higher", "lower"]),
        (
            "targets/0/comparator",
            &["ge", "gt", "le", "lt", "rank_top", "range", "qualitative"],
        ),
        ("targets/0/measure/field", &["value", "points", "rank"]),
        ("budget/0/unit", &["million_vnd", "billion_vnd"]),
        ("budget/0/category", &["total", "investment", "recurrent"]),
        (
            "tasks/0/status",
            &[
                "done",
                "on_track",
                "in_progress",
                "late",
                "not_started",
                "suspended",
                "waiting_on_guidance",
                "Done",
                "unknown",
            ],
        ),
    ];
    for (at, values) in names {
        for value in values.iter().chain(&["", "Province"]) {
            let mut v = everything();
            *v.pointer_mut(&format!("/{at}")).unwrap() = json!(value);
            let _ = same(&v.to_string());
        }
    }
}

/// The files of `cases`, each `base` with one edit, read the same.
fn each_reads_the_same(base: &Json, cases: &[(&str, Json)]) {
    for (at, replacement) in cases {
        let mut v = base.clone();
        let (parent, key) = at.rsplit_once('/').unwrap();
        let target = if parent.is_empty() {
            &mut v
        } else {
            v.pointer_mut(parent).unwrap_or_else(|| panic!("{at}"))
        };
        match target {
            Json::Object(map) => {
                map.insert(key.to_string(), replacement.clone());
            }
            Json::Array(items) => items[key.parse::<usize>().unwrap()] = replacement.clone(),
            _ => panic!("{at}"),
        }
        let _ = same(&v.to_string());
    }
}

#[test]
fn serde_s_less_visible_rules_are_kept() {
    each_reads_the_same(
        &everything(),
        &[
            ("/targets/0/deadline", json!(-2030)),
            ("/targets/0/deadline", json!(2_147_483_648_u64)),
            ("/targets/0/deadline", json!(-2_147_483_648_i64)),
            ("/targets/0/deadline", json!(-2_147_483_649_i64)),
            ("/targets/0/deadline", json!(2030.5)),
        ],
    );
    let mini: Json = serde_json::from_str(MINI).unwrap();
    each_reads_the_same(
        &mini,
        &[
            // A struct written as an array of its fields, in order.
            ("/meta/title", json!(["Tỉnh", "Province"])),
            ("/meta/title", json!(["Tỉnh"])),
            ("/meta/title", json!([])),
            ("/meta/title", json!(["a", "b", "c"])),
            (
                "/sources/0",
                json!(["s", "1/BC", "2026-01-06", ["UBND"], {"vi": "t"}]),
            ),
            (
                "/sources/0",
                json!(["s", "1/BC", "2026-01-06", ["UBND"], {"vi": "t"}, null, 1]),
            ),
            ("/frameworks/0/indicators/2/rule", json!(["linear", 50])),
            (
                "/frameworks/0/indicators/2/rule",
                json!(["linear", 50, 0, true, ["s", "x"]]),
            ),
            ("/frameworks/0/indicators/2/rule", json!(["linear"])),
            ("/frameworks/0/indicators/2/rule", json!(["published"])),
            ("/frameworks/0/indicators/2/rule", json!(["published", 1])),
            ("/frameworks/0/indicators/2/rule", json!([])),
            // A unit variant written as a map of one key to null.
            ("/entities/3/kind", json!({"agency": null})),
            ("/entities/3/kind", json!({"agency": 1})),
            ("/entities/3/kind", json!({"agency": null, "group": null})),
            ("/entities/3/kind", json!({"planet": null})),
            ("/entities/3/kind", json!({})),
            ("/entities/3/kind", json!(3)),
            // A published rule ignores other keys; other rules do not.
            (
                "/frameworks/0/indicators/3/rule",
                json!({"kind": "published", "threshold": 5, "x": [1, {"y": null}]}),
            ),
            ("/frameworks/0/indicators/3/rule", json!({"threshold": 5})),
            (
                "/frameworks/0/indicators/3/rule",
                json!({"kind": "linear", "threshold": 5, "x": 1}),
            ),
            ("/frameworks/0/indicators/3/rule", json!({"kind": "linear"})),
            (
                "/frameworks/0/indicators/3/rule",
                json!({"kind": 1, "threshold": 5}),
            ),
            (
                "/frameworks/0/indicators/3/rule",
                json!({"kind": "Linear", "threshold": 5}),
            ),
            ("/frameworks/0/indicators/3/rule", json!({"kind": null})),
            ("/frameworks/0/indicators/3/rule", json!(null)),
            ("/frameworks/0/indicators/3/rule", json!("published")),
            (
                "/frameworks/0/indicators/3/rule",
                json!({"kind": "steps", "steps": [[1, 2], {"at": 3, "points": 4}]}),
            ),
            (
                "/frameworks/0/indicators/3/rule",
                json!({"kind": "steps", "steps": [[1]]}),
            ),
            (
                "/frameworks/0/indicators/3/rule",
                json!({"kind": "categorical", "categories": [{"value": "a", "points": 1, "x": 1}]}),
            ),
            // A Text ignores unknown keys; other structs do not.
            (
                "/meta/title",
                json!({"vi": "a", "fr": "b", "x": [1, {"y": null}]}),
            ),
            ("/meta/title", json!({"en": "a"})),
            ("/meta/title", json!({"vi": "a", "en": null})),
            ("/meta/title", json!({"vi": null})),
            ("/meta/x", json!(1)),
            ("/x", json!(1)),
            ("/sources/0/x", json!(null)),
            // null only for optional fields.
            ("/meta/version", json!(null)),
            ("/meta/notes", json!(null)),
            ("/entities/3/short", json!(null)),
            ("/frameworks/0/index_scale", json!(null)),
            ("/frameworks/0/indicators/0/parent", json!(null)),
            ("/observations/0/value", json!(null)),
            ("/observations/0/illustrative", json!(null)),
            ("/observations/0/source", json!(null)),
            ("/sources", json!(null)),
            // Values of the wrong type.
            ("/frameworks/0/index_scale", json!("100")),
            ("/frameworks/0/index_scale", json!(true)),
            ("/frameworks/0/indicators", json!({})),
            ("/observations/0/value", json!(true)),
            ("/observations/0/value", json!([1])),
            ("/observations/0/value", json!({"a": 1})),
            ("/observations/0/value", json!(-3)),
            ("/observations/0/value", json!("yes")),
            ("/observations/0/points", json!(-0.0)),
            ("/format", json!(1)),
            ("/format", json!("chiso/2")),
            ("/format", json!(null)),
            ("/meta", json!("m")),
            ("/meta", json!([])),
            // Integers: written as integers, within range.
            ("/observations/0/rank", json!(3)),
            ("/observations/0/rank", json!(3.0)),
            ("/observations/0/rank", json!(-3)),
            ("/observations/0/rank", json!(4_294_967_295_u64)),
            ("/observations/0/rank", json!(4_294_967_296_u64)),
            ("/observations/0/rank", json!(u64::MAX)),
            ("/observations/0/rank", json!(i64::MIN)),
            ("/observations/0/rank", json!("3")),
        ],
    );
}

/// mini.json with `from` replaced by `to` in its text (the first occurrence).
fn text_with(from: &str, to: &str) -> String {
    assert!(MINI.contains(from), "{from}");
    MINI.replacen(from, to, 1)
}

#[test]
fn text_level_cases_read_the_same() {
    let cases = [
        // Duplicate keys: an error for a field, ignored for a Text's unknown key.
        (
            r#""format": "chiso/1","#,
            r#""format": "chiso/1", "format": "chiso/1","#,
        ),
        (
            r#""format": "chiso/1","#,
            r#""format": "chiso/2", "format": "chiso/1","#,
        ),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "Tỉnh mẫu", "vi": "x","#),
        (
            r#"{"vi": "Tỉnh mẫu","#,
            r#"{"x": 1, "x": 2, "vi": "Tỉnh mẫu","#,
        ),
        (
            r#""kind": "linear""#,
            r#""kind": "linear", "kind": "linear""#,
        ),
        // Numbers.
        ("\"max\": 100}", "\"max\": 100.0}"),
        ("\"max\": 100}", "\"max\": 1e2}"),
        ("\"max\": 100}", "\"max\": 1E+2}"),
        ("\"max\": 100}", "\"max\": 10000e-2}"),
        ("\"max\": 100}", "\"max\": 1e400}"),
        ("\"max\": 100}", "\"max\": -1e400}"),
        ("\"max\": 100}", "\"max\": 1e-400}"),
        ("\"max\": 100}", "\"max\": 0e99999999999}"),
        ("\"max\": 100}", "\"max\": 1e99999999999}"),
        ("\"max\": 100}", "\"max\": 123456789012345678901234567890}"),
        (
            "\"max\": 100}",
            "\"max\": 0.1000000000000000055511151231257827}",
        ),
        ("\"max\": 100}", "\"max\": 0100}"),
        ("\"max\": 100}", "\"max\": 100.}"),
        ("\"max\": 100}", "\"max\": .5}"),
        ("\"max\": 100}", "\"max\": +1}"),
        ("\"max\": 100}", "\"max\": 1e}"),
        ("\"max\": 100}", "\"max\": -}"),
        ("\"max\": 100}", "\"max\": NaN}"),
        ("\"max\": 100}", "\"max\": Infinity}"),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"x": 1e400, "vi": "Tỉnh mẫu","#),
        // Strings and escapes.
        (
            r#"{"vi": "Tỉnh mẫu","#,
            r#"{"vi": "T\u1ec9nh m\u1eabu \ud83d\ude00 \"\\\/\b\f\n\r\t","#,
        ),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "\ud83d","#),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "\ude00","#),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "\ud83d\u0041","#),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "\ud83dx","#),
        (
            r#"{"vi": "Tỉnh mẫu","#,
            r#"{"x": "\ud83d", "vi": "Tỉnh mẫu","#,
        ),
        (
            r#"{"vi": "Tỉnh mẫu","#,
            r#"{"x": {"\ud83d": 1}, "vi": "Tỉnh mẫu","#,
        ),
        (
            r#"{"vi": "Tỉnh mẫu","#,
            r#"{"\ud83d": 1, "vi": "Tỉnh mẫu","#,
        ),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "\x","#),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "\u12","#),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi": "\u12G4","#),
        (r#"{"vi": "Tỉnh mẫu","#, "{\"vi\": \"a\tb\","),
        (r#"{"vi": "Tỉnh mẫu","#, "{\"vi\": \"a\u{7f}b\","),
        (r#""kind": "linear""#, r#""kind": "line\u0061r""#),
        (
            r#""kind": "linear""#,
            r#""kind": "published", "x": "\ud83d""#,
        ),
        (r#""kind": "linear""#, r#""kind": "published", "x": 1e400"#),
        // Structure.
        (r#""format": "chiso/1","#, r#""format": "chiso/1",,"#),
        (r#""version": "test","#, r#""version": "test",}, "x": {"#),
        ("\"peer_province\", ", "\"peer_province\" "),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{"vi" "Tỉnh mẫu","#),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{vi: "Tỉnh mẫu","#),
        (r#"{"vi": "Tỉnh mẫu","#, r#"{'vi': "Tỉnh mẫu","#),
        (
            r#""published": "2026-04-24""#,
            r#""published": "2026-04-24" // comment"#,
        ),
        (r#""version": "test""#, r#""version": tru"#),
        (r#""version": "test""#, r#""version": nul"#),
        (r#""version": "test""#, r#""version": nulll"#),
        ("\"format\"", "\u{feff}\"format\""),
    ];
    for (from, to) in cases {
        let _ = same(&text_with(from, to));
    }
    for text in [
        "",
        " ",
        "null",
        "[]",
        "{}",
        "[1]",
        "[\"chiso/2\"]",
        "\"chiso/1\"",
        "{\"format\": \"chiso/9\"}",
        "{\"format\": \"chiso/9\", \"x\": 1}",
        "{\"format\": [1, 2]}",
        "[{}]",
        "{} x",
        "{}}",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "{1: 2}",
        "\"\\ud800\"",
        "1e400",
        "[1e400]",
    ] {
        let _ = same(text);
    }
    assert_eq!(
        same(&text_with("\"max\": 100}", "\"max\": 1e400}"))
            .unwrap_err()
            .code,
        IssueCode::MalformedJson
    );
    same(&text_with(
        r#"{"vi": "Tỉnh mẫu","#,
        r#"{"x": "\ud83d", "vi": "Tỉnh mẫu","#,
    ))
    .unwrap();
    same(&text_with(
        r#"{"vi": "Tỉnh mẫu","#,
        r#"{"x": 1e400, "vi": "Tỉnh mẫu","#,
    ))
    .unwrap();
}

#[test]
fn nesting_is_limited_as_serde_json_limits_it() {
    // Around serde_json's limit (the 128th nested array is an error), in a field that is read,
    // in a published rule's ignored keys (buffered by serde, so checked) and in a Text's
    // unknown keys (skipped by serde, so not checked); and far beyond it.
    for depth in [1, 100, 120, 121, 122, 126, 127, 128, 129, 200, 100_000] {
        let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let deep_object = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        for (from, to) in [
            ("\"max\": 100}", format!("\"max\": {deep}}}")),
            (
                r#""kind": "linear""#,
                format!(r#""kind": "published", "x": {deep}"#),
            ),
            (
                r#""kind": "linear""#,
                format!(r#""kind": "published", "x": {deep_object}"#),
            ),
            (
                r#"{"vi": "Tỉnh mẫu","#,
                format!(r#"{{"x": {deep}, "vi": "Tỉnh mẫu","#),
            ),
            (
                r#"{"vi": "Tỉnh mẫu","#,
                format!(r#"{{"x": {deep_object}, "vi": "Tỉnh mẫu","#),
            ),
        ] {
            let text = text_with(from, &to);
            if let Err(difference) = compare(&text, false) {
                panic!("depth {depth}, {from}: {difference}");
            }
        }
        assert!(lite::parse(&deep).is_err());
    }
    // Broken syntax inside a skipped deep value is still broken.
    let broken = format!("{}1,{}", "[".repeat(200), "]".repeat(200));
    let text = text_with(
        r#"{"vi": "Tỉnh mẫu","#,
        &format!(r#"{{"x": {broken}, "vi": "Tỉnh mẫu","#),
    );
    assert_eq!(same(&text).unwrap_err().code, IssueCode::MalformedJson);
}

#[test]
fn observations_read_as_the_text_comes_name_their_problems_as_the_tree_did() {
    // The root's `observations` become the model while the text is parsed (no tree of them).
    let text = mini_with(|d| d["observations"][1]["points"] = json!("eight"));
    let issue = same(&text).unwrap_err();
    assert_eq!(issue.path, "observations[1].points");
    // Of two problems in the list, the first is named.
    let text = mini_with(|d| {
        d["observations"][0]["source"] = json!(7);
        d["observations"][1]["points"] = json!("eight");
    });
    assert_eq!(
        lite::parse(&text).unwrap_err().path,
        "observations[0].source"
    );
    // A number too large for f64 inside an observation is still a syntax problem, with its path.
    let issue = lite::parse(&text_with(r#""value": 25"#, r#""value": 1e999"#)).unwrap_err();
    assert_eq!(issue.code, IssueCode::MalformedJson);
    assert_eq!(issue.path, "observations[0].value");
    same(&text_with(r#""value": 25"#, r#""value": 1e999"#)).unwrap_err();
    // The list given twice: the second is a duplicate field, as serde says.
    let issue = same(&text_with(
        r#""observations": ["#,
        r#""observations": [], "observations": ["#,
    ))
    .unwrap_err();
    assert!(
        issue.found.starts_with("duplicate field `observations`"),
        "{}",
        issue.found
    );
    // Not a list: read from the tree, with the same message.
    let issue = same(&mini_with(|d| d["observations"] = json!({"a": 1}))).unwrap_err();
    assert_eq!(issue.path, "observations");
}

#[test]
fn shape_errors_name_path_line_and_column() {
    let issue =
        lite::parse(&text_with(r#""kind": "province""#, r#""kind": "planet""#)).unwrap_err();
    assert_eq!(issue.code, IssueCode::WrongShape);
    assert_eq!(issue.path, "entities[0].kind");
    assert_eq!(issue.line, Some(15));
    assert!(issue.found.contains("planet"), "{}", issue.found);
    let issue =
        lite::parse(&text_with("\"max\": 100}", "\"max\": 100, \"colour\": 1}")).unwrap_err();
    assert_eq!(issue.path, "frameworks[0].indicators[0].colour");
    assert!(
        issue.found.starts_with("unknown field `colour`"),
        "{}",
        issue.found
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_sample_file_with_any_field_replaced_reads_the_same(
        path in prop::collection::vec(any::<prop::sample::Index>(), 1..5),
        replacement in common::arbitrary_json(),
    ) {
        let text = common::mini_json_with(|v| common::replace_at(v, &path, replacement));
        if let Err(difference) = compare(&text, true) {
            prop_assert!(false, "{}\ninput: {}", difference, text);
        }
    }

    #[test]
    fn a_sample_file_with_its_text_broken_reads_the_same(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, prop::sample::select(
            vec!["", "{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", "e", ".", " ", "n", "x", "é"]
        )), 1..4),
    ) {
        let mut text = MINI.to_string();
        for (at, how, with) in edits {
            let mut i = at.index(text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            match how {
                0 => text.insert_str(i, with),
                1 => {
                    if let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
                        text.replace_range(i..i + c.len_utf8(), with);
                    }
                }
                _ => {
                    if let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
                        text.replace_range(i..i + c.len_utf8(), "");
                    }
                }
            }
        }
        if let Err(difference) = compare(&text, false) {
            prop_assert!(false, "{}\ninput: {}", difference, text);
        }
    }

    #[test]
    fn arbitrary_json_reads_the_same(value in common::arbitrary_json()) {
        if let Err(difference) = compare(&value.to_string(), true) {
            prop_assert!(false, "{}\ninput: {}", difference, value);
        }
    }
}

#[test]
fn a_figure_written_with_seventeen_digits_reads_to_the_same_number_in_both_readers() {
    // Beyond 2^53 the widget's fast path hands over to an exact conversion; serde_json reads
    // exactly too (its `float_roundtrip` feature), so the CLI and the widget agree to the bit.
    for text in [
        "11.358185554210323",
        "0.30000000000000004",
        "123456789.12345679",
        "9.007199254740993",
    ] {
        let file = MINI.replace("\"value\": 25,", &format!("\"value\": {text},"));
        let (a, b) = (parse::parse(&file).unwrap(), lite::parse(&file).unwrap());
        let expected: f64 = text.parse().unwrap();
        for d in [&a, &b] {
            let v = &d.observations[0].value;
            assert_eq!(
                *v,
                Some(chiso_core::model::Value::Number(expected)),
                "{text}"
            );
        }
        assert_eq!(a, b);
    }
}
