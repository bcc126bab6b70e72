//! JSON text → [`Dataset`], with the JSON path (and line, column) of the first shape error.

use crate::issue::{Issue, IssueCode};
use crate::model::{Dataset, FORMAT_V1};
use serde::Deserialize;

pub mod fast;
pub mod lite;

/// Only the version field, read before the full shape so that a file of another version gets
/// "unknown format" rather than a confusing shape error.
#[derive(Deserialize)]
struct FormatProbe {
    format: Option<serde_json::Value>,
}

/// Parses a published file. Syntax errors carry line and column; shape errors carry the JSON path.
///
/// Natively, a valid file is read once without path tracking, which allocates a string for every
/// key read (over a third of the time on a national file); only when that read fails is the file
/// read again with the tracking, to name the JSON path of the error. Both reads use the same
/// deserializer, so the outcome is the same. In WebAssembly the file is always read with the
/// tracking: a second copy of every `Deserialize` impl would add about 120 KB (35 KB gzipped) to
/// the widget, which reads one province's file.
pub fn parse(json: &str) -> Result<Dataset, Issue> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(dataset) = Dataset::deserialize(&mut serde_json::Deserializer::from_str(json)) {
        return of_this_version(dataset);
    }
    parse_tracked(json)
}

/// The dataset, if it has the version this chiso reads.
fn of_this_version(dataset: Dataset) -> Result<Dataset, Issue> {
    if dataset.format == FORMAT_V1 {
        Ok(dataset)
    } else {
        Err(Issue::at(
            IssueCode::UnknownFormat,
            "format",
            crate::issue::clip(&dataset.format),
        ))
    }
}

/// [`parse`] with the JSON path of every value tracked, for the error's path.
fn parse_tracked(json: &str) -> Result<Dataset, Issue> {
    let deserializer = &mut serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize::<_, Dataset>(deserializer) {
        Ok(dataset) => of_this_version(dataset),
        Err(error) => Err(classify(json, error)),
    }
}

/// serde_json's message for a number too large for `f64` (`1e400`).
pub(crate) const OUT_OF_RANGE: &str = "number out of range";

fn classify(json: &str, error: serde_path_to_error::Error<serde_json::Error>) -> Issue {
    let path = error.path().to_string();
    let inner = error.into_inner();
    let (line, column) = (inner.line(), inner.column());
    if inner.is_syntax() || inner.is_eof() || inner.is_io() {
        let found = syntax_detail(&inner);
        return Issue {
            code: IssueCode::MalformedJson,
            // A number too large for `f64` is found where it is read: say where.
            path: if found == OUT_OF_RANGE && path != "." {
                path
            } else {
                String::new()
            },
            found,
            line: Some(line),
            column: Some(column),
        };
    }
    // A shape error can hide a syntax error further on (serde stops at the first problem it
    // meets); a file that is not JSON at all should say so, with the line and column.
    if let Err(syntax) = serde_json::from_str::<serde::de::IgnoredAny>(json) {
        if syntax.is_syntax() || syntax.is_eof() {
            return Issue {
                code: IssueCode::MalformedJson,
                path: String::new(),
                found: syntax_detail(&syntax),
                line: Some(syntax.line()),
                column: Some(syntax.column()),
            };
        }
    }
    // The text is JSON; a different version explains a shape error better than the error itself.
    if let Ok(FormatProbe {
        format: Some(format),
    }) = serde_json::from_str::<FormatProbe>(json)
    {
        if format.as_str() != Some(FORMAT_V1) {
            let found = crate::issue::clip(&format.to_string());
            return Issue::at(IssueCode::UnknownFormat, "format", found);
        }
    }
    let path = if path == "." { String::new() } else { path };
    Issue {
        code: IssueCode::WrongShape,
        path,
        found: strip_position(&inner.to_string()),
        line: Some(line),
        column: Some(column),
    }
}

/// serde_json's message without its " at line X column Y" suffix, which the issue carries itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message.get(..at).unwrap_or(message).to_string(),
        None => message.to_string(),
    }
}

fn syntax_detail(error: &serde_json::Error) -> String {
    strip_position(&error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_json_names_line_and_column() {
        let issue = parse("{\n  \"format\": \"chiso/1\",\n  oops\n}").unwrap_err();
        assert_eq!(issue.code, IssueCode::MalformedJson);
        assert_eq!((issue.line, issue.column), (Some(3), Some(3)));
    }

    #[test]
    fn another_version_is_reported_as_such() {
        let issue = parse(r#"{"format": "chiso/9", "something": []}"#).unwrap_err();
        assert_eq!(issue.code, IssueCode::UnknownFormat);
        assert_eq!(issue.found, "\"chiso/9\"");
    }

    #[test]
    fn a_shape_error_names_its_json_path() {
        let json = r#"{"format":"chiso/1","meta":{"title":{"vi":"t"},"publisher":{"vi":"p"},
            "published":"2026-01-01","as_of":"2026-01-01","province":"p"},
            "entities":[{"id":"p","kind":"province","name":{"vi":"P"}},
                        {"id":"q","kind":"planet","name":{"vi":"Q"}}]}"#;
        let issue = parse(json).unwrap_err();
        assert_eq!(issue.code, IssueCode::WrongShape);
        assert_eq!(issue.path, "entities[1].kind");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(&json).is_err());
    }
}
