//! When to fetch a published file again, and what to show meanwhile: a pure state machine the
//! widget feeds with the outcome of each fetch (it only does the I/O and the timers).
//!
//! The last good file stays on screen whatever happens to later fetches. A new file replaces it
//! only once it has been read and validated ([`Outcome::Fresh`]). A failure marks the data stale
//! ("stale since" the last time the server confirmed it) and retries with a capped exponential
//! backoff; the first success goes back to the normal interval.

use crate::format::{self, Lang};

/// How often to fetch, and how to back off after failures (all in milliseconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// The normal interval between fetches.
    pub interval_ms: u64,
    /// The wait after the first failure; doubled after each further failure.
    pub first_retry_ms: u64,
    /// The longest wait between retries.
    pub max_retry_ms: u64,
}

impl Policy {
    /// A fetch every `interval_ms`, the first retry after a tenth of it (at least a second, at
    /// most a minute) and no retry later than the normal interval.
    pub fn every(interval_ms: u64) -> Policy {
        let interval_ms = interval_ms.max(1);
        Policy {
            interval_ms,
            first_retry_ms: (interval_ms / 10).clamp(1_000, 60_000).min(interval_ms),
            max_retry_ms: interval_ms,
        }
    }

    /// The wait before retry number `failures` (1 for the first failure).
    pub fn retry_delay(&self, failures: u32) -> u64 {
        let doublings = failures.saturating_sub(1).min(40);
        self.first_retry_ms
            .saturating_mul(1_u64 << doublings)
            .min(self.max_retry_ms.max(self.first_retry_ms))
    }
}

/// The identity of a good file: what a conditional request and a cache entry need.
#[derive(Debug, Clone, PartialEq)]
pub struct Good {
    /// SHA-256 of the file's bytes (hex), as [`crate::provenance::sha256_hex`].
    pub hash: String,
    /// The `ETag` response header, if the server sent one.
    pub etag: Option<String>,
    /// The `Last-Modified` response header, if the server sent one.
    pub last_modified: Option<String>,
    /// When the server last confirmed this file (a 200 with it, or a 304), in ms since 1970.
    pub checked_at_ms: f64,
}

/// Why a fetch brought no new good file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No response (offline, DNS, CORS, connection reset).
    Network,
    /// A response with an error status.
    Http(u16),
    /// No response within the time allowed.
    Timeout,
    /// A file that is not a valid `chiso/1` file (too large, not JSON, invalid): the first issue.
    Invalid(String),
}

impl Failure {
    /// What went wrong, in a few words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Failure::Network => lang.pick("mất kết nối", "network error").to_string(),
            Failure::Http(status) => format!("HTTP {status}"),
            Failure::Timeout => lang
                .pick("quá thời gian chờ", "no response in time")
                .to_string(),
            Failure::Invalid(issue) => format!(
                "{}: {}",
                lang.pick("tệp mới không hợp lệ", "the new file is invalid"),
                crate::issue::clip(issue)
            ),
        }
    }
}

/// The outcome of one fetch, as the widget saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A 200 whose body was read and validated.
    Fresh(Good),
    /// A 304: the file the widget has is still the published one.
    NotModified,
    /// Anything else.
    Failed(Failure),
}

/// What the widget does after an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Show the new file (a valid file with another hash than the one shown).
    pub swap: bool,
    /// Wait this long before the next fetch.
    pub next_ms: u64,
}

/// The refresh state of one widget.
#[derive(Debug, Clone, PartialEq)]
pub struct Refresh {
    policy: Policy,
    good: Option<Good>,
    failures: u32,
    last_failure: Option<Failure>,
}

impl Refresh {
    /// No file yet.
    pub fn new(policy: Policy) -> Refresh {
        Refresh {
            policy,
            good: None,
            failures: 0,
            last_failure: None,
        }
    }

