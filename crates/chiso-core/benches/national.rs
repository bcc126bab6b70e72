//! National-scale benchmark: 34 provinces × 5 years of the DTI, 3,321 communes × 20 indicators.
//!
//! `cargo bench -p chiso-core --bench national` (see `bench/README.md`). A plain `Instant`
//! harness, no criterion: 3 warm-ups, then `CHISO_BENCH_ITERS` timed runs (20 unless set, at
//! least 15), median and p95 per stage. Results are dropped outside the timed region.
//!
//! Stages (g)–(i) time the what-if on the national file (the baseline once, then one scenario
//! recompute); (j)–(k) the PII (composite) of the default dataset, `www/data/khanh-hoa.json`
//! (the generator has no composite framework).

use chiso_core::composite;
use chiso_core::model::Dataset;
use chiso_core::report::Report;
use chiso_core::scenario::{Baseline, Override, Scenario};
use chiso_core::score::ScoreBook;
use chiso_core::synth::{generate, SynthSpec};
use chiso_core::{parse, validate};
use std::hint::black_box;
use std::time::{Duration, Instant};

const WARMUPS: usize = 3;
const MIN_ITERS: usize = 15;
const DEFAULT_ITERS: usize = 20;
/// The goal for parse + validate + score of the national file.
const GOAL_MS: f64 = 100.0;
/// The default dataset: the only one with a composite (PII) framework.
const DEFAULT_DATASET: &str = include_str!("../../../www/data/khanh-hoa.json");

struct Stats {
    median: f64,
    p95: f64,
    min: f64,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median and nearest-rank p95 of the timings, in ms.
fn stats(mut times: Vec<f64>) -> Stats {
    times.sort_by(f64::total_cmp);
    let n = times.len();
    let at = |i: usize| times.get(i).copied().unwrap_or(f64::NAN);
    let median = if n % 2 == 1 {
        at(n / 2)
    } else {
        (at(n / 2 - 1) + at(n / 2)) / 2.0
    };
    let p95 = at((n * 95).div_ceil(100).saturating_sub(1));
    Stats {
        median,
        p95,
        min: at(0),
    }
}

fn time<T>(label: &str, iters: usize, mut f: impl FnMut() -> T) -> Stats {
    for _ in 0..WARMUPS {
        black_box(f());
    }
    let mut times = Vec::with_capacity(iters);
    for _ in 0..iters {
        let start = Instant::now();
        let out = f();
        let elapsed = start.elapsed();
        // Results are dropped outside the timing, as a caller keeping them would.
        drop(black_box(out));
        times.push(ms(elapsed));
    }
    let s = stats(times);
    println!(
        "{label:<48} median {:>8.2} ms   p95 {:>8.2} ms   min {:>8.2} ms",
        s.median, s.p95, s.min
    );
    s
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string())
}

/// The 1, 5 and 15-minute load averages, when readable: timings on a busy machine are longer.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".to_string())
}

fn fail(what: &str) -> ! {
    eprintln!("national bench: {what}");
    std::process::exit(1)
}

/// Every scored sub-indicator of the province's DTI card with a maximum above 0, as `dti:code`
/// and its maximum.
fn dti_leaves(baseline: &Baseline) -> Vec<(String, f64)> {
    let Some((framework, tree, _)) = baseline.framework() else {
        fail("the national file has no DTI baseline")
    };
    framework
        .indicators
        .iter()
        .enumerate()
        .filter(|(i, x)| tree.is_leaf(*i) && x.max > 0.0)
        .map(|(_, x)| (format!("{}:{}", framework.id, x.code), x.max))
        .collect()
}

/// A scenario that moves every sub-indicator to `share` of its maximum (a slider moving all).
fn all_points(leaves: &[(String, f64)], share: f64) -> Scenario {
    Scenario {
        overrides: leaves
            .iter()
            .map(|(code, max)| Override::Points {
                code: code.clone(),
                points: max * share,
            })
            .collect(),
    }
}

/// True when the scenario leaves the composite as it was.
fn baseline_composite_unchanged(baseline: &Baseline, scenario: &Scenario) -> bool {
    baseline
        .apply(scenario)
        .composite
        .is_none_or(|c| c.nodes.iter().all(|n| n.after == n.before))
}

fn load_default() -> Dataset {
    match chiso_core::load(DEFAULT_DATASET) {
        Ok(d) => d,
        Err(issues) => fail(&format!("default dataset: {} issue(s)", issues.len())),
    }
}

