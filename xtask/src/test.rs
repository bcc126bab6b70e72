//! `cargo xtask test`: every test. Installs what the tests need (the wasm32 target, rustfmt,
//! clippy, wasm-bindgen-cli, the npm packages, Chromium), then runs fmt, clippy, the workspace
//! tests, the wasm build of chiso-core, a short fuzz run, the widget build, and the browser tests.

use crate::run::{cargo, root, step, succeeds};
use crate::tools::{self, WASM_TARGET};
use std::process::Command;

/// Installs the fmt/clippy components when missing.
fn components() -> Result<(), String> {
    for (component, probe) in [("rustfmt", "fmt"), ("clippy", "clippy")] {
        let mut check = cargo();
        check.args([probe, "--version"]);
        if !succeeds(check) {
            let mut c = Command::new("rustup");
            c.args(["component", "add", component]);
            step(&format!("install {component}"), c)?;
        }
    }
    Ok(())
}

/// Writes `chiso report --format json` of the default dataset for the browser tests to compare.
fn report_json() -> Result<std::path::PathBuf, String> {
    let dir = root().join("target").join("e2e");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let out = dir.join("report.json");
    let output = cargo()
        .args(["run", "--quiet", "-p", "chiso-cli", "--", "report"])
        .arg(crate::demo::DEFAULT_DATASET)
        .args(["--format", "json"])
        .output()
        .map_err(|e| format!("cannot run chiso report: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "chiso report failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    std::fs::write(&out, &output.stdout)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(out)
}

/// The browser tests: Debian's Chromium driven by playwright-core, one file at a time.
fn browser_tests() -> Result<(), String> {
    tools::chromium()?;
    let report = report_json()?;
    let dir = tools::npm_dir();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .collect();
    files.sort();
    let mut c = Command::new("node");
    c.args(["--test", "--test-concurrency=1"])
        .args(&files)
        .current_dir(&dir)
        .env("CHISO_REPORT_JSON", report)
        .env("CHISO_ROOT", root());
    step("browser tests (Chromium, playwright-core, axe-core)", c)
}

/// Runs every check; the first failure stops the run.
pub fn run() -> Result<(), String> {
    tools::wasm_target()?;
    components()?;
    let steps: [(&str, &[&str]); 4] = [
        ("format check", &["fmt", "--all", "--", "--check"]),
        (
            "clippy",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
        ("tests", &["test", "--workspace"]),
        (
            "chiso-core for wasm32",
            &["build", "-p", "chiso-core", "--target", WASM_TARGET],
        ),
    ];
    for (label, args) in steps {
        let mut c = cargo();
        c.args(args);
        step(label, c)?;
    }
    crate::fuzz::run(crate::fuzz::SHORT_SECONDS)?;
    crate::build::run()?;
    browser_tests()?;
    println!("==> all tests passed");
    Ok(())
}
