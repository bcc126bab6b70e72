//! The few drawing operations the charts use ([`Painter`]): on a canvas 2D context
//! ([`CanvasPainter`]), or recorded for tests ([`Recorder`]).

use super::palette::Rgb;
use web_sys::CanvasRenderingContext2d;

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

    /// `text` shortened with an ellipsis to fit `width`: its longest prefix that fits with `…`.
    /// The search starts where the share of the text that fits would end if its glyphs were
    /// even, then steps one character at a time: about three measurements a label, where a
    /// binary search over the length took seven (each `measureText` of a new text shapes it).
    fn fit(&self, text: &str, width: f64, size: f64) -> String {
        fit_with(&|t| self.measure(t, size), text, width)
    }
}

/// [`Painter::fit`], measuring with `measure`.
fn fit_with(measure: &dyn Fn(&str) -> f64, text: &str, width: f64) -> String {
    let full = measure(text);
    if full <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let fits = |k: usize| {
        let candidate: String = chars.iter().take(k).collect::<String>() + "…";
        measure(&candidate) <= width
    };
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let guess = (n as f64 * width / full).floor().max(1.0) as usize - 1;
    let mut k = guess.min(n);
    if fits(k) {
        while k < n && fits(k + 1) {
            k += 1;
        }
    } else {
        while k > 0 {
            k -= 1;
            if k == 0 || fits(k) {
                break;
            }
        }
    }
    let kept: String = chars.iter().take(k).collect();
    format!("{}…", kept.trim_end())
}

#[allow(clippy::cast_possible_truncation)]
fn px(x: f64) -> f64 {
    f64::from(x.round() as i32)
}

/// A colour as CSS text: `#rrggbb` (integers only, no float formatting in the WebAssembly).
pub fn css_colour((r, g, b): Rgb) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::from("#");
    for c in [r, g, b] {
        for nibble in [c >> 4, c & 15] {
            out.push(char::from(
                HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
            ));
        }
    }
    out
}

/// The CSS `font` of chart text.
pub fn font(size: f64, bold: bool) -> String {
    #[allow(clippy::cast_possible_truncation)]
    let size = size.round() as i32;
    let weight = if bold { "bold" } else { "normal" };
    format!("{weight} {size}px {FONT_FAMILY}")
}

/// A [`Painter`] over a canvas 2D context, at whole CSS pixels (as plotters' canvas backend,
/// which it replaces, drew). It sets the context's font, colours and alignment only when they
/// change (each set is parsed by the browser), and measures a text once per font size (the
/// widths are kept for the page's lifetime: the same labels are drawn at every update).
pub struct CanvasPainter {
    context: CanvasRenderingContext2d,
    state: std::cell::RefCell<Pen>,
}

/// What the context was last set to.
#[derive(Default)]
struct Pen {
    /// The font's size and weight, as last set (the font text is written only when they change).
    font: Option<(i32, bool)>,
    fill: String,
    stroke: String,
    line_width: f64,
    align: &'static str,
    baseline: bool,
}

thread_local! {
    /// Text widths by (font size, text), in CSS pixels of the chart font.
    /// (core's `keyed::Map`: a `BTreeMap` here brought 5 KB of B-tree code into the wasm.)
    static WIDTHS: std::cell::RefCell<chiso_core::keyed::Map<(i32, String), f64>> =
        std::cell::RefCell::new(chiso_core::keyed::Map::new());
}

/// How many widths are kept before the cache starts afresh.
const MAX_WIDTHS: usize = 4096;

thread_local! {
    /// Labels as [`Painter::fit`] cut them, by (font size, width's bits, label): a slider step
    /// redraws the same labels at the same widths.
    static FITS: std::cell::RefCell<chiso_core::keyed::Map<(i32, u64, String), String>> =
        std::cell::RefCell::new(chiso_core::keyed::Map::new());
}

impl CanvasPainter {
    /// Draws on `context`.
    pub fn new(context: CanvasRenderingContext2d) -> Self {
        CanvasPainter {
            context,
            state: std::cell::RefCell::new(Pen::default()),
        }
    }

