//! Sprint rules: capacity against commitment, the scope lock, the burndown
//! and velocity.

use super::ops::{Coll, Op, Record};
use super::{BacklogItem, Id, ItemKind, ItemStatus, Retro, ScopeChange, ScopeChangeKind, Sprint, SprintState, TeamMember, Workspace};
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
    let daily = daily_hours(m.weekly_hours);
    let off: f64 = m
        .time_off
        .iter()
        .filter(|o| o.date >= start && o.date <= end && is_workday(o.date))
        .map(|o| day_off_counts(m.weekly_hours, o.hours))
        .sum();
    (daily * days.len() as f64 - off).max(0.0)
}

/// A member's working day: weekly hours over five days (32 h a week: 6.4 h).
pub fn daily_hours(weekly_hours: f64) -> f64 {
    weekly_hours / 5.0
}

/// What a day off of `hours` takes from the capacity of a member working
/// `weekly_hours` a week: no more than their working day. 8 h off for a
/// member of 32 h a week takes 6.4 h (a whole day off, not more).
pub fn day_off_counts(weekly_hours: f64, hours: f64) -> f64 {
    hours.min(daily_hours(weekly_hours))
}

/// The most a day off counts for this member, when `hours` is more than
/// that (the time-off form says so at the field); None when it counts in full.
pub fn day_off_capped(weekly_hours: f64, hours: f64) -> Option<f64> {
    (hours.is_finite() && hours > daily_hours(weekly_hours) + 1e-9).then(|| daily_hours(weekly_hours))
}

/// A sprint lasts two weeks at most (DESIGN: sprints of 1 or 2 weeks): from
/// its start to its end, both included, 14 days.
pub const MAX_SPRINT_DAYS: i64 = 14;

/// Why a sprint's dates are refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatesProblem {
    EndBeforeStart,
    /// The end is more than 13 days after the start: longer than two weeks.
    TooLong,
}

