//! `cargo xtask fuzz [seconds]`: the cargo-fuzz target `load_score_scenario` (both readers,
//! validate, score, scenario on arbitrary bytes) on the toolchain running xtask. With
//! `--sanitizer none` cargo-fuzz needs no nightly: libFuzzer's coverage instrumentation uses
//! stable `-C` flags. cargo-fuzz is installed when missing, and a C++ compiler (libFuzzer is built
//! from source) with apt.
//!
//! `cargo xtask test` runs it for [`SHORT_SECONDS`]; the benchmark for [`LONG_SECONDS`]. The
//! corpus is `fuzz/corpus/load_score_scenario`: three committed seeds (a small file, the default
//! dataset, a scenario) and, ignored by git, what earlier runs on this machine found (about 2,000
//! inputs, 2.7 MB after `-merge=1`: too large to commit). A crash stops the run and leaves its
//! input in `fuzz/artifacts/load_score_scenario/`: keep it as a test in chiso-core
//! (`tests/hostile.rs`).

use crate::run::{cargo, root, step, succeeds};
use std::process::Command;

/// The run inside `cargo xtask test`.
pub const SHORT_SECONDS: u64 = 30;

/// The run of the benchmark.
pub const LONG_SECONDS: u64 = 600;

/// The fuzz target.
const TARGET: &str = "load_score_scenario";

/// Inputs larger than this are not generated: a province file is read in well under a
/// millisecond at this size, so the fuzzer tries thousands of inputs a second.
const MAX_LEN: u32 = 16_384;

/// Installs cargo-fuzz (and a C++ compiler) when missing.
fn cargo_fuzz() -> Result<(), String> {
    let mut probe = cargo();
    probe.args(["fuzz", "--version"]);
    if !succeeds(probe) {
        let mut c = cargo();
        c.args(["install", "cargo-fuzz", "--locked"]);
        step("install cargo-fuzz (about 2 minutes, once)", c)?;
    }
    let mut cxx = Command::new("c++");
    cxx.arg("--version");
    if !succeeds(cxx) {
        crate::tools::apt_install(&["g++"])?;
    }
    Ok(())
}

/// Reads `cargo xtask fuzz [seconds]`.
pub fn seconds_from_args() -> Result<u64, String> {
    match std::env::args().nth(2) {
        None => Ok(LONG_SECONDS),
        Some(text) => text
            .parse()
            .map_err(|_| format!("fuzz: {text:?} is not a number of seconds")),
    }
}

/// Fuzzes for `seconds`; fails on a crash (the input is in `fuzz/artifacts`).
pub fn run(seconds: u64) -> Result<(), String> {
    cargo_fuzz()?;
    let fuzz = root().join("fuzz");
    let corpus = fuzz.join("corpus").join(TARGET);
    let artifacts = fuzz.join("artifacts").join(TARGET);
    for dir in [&corpus, &artifacts] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut c = cargo();
    c.current_dir(&fuzz)
        .args(["fuzz", "run", "--sanitizer", "none", TARGET])
        .arg(&corpus)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-max_len={MAX_LEN}"))
        .arg("-print_final_stats=1")
        .arg(format!("-artifact_prefix={}/", artifacts.display()));
    step(
        &format!("fuzz {TARGET} for {seconds} s (build, then run)"),
        c,
    )
}
