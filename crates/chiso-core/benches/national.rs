//! National-scale benchmark: 34 provinces × 5 years of the DTI, 3,321 communes × 20 indicators.
//!
//! `cargo bench -p chiso-core --bench national` (see `bench/README.md`). A plain `Instant`
//! harness, no criterion: 3 warm-ups, then `CHISO_BENCH_ITERS` timed runs (20 unless set, at
//! least 15), median and p95 per stage. Results are dropped outside the timed region.

use chiso_core::report::Report;
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
