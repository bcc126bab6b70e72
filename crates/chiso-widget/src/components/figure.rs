//! A chart with its title and an HTML legend (text next to every colour and pattern).

use super::chart_canvas::ChartCanvas;
use crate::charts::{Chart, Fill, Pattern, Swatch};
use crate::options::Theme;
use std::rc::Rc;
use yew::prelude::*;

/// One legend entry: the fill drawn in the chart and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    /// The fill.
    pub fill: Fill,
    /// Its meaning.
    pub text: String,
}

impl LegendItem {
    /// A legend entry.
    pub fn new(fill: Fill, text: impl Into<String>) -> LegendItem {
        LegendItem {
            fill,
            text: text.into(),
        }
    }
}

/// The CSS classes of a legend swatch.
pub fn swatch_class(fill: Fill) -> String {
    let colour = match fill.swatch {
        Swatch::Fg => "fg".to_string(),
        Swatch::Muted => "muted".to_string(),
        Swatch::Track => "track".to_string(),
        Swatch::Grid => "grid".to_string(),
        Swatch::Series(i) => format!("c{}", i % 6 + 1),
        Swatch::Good => "good".to_string(),
        Swatch::Warn => "warn".to_string(),
        Swatch::Bad => "bad".to_string(),
    };
    let pattern = match fill.pattern {
        Pattern::Solid => "solid",
        Pattern::Stripes => "stripes",
        Pattern::Outline => "outline",
    };
    format!("swatch sw-{colour} sw-{pattern}")
}

/// Props of [`Figure`].
#[derive(Properties, Clone)]
pub struct FigureProps {
    /// Title above the chart.
    pub title: AttrValue,
    /// The chart.
    pub chart: Rc<Chart>,
    /// What the chart shows, for screen readers.
    pub label: AttrValue,
    /// Legend entries.
    #[prop_or_default]
    pub legend: Rc<Vec<LegendItem>>,
    /// Theme.
    pub theme: Theme,
}

impl PartialEq for FigureProps {
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title
            && Rc::ptr_eq(&self.chart, &other.chart)
            && self.label == other.label
            && self.legend == other.legend
            && self.theme == other.theme
    }
}

/// A chart in a `<figure>`.
#[function_component]
pub fn Figure(props: &FigureProps) -> Html {
    html! {
        <figure class="figure">
            <figcaption>{ props.title.clone() }</figcaption>
            if !props.legend.is_empty() {
                <ul class="legend">
                    { for props.legend.iter().map(|item| html! {
                        <li><span class={swatch_class(item.fill)} aria-hidden="true"></span>{ item.text.clone() }</li>
                    }) }
                </ul>
            }
            <ChartCanvas chart={props.chart.clone()} label={props.label.clone()} theme={props.theme} />
        </figure>
    }
}
