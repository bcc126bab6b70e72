//! Task deadlines as published (`6/2025`, `Quý II/2026`, `Trước 15/5/2026`, `Thường xuyên`...),
//! overdue tasks, and the count of tasks per lead agency by status.

use crate::model::{Dataset, Task, TaskStatus};
use crate::period::Date;
use serde::Serialize;

/// A deadline read from its published wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Deadline {
    /// Due on a date (the end of the month, quarter or year named).
    Due {
        /// Last day allowed.
        due: Date,
        /// First year of a period such as `2025 - 2026`.
        from_year: Option<i32>,
    },
    /// Ongoing work, no due date (`Thường xuyên`).
    Ongoing,
    /// Recurs every year (`Hàng năm`, `2025 và những năm tiếp theo`).
    Annual {
        /// First year, when stated.
        from_year: Option<i32>,
    },
    /// Not stated or not readable.
    Unknown,
}

fn roman_quarter(text: &str) -> Option<u32> {
    match text.trim() {
        "I" | "1" => Some(1),
        "II" | "2" => Some(2),
        "III" | "3" => Some(3),
        "IV" | "4" => Some(4),
        _ => None,
    }
}

fn int<T: TryFrom<u64>>(text: &str) -> Option<T> {
    let t = text.trim();
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| crate::num::unsigned(t))
        .flatten()
}

/// `M/YYYY` → end of month; `D/M/YYYY` → that day; `YYYY` → end of year.
fn date_like(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.trim().split('/').collect();
    match parts.as_slice() {
        [y] => Date::new(int(y)?, 12, 31),
        [m, y] => Date::end_of_month(int(y)?, int(m)?),
        [d, m, y] => Date::new(int(y)?, int(m)?, int(d)?),
        _ => None,
    }
}

impl Deadline {
    /// Reads a published deadline; anything unreadable is [`Deadline::Unknown`].
    pub fn parse(text: &str) -> Deadline {
        let t = text.trim();
        // Vietnamese and ASCII letters lowercased as `str::to_lowercase` does, without its
        // tables; the words matched below are made of those letters only.
        let lower = crate::format::lowercase(t);
        if lower.is_empty() {
            return Deadline::Unknown;
        }
        if lower.starts_with("thường xuyên") || lower == "ongoing" {
            return Deadline::Ongoing;
        }
        if lower.starts_with("hàng năm") || lower.starts_with("hằng năm") || lower == "annually"
        {
            return Deadline::Annual { from_year: None };
        }
        if let Some(first) = before(&lower, "và những năm tiếp theo") {
            return Deadline::Annual {
                from_year: int(first),
            };
        }
        let due = |d: Option<Date>| {
            d.map_or(Deadline::Unknown, |due| Deadline::Due {
                due,
                from_year: None,
            })
        };
        for prefix in [
            "trước ngày",
            "trước",
            "before",
            "tháng",
            "month",
            "năm",
            "year",
        ] {
            if let Some(rest) = lower.strip_prefix(prefix) {
                return due(date_like(rest));
            }
        }
        if let Some(rest) = lower.strip_prefix("quý") {
            let Some((q, y)) = rest.split_once('/') else {
                return Deadline::Unknown;
            };
            // As `to_uppercase` for roman numerals: ASCII, and the dotless `ı` to `I`.
            let q = roman_quarter(&q.to_ascii_uppercase().replace('ı', "I"));
            return due(q
                .zip(int::<i32>(y))
                .and_then(|(q, y)| Date::end_of_month(y, q * 3)));
        }
        if let Some((a, b)) = lower.split_once('-') {
            if let (Some(from), Some(to)) = (int::<i32>(a), int::<i32>(b)) {
                return match Date::new(to, 12, 31) {
                    Some(due) => Deadline::Due {
                        due,
                        from_year: Some(from),
                    },
                    None => Deadline::Unknown,
                };
            }
        }
        due(date_like(&lower))
    }

    /// The due date, when there is one.
    pub fn due(self) -> Option<Date> {
        match self {
            Deadline::Due { due, .. } => Some(due),
            _ => None,
        }
    }
}