/// Whether a sprint may run from `start` to `end`: the end on or after the
/// start, and no more than two weeks in all. Shorter sprints are fine (a
/// week with a holiday, a one-week sprint in a two-week workspace).
pub fn check_dates(start: NaiveDate, end: NaiveDate) -> Result<(), DatesProblem> {
    if end < start {
        return Err(DatesProblem::EndBeforeStart);
    }
    if (end - start).num_days() >= MAX_SPRINT_DAYS {
        return Err(DatesProblem::TooLong);
    }
    Ok(())
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

fn added_on(sprint: &Sprint, id: &Id) -> Option<NaiveDate> {
    sprint.scope_changes.iter().filter(|c| &c.item == id && c.kind == ScopeChangeKind::Added).map(|c| c.on).max()
}

/// Hours committed when the sprint started: its items not added later, plus
/// the items taken out later. Where the burndown and its ideal line begin.
pub fn committed(sprint: &Sprint, items: &[BacklogItem]) -> f64 {
    let in_sprint = items.iter().filter(|i| i.sprint.as_ref() == Some(&sprint.id));
    in_sprint.filter(|i| added_on(sprint, &i.id).is_none_or(|d| d <= sprint.start)).map(|i| i.estimate_hours.unwrap_or(0.0)).sum::<f64>()
        + sprint.scope_changes.iter().filter(|c| c.kind == ScopeChangeKind::Removed && c.on > sprint.start).map(|c| c.hours).sum::<f64>()
}

/// Remaining estimate at the end of each working day, the ideal line from
/// the committed total ([`committed`], at the start of the first day) to
/// zero at the end of the last, and the days scope changed. `today` bounds
/// the actual line.
pub fn burndown(sprint: &Sprint, items: &[BacklogItem], today: NaiveDate) -> Vec<BurndownPoint> {
    let days = workdays(sprint.start, sprint.end);
    let est = |i: &BacklogItem| i.estimate_hours.unwrap_or(0.0);
    let in_sprint: Vec<&BacklogItem> = items.iter().filter(|i| i.sprint.as_ref() == Some(&sprint.id)).collect();
    let added_on = |id: &Id| added_on(sprint, id);
    let removed: Vec<&ScopeChange> = sprint.scope_changes.iter().filter(|c| c.kind == ScopeChangeKind::Removed).collect();
    let committed = committed(sprint, items);
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

/// The Monday of `d`'s week.
pub fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

/// A new sprint after the last one: it starts the Monday after the latest
/// sprint ends (or this week's Monday when that is later, or when there is
/// none), lasts the workspace's sprint length and ends on a Friday. Its name
/// continues the numbering ("Sprint 13" after "Sprint 12").
pub fn propose_next(sprints: &[Sprint], weeks: u8, today: NaiveDate, id: Id) -> Sprint {
    let this_monday = monday_of(today);
    let after_last = sprints.iter().map(|s| monday_of(s.end) + Duration::days(7)).max();
    let start = after_last.map_or(this_monday, |d| d.max(this_monday));
    let end = start + Duration::days(7 * weeks.clamp(1, 2) as i64 - 3);
    let number = sprints
        .iter()
        .filter_map(|s| s.name.rsplit(' ').next()?.parse::<u32>().ok())
        .max()
        .unwrap_or(sprints.len() as u32)
        + 1;
    Sprint::new(id, &format!("Sprint {number}"), "", start, end, SprintState::Planned)
}

/// Why a sprint cannot start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartProblem {
    /// Another sprint is running: close it first (its name).
    AnotherActive(String),
    /// Only a planned sprint starts.
    NotPlanned,
}

pub fn can_start(sprints: &[Sprint], id: &Id) -> Result<(), StartProblem> {
    let Some(s) = sprints.iter().find(|s| &s.id == id) else { return Err(StartProblem::NotPlanned) };
    if s.state != SprintState::Planned {
        return Err(StartProblem::NotPlanned);
    }
    match sprints.iter().find(|o| o.state == SprintState::Active) {
        Some(a) => Err(StartProblem::AnotherActive(a.name.clone())),
        None => Ok(()),
    }
}

/// The sprint a team works in now: the active one, else the next planned
/// one, else the latest.
pub fn current(sprints: &[Sprint]) -> Option<&Sprint> {
    sprints
        .iter()
        .find(|s| s.state == SprintState::Active)
        .or_else(|| sprints.iter().filter(|s| s.state == SprintState::Planned).min_by_key(|s| s.start))
        .or_else(|| sprints.iter().max_by_key(|s| s.start))
}

/// Who changes a started sprint's scope, why, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Why {
    pub who: String,
    pub reason: String,
    pub on: NaiveDate,
    /// RFC 3339 time.
    pub at: String,
}

/// An item with its status changed; moving to done records the day (the
/// burndown counts it from then), moving out of done forgets it.
pub fn with_status(item: &BacklogItem, status: ItemStatus, today: NaiveDate) -> BacklogItem {
    let mut i = item.clone();
    i.status = status;
    i.done_on = match status {
        ItemStatus::Done => item.done_on.filter(|_| item.status == ItemStatus::Done).or(Some(today)),
        _ => None,
    };
    i
}

/// The op that puts an item into a sprint with a status. A started sprint
/// only takes it with a reason (`why`), recorded as a scope change; a closed
/// sprint takes nothing. `None` when the move is not allowed.
pub fn add_to_sprint(ws: &Workspace, item: &Id, sprint: &Id, status: ItemStatus, why: Option<&Why>, today: NaiveDate) -> Option<Op> {
    let it = ws.backlog.iter().find(|i| &i.id == item)?;
    let sp = ws.sprints.iter().find(|s| &s.id == sprint)?;
    let mut moved = with_status(it, status, today);
    moved.sprint = Some(sprint.clone());
    let mut ops = vec![];
    match add_rule(sp) {
        AddRule::Closed => return None,
        AddRule::Locked if it.sprint.as_ref() != Some(sprint) => {
            let w = why?;
            let mut s = sp.clone();
            s.scope_changes.push(scope_change(it, ScopeChangeKind::Added, &w.who, &w.reason, w.on, &w.at));
            ops.push(Op::Replace(Record::Sprint(s)));
        }
        _ => {}
    }
    if let Some(old) = it.sprint.as_ref().filter(|o| *o != sprint) {
        if let Some(op) = record_removal(ws, it, old, why) {
            ops.push(op);
        }
    }
    ops.push(Op::Replace(Record::Item(moved)));
    Some(Op::Batch(ops))
}

