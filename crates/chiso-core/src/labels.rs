//! Vietnamese and English labels of the report's enumerations, target goals and shares, so that
//! every front end (the widget, the CLI) names and formats them the same way.

use crate::format::{maybe, number, Lang};
use crate::model::{BudgetCategory, Comparator};
use crate::targets::Status;

/// The label of a target status.
pub fn status(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Met => lang.pick("Đạt", "Met"),
        Status::OnTrack => lang.pick("Đúng tiến độ", "On track"),
        Status::AtRisk => lang.pick("Có nguy cơ", "At risk"),
        Status::OffTrack => lang.pick("Chậm tiến độ", "Off track"),
        Status::NoData => lang.pick("Chưa có số liệu", "No data"),
    }
}

/// The label of a budget category.
pub fn budget_category(category: BudgetCategory, lang: Lang) -> &'static str {
    match category {
        BudgetCategory::Total => lang.pick("Tổng", "Total"),
        BudgetCategory::Investment => lang.pick("Đầu tư", "Investment"),
        BudgetCategory::Recurrent => lang.pick("Thường xuyên", "Recurrent"),
    }
}

/// The label of a reported task status, by its JSON name (`not_reported` when none was reported,
/// as in [`crate::tasks::LeadSummary::by_status`]); an unknown name is returned as it is.
pub fn task_status(name: &str, lang: Lang) -> &str {
    match name {
        "done" => lang.pick("Hoàn thành", "Done"),
        "on_track" => lang.pick("Đúng tiến độ", "On track"),
        "in_progress" => lang.pick("Đang triển khai", "In progress"),
        "late" => lang.pick("Chậm tiến độ", "Late"),
        "not_started" => lang.pick("Chưa triển khai", "Not started"),
        "suspended" => lang.pick("Tạm dừng", "Suspended"),
        "waiting_on_guidance" => lang.pick("Chờ hướng dẫn", "Waiting on guidance"),
        "not_reported" => lang.pick("Chưa báo cáo", "Not reported"),
        other => other,
    }
}

/// A target's goal as people read it: `≥ 30 % GRDP (2030)`, `top 20 (2030)`, `2–5 count (2030)`.
pub fn goal(
    comparator: Comparator,
    value: Option<f64>,
    value_max: Option<f64>,
    unit: &str,
    deadline: i32,
    lang: Lang,
) -> String {
    let v = maybe(value, 2, lang);
    let head = match comparator {
        Comparator::Ge => format!("≥ {v} {unit}"),
        Comparator::Gt => format!("> {v} {unit}"),
        Comparator::Le => format!("≤ {v} {unit}"),
        Comparator::Lt => format!("< {v} {unit}"),
        Comparator::RankTop => format!("{} {v}", lang.pick("top", "top")),
        Comparator::Range => format!("{v}–{} {unit}", maybe(value_max, 2, lang)),
        Comparator::Qualitative => lang.pick("định tính", "qualitative").to_string(),
    };
    format!("{} ({deadline})", head.trim_end())
}

/// A share given as a ratio (0–1) written as a percentage: `0.609` → `60,9%` (vi), `60.9%` (en).
pub fn share(ratio: f64, decimals: usize, lang: Lang) -> String {
    format!("{}%", number(ratio * 100.0, decimals, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_read_as_published() {
        assert_eq!(
            goal(Comparator::Ge, Some(30.0), None, "% GRDP", 2030, Lang::Vi),
            "≥ 30 % GRDP (2030)"
        );
        assert_eq!(
            goal(
                Comparator::RankTop,
                Some(20.0),
                None,
                "rank",
                2030,
                Lang::En
            ),
            "top 20 (2030)"
        );
        assert_eq!(
            goal(
                Comparator::Range,
                Some(2.0),
                Some(5.0),
                "count",
                2030,
                Lang::En
            ),
            "2–5 count (2030)"
        );
        assert_eq!(
            goal(Comparator::Qualitative, None, None, "", 2030, Lang::Vi),
            "định tính (2030)"
        );
    }

    #[test]
    fn shares_are_percentages_in_each_language() {
        assert_eq!(share(0.609, 1, Lang::Vi), "60,9%");
        assert_eq!(share(0.4778, 1, Lang::En), "47.8%");
        assert_eq!(share(1.0, 0, Lang::En), "100%");
    }

    #[test]
    fn every_status_has_two_labels() {
        for s in [
            Status::Met,
            Status::OnTrack,
            Status::AtRisk,
            Status::OffTrack,
            Status::NoData,
        ] {
            assert_ne!(status(s, Lang::Vi), status(s, Lang::En));
        }
        assert_eq!(task_status("not_reported", Lang::En), "Not reported");
        assert_eq!(
            budget_category(BudgetCategory::Recurrent, Lang::Vi),
            "Thường xuyên"
        );
    }
}
