//! The spreadsheet template of `chiso/1` (`chiso import`, `chiso export`): one sheet (or CSV file)
//! per section, Vietnamese or English headers, numbers `1.234,5`, dates `dd/mm/yyyy`.

pub mod cell;
pub mod export;
pub mod import;
pub mod names;
pub mod problem;
pub mod read;
pub mod spec;
pub mod table;
