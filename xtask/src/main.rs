//! The README's commands, in Rust so they run the same everywhere:
//!
//! - `cargo xtask demo` — build the widget and serve the portal demo on the default dataset;
//! - `cargo xtask test` — every test, installing what the tests need first;
//! - `cargo xtask build` — only build the widget into `pkg/dist` and `www/pkg`;
//! - `cargo xtask bench` — chiso beside four charting libraries in Chromium (`bench/RESULTS.md`);
//! - `cargo xtask fuzz [seconds]` — the fuzz target (parse, validate, score, scenario).

mod bench;
mod build;
mod demo;
mod fuzz;
mod imports;
mod run;
mod serve;
mod similar;
mod test;
mod tools;
mod wasm_bytes;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <demo|test|build|bench|fuzz>

  demo   build the widget and serve www/ (the portal demo on www/data/khanh-hoa.json)
         on http://127.0.0.1:8080 (PORT=… for another port) until stopped
  test   install what the tests need, then: fmt check, clippy, all tests, wasm32 build of
         chiso-core, the widget build and the browser tests (Chromium)
  build  build the widget only (pkg/dist, copied to www/pkg)
  bench  chiso beside Chart.js, Observable Plot, ECharts and Vega-Lite (installed from npm into
         target/bench-peers) in headless Chromium: size, first chart, updates, memory;
         writes bench/RESULTS.md (not part of test); `cargo xtask bench slider`: the what-if
         slider, 200 steps, default and 34-province datasets, 1× and 4× CPU (bench/slider.md);
         `cargo xtask bench soak`: 10,000 refreshes and 1,000 mounts of the widget, memory
         before and after (bench/soak.md); `cargo xtask bench fuzz`: the fuzz target, 600 s
  fuzz   fuzz parse + validate + score + scenario (cargo-fuzz, stable, installed when missing)
         for 600 s, or `cargo xtask fuzz 60` for 60 s; test runs it for 30 s";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "demo" => demo::run(),
        "test" => test::run(),
        "build" => build::run(),
        "bench" => bench::run(),
        "fuzz" => fuzz::seconds_from_args().and_then(fuzz::run),
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