    fn set_font(&self, size: f64, bold: bool) {
        #[allow(clippy::cast_possible_truncation)]
        let key = Some((size.round() as i32, bold));
        let mut pen = self.state.borrow_mut();
        if pen.font != key {
            self.context.set_font(&font(size, bold));
            pen.font = key;
        }
    }

    fn set_fill(&self, color: Rgb) {
        let css = css_colour(color);
        let mut pen = self.state.borrow_mut();
        if pen.fill != css {
            self.context.set_fill_style_str(&css);
            pen.fill = css;
        }
    }

    fn stroke_style(&self, color: Rgb, width: f64) {
        let css = css_colour(color);
        let width = width.round().max(1.0);
        let mut pen = self.state.borrow_mut();
        if pen.stroke != css {
            self.context.set_stroke_style_str(&css);
            pen.stroke = css;
        }
        if pen.line_width != width {
            self.context.set_line_width(width);
            pen.line_width = width;
        }
    }
}

impl Painter for CanvasPainter {
    fn rect(&mut self, from: (f64, f64), to: (f64, f64), color: Rgb, fill: bool) {
        let (x, y) = (px(from.0), px(from.1));
        let (w, h) = (px(to.0) - x, px(to.1) - y);
        if fill {
            self.set_fill(color);
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_style(color, 1.0);
            self.context.stroke_rect(x, y, w, h);
        }
    }

    fn path(&mut self, points: &[(f64, f64)], color: Rgb, width: f64) {
        let c = &self.context;
        c.begin_path();
        let mut points = points.iter();
        if let Some(&(x, y)) = points.next() {
            self.stroke_style(color, width);
            c.move_to(px(x), px(y));
            for &(x, y) in points {
                c.line_to(px(x), px(y));
            }
        }
        c.stroke();
    }

    fn dot(&mut self, centre: (f64, f64), radius: f64, color: Rgb) {
        self.set_fill(color);
        let c = &self.context;
        c.begin_path();
        let _ = c.arc(
            px(centre.0),
            px(centre.1),
            radius.round().max(1.0),
            0.0,
            std::f64::consts::TAU,
        );
        c.fill();
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
        let align = match anchor {
            Anchor::Left => "start",
            Anchor::Right => "end",
            Anchor::Center => "center",
        };
        {
            let mut pen = self.state.borrow_mut();
            if !pen.baseline {
                self.context.set_text_baseline("middle");
                pen.baseline = true;
            }
            if pen.align != align {
                self.context.set_text_align(align);
                pen.align = align;
            }
        }
        self.set_fill(color);
        self.set_font(size, bold);
        let _ = self.context.fill_text(text, px(at.0), px(at.1));
    }

    fn fit(&self, text: &str, width: f64, size: f64) -> String {
        #[allow(clippy::cast_possible_truncation)]
        let key = (size.round() as i32, width.to_bits(), text.to_string());
        if let Some(cut) = FITS.with(|f| f.borrow().get(&key).cloned()) {
            return cut;
        }
        let cut = fit_with(&|t| self.measure(t, size), text, width);
        FITS.with(|f| {
            let mut f = f.borrow_mut();
            if f.len() >= MAX_WIDTHS {
                f.clear();
            }
            f.insert(key, cut.clone());
        });
        cut
    }

