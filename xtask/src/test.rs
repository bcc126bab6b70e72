//! `cargo xtask test`: every test. Installs what the tests need (today: the wasm32 target, since
//! chiso-core must build for the browser), then runs fmt, clippy, the tests and the wasm build.

use crate::run::{cargo, step, succeeds};
use std::process::Command;

const WASM_TARGET: &str = "wasm32-unknown-unknown";

fn rustup_has_target(target: &str) -> bool {
    Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == target)
        })
}

/// Installs the wasm target and the fmt/clippy components when missing.
fn install() -> Result<(), String> {
    if !rustup_has_target(WASM_TARGET) {
        let mut c = Command::new("rustup");
        c.args(["target", "add", WASM_TARGET]);
        step("install the wasm32 target", c)?;
    }
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

/// Runs every check; the first failure stops the run.
pub fn run() -> Result<(), String> {
    install()?;
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
    println!("==> all tests passed");
    Ok(())
}
