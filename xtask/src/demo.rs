//! `cargo xtask demo`: the main job on the default dataset. Until the widget lands, that is the
//! command-line report: validate, check, then the full report.

use crate::run::{cargo, step};

/// The dataset that ships with chiso.
pub const DEFAULT_DATASET: &str = "www/data/khanh-hoa.json";

/// Builds the CLI and runs validate, check and report on the default dataset.
pub fn run() -> Result<(), String> {
    let lang = std::env::var("LANG_REPORT").unwrap_or_else(|_| "vi".into());
    step("build chiso", {
        let mut c = cargo();
        c.args(["build", "--quiet", "-p", "chiso-cli"]);
        c
    })?;
    for args in [
        vec!["validate", DEFAULT_DATASET, "--lang", &lang],
        vec!["check", DEFAULT_DATASET, "--lang", &lang],
        vec!["report", DEFAULT_DATASET, "--lang", &lang],
    ] {
        let label = format!("chiso {}", args.join(" "));
        let mut c = cargo();
        c.args(["run", "--quiet", "-p", "chiso-cli", "--"])
            .args(&args);
        step(&label, c)?;
    }
    Ok(())
}
