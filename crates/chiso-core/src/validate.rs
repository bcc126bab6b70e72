//! Semantic checks of a parsed [`Dataset`]: every problem at once, each with its JSON path.
//!
//! Parsing ([`crate::parse`]) already guarantees the shape; this module checks what types cannot:
//! unique ids, references that resolve, trees that are trees, numbers in range.

use crate::issue::{Issue, IssueCode};
use crate::keyed::{Map, Set};
use crate::limits::MAX_MAGNITUDE;
use crate::model::{
    Comparator, Dataset, EntityKind, Framework, Indicator, Observation, Rule, SourceRef, Value,
    FORMAT_V1,
};
use crate::period::{Date, Period};
use crate::tree::Tree;
use std::fmt::{self, Display};

/// Tolerance for sums of maxima and points (floating-point noise, not data).
const EPS: f64 = 1e-9;

/// All problems of a dataset; empty when it is valid.
pub fn validate(dataset: &Dataset) -> Vec<Issue> {
    let mut v = Validator::new(dataset);
    v.meta();
    v.entities_and_sources();
    v.frameworks();
    v.metrics();
    v.observations();
    v.targets();
    v.budget();
    v.tasks();
    v.figures();
    v.issues
}

struct Validator<'a> {
    d: &'a Dataset,
    issues: Vec<Issue>,
    entities: Map<&'a str, EntityKind>,
    sources: Set<&'a str>,
    frameworks: Map<&'a str, KnownFramework<'a>>,
    /// Number of indicator slots handed out: each framework's indicators get consecutive ones.
    slots: usize,
    metrics: Map<&'a str, &'a str>,
}

impl<'a> Validator<'a> {
    fn new(d: &'a Dataset) -> Self {
        Validator {
            d,
            issues: Vec::new(),
            entities: Map::new(),
            sources: Set::new(),
            frameworks: Map::new(),
            slots: 0,
            metrics: Map::new(),
        }
    }

    /// Records an issue; the path is written out only now.
    fn push(&mut self, code: IssueCode, path: impl Display, found: impl Into<String>) {
        self.issues.push(Issue::at(code, path.to_string(), found));
    }

    fn meta(&mut self) {
        if self.d.format != FORMAT_V1 {
            self.push(IssueCode::UnknownFormat, "format", &self.d.format);
        }
        let meta = &self.d.meta;
        for (field, value) in [("published", &meta.published), ("as_of", &meta.as_of)] {
            if Date::parse(value).is_none() {
                self.push(IssueCode::BadDate, format_args!("meta.{field}"), value);
            }
        }
    }

    fn entities_and_sources(&mut self) {
        for (i, e) in self.d.entities.iter().enumerate() {
            if self.entities.insert(&e.id, e.kind).is_some() {
                self.push(
                    IssueCode::Duplicate,
                    format_args!("entities[{i}].id"),
                    &e.id,
                );
            }
        }
        for (i, s) in self.d.sources.iter().enumerate() {
            if !self.sources.insert(&s.id) {
                self.push(IssueCode::Duplicate, format_args!("sources[{i}].id"), &s.id);
            }
            if !s.date.is_empty() && Date::parse(&s.date).is_none() {
                self.push(
                    IssueCode::BadDate,
                    format_args!("sources[{i}].date"),
                    &s.date,
                );
            }
        }
        let province = &self.d.meta.province;
        match self.entities.get(province.as_str()) {
            None => self.push(IssueCode::UnknownReference, "meta.province", province),
            Some(EntityKind::Province) => {}
            Some(kind) => self.push(
                IssueCode::WrongEntityKind,
                "meta.province",
                format!("{province} ({kind:?})"),
            ),
        }
    }

    /// Whether an entity exists; reports it when not.
    fn entity(&mut self, path: impl Display, id: &str) -> bool {
        let known = self.entities.contains_key(id);
        if !known {
            self.push(IssueCode::UnknownReference, path, id);
        }
        known
    }

