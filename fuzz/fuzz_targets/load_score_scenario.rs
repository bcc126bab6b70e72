//! Parse (both readers) + validate + score + scenario on arbitrary bytes: nothing may panic.
//! The input is a JSON file, optionally followed by a NUL byte and a scenario text.
#![no_main]

use chiso_core::format::Lang;
use chiso_core::scenario::{Baseline, Scenario};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (json, scenario) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let Ok(json) = std::str::from_utf8(json) else {
        return;
    };
    // Two readers of chiso/1 (serde for the CLI, `parse::lite` for the widget): when both accept
    // a file they must read the same dataset.
    if let (Ok(a), Ok(b)) = (
        chiso_core::parse::parse(json),
        chiso_core::parse::lite::parse(json),
    ) {
        assert_eq!(a, b, "serde and lite read the same file differently");
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
