//! `cargo xtask demo`: build the widget and serve `www/` (the portal demo on the default dataset)
//! on http://127.0.0.1:8080, or the port in `PORT`, until stopped.

use crate::run::root;

/// The dataset that ships with chiso.
pub const DEFAULT_DATASET: &str = "www/data/khanh-hoa.json";

/// The port when `PORT` is not set.
const DEFAULT_PORT: u16 = 8080;

/// Builds the widget, then serves `www/`.
pub fn run() -> Result<(), String> {
    let port = match std::env::var("PORT") {
        Ok(p) => p
            .trim()
            .parse::<u16>()
            .map_err(|_| format!("PORT must be a port number, not {p:?}"))?,
        Err(_) => DEFAULT_PORT,
    };
    crate::build::run()?;
    println!("    default dataset: {DEFAULT_DATASET}");
    crate::serve::serve(&root().join("www"), port)
}