    /// Whether a cited source exists; reports it when not.
    fn source(&mut self, path: impl Display, source: &SourceRef) -> bool {
        let known = self.sources.contains(source.id.as_str());
        if !known {
            self.push(
                IssueCode::UnknownReference,
                format_args!("{path}.id"),
                &source.id,
            );
        }
        known
    }

    /// A number that must be finite and not negative (`-0` is zero).
    fn non_negative(&mut self, path: impl Display, x: f64) {
        if !x.is_finite() || x < 0.0 {
            self.push(IssueCode::NegativeOrNonFinite, path, number(x));
        } else {
            self.in_range(path, x);
        }
    }

    fn finite(&mut self, path: impl Display, x: f64) {
        if !x.is_finite() {
            self.push(IssueCode::NegativeOrNonFinite, path, number(x));
        } else {
            self.in_range(path, x);
        }
    }

    /// A finite number no larger in magnitude than [`MAX_MAGNITUDE`].
    fn in_range(&mut self, path: impl Display, x: f64) {
        if x.abs() > MAX_MAGNITUDE {
            self.push(IssueCode::NumberOutOfRange, path, number(x));
        }
    }

    fn percent(&mut self, path: impl Display, x: f64) {
        if !x.is_finite() || !(0.0..=100.0).contains(&x) {
            self.push(IssueCode::PercentOutOfRange, path, number(x));
        }
    }

    fn frameworks(&mut self) {
        let d = self.d;
        let mut seen = Set::new();
        for (f, framework) in d.frameworks.iter().enumerate() {
            let path = format!("frameworks[{f}]");
            if !seen.insert(framework.id.as_str()) {
                self.push(
                    IssueCode::Duplicate,
                    format_args!("{path}.id"),
                    &framework.id,
                );
            }
            if !framework.index_scale.is_finite() || framework.index_scale <= 0.0 {
                self.push(
                    IssueCode::NegativeOrNonFinite,
                    format_args!("{path}.index_scale"),
                    number(framework.index_scale),
                );
            } else {
                self.in_range(format_args!("{path}.index_scale"), framework.index_scale);
            }
            if let Some(source) = &framework.source {
                self.source(format_args!("{path}.source"), source);
            }
            let indicators = JsonPath::Field(&path, "indicators");
            for (i, indicator) in framework.indicators.iter().enumerate() {
                self.indicator(JsonPath::Item(&indicators, i), indicator);
            }
            // First occurrence of each code: checks go on even when the tree is broken.
            let mut codes: Map<&str, usize> = Map::new();
            for (i, x) in framework.indicators.iter().enumerate() {
                codes.get_or_insert_with(x.code.as_str(), || i);
            }
            // Composite scores are means, not sums: their maxima need not add up.
            if framework.method == crate::model::Method::Sum {
                self.children_within_parent(&path, framework, &codes);
            }
            if let Some(c) = framework.min_coverage {
                if !c.is_finite() || !(0.0..=1.0).contains(&c) {
                    self.push(
                        IssueCode::BadRule,
                        format_args!("{path}.min_coverage"),
                        number(c),
                    );
                }
            }
            if let Err(issues) = Tree::build(framework, &path) {
                self.issues.extend(issues);
            }
            let first_slot = self.slots;
            self.slots += framework.indicators.len();
            self.frameworks.insert(
                &framework.id,
                KnownFramework {
                    framework,
                    codes,
                    first_slot,
                },
            );
        }
    }

