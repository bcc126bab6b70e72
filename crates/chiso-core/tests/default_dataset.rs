//! The dataset that ships with chiso: it validates, every figure cites a known source, and the
//! consistency check lists exactly the inconsistencies of the sources (DOMAIN.md, Appendix A).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::consistency::{check, CheckKind, Severity};
use chiso_core::report::Report;
use chiso_core::targets::Status;

fn dataset() -> chiso_core::Dataset {
    chiso_core::load(&common::default_dataset_text())
        .unwrap_or_else(|issues| panic!("the default dataset is invalid: {issues:#?}"))
}

/// (kind, stated, computed rounded to 2 decimals) of every finding of a severity.
fn findings(severity: Severity) -> Vec<(CheckKind, f64, f64)> {
    let mut list: Vec<(CheckKind, f64, f64)> = check(&dataset())
        .into_iter()
        .filter(|f| f.severity == severity)
        .map(|f| (f.kind, f.stated, (f.computed * 100.0).round() / 100.0))
        .collect();
    list.sort_by(|a, b| a.partial_cmp(b).unwrap());
    list
}

#[test]
fn the_default_dataset_is_valid() {
    dataset();
}

#[test]
fn the_check_lists_the_inconsistencies_of_the_sources_and_no_false_ones() {
    use CheckKind as K;
    let mut expected = vec![
        // A1: satisfaction with public services scored out of 20 in 000, maximum 10 in 003.
        (K::StatedMax, 20.0, 10.0),
        // A6: investment disbursement stated 58.4 %, 112 / 191.5 = 58.49 %.
        (K::DisbursementRate, 58.4, 58.49),
        // A12: 24,600 official certificates, parts 17,570 + 458 + 6,571 = 24,599.
        (K::PartsSum, 24_600.0, 24_599.0),
        // A11: Plan 02 phase 2, 104 criteria province-wide, blocs 31 + 30 + 25 + 19 = 105.
        (K::PartsSum, 104.0, 105.0),
        // A13: incoming documents 880,059, by level 352,034 + 528,036 = 880,070.
        (K::PartsSum, 880_059.0, 880_070.0),
        // A17: "07" international conferences, 8 listed.
        (K::PartsSum, 7.0, 8.0),
        // A18: "20 hospitals" with 15 + 5 + 5 private listed.
        (K::PartsSum, 20.0, 25.0),
        // A14: 5G covers 51 % of the population, and 47 % in the same paragraph.
        (K::ConflictingStatements, 51.0, 47.0),
        // 000 fn 2 vs fn 9: officials trained on architecture v4.0, > 100 and > 120.
        (K::ConflictingStatements, 100.0, 120.0),
        // A16: telecom densities do not use the 2.2 M population of 000 III.4.
        (K::Ratio, 124.63, 107.53),
        (K::Ratio, 134.9, 116.4),
    ];
    expected.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(findings(Severity::Mismatch), expected);
}

#[test]
fn rounding_only_differences_are_kept_apart() {
    use CheckKind as K;
    let mut expected = vec![
        // A9: recurrent disbursement "36 %" for 43 / 119 = 36.13 %.
        (K::DisbursementRate, 36.0, 36.13),
        // A7: investment 191.5 + recurrent 119 = 310.5 against 311 allocated.
        (K::CategorySum, 311.0, 310.5),
        // 000 III.4: "13 per 10,000" for 2,900 / 2.2 M = 13.18.
        (K::Ratio, 13.0, 13.18),
    ];
    expected.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(findings(Severity::Rounding), expected);
}

#[test]
fn the_eleven_published_dti_scores_are_official_and_sum_to_163_07() {
    let d = dataset();
    let official: f64 = d
        .observations
        .iter()
        .filter(|o| o.entity == "khanh-hoa" && o.code.starts_with("dti:") && o.points.is_some())
        .filter(|o| !o.illustrative)
        .map(|o| o.points.unwrap())
        .sum();
    assert!((official - 163.07).abs() < 1e-9, "{official}");
}

