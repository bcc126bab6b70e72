//! A deterministic generator of national-scale datasets, for benchmarks and load tests.
//!
//! [`SynthSpec::national`] is the size of Việt Nam after the 2025 merger: 34 provinces scored on
//! the full provincial DTI framework (root `DTI`, 1000 points, 9 main indicators, 50
//! sub-indicators with the real maxima of 003 Appendix I) over 2021–2025, and 3,321 communes
//! scored on a 20-indicator commune framework (`dti-xa`) for the last year. Every figure is made
//! up (all observations are marked illustrative) but valid: [`crate::validate::validate`] finds
//! nothing to report.
//!
//! The leaves mix every scoring rule: most publish points; some carry a raw value scored by a
//! `linear` rule (one of them with lower-is-better), a `steps` rule or a `categorical` rule.
//! No external crates: a SplitMix64 generator seeded by [`SynthSpec::seed`] makes the output
//! depend only on the spec.

use crate::model::{
    Category, Dataset, Direction, Entity, EntityKind, Framework, Indicator, Meta, Method,
    Observation, Rule, Source, SourceRef, Step, Text, Value, FORMAT_V1,
};

/// The size and seed of a synthetic dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthSpec {
    /// Provinces scored on the DTI (the first is the file's province, the others its peers).
    pub provinces: usize,
    /// Years of DTI scores, from 2021.
    pub years: usize,
    /// Communes scored on the commune framework, for the last year.
    pub communes: usize,
    /// Leaves of the commune framework (groups of 5; maxima sum to 100).
    pub commune_indicators: usize,
    /// Seed of the generator.
    pub seed: u64,
}

impl SynthSpec {
    /// 34 provinces × 5 years (2021–2025) of the DTI, 3,321 communes × 20 indicators.
    pub fn national() -> SynthSpec {
        SynthSpec {
            provinces: 34,
            years: 5,
            communes: 3321,
            commune_indicators: 20,
            seed: 0x00C4_150D_7120_2025,
        }
    }

    /// The number of observations [`generate`] produces for this spec.
    pub fn observation_count(&self) -> usize {
        self.provinces * self.years * DTI_LEAF_COUNT
            + if self.years > 0 {
                self.communes * self.commune_indicators
            } else {
                0
            }
    }
}

/// First year of the DTI series.
pub const FIRST_YEAR: i32 = 2021;

/// Id of the only source.
pub const SOURCE_ID: &str = "synth";

/// Id of the commune framework.
pub const COMMUNE_FRAMEWORK: &str = "dti-xa";

/// Number of DTI sub-indicators (leaves).
pub const DTI_LEAF_COUNT: usize = 50;

/// Main indicators of the provincial DTI: Vietnamese name, English name, maximum.
const DTI_MAIN: [(&str, &str, f64); 9] = [
    ("Nhận thức số", "Digital awareness", 50.0),
    ("Thể chế số", "Digital institutions", 50.0),
    ("Hạ tầng số", "Digital infrastructure", 200.0),
    ("Nhân lực số", "Digital human resources", 100.0),
    (
        "An toàn thông tin mạng",
        "Network information security",
        100.0,
    ),
    (
        "Hoạt động Chính quyền số",
        "Digital government activity",
        200.0,
    ),
    ("Hoạt động Kinh tế số", "Digital economy activity", 150.0),
    ("Hoạt động Xã hội số", "Digital society activity", 150.0),
    ("Đô thị thông minh", "Smart city", 0.0),
];

/// Sub-indicator maxima per main indicator (003 Appendix I).
const DTI_LEAVES: [&[f64]; 9] = [
    &[10.0, 10.0, 10.0, 10.0, 10.0],
    &[10.0, 10.0, 10.0, 20.0],
    &[30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 20.0],
    &[10.0, 30.0, 20.0, 20.0, 10.0, 10.0],
    &[20.0, 20.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0],
    &[20.0, 20.0, 20.0, 20.0, 20.0, 50.0, 10.0, 10.0, 30.0],
    &[50.0, 30.0, 20.0, 20.0, 30.0],
    &[50.0, 50.0, 50.0],
    &[0.0, 0.0, 0.0],
];

