//! Writes a generated 34-province DTI dataset (`chiso_core::synth`: 34 provinces × 1 year × the
//! full 50-sub-indicator framework, every peer scored, no communes) as JSON to the path given, for
//! the what-if slider benchmark (`node tests/e2e/bench/slider.mjs`).
//!
//! `cargo run --release -p chiso-core --example provinces_json -- target/bench/provinces-34.json`

use chiso_core::synth::{generate, SynthSpec};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: provinces_json <output file>");
        return ExitCode::FAILURE;
    };
    let spec = SynthSpec {
        provinces: 34,
        years: 1,
        communes: 0,
        ..SynthSpec::national()
    };
    let dataset = generate(&spec);
    let written = serde_json::to_string(&dataset)
        .map_err(|e| e.to_string())
        .and_then(|json| std::fs::write(&path, json).map_err(|e| e.to_string()));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("provinces_json: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