#[test]
fn khanh_hoa_disbursed_49_8_percent_of_its_2025_allocation() {
    let report = Report::compute(&dataset());
    let total = report
        .budget
        .iter()
        .find(|l| l.period == "2025" && l.category == chiso_core::model::BudgetCategory::Total)
        .unwrap();
    assert!((total.disbursement_rate.unwrap() - 49.84).abs() < 0.01);
    assert!((total.unallocated_share.unwrap() - 11.14).abs() < 0.01);
}

#[test]
fn the_2030_dti_and_pii_rank_targets_are_met_by_ranks_16_and_9() {
    let report = Report::compute(&dataset());
    let status = |id: &str| {
        report
            .targets
            .iter()
            .find(|t| t.progress.id == id)
            .unwrap_or_else(|| panic!("no target {id}"))
            .progress
            .status
    };
    assert_eq!(status("2030-3"), Status::Met);
    assert_eq!(status("2030-14"), Status::Met);
    assert_eq!(status("2045-2"), Status::Met);
}

#[test]
fn every_illustrative_figure_cites_the_illustrative_source_and_every_official_one_a_document() {
    let d = dataset();
    for o in &d.observations {
        if o.illustrative {
            assert_eq!(o.source.id, "illustrative", "{} {}", o.code, o.entity);
        } else {
            assert!(
                ["000", "001", "003", "004"].contains(&o.source.id.as_str()),
                "{o:?}"
            );
            assert!(
                !o.source.section.is_empty(),
                "no section: {} {}",
                o.code,
                o.entity
            );
        }
    }
}

#[test]
fn all_79_tasks_of_decision_512_and_the_9_of_notice_08_are_there() {
    let d = dataset();
    let count = |prefix: &str| d.tasks.iter().filter(|t| t.id.starts_with(prefix)).count();
    assert_eq!(count("512-"), 79);
    assert_eq!(count("08tb-"), 9);
}

#[test]
fn the_dti_framework_has_its_fifty_sub_indicators_and_1000_points() {
    let d = dataset();
    let dti = d.frameworks.iter().find(|f| f.id == "dti").unwrap();
    let leaves = dti
        .indicators
        .iter()
        .filter(|x| {
            !dti.indicators
                .iter()
                .any(|c| c.parent.as_deref() == Some(&x.code))
        })
        .count();
    assert_eq!(leaves, 50);
    let root = dti.indicators.iter().find(|x| x.parent.is_none()).unwrap();
    assert_eq!(root.max, 1000.0);
}

#[test]
fn the_pii_2025_of_46_54_is_the_mean_of_its_input_and_output_and_ranks_9th_of_34() {
    let report = Report::compute(&dataset());
    let pii = report.pii.expect("the default dataset has a PII");
    assert_eq!(pii.score, Some(46.54));
    let published = pii.published_rank.unwrap();
    assert_eq!((published.rank, published.of), (9, Some(34)));
    let sub = |code: &str| {
        pii.pillars
            .iter()
            .find(|p| p.code == code)
            .unwrap()
            .score
            .unwrap()
    };
    assert!(((sub("input") + sub("output")) / 2.0 - 46.54).abs() < 0.01);
    // The computed rank among the provinces of the file rests on illustrative values.
    assert!(pii.rank_illustrative);
}

#[test]
fn the_pii_strengths_and_weaknesses_follow_the_components_named_in_the_2025_report() {
    // 000 III-b.4: industrial production index and labour productivity lead; S&T enterprises,
    // start-ups and the upper-secondary graduation score are in the lowest group.
    let pii = Report::compute(&dataset()).pii.unwrap();
    let strong: Vec<&str> = pii.strengths.iter().map(|s| s.code.as_str()).collect();
    let weak: Vec<&str> = pii.weaknesses.iter().map(|s| s.code.as_str()).collect();
    assert!(
        strong.contains(&"7.1") && strong.contains(&"7.2"),
        "{strong:?}"
    );
    for code in ["6.4", "6.5", "2.1"] {
        assert!(weak.contains(&code), "{weak:?}");
    }
}
