//! The views the widget can show, and their names in attributes and in each language.

use chiso_core::format::Lang;

/// One view of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// DTI index, rank, points against the maximum per main indicator.
    #[default]
    Overview,
    /// Sub-indicators by recoverable points, by responsible agency.
    Gaps,
    /// The agency scorecard.
    Agencies,
    /// Budget share, allocation and disbursement, monthly pace.
    Budget,
    /// Progress of each target.
    Targets,
    /// Tasks per lead agency, overdue ones first.
    Tasks,
    /// DTI what-if: sliders on sub-indicators, total, index and rank before and after.
    Whatif,
    /// Budget what-if: "X % disbursed by month M", the year-end projection before and after.
    BudgetWhatif,
    /// The innovation index (PII): score, rank, pillars, strengths and weaknesses, with sliders.
    Pii,
}

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 9] = [
        View::Overview,
        View::Gaps,
        View::Agencies,
        View::Budget,
        View::Targets,
        View::Tasks,
        View::Whatif,
        View::BudgetWhatif,
        View::Pii,
    ];

    /// True for the what-if views: they offer sliders and always build the what-if baseline.
    pub fn is_scenario(self) -> bool {
        matches!(self, View::Whatif | View::BudgetWhatif | View::Pii)
    }

    /// True for the views that show a scenario given to them: the what-if views, and the gaps
    /// view (the gaps left under the scenario; it builds the baseline only when given one).
    pub fn shows_scenario(self) -> bool {
        self.is_scenario() || self == View::Gaps
    }

    /// Reads an attribute value (`overview`, `gaps`...); anything else is `None`.
    pub fn parse(text: &str) -> Option<View> {
        View::ALL
            .into_iter()
            .find(|v| v.name() == text.trim().to_ascii_lowercase())
    }

    /// The attribute value.
    pub fn name(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Gaps => "gaps",
            View::Agencies => "agencies",
            View::Budget => "budget",
            View::Targets => "targets",
            View::Tasks => "tasks",
            View::Whatif => "whatif",
            View::BudgetWhatif => "budget-whatif",
            View::Pii => "pii",
        }
    }

    /// The tab label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            View::Overview => lang.pick("Tổng quan", "Overview"),
            View::Gaps => lang.pick("Khoảng cách", "Gaps"),
            View::Agencies => lang.pick("Cơ quan", "Agencies"),
            View::Budget => lang.pick("Ngân sách", "Budget"),
            View::Targets => lang.pick("Mục tiêu", "Targets"),
            View::Tasks => lang.pick("Nhiệm vụ", "Tasks"),
            View::Whatif => lang.pick("Kịch bản DTI", "DTI what-if"),
            View::BudgetWhatif => lang.pick("Kịch bản giải ngân", "Budget what-if"),
            View::Pii => lang.pick("PII", "PII"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_reads_back_its_own_name() {
        for v in View::ALL {
            assert_eq!(View::parse(v.name()), Some(v));
            if v != View::Pii {
                assert_ne!(v.label(Lang::Vi), v.label(Lang::En));
            }
        }
        assert_eq!(View::parse(" Budget "), Some(View::Budget));
        assert_eq!(View::parse("budget-whatif"), Some(View::BudgetWhatif));
        assert!(View::Pii.is_scenario() && !View::Budget.is_scenario());
        assert!(View::Gaps.shows_scenario() && !View::Gaps.is_scenario());
        assert!(!View::Overview.shows_scenario());
        assert_eq!(View::parse("charts"), None);
    }
}
