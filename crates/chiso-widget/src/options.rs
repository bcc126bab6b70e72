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
    /// Wall screen of an operations centre: white on black, large type, charts scaled up.
    Ioc,
}

impl Theme {
    /// Reads `light` or `dark`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Theme> {
        match text.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "ioc" => Some(Theme::Ioc),
            _ => None,
        }
    }

    /// The attribute value.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Ioc => "ioc",
        }
    }
}

/// Where the data comes from.
#[derive(Debug, Clone, Default)]
pub enum Source {
    /// Nothing yet (an element without `src`).
    #[default]
    None,
    /// A URL to fetch.
    Url(String),
    /// JSON text given inline (the `data` option of `mount()`).
    Inline(Rc<str>),
}

/// Two inline texts are the same when they are one shared string (an update that does not give
/// new data keeps it) before their bytes are compared: comparing a file's text on every slider
/// step cost a full pass over it.
impl PartialEq for Source {
    fn eq(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::None, Source::None) => true,
            (Source::Url(a), Source::Url(b)) => a == b,
            (Source::Inline(a), Source::Inline(b)) => Rc::ptr_eq(a, b) || a == b,
            _ => false,
        }
    }
}

/// The names of the attributes the element observes, in the order they are documented.
pub const ATTRIBUTES: [&str; 15] = [
    "src",
    "view",
    "lang",
    "theme",
    "entity",
    "period",
    "refresh",
    "refresh-seconds",
    "timeout",
    "max-bytes",
    "rotate",
    "rotate-seconds",
    "sliders",
    "scenario",
    "sync-url",
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
    /// The scenario (`Scenario::to_query` text): the what-if views start from it, the gaps view
    /// shows the gaps left under it.
    pub scenario: Option<String>,
    /// Keep the scenario in the page URL's `scenario` parameter (and read it from there first).
    pub sync_url: bool,
    /// `refresh`: fetch `src` again every so many minutes (`None`: load once).
    pub refresh_minutes: Option<f64>,
    /// `refresh-seconds`: the same in seconds, for tests and demos; wins over `refresh`.
    pub refresh_seconds: Option<f64>,
    /// `timeout`: seconds allowed for a response (default 30).
    pub timeout_seconds: Option<f64>,
    /// `max-bytes`: the largest file read (default 5 MB).
    pub max_bytes: Option<u64>,
    /// `rotate`: the views a wall screen turns through (`overview,gaps,budget`).
    pub rotate: Vec<View>,
    /// `rotate-seconds`: how long each view of `rotate` stays (default 20).
    pub rotate_seconds: Option<f64>,
}

/// A positive number of seconds or minutes; anything else is `None`.
fn positive(value: Option<&str>) -> Option<f64> {
    value
        .and_then(crate::load::number_text)
        .filter(|x| *x > 0.0)
}

/// Seconds to milliseconds, at least 1 ms, at most about 24 days (a browser timer's range).
fn millis(seconds: f64) -> u64 {
    chiso_core::num::clamp(seconds * 1000.0, 1.0, f64::from(i32::MAX)) as u64
}

impl Options {
    /// The refresh interval, if the widget refreshes.
    pub fn refresh_ms(&self) -> Option<u64> {
        self.refresh_seconds
            .or(self.refresh_minutes.map(|m| m * 60.0))
            .map(millis)
    }

    /// The time allowed for a response.
    pub fn timeout_ms(&self) -> u32 {
        let ms = millis(self.timeout_seconds.unwrap_or(30.0));
        u32::try_from(ms).unwrap_or(u32::MAX)
    }

    /// The largest file read.
    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
            .unwrap_or(chiso_core::limits::DEFAULT_MAX_BYTES)
    }

    /// How long each view of the rotation stays.
    pub fn rotate_ms(&self) -> u64 {
        millis(self.rotate_seconds.unwrap_or(20.0))
    }
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
                    .and_then(chiso_core::num::unsigned::<usize>)
                    .filter(|n| (1..=50).contains(n));
            }
            "scenario" => self.scenario = value.map(str::to_string),
            "refresh" => self.refresh_minutes = positive(value),
            "refresh-seconds" => self.refresh_seconds = positive(value),
            "timeout" => self.timeout_seconds = positive(value),
            "max-bytes" => {
                self.max_bytes = value
                    .and_then(chiso_core::num::unsigned)
                    .filter(|&n: &u64| n > 0);
            }
            "rotate" => {
                self.rotate = value
                    .map(|v| v.split(',').filter_map(View::parse).collect())
                    .unwrap_or_default();
            }
            "rotate-seconds" => self.rotate_seconds = positive(value),
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
    #[test]
    fn a_wall_screen_reads_its_refresh_rotation_and_limits() {
        let mut o = Options::default();
        assert_eq!(
            (o.refresh_ms(), o.timeout_ms(), o.max_bytes()),
            (None, 30_000, 5 << 20)
        );
        o.set("theme", Some("ioc"));
        o.set("refresh", Some("5"));
        o.set("rotate", Some("overview, gaps,nonsense,budget"));
        o.set("rotate-seconds", Some("12.5"));
        o.set("timeout", Some("2"));
        o.set("max-bytes", Some("100000"));
        assert_eq!(o.theme, Theme::Ioc);
        assert_eq!(o.refresh_ms(), Some(300_000));
        assert_eq!(o.rotate, [View::Overview, View::Gaps, View::Budget]);
        assert_eq!(
            (o.rotate_ms(), o.timeout_ms(), o.max_bytes()),
            (12_500, 2_000, 100_000)
        );
        o.set("refresh-seconds", Some("1"));
        assert_eq!(o.refresh_ms(), Some(1_000));
        for bad in ["0", "-5", "NaN", "soon"] {
            o.set("refresh", Some(bad));
            o.set("refresh-seconds", Some(bad));
            assert_eq!(o.refresh_ms(), None, "{bad}");
        }
    }
}