/// Agencies: id, Vietnamese name, English name.
const AGENCIES: [(&str, &str, &str); 8] = [
    (
        "so-khcn",
        "Sở Khoa học và Công nghệ",
        "Department of Science and Technology",
    ),
    (
        "so-vhttdl",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Department of Culture, Sports and Tourism",
    ),
    ("so-tai-chinh", "Sở Tài chính", "Department of Finance"),
    ("so-noi-vu", "Sở Nội vụ", "Department of Home Affairs"),
    ("cong-an-tinh", "Công an tỉnh", "Provincial Police"),
    (
        "vp-ubnd",
        "Văn phòng UBND tỉnh",
        "Office of the Provincial People's Committee",
    ),
    (
        "so-cong-thuong",
        "Sở Công Thương",
        "Department of Industry and Trade",
    ),
    ("so-xay-dung", "Sở Xây dựng", "Department of Construction"),
];

/// Responsible agency (position in [`AGENCIES`]) of each sub-indicator, as in 003 Appendix I.
const DTI_RESPONSIBLE: [&[usize]; 9] = [
    &[0, 0, 0, 1, 1],
    &[0, 0, 0, 2],
    &[0, 0, 0, 0, 0, 0, 0],
    &[3, 3, 3, 3, 0, 0],
    &[4, 4, 4, 4, 4, 4, 0, 5],
    &[0, 5, 0, 5, 5, 5, 5, 5, 2],
    &[0, 0, 6, 0, 0],
    &[4, 0, 0],
    &[7, 0, 7],
];

/// SplitMix64: small, fast, and good enough for made-up figures.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [lo, hi).
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
}

/// Rounds to two decimals, to keep the JSON short.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn text(vi: String, en: String) -> Text {
    Text { vi, en }
}

/// How a leaf is scored in the synthetic data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Points published, no raw value.
    Published,
    /// Points published next to a raw percentage.
    PublishedWithValue,
    /// `linear` on a percentage, full points at 80 %.
    Linear,
    /// `linear`, lower is better: full points at 1 day, none at 10.
    LinearLower,
    /// `steps` on a percentage.
    Steps,
    /// `categorical`: yes / partial / no.
    Categorical,
}

/// The rule mix, by the leaf's ordinal in its framework. Zero-max leaves publish 0 points.
fn kind_of(ordinal: usize, max: f64) -> Kind {
    if max <= 0.0 {
        return Kind::Published;
    }
    match ordinal % 20 {
        11 => Kind::LinearLower,
        1 | 6 | 16 => Kind::Linear,
        3 | 13 => Kind::Steps,
        7 | 17 => Kind::Categorical,
        0 | 9 | 18 => Kind::PublishedWithValue,
        _ => Kind::Published,
    }
}

fn source_ref(section: String) -> SourceRef {
    SourceRef {
        id: SOURCE_ID.to_string(),
        section,
    }
}

fn leaf(
    code: String,
    parent: &str,
    label: (&str, &str),
    max: f64,
    kind: Kind,
    responsible: Option<&str>,
) -> Indicator {
    let (unit, direction, rule) = match kind {
        Kind::Published => (None, Direction::Higher, Rule::Published),
        Kind::PublishedWithValue => (Some("%"), Direction::Higher, Rule::Published),
        Kind::Linear => (
            Some("%"),
            Direction::Higher,
            Rule::Linear {
                threshold: 80.0,
                zero_at: 0.0,
                illustrative: true,
                source: None,
            },
        ),
        Kind::LinearLower => (
            Some("days"),
            Direction::Lower,
            Rule::Linear {
                threshold: 1.0,
                zero_at: 10.0,
                illustrative: true,
                source: None,
            },
        ),
        Kind::Steps => (
            Some("%"),
            Direction::Higher,
            Rule::Steps {
                steps: [(25.0, 0.25), (50.0, 0.5), (75.0, 0.75), (95.0, 1.0)]
                    .into_iter()
                    .map(|(at, share)| Step {
                        at,
                        points: max * share,
                    })
                    .collect(),
                illustrative: true,
            },
        ),
        Kind::Categorical => (
            Some("level"),
            Direction::Higher,
            Rule::Categorical {
                categories: [("yes", 1.0), ("partial", 0.5), ("no", 0.0)]
                    .into_iter()
                    .map(|(value, share)| Category {
                        value: value.to_string(),
                        points: max * share,
                        name: None,
                    })
                    .collect(),
                illustrative: true,
            },
        ),
    };
    Indicator {
        name: text(format!("{} {code}", label.0), format!("{} {code}", label.1)),
        code,
        parent: Some(parent.to_string()),
        max,
        responsible: responsible.map(str::to_string),
        coordinating: Vec::new(),
        unit: unit.map(str::to_string),
        direction,
        rule,
        feasibility: None,
        weight: None,
        source: None,
        note: None,
    }
}

