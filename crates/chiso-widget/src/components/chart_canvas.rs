//! Chart canvases: a `<canvas>` in a `div.chart`, painted once the view is in the page, and
//! repainted by the widget's one `ResizeObserver` when its container's width changes.

use crate::charts::{
    canvas::{paint, paint_at, Look},
    Chart,
};
use crate::dom::El;
use crate::views::Ctx;
use web_sys::{Element, HtmlCanvasElement};

/// A canvas of the view shown and the chart it draws.
#[derive(Debug)]
pub struct Painted {
    /// The canvas.
    pub canvas: HtmlCanvasElement,
    /// The chart.
    pub chart: Chart,
    /// CSS width last drawn (0 before the first paint).
    pub width: f64,
}

impl Painted {
    /// The element whose size decides the drawing: the canvas's container.
    pub fn container(&self) -> Option<Element> {
        self.canvas.parent_element()
    }

    /// Draws (again); a failure is set on the canvas as `data-error`, never thrown.
    pub fn paint(&mut self) {
        match paint(&self.canvas, &self.chart) {
            Ok(width) => {
                self.width = width;
                let _ = self.canvas.remove_attribute("data-error");
            }
            Err(e) => {
                let _ = self.canvas.set_attribute("data-error", &e);
            }
        }
    }

    /// Draws at a known CSS width and look (no layout or style read); see [`paint_at`].
    pub fn paint_at(&mut self, width: f64, look: &Look) {
        match paint_at(&self.canvas, &self.chart, width, look) {
            Ok(width) => {
                self.width = width;
                let _ = self.canvas.remove_attribute("data-error");
            }
            Err(e) => {
                let _ = self.canvas.set_attribute("data-error", &e);
            }
        }
    }
}

/// The chart's canvas, labelled `label` for screen readers (the canvas is an image) and named
/// `name` (`data-chart`) when given. The chart is kept in `ctx` to be painted once the view is in
/// the page.
pub fn chart_canvas(ctx: &Ctx, chart: Chart, label: &str, name: Option<&str>) -> El {
    let slot = {
        let mut charts = ctx.charts.borrow_mut();
        charts.push(chart);
        charts.len() - 1
    };
    let canvas = El::new("canvas")
        .attr("role", "img")
        .attr("aria-label", label)
        .attr_opt("data-chart", name)
        .canvas_slot(slot);
    El::new("div").class("chart").child(canvas)
}