/// A task's computed state on the dataset's "as of" date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskState {
    /// Task id.
    pub id: String,
    /// The deadline read.
    pub deadline: Deadline,
    /// Reported status, if any.
    pub status: Option<TaskStatus>,
    /// Due before the as-of date and not reported done.
    pub overdue: bool,
    /// Days from the as-of date to the due date (negative when past).
    pub days_left: Option<i64>,
}

/// The state of one task on `as_of`.
pub fn state(task: &Task, as_of: Option<Date>) -> TaskState {
    let deadline = Deadline::parse(&task.deadline);
    let days_left = deadline
        .due()
        .zip(as_of)
        .map(|(due, today)| today.days_until(due));
    TaskState {
        id: task.id.clone(),
        deadline,
        status: task.status,
        overdue: task.status != Some(TaskStatus::Done) && days_left.is_some_and(|d| d < 0),
        days_left,
    }
}

/// Counts of one lead agency's tasks.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LeadSummary {
    /// Entity id of the lead.
    pub lead: String,
    /// Tasks it leads (joint leads count for each).
    pub total: usize,
    /// Past their due date and not reported done.
    pub overdue: usize,
    /// Due within 90 days of the as-of date.
    pub due_soon: usize,
    /// Ongoing or annual, no single due date.
    pub recurring: usize,
    /// By reported status (`not_reported` when none), in the order of the status names; written
    /// in JSON as an object (`{"done": 2, "late": 1}`).
    #[serde(serialize_with = "as_object")]
    pub by_status: Vec<(String, usize)>,
}

/// Every task's state and the summary per lead agency (most overdue first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskReport {
    /// The date used to judge deadlines.
    pub as_of: Option<Date>,
    /// One per task, in the file's order.
    pub tasks: Vec<TaskState>,
    /// One per lead agency.
    pub leads: Vec<LeadSummary>,
}

impl TaskReport {
    /// Computes the task states on the dataset's `meta.as_of`.
    pub fn compute(dataset: &Dataset) -> TaskReport {
        let as_of = Date::parse(&dataset.meta.as_of);
        let states: Vec<TaskState> = crate::lists::map(&dataset.tasks, |t| state(t, as_of));
        let mut led = Vec::new();
        for (task, s) in dataset.tasks.iter().zip(&states) {
            for lead in &task.lead {
                led.push((lead.as_str(), s));
            }
        }
        let mut leads = Vec::new();
        for (lead, tasks) in crate::order::group_by_key(led, |p| p.0) {
            let mut line = LeadSummary {
                lead: lead.to_string(),
                ..LeadSummary::default()
            };
            let mut statuses = Vec::new();
            for (_, s) in tasks {
                line.total += 1;
                line.overdue += usize::from(s.overdue);
                line.due_soon += usize::from(s.days_left.is_some_and(|d| (0..=90).contains(&d)));
                line.recurring += usize::from(matches!(
                    s.deadline,
                    Deadline::Ongoing | Deadline::Annual { .. }
                ));
                statuses.push(s.status.map_or("not_reported", status_name).to_string());
            }
            line.by_status = crate::order::group_by_key(statuses, String::clone)
                .into_iter()
                .map(|(status, same)| (status, same.len()))
                .collect();
            leads.push(line);
        }
        crate::order::sort_by(&mut leads, |a, b| {
            b.overdue
                .cmp(&a.overdue)
                .then(b.total.cmp(&a.total))
                .then_with(|| a.lead.cmp(&b.lead))
        });
        TaskReport {
            as_of,
            tasks: states,
            leads,
        }
    }
}

/// The text before the first `phrase` in `text`. Not `split_once(phrase)`: the standard
/// library's substring searcher links the panic message of a bad str slice (with `{:?}` of a
/// char and its Unicode tables) into the wasm; deadlines are a few words long.
fn before<'a>(text: &'a str, phrase: &str) -> Option<&'a str> {
    let at = text
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| text.get(i..).is_some_and(|rest| rest.starts_with(phrase)))?;
    text.get(..at)
}