/// A scope change "removed" on the item's started sprint, if it is started.
fn record_removal(ws: &Workspace, it: &BacklogItem, sprint: &Id, why: Option<&Why>) -> Option<Op> {
    let sp = ws.sprints.iter().find(|s| &s.id == sprint && s.state == SprintState::Active)?;
    let w = why?;
    let mut s = sp.clone();
    s.scope_changes.push(scope_change(it, ScopeChangeKind::Removed, &w.who, &w.reason, w.on, &w.at));
    Some(Op::Replace(Record::Sprint(s)))
}

/// The op that takes an item out of its sprint, back to the backlog (to
/// do). Taking it out of a started sprint is recorded as a scope change.
pub fn back_to_backlog(ws: &Workspace, item: &Id, why: &Why) -> Option<Op> {
    let it = ws.backlog.iter().find(|i| &i.id == item)?;
    let from = it.sprint.as_ref()?;
    if ws.sprints.iter().any(|s| &s.id == from && s.state == SprintState::Closed) {
        return None;
    }
    let mut moved = with_status(it, ItemStatus::Todo, why.on);
    moved.sprint = None;
    let mut ops: Vec<Op> = record_removal(ws, it, from, Some(why)).into_iter().collect();
    ops.push(Op::Replace(Record::Item(moved)));
    Some(Op::Batch(ops))
}

/// The started sprint an item is in, if any: deleting it changes that
/// sprint's scope, so it is asked about and recorded like taking it out.
pub fn started_sprint_of<'a>(ws: &'a Workspace, item: &Id) -> Option<&'a Sprint> {
    let it = ws.backlog.iter().find(|i| &i.id == item)?;
    let s = it.sprint.as_ref()?;
    ws.sprints.iter().find(|sp| &sp.id == s && sp.state == SprintState::Active)
}

/// Deletes an item; out of a started sprint the deletion is recorded as a
/// scope change (who, when, why, hours), as taking it out would be, so the
/// burndown and the review do not lose hours without a trace.
pub fn delete_recorded(ws: &Workspace, item: &Id, why: &Why) -> Option<Op> {
    let it = ws.backlog.iter().find(|i| &i.id == item)?;
    let mut ops: Vec<Op> = it.sprint.as_ref().and_then(|from| record_removal(ws, it, from, Some(why))).into_iter().collect();
    ops.push(super::portfolio_ops::delete_item(ws, item)?);
    Some(Op::Batch(ops))
}

/// Where an unfinished item goes when its sprint closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CarryTo {
    NextSprint,
    Backlog,
}

/// Closing a sprint: it keeps its review and retrospective and becomes
/// read-only; each unfinished item goes where the team chose (`carry`,
/// default: next sprint). When items go to the next sprint and none is
/// planned, one is created with `next_id`. One op, undone as one step.
pub fn close(ws: &Workspace, sprint: &Id, review: &str, retro: &Retro, carry: &[(Id, CarryTo)], next_id: Id, today: NaiveDate) -> Option<Op> {
    let sp = ws.sprints.iter().find(|s| &s.id == sprint && s.state == SprintState::Active)?;
    let mut closed = sp.clone();
    closed.state = SprintState::Closed;
    closed.review = review.trim().to_string();
    closed.retro = retro.clone();
    let unfinished: Vec<&BacklogItem> =
        ws.backlog.iter().filter(|i| i.sprint.as_ref() == Some(sprint) && i.status != ItemStatus::Done).collect();
    let choice = |id: &Id| carry.iter().find(|(i, _)| i == id).map_or(CarryTo::NextSprint, |(_, c)| *c);
    let mut ops = vec![Op::Replace(Record::Sprint(closed))];
    let next = if unfinished.iter().any(|i| choice(&i.id) == CarryTo::NextSprint) {
        let (id, created) = next_or_new(ws, sp, next_id, today);
        ops.extend(created);
        Some(id)
    } else {
        None
    };
    for i in unfinished {
        let mut moved = i.clone();
        match choice(&i.id) {
            CarryTo::NextSprint => moved.sprint = next.clone(),
            CarryTo::Backlog => {
                moved.sprint = None;
                moved.status = ItemStatus::Todo;
            }
        }
        ops.push(Op::Replace(Record::Item(moved)));
    }
    Some(Op::Batch(ops))
}

