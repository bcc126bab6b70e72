//! Getting the data: fetch a URL (or take inline JSON), parse, validate, compute. Every failure is
//! a [`LoadError`] value; nothing here panics.

use crate::error::LoadError;
use chiso_core::model::Dataset;
use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;

/// Parses and validates published JSON text.
///
/// The text is read by `chiso_core::parse::lite`: the same `chiso/1` types, defaults and rules as
/// `chiso_core::load` (serde), at a fraction of the code size of serde's derived deserializers
/// (about 40 KB of gzip less). Syntax errors carry their line and column, shape errors their
/// JSON path; every validation problem names its JSON path.
pub fn parse(text: &str) -> Result<Dataset, LoadError> {
    let start = now_ms();
    let dataset = chiso_core::parse::lite::parse_with(text, number).map_err(LoadError::Parse)?;
    let issues = chiso_core::validate::validate(&dataset);
    PARSE_MS.set(Some(now_ms() - start));
    if issues.is_empty() {
        Ok(dataset)
    } else {
        Err(LoadError::Invalid(issues))
    }
}

thread_local! {
    /// How long the last [`parse`] of a valid file took (read and validate), in ms, until
    /// [`take_parse_ms`] takes it.
    static PARSE_MS: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// The time of the last [`parse`] of a valid file, once.
pub fn take_parse_ms() -> Option<f64> {
    PARSE_MS.take()
}

/// The browser's clock in ms (`Date.now()`); natively 0 (the widget's tests have no clock).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    return 0.0;
}

/// Starts the SHA-256 of `text` (its UTF-8 bytes) in the browser's Web Crypto: native code, off
/// the main thread, so the file is hashed while it is parsed (about 20 times faster than the
/// hash in WebAssembly). `None` where the page may not use it (not a secure context).
pub fn start_digest(text: &str) -> Option<JsFuture> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    if subtle.is_undefined() {
        return None;
    }
    // The bytes are copied by `digest` when it is called.
    let promise = subtle
        .digest_with_str_and_u8_array("SHA-256", text.as_bytes())
        .ok()?;
    Some(JsFuture::from(promise))
}

/// The SHA-256 of `text` as 64 hex digits: the digest [`start_digest`] started, or, when there
/// is none or it failed, computed here (`chiso_core::provenance`, the CLI's).
pub async fn finish_digest(started: Option<JsFuture>, text: &str) -> String {
    if let Some(future) = started {
        if let Ok(buffer) = future.await {
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            if bytes.len() == 32 {
                return chiso_core::provenance::hex(&bytes);
            }
        }
    }
    chiso_core::provenance::sha256_hex(text.as_bytes())
}

/// A JSON number's text to the nearest `f64`: the browser's `parseFloat` (correctly rounded, and
/// no float-parsing tables in the WebAssembly); natively, Rust's. Every number the widget reads
/// from text goes through here: one `str::parse::<f64>` links core's dec2flt (~19 KB).
#[cfg(target_arch = "wasm32")]
pub fn number(text: &str) -> f64 {
    js_sys::Number::parse_float(text)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn number(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

/// A number typed or written in an attribute (`12`, `-0.5`, `1e3`), `None` for anything else:
/// only digits, signs, a point and exponents, read by [`number`].
pub fn number_text(text: &str) -> Option<f64> {
    let text = text.trim();
    let plain = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
        && text.bytes().any(|b| b.is_ascii_digit());
    plain.then(|| number(text)).filter(|x| x.is_finite())
}

/// The message of a JS error value, or its string form.
pub fn js_message(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Fetches a URL as text (relative URLs resolve against the page); `signal` cancels it.
pub async fn fetch_text(
    url: &str,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<String, LoadError> {
    let network = |detail: String| LoadError::Network {
        url: url.to_string(),
        detail,
    };
    let window = web_sys::window().ok_or_else(|| network("no window".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_signal(signal);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| network(js_message(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| network(js_message(&e)))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let bytes = crate::fetch::body_bytes(&response)
        .await
        .map_err(|e| network(js_message(&e)))?;
    Ok(crate::fetch::text_of(bytes.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chiso_core::IssueCode;

    #[test]
    fn a_syntax_error_keeps_its_line_and_column() {
        match parse("{ \"format\": \"chiso/1\", \"meta\": { oops } }") {
            Err(LoadError::Parse(issue)) => {
                assert_eq!((issue.line, issue.column), (Some(1), Some(34)));
                assert!(issue
                    .message(chiso_core::format::Lang::Vi)
                    .starts_with("dòng 1, cột 34: "));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_shape_error_names_its_json_path() {
        match parse(r#"{"format": "chiso/1", "meta": {"title": 1}}"#) {
            Err(LoadError::Parse(issue)) => {
                assert_eq!(issue.code, IssueCode::WrongShape);
                assert_eq!(issue.path, "meta.title");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn typed_numbers_are_read_and_anything_else_is_not() {
        assert_eq!(number_text(" 12.5 "), Some(12.5));
        assert_eq!(number_text("-1e3"), Some(-1000.0));
        for bad in ["", "abc", "12px", "0x10", "-", "Infinity", "NaN"] {
            assert_eq!(number_text(bad), None, "{bad}");
        }
    }

    #[test]
    fn broken_json_is_a_parse_error() {
        match parse("{ not json") {
            Err(LoadError::Parse(issue)) => assert_eq!(issue.code, IssueCode::MalformedJson),
            other => panic!("{other:?}"),
        }
    }
}
