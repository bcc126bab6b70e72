//! Installing what the widget's build and the browser tests need, on a fresh machine: the wasm32
//! target, the wasm-bindgen CLI matching Cargo.lock (under `target/tools`), the npm packages of
//! `tests/e2e` (binaryen's wasm-opt, terser, playwright-core, axe-core) and Debian's Chromium.

use crate::run::{cargo, root, step, succeeds};
use std::path::PathBuf;
use std::process::Command;

/// The browser target.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Debian's Chromium, driven by playwright-core.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Whether rustup has a target installed.
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

/// Installs the wasm32 target when missing.
pub fn wasm_target() -> Result<(), String> {
    if rustup_has_target(WASM_TARGET) {
        return Ok(());
    }
    let mut c = Command::new("rustup");
    c.args(["target", "add", WASM_TARGET]);
    step("install the wasm32 target", c)
}

/// The version of a package in Cargo.lock.
fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

/// The wasm-bindgen CLI of the version in Cargo.lock, installed under `target/tools` when missing.
pub fn wasm_bindgen() -> Result<PathBuf, String> {
    let version = locked_version("wasm-bindgen")?;
    let tools = root().join("target").join("tools");
    let bin = tools.join("bin").join("wasm-bindgen");
    let current = Command::new(&bin)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    if current != format!("wasm-bindgen {version}") {
        let mut c = cargo();
        c.args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &version,
            "--root",
        ])
        .arg(&tools);
        step(
            &format!("install wasm-bindgen-cli {version} (about 3 minutes, once)"),
            c,
        )?;
    }
    Ok(bin)
}

/// The folder of the npm packages.
pub fn npm_dir() -> PathBuf {
    root().join("tests").join("e2e")
}

/// Installs the npm packages of `tests/e2e` when they are missing or older than the lock file.
pub fn npm_packages() -> Result<(), String> {
    let dir = npm_dir();
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules").join(".package-lock.json");
    let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = matches!((modified(&installed), modified(&lock)), (Some(i), Some(l)) if i >= l);
    if fresh {
        return Ok(());
    }
    if !succeeds({
        let mut c = Command::new("npm");
        c.arg("--version");
        c
    }) {
        apt_install(&["nodejs", "npm"])?;
    }
    let mut c = Command::new("npm");
    c.args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir);
    step(
        "install npm packages (binaryen, terser, playwright-core, axe-core)",
        c,
    )
}

/// binaryen's wasm-opt from npm (Debian's is too old for current Rust output).
pub fn wasm_opt() -> PathBuf {
    npm_dir()
        .join("node_modules")
        .join("binaryen")
        .join("bin")
        .join("wasm-opt")
}

/// terser from npm, to minify the JS glue wasm-bindgen writes.
pub fn terser() -> PathBuf {
    npm_dir()
        .join("node_modules")
        .join("terser")
        .join("bin")
        .join("terser")
}

/// Installs Debian packages (CI runs as root with no standard input).
pub fn apt_install(packages: &[&str]) -> Result<(), String> {
    let mut update = Command::new("apt-get");
    update.args(["update", "-qq"]);
    step("apt-get update", update)?;
    let mut c = Command::new("apt-get");
    c.args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive");
    step(&format!("install {}", packages.join(", ")), c)
}

/// Installs Debian's Chromium (and a font with Vietnamese glyphs) when missing.
pub fn chromium() -> Result<(), String> {
    if std::path::Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    apt_install(&["chromium", "fonts-dejavu-core", "fonts-liberation"])
}
