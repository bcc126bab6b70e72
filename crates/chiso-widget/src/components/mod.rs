//! Building blocks shared by the views: the chart canvas, the figure around it, the data table
//! with its toggle, the error panel, the tabs, the notes on sources and marks, and the provenance footer.

pub mod chart_canvas;
pub mod data_table;
pub mod error_panel;
pub mod figure;
pub mod notes;
pub mod provenance;
pub mod tabs;
