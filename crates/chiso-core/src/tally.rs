//! Counts over the report that front ends show next to it (the CLI and the widget print the same).

use crate::tasks::TaskReport;

/// How many tasks are past their due date without a report of completion (each task once, even
/// when it has joint leads — summing [`crate::tasks::LeadSummary::overdue`] would count it twice).
pub fn overdue_tasks(tasks: &TaskReport) -> usize {
    tasks.tasks.iter().filter(|t| t.overdue).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tasks::{Deadline, TaskState};

    #[test]
    fn a_task_with_two_leads_is_overdue_once() {
        let state = |id: &str, overdue| TaskState {
            id: id.into(),
            deadline: Deadline::Unknown,
            status: None,
            overdue,
            days_left: None,
        };
        let report = TaskReport {
            as_of: None,
            tasks: vec![state("a", true), state("b", false), state("c", true)],
            leads: vec![],
        };
        assert_eq!(overdue_tasks(&report), 2);
    }
}
