//! What an embedder asks for: the data (a URL or an inline object), the view, the language, the
//! theme, and optionally the entity and period to score. Read from attributes, from the options
//! object of `mount()`, or from the iframe page's query string — always the same way.

use crate::view::View;
use chiso_core::format::Lang;
use std::rc::Rc;

/// Light or dark colours (both through CSS custom properties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

impl Theme {
    /// Reads `light` or `dark`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Theme> {
        match text.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The attribute value.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Where the data comes from.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Source {
    /// Nothing yet (an element without `src`).
    #[default]
    None,
    /// A URL to fetch.
    Url(String),
    /// JSON text given inline (the `data` option of `mount()`).
    Inline(Rc<str>),
}

/// The names of the attributes the element observes, in the order they are documented.
pub const ATTRIBUTES: [&str; 9] = [
    "src", "view", "lang", "theme", "entity", "period", "sliders", "scenario", "sync-url",
];

/// Everything an embedder chooses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// The data.
    pub source: Source,
    /// The view shown.
    pub view: View,
    /// Language of labels and numbers.
    pub lang: Lang,
    /// Colours.
    pub theme: Theme,
    /// Entity whose DTI scorecard is shown (the file's province when `None`).
    pub entity: Option<String>,
    /// Period of that scorecard (the latest when `None`); also picks the budget year.
    pub period: Option<String>,
    /// How many sliders the what-if views offer (`None`: core's default, 6).
    pub sliders: Option<usize>,
    /// The initial scenario (`Scenario::to_query` text).
    pub scenario: Option<String>,
    /// Keep the scenario in the page URL's `scenario` parameter (and read it from there first).
    pub sync_url: bool,
}

impl Options {
    /// Applies one attribute or option by name; `None` (an attribute removed) restores the default.
    /// Unknown names and unreadable values are ignored, so a typo never breaks the page.
    pub fn set(&mut self, name: &str, value: Option<&str>) {
        if name == "sync-url" {
            // A boolean attribute: present (even empty) means on.
            self.sync_url = value.is_some();
            return;
        }
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match name {
            "src" => {
                self.source = value.map_or(Source::None, |v| Source::Url(v.to_string()));
            }
            "view" => self.view = value.and_then(View::parse).unwrap_or_default(),
            "lang" => self.lang = value.and_then(Lang::parse).unwrap_or_default(),
            "theme" => self.theme = value.and_then(Theme::parse).unwrap_or_default(),
            "entity" => self.entity = value.map(str::to_string),
            "period" => self.period = value.map(str::to_string),
            "sliders" => {
                self.sliders = value
                    .and_then(|v| v.parse::<usize>().ok())
                    .filter(|n| (1..=50).contains(n));
            }
            "scenario" => self.scenario = value.map(str::to_string),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_set_and_removed_attributes_restore_defaults() {
        let mut o = Options::default();
        o.set("src", Some("data/k.json"));
        o.set("view", Some("budget"));
        o.set("lang", Some("en"));
        o.set("theme", Some("dark"));
        o.set("period", Some("2025"));
        assert_eq!(o.source, Source::Url("data/k.json".into()));
        assert_eq!(
            (o.view, o.lang, o.theme),
            (View::Budget, Lang::En, Theme::Dark)
        );
        o.set("view", Some("nonsense"));
        o.set("lang", None);
        o.set("period", Some("  "));
        o.set("colour", Some("red"));
        assert_eq!(
            (o.view, o.lang, o.period.as_deref()),
            (View::Overview, Lang::Vi, None)
        );
        o.set("sync-url", Some(""));
        o.set("sliders", Some("3"));
        o.set("scenario", Some("v~dti:6.4=80"));
        assert!(o.sync_url);
        assert_eq!(o.sliders, Some(3));
        assert_eq!(o.scenario.as_deref(), Some("v~dti:6.4=80"));
        o.set("sync-url", None);
        o.set("sliders", Some("lots"));
        assert!(!o.sync_url);
        assert_eq!(o.sliders, None);
    }
}