    /// Starting from a file kept from an earlier visit (browser storage): shown at once, and
    /// sent as the conditional request's validators.
    pub fn restored(policy: Policy, good: Good) -> Refresh {
        Refresh {
            good: Some(good),
            ..Refresh::new(policy)
        }
    }

    /// The good file shown, if any.
    pub fn good(&self) -> Option<&Good> {
        self.good.as_ref()
    }

    /// Failures in a row since the last success.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// The last failure, while the data is stale.
    pub fn last_failure(&self) -> Option<&Failure> {
        self.last_failure.as_ref()
    }

    /// `If-None-Match` for the next request: the ETag of the good file.
    pub fn if_none_match(&self) -> Option<&str> {
        self.good.as_ref()?.etag.as_deref()
    }

    /// `If-Modified-Since` for the next request: the Last-Modified of the good file.
    pub fn if_modified_since(&self) -> Option<&str> {
        self.good.as_ref()?.last_modified.as_deref()
    }

    /// When the server last confirmed the file shown, while later fetches fail; `None` when
    /// the data is current or there is no data.
    pub fn stale_since_ms(&self) -> Option<f64> {
        match (&self.good, self.failures) {
            (Some(good), 1..) => Some(good.checked_at_ms),
            _ => None,
        }
    }

    /// Takes the outcome of a fetch made at `now_ms`.
    pub fn on(&mut self, outcome: Outcome, now_ms: f64) -> Step {
        match outcome {
            Outcome::Fresh(new) => {
                let swap = self.good.as_ref().is_none_or(|old| old.hash != new.hash);
                self.good = Some(new);
                self.succeeded(swap)
            }
            // A 304 is only an answer to a conditional request, which needs a good file.
            Outcome::NotModified => match self.good.as_mut() {
                Some(good) => {
                    good.checked_at_ms = now_ms;
                    self.succeeded(false)
                }
                None => self.failed(Failure::Http(304)),
            },
            Outcome::Failed(failure) => self.failed(failure),
        }
    }

    fn succeeded(&mut self, swap: bool) -> Step {
        self.failures = 0;
        self.last_failure = None;
        Step {
            swap,
            next_ms: self.policy.interval_ms,
        }
    }

    fn failed(&mut self, failure: Failure) -> Step {
        self.failures = self.failures.saturating_add(1);
        self.last_failure = Some(failure);
        Step {
            swap: false,
            next_ms: self.policy.retry_delay(self.failures),
        }
    }

    /// The banner over stale figures: since when, why, and that the figures are the last good
    /// ones; `None` when the data is current. `offset_minutes` is the reader's time zone
    /// (UTC+7 in Viet Nam: 420).
    pub fn banner(&self, lang: Lang, offset_minutes: i32) -> Option<String> {
        let since = time_of_day_and_date(self.stale_since_ms()?, offset_minutes, lang);
        let why = self
            .last_failure
            .as_ref()
            .map(|f| f.describe(lang))
            .unwrap_or_default();
        Some(match lang {
            Lang::Vi => format!(
                "Dữ liệu có thể đã cũ từ {since} ({why}). Đang hiển thị bản hợp lệ gần nhất; \
                 tự thử lại."
            ),
            Lang::En => format!(
                "Data may be out of date since {since} ({why}). Showing the last good file; \
                 retrying."
            ),
        })
    }
}

/// `14:05 23/11/2026` (vi) or `14:05, 23 Nov 2026` (en), at a time zone offset.
pub fn time_of_day_and_date(ms: f64, offset_minutes: i32, lang: Lang) -> String {
    let minutes = if ms.is_finite() {
        (ms / 60_000.0).floor() as i64 + i64::from(offset_minutes)
    } else {
        0
    };
    let (days, minute_of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let (y, m, d) = civil_from_days(days);
    let (hh, mm) = (minute_of_day / 60, minute_of_day % 60);
    match lang {
        Lang::Vi => format!("{hh:02}:{mm:02} {d:02}/{m:02}/{y}"),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let name = usize::try_from(m - 1)
                .ok()
                .and_then(|i| MONTHS.get(i))
                .copied()
                .unwrap_or("");
            format!("{hh:02}:{mm:02}, {d} {name} {y}")
        }
    }
}

