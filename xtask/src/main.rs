//! The README's commands, in Rust so they run the same everywhere:
//!
//! - `cargo xtask demo` — the main job on the embedded default dataset;
//! - `cargo xtask test` — every test, installing what the tests need first.

mod demo;
mod run;
mod test;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <demo|test>

  demo   validate, check and report the default dataset (www/data/khanh-hoa.json)
         LANG_REPORT=en for English
  test   install what the tests need, then: fmt check, clippy, all tests, wasm32 build of chiso-core";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "demo" => demo::run(),
        "test" => test::run(),
        "" | "-h" | "--help" | "help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => Err(format!("unknown task {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