fn node(code: &str, parent: Option<&str>, name: Text, max: f64) -> Indicator {
    Indicator {
        code: code.to_string(),
        parent: parent.map(str::to_string),
        name,
        max,
        responsible: None,
        coordinating: Vec::new(),
        unit: None,
        direction: Direction::Higher,
        rule: Rule::Published,
        feasibility: None,
        weight: None,
        source: None,
        note: None,
    }
}

/// The provincial DTI framework: root, 9 main indicators, 50 sub-indicators.
fn dti_framework() -> Framework {
    let mut indicators = vec![node(
        "DTI",
        None,
        text(
            "Chỉ số chuyển đổi số cấp tỉnh".into(),
            "Provincial digital transformation index".into(),
        ),
        1000.0,
    )];
    let mut ordinal = 0;
    for (m, ((vi, en, max), (leaves, responsible))) in DTI_MAIN
        .iter()
        .zip(DTI_LEAVES.iter().zip(DTI_RESPONSIBLE.iter()))
        .enumerate()
    {
        let main = (m + 1).to_string();
        indicators.push(node(
            &main,
            Some("DTI"),
            text((*vi).into(), (*en).into()),
            *max,
        ));
        for (k, (&leaf_max, &agency)) in leaves.iter().zip(responsible.iter()).enumerate() {
            let mut x = leaf(
                format!("{main}.{}", k + 1),
                &main,
                ("Chỉ số", "Indicator"),
                leaf_max,
                kind_of(ordinal, leaf_max),
                AGENCIES.get(agency).map(|a| a.0),
            );
            // The Office coordinates with the Department of Science and Technology, as in 003.
            if x.responsible.as_deref() == Some("vp-ubnd") {
                x.coordinating.push("so-khcn".to_string());
            }
            indicators.push(x);
            ordinal += 1;
        }
    }
    Framework {
        id: "dti".to_string(),
        name: text(
            "Chỉ số chuyển đổi số cấp tỉnh (DTI)".into(),
            "Provincial digital transformation index (DTI)".into(),
        ),
        index_scale: 1000.0,
        indicators,
        source: Some(source_ref("Phụ lục I".into())),
        method: Method::Sum,
        min_coverage: None,
    }
}

/// The commune framework: a root of 100 points, groups of 5 leaves, integer maxima summing to 100.
fn commune_framework(leaves: usize) -> Framework {
    let mut indicators = vec![node(
        "XA",
        None,
        text(
            "Chỉ số chuyển đổi số cấp xã".into(),
            "Commune digital transformation index".into(),
        ),
        100.0,
    )];
    let base = 100usize.checked_div(leaves).unwrap_or(0);
    let extra = 100usize.checked_rem(leaves).unwrap_or(0);
    let max_of = |k: usize| (base + usize::from(k < extra)) as f64;
    let groups = leaves.div_ceil(5);
    for g in 0..groups {
        let group = (g + 1).to_string();
        let members = (g * 5)..((g + 1) * 5).min(leaves);
        let group_max: f64 = members.clone().map(max_of).sum();
        indicators.push(node(
            &group,
            Some("XA"),
            text(format!("Nhóm {group}"), format!("Group {group}")),
            group_max,
        ));
        for (j, k) in members.enumerate() {
            indicators.push(leaf(
                format!("{group}.{}", j + 1),
                &group,
                ("Chỉ số xã", "Commune indicator"),
                max_of(k),
                kind_of(k, max_of(k)),
                None,
            ));
        }
    }
    Framework {
        id: COMMUNE_FRAMEWORK.to_string(),
        name: text(
            "Chỉ số chuyển đổi số cấp xã".into(),
            "Commune digital transformation index".into(),
        ),
        index_scale: 100.0,
        indicators,
        source: Some(source_ref("Phụ lục II".into())),
        method: Method::Sum,
        min_coverage: None,
    }
}

