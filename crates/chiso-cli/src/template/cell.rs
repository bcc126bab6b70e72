//! One spreadsheet cell: what calamine or csv read, what we write, and the Vietnamese conventions
//! of the template — numbers `1.234,5`, dates `dd/mm/yyyy`, `có`/`không`.

use chiso_core::period::Date;

/// A cell as read from a sheet or written to one.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text (CSV cells are always text).
    Text(String),
    /// A number cell.
    Number(f64),
    /// A boolean cell.
    Bool(bool),
    /// A date cell.
    Date(Date),
}

impl Cell {
    /// True for an empty cell or one holding only spaces.
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as the text a person sees (for messages and text columns).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number(x) => format!("{x}"),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(d) => format_date(*d),
        }
    }
}

/// `dd/mm/yyyy`.
pub fn format_date(d: Date) -> String {
    format!("{:02}/{:02}/{:04}", d.day, d.month, d.year)
}

/// `YYYY-MM-DD`, the date form of `chiso/1`.
pub fn iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// Reads `dd/mm/yyyy` (also with `-` or `.`, one-digit day and month) or `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    if let Some(d) = Date::parse(t) {
        return Some(d);
    }
    let parts: Vec<&str> = t.split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The date of a spreadsheet serial number (days since 1899-12-30, the 1900 date system).
pub fn date_of_serial(serial: f64) -> Option<Date> {
    if !(1.0..=2_958_466.0).contains(&serial) {
        return None;
    }
    // Days from 1970-01-01; serial 25569 is 1970-01-01.
    #[allow(clippy::cast_possible_truncation)]
    let days = serial.floor() as i64 - 25_569;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
}

/// A number written the Vietnamese way, exactly: `.` between thousands, `,` before decimals, all
/// the digits needed to read the same `f64` back (`1.234,5`, `0,125`, `-46,54`).
pub fn format_number(x: f64) -> String {
    let plain = format!("{x}");
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// Reads a number written the Vietnamese way (`1.234,5`, `80.512`, `124,63`), or with a decimal
/// point when no group of exactly three digits follows it (`1.3`, `46.54`). Spaces and a final `%`
/// are ignored. `None` when the text is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(&t)),
    };
    if body.is_empty() {
        return None;
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let grouped = |s: &str| {
        let mut groups = s.split('.');
        let first = groups.next().unwrap_or("");
        digits(first) && first.len() <= 3 && groups.all(|g| g.len() == 3 && digits(g))
    };
    let plain = if let Some((int, frac)) = body.split_once(',') {
        // Comma decimals: dots are thousands separators.
        if !digits(frac) || !(digits(int) || grouped(int)) {
            return None;
        }
        format!("{}.{frac}", int.replace('.', ""))
    } else if body.contains('.') {
        let groups: Vec<&str> = body.split('.').collect();
        if groups.len() > 2 || groups.last().is_some_and(|g| g.len() == 3) {
            if !grouped(body) {
                return None;
            }
            body.replace('.', "")
        } else {
            let (int, frac) = body.split_once('.')?;
            if !digits(int) || !digits(frac) {
                return None;
            }
            body.to_string()
        }
    } else {
        if !digits(body) {
            return None;
        }
        body.to_string()
    };
    plain.parse::<f64>().ok().map(|x| sign * x)
}

/// Reads a yes/no cell: `có`, `x`, `yes`, `true`, `1` / `không`, `no`, `false`, `0`.
pub fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "có" | "co" | "x" | "yes" | "y" | "true" | "1" | "đúng" => Some(true),
        "không" | "khong" | "no" | "n" | "false" | "0" | "sai" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("80.512"), Some(80512.0));
        assert_eq!(parse_number("2.365.582"), Some(2_365_582.0));
        assert_eq!(parse_number("124,63"), Some(124.63));
        assert_eq!(parse_number("1.3"), Some(1.3));
        assert_eq!(parse_number("46.54"), Some(46.54));
        assert_eq!(parse_number("49,8%"), Some(49.8));
        assert_eq!(parse_number("-0,5"), Some(-0.5));
        assert_eq!(parse_number("10136"), Some(10136.0));
        for bad in ["", "abc", "1,2,3", "1.23.4", "12a", "1.234.5,6,7", ","] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_round_trip_exactly() {
        for x in [
            0.0,
            0.1,
            1.0 / 3.0,
            1234.5,
            -46.54,
            1e21,
            2_365_582.0,
            0.000_001,
            999.999,
        ] {
            let text = format_number(x);
            assert_eq!(parse_number(&text), Some(x), "{x} → {text}");
        }
        assert_eq!(format_number(1234.5), "1.234,5");
        assert_eq!(format_number(80512.0), "80.512");
    }

    #[test]
    fn dates() {
        let d = Date::new(2026, 4, 24);
        assert_eq!(parse_date("24/04/2026"), d);
        assert_eq!(parse_date("24/4/2026"), d);
        assert_eq!(parse_date("2026-04-24"), d);
        assert_eq!(parse_date("32/01/2026"), None);
        assert_eq!(parse_date("2026"), None);
        assert_eq!(date_of_serial(46136.0), d);
        assert_eq!(date_of_serial(25569.0), Date::new(1970, 1, 1));
        assert_eq!(date_of_serial(61.0), Date::new(1900, 3, 1));
    }
}