    fn indicator(&mut self, path: JsonPath<'_>, x: &Indicator) {
        self.non_negative(format_args!("{path}.max"), x.max);
        if let Some(agency) = &x.responsible {
            self.entity(format_args!("{path}.responsible"), agency);
        }
        for (k, agency) in x.coordinating.iter().enumerate() {
            self.entity(format_args!("{path}.coordinating[{k}]"), agency);
        }
        if let Some(f) = x.feasibility {
            if !f.is_finite() || !(0.0..=1.0).contains(&f) {
                self.push(
                    IssueCode::BadRule,
                    format_args!("{path}.feasibility"),
                    number(f),
                );
            }
        }
        if let Some(w) = x.weight {
            self.non_negative(format_args!("{path}.weight"), w);
        }
        if let Some(source) = &x.source {
            self.source(format_args!("{path}.source"), source);
        }
        let rule_path = JsonPath::Field(&path, "rule");
        match &x.rule {
            Rule::Published => {}
            Rule::Linear {
                threshold,
                zero_at,
                source,
                ..
            } => {
                self.finite(format_args!("{rule_path}.threshold"), *threshold);
                self.finite(format_args!("{rule_path}.zero_at"), *zero_at);
                if threshold == zero_at {
                    self.push(
                        IssueCode::BadRule,
                        format_args!("{rule_path}.threshold"),
                        format!("threshold = zero_at = {}", number(*threshold)),
                    );
                }
                if let Some(source) = source {
                    self.source(format_args!("{rule_path}.source"), source);
                }
            }
            Rule::Steps { steps, .. } => {
                if steps.is_empty() {
                    self.push(IssueCode::BadRule, format_args!("{rule_path}.steps"), "[]");
                }
                for (k, step) in steps.iter().enumerate() {
                    self.finite(format_args!("{rule_path}.steps[{k}].at"), step.at);
                    self.points_within(
                        format_args!("{rule_path}.steps[{k}].points"),
                        step.points,
                        x.max,
                    );
                }
            }
            Rule::Categorical { categories, .. } => {
                let mut names = Set::new();
                if categories.is_empty() {
                    self.push(
                        IssueCode::BadRule,
                        format_args!("{rule_path}.categories"),
                        "[]",
                    );
                }
                for (k, c) in categories.iter().enumerate() {
                    if !names.insert(c.value.as_str()) {
                        self.push(
                            IssueCode::Duplicate,
                            format_args!("{rule_path}.categories[{k}].value"),
                            &c.value,
                        );
                    }
                    self.points_within(
                        format_args!("{rule_path}.categories[{k}].points"),
                        c.points,
                        x.max,
                    );
                }
            }
        }
    }

    fn points_within(&mut self, path: impl Display, points: f64, max: f64) {
        if !points.is_finite() || points < 0.0 || points > max + EPS {
            self.push(
                IssueCode::PointsOutOfRange,
                path,
                format!("{} (max {})", number(points), number(max)),
            );
        } else {
            self.in_range(path, points);
        }
    }

    fn children_within_parent(
        &mut self,
        path: &str,
        framework: &Framework,
        codes: &Map<&str, usize>,
    ) {
        let mut sums: Vec<Option<f64>> = vec![None; framework.indicators.len()];
        for x in &framework.indicators {
            let parent = x.parent.as_deref().and_then(|p| codes.get(p));
            if let Some(slot) = parent.and_then(|&p| sums.get_mut(p)) {
                *slot = Some(slot.unwrap_or(0.0) + x.max);
            }
        }
        for (i, sum) in sums.into_iter().enumerate() {
            let (Some(sum), Some(parent)) = (sum, framework.indicators.get(i)) else {
                continue;
            };
            if sum > parent.max + EPS * sum.abs().max(1.0) {
                self.push(
                    IssueCode::ChildrenExceedParent,
                    format_args!("{path}.indicators[{i}].max"),
                    format!(
                        "{}: children {} > max {}",
                        parent.code,
                        number(sum),
                        number(parent.max)
                    ),
                );
            }
        }
    }

    fn metrics(&mut self) {
        for (i, m) in self.d.metrics.iter().enumerate() {
            if self.metrics.insert(&m.code, &m.unit).is_some() || m.code.contains(':') {
                self.push(
                    IssueCode::Duplicate,
                    format_args!("metrics[{i}].code"),
                    &m.code,
                );
            }
        }
    }

