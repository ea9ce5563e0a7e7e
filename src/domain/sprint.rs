//! Sprint rules: capacity against commitment, the scope lock, the burndown
//! and velocity.

use super::{BacklogItem, Id, ItemStatus, ScopeChange, ScopeChangeKind, Sprint, SprintState, TeamMember};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

fn is_workday(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Working days (Mon–Fri) from `start` to `end`, both included.
pub fn workdays(start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let mut out = vec![];
    let mut d = start;
    while d <= end {
        if is_workday(d) {
            out.push(d);
        }
        d += Duration::days(1);
    }
    out
}

/// A member's hours available in the sprint: weekly hours spread over five
/// working days, for each working day of the sprint, less declared time off.
pub fn member_capacity(m: &TeamMember, sprint: &Sprint) -> f64 {
    capacity_between(m, sprint.start, sprint.end)
}

/// A member's hours available from `start` to `end`, both included. Shared
/// by the sprint and the weekly calendar so that both count time off the
/// same way: a day off cannot take away more than that day's hours, and
/// weekend days off take nothing.
pub fn capacity_between(m: &TeamMember, start: NaiveDate, end: NaiveDate) -> f64 {
    let days = workdays(start, end);
    let daily = m.weekly_hours / 5.0;
    let off: f64 =
        m.time_off.iter().filter(|o| o.date >= start && o.date <= end && is_workday(o.date)).map(|o| o.hours.min(daily)).sum();
    (daily * days.len() as f64 - off).max(0.0)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Capacity {
    pub supply: f64,
    pub demand: f64,
    /// (skill, hours the team can give to it, hours the committed items need).
    pub by_skill: Vec<(String, f64, f64)>,
}

impl Capacity {
    pub fn over(&self) -> bool {
        self.demand > self.supply + 1e-9
    }
}

/// Supply (the team's hours) against demand (estimates of the sprint's
/// items). Per skill: a member's hours are shared equally among their
/// skills; an item needs the skills of its assignee (unassigned items count
/// in the total only).
pub fn capacity(team: &[TeamMember], sprint: &Sprint, items: &[BacklogItem]) -> Capacity {
    let committed: Vec<&BacklogItem> = items.iter().filter(|i| i.sprint.as_ref() == Some(&sprint.id)).collect();
    let supply = team.iter().map(|m| member_capacity(m, sprint)).sum();
    let demand = committed.iter().filter_map(|i| i.estimate_hours).sum();
    let mut by_skill: Vec<(String, f64, f64)> = vec![];
    let mut add = |skill: &str, s: f64, d: f64| match by_skill.iter_mut().find(|(k, _, _)| k == skill) {
        Some(e) => {
            e.1 += s;
            e.2 += d;
        }
        None => by_skill.push((skill.to_string(), s, d)),
    };
    for m in team.iter().filter(|m| !m.skills.is_empty()) {
        let share = member_capacity(m, sprint) / m.skills.len() as f64;
        for s in &m.skills {
            add(s, share, 0.0);
        }
    }
    for i in &committed {
        let Some(m) = i.assignee.as_ref().and_then(|a| team.iter().find(|m| &m.id == a)) else { continue };
        if m.skills.is_empty() {
            continue;
        }
        let share = i.estimate_hours.unwrap_or(0.0) / m.skills.len() as f64;
        for s in &m.skills {
            add(s, 0.0, share);
        }
    }
    Capacity { supply, demand, by_skill }
}

/// What adding an item to a sprint means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddRule {
    /// Planned sprint: just add it.
    Free,
    /// Started sprint: offer "next sprint", "backlog", or "add anyway" with a
    /// reason, which is recorded as a scope change.
    Locked,
    /// Closed sprints take nothing.
    Closed,
}

pub fn add_rule(s: &Sprint) -> AddRule {
    match s.state {
        SprintState::Planned => AddRule::Free,
        SprintState::Active => AddRule::Locked,
        SprintState::Closed => AddRule::Closed,
    }
}

/// The scope change to record when an item is forced into, or taken out of,
/// a started sprint.
pub fn scope_change(item: &BacklogItem, kind: ScopeChangeKind, who: &str, reason: &str, on: NaiveDate, at: &str) -> ScopeChange {
    ScopeChange {
        at: at.into(),
        on,
        who: who.into(),
        item: item.id.clone(),
        title: item.title.clone(),
        kind,
        reason: reason.into(),
        hours: item.estimate_hours.unwrap_or(0.0),
    }
}

/// The next sprint after `current` (by start date), if one is planned.
pub fn next_sprint<'a>(sprints: &'a [Sprint], current: &Sprint) -> Option<&'a Sprint> {
    sprints.iter().filter(|s| s.state == SprintState::Planned && s.start > current.start).min_by_key(|s| s.start)
}

