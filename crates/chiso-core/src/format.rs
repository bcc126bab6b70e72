//! Vietnamese and English labels and number formatting. The only place that rounds for display.

use serde::{Deserialize, Serialize};

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Vietnamese: `1.234,5`.
    #[default]
    Vi,
    /// English: `1,234.5`.
    En,
}