fn main() {
    let iters = std::env::var("CHISO_BENCH_ITERS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(DEFAULT_ITERS)
        .max(MIN_ITERS);
    let nproc = std::thread::available_parallelism().map_or(0, usize::from);
    println!("chiso national benchmark");
    println!(
        "machine: {nproc} CPU(s), {} ({} {})",
        cpu_model(),
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    println!("load average at start: {}", load_average());
    println!("goal: parse + validate + score < {GOAL_MS} ms");

    let spec = SynthSpec::national();
    let started = Instant::now();
    let dataset = generate(&spec);
    let generated = started.elapsed();
    let json = match serde_json::to_string_pretty(&dataset) {
        Ok(json) => json,
        Err(e) => fail(&format!("cannot serialise: {e}")),
    };
    println!(
        "dataset: {} provinces × {} years × {} DTI leaves + {} communes × {} indicators = {} observations, {} entities",
        spec.provinces,
        spec.years,
        chiso_core::synth::DTI_LEAF_COUNT,
        spec.communes,
        spec.commune_indicators,
        dataset.observations.len(),
        dataset.entities.len()
    );
    println!(
        "json: {:.2} MB ({} bytes, pretty-printed); generated in {:.1} ms",
        json.len() as f64 / 1_000_000.0,
        json.len(),
        ms(generated)
    );

    // Sanity: the file loads, round-trips and ranks the provinces, before anything is timed.
    let loaded = match chiso_core::load(&json) {
        Ok(d) => d,
        Err(issues) => fail(&format!(
            "{} issue(s), first {:?}",
            issues.len(),
            issues.first()
        )),
    };
    if loaded != dataset {
        fail("the parsed dataset differs from the generated one");
    }
    let report = Report::compute(&loaded);
    if report.dti.as_ref().and_then(|d| d.rank).map(|r| r.of) != Some(34) {
        fail("the province is not ranked among 34");
    }
    if report != Report::from_scores(&loaded, &ScoreBook::compute(&loaded)) {
        fail("the report differs from the one of the full score book");
    }

    println!("iterations: {WARMUPS} warm-ups + {iters} timed runs per stage");
    println!();
    time("(a) parse::parse", iters, || parse::parse(&json));
    time(
        "(a2) parse::lite::parse (the widget's reader)",
        iters,
        || parse::lite::parse(&json),
    );
    time("(b) validate::validate", iters, || {
        validate::validate(&dataset)
    });
    time("(c) ScoreBook::compute (all frameworks)", iters, || {
        ScoreBook::compute(&dataset)
    });
    time("(d) Report::compute", iters, || Report::compute(&dataset));
    let e = time("(e) load + Report::compute", iters, || {
        chiso_core::load(&json).map(|d| {
            let report = Report::compute(&d);
            (d, report)
        })
    });
    let f = time(
        "(f) load + ScoreBook::compute (all frameworks)",
        iters,
        || {
            chiso_core::load(&json).map(|d| {
                let book = ScoreBook::compute(&d);
                (d, book)
            })
        },
    );

    // What-if on the national file: the baseline once per file, then each recompute.
    let baseline = Baseline::new(&dataset);
    let leaves = dti_leaves(&baseline);
    let one = Scenario {
        overrides: leaves
            .first()
            .map(|(code, max)| Override::Points {
                code: code.clone(),
                points: max / 2.0,
            })
            .into_iter()
            .collect(),
    };
    let all = all_points(&leaves, 0.5);
    let changed = baseline.apply(&all);
    if changed.changed.is_empty() || changed.total_after == changed.total_before {
        fail("the all-sub-indicator scenario changes nothing");
    }
    println!();
    time("(g) Baseline::new (once per file)", iters, || {
        Baseline::new(&dataset)
    });
    time("(h) scenario recompute, 1 sub-indicator", iters, || {
        baseline.apply(&one)
    });
    let label = format!(
        "(i) scenario recompute, all {} sub-indicators",
        leaves.len()
    );
    time(&label, iters, || baseline.apply(&all));

    // The PII of the default dataset: the composite over its provinces, and one recompute.
    let default = load_default();
    let pii_baseline = Baseline::new(&default);
    let Some((pii, _, pii_composite)) = pii_baseline.composite() else {
        fail("the default dataset has no composite framework")
    };
    let Some(input) = pii.indicators.iter().find(|x| x.code == "2.2") else {
        fail("the default dataset's PII has no indicator 2.2")
    };
    let pii_one = Scenario {
        overrides: vec![Override::Value {
            code: format!("{}:{}", pii.id, input.code),
            value: 5.0,
        }],
    };
    if baseline_composite_unchanged(&pii_baseline, &pii_one) {
        fail("the PII scenario does not change the composite");
    }
    println!(
        "PII: framework {} ({} indicators), {} entities, from www/data/khanh-hoa.json",
        pii.id,
        pii.indicators.len(),
        pii_composite.entities.len()
    );
    time("(j) composite::compute_all (PII)", iters, || {
        composite::compute_all(&default)
    });
    time("(k) PII scenario recompute, 1 indicator", iters, || {
        pii_baseline.apply(&pii_one)
    });

    println!();
    println!("load average at end: {}", load_average());
    for (stage, s) in [("(e)", e), ("(f)", f)] {
        let verdict = if s.p95 < GOAL_MS {
            "met"
        } else if s.median < GOAL_MS {
            "met at the median, not at p95"
        } else {
            "NOT met"
        };
        println!(
            "goal parse + validate + score < {GOAL_MS} ms, {stage}: {verdict} (median {:.2} ms, p95 {:.2} ms)",
            s.median, s.p95
        );
    }
}
