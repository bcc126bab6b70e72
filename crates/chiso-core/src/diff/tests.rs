#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::type_complexity
)]

use super::*;
use crate::model::{Task, TaskStatus, Value as Raw};
use crate::score::Rank;

fn mini() -> Dataset {
    crate::load(include_str!("../../tests/fixtures/mini.json")).unwrap()
}

fn observation<'a>(
    d: &'a mut Dataset,
    code: &str,
    entity: &str,
) -> &'a mut crate::model::Observation {
    d.observations
        .iter_mut()
        .find(|o| o.code == code && o.entity == entity)
        .unwrap()
}

#[test]
fn the_same_file_has_no_changes() {
    let d = mini();
    let diff = Diff::compute(&d, &d);
    assert!(diff.changes.is_empty());
    assert!(diff.combined.is_empty());
}

#[test]
fn a_changed_value_moves_points_up_the_tree_and_the_rank() {
    let old = mini();
    let mut new = old.clone();
    observation(&mut new, "dti:1.1", "p").value = Some(Raw::Number(50.0));
    let diff = Diff::compute(&old, &new);
    assert_eq!(diff.changes.len(), 1);
    let c = &diff.changes[0];
    assert_eq!(
        (c.section, c.status),
        (Section::Observation, Status::Changed)
    );
    assert_eq!(c.key, "dti:1.1 / p / 2025");
    assert_eq!(c.fields.len(), 1);
    assert_eq!(c.fields[0].field, "value");
    assert_eq!(
        (c.fields[0].before.as_f64(), c.fields[0].after.as_f64()),
        (Some(25.0), Some(50.0))
    );
    let points: Vec<(&str, Option<f64>, Option<f64>, Option<f64>)> = c
        .effects
        .iter()
        .filter_map(|e| match e {
            Effect::Points {
                code,
                before,
                after,
                change,
                ..
            } => Some((code.as_str(), *before, *after, *change)),
            _ => None,
        })
        .collect();
    assert_eq!(
        points,
        vec![
            ("DTI", Some(53.0), Some(78.0), Some(25.0)),
            ("1", Some(33.0), Some(58.0), Some(25.0)),
            ("1.1", Some(25.0), Some(50.0), Some(25.0)),
        ]
    );
    assert!(c.effects.contains(&Effect::Rank {
        framework: "dti".into(),
        entity: "p".into(),
        period: "2025".into(),
        code: "DTI".into(),
        before: Some(Rank { rank: 2, of: 3 }),
        after: Some(Rank { rank: 1, of: 3 }),
    }));
    // DOST holds 1.1: its points move, and it overtakes the police.
    assert!(c.effects.iter().any(
        |e| matches!(e, Effect::Agency { agency, points_before, points_after, .. }
        if agency == "dost" && *points_before == 25.0 && *points_after == 50.0)
    ));
}

#[test]
fn a_peer_total_moves_the_province_rank_but_not_its_points() {
    let old = mini();
    let mut new = old.clone();
    observation(&mut new, "dti:DTI", "r").points = Some(60.0);
    let diff = Diff::compute(&old, &new);
    let c = &diff.changes[0];
    assert!(!c
        .effects
        .iter()
        .any(|e| matches!(e, Effect::Points { entity, .. } if entity == "p")));
    assert!(c.effects.iter().any(
        |e| matches!(e, Effect::Points { entity, code, .. } if entity == "r" && code == "DTI")
    ));
    assert!(c.effects.iter().any(|e| matches!(e, Effect::Rank { entity, after: Some(Rank { rank: 3, of: 3 }), .. } if entity == "p")));
}

#[test]
fn each_change_is_an_entry_with_its_own_effects_and_combined_adds_them() {
    let old = mini();
    let mut new = old.clone();
    observation(&mut new, "dti:1.1", "p").value = Some(Raw::Number(50.0));
    observation(&mut new, "dti:1.2", "p").points = Some(10.0);
    let diff = Diff::compute(&old, &new);
    assert_eq!(diff.changes.len(), 2);
    let total = |effects: &[Effect]| {
        effects.iter().find_map(|e| match e {
            Effect::Points { code, change, .. } if code == "DTI" => *change,
            _ => None,
        })
    };
    assert_eq!(total(&diff.changes[0].effects), Some(25.0));
    assert_eq!(total(&diff.changes[1].effects), Some(2.0));
    assert_eq!(total(&diff.combined), Some(27.0));
}