#[derive(Clone, Debug, PartialEq)]
pub struct BurndownPoint {
    pub day: NaiveDate,
    /// Hours of work left at the end of the day (None for days to come).
    pub remaining: Option<f64>,
    pub ideal: f64,
    /// Scope changed that day.
    pub scope_changed: bool,
}

/// Remaining estimate per working day, the ideal line from the committed
/// total to zero, and the days scope changed. `today` bounds the actual line.
pub fn burndown(sprint: &Sprint, items: &[BacklogItem], today: NaiveDate) -> Vec<BurndownPoint> {
    let days = workdays(sprint.start, sprint.end);
    let est = |i: &BacklogItem| i.estimate_hours.unwrap_or(0.0);
    let in_sprint: Vec<&BacklogItem> = items.iter().filter(|i| i.sprint.as_ref() == Some(&sprint.id)).collect();
    let added_on = |id: &Id| {
        sprint.scope_changes.iter().filter(|c| &c.item == id && c.kind == ScopeChangeKind::Added).map(|c| c.on).max()
    };
    let removed: Vec<&ScopeChange> = sprint.scope_changes.iter().filter(|c| c.kind == ScopeChangeKind::Removed).collect();
    // Committed at the start: items in the sprint not added later, plus items removed later.
    let committed: f64 = in_sprint.iter().filter(|i| added_on(&i.id).is_none_or(|d| d <= sprint.start)).map(|i| est(i)).sum::<f64>()
        + removed.iter().filter(|c| c.on > sprint.start).map(|c| c.hours).sum::<f64>();
    let n = days.len().max(1);
    days.iter()
        .enumerate()
        .map(|(k, &day)| {
            let ideal = committed * (1.0 - (k as f64 + 1.0) / n as f64);
            let remaining = (day <= today).then(|| {
                let scope: f64 = in_sprint.iter().filter(|i| added_on(&i.id).is_none_or(|d| d <= day)).map(|i| est(i)).sum::<f64>()
                    + removed.iter().filter(|c| c.on > day).map(|c| c.hours).sum::<f64>();
                let done: f64 = in_sprint
                    .iter()
                    .filter(|i| i.status == ItemStatus::Done && i.done_on.is_some_and(|d| d <= day))
                    .map(|i| est(i))
                    .sum();
                (scope - done).max(0.0)
            });
            BurndownPoint { day, remaining, ideal, scope_changed: sprint.scope_changes.iter().any(|c| c.on == day) }
        })
        .collect()
}

