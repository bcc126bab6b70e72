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
}

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 6] = [
        View::Overview,
        View::Gaps,
        View::Agencies,
        View::Budget,
        View::Targets,
        View::Tasks,
    ];

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
            assert_ne!(v.label(Lang::Vi), v.label(Lang::En));
        }
        assert_eq!(View::parse(" Budget "), Some(View::Budget));
        assert_eq!(View::parse("charts"), None);
    }
}
