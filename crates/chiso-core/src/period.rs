//! Calendar dates and reporting periods (`2025`, `2025-Q2`, `2025-06`, `2025-06-30`).

use serde::Serialize;
use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–31.
    pub day: u32,
}

impl Date {
    /// A date if it exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(())?;
        Some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(number(y)?, number(m)?, number(d)?)
    }

    /// The last day of a month.
    pub fn end_of_month(year: i32, month: u32) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// Days since 0000-03-01 (a proleptic Gregorian day number), for differences.
    pub fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 12)
        } else {
            (i64::from(self.year), i64::from(self.month))
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + i64::from(self.day)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.day_number() - self.day_number()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn number<T: TryFrom<u64>>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    crate::num::unsigned(text)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Period {
    /// A year.
    Year(i32),
    /// A quarter, 1–4.
    Quarter(i32, u32),
    /// A month, 1–12.
    Month(i32, u32),
    /// A single day.
    Day(Date),
}

impl Period {
    /// Reads `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Period> {
        let mut parts = text.splitn(2, '-');
        let year_text = parts.next()?;
        if year_text.len() != 4 {
            return None;
        }
        let year: i32 = number(year_text)?;
        let Some(rest) = parts.next() else {
            return Some(Period::Year(year));
        };
        if let Some(q) = rest.strip_prefix('Q') {
            let q: u32 = number(q)?;
            return (1..=4).contains(&q).then_some(Period::Quarter(year, q));
        }
        if rest.len() == 2 {
            let m: u32 = number(rest)?;
            return (1..=12).contains(&m).then_some(Period::Month(year, m));
        }
        Date::parse(text).map(Period::Day)
    }

    /// The last day of the period: the moment its figures describe.
    pub fn end(self) -> Option<Date> {
        match self {
            Period::Year(y) => Date::new(y, 12, 31),
            Period::Quarter(y, q) => Date::end_of_month(y, q * 3),
            Period::Month(y, m) => Date::end_of_month(y, m),
            Period::Day(d) => Some(d),
        }
    }

    /// The year the period falls in.
    pub fn year(self) -> i32 {
        match self {
            Period::Year(y) | Period::Quarter(y, _) | Period::Month(y, _) => y,
            Period::Day(d) => d.year,
        }
    }
}

/// Orders period texts by their end date; unreadable periods sort first.
pub fn period_key(text: &str) -> (Option<Date>, usize) {
    (Period::parse(text).and_then(Period::end), text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_read_in_all_four_shapes() {
        assert_eq!(Period::parse("2025"), Some(Period::Year(2025)));
        assert_eq!(Period::parse("2026-Q2"), Some(Period::Quarter(2026, 2)));
        assert_eq!(Period::parse("2025-06"), Some(Period::Month(2025, 6)));
        assert_eq!(
            Period::parse("2025-06-30").and_then(Period::end),
            Date::new(2025, 6, 30)
        );
        for bad in [
            "",
            "25",
            "2025-13",
            "2025-Q5",
            "2025-02-30",
            "20x5",
            "2025-6",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_quarter_ends_on_the_last_day_of_its_third_month() {
        assert_eq!(Period::Quarter(2026, 2).end(), Date::new(2026, 6, 30));
        assert_eq!(Period::Quarter(2024, 1).end(), Date::new(2024, 3, 31));
    }

    #[test]
    fn day_differences_cross_leap_years() {
        let a = Date::new(2024, 2, 28).unwrap();
        let b = Date::new(2024, 3, 1).unwrap();
        assert_eq!(a.days_until(b), 2);
        let c = Date::new(2025, 1, 1).unwrap();
        let d = Date::new(2026, 1, 1).unwrap();
        assert_eq!(c.days_until(d), 365);
    }
}