/// One observation of a leaf whose performance is `share` (0–1) of the best.
fn observe(
    x: &Indicator,
    code: String,
    entity: &str,
    period: &str,
    share: f64,
    rng: &mut Rng,
) -> Observation {
    let kind = match (&x.rule, x.direction, x.unit.as_deref()) {
        (Rule::Published, _, Some(_)) => Kind::PublishedWithValue,
        (Rule::Published, _, None) => Kind::Published,
        (Rule::Linear { .. }, Direction::Lower, _) => Kind::LinearLower,
        (Rule::Linear { .. }, Direction::Higher, _) => Kind::Linear,
        (Rule::Steps { .. }, _, _) => Kind::Steps,
        (Rule::Categorical { .. }, _, _) => Kind::Categorical,
    };
    let percent = round2((100.0 * share).clamp(0.0, 100.0));
    let (value, points) = match kind {
        Kind::Published => (None, Some(round2(x.max * share).clamp(0.0, x.max))),
        Kind::PublishedWithValue => (
            Some(Value::Number(percent)),
            Some(round2(x.max * share).clamp(0.0, x.max)),
        ),
        Kind::Linear | Kind::Steps => (Some(Value::Number(percent)), None),
        Kind::LinearLower => (Some(Value::Number(round2(10.0 - 9.5 * share))), None),
        Kind::Categorical => {
            let answer = if share >= 0.7 {
                "yes"
            } else if share >= 0.35 || rng.unit() < 0.5 {
                "partial"
            } else {
                "no"
            };
            (Some(Value::Category(answer.to_string())), None)
        }
    };
    Observation {
        code,
        entity: entity.to_string(),
        period: period.to_string(),
        value,
        points,
        stated_max: None,
        rank: None,
        rank_of: None,
        source: source_ref(String::new()),
        illustrative: true,
        note: None,
    }
}

/// The leaves of a framework, in file order.
fn leaves_of(framework: &Framework) -> Vec<&Indicator> {
    framework
        .indicators
        .iter()
        .filter(|x| {
            !framework
                .indicators
                .iter()
                .any(|c| c.parent.as_deref() == Some(x.code.as_str()))
        })
        .collect()
}

