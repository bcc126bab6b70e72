//! One function per view. Views only turn core's results into pixels and DOM: each builds a chart
//! description, a summary, a table and notes from `Session`, formatting with `chiso_core::format`,
//! and returns the panel's content as real nodes ([`crate::dom::El`]).

pub mod agencies;
pub mod budget;
pub mod budget_whatif;
pub mod gaps;
pub mod overview;
pub mod pii;
pub mod scenario;
pub mod targets;
pub mod tasks;
pub mod whatif;

use crate::charts::Chart;
use crate::components::data_table::HiddenRows;
use crate::dom::El;
use crate::scene::Scene;
use crate::session::Session;
use crate::view::View;
use chiso_core::format::{number_trim, percent, Lang};
use std::cell::RefCell;

/// What a view is rendered with: the session, language, the little state the views keep
/// between renders, and the canvases it creates (painted by the widget after insertion).
#[derive(Debug)]
pub struct Ctx<'a> {
    /// The loaded data and its report.
    pub session: &'a Session,
    /// Language.
    pub lang: Lang,
    /// State kept across renders.
    pub ui: &'a Ui,
    /// The what-if state, when a what-if view is shown.
    pub scene: Option<&'a Scene>,
    /// The charts of the canvases created while rendering (a canvas's slot is its index).
    pub charts: RefCell<Vec<Chart>>,
    /// What hidden tables hold: their rows, none yet (a view's first render), or the rows of
    /// the render before (an update of values); in the last two cases the widget adds the
    /// rows once the charts are drawn (see `App::complete`).
    pub hidden_rows: HiddenRows,
    /// Set when a hidden table was rendered without its current rows.
    pub left_out: std::cell::Cell<bool>,
}

/// The view state kept between renders of the same data: the gaps view's agency filter and the
/// tables left open.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    /// Agency chosen in the gaps view's filter (`None`: all).
    pub gaps_filter: Option<String>,
    /// Ids of the data tables open.
    pub open_tables: Vec<String>,
}

impl Ctx<'_> {
    /// A data table (toggle + table), open if it was open before.
    pub fn table(&self, table: &crate::components::data_table::Table, id: &str) -> El {
        let open = self.ui.open_tables.iter().any(|t| t == id);
        if !(open || self.hidden_rows == HiddenRows::Built || table.rows.is_empty()) {
            self.left_out.set(true);
        }
        crate::components::data_table::data_table(table, self.lang, id, open, self.hidden_rows)
    }
}

/// The content of the panel of `view`.
pub fn render(view: View, ctx: &Ctx) -> Vec<El> {
    match view {
        View::Overview => overview::render(ctx),
        View::Gaps => gaps::render(ctx),
        View::Agencies => agencies::render(ctx),
        View::Budget => budget::render(ctx),
        View::Targets => targets::render(ctx),
        View::Tasks => tasks::render(ctx),
        View::Whatif => whatif::render(ctx),
        View::BudgetWhatif => budget_whatif::render(ctx),
        View::Pii => pii::render(ctx),
    }
}

/// The part of a what-if view that a scenario change redraws (`[data-results]`: figures,
/// watermark, charts, changes), leaving the sliders in place; `None` for the other views.
pub fn results(view: View, ctx: &Ctx) -> Option<El> {
    let scene = ctx.scene?;
    match view {
        View::Whatif => Some(whatif::results(ctx, scene)),
        View::BudgetWhatif => Some(budget_whatif::results(ctx, scene)),
        View::Pii => Some(pii::results(ctx, scene)),
        _ => None,
    }
}

/// A number with up to two decimals.
pub fn n(x: f64, lang: Lang) -> String {
    number_trim(x, 2, lang)
}

/// A percentage with one decimal, `–` when missing.
pub fn pct(x: Option<f64>, lang: Lang) -> String {
    x.map_or_else(|| "–".to_string(), |x| percent(x, 1, lang))
}

/// An amount in million VND written in the unit that reads best, `–` when missing.
pub fn money(x: Option<f64>, lang: Lang) -> String {
    x.map_or_else(
        || "–".to_string(),
        |x| chiso_core::format::money_million_vnd(x, lang),
    )
}

/// A citation, or empty.
pub fn cite(session: &Session, source: Option<&(String, String)>) -> String {
    source.map(|s| session.cite(s)).unwrap_or_default()
}

/// The message shown when the file has no DTI for the entity and period asked.
pub fn no_dti(lang: Lang) -> Vec<El> {
    vec![El::new("p").class("summary").text(lang.pick(
        "Tệp dữ liệu chưa có điểm DTI cho đơn vị và kỳ đã chọn.",
        "The file has no DTI points for the entity and period chosen.",
    ))]
}
