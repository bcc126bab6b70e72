//! A chart with its title and an HTML legend (text next to every colour and pattern).

use super::chart_canvas::chart_canvas;
use crate::charts::{Chart, Fill, Pattern, Swatch};
use crate::dom::El;
use crate::views::Ctx;

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

/// A chart in a `<figure>`: `title` above, the legend, and the canvas labelled `label` for
/// screen readers (the canvas is painted once the view is in the page).
pub fn figure(ctx: &Ctx, title: &str, chart: Chart, label: &str, legend: &[LegendItem]) -> El {
    figure_with(ctx, title, chart, label, legend, None, None)
}

/// [`figure`] with the canvas named (`data-chart`) and an element laid over it (a watermark).
pub fn figure_with(
    ctx: &Ctx,
    title: &str,
    chart: Chart,
    label: &str,
    legend: &[LegendItem],
    name: Option<&str>,
    overlay: Option<El>,
) -> El {
    let mut figure = El::new("figure")
        .class("figure")
        .child(El::new("figcaption").text(title));
    if !legend.is_empty() {
        let mut list = El::new("ul").class("legend");
        for item in legend {
            list = list.child(
                El::new("li")
                    .child(
                        El::new("span")
                            .class(&swatch_class(item.fill))
                            .attr("aria-hidden", "true"),
                    )
                    .text(&item.text),
            );
        }
        figure = figure.child(list);
    }
    figure.child(chart_canvas(ctx, chart, label, name).child_opt(overlay))
}
