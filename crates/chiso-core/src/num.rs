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

/// An unsigned integer in decimal, read as `str::parse` reads it (an optional `+`, then one digit
/// or more; `None` on anything else or past `T`'s range). One reader for every integer type:
/// each `str::parse::<T>` adds its own copy of the standard library's integer reader.
pub fn unsigned<T: TryFrom<u64>>(text: &str) -> Option<T> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if digits.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    T::try_from(n).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn unsigned_reads_what_str_parse_reads(text in "[+-]?[0-9a ]{0,22}") {
            prop_assert_eq!(unsigned::<u64>(&text), text.parse::<u64>().ok());
            prop_assert_eq!(unsigned::<u32>(&text), text.parse::<u32>().ok());
            prop_assert_eq!(unsigned::<usize>(&text), text.parse::<usize>().ok());
        }
    }

    #[test]
    fn unsigned_stops_at_the_type_range() {
        assert_eq!(unsigned::<u64>("18446744073709551615"), Some(u64::MAX));
        assert_eq!(unsigned::<u64>("18446744073709551616"), None);
        assert_eq!(unsigned::<u32>("4294967296"), None);
        assert_eq!(unsigned::<i32>("2147483647"), Some(i32::MAX));
        assert_eq!(unsigned::<i32>("2147483648"), None);
        assert_eq!(unsigned::<u64>("+"), None);
        assert_eq!(unsigned::<u64>("+07"), Some(7));
    }

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