/// Generates the dataset a spec describes; the same spec always gives the same dataset.
pub fn generate(spec: &SynthSpec) -> Dataset {
    let mut rng = Rng(spec.seed);
    let province_id = |p: usize| format!("tinh-{:02}", p + 1);
    let commune_id = |c: usize| format!("xa-{:04}", c + 1);

    let mut entities = Vec::with_capacity(spec.provinces + AGENCIES.len() + spec.communes);
    for p in 0..spec.provinces {
        entities.push(Entity {
            id: province_id(p),
            kind: if p == 0 {
                EntityKind::Province
            } else {
                EntityKind::PeerProvince
            },
            name: text(
                format!("Tỉnh {:02}", p + 1),
                format!("Province {:02}", p + 1),
            ),
            short: None,
        });
    }
    for (id, vi, en) in AGENCIES {
        entities.push(Entity {
            id: id.to_string(),
            kind: EntityKind::Agency,
            name: text(vi.into(), en.into()),
            short: None,
        });
    }
    for c in 0..spec.communes {
        entities.push(Entity {
            id: commune_id(c),
            kind: EntityKind::Locality,
            name: text(format!("Xã {:04}", c + 1), format!("Commune {:04}", c + 1)),
            short: None,
        });
    }

    let dti = dti_framework();
    let xa = commune_framework(spec.commune_indicators);
    let mut observations = Vec::with_capacity(spec.observation_count());

    // Provinces: a level, a yearly gain, and noise per leaf.
    let dti_leaves = leaves_of(&dti);
    let levels: Vec<(f64, f64)> = (0..spec.provinces)
        .map(|_| (rng.range(0.35, 0.85), rng.range(0.01, 0.06)))
        .collect();
    for y in 0..spec.years {
        let period = (FIRST_YEAR + i32::try_from(y).unwrap_or(i32::MAX - FIRST_YEAR)).to_string();
        for (p, &(level, gain)) in levels.iter().enumerate() {
            let entity = province_id(p);
            for x in &dti_leaves {
                let share = (level + gain * y as f64 + rng.range(-0.2, 0.2)).clamp(0.0, 1.0);
                let code = format!("dti:{}", x.code);
                observations.push(observe(x, code, &entity, &period, share, &mut rng));
            }
        }
    }

    // Communes: the last year only.
    if spec.years > 0 {
        let last = FIRST_YEAR + i32::try_from(spec.years - 1).unwrap_or(i32::MAX - FIRST_YEAR);
        let period = last.to_string();
        let xa_leaves = leaves_of(&xa);
        for c in 0..spec.communes {
            let entity = commune_id(c);
            let level = rng.range(0.2, 0.9);
            for x in &xa_leaves {
                let share = (level + rng.range(-0.25, 0.25)).clamp(0.0, 1.0);
                let code = format!("{COMMUNE_FRAMEWORK}:{}", x.code);
                observations.push(observe(x, code, &entity, &period, share, &mut rng));
            }
        }
    }

    Dataset {
        format: FORMAT_V1.to_string(),
        meta: Meta {
            title: text(
                "Bộ dữ liệu tổng hợp quy mô quốc gia (giả lập)".into(),
                "National-scale synthetic dataset".into(),
            ),
            publisher: text("chiso".into(), "chiso".into()),
            published: "2026-01-15".to_string(),
            as_of: "2025-12-31".to_string(),
            version: format!("synth-{:016x}", spec.seed),
            licence: "CC0-1.0".to_string(),
            province: province_id(0),
            notes: vec![text(
                "Số liệu giả lập để đo hiệu năng, không phải số liệu thật.".into(),
                "Made-up figures for benchmarks, not real data.".into(),
            )],
        },
        sources: vec![Source {
            id: SOURCE_ID.to_string(),
            number: "SYNTH/1".to_string(),
            date: "2026-01-15".to_string(),
            issuer: text("chiso".into(), "chiso".into()),
            title: text(
                "Bộ dữ liệu giả lập quy mô quốc gia".into(),
                "National-scale synthetic dataset".into(),
            ),
            note: None,
        }],
        entities,
        frameworks: vec![dti, xa],
        metrics: Vec::new(),
        observations,
        targets: Vec::new(),
        budget: Vec::new(),
        disbursement: Vec::new(),
        tasks: Vec::new(),
        figures: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::{Origin, ScoreBook};
    use crate::validate::validate;
    use std::sync::OnceLock;

    fn national() -> &'static Dataset {
        static DATA: OnceLock<Dataset> = OnceLock::new();
        DATA.get_or_init(|| generate(&SynthSpec::national()))
    }

    #[test]
    fn the_frameworks_have_the_real_shape() {
        let d = national();
        let dti = &d.frameworks[0];
        assert_eq!(dti.indicators.len(), 1 + 9 + 50);
        assert_eq!(dti.indicators[0].max, 1000.0);
        let mains: Vec<f64> = dti
            .indicators
            .iter()
            .filter(|x| x.parent.as_deref() == Some("DTI"))
            .map(|x| x.max)
            .collect();
        assert_eq!(
            mains,
            [50.0, 50.0, 200.0, 100.0, 100.0, 200.0, 150.0, 150.0, 0.0]
        );
        assert_eq!(leaves_of(dti).len(), DTI_LEAF_COUNT);
        assert_eq!(leaves_of(dti).iter().map(|x| x.max).sum::<f64>(), 1000.0);
        let xa = &d.frameworks[1];
        assert_eq!(leaves_of(xa).len(), 20);
        assert_eq!(leaves_of(xa).iter().map(|x| x.max).sum::<f64>(), 100.0);
        // Every rule is exercised in both frameworks.
        for f in [dti, xa] {
            let rules: Vec<&Rule> = leaves_of(f).into_iter().map(|x| &x.rule).collect();
            assert!(rules.iter().any(|r| matches!(r, Rule::Published)));
            assert!(rules.iter().any(|r| matches!(r, Rule::Linear { .. })));
            assert!(rules.iter().any(|r| matches!(r, Rule::Steps { .. })));
            assert!(rules.iter().any(|r| matches!(r, Rule::Categorical { .. })));
        }
    }

    #[test]
    fn the_national_dataset_is_valid_and_has_the_announced_size() {
        let d = national();
        assert_eq!(validate(d), Vec::new());
        assert_eq!(d.observations.len(), 34 * 5 * 50 + 3321 * 20);
        assert_eq!(d.observations.len(), 74_920);
        assert_eq!(
            d.observations.len(),
            SynthSpec::national().observation_count()
        );
        assert_eq!(d.entities.len(), 34 + AGENCIES.len() + 3321);
        assert_eq!(d.meta.province, "tinh-01");
    }

    #[test]
    fn every_year_ranks_the_34_provinces() {
        let d = national();
        let book = ScoreBook::compute(d);
        for year in 2021..=2025 {
            let period = year.to_string();
            let cards: Vec<_> = book
                .cards
                .iter()
                .filter(|c| c.framework == "dti" && c.period == period)
                .collect();
            assert_eq!(cards.len(), 34, "{period}");
            let mut ranks: Vec<u32> = cards
                .iter()
                .map(|c| {
                    let rank = c.rank.expect("ranked");
                    assert_eq!(rank.of, 34);
                    rank.rank
                })
                .collect();
            ranks.sort_unstable();
            assert_eq!(ranks[0], 1);
            assert!(ranks.iter().all(|r| (1..=34).contains(r)));
        }
        // Communes are scored, not ranked among provinces.
        let communes = book
            .cards
            .iter()
            .filter(|c| c.framework == COMMUNE_FRAMEWORK)
            .count();
        assert_eq!(communes, 3321);
        // Every origin a leaf can have shows up.
        let card = book.get("dti", "tinh-01", "2025").expect("card");
        assert!(card.nodes.iter().any(|n| n.origin == Origin::Published));
        assert!(card.nodes.iter().any(|n| n.origin == Origin::Computed));
        assert_eq!(card.total().map(|r| r.coverage), Some(1.0));
    }

    #[test]
    fn the_report_scores_only_what_it_shows() {
        let d = national();
        let full = ScoreBook::compute(d);
        let dti = ScoreBook::compute_framework(d, "dti");
        let expected: Vec<_> = full
            .cards
            .iter()
            .filter(|c| c.framework == "dti")
            .cloned()
            .collect();
        assert_eq!(dti.cards, expected);
        assert_eq!(
            crate::report::Report::compute(d),
            crate::report::Report::from_scores(d, &full)
        );
    }

    #[test]
    fn repeated_observations_are_found_in_and_out_of_their_run() {
        let spec = SynthSpec {
            provinces: 2,
            years: 2,
            communes: 3,
            commune_indicators: 5,
            seed: 1,
        };
        let duplicates = |d: &Dataset| -> Vec<String> {
            validate(d)
                .into_iter()
                .filter(|i| i.code == crate::IssueCode::Duplicate)
                .map(|i| i.path)
                .collect()
        };
        let mut d = generate(&spec);
        // In its run (same entity and period), right after the original.
        let copy = d.observations[3].clone();
        d.observations.insert(4, copy);
        // A commune's indicator and a metric, each twice in the last run.
        d.metrics.push(crate::model::Metric {
            code: "m".into(),
            name: Text::default(),
            unit: "count".into(),
            direction: Direction::Higher,
        });
        let mut metric = d.observations.last().unwrap().clone();
        metric.code = "m".into();
        metric.points = None;
        metric.value = Some(Value::Number(1.0));
        let commune = d.observations.last().unwrap().clone();
        d.observations.extend([metric.clone(), commune, metric]);
        let n = d.observations.len();
        assert_eq!(
            duplicates(&d),
            [
                "observations[4]".to_string(),
                format!("observations[{}]", n - 2),
                format!("observations[{}]", n - 1),
            ]
        );
        // Out of its run: the first observation again at the end.
        let first = d.observations[0].clone();
        d.observations.push(first);
        assert_eq!(
            duplicates(&d),
            [
                "observations[4]".to_string(),
                format!("observations[{}]", n - 2),
                format!("observations[{}]", n - 1),
                format!("observations[{n}]"),
            ]
        );
    }

    #[test]
    fn the_same_spec_gives_the_same_dataset() {
        let spec = SynthSpec {
            provinces: 3,
            years: 2,
            communes: 7,
            commune_indicators: 12,
            seed: 42,
        };
        let a = generate(&spec);
        assert_eq!(a, generate(&spec));
        assert_eq!(a.observations.len(), spec.observation_count());
        assert_eq!(validate(&a), Vec::new());
        let other = generate(&SynthSpec { seed: 43, ..spec });
        assert_ne!(a.observations, other.observations);
    }
}
