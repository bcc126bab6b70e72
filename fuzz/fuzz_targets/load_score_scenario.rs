//! Parse (both readers) + validate + score + scenario on arbitrary bytes: nothing may panic.
//! The input is a JSON file, optionally followed by a NUL byte and a scenario text.
#![no_main]

use chiso_core::format::Lang;
use chiso_core::scenario::{Baseline, Scenario};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn to_value(d: &chiso_core::Dataset) -> Value {
    serde_json::to_value(d).unwrap_or(Value::Null)
}

/// Equal, or equal but for numbers at most four rounding steps apart (as `tests/lite.rs`).
fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => x == y || (x - y).abs() <= x.abs().max(y.abs()) * 4.0 * f64::EPSILON,
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        _ => a == b,
    }
}

fuzz_target!(|data: &[u8]| {
    let (json, scenario) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let Ok(json) = std::str::from_utf8(json) else {
        return;
    };
    // Two readers of chiso/1 (serde for the CLI, `parse::lite` for the widget): when both accept
    // a file they must read the same dataset, but for floats a rounding step apart (serde_json
    // without `float_roundtrip` may round a long decimal one step off; see tests/lite.rs).
    if let (Ok(a), Ok(b)) = (
        chiso_core::parse::parse(json),
        chiso_core::parse::lite::parse(json),
    ) {
        assert!(
            a == b || close(&to_value(&a), &to_value(&b)),
            "serde and lite read the same file differently"
        );
    }
    match chiso_core::load(json) {
        Err(issues) => {
            for issue in issues {
                let _ = issue.message(Lang::Vi);
            }
        }
        Ok(dataset) => {
            let report = chiso_core::report::Report::compute(&dataset);
            let _ = report.summary(Lang::En);
            let _ = chiso_core::consistency::check(&dataset);
            let text = String::from_utf8_lossy(scenario);
            if let Ok(s) = Scenario::from_query(&text) {
                let _ = Baseline::new(&dataset).apply(&s);
                let _ = Scenario::from_query(&s.to_query());
            }
        }
    }
});
