//! The exact `f64` of most JSON numbers without a float parser: Clinger's fast path.
//!
//! A number whose digits, without the point, make an integer `w ≤ 2^53` and whose power of ten
//! `e` is within ±22 is `w × 10^e` or `w ÷ 10^−e`: both operands are exact `f64`s, so one IEEE
//! operation gives the correctly rounded result, the same as `str::parse::<f64>`. Published
//! figures (`9.17`, `311000`, `49.8`) all take this path; the rest goes to the reader's own
//! conversion (the widget's is the browser's `parseFloat`: each call crosses from wasm to JS).

/// 10⁰ … 10²², all exact in `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of a JSON number's text (valid JSON number syntax), when the fast path is exact.
pub fn fast_f64(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, rest) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, bytes),
    };
    let mut w: u64 = 0;
    let mut scale: i64 = 0;
    let mut in_fraction = false;
    let mut iter = rest.iter();
    let mut exponent_part = None;
    for &b in iter.by_ref() {
        match b {
            b'0'..=b'9' => {
                w = w.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
                if w > 1 << 53 {
                    return None;
                }
                if in_fraction {
                    scale -= 1;
                }
            }
            b'.' => in_fraction = true,
            b'e' | b'E' => {
                exponent_part = Some(());
                break;
            }
            _ => return None,
        }
    }
    if exponent_part.is_some() {
        let rest: Vec<u8> = iter.copied().collect();
        let (sign, digits) = match rest.split_first() {
            Some((b'-', d)) => (-1, d),
            Some((b'+', d)) => (1, d),
            _ => (1, rest.as_slice()),
        };
        if digits.is_empty() || digits.len() > 4 {
            return None;
        }
        let mut e: i64 = 0;
        for &b in digits {
            e = e * 10 + i64::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
        }
        scale += sign * e;
    }
    #[allow(clippy::cast_precision_loss)] // w ≤ 2^53: exact
    let w = w as f64;
    let magnitude = if w == 0.0 {
        0.0
    } else if scale >= 0 {
        w * *POW10.get(usize::try_from(scale).ok()?)?
    } else {
        w / *POW10.get(usize::try_from(-scale).ok()?)?
    };
    Some(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(text: &str) {
        let expected: f64 = text.parse().unwrap();
        if let Some(x) = fast_f64(text) {
            assert_eq!(x.to_bits(), expected.to_bits(), "{text}");
        }
    }

    #[test]
    fn published_figures_take_the_fast_path_exactly() {
        for text in [
            "9.17", "311000", "49.8", "0.62", "-0", "0", "1e3", "2.5E-3", "-7.6", "1000000",
        ] {
            assert!(fast_f64(text).is_some(), "{text}");
            same(text);
        }
        assert_eq!(fast_f64("-0").map(f64::is_sign_negative), Some(true));
    }

    #[test]
    fn numbers_beyond_the_fast_path_are_left_to_the_reader() {
        for text in [
            "1e400",
            "9007199254740993",
            "0.1e-30",
            "123456789012345678901",
            "1e23",
        ] {
            assert_eq!(fast_f64(text), None, "{text}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn equals_the_standard_parser_whenever_it_answers(
            negative in any::<bool>(),
            int in 0u64..100_000_000_000,
            frac in proptest::option::of("[0-9]{1,9}"),
            exp in proptest::option::of(-30i32..30),
        ) {
            let mut text = format!("{}{int}", if negative { "-" } else { "" });
            if let Some(f) = frac {
                text.push('.');
                text.push_str(&f);
            }
            if let Some(e) = exp {
                text.push_str(&format!("e{e}"));
            }
            same(&text);
        }
    }
}
