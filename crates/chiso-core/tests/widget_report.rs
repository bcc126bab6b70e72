//! `Report::compute_without_pii`, which the widget calls so that its WebAssembly does not carry the
//! composite engine, is `Report::compute` with `pii` left out.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use chiso_core::report::Report;
use chiso_core::synth::{generate, SynthSpec};

fn same_but_pii(dataset: &chiso_core::Dataset) {
    let mut full = Report::compute(dataset);
    let without = Report::compute_without_pii(dataset);
    assert!(without.pii.is_none());
    full.pii = None;
    assert_eq!(full, without);
}

#[test]
fn the_report_without_pii_is_the_report_less_its_pii() {
    let dataset = chiso_core::load(&common::default_dataset_text()).unwrap();
    assert!(
        Report::compute(&dataset).pii.is_some(),
        "the default dataset has a PII"
    );
    same_but_pii(&dataset);
    same_but_pii(&common::mini());
    same_but_pii(&generate(&SynthSpec {
        provinces: 4,
        years: 2,
        communes: 30,
        commune_indicators: 20,
        seed: 7,
    }));
}