    fn measure(&self, text: &str, size: f64) -> f64 {
        #[allow(clippy::cast_possible_truncation)]
        let key = (size.round() as i32, text.to_string());
        if let Some(width) = WIDTHS.with(|w| w.borrow().get(&key).copied()) {
            return width;
        }
        self.set_font(size, false);
        let width = self.context.measure_text(text).map_or(0.0, |m| m.width());
        WIDTHS.with(|w| {
            let mut w = w.borrow_mut();
            if w.len() >= MAX_WIDTHS {
                w.clear();
            }
            w.insert(key, width);
        });
        width
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
    fn colours_are_css_hex_and_fonts_whole_pixels() {
        assert_eq!(css_colour((31, 95, 191)), "#1f5fbf");
        assert_eq!(css_colour((0, 255, 10)), "#00ff0a");
        assert!(font(12.6, true).starts_with("bold 13px "));
    }

    /// A painter whose glyphs differ in width (narrow `i`, `l`, spaces; wide `m`, `w`, capitals
    /// and letters with diacritics), as a real font's do.
    struct Uneven;

    impl Painter for Uneven {
        fn rect(&mut self, _: (f64, f64), _: (f64, f64), _: Rgb, _: bool) {}
        fn path(&mut self, _: &[(f64, f64)], _: Rgb, _: f64) {}
        fn dot(&mut self, _: (f64, f64), _: f64, _: Rgb) {}
        fn text(&mut self, _: &str, _: (f64, f64), _: f64, _: Rgb, _: Anchor, _: bool) {}
        fn measure(&self, text: &str, size: f64) -> f64 {
            text.chars()
                .map(|c| match c {
                    'i' | 'l' | 'j' | 't' | ' ' | '.' | ',' => 0.3,
                    'm' | 'w' | 'M' | 'W' => 0.9,
                    c if c.is_uppercase() || !c.is_ascii() => 0.75,
                    _ => 0.55,
                })
                .sum::<f64>()
                * size
        }
    }

    /// The longest prefix that fits with `…`, by a binary search over its length (what `fit`
    /// did before it started from an estimate).
    fn fit_by_bisection(p: &impl Painter, text: &str, width: f64, size: f64) -> String {
        if p.measure(text, size) <= width {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let (mut lo, mut hi) = (0, chars.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let candidate: String = chars.iter().take(mid).collect::<String>() + "…";
            if p.measure(&candidate, size) <= width {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let kept: String = chars.iter().take(lo).collect();
        format!("{}…", kept.trim_end())
    }

    #[test]
    fn a_label_is_cut_where_a_search_over_every_length_cuts_it() {
        let labels = [
            "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính",
            "Share of the population aged 14 and over with a smartphone",
            "Mmmm wwww iiii llll MMMM",
            "x",
            "",
        ];
        for label in labels {
            for width in (1..=80).map(|w| f64::from(w) * 5.0) {
                for size in [10.0, 12.0] {
                    assert_eq!(
                        Uneven.fit(label, width, size),
                        fit_by_bisection(&Uneven, label, width, size),
                        "{label} in {width}"
                    );
                    let r = Recorder::default();
                    assert_eq!(
                        r.fit(label, width, size),
                        fit_by_bisection(&r, label, width, size),
                        "{label} in {width}"
                    );
                }
            }
        }
    }

    /// [`Uneven`], counting its measurements.
    #[derive(Default)]
    struct Counting(std::cell::Cell<usize>);

    impl Painter for Counting {
        fn rect(&mut self, _: (f64, f64), _: (f64, f64), _: Rgb, _: bool) {}
        fn path(&mut self, _: &[(f64, f64)], _: Rgb, _: f64) {}
        fn dot(&mut self, _: (f64, f64), _: f64, _: Rgb) {}
        fn text(&mut self, _: &str, _: (f64, f64), _: f64, _: Rgb, _: Anchor, _: bool) {}
        fn measure(&self, text: &str, size: f64) -> f64 {
            self.0.set(self.0.get() + 1);
            Uneven.measure(text, size)
        }
    }

    #[test]
    fn a_long_label_is_cut_in_a_few_measurements() {
        let label = "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính";
        for width in [120.0, 200.0, 300.0] {
            let p = Counting::default();
            let cut = p.fit(label, width, 12.0);
            assert!(cut.ends_with('…') && Uneven.measure(&cut, 12.0) <= width);
            assert!(p.0.get() <= 5, "{} measurements in {width}", p.0.get());
        }
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        let r = Recorder::default();
        assert_eq!(r.fit("short", 100.0, 10.0), "short");
        let fitted = r.fit("Share of the population aged 14 and over", 60.0, 10.0);
        assert!(fitted.ends_with('…'), "{fitted}");
        assert!(r.measure(&fitted, 10.0) <= 60.0);
    }
}
