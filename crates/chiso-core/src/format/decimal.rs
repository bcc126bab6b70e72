//! The exact decimal text of an `f64`, without the standard library's float formatting.
//!
//! `format!("{:.2}", x)` and `format!("{x}")` pull `core::fmt::float` and its Grisu and Dragon
//! digit generators (about 19 KB of code before optimisation) into the wasm. The two functions
//! here give the same text from a small arbitrary-precision integer: [`fixed`] equals
//! `format!("{:.*}", decimals, x)` (exact value, rounded half to even), [`shortest`] equals
//! `format!("{x}")` (the fewest digits that read back as `x`, closest to it). Property tests
//! compare them with the standard library over halves, negatives, huge and tiny values.

use std::cmp::Ordering;

/// A non-negative integer in base 2³², least significant limb first, no high zero limbs.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(x: u64) -> Big {
        Big::from_u128(u128::from(x))
    }

    #[allow(clippy::cast_possible_truncation)] // one limb of 32 bits at a time
    fn from_u128(x: u128) -> Big {
        let mut big = Big((0..4).map(|i| (x >> (32 * i)) as u32).collect());
        big.trim();
        big
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let x = u64::from(*limb) * u64::from(k) + carry;
            *limb = (x & 0xffff_ffff) as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    fn add_small(&mut self, k: u32) {
        let mut carry = u64::from(k);
        for limb in &mut self.0 {
            if carry == 0 {
                return;
            }
            let x = u64::from(*limb) + carry;
            *limb = (x & 0xffff_ffff) as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// Multiplies by 5ⁿ.
    fn mul_pow5(&mut self, mut n: u32) {
        // 5¹³ is the largest power of five below 2³².
        while n >= 13 {
            self.mul_small(1_220_703_125);
            n -= 13;
        }
        self.mul_small(5u32.pow(n));
    }

    /// Multiplies by 2ⁿ.
    fn shl(&mut self, n: u32) {
        if self.is_zero() {
            return;
        }
        let (limbs, bits) = ((n / 32) as usize, n % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let x = (u64::from(*limb) << bits) | u64::from(carry);
                *limb = (x & 0xffff_ffff) as u32;
                carry = (x >> 32) as u32;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn bit(&self, i: u32) -> bool {
        self.0
            .get((i / 32) as usize)
            .is_some_and(|limb| limb >> (i % 32) & 1 == 1)
    }

    /// True when a bit below `i` is set.
    fn any_below(&self, i: u32) -> bool {
        let (limbs, bits) = ((i / 32) as usize, i % 32);
        self.0.iter().take(limbs).any(|&l| l != 0)
            || (bits > 0
                && self
                    .0
                    .get(limbs)
                    .is_some_and(|&l| l & ((1u32 << bits) - 1) != 0))
    }

    /// Divides by 2ⁿ, rounding down; returns how the dropped part compares with one half.
    fn shr(&mut self, n: u32) -> Ordering {
        if n == 0 {
            return Ordering::Less;
        }
        let half = if !self.bit(n - 1) {
            Ordering::Less
        } else if self.any_below(n - 1) {
            Ordering::Greater
        } else {
            Ordering::Equal
        };
        let (limbs, bits) = ((n / 32) as usize, n % 32);
        self.0.drain(..limbs.min(self.0.len()));
        if bits > 0 {
            let next: Vec<u32> = self.0.iter().skip(1).copied().chain([0]).collect();
            for (limb, high) in self.0.iter_mut().zip(next) {
                *limb = (*limb >> bits) | (high << (32 - bits));
            }
        }
        self.trim();
        half
    }

    /// Divides by `k`, returning the remainder.
    fn div_small(&mut self, k: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let x = (rem << 32) | u64::from(*limb);
            *limb = (x / u64::from(k)) as u32;
            rem = x % u64::from(k);
        }
        self.trim();
        rem as u32
    }

    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// Decimal digits (`"0"` for zero).
    fn digits(&self) -> String {
        let mut n = self.clone();
        let mut chunks = Vec::new();
        while !n.is_zero() {
            chunks.push(n.div_small(1_000_000_000));
        }
        let mut out = chunks
            .pop()
            .map_or_else(|| "0".to_string(), |c| c.to_string());
        for c in chunks.iter().rev() {
            let c = c.to_string();
            out.extend(std::iter::repeat_n('0', 9 - c.len()));
            out.push_str(&c);
        }
        out
    }
}

/// A finite, non-negative `f64` as `m · 2^e`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exponent - 1075)
    }
}

/// `m · 2^e · 10^d` rounded down, and how the dropped part compares with one half.
fn scaled(m: u64, e: i32, d: i32) -> (Big, Ordering) {
    let mut n = Big::from_u64(m);
    let mut pow2 = e;
    if d >= 0 {
        n.mul_pow5(d.unsigned_abs());
        pow2 += d;
        if pow2 >= 0 {
            n.shl(pow2.unsigned_abs());
            return (n, Ordering::Less);
        }
        let half = n.shr(pow2.unsigned_abs());
        return (n, half);
    }
    // Dividing by 10^|d|: n · 2^e / 10^|d| = (n · 2^e) / 10^|d|, with an exact remainder.
    if pow2 >= 0 {
        n.shl(pow2.unsigned_abs());
        pow2 = 0;
    }
    let mut den = Big::from_u64(1);
    den.mul_pow5(d.unsigned_abs());
    den.shl(d.unsigned_abs());
    den.shl(pow2.unsigned_abs());
    divide(n, &den)
}

/// `n / den` rounded down, and how the remainder compares with half of `den`.
fn divide(n: Big, den: &Big) -> (Big, Ordering) {
    // Long division, one bit at a time: the quotients here are short (at most a few digits
    // more than the 17 significant ones), so this stays cheap.
    if n.cmp(den) == Ordering::Less {
        let mut twice = n;
        twice.shl(1);
        return (Big(Vec::new()), twice.cmp(den));
    }
    let mut quotient = Big(Vec::new());
    let mut rem = Big(Vec::new());
    let bits = u32::try_from(n.0.len() * 32).unwrap_or(u32::MAX);
    for i in (0..bits).rev() {
        rem.shl(1);
        if n.bit(i) {
            rem.add_small(1);
        }
        quotient.shl(1);
        if rem.cmp(den) != Ordering::Less {
            rem = sub(&rem, den);
            quotient.add_small(1);
        }
    }
    rem.shl(1);
    (quotient, rem.cmp(den))
}

/// `a − b`, for `a ≥ b`.
fn sub(a: &Big, b: &Big) -> Big {
    let mut borrow = 0i64;
    let mut out = Vec::with_capacity(a.0.len());
    for (i, &x) in a.0.iter().enumerate() {
        let y = i64::from(b.0.get(i).copied().unwrap_or(0));
        let mut v = i64::from(x) - y - borrow;
        borrow = i64::from(v < 0);
        if v < 0 {
            v += 1 << 32;
        }
        out.push(v as u32);
    }
    let mut big = Big(out);
    big.trim();
    big
}

/// The digits of `n` with the decimal point `d` places from the right (`d ≤ 0`: zeros appended).
fn place(n: &Big, d: i32) -> String {
    let digits = n.digits();
    if d <= 0 {
        let mut out = digits;
        if out != "0" {
            out.extend(std::iter::repeat_n('0', d.unsigned_abs() as usize));
        }
        return out;
    }
    let d = d.unsigned_abs() as usize;
    let padded = if digits.len() <= d {
        let mut p: String = std::iter::repeat_n('0', d + 1 - digits.len()).collect();
        p.push_str(&digits);
        p
    } else {
        digits
    };
    // `split_at_checked`: `split_at` would link the panic message of a bad str slice (with
    // `{:?}` of a char, and its Unicode tables) into the wasm. The digits are ASCII.
    let (int, frac) = padded
        .split_at_checked(padded.len() - d)
        .unwrap_or((padded.as_str(), ""));
    format!("{int}.{frac}")
}

fn special(x: f64) -> Option<&'static str> {
    if x.is_nan() {
        Some("NaN")
    } else if x == f64::INFINITY {
        Some("inf")
    } else if x == f64::NEG_INFINITY {
        Some("-inf")
    } else {
        None
    }
}

