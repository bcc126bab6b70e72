//! Colours of the charts, read from the theme's CSS custom properties, and the fills that pair
//! each colour with a pattern so that colour never carries meaning alone.

/// An RGB colour.
pub type Rgb = (u8, u8, u8);

/// A semantic colour; the palette maps it to the theme's RGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// Text and axes.
    Fg,
    /// Secondary text.
    Muted,
    /// Background track of a bar (the maximum).
    Track,
    /// Grid lines.
    Grid,
    /// The n-th categorical colour (agencies, series), cycling.
    Series(usize),
    /// Good: held points, met targets.
    Good,
    /// Warning: at risk, due soon.
    Warn,
    /// Bad: gaps, overdue, off track.
    Bad,
}

/// How a bar is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// Plain colour.
    Solid,
    /// Vertical stripes of the colour (gaps, illustrative figures).
    Stripes,
    /// Outline only (planned, not yet allocated).
    Outline,
}

/// A colour and a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fill {
    /// Colour.
    pub swatch: Swatch,
    /// Pattern.
    pub pattern: Pattern,
}

impl Fill {
    /// A solid fill.
    pub const fn solid(swatch: Swatch) -> Fill {
        Fill {
            swatch,
            pattern: Pattern::Solid,
        }
    }

    /// A striped fill.
    pub const fn stripes(swatch: Swatch) -> Fill {
        Fill {
            swatch,
            pattern: Pattern::Stripes,
        }
    }

    /// An outline.
    pub const fn outline(swatch: Swatch) -> Fill {
        Fill {
            swatch,
            pattern: Pattern::Outline,
        }
    }
}

/// The theme's colours.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// Text.
    pub fg: Rgb,
    /// Secondary text.
    pub muted: Rgb,
    /// Bar tracks.
    pub track: Rgb,
    /// Grid lines.
    pub grid: Rgb,
    /// Categorical colours.
    pub series: [Rgb; 6],
    /// Good.
    pub good: Rgb,
    /// Warning.
    pub warn: Rgb,
    /// Bad.
    pub bad: Rgb,
}

/// The CSS custom property of each palette entry, as `style.css` defines them.
pub const CSS_VARS: [&str; 13] = [
    "--chiso-fg",
    "--chiso-muted",
    "--chiso-track",
    "--chiso-grid",
    "--chiso-c1",
    "--chiso-c2",
    "--chiso-c3",
    "--chiso-c4",
    "--chiso-c5",
    "--chiso-c6",
    "--chiso-good",
    "--chiso-warn",
    "--chiso-bad",
];

impl Default for Palette {
    /// The light theme (the values of `style.css`).
    fn default() -> Self {
        Palette {
            fg: (0x1b, 0x1f, 0x24),
            muted: (0x4b, 0x55, 0x63),
            track: (0xd5, 0xda, 0xe0),
            grid: (0xc9, 0xce, 0xd4),
            series: [
                (0x1f, 0x5f, 0xbf),
                (0xb4, 0x41, 0x0f),
                (0x0f, 0x7a, 0x55),
                (0x7b, 0x3f, 0xb5),
                (0xa3, 0x19, 0x5b),
                (0x5c, 0x6b, 0x00),
            ],
            good: (0x0f, 0x7a, 0x55),
            warn: (0x9a, 0x67, 0x00),
            bad: (0xc0, 0x26, 0x2d),
        }
    }
}

/// Reads `#rgb` or `#rrggbb`.
pub fn parse_hex(text: &str) -> Option<Rgb> {
    let hex = text.trim().strip_prefix('#')?;
    let digit = |i: usize, n: usize| {
        hex.get(i..i + n)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
    };
    match hex.len() {
        6 => Some((digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
        3 => Some((digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
        _ => None,
    }
}

impl Palette {
    /// A palette from the values of [`CSS_VARS`] (in that order); unreadable values keep the
    /// default.
    pub fn from_values(values: &[String]) -> Palette {
        let mut p = Palette::default();
        let slots: [&mut Rgb; 13] = {
            let [s0, s1, s2, s3, s4, s5] = &mut p.series;
            [
                &mut p.fg,
                &mut p.muted,
                &mut p.track,
                &mut p.grid,
                s0,
                s1,
                s2,
                s3,
                s4,
                s5,
                &mut p.good,
                &mut p.warn,
                &mut p.bad,
            ]
        };
        for (slot, value) in slots.into_iter().zip(values) {
            if let Some(rgb) = parse_hex(value) {
                *slot = rgb;
            }
        }
        p
    }

    /// The RGB of a swatch.
    pub fn rgb(&self, swatch: Swatch) -> Rgb {
        match swatch {
            Swatch::Fg => self.fg,
            Swatch::Muted => self.muted,
            Swatch::Track => self.track,
            Swatch::Grid => self.grid,
            Swatch::Series(i) => self
                .series
                .get(i % self.series.len())
                .copied()
                .unwrap_or(self.fg),
            Swatch::Good => self.good,
            Swatch::Warn => self.warn,
            Swatch::Bad => self.bad,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_values_override_the_defaults() {
        assert_eq!(parse_hex(" #0f7a55"), Some((15, 122, 85)));
        assert_eq!(parse_hex("#fff"), Some((255, 255, 255)));
        assert_eq!(parse_hex("rgb(1,2,3)"), None);
        let p = Palette::from_values(&["#ffffff".into(), "junk".into()]);
        assert_eq!(p.fg, (255, 255, 255));
        assert_eq!(p.muted, Palette::default().muted);
        assert_eq!(p.rgb(Swatch::Series(7)), p.series[1]);
    }
}
