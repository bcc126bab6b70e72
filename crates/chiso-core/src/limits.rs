//! What a reader of published files accepts, whatever the file says: its size, how deep its JSON
//! nests, how large its numbers are. A broken or hostile file gets an [`Issue`], never a crash.

use crate::format::{self, Lang};
use crate::issue::{Issue, IssueCode};
use crate::model::Dataset;

/// The widget's default size limit: 5 MB, ten times the largest province file.
pub const DEFAULT_MAX_BYTES: u64 = 5 * 1024 * 1024;

/// How deep arrays and objects may nest (serde_json's limit, kept by both readers): the 128th
/// nested level is an error, and neither reader recurses deeper, whatever the input.
pub const MAX_DEPTH: u32 = 127;

/// The largest magnitude of a number in a valid file. Far above any figure of a province or of
/// the country (a national budget is about 2·10^9 million VND), and far enough below `f64::MAX`
/// that sums and products of figures stay finite.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// Limits of one reader (the widget's `max-bytes` attribute sets [`Limits::max_bytes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file read, in bytes.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

impl Limits {
    /// Limits with another size limit.
    pub fn with_max_bytes(max_bytes: u64) -> Self {
        Limits { max_bytes }
    }

    /// An [`IssueCode::TooLarge`] issue when a file (or a response announcing its length) of
    /// `size` bytes is over the limit.
    pub fn check_size(&self, size: u64) -> Result<(), Issue> {
        if size <= self.max_bytes {
            Ok(())
        } else {
            Err(Issue::at(
                IssueCode::TooLarge,
                "",
                format!("{size} > {}", self.max_bytes),
            ))
        }
    }

    /// [`crate::load`] after [`Limits::check_size`]: the dataset, or every problem found.
    pub fn load(&self, json: &str) -> Result<Dataset, Vec<Issue>> {
        self.check_size(u64::try_from(json.len()).unwrap_or(u64::MAX))
            .map_err(|issue| vec![issue])?;
        crate::load(json)
    }
}

/// A size for people: `4,8 MB`, `512 KB` (vi) or `4.8 MB`, `512 KB` (en).
pub fn size_in_words(bytes: f64, lang: Lang) -> String {
    if bytes >= 1_048_576.0 {
        format::number_trim(bytes / 1_048_576.0, 1, lang) + " MB"
    } else if bytes >= 1024.0 {
        format::number_trim(bytes / 1024.0, 1, lang) + " KB"
    } else {
        format::number(bytes, 0, lang) + " B"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_names_its_size_and_the_limit_in_both_languages() {
        let issue = Limits::default().check_size(7_654_321).unwrap_err();
        assert_eq!(issue.code, IssueCode::TooLarge);
        assert_eq!(issue.found, "7654321 > 5242880");
        assert_eq!(
            issue.message(Lang::Vi),
            "Tệp quá lớn: 7,3 MB, vượt giới hạn 5 MB"
        );
        assert_eq!(
            issue.message(Lang::En),
            "The file is too large: 7.3 MB, over the 5 MB limit"
        );
    }

    #[test]
    fn the_limit_itself_is_accepted() {
        let limits = Limits::with_max_bytes(2048);
        assert!(limits.check_size(2048).is_ok());
        let issue = limits.check_size(3000).unwrap_err();
        assert_eq!(
            issue.message(Lang::En),
            "The file is too large: 2.9 KB, over the 2 KB limit"
        );
    }

    #[test]
    fn load_refuses_a_large_file_before_reading_it() {
        let issues = Limits::with_max_bytes(10)
            .load("{\"format\": \"chiso/1\"}")
            .unwrap_err();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].code, IssueCode::TooLarge);
    }

    #[test]
    fn sizes_read_in_kb_or_mb() {
        assert_eq!(size_in_words(378_029.0, Lang::Vi), "369,2 KB");
        assert_eq!(size_in_words(5_242_880.0, Lang::En), "5 MB");
        assert_eq!(size_in_words(12.0, Lang::En), "12 B");
    }
}
