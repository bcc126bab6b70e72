//! One component per view. Views only turn core's results into pixels and DOM: each builds a chart
//! description, a summary, a table and notes from `Session`, formatting with `chiso_core::format`.

pub mod agencies;
pub mod budget;
pub mod gaps;
pub mod overview;
pub mod targets;
pub mod tasks;

use crate::options::Theme;
use crate::session::Session;
use chiso_core::format::{number_trim, percent, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Props of every view.
#[derive(Properties, Clone)]
pub struct ViewProps {
    /// The loaded data and its report.
    pub session: Rc<Session>,
    /// Language.
    pub lang: Lang,
    /// Theme.
    pub theme: Theme,
}

impl PartialEq for ViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && self.lang == other.lang
            && self.theme == other.theme
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
pub fn no_dti(lang: Lang) -> Html {
    html! {
        <p class="summary">{ lang.pick(
            "Tệp dữ liệu chưa có điểm DTI cho đơn vị và kỳ đã chọn.",
            "The file has no DTI points for the entity and period chosen.",
        ) }</p>
    }
}
