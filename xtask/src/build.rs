//! Building the widget: cargo (release, size-tuned) → wasm-bindgen `--target web` (its JS glue
//! minified by terser) → wasm-opt -Oz (repeated while it shrinks), into `pkg/dist/`, then a copy of
//! the package into `www/pkg/` for the demo pages.

use crate::run::{cargo, root, step};
use crate::tools::{self, WASM_TARGET};
use std::path::Path;
use std::process::Command;

/// The wasm features the module uses (wasm-opt validates against them).
const FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The files of `pkg/` that are written by hand and shipped with the built ones.
const ENTRY_FILES: [&str; 2] = ["chiso-widget.js", "chiso-widget.d.ts"];

/// Installs the tools, builds the widget into `pkg/dist/` and copies the package to `www/pkg/`.
pub fn run() -> Result<(), String> {
    tools::wasm_target()?;
    let wasm_bindgen = tools::wasm_bindgen()?;
    tools::npm_packages()?;
    step("build chiso-widget (wasm32, release)", {
        let mut c = cargo();
        c.args([
            "build",
            "--quiet",
            "-p",
            "chiso-widget",
            "--lib",
            "--release",
            "--target",
            WASM_TARGET,
        ]);
        c
    })?;
    let root = root();
    let dist = root.join("pkg").join("dist");
    let _ = std::fs::remove_dir_all(&dist);
    let wasm = root
        .join("target")
        .join(WASM_TARGET)
        .join("release")
        .join("chiso_widget.wasm");
    step("wasm-bindgen --target web", {
        let mut c = Command::new(&wasm_bindgen);
        c.arg(&wasm)
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&dist);
        c
    })?;
    let glue = dist.join("chiso_widget.js");
    let bg = dist.join("chiso_widget_bg.wasm");
    short_imports(&bg, &glue)?;
    // The glue is about 40 KB of commented JS; minified, 2.3 KB less gzip.
    step("terser (the JS glue)", {
        let mut c = Command::new("node");
        c.arg(tools::terser())
            .arg(&glue)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(&glue);
        c
    })?;
    // The snippets the glue imports (`js/custom_element.js`) too: 0.2 KB less gzip.
    for snippet in js_files(&dist.join("snippets"))? {
        step("terser (a JS snippet)", {
            let mut c = Command::new("node");
            c.arg(tools::terser())
                .arg(&snippet)
                .args(["--module", "--compress", "--mangle", "--output"])
                .arg(&snippet);
            c
        })?;
    }
    // Functions called once are inlined only when small (15 instructions): the module is larger,
    // but its gzip about 15 KB smaller (inlined bodies compress worse than shared ones).
    // `--converge` repeats -Oz while it still shrinks the module (about 1 KB of gzip for 15 s).
    step("wasm-opt -Oz --converge", {
        let mut c = Command::new("node");
        c.arg(tools::wasm_opt())
            .arg(&bg)
            .args(FEATURES)
            .args([
                "-Oz",
                "--one-caller-inline-max-function-size",
                "15",
                "--converge",
                "--strip-producers",
                "--strip-target-features",
                // Rust's stack is below the data and grows down to 0: the first KB is never
                // addressed, so constant offsets fold into loads and stores (0.8 KB gzip).
                "--low-memory-unused",
                // Functions in name order: the copies of one generic sit side by side, and gzip
                // finds their likenesses within its window (1.4 KB less gzip; the default order
                // by first use, or `--reorder-functions` by calls, compress worse).
                "--reorder-functions-by-name",
                "-o",
            ])
            .arg(&bg);
        c
    })?;
    // Then each function next to the one most like it (`similar.rs`): 3 KB less gzip.
    let bytes = std::fs::read(&bg).map_err(|e| format!("cannot read {}: {e}", bg.display()))?;
    let named = crate::similar::name_by_likeness(&bytes)?;
    std::fs::write(&bg, named).map_err(|e| format!("cannot write {}: {e}", bg.display()))?;
    step("wasm-opt --reorder-functions-by-name", {
        let mut c = Command::new("node");
        c.arg(tools::wasm_opt())
            .arg(&bg)
            .args(FEATURES)
            .args(["--reorder-functions-by-name", "--strip-debug", "-o"])
            .arg(&bg);
        c
    })?;
    let www = root.join("www").join("pkg");
    let _ = std::fs::remove_dir_all(&www);
    copy_dir(&dist, &www.join("dist"))?;
    for file in ENTRY_FILES {
        let from = root.join("pkg").join(file);
        std::fs::copy(&from, www.join(file))
            .map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
    }
    println!("    widget built into pkg/dist and www/pkg");
    Ok(())
}

/// The wasm's imports and the glue's import object with short names (`imports.rs`): about 4 KB
/// less gzip.
fn short_imports(wasm: &Path, glue: &Path) -> Result<(), String> {
    let read_err = |p: &Path, e: std::io::Error| format!("cannot read {}: {e}", p.display());
    let bytes = std::fs::read(wasm).map_err(|e| read_err(wasm, e))?;
    let js = std::fs::read_to_string(glue).map_err(|e| read_err(glue, e))?;
    let (bytes, js) = crate::imports::shorten(&bytes, &js)?;
    std::fs::write(wasm, bytes).map_err(|e| format!("cannot write {}: {e}", wasm.display()))?;
    std::fs::write(glue, js).map_err(|e| format!("cannot write {}: {e}", glue.display()))?;
    println!("    short import names in the wasm and its JS glue");
    Ok(())
}

/// The `.js` files under `dir` (none when it does not exist).
fn js_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(found);
    };
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            found.extend(js_files(&path)?);
        } else if path.extension().is_some_and(|x| x == "js") {
            found.push(path);
        }
    }
    Ok(found)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(())
}
