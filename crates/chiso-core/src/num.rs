//! Small numeric helpers shared by core and the widget.

/// `x` limited to `lo..=hi` (`lo ≤ hi`); NaN stays NaN, as with `f64::clamp`. Unlike
/// `f64::clamp`, it has no assertion that formats its arguments, which would link the standard
/// library's float formatting (about 6 KB of gzip) into the WebAssembly.
#[allow(clippy::manual_clamp)]
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_like_the_standard_library() {
        for x in [
            -5.0,
            -0.0,
            0.0,
            0.5,
            1.0,
            7.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(
                clamp(x, 0.0, 1.0).to_bits(),
                x.clamp(0.0, 1.0).to_bits(),
                "{x}"
            );
        }
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
    }
}
