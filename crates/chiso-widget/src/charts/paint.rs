//! The few drawing operations the charts use, over any plotters `DrawingBackend`.

use super::palette::Rgb;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendStyle, BackendTextStyle, DrawingBackend, FontFamily, FontStyle,
};

/// The font stack of chart text (covers Vietnamese diacritics on every platform).
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/// Where a text's anchor point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Left end, vertical middle.
    Left,
    /// Right end, vertical middle.
    Right,
    /// Centre.
    Center,
}

/// Drawing in CSS pixels.
pub trait Painter {
    /// A rectangle, filled or outlined.
    fn rect(&mut self, from: (f64, f64), to: (f64, f64), color: Rgb, fill: bool);
    /// A polyline.
    fn path(&mut self, points: &[(f64, f64)], color: Rgb, width: f64);
    /// A filled circle.
    fn dot(&mut self, centre: (f64, f64), radius: f64, color: Rgb);
    /// A text.
    fn text(
        &mut self,
        text: &str,
        at: (f64, f64),
        size: f64,
        color: Rgb,
        anchor: Anchor,
        bold: bool,
    );
    /// Width of a text in CSS pixels.
    fn measure(&self, text: &str, size: f64) -> f64;

    /// `text` shortened with an ellipsis to fit `width`.
    fn fit(&self, text: &str, width: f64, size: f64) -> String {
        if self.measure(text, size) <= width {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let (mut lo, mut hi) = (0, chars.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let candidate: String = chars.iter().take(mid).collect::<String>() + "…";
            if self.measure(&candidate, size) <= width {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let kept: String = chars.iter().take(lo).collect();
        format!("{}…", kept.trim_end())
    }
}

struct Color(Rgb, u32);

impl BackendStyle for Color {
    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: 1.0,
            rgb: self.0,
        }
    }
    fn stroke_width(&self) -> u32 {
        self.1
    }
}

struct Text {
    color: Rgb,
    size: f64,
    anchor: Anchor,
    bold: bool,
}

impl BackendTextStyle for Text {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: 1.0,
            rgb: self.color,
        }
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        let h = match self.anchor {
            Anchor::Left => HPos::Left,
            Anchor::Right => HPos::Right,
            Anchor::Center => HPos::Center,
        };
        Pos::new(h, VPos::Center)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_FAMILY)
    }
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        Ok(((0, 0), (0, 0)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: (i32, i32),
        _draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        Ok(Ok(()))
    }
}

#[allow(clippy::cast_possible_truncation)]
fn px(x: f64) -> i32 {
    x.round() as i32
}

/// A [`Painter`] over a plotters backend, with a text-measuring function; it keeps the first
/// drawing error, so that the caller handles it once.
pub struct BackendPainter<DB, M> {
    backend: DB,
    measure: M,
    error: Option<String>,
}

impl<DB: DrawingBackend, M: Fn(&str, f64) -> f64> BackendPainter<DB, M> {
    /// Wraps a backend.
    pub fn new(backend: DB, measure: M) -> Self {
        BackendPainter {
            backend,
            measure,
            error: None,
        }
    }

    /// The first drawing error, if any.
    pub fn finish(self) -> Result<(), String> {
        self.error.map_or(Ok(()), Err)
    }

    fn keep<E: std::fmt::Display>(&mut self, result: Result<(), E>) {
        if let (Err(e), None) = (result, &self.error) {
            self.error = Some(e.to_string());
        }
    }
}

impl<DB: DrawingBackend, M: Fn(&str, f64) -> f64> Painter for BackendPainter<DB, M> {
    fn rect(&mut self, from: (f64, f64), to: (f64, f64), color: Rgb, fill: bool) {
        let r = self.backend.draw_rect(
            (px(from.0), px(from.1)),
            (px(to.0), px(to.1)),
            &Color(color, 1),
            fill,
        );
        self.keep(r);
    }

    fn path(&mut self, points: &[(f64, f64)], color: Rgb, width: f64) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let w = width.round().max(1.0) as u32;
        let r = self.backend.draw_path(
            points.iter().map(|&(x, y)| (px(x), px(y))),
            &Color(color, w),
        );
        self.keep(r);
    }

    fn dot(&mut self, centre: (f64, f64), radius: f64, color: Rgb) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let r = radius.round().max(1.0) as u32;
        let result =
            self.backend
                .draw_circle((px(centre.0), px(centre.1)), r, &Color(color, 1), true);
        self.keep(result);
    }

    fn text(
        &mut self,
        text: &str,
        at: (f64, f64),
        size: f64,
        color: Rgb,
        anchor: Anchor,
        bold: bool,
    ) {
        let style = Text {
            color,
            size,
            anchor,
            bold,
        };
        let r = self.backend.draw_text(text, &style, (px(at.0), px(at.1)));
        self.keep(r);
    }

    fn measure(&self, text: &str, size: f64) -> f64 {
        (self.measure)(text, size)
    }
}

/// A painter that records what is drawn, for tests: texts, and the number of shapes.
#[derive(Debug, Default)]
pub struct Recorder {
    /// Every text drawn, in order.
    pub texts: Vec<String>,
    /// Rectangles, paths and dots drawn.
    pub shapes: usize,
    /// The largest y drawn at.
    pub max_y: f64,
    /// The largest x drawn at.
    pub max_x: f64,
}

impl Recorder {
    fn see(&mut self, (x, y): (f64, f64)) {
        self.max_x = self.max_x.max(x);
        self.max_y = self.max_y.max(y);
    }
}

impl Painter for Recorder {
    fn rect(&mut self, from: (f64, f64), to: (f64, f64), _: Rgb, _: bool) {
        self.shapes += 1;
        self.see(from);
        self.see(to);
    }
    fn path(&mut self, points: &[(f64, f64)], _: Rgb, _: f64) {
        self.shapes += 1;
        for &p in points {
            self.see(p);
        }
    }
    fn dot(&mut self, centre: (f64, f64), _: f64, _: Rgb) {
        self.shapes += 1;
        self.see(centre);
    }
    fn text(&mut self, text: &str, at: (f64, f64), _: f64, _: Rgb, _: Anchor, _: bool) {
        self.texts.push(text.to_string());
        self.see(at);
    }
    /// An average glyph of 0.55 em.
    fn measure(&self, text: &str, size: f64) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let n = text.chars().count() as f64;
        n * size * 0.55
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        let r = Recorder::default();
        assert_eq!(r.fit("short", 100.0, 10.0), "short");
        let fitted = r.fit("Share of the population aged 14 and over", 60.0, 10.0);
        assert!(fitted.ends_with('…'), "{fitted}");
        assert!(r.measure(&fitted, 10.0) <= 60.0);
    }
}
