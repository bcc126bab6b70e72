//! Validation: every problem at once, each with its JSON path and what was expected.

mod common;

use chiso_core::IssueCode;
use serde_json::json;

fn issues(json: &str) -> Vec<(IssueCode, String)> {
    match chiso_core::load(json) {
        Ok(_) => Vec::new(),
        Err(list) => list.into_iter().map(|i| (i.code, i.path)).collect(),
    }
}

fn has(list: &[(IssueCode, String)], code: IssueCode, path: &str) -> bool {
    list.iter().any(|(c, p)| *c == code && p == path)
}

#[test]
fn the_sample_province_is_valid() {
    common::mini();
}

#[test]
fn every_problem_is_reported_at_once_with_its_path() {
    let json = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][2]["max"] = json!(70); // children 80 > 60
        v["frameworks"][0]["indicators"][3]["responsible"] = json!("nobody");
        v["observations"][1]["points"] = json!(12); // 1.2 max 10
        v["observations"][0]["source"]["id"] = json!("missing-doc");
        v["entities"][2]["id"] = json!("q"); // duplicate
        v["budget"] = json!([{
            "id": "b", "period": "2025", "category": "total", "unit": "billion_vnd",
            "allocated": 311, "disbursed": 400, "planned": -5,
            "stated": {"disbursement_pct": 128.6},
            "source": {"id": "s"}
        }]);
    });
    let list = issues(&json);
    assert!(
        has(
            &list,
            IssueCode::ChildrenExceedParent,
            "frameworks[0].indicators[1].max"
        ),
        "{list:?}"
    );
    assert!(has(
        &list,
        IssueCode::UnknownReference,
        "frameworks[0].indicators[3].responsible"
    ));
    assert!(has(
        &list,
        IssueCode::PointsOutOfRange,
        "observations[1].points"
    ));
    assert!(has(
        &list,
        IssueCode::UnknownReference,
        "observations[0].source.id"
    ));
    assert!(has(&list, IssueCode::Duplicate, "entities[2].id"));
    assert!(has(
        &list,
        IssueCode::DisbursedExceedsAllocated,
        "budget[0].disbursed"
    ));
    assert!(has(
        &list,
        IssueCode::NegativeOrNonFinite,
        "budget[0].planned"
    ));
    assert!(has(
        &list,
        IssueCode::PercentOutOfRange,
        "budget[0].stated.disbursement_pct"
    ));
    assert!(list.len() >= 8);
}

#[test]
fn a_missing_or_duplicated_code_is_named() {
    let json = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][3]["code"] = json!("1.1");
        v["observations"][2]["code"] = json!("dti:9.9");
        v["frameworks"][0]["indicators"][6]["parent"] = json!("7");
    });
    let list = issues(&json);
    assert!(
        has(
            &list,
            IssueCode::Duplicate,
            "frameworks[0].indicators[3].code"
        ),
        "{list:?}"
    );
    assert!(has(
        &list,
        IssueCode::UnknownReference,
        "frameworks[0].indicators[6].parent"
    ));
}

#[test]
fn a_tree_with_two_roots_or_a_loop_is_rejected() {
    let two_roots = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][4]
            .as_object_mut()
            .unwrap()
            .remove("parent");
    });
    assert!(issues(&two_roots)
        .iter()
        .any(|(c, _)| *c == IssueCode::Root));
    let looped = common::mini_json_with(|v| {
        v["frameworks"][0]["indicators"][1]["parent"] = json!("1.1");
    });
    assert!(
        issues(&looped).iter().any(|(c, _)| *c == IssueCode::Cycle),
        "{:?}",
        issues(&looped)
    );
}

#[test]
fn an_unknown_format_version_is_refused() {
    let json = common::mini_json_with(|v| v["format"] = json!("chiso/2"));
    assert_eq!(
        issues(&json),
        [(IssueCode::UnknownFormat, "format".to_string())]
    );
}

#[test]
fn malformed_json_names_line_and_column() {
    let err = chiso_core::load("{\n \"format\": \"chiso/1\",,\n}").unwrap_err();
    assert_eq!(err[0].code, IssueCode::MalformedJson);
    assert_eq!((err[0].line, err[0].column), (Some(2), Some(22)));
    assert!(err[0]
        .message(chiso_core::format::Lang::Vi)
        .starts_with("dòng 2, cột 22"));
}

#[test]
fn a_percentage_observation_above_100_is_refused() {
    let json = common::mini_json_with(|v| v["observations"][0]["value"] = json!(104.5));
    assert!(has(
        &issues(&json),
        IssueCode::PercentOutOfRange,
        "observations[0].value"
    ));
}

#[test]
fn a_category_the_rule_does_not_know_is_refused() {
    let json = common::mini_json_with(|v| v["observations"][3]["value"] = json!("partly"));
    assert!(has(
        &issues(&json),
        IssueCode::UnknownReference,
        "observations[3].value"
    ));
}

#[test]
fn a_rank_worse_than_the_number_ranked_is_refused() {
    let json = common::mini_json_with(|v| {
        v["observations"][4]["rank"] = json!(40);
        v["observations"][4]["rank_of"] = json!(34);
    });
    assert!(has(
        &issues(&json),
        IssueCode::RankOutOfRange,
        "observations[4].rank"
    ));
}

#[test]
fn the_province_must_be_a_province() {
    let json = common::mini_json_with(|v| v["meta"]["province"] = json!("dost"));
    assert!(has(
        &issues(&json),
        IssueCode::WrongEntityKind,
        "meta.province"
    ));
}

#[test]
fn monthly_disbursement_must_not_go_down_or_exceed_the_allocation() {
    let json = common::mini_json_with(|v| {
        v["budget"] = json!([{"id": "b", "period": "2026", "category": "total",
            "unit": "million_vnd", "allocated": 100, "source": {"id": "s"}}]);
        v["disbursement"] = json!([
            {"line": "b", "month": 1, "disbursed_cumulative": 30, "source": {"id": "s"}},
            {"line": "b", "month": 2, "disbursed_cumulative": 20, "source": {"id": "s"}},
            {"line": "b", "month": 3, "disbursed_cumulative": 120, "source": {"id": "s"}},
            {"line": "b", "month": 13, "source": {"id": "s"}},
            {"line": "zz", "month": 4, "source": {"id": "s"}}
        ]);
    });
    let list = issues(&json);
    assert!(
        has(&list, IssueCode::NotCumulative, "disbursement[1]"),
        "{list:?}"
    );
    assert!(has(
        &list,
        IssueCode::DisbursedExceedsAllocated,
        "disbursement[2].disbursed_cumulative"
    ));
    assert!(has(&list, IssueCode::BadMonth, "disbursement[3].month"));
    assert!(has(
        &list,
        IssueCode::UnknownReference,
        "disbursement[4].line"
    ));
}
