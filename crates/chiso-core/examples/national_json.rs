//! Writes the national-scale generated dataset (`chiso_core::synth`, the file the native benchmark
//! reads) as pretty-printed JSON to the path given, for the browser benchmark (`cargo xtask bench`).
//!
//! `cargo run --release -p chiso-core --example national_json -- target/bench/national-src.json`

use chiso_core::synth::{generate, SynthSpec};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: national_json <output file>");
        return ExitCode::FAILURE;
    };
    let dataset = generate(&SynthSpec::national());
    let written = serde_json::to_string_pretty(&dataset)
        .map_err(|e| e.to_string())
        .and_then(|json| std::fs::write(&path, json).map_err(|e| e.to_string()));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("national_json: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
