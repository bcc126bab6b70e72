//! Getting the data: fetch a URL (or take inline JSON), parse, validate, compute. Every failure is
//! a [`LoadError`] value; nothing here panics.

use crate::error::LoadError;
use chiso_core::model::Dataset;
use chiso_core::{Issue, IssueCode};
use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;

/// Parses and validates published JSON text.
///
/// In the browser the text is parsed by `JSON.parse` and read into the `chiso/1` types with
/// serde-wasm-bindgen: the same types and the same validation as `chiso_core::load`, at a
/// fraction of the code size of serde_json's text deserializer and path tracking (about 80 KB of
/// gzip less). Syntax errors keep the browser's position; shape errors keep serde's message
/// (which field, which value); every validation problem names its JSON path.
pub fn parse(text: &str) -> Result<Dataset, LoadError> {
    let value = parse_json(text)?;
    let dataset: Dataset = serde_wasm_bindgen::from_value(value)
        .map_err(|e| LoadError::Parse(Issue::at(IssueCode::WrongShape, "", e.to_string())))?;
    let issues = chiso_core::validate::validate(&dataset);
    if issues.is_empty() {
        Ok(dataset)
    } else {
        Err(LoadError::Invalid(issues))
    }
}

/// `JSON.parse` in the browser; natively (unit tests) serde_json, to a JS-free placeholder error.
#[cfg(target_arch = "wasm32")]
fn parse_json(text: &str) -> Result<wasm_bindgen::JsValue, LoadError> {
    js_sys::JSON::parse(text).map_err(|e| LoadError::Parse(syntax_issue(&js_message(&e))))
}

/// A number after `word` in a message: `7` in `line 7`.
fn number_after(message: &str, word: &str) -> Option<usize> {
    let rest = message.get(message.find(word)? + word.len()..)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A syntax error from the browser's message, with the line and column it gives
/// (`… at position 33 (line 1 column 34)`), so that the panel says them in the widget's language.
pub fn syntax_issue(message: &str) -> Issue {
    let (line, column) = match (
        number_after(message, "line "),
        number_after(message, "column "),
    ) {
        (Some(line), Some(column)) => (Some(line), Some(column)),
        _ => (None, None),
    };
    let found = match (line, message.find(" (line ")) {
        (Some(_), Some(at)) => message.get(..at).unwrap_or(message),
        _ => message,
    };
    Issue {
        line,
        column,
        ..Issue::at(IssueCode::MalformedJson, "", found)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_json(text: &str) -> Result<wasm_bindgen::JsValue, LoadError> {
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Err(e) => Err(LoadError::Parse(Issue::at(
            IssueCode::MalformedJson,
            "",
            e.to_string(),
        ))),
        Ok(_) => Err(LoadError::Parse(Issue::at(
            IssueCode::WrongShape,
            "",
            "JS values exist only in the browser",
        ))),
    }
}

/// The message of a JS error value, or its string form.
pub fn js_message(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Fetches a URL as text (relative URLs resolve against the page).
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = |detail: String| LoadError::Network {
        url: url.to_string(),
        detail,
    };
    let window = web_sys::window().ok_or_else(|| network("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| network(js_message(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| network(js_message(&e)))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let text = response.text().map_err(|e| network(js_message(&e)))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| network(js_message(&e)))?;
    text.as_string()
        .ok_or_else(|| network("the response is not text".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_s_syntax_error_keeps_its_line_and_column() {
        let issue =
            syntax_issue("Expected property name or '}' in JSON at position 33 (line 1 column 34)");
        assert_eq!((issue.line, issue.column), (Some(1), Some(34)));
        assert!(issue
            .message(chiso_core::format::Lang::Vi)
            .starts_with("dòng 1, cột 34: "));
        let bare = syntax_issue("Unexpected end of JSON input");
        assert_eq!((bare.line, bare.column), (None, None));
    }

    #[test]
    fn broken_json_is_a_parse_error() {
        match parse("{ not json") {
            Err(LoadError::Parse(issue)) => assert_eq!(issue.code, IssueCode::MalformedJson),
            other => panic!("{other:?}"),
        }
    }
}
