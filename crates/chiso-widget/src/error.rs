//! Why the widget could not show data, in the widget's language. Errors are values: the element
//! shows them in an error panel, and nothing else on the page is affected.

use chiso_core::format::Lang;
use chiso_core::Issue;

/// How many validation problems the panel lists before "and N more".
pub const ISSUES_SHOWN: usize = 5;

/// A failure to load the data.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Neither `src` nor `data` was given.
    NoSource,
    /// The server answered with an HTTP error status.
    Http {
        /// The URL fetched.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The request did not complete (offline, DNS, CORS, blocked).
    Network {
        /// The URL fetched.
        url: String,
        /// The browser's message.
        detail: String,
    },
    /// The text is not JSON, or does not have the `chiso/1` shape (one issue, with line/path).
    Parse(Issue),
    /// The file parsed but failed validation: every problem with its JSON path.
    Invalid(Vec<Issue>),
    /// No complete answer within the `timeout` attribute's seconds.
    Timeout {
        /// The URL fetched.
        url: String,
        /// The time allowed, in seconds.
        seconds: u32,
    },
    /// The file is larger than the `max-bytes` attribute allows (the issue names both sizes).
    TooLarge(Issue),
}

impl LoadError {
    /// The panel's title.
    pub fn title(&self, lang: Lang) -> &'static str {
        match self {
            LoadError::NoSource => lang.pick("Chưa có dữ liệu", "No data given"),
            LoadError::Http { .. } => lang.pick(
                "Không tải được tệp dữ liệu",
                "The data file could not be loaded",
            ),
            LoadError::Network { .. } => lang.pick(
                "Lỗi mạng khi tải dữ liệu",
                "Network error while loading the data",
            ),
            LoadError::Parse(_) => {
                lang.pick("Tệp dữ liệu không đọc được", "The data file cannot be read")
            }
            LoadError::Invalid(_) => {
                lang.pick("Tệp dữ liệu không hợp lệ", "The data file is not valid")
            }
            LoadError::Timeout { .. } => lang.pick(
                "Máy chủ không trả lời kịp",
                "The server did not answer in time",
            ),
            LoadError::TooLarge(_) => {
                lang.pick("Tệp dữ liệu quá lớn", "The data file is too large")
            }
        }
    }

    /// A short machine-readable kind (`http`, `network`, `parse`, `invalid`, `timeout`, `too_large`,
    /// `no_source`), set on the
    /// panel as `data-error` so that pages and tests can tell the cases apart.
    pub fn kind(&self) -> &'static str {
        match self {
            LoadError::NoSource => "no_source",
            LoadError::Http { .. } => "http",
            LoadError::Network { .. } => "network",
            LoadError::Parse(_) => "parse",
            LoadError::Invalid(_) => "invalid",
            LoadError::Timeout { .. } => "timeout",
            LoadError::TooLarge(_) => "too_large",
        }
    }

    /// The lines of the panel: what happened, then each problem with its JSON path.
    pub fn details(&self, lang: Lang) -> Vec<String> {
        match self {
            LoadError::NoSource => vec![lang
                .pick(
                    "Hãy đặt thuộc tính src (đường dẫn tệp JSON) hoặc truyền data.",
                    "Set the src attribute (the URL of a JSON file) or pass data.",
                )
                .to_string()],
            LoadError::Http { url, status } => vec![match lang {
                Lang::Vi => format!("Máy chủ trả về mã {status} cho {url}."),
                Lang::En => format!("The server answered {status} for {url}."),
            }],
            LoadError::Network { url, detail } => vec![match lang {
                Lang::Vi => format!("Không kết nối được tới {url} ({detail})."),
                Lang::En => format!("Could not reach {url} ({detail})."),
            }],
            LoadError::Parse(issue) | LoadError::TooLarge(issue) => vec![issue.message(lang)],
            LoadError::Timeout { url, seconds } => vec![match lang {
                Lang::Vi => format!("Không nhận được {url} trong {seconds} giây."),
                Lang::En => format!("No answer for {url} within {seconds} s."),
            }],
            LoadError::Invalid(issues) => {
                let mut lines: Vec<String> = issues
                    .iter()
                    .take(ISSUES_SHOWN)
                    .map(|i| i.message(lang))
                    .collect();
                if issues.len() > ISSUES_SHOWN {
                    let more = issues.len() - ISSUES_SHOWN;
                    lines.push(match lang {
                        Lang::Vi => format!("… và {more} lỗi khác."),
                        Lang::En => format!("… and {more} more."),
                    });
                }
                lines
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chiso_core::IssueCode;

    #[test]
    fn validation_errors_name_their_json_path_in_both_languages() {
        let e = LoadError::Invalid(vec![Issue::at(
            IssueCode::PointsOutOfRange,
            "observations[3].points",
            "75",
        )]);
        assert_eq!(e.kind(), "invalid");
        assert!(e.details(Lang::En)[0].starts_with("observations[3].points: points between"));
        assert!(e.details(Lang::Vi)[0].contains("observations[3].points"));
        assert_ne!(e.title(Lang::Vi), e.title(Lang::En));
    }

    #[test]
    fn a_404_names_the_status_and_the_url() {
        let e = LoadError::Http {
            url: "data/x.json".into(),
            status: 404,
        };
        assert_eq!(
            e.details(Lang::En),
            ["The server answered 404 for data/x.json."]
        );
    }
}