/// `x` with exactly `decimals` decimals, the exact value rounded half to even: the same text as
/// `format!("{:.*}", decimals, x)`.
pub fn fixed(x: f64, decimals: usize) -> String {
    if let Some(s) = special(x) {
        return s.to_string();
    }
    let d = i32::try_from(decimals).unwrap_or(i32::MAX).min(1100);
    let (m, e) = decompose(x.abs());
    let (mut n, half) = match scaled128(m, e, d) {
        Some((n, half)) => (Big::from_u128(n), half),
        None => scaled(m, e, d),
    };
    let last_odd = n.0.first().is_some_and(|l| l & 1 == 1);
    if half == Ordering::Greater || (half == Ordering::Equal && last_odd) {
        n.add_small(1);
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    out.push_str(&place(&n, d));
    // `decimals` beyond the cap (1100 covers every f64 exactly) are zeros.
    if decimals > 1100 {
        out.extend(std::iter::repeat_n('0', decimals - 1100));
    }
    out
}

/// Whether `c · 10^-d` lies in the interval of reals that read back as `m · 2^e`.
fn reads_back(c: &Big, d: i32, m: u64, e: i32) -> bool {
    // The interval is (4m − lo) · 2^(e−2) .. (4m + 2) · 2^(e−2), boundaries included when m is even
    // (a tie reads back to the even mantissa); lo is 1 just above a power of two, else 2.
    let lo = if m == 1 << 52 && e > -1074 { 1 } else { 2 };
    let inclusive = m & 1 == 0;
    let side = |k: u64| {
        // Compare c · 10^-d with k · 2^(e−2): c · 5^-d · 2^-d against k · 2^(e−2).
        let (mut left, mut right) = (c.clone(), Big::from_u64(k));
        if d <= 0 {
            left.mul_pow5(d.unsigned_abs());
        } else {
            right.mul_pow5(d.unsigned_abs());
        }
        let (p_left, p_right) = (-d, e - 2);
        let low = p_left.min(p_right);
        left.shl((p_left - low).unsigned_abs());
        right.shl((p_right - low).unsigned_abs());
        left.cmp(&right)
    };
    let above_low = match side(4 * m - lo) {
        Ordering::Greater => true,
        Ordering::Equal => inclusive,
        Ordering::Less => false,
    };
    let below_high = match side(4 * m + 2) {
        Ordering::Less => true,
        Ordering::Equal => inclusive,
        Ordering::Greater => false,
    };
    above_low && below_high
}

/// `m · 5^d` for `0 ≤ d ≤ 27` (`5^27 < 2^63`, so with `m < 2^64` the product fits in 127 bits).
fn times_pow5(m: u128, d: i32) -> Option<u128> {
    let d = u32::try_from(d).ok().filter(|d| *d <= 27)?;
    m.checked_mul(5u128.pow(d))
}

/// `x << s`, when no bit is lost.
fn shl128(x: u128, s: i32) -> Option<u128> {
    let s = u32::try_from(s).ok()?;
    (s < x.leading_zeros() || x == 0).then(|| x << s)
}

/// [`scaled`] in `u128` arithmetic, when every product fits (most figures of a report).
fn scaled128(m: u64, e: i32, d: i32) -> Option<(u128, Ordering)> {
    let n = times_pow5(u128::from(m), d)?;
    let pow2 = e + d;
    if pow2 >= 0 {
        return Some((shl128(n, pow2)?, Ordering::Less));
    }
    let s = u32::try_from(-pow2).ok().filter(|s| *s < 127)?;
    let floor = n >> s;
    let rem = n - (floor << s);
    Some((floor, rem.cmp(&(1u128 << (s - 1)))))
}

/// [`reads_back`] in `u128` arithmetic, when every product fits.
fn reads_back128(c: u128, d: i32, m: u64, e: i32) -> Option<bool> {
    let lo = if m == 1 << 52 && e > -1074 { 1 } else { 2 };
    let inclusive = m & 1 == 0;
    let side = |k: u64| -> Option<Ordering> {
        // c · 2^-d · 5^-d against k · 2^(e−2), both sides times 5^d and a common power of two.
        let right = times_pow5(u128::from(k), d)?;
        let (p_left, p_right) = (-d, e - 2);
        let low = p_left.min(p_right);
        Some(shl128(c, p_left - low)?.cmp(&shl128(right, p_right - low)?))
    };
    let above_low = match side(4 * m - lo)? {
        Ordering::Greater => true,
        Ordering::Equal => inclusive,
        Ordering::Less => false,
    };
    let below_high = match side(4 * m + 2)? {
        Ordering::Less => true,
        Ordering::Equal => inclusive,
        Ordering::Greater => false,
    };
    Some(above_low && below_high)
}

/// One step of [`shortest`] at `d` decimals in `u128` arithmetic: `Some(Some(c))` the digits
/// chosen, `Some(None)` no candidate at `d`, `None` when a product does not fit (the caller then
/// takes the big-integer step).
fn shortest_step128(m: u64, e: i32, d: i32) -> Option<Option<u128>> {
    let (floor, half) = scaled128(m, e, d)?;
    let ceil = floor.checked_add(1)?;
    let down = floor != 0 && reads_back128(floor, d, m, e)?;
    let up = reads_back128(ceil, d, m, e)?;
    Some(match (down, up) {
        (true, true) => Some(if half == Ordering::Less { floor } else { ceil }),
        (true, false) => Some(floor),
        (false, true) => Some(ceil),
        (false, false) => None,
    })
}

/// `x` with the fewest digits that read back as `x` (the closest such number, the larger of two
/// equally close), without an exponent: the same text as `format!("{x}")`.
pub fn shortest(x: f64) -> String {
    if let Some(s) = special(x) {
        return s.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0");
    }
    let (m, e) = decompose(x.abs());
    // Start one place before the first significant digit: log10(x) ≈ (e + bits of m) · log10 2.
    let bits = 64 - i32::try_from(m.leading_zeros()).unwrap_or(0);
    let magnitude = ((f64::from(e + bits) * std::f64::consts::LOG10_2).floor()) as i32;
    let mut d = -magnitude - 1;
    loop {
        match shortest_step128(m, e, d) {
            Some(Some(c)) => return format!("{sign}{}", place(&Big::from_u128(c), d)),
            Some(None) => {
                d += 1;
                continue;
            }
            None => {}
        }
        let (floor, half) = scaled(m, e, d);
        let mut ceil = floor.clone();
        ceil.add_small(1);
        let down = reads_back(&floor, d, m, e) && !floor.is_zero();
        let up = reads_back(&ceil, d, m, e);
        let pick = match (down, up) {
            // Both read back: the closer one, the larger on a tie (as the standard library does).
            (true, true) => Some(if half == Ordering::Less { floor } else { ceil }),
            (true, false) => Some(floor),
            (false, true) => Some(ceil),
            (false, false) => None,
        };
        if let Some(c) = pick {
            return format!("{sign}{}", place(&c, d));
        }
        d += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn std_fixed(x: f64, d: usize) -> String {
        format!("{x:.d$}")
    }

    #[test]
    fn rounds_exact_halves_to_even_like_the_standard_formatter() {
        for (x, d) in [
            (0.5, 0),
            (1.5, 0),
            (2.5, 0),
            (0.125, 2),
            (0.375, 2),
            (-2.5, 0),
        ] {
            assert_eq!(fixed(x, d), std_fixed(x, d), "{x} to {d}");
        }
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(0.125, 2), "0.12");
    }

    #[test]
    fn reads_the_binary_value_not_the_literal() {
        // 1.005 is stored as 1.00499999999999989…, so it rounds down.
        assert_eq!(fixed(1.005, 2), "1.00");
        assert_eq!(fixed(0.1, 20), std_fixed(0.1, 20));
    }

    #[test]
    fn keeps_the_sign_of_negative_zero_and_small_negatives() {
        assert_eq!(fixed(-0.0, 2), "-0.00");
        assert_eq!(fixed(-0.001, 2), "-0.00");
        assert_eq!(shortest(-0.0), "-0");
    }

    #[test]
    fn spells_special_values_as_the_standard_formatter() {
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(fixed(x, 2), std_fixed(x, 2));
            assert_eq!(shortest(x), format!("{x}"));
        }
    }

    #[test]
    fn extremes_match() {
        for x in [
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            1e21,
            1e22,
            123_456_789_012_345_680_000.0,
            0.1 + 0.2,
            9_007_199_254_740_993.0,
            2f64.powi(60),
            1e-7,
        ] {
            assert_eq!(shortest(x), format!("{x}"), "shortest {x:e}");
            assert_eq!(fixed(x, 3), std_fixed(x, 3), "fixed {x:e}");
        }
    }

    #[test]
    fn powers_of_two_have_a_narrower_interval_below_and_still_match() {
        for k in (-1074..1024).step_by(5) {
            let x = 2f64.powi(k);
            assert_eq!(shortest(x), format!("{x}"), "2^{k}");
            assert_eq!(shortest(-x), format!("{}", -x), "-2^{k}");
        }
    }

    #[test]
    fn the_figures_of_a_report_take_128_bit_integers() {
        // 9.17 to two places, and 17-digit computed figures at their shortest: no big integer.
        let (m, e) = decompose(9.17);
        assert_eq!(scaled128(m, e, 2).map(|(n, _)| n), Some(916));
        let (m, e) = decompose(18.641814445789677);
        assert!((0..20).any(|d| matches!(shortest_step128(m, e, d), Some(Some(_)))));
        // Huge values still take the big integers.
        let (m, e) = decompose(1e300);
        assert_eq!(scaled128(m, e, 2), None);
    }

    #[test]
    fn shortest_reads_like_the_figures_of_a_report() {
        assert_eq!(shortest(9.17), "9.17");
        assert_eq!(shortest(350000.0), "350000");
        assert_eq!(shortest(49.839228295819936), "49.839228295819936");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn fixed_equals_the_standard_formatter_on_any_bits(bits in any::<u64>(), d in 0usize..25) {
            let x = f64::from_bits(bits);
            prop_assert_eq!(fixed(x, d), std_fixed(x, d));
        }

        #[test]
        fn fixed_equals_the_standard_formatter_on_report_figures(
            x in -1e12f64..1e12, d in 0usize..8
        ) {
            prop_assert_eq!(fixed(x, d), std_fixed(x, d));
        }

        #[test]
        fn fixed_equals_the_standard_formatter_on_halves(n in -1_000_000i64..1_000_000, k in 0u32..6) {
            // n / 2^k is exact, so many of these are exact ties at some number of decimals.
            let x = n as f64 / f64::from(1u32 << k);
            for d in 0..6 {
                prop_assert_eq!(fixed(x, d), std_fixed(x, d));
            }
        }

        #[test]
        fn fixed_equals_the_standard_formatter_on_decimal_literals(n in -10_000_000i64..10_000_000, k in 0i32..8) {
            let x = n as f64 / 10f64.powi(k);
            for d in 0..9 {
                prop_assert_eq!(fixed(x, d), std_fixed(x, d));
            }
        }

        #[test]
        fn shortest_equals_the_standard_formatter_on_report_figures(x in -1e9f64..1e9) {
            prop_assert_eq!(shortest(x), format!("{x}"));
        }

        #[test]
        fn shortest_equals_the_standard_formatter_on_decimal_literals(n in -10_000_000i64..10_000_000, k in 0i32..8) {
            let x = n as f64 / 10f64.powi(k);
            prop_assert_eq!(shortest(x), format!("{x}"));
        }
    }

    proptest! {
        // Huge and tiny values take a long division per digit: fewer cases.
        #![proptest_config(ProptestConfig::with_cases(600))]

        #[test]
        fn shortest_equals_the_standard_formatter_on_any_bits(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assert_eq!(shortest(x), format!("{x}"));
        }
    }
}