/// Year, month, day of a day number since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Seconds as people read a refresh interval: `5 phút` / `5 min`, `30 giây` / `30 s`.
pub fn interval_in_words(ms: u64, lang: Lang) -> String {
    let seconds = ms as f64 / 1000.0;
    if seconds >= 60.0 {
        format!(
            "{} {}",
            format::number_trim(seconds / 60.0, 1, lang),
            lang.pick("phút", "min")
        )
    } else {
        format!(
            "{} {}",
            format::number_trim(seconds, 1, lang),
            lang.pick("giây", "s")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: u64 = 60_000;
    /// 2026-11-23 07:00 UTC = 14:00 in Viet Nam.
    const MORNING: f64 = 1_795_417_200_000.0;

    fn file(hash: &str, at: f64) -> Good {
        Good {
            hash: hash.into(),
            etag: Some(format!("\"{hash}\"")),
            last_modified: Some("Mon, 23 Nov 2026 06:00:00 GMT".into()),
            checked_at_ms: at,
        }
    }

    fn wall() -> Refresh {
        let mut r = Refresh::new(Policy::every(5 * MINUTE));
        let step = r.on(Outcome::Fresh(file("a", MORNING)), MORNING);
        assert_eq!(
            step,
            Step {
                swap: true,
                next_ms: 5 * MINUTE
            }
        );
        r
    }

    #[test]
    fn a_first_good_file_is_shown_and_fetched_again_after_the_interval() {
        let r = wall();
        assert_eq!(r.if_none_match(), Some("\"a\""));
        assert_eq!(r.if_modified_since(), Some("Mon, 23 Nov 2026 06:00:00 GMT"));
        assert_eq!(r.stale_since_ms(), None);
        assert_eq!(r.banner(Lang::En, 420), None);
    }

    #[test]
    fn failures_keep_the_last_good_file_and_back_off_to_the_interval() {
        let mut r = wall();
        let mut delays = Vec::new();
        for (k, failure) in [
            Failure::Network,
            Failure::Http(500),
            Failure::Timeout,
            Failure::Invalid("format: chiso/9".into()),
            Failure::Http(404),
            Failure::Network,
        ]
        .into_iter()
        .enumerate()
        {
            let step = r.on(Outcome::Failed(failure), MORNING + (k as f64 + 1.0) * 1e4);
            assert!(!step.swap);
            delays.push(step.next_ms / 1000);
        }
        // 30 s, doubled each time, capped at the 5-minute interval.
        assert_eq!(delays, [30, 60, 120, 240, 300, 300]);
        assert_eq!(r.good().map(|g| g.hash.as_str()), Some("a"));
        assert_eq!(r.failures(), 6);
        // Stale since the server last confirmed the file, not since the first failure.
        assert_eq!(r.stale_since_ms(), Some(MORNING));
    }

    #[test]
    fn the_banner_says_since_when_and_why_in_both_languages() {
        let mut r = wall();
        r.on(Outcome::Failed(Failure::Http(503)), MORNING + 1e5);
        assert_eq!(
            r.banner(Lang::Vi, 420).as_deref(),
            Some(
                "Dữ liệu có thể đã cũ từ 14:00 23/11/2026 (HTTP 503). Đang hiển thị bản hợp lệ \
                 gần nhất; tự thử lại."
            )
        );
        assert_eq!(
            r.banner(Lang::En, 420).as_deref(),
            Some(
                "Data may be out of date since 14:00, 23 Nov 2026 (HTTP 503). Showing the last \
                 good file; retrying."
            )
        );
    }

    #[test]
    fn a_304_confirms_the_file_and_ends_the_backoff() {
        let mut r = wall();
        r.on(Outcome::Failed(Failure::Timeout), MORNING + 1e4);
        r.on(Outcome::Failed(Failure::Timeout), MORNING + 5e4);
        let later = MORNING + 3.6e6;
        let step = r.on(Outcome::NotModified, later);
        assert_eq!(
            step,
            Step {
                swap: false,
                next_ms: 5 * MINUTE
            }
        );
        assert_eq!(r.stale_since_ms(), None);
        assert_eq!(r.failures(), 0);
        // A later failure is stale since that confirmation.
        r.on(Outcome::Failed(Failure::Network), later + 1e4);
        assert_eq!(r.stale_since_ms(), Some(later));
    }

    #[test]
    fn a_new_file_swaps_and_the_same_file_again_does_not() {
        let mut r = wall();
        r.on(Outcome::Failed(Failure::Http(500)), MORNING + 1e4);
        let step = r.on(Outcome::Fresh(file("b", MORNING + 2e4)), MORNING + 2e4);
        assert_eq!(
            step,
            Step {
                swap: true,
                next_ms: 5 * MINUTE
            }
        );
        assert_eq!(r.stale_since_ms(), None);
        assert_eq!(r.if_none_match(), Some("\"b\""));
        let again = r.on(Outcome::Fresh(file("b", MORNING + 4e5)), MORNING + 4e5);
        assert!(!again.swap);
    }

    #[test]
    fn a_file_kept_from_an_earlier_visit_is_shown_and_sent_as_validator() {
        let kept = file("a", MORNING - 8.64e7);
        let mut r = Refresh::restored(Policy::every(5 * MINUTE), kept);
        assert_eq!(r.if_none_match(), Some("\"a\""));
        // Offline on reload: the kept file stays, stale since it was last confirmed.
        let step = r.on(Outcome::Failed(Failure::Network), MORNING);
        assert!(!step.swap);
        assert_eq!(r.stale_since_ms(), Some(MORNING - 8.64e7));
        assert!(r
            .banner(Lang::Vi, 420)
            .is_some_and(|b| b.contains("14:00 22/11/2026") && b.contains("mất kết nối")));
    }

    #[test]
    fn with_no_file_yet_a_failure_is_not_stale_data_and_a_304_is_a_failure() {
        let mut r = Refresh::new(Policy::every(MINUTE));
        r.on(Outcome::Failed(Failure::Network), MORNING);
        assert_eq!(r.stale_since_ms(), None);
        assert_eq!(r.banner(Lang::En, 0), None);
        let step = r.on(Outcome::NotModified, MORNING + 1e3);
        assert_eq!(r.failures(), 2);
        assert_eq!(step.next_ms, 12_000);
    }

    #[test]
    fn short_test_intervals_back_off_from_a_second() {
        let p = Policy::every(2_000);
        assert_eq!(
            (p.retry_delay(1), p.retry_delay(2), p.retry_delay(9)),
            (1_000, 2_000, 2_000)
        );
        let p = Policy::every(500);
        assert_eq!(p.retry_delay(1), 500);
        assert_eq!(Policy::every(0).interval_ms, 1);
    }

    #[test]
    fn times_and_intervals_read_as_people_write_them() {
        assert_eq!(time_of_day_and_date(0.0, 0, Lang::Vi), "00:00 01/01/1970");
        assert_eq!(
            time_of_day_and_date(MORNING, 420, Lang::En),
            "14:00, 23 Nov 2026"
        );
        // A leap day, at UTC-5.
        let leap = 1_709_218_800_000.0; // 2024-02-29 15:00 UTC
        assert_eq!(
            time_of_day_and_date(leap, -300, Lang::Vi),
            "10:00 29/02/2024"
        );
        assert_eq!(interval_in_words(5 * MINUTE, Lang::Vi), "5 phút");
        assert_eq!(interval_in_words(2_500, Lang::En), "2.5 s");
    }
}