/// The planned sprint after `current`, or a new one (with `new_id`) and the
/// op that creates it when none is planned.
fn next_or_new(ws: &Workspace, current: &Sprint, new_id: Id, today: NaiveDate) -> (Id, Option<Op>) {
    match next_sprint(&ws.sprints, current) {
        Some(n) => (n.id.clone(), None),
        None => {
            let n = propose_next(&ws.sprints, ws.settings.sprint_weeks, today, new_id);
            (n.id.clone(), Some(Op::Insert { at: ws.sprints.len(), record: Record::Sprint(n) }))
        }
    }
}

/// "Next sprint" in the scope-lock question: the item goes, to do, into the
/// sprint after `current` (created with `new_id` when none is planned).
pub fn to_next_sprint(ws: &Workspace, item: &Id, current: &Id, new_id: Id, today: NaiveDate) -> Option<Op> {
    let it = ws.backlog.iter().find(|i| &i.id == item)?;
    let sp = ws.sprints.iter().find(|s| &s.id == current)?;
    let (target, created) = next_or_new(ws, sp, new_id, today);
    let mut moved = with_status(it, ItemStatus::Todo, today);
    moved.sprint = Some(target);
    Some(Op::Batch(created.into_iter().chain([Op::Replace(Record::Item(moved))]).collect()))
}

/// A retrospective action turned into a backlog item: a technical
/// improvement tagged "retro", saying where it came from.
pub fn retro_item(id: Id, action: &str, sprint_name: &str) -> BacklogItem {
    let mut i = BacklogItem::new(id, action.trim(), ItemKind::Technical);
    i.tags = vec!["retro".into()];
    i.description = format!("{sprint_name} retrospective");
    i
}

/// Whether a retrospective action is already in the backlog.
pub fn retro_action_in_backlog(items: &[BacklogItem], action: &str) -> bool {
    let a = action.trim();
    items.iter().any(|i| i.title == a && i.tags.iter().any(|t| t == "retro"))
}

/// A board column's count against its optional WIP limit.
pub fn wip_over(count: usize, limit: Option<u32>) -> bool {
    limit.is_some_and(|l| count > l as usize)
}

/// Removing a team member without breaking what refers to them: their
/// items go to `reassign` (or become unassigned), their time blocks go to
/// `reassign` too (or are removed). One op.
pub fn remove_member(ws: &Workspace, member: &Id, reassign: Option<&Id>) -> Option<Op> {
    ws.team.iter().find(|m| &m.id == member)?;
    let mut ops = vec![];
    for i in ws.backlog.iter().filter(|i| i.assignee.as_ref() == Some(member)) {
        let mut c = i.clone();
        c.assignee = reassign.cloned();
        ops.push(Op::Replace(Record::Item(c)));
    }
    for b in ws.time_blocks.iter().filter(|b| &b.member == member) {
        ops.push(match reassign {
            Some(r) => Op::Replace(Record::Block(crate::domain::TimeBlock { member: r.clone(), ..b.clone() })),
            None => Op::Remove { coll: Coll::Blocks, id: b.id.clone() },
        });
    }
    // Past meetings stay readable: the attendee keeps a name and a rate.
    for m in ws.meetings.iter().filter(|m| m.attendees.iter().any(|a| a.member.as_ref() == Some(member))) {
        let mut m = m.clone();
        for a in m.attendees.iter_mut().filter(|a| a.member.as_ref() == Some(member)) {
            a.member = None;
        }
        ops.push(Op::Replace(Record::Meeting(m)));
    }
    ops.push(Op::Remove { coll: Coll::Team, id: member.clone() });
    Some(Op::Batch(ops))
}