    /// The indicator an observation code names, if it is a framework code.
    fn lookup(&self, code: &str) -> Lookup<'a> {
        // `split_once(':')`, without setting up a char searcher for every observation.
        let colon = code.bytes().position(|b| b == b':');
        if let Some((framework, indicator)) = colon.and_then(|at| code.split_at_checked(at)) {
            let indicator = indicator.get(1..).unwrap_or_default();
            let Some(known) = self.frameworks.get(framework) else {
                return Lookup::Missing;
            };
            let found = known.codes.get(indicator).and_then(|&i| {
                let x = known.framework.indicators.get(i)?;
                Some(Lookup::Indicator(x, known.first_slot + i))
            });
            found.unwrap_or(Lookup::Missing)
        } else {
            match self.metrics.get(code) {
                Some(unit) => Lookup::Metric(unit),
                None => Lookup::Missing,
            }
        }
    }

    fn observations(&mut self) {
        let d = self.d;
        // Repeated (code, entity, period). Hashing the three texts of every observation was most
        // of the time spent validating a national file. Files list observations in runs of one
        // entity and period: when no (entity, period) comes back after its run, a repeat can only
        // be in the current run, where an indicator is recognised by its slot (stamped with the
        // run's number) and any other code by its text. Otherwise every key is hashed.
        let in_runs = runs_are_contiguous(&d.observations);
        let mut keys = Set::new();
        let mut stamps = vec![0_usize; if in_runs { self.slots } else { 0 }];
        let mut run: Option<(&str, &str)> = None;
        let mut run_number = 0_usize;
        let mut run_codes: Set<&str> = Set::new();
        // Runs of observations share their entity and source: the last ones found are not
        // looked up again (unknown ones are, so that each is reported).
        let mut known_entity: Option<&str> = None;
        let mut known_source: Option<&str> = None;
        let mut known_period: Option<&str> = None;
        for (i, o) in d.observations.iter().enumerate() {
            let path = JsonPath::Item(&"observations", i);
            let lookup = self.lookup(&o.code);
            let repeated = if in_runs {
                let key = (o.entity.as_str(), o.period.as_str());
                if run != Some(key) {
                    run = Some(key);
                    run_number += 1;
                    run_codes.clear();
                }
                let stamp = match lookup {
                    Lookup::Indicator(_, slot) => stamps.get_mut(slot),
                    _ => None,
                };
                match stamp {
                    Some(stamp) => std::mem::replace(stamp, run_number) == run_number,
                    None => !run_codes.insert(o.code.as_str()),
                }
            } else {
                !keys.insert((o.code.as_str(), o.entity.as_str(), o.period.as_str()))
            };
            if repeated {
                self.push(
                    IssueCode::Duplicate,
                    path,
                    format!("{} / {} / {}", o.code, o.entity, o.period),
                );
            }
            if known_entity != Some(o.entity.as_str())
                && self.entity(format_args!("{path}.entity"), &o.entity)
            {
                known_entity = Some(&o.entity);
            }
            if known_source != Some(o.source.id.as_str())
                && self.source(format_args!("{path}.source"), &o.source)
            {
                known_source = Some(&o.source.id);
            }
            if known_period != Some(o.period.as_str()) {
                if Period::parse(&o.period).is_some() {
                    known_period = Some(&o.period);
                } else {
                    self.push(
                        IssueCode::BadPeriod,
                        format_args!("{path}.period"),
                        &o.period,
                    );
                }
            }
            let (unit, indicator) = match lookup {
                Lookup::Missing => {
                    self.push(
                        IssueCode::UnknownReference,
                        format_args!("{path}.code"),
                        &o.code,
                    );
                    (None, None)
                }
                Lookup::Indicator(x, _) => (x.unit.as_deref(), Some(x)),
                Lookup::Metric(unit) => (Some(unit), None),
            };
            match &o.value {
                Some(Value::Number(x)) if unit == Some("%") => {
                    self.percent(format_args!("{path}.value"), *x)
                }
                Some(Value::Number(x)) => self.finite(format_args!("{path}.value"), *x),
                Some(Value::Category(c)) => match indicator.map(|x| &x.rule) {
                    Some(Rule::Categorical { categories, .. })
                        if !categories.iter().any(|k| &k.value == c) =>
                    {
                        self.push(IssueCode::UnknownReference, format_args!("{path}.value"), c);
                    }
                    // A rule that scores numbers cannot score text (`"NaN"`, `"12"`).
                    Some(Rule::Linear { .. } | Rule::Steps { .. }) => {
                        self.push(IssueCode::NotANumber, format_args!("{path}.value"), c);
                    }
                    _ => {}
                },
                None => {}
            }
            if let Some(points) = o.points {
                let max = indicator.map_or(f64::INFINITY, |x| x.max);
                let max = o.stated_max.map_or(max, |stated| stated.max(max));
                self.points_within(format_args!("{path}.points"), points, max);
            }
            if let Some(stated) = o.stated_max {
                self.non_negative(format_args!("{path}.stated_max"), stated);
            }
            match (o.rank, o.rank_of) {
                (Some(0), _) => {
                    self.push(IssueCode::RankOutOfRange, format_args!("{path}.rank"), "0");
                }
                (Some(rank), Some(of)) if rank > of => self.push(
                    IssueCode::RankOutOfRange,
                    format_args!("{path}.rank"),
                    format!("{rank} of {of}"),
                ),
                _ => {}
            }
        }
    }

    fn targets(&mut self) {
        let d = self.d;
        let mut ids = Set::new();
        for (i, t) in d.targets.iter().enumerate() {
            let path = JsonPath::Item(&"targets", i);
            if !ids.insert(&t.id) {
                self.push(IssueCode::Duplicate, format_args!("{path}.id"), &t.id);
            }
            self.source(format_args!("{path}.source"), &t.source);
            for (k, lead) in t.lead.iter().enumerate() {
                self.entity(format_args!("{path}.lead[{k}]"), lead);
            }
            match (t.comparator, t.value) {
                (Comparator::Qualitative, _) => {}
                (_, None) => self.push(IssueCode::MissingValue, format_args!("{path}.value"), ""),
                (_, Some(x)) => self.finite(format_args!("{path}.value"), x),
            }
            if t.comparator == Comparator::Range {
                match (t.value, t.value_max) {
                    (Some(lo), Some(hi)) if hi >= lo => {}
                    (_, hi) => self.push(
                        IssueCode::MissingValue,
                        format_args!("{path}.value_max"),
                        hi.map(number).unwrap_or_default(),
                    ),
                }
            }
            if t.comparator == Comparator::RankTop && t.value.is_some_and(|x| x < 1.0) {
                self.push(
                    IssueCode::RankOutOfRange,
                    format_args!("{path}.value"),
                    t.value.map(number).unwrap_or_default(),
                );
            }
            if !(1900..=2200).contains(&t.deadline) {
                self.push(
                    IssueCode::BadPeriod,
                    format_args!("{path}.deadline"),
                    t.deadline.to_string(),
                );
            }
            if let Some(b) = &t.baseline {
                self.finite(format_args!("{path}.baseline.value"), b.value);
                if let Some(source) = &b.source {
                    self.source(format_args!("{path}.baseline.source"), source);
                }
            }
            if let Some(m) = &t.measure {
                if matches!(self.lookup(&m.code), Lookup::Missing) {
                    self.push(
                        IssueCode::UnknownReference,
                        format_args!("{path}.measure.code"),
                        &m.code,
                    );
                }
            }
        }
    }

    fn budget(&mut self) {
        let d = self.d;
        let mut lines = Map::new();
        for (i, line) in d.budget.iter().enumerate() {
            let path = JsonPath::Item(&"budget", i);
            if lines.insert(line.id.as_str(), line).is_some() {
                self.push(IssueCode::Duplicate, format_args!("{path}.id"), &line.id);
            }
            if Period::parse(&line.period).is_none() {
                self.push(
                    IssueCode::BadPeriod,
                    format_args!("{path}.period"),
                    &line.period,
                );
            }
            if let Some(recipient) = &line.recipient {
                self.entity(format_args!("{path}.recipient"), recipient);
            }
            self.source(format_args!("{path}.source"), &line.source);
            for (field, amount) in [
                ("planned", line.planned),
                ("allocated", line.allocated),
                ("disbursed", line.disbursed),
                ("budget_total", line.budget_total),
            ] {
                if let Some(x) = amount {
                    self.non_negative(format_args!("{path}.{field}"), x);
                }
            }
            if let (Some(allocated), Some(disbursed)) = (line.allocated, line.disbursed) {
                if disbursed > allocated + EPS {
                    self.push(
                        IssueCode::DisbursedExceedsAllocated,
                        format_args!("{path}.disbursed"),
                        format!("{} > {}", number(disbursed), number(allocated)),
                    );
                }
            }
            for (field, pct) in [
                ("share_of_budget_pct", line.stated.share_of_budget_pct),
                ("disbursement_pct", line.stated.disbursement_pct),
                ("allocation_pct", line.stated.allocation_pct),
            ] {
                if let Some(x) = pct {
                    self.percent(format_args!("{path}.stated.{field}"), x);
                }
            }
        }
        let mut months = Set::new();
        let mut last: Map<&str, (u32, f64, f64)> = Map::new();
        for (i, m) in d.disbursement.iter().enumerate() {
            let path = JsonPath::Item(&"disbursement", i);
            if !lines.contains_key(m.line.as_str()) {
                self.push(
                    IssueCode::UnknownReference,
                    format_args!("{path}.line"),
                    &m.line,
                );
            }
            if !months.insert((&m.line, m.month)) {
                self.push(
                    IssueCode::Duplicate,
                    path,
                    format!("{} month {}", m.line, m.month),
                );
            }
            if !(1..=12).contains(&m.month) {
                self.push(
                    IssueCode::BadMonth,
                    format_args!("{path}.month"),
                    m.month.to_string(),
                );
            }
            self.source(format_args!("{path}.source"), &m.source);
            for (field, amount) in [
                ("planned_cumulative", m.planned_cumulative),
                ("disbursed_cumulative", m.disbursed_cumulative),
            ] {
                if let Some(x) = amount {
                    self.non_negative(format_args!("{path}.{field}"), x);
                }
            }
            if let (Some(line), Some(done)) = (lines.get(m.line.as_str()), m.disbursed_cumulative) {
                if let Some(allocated) = line.allocated {
                    if done > allocated + EPS {
                        self.push(
                            IssueCode::DisbursedExceedsAllocated,
                            format_args!("{path}.disbursed_cumulative"),
                            format!("{} > {}", number(done), number(allocated)),
                        );
                    }
                }
            }
            let entry = last.get_or_insert_with(m.line.as_str(), || (0, 0.0, 0.0));
            if m.month > entry.0 {
                let planned = m.planned_cumulative.unwrap_or(entry.1);
                let done = m.disbursed_cumulative.unwrap_or(entry.2);
                if planned + EPS < entry.1 || done + EPS < entry.2 {
                    self.issues.push(Issue::at(
                        IssueCode::NotCumulative,
                        path.to_string(),
                        format!("{} month {}", m.line, m.month),
                    ));
                }
                *entry = (m.month, planned, done);
            }
        }
    }

    fn tasks(&mut self) {
        let d = self.d;
        let mut ids = Set::new();
        for (i, t) in d.tasks.iter().enumerate() {
            let path = JsonPath::Item(&"tasks", i);
            if !ids.insert(&t.id) {
                self.push(IssueCode::Duplicate, format_args!("{path}.id"), &t.id);
            }
            if t.lead.is_empty() {
                self.push(IssueCode::MissingValue, format_args!("{path}.lead"), "[]");
            }
            for (k, lead) in t.lead.iter().enumerate() {
                self.entity(format_args!("{path}.lead[{k}]"), lead);
            }
            for (k, c) in t.coordinators.iter().enumerate() {
                self.entity(format_args!("{path}.coordinators[{k}]"), c);
            }
            self.source(format_args!("{path}.source"), &t.source);
        }
    }

    fn figures(&mut self) {
        let d = self.d;
        let ids: Set<&str> = d.figures.iter().map(|f| f.id.as_str()).collect();
        let mut seen = Set::new();
        for (i, f) in d.figures.iter().enumerate() {
            let path = JsonPath::Item(&"figures", i);
            if !seen.insert(f.id.as_str()) {
                self.push(IssueCode::Duplicate, format_args!("{path}.id"), &f.id);
            }
            if f.unit == "%" {
                self.percent(format_args!("{path}.value"), f.value);
            } else {
                self.finite(format_args!("{path}.value"), f.value);
            }
            for (k, part) in f.parts.iter().enumerate() {
                self.finite(format_args!("{path}.parts[{k}].value"), part.value);
            }
            for (k, other) in f.also_stated.iter().enumerate() {
                self.finite(format_args!("{path}.also_stated[{k}].value"), other.value);
                self.source(
                    format_args!("{path}.also_stated[{k}].source"),
                    &other.source,
                );
            }
            if let Some(ratio) = &f.ratio {
                for (field, id) in [
                    ("numerator", &ratio.numerator),
                    ("denominator", &ratio.denominator),
                ] {
                    if !ids.contains(id.as_str()) {
                        self.push(
                            IssueCode::UnknownReference,
                            format_args!("{path}.ratio.{field}"),
                            id,
                        );
                    }
                }
                self.finite(format_args!("{path}.ratio.scale"), ratio.scale);
            }
            self.source(format_args!("{path}.source"), &f.source);
        }
    }
}