#[test]
fn added_and_removed_inputs_and_task_statuses() {
    let old = mini();
    let mut new = old.clone();
    new.observations.retain(|o| o.code != "dti:2.2");
    new.tasks.push(Task {
        id: "t1".into(),
        number: "1".into(),
        group: None,
        title: crate::model::Text {
            vi: "Nhiệm vụ".into(),
            en: String::new(),
        },
        lead: vec!["dost".into()],
        coordinators: Vec::new(),
        deadline: "6/2025".into(),
        status: None,
        output: None,
        note: None,
        source: crate::model::SourceRef {
            id: "s".into(),
            section: String::new(),
        },
    });
    let diff = Diff::compute(&old, &new);
    let statuses: Vec<(Section, Status)> =
        diff.changes.iter().map(|c| (c.section, c.status)).collect();
    assert_eq!(
        statuses,
        vec![
            (Section::Observation, Status::Removed),
            (Section::Task, Status::Added)
        ]
    );
    // A task due 6/2025 and not done is overdue on 2026-04-24.
    assert!(diff.changes[1].effects.contains(&Effect::Task {
        id: "t1".into(),
        before: None,
        after: Some(true)
    }));

    let mut done = new.clone();
    done.tasks[0].status = Some(TaskStatus::Done);
    let diff = Diff::compute(&new, &done);
    assert_eq!(diff.changes.len(), 1);
    assert_eq!(diff.changes[0].fields[0].field, "status");
    assert!(diff.changes[0].effects.contains(&Effect::Task {
        id: "t1".into(),
        before: Some(true),
        after: Some(false)
    }));
}

#[test]
fn the_json_is_one_entry_per_change_with_effects_inside() {
    let old = mini();
    let mut new = old.clone();
    observation(&mut new, "dti:1.2", "p").points = Some(10.0);
    let json = serde_json::to_value(Diff::compute(&old, &new)).unwrap();
    assert_eq!(json.as_object().unwrap().len(), 1);
    assert_eq!(json["changes"][0]["section"], "observation");
    assert_eq!(json["changes"][0]["effects"][0]["kind"], "points");
}

#[test]
fn a_later_as_of_date_makes_tasks_overdue_and_a_new_maximum_moves_points() {
    let old = mini();
    let mut new = old.clone();
    new.tasks.push(Task {
        id: "t1".into(),
        number: String::new(),
        group: None,
        title: crate::model::Text {
            vi: "Nhiệm vụ".into(),
            en: String::new(),
        },
        lead: vec!["dost".into()],
        coordinators: Vec::new(),
        deadline: "12/2026".into(),
        status: None,
        output: None,
        note: None,
        source: crate::model::SourceRef {
            id: "s".into(),
            section: String::new(),
        },
    });
    let mut later = new.clone();
    later.meta.as_of = "2027-01-15".into();
    let diff = Diff::compute(&new, &later);
    assert_eq!(diff.changes.len(), 1);
    assert_eq!(
        (diff.changes[0].section, diff.changes[0].key.as_str()),
        (Section::Meta, "meta")
    );
    assert_eq!(diff.changes[0].fields[0].field, "as_of");
    assert!(diff.changes[0].effects.contains(&Effect::Task {
        id: "t1".into(),
        before: Some(false),
        after: Some(true)
    }));

    let mut threshold = old.clone();
    if let crate::model::Rule::Linear { threshold: t, .. } =
        &mut threshold.frameworks[0].indicators[2].rule
    {
        *t = 25.0;
    }
    let diff = Diff::compute(&old, &threshold);
    assert_eq!(diff.changes.len(), 1);
    assert_eq!(
        (diff.changes[0].section, diff.changes[0].key.as_str()),
        (Section::Indicator, "dti:1.1")
    );
    assert_eq!(diff.changes[0].fields[0].field, "rule.threshold");
    assert!(diff.changes[0].effects.iter().any(
        |e| matches!(e, Effect::Points { code, after: Some(a), .. } if code == "1.1" && *a == 50.0)
    ));
}