/// Hours delivered (done items' estimates) per closed sprint, oldest first.
pub fn velocity(sprints: &[Sprint], items: &[BacklogItem]) -> Vec<(Id, f64)> {
    let mut closed: Vec<&Sprint> = sprints.iter().filter(|s| s.state == SprintState::Closed).collect();
    closed.sort_by_key(|s| s.start);
    closed
        .into_iter()
        .map(|s| {
            let done = items
                .iter()
                .filter(|i| i.sprint.as_ref() == Some(&s.id) && i.status == ItemStatus::Done)
                .filter_map(|i| i.estimate_hours)
                .sum();
            (s.id.clone(), done)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ItemKind, TimeOff};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }
    /// Mon 2 Mar – Fri 13 Mar 2026: 10 working days.
    fn sprint() -> Sprint {
        Sprint::new(Id::from("sp"), "S", "", d(3, 2), d(3, 13), SprintState::Active)
    }
    fn member(id: &str, hours: f64, skills: &[&str]) -> TeamMember {
        TeamMember {
            id: Id::from(id),
            name: id.into(),
            role: String::new(),
            skills: skills.iter().map(|s| s.to_string()).collect(),
            weekly_hours: hours,
            hourly_rate: 0.0,
            time_off: vec![],
        }
    }
    fn item(id: &str, hours: f64, who: &str) -> BacklogItem {
        let mut i = BacklogItem::new(Id::from(id), id, ItemKind::Content);
        i.estimate_hours = Some(hours);
        i.sprint = Some(Id::from("sp"));
        i.assignee = Some(Id::from(who));
        i
    }

    #[test]
    fn capacity_is_weekly_hours_over_the_sprint_less_time_off() {
        let mut m = member("a", 40.0, &["seo", "content"]);
        assert_eq!(member_capacity(&m, &sprint()), 80.0);
        m.time_off = vec![TimeOff { date: d(3, 4), hours: 8.0 }, TimeOff { date: d(3, 7), hours: 8.0 }, TimeOff { date: d(4, 1), hours: 8.0 }];
        assert_eq!(member_capacity(&m, &sprint()), 72.0, "Saturday and April do not count");
        let team = vec![m, member("b", 20.0, &["design"])];
        let items = vec![item("x", 70.0, "a"), item("y", 50.0, "b")];
        let c = capacity(&team, &sprint(), &items);
        assert_eq!((c.supply, c.demand), (112.0, 120.0));
        assert!(c.over());
        assert_eq!(c.by_skill, vec![("seo".into(), 36.0, 35.0), ("content".into(), 36.0, 35.0), ("design".into(), 40.0, 50.0)]);
    }

    #[test]
    fn scope_locks_once_started() {
        let mut s = sprint();
        assert_eq!(add_rule(&s), AddRule::Locked);
        s.state = SprintState::Planned;
        assert_eq!(add_rule(&s), AddRule::Free);
        s.state = SprintState::Closed;
        assert_eq!(add_rule(&s), AddRule::Closed);
        let c = scope_change(&item("x", 6.0, "a"), ScopeChangeKind::Added, "Léa", "CEO request", d(3, 5), "2026-03-05T10:00:00Z");
        assert_eq!((c.hours, c.title.as_str(), c.reason.as_str()), (6.0, "x", "CEO request"));
    }

    #[test]
    fn burndown_follows_done_work_and_marks_scope_changes() {
        let mut s = sprint();
        let mut items = vec![item("a", 10.0, "m"), item("b", 10.0, "m"), item("c", 5.0, "m")];
        items[0].status = ItemStatus::Done;
        items[0].done_on = Some(d(3, 3));
        // c was forced in on the 5th.
        s.scope_changes.push(scope_change(&items[2], ScopeChangeKind::Added, "x", "y", d(3, 5), "t"));
        let b = burndown(&s, &items, d(3, 6));
        assert_eq!(b.len(), 10);
        assert_eq!(b[0].ideal, 18.0);
        assert_eq!(b[9].ideal, 0.0);
        let rem: Vec<Option<f64>> = b.iter().map(|p| p.remaining).collect();
        assert_eq!(&rem[..6], &[Some(20.0), Some(10.0), Some(10.0), Some(15.0), Some(15.0), None]);
        assert!(b[3].scope_changed && !b[2].scope_changed);
    }

    #[test]
    fn velocity_counts_done_hours_per_closed_sprint() {
        let mut s1 = sprint();
        s1.state = SprintState::Closed;
        let mut done = item("a", 8.0, "m");
        done.status = ItemStatus::Done;
        let v = velocity(&[s1], &[done, item("b", 5.0, "m")]);
        assert_eq!(v, vec![(Id::from("sp"), 8.0)]);
    }
}
