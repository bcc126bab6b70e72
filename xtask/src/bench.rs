//! `cargo xtask bench`: chiso beside the charting libraries a portal would use instead, in one run
//! (issue 7). Installs the peers from the npm registry (pinned versions, printed) into
//! `target/bench-peers/`, builds the widget when it is not built, writes the national-scale file,
//! then runs `tests/e2e/bench/run.mjs` in headless Chromium, which writes `bench/RESULTS.md` and
//! prints it. Not part of `cargo xtask test`.

use crate::run::{cargo, root, step};
use crate::tools;
use std::process::Command;

/// The peers and their pinned versions (npm package names).
pub const PEERS: [(&str, &str); 7] = [
    ("chart.js", "4.6.1"),
    ("echarts", "6.1.0"),
    ("@observablehq/plot", "0.6.17"),
    ("d3", "7.9.2"),
    ("vega", "6.4.0"),
    ("vega-lite", "6.5.0"),
    ("vega-embed", "7.3.0"),
];

/// Whether every peer is installed at its pinned version.
fn peers_installed(dir: &std::path::Path) -> bool {
    PEERS.iter().all(|(name, version)| {
        let manifest = dir.join("node_modules").join(name).join("package.json");
        std::fs::read_to_string(manifest)
            .is_ok_and(|text| text.contains(&format!("\"version\": \"{version}\"")))
    })
}

/// `cargo xtask bench slider`: the what-if slider benchmark (`tests/e2e/bench/slider.mjs`, issue 6),
/// writes `bench/slider.md`.
fn slider() -> Result<(), String> {
    tools::npm_packages()?;
    tools::chromium()?;
    let root = root();
    // Always from the tree as it is: a widget built earlier would be measured under this
    // commit's name (cargo and the build steps are quick when nothing changed).
    crate::build::run()?;
    step(
        "what-if slider benchmark in Chromium (tests/e2e/bench/slider.mjs)",
        {
            let mut c = Command::new("node");
            c.current_dir(root.join("tests").join("e2e"))
                .arg("bench/slider.mjs")
                .env("CHISO_ROOT", &root);
            c
        },
    )
}

/// `cargo xtask bench soak`: 10,000 refreshes and 1,000 mounts of the widget in Chromium, memory
/// before and after (`tests/e2e/bench/soak.mjs`, issue 5), writes `bench/soak.md`.
fn soak() -> Result<(), String> {
    tools::npm_packages()?;
    tools::chromium()?;
    crate::build::run()?;
    let root = root();
    step("soak benchmark in Chromium (tests/e2e/bench/soak.mjs)", {
        let mut c = Command::new("node");
        c.current_dir(root.join("tests").join("e2e"))
            .arg("bench/soak.mjs")
            .env("CHISO_ROOT", &root);
        c
    })
}

/// Runs the benchmark (as the next argument: `slider`, the what-if slider benchmark only; `soak`,
/// the leak benchmark; `fuzz`, the long fuzz run).
pub fn run() -> Result<(), String> {
    match std::env::args().nth(2).as_deref() {
        Some("slider") => return slider(),
        Some("soak") => return soak(),
        Some("fuzz") => return crate::fuzz::run(crate::fuzz::LONG_SECONDS),
        _ => {}
    }
    tools::npm_packages()?;
    tools::chromium()?;
    let root = root();
    let peers = root.join("target").join("bench-peers");
    println!("peers (npm, pinned):");
    for (name, version) in PEERS {
        println!("  {name} {version}");
    }
    if !peers_installed(&peers) {
        std::fs::create_dir_all(&peers).map_err(|e| format!("{}: {e}", peers.display()))?;
        step("npm install the peers into target/bench-peers", {
            let mut c = Command::new("npm");
            c.current_dir(&root)
                .args([
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--no-save",
                    "--prefix",
                ])
                .arg(&peers)
                .args(
                    PEERS
                        .iter()
                        .map(|(name, version)| format!("{name}@{version}")),
                );
            c
        })?;
    }
    if !peers_installed(&peers) {
        return Err("the peers are not installed at their pinned versions".into());
    }
    // Always from the tree as it is: a widget built earlier would be measured under this
    // commit's name (cargo and the build steps are quick when nothing changed).
    crate::build::run()?;
    step("build the chiso CLI (release)", {
        let mut c = cargo();
        c.args(["build", "--quiet", "--release", "-p", "chiso-cli"]);
        c
    })?;
    let out = root.join("target").join("bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let national = out.join("national-src.json");
    step("write the national-scale file (chiso_core::synth)", {
        let mut c = cargo();
        c.args([
            "run",
            "--quiet",
            "--release",
            "-p",
            "chiso-core",
            "--example",
            "national_json",
            "--",
        ])
        .arg(&national);
        c
    })?;
    step("benchmark in Chromium (tests/e2e/bench/run.mjs)", {
        let mut c = Command::new("node");
        c.current_dir(root.join("tests").join("e2e"))
            .arg("bench/run.mjs")
            .env("CHISO_ROOT", &root)
            .env("CHISO_PEERS", &peers)
            .env(
                "CHISO_CLI",
                root.join("target").join("release").join("chiso"),
            )
            .env("CHISO_NATIONAL", &national);
        c
    })
}
