//! chiso-core: every formula of chiso. Pure Rust, no web dependencies; builds native and wasm32.
//!
//! Data flow: JSON → [`parse::parse`] → [`validate::validate`] → [`model::Dataset`] →
//! [`score`], [`budget`], [`targets`], [`tasks`], [`consistency`] → [`report::Report`].

pub mod agencies;
pub mod anchor;
pub mod budget;
pub mod budget_whatif;
pub mod composite;
pub mod consistency;
pub mod diff;
pub mod format;
pub mod issue;
pub mod keyed;
pub mod labels;
pub mod limits;
pub mod lists;
pub mod model;
pub mod num;
pub mod offers;
pub mod order;
pub mod parse;
pub mod period;
pub mod pii_whatif;
pub mod provenance;
pub mod refresh;
pub mod report;
pub mod scenario;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "schema")]
mod schema_vi;
pub mod score;
pub mod synth;
pub mod tally;
pub mod targets;
pub mod tasks;
pub mod tree;
pub mod validate;

pub use issue::{Issue, IssueCode};
pub use model::Dataset;

/// Parses and validates a published file: the dataset, or every problem found.
pub fn load(json: &str) -> Result<Dataset, Vec<Issue>> {
    let dataset = parse::parse(json).map_err(|issue| vec![issue])?;
    let issues = validate::validate(&dataset);
    if issues.is_empty() {
        Ok(dataset)
    } else {
        Err(issues)
    }
}