/// Deleting a planned sprint puts its items back in the backlog.
pub fn delete_sprint(ws: &Workspace, sprint: &Id) -> Option<Op> {
    ws.sprints.iter().find(|s| &s.id == sprint && s.state == SprintState::Planned)?;
    let mut ops: Vec<Op> = ws
        .backlog
        .iter()
        .filter(|i| i.sprint.as_ref() == Some(sprint))
        .map(|i| Op::Replace(Record::Item(BacklogItem { sprint: None, ..i.clone() })))
        .collect();
    ops.push(Op::Remove { coll: Coll::Sprints, id: sprint.clone() });
    Some(Op::Batch(ops))
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
    fn a_day_off_counts_no_more_than_the_members_working_day() {
        assert_eq!(daily_hours(32.0), 6.4);
        assert_eq!(day_off_counts(32.0, 8.0), 6.4);
        assert_eq!(day_off_counts(32.0, 4.0), 4.0);
        assert_eq!(day_off_capped(32.0, 8.0), Some(6.4));
        assert_eq!(day_off_capped(32.0, 6.4), None, "a whole day is not capped");
        assert_eq!(day_off_capped(40.0, 8.0), None);
        assert_eq!(day_off_capped(32.0, f64::NAN), None);
        // The sprint counts the same: 10 days of 6.4 h, less one whole day.
        let mut m = member("a", 32.0, &[]);
        m.time_off = vec![TimeOff { date: d(3, 4), hours: 8.0 }];
        assert!((member_capacity(&m, &sprint()) - 57.6).abs() < 1e-9);
    }

    #[test]
    fn a_sprint_lasts_two_weeks_at_most() {
        assert_eq!(check_dates(d(3, 2), d(3, 13)), Ok(()), "two working weeks");
        assert_eq!(check_dates(d(3, 2), d(3, 15)), Ok(()), "14 days, both ends included");
        assert_eq!(check_dates(d(3, 2), d(3, 16)), Err(DatesProblem::TooLong));
        assert_eq!(check_dates(d(3, 2), d(4, 2)), Err(DatesProblem::TooLong), "the audit's 32 days");
        assert_eq!(check_dates(d(3, 2), d(3, 6)), Ok(()), "one week");
        assert_eq!(check_dates(d(3, 2), d(3, 4)), Ok(()), "a holiday week");
        assert_eq!(check_dates(d(3, 2), d(3, 2)), Ok(()), "a single day");
        assert_eq!(check_dates(d(3, 2), d(3, 1)), Err(DatesProblem::EndBeforeStart));
        // Every sprint proposed by the app fits.
        for weeks in [0, 1, 2, 3] {
            let s = propose_next(&[], weeks, d(3, 4), Id::from("n"));
            assert_eq!(check_dates(s.start, s.end), Ok(()));
        }
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
        assert_eq!(b[0].ideal, 18.0, "the end of day 1: one tenth done");
        assert_eq!(committed(&s, &items), 20.0, "where the line starts");
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

    fn ws() -> Workspace {
        let mut w = Workspace::empty("t");
        w.team = vec![member("m", 40.0, &["seo"]), member("n", 20.0, &[])];
        w.sprints = vec![sprint()];
        w.backlog = vec![item("a", 4.0, "m"), item("b", 6.0, "m"), BacklogItem::new(Id::from("c"), "c", ItemKind::Feature)];
        w.backlog[2].estimate_hours = Some(3.0);
        w
    }
    fn why() -> Why {
        Why { who: "Léa".into(), reason: "CEO asked".into(), on: d(3, 5), at: "2026-03-05T09:00:00Z".into() }
    }
    fn apply(w: &mut Workspace, f: impl FnOnce(&Workspace) -> Option<Op>) -> Op {
        f(w).expect("allowed").apply(w).expect("applies")
    }

    #[test]
    fn next_sprint_continues_dates_and_numbering() {
        let mut s = sprint();
        s.name = "Sprint 12".into();
        let n = propose_next(&[s], 2, d(3, 4), Id::from("n"));
        assert_eq!((n.name.as_str(), n.start, n.end, n.state), ("Sprint 13", d(3, 16), d(3, 27), SprintState::Planned));
        let first = propose_next(&[], 1, d(3, 4), Id::from("f"));
        assert_eq!((first.name.as_str(), first.start, first.end), ("Sprint 1", d(3, 2), d(3, 6)));
    }

    #[test]
    fn only_one_sprint_runs_at_a_time() {
        let mut w = ws();
        let n = propose_next(&w.sprints, 2, d(3, 4), Id::from("n"));
        w.sprints.push(n);
        assert_eq!(can_start(&w.sprints, &Id::from("n")), Err(StartProblem::AnotherActive("S".into())));
        assert_eq!(can_start(&w.sprints, &Id::from("sp")), Err(StartProblem::NotPlanned));
        w.sprints[0].state = SprintState::Closed;
        assert_eq!(can_start(&w.sprints, &Id::from("n")), Ok(()));
        assert_eq!(current(&w.sprints).map(|s| s.id.as_str()), Some("n"));
    }

    #[test]
    fn a_started_sprint_takes_an_item_only_with_a_reason_and_records_it() {
        let mut w = ws();
        let (c, sp) = (Id::from("c"), Id::from("sp"));
        assert!(add_to_sprint(&w, &c, &sp, ItemStatus::Todo, None, d(3, 5)).is_none(), "locked without a reason");
        let before = w.clone();
        let undo = apply(&mut w, |w| add_to_sprint(w, &c, &sp, ItemStatus::Todo, Some(&why()), d(3, 5)));
        assert_eq!(w.backlog[2].sprint, Some(sp.clone()));
        let ch = &w.sprints[0].scope_changes[0];
        assert_eq!((ch.kind, ch.who.as_str(), ch.reason.as_str(), ch.hours, ch.on), (ScopeChangeKind::Added, "Léa", "CEO asked", 3.0, d(3, 5)));
        undo.apply(&mut w).unwrap();
        assert_eq!(w, before, "one undo step");
        // Planned sprints take items freely; moving within a sprint needs no reason.
        w.sprints[0].state = SprintState::Planned;
        apply(&mut w, |w| add_to_sprint(w, &c, &sp, ItemStatus::Todo, None, d(3, 5)));
        assert!(w.sprints[0].scope_changes.is_empty());
        w.sprints[0].state = SprintState::Active;
        apply(&mut w, |w| add_to_sprint(w, &c, &sp, ItemStatus::Done, None, d(3, 6)));
        assert_eq!((w.backlog[2].status, w.backlog[2].done_on), (ItemStatus::Done, Some(d(3, 6))));
        apply(&mut w, |w| add_to_sprint(w, &c, &sp, ItemStatus::Doing, None, d(3, 7)));
        assert_eq!(w.backlog[2].done_on, None, "leaving done forgets the day");
        w.sprints[0].state = SprintState::Closed;
        assert!(add_to_sprint(&w, &Id::from("a"), &sp, ItemStatus::Done, None, d(3, 7)).is_none(), "closed sprints are read-only");
    }

    #[test]
    fn next_sprint_from_the_scope_question_is_planned_or_created() {
        let mut w = ws();
        apply(&mut w, |w| to_next_sprint(w, &Id::from("c"), &Id::from("sp"), Id::from("n1"), d(3, 5)));
        assert_eq!(w.sprints.len(), 2, "none was planned: one is created");
        assert_eq!((w.backlog[2].sprint.clone(), w.backlog[2].status), (Some(Id::from("n1")), ItemStatus::Todo));
        apply(&mut w, |w| to_next_sprint(w, &Id::from("a"), &Id::from("sp"), Id::from("n2"), d(3, 5)));
        assert_eq!(w.sprints.len(), 2, "the planned one is reused");
        assert_eq!(w.backlog[0].sprint, Some(Id::from("n1")));
        assert!(w.sprints[0].scope_changes.is_empty(), "nothing entered the started sprint");
    }

    #[test]
    fn taking_an_item_out_of_a_started_sprint_is_recorded() {
        let mut w = ws();
        apply(&mut w, |w| back_to_backlog(w, &Id::from("a"), &why()));
        assert_eq!(w.backlog[0].sprint, None);
        assert_eq!(w.sprints[0].scope_changes[0].kind, ScopeChangeKind::Removed);
        w.sprints[0].state = SprintState::Planned;
        apply(&mut w, |w| back_to_backlog(w, &Id::from("b"), &why()));
        assert_eq!(w.sprints[0].scope_changes.len(), 1, "planning changes are not scope changes");
    }

    #[test]
    fn deleting_an_item_of_a_started_sprint_is_recorded_and_undone_in_one_step() {
        let mut w = ws();
        let a = Id::from("a");
        assert_eq!(started_sprint_of(&w, &a).map(|s| s.id.as_str()), Some("sp"));
        assert!(started_sprint_of(&w, &Id::from("c")).is_none(), "not in a sprint");
        let before = w.clone();
        let undo = apply(&mut w, |w| delete_recorded(w, &a, &why()));
        assert!(w.backlog.iter().all(|i| i.id != a));
        let ch = &w.sprints[0].scope_changes[0];
        assert_eq!((ch.kind, ch.title.as_str(), ch.hours, ch.reason.as_str()), (ScopeChangeKind::Removed, "a", 4.0, "CEO asked"));
        undo.apply(&mut w).unwrap();
        assert_eq!(w, before);
        // In a planned sprint, a deletion is no scope change.
        w.sprints[0].state = SprintState::Planned;
        assert!(started_sprint_of(&w, &a).is_none());
        apply(&mut w, |w| delete_recorded(w, &a, &why()));
        assert!(w.sprints[0].scope_changes.is_empty());
    }

    #[test]
    fn closing_carries_unfinished_work_by_choice() {
        let mut w = ws();
        w.backlog[0].status = ItemStatus::Done;
        w.backlog[0].done_on = Some(d(3, 10));
        w.backlog[2].sprint = Some(Id::from("sp"));
        w.backlog[2].status = ItemStatus::Doing;
        let retro = Retro { went_well: vec!["pairing".into()], to_improve: vec![], actions: vec!["Shorter standups".into()] };
        let carry = [(Id::from("c"), CarryTo::Backlog)];
        let before = w.clone();
        let undo = apply(&mut w, |w| close(w, &Id::from("sp"), " Shipped the page ", &retro, &carry, Id::from("new"), d(3, 13)));
        assert_eq!(w.sprints[0].state, SprintState::Closed);
        assert_eq!((w.sprints[0].review.as_str(), &w.sprints[0].retro), ("Shipped the page", &retro));
        assert_eq!(w.sprints.len(), 2, "a next sprint was created for the carried item");
        assert_eq!(w.backlog[1].sprint, Some(Id::from("new")));
        assert_eq!((w.backlog[2].sprint.clone(), w.backlog[2].status), (None, ItemStatus::Todo));
        assert_eq!(w.backlog[0].sprint, Some(Id::from("sp")), "done work stays with its sprint");
        assert_eq!(velocity(&w.sprints, &w.backlog), vec![(Id::from("sp"), 4.0)]);
        undo.apply(&mut w).unwrap();
        assert_eq!(w, before);
    }

    #[test]
    fn retro_actions_become_backlog_items_once() {
        let i = retro_item(Id::from("r"), " Shorter standups ", "Sprint 12");
        assert_eq!((i.title.as_str(), i.kind, i.tags.clone()), ("Shorter standups", ItemKind::Technical, vec!["retro".to_string()]));
        assert!(retro_action_in_backlog(&[i], "Shorter standups"));
        assert!(!retro_action_in_backlog(&[], "Shorter standups"));
        assert!(wip_over(4, Some(3)) && !wip_over(3, Some(3)) && !wip_over(99, None));
    }

    #[test]
    fn removing_a_member_hands_over_or_frees_their_work() {
        let mut w = ws();
        w.time_blocks.push(crate::domain::TimeBlock { id: Id::from("tb"), member: Id::from("m"), item: None, title: "x".into(), date: d(3, 3), start: 9.0, hours: 2.0 });
        let mut freed = w.clone();
        apply(&mut freed, |w| remove_member(w, &Id::from("m"), None));
        assert!(freed.backlog.iter().all(|i| i.assignee.as_ref() != Some(&Id::from("m"))));
        assert!(freed.time_blocks.is_empty() && freed.team.len() == 1);
        assert!(crate::domain::validate::check_typed(&freed), "no dangling reference");
        apply(&mut w, |w| remove_member(w, &Id::from("m"), Some(&Id::from("n"))));
        assert_eq!(w.backlog[0].assignee, Some(Id::from("n")));
        assert_eq!(w.time_blocks[0].member, Id::from("n"));
    }

    #[test]
    fn deleting_a_planned_sprint_returns_its_items() {
        let mut w = ws();
        assert!(delete_sprint(&w, &Id::from("sp")).is_none(), "a started sprint keeps its history");
        w.sprints[0].state = SprintState::Planned;
        apply(&mut w, |w| delete_sprint(w, &Id::from("sp")));
        assert!(w.sprints.is_empty() && w.backlog.iter().all(|i| i.sprint.is_none()));
    }
}
