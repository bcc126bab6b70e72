//! Running commands from the project root, with their output streamed.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or(manifest.clone(), PathBuf::from)
}

/// The cargo that runs us, so that the same toolchain builds everything.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

/// Runs a command, printing it first and its duration after; fails on a non-zero exit.
pub fn step(label: &str, mut command: Command) -> Result<(), String> {
    println!("==> {label}");
    let start = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("{label}: cannot start {command:?}: {e}"))?;
    println!("    {label}: {:.1} s", start.elapsed().as_secs_f64());
    if status.success() {
        Ok(())
    } else {
        Err(format!("{label} failed ({status})"))
    }
}

/// Whether a command runs and exits 0, output discarded.
pub fn succeeds(mut command: Command) -> bool {
    command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
