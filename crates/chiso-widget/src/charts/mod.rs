//! Charts: data descriptions ([`BarChart`], [`LineChart`]) built by the views from core's numbers,
//! and drawing code generic over a small [`paint::Painter`] trait, so the same code draws onto a canvas
//! in the browser and onto a recorder in native tests. Layout is in CSS pixels; the canvas module
//! scales by `devicePixelRatio`.

pub mod bars;
pub mod canvas;
pub mod lines;
pub mod paint;
pub mod palette;

pub use bars::{Bar, BarChart, BarRow};
pub use lines::{LineChart, Series};
pub use palette::{Fill, Palette, Pattern, Swatch};

/// A chart of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// Horizontal bars, one row per item.
    Bars(BarChart),
    /// Lines over a categorical x axis.
    Lines(LineChart),
}

impl Chart {
    /// Height in CSS pixels for a given width.
    pub fn height(&self, width: f64) -> f64 {
        match self {
            Chart::Bars(c) => c.height(width),
            Chart::Lines(c) => c.height(width),
        }
    }

    /// The chart cut to `max_height` CSS px, if it can be cut (bars: the first rows and a row
    /// saying how many more, `more(n)`); `None` when it fits or cannot be cut (lines).
    pub fn clipped(&self, max_height: f64, more: &dyn Fn(usize) -> String) -> Option<Chart> {
        match self {
            Chart::Bars(c) => c.clipped(max_height, more).map(Chart::Bars),
            Chart::Lines(_) => None,
        }
    }

    /// Draws the chart in a `width` × [`Chart::height`] area.
    pub fn draw<P: paint::Painter>(&self, p: &mut P, width: f64, palette: &Palette) {
        match self {
            Chart::Bars(c) => c.draw(p, width, palette),
            Chart::Lines(c) => c.draw(p, width, palette),
        }
    }
}