/// The name of a status in the file (its serde name; without building a `serde_json::Value`).
fn status_name(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::Done => "done",
        TaskStatus::OnTrack => "on_track",
        TaskStatus::InProgress => "in_progress",
        TaskStatus::Late => "late",
        TaskStatus::NotStarted => "not_started",
        TaskStatus::Suspended => "suspended",
        TaskStatus::WaitingOnGuidance => "waiting_on_guidance",
    }
}

/// Writes `(name, count)` pairs as a JSON object, as the map they replace did.
fn as_object<S: serde::Serializer>(pairs: &[(String, usize)], out: S) -> Result<S::Ok, S::Error> {
    out.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(y: i32, m: u32, d: u32) -> Deadline {
        Deadline::Due {
            due: Date::new(y, m, d).unwrap(),
            from_year: None,
        }
    }

    #[test]
    fn status_names_are_the_names_in_the_file() {
        use TaskStatus::*;
        for st in [
            Done,
            OnTrack,
            InProgress,
            Late,
            NotStarted,
            Suspended,
            WaitingOnGuidance,
        ] {
            assert_eq!(serde_json::to_value(st).unwrap(), status_name(st));
        }
    }

    #[test]
    fn counts_by_status_are_written_as_a_json_object_in_name_order() {
        let line = LeadSummary {
            lead: "so-tttt".into(),
            by_status: vec![("done".into(), 2), ("late".into(), 1)],
            ..LeadSummary::default()
        };
        let json = serde_json::to_value(&line).unwrap();
        assert_eq!(json["by_status"], serde_json::json!({"done": 2, "late": 1}));
    }

    #[test]
    fn every_deadline_wording_in_the_sources_is_read() {
        assert_eq!(Deadline::parse("6/2025"), due(2025, 6, 30));
        assert_eq!(Deadline::parse("04/2025"), due(2025, 4, 30));
        assert_eq!(Deadline::parse("Tháng 5/2026"), due(2026, 5, 31));
        assert_eq!(Deadline::parse("2025"), due(2025, 12, 31));
        assert_eq!(Deadline::parse("Năm 2030"), due(2030, 12, 31));
        assert_eq!(Deadline::parse("Quý IV/2025"), due(2025, 12, 31));
        assert_eq!(Deadline::parse("Quý II/2026"), due(2026, 6, 30));
        assert_eq!(Deadline::parse("Trước 15/5/2026"), due(2026, 5, 15));
        assert_eq!(Deadline::parse("Năm 2026"), due(2026, 12, 31));
        assert_eq!(Deadline::parse("Thường xuyên"), Deadline::Ongoing);
        assert_eq!(
            Deadline::parse("Hàng năm"),
            Deadline::Annual { from_year: None }
        );
        assert_eq!(
            Deadline::parse("2025 và những năm tiếp theo"),
            Deadline::Annual {
                from_year: Some(2025)
            }
        );
        for period in ["2025 - 2026", "2025-2026"] {
            assert_eq!(
                Deadline::parse(period),
                Deadline::Due {
                    due: Date::new(2026, 12, 31).unwrap(),
                    from_year: Some(2025)
                }
            );
        }
        assert_eq!(Deadline::parse(""), Deadline::Unknown);
        assert_eq!(Deadline::parse("sớm"), Deadline::Unknown);
        assert_eq!(Deadline::parse("13/2025"), Deadline::Unknown);
    }

    #[test]
    fn a_task_due_in_june_2025_is_overdue_in_april_2026_unless_done() {
        let mut task = Task {
            id: "t".into(),
            number: "1".into(),
            group: None,
            title: crate::model::Text::default(),
            lead: vec!["a".into()],
            coordinators: vec![],
            deadline: "6/2025".into(),
            status: None,
            output: None,
            note: None,
            source: crate::model::SourceRef {
                id: "s".into(),
                section: String::new(),
            },
        };
        let today = Date::new(2026, 4, 24);
        assert!(state(&task, today).overdue);
        task.status = Some(TaskStatus::Done);
        assert!(!state(&task, today).overdue);
        task.status = None;
        task.deadline = "Thường xuyên".into();
        assert!(!state(&task, today).overdue);
    }
}