/// A JSON path, written out only when an issue needs it: most items of a large file have none,
/// and formatting every path eagerly cost more than all the checks together.
#[derive(Clone, Copy)]
enum JsonPath<'p> {
    /// `{parent}[{index}]`.
    Item(&'p dyn Display, usize),
    /// `{parent}.{name}`.
    Field(&'p dyn Display, &'static str),
}

impl Display for JsonPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonPath::Item(parent, index) => write!(f, "{parent}[{index}]"),
            JsonPath::Field(parent, name) => write!(f, "{parent}.{name}"),
        }
    }
}

/// A framework as observation codes see it.
struct KnownFramework<'a> {
    framework: &'a Framework,
    /// Position of the first indicator with each code.
    codes: Map<&'a str, usize>,
    /// Slot of the first indicator (see [`Validator::slots`]).
    first_slot: usize,
}

/// Whether every (entity, period) of the observations forms a single run.
fn runs_are_contiguous(observations: &[Observation]) -> bool {
    let mut started = Set::new();
    let mut run = None;
    for o in observations {
        let key = (o.entity.as_str(), o.period.as_str());
        if run != Some(key) {
            if !started.insert(key) {
                return false;
            }
            run = Some(key);
        }
    }
    true
}

#[derive(Clone, Copy)]
enum Lookup<'a> {
    Missing,
    /// An indicator and its slot.
    Indicator(&'a Indicator, usize),
    Metric(&'a str),
}

/// A number as the file would spell it (`NaN` and infinities included).
fn number(x: f64) -> String {
    crate::format::decimal::shortest(x)
}
