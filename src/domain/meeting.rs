//! The weekly marketing meeting: its agenda, built from what the workspace
//! already knows (quarter goals, the KPI sheet, milestones, risks, change
//! requests, topics the team listed), and its cost — every attendee's
//! hourly rate × the time the meeting has run — against a 60 or 90-minute
//! timebox. The clock is passed in as milliseconds, never read here, so the
//! rules are tested natively and the browser tests can fake time.

use super::kpi::{self, Quarter, Status};
use super::{ActionItem, Attendee, BacklogItem, ChangeStatus, Id, ItemKind, Meeting, Workspace};
use chrono::NaiveDate;

/// The timeboxes a weekly meeting can have, in minutes.
pub const TIMEBOXES: [u32; 2] = [60, 90];

/// Minutes left at which the meeting warns that time is nearly up.
pub const WARN_MINUTES: f64 = 5.0;

/// Highest hourly rate accepted for a guest (a typo guard, not a policy).
pub const MAX_RATE: f64 = 10_000.0;

/// How many risks the agenda shows (the highest exposures).
pub const TOP_RISKS: usize = 5;

/// Days ahead the agenda looks for milestones.
pub const MILESTONE_DAYS: i64 = 14;

/// A new meeting for `date`: the timebox given, nobody yet, clock not started.
pub fn new_meeting(id: Id, date: NaiveDate, timebox: u32) -> Meeting {
    Meeting {
        id,
        date,
        timebox: if TIMEBOXES.contains(&timebox) { timebox } else { TIMEBOXES[0] },
        started_ms: None,
        ended_ms: None,
        attendees: vec![],
        decisions: vec![],
        actions: vec![],
        notes: String::new(),
    }
}

/// Milliseconds the meeting has run at `now_ms`: 0 before it starts, frozen
/// once it ends, never negative (a clock set back does not refund anyone).
pub fn elapsed_ms(m: &Meeting, now_ms: f64) -> f64 {
    match m.started_ms {
        None => 0.0,
        Some(start) => (m.ended_ms.unwrap_or(now_ms) - start).max(0.0),
    }
}

/// What the room costs per hour: the sum of the attendees' rates.
pub fn hourly_cost(attendees: &[Attendee]) -> f64 {
    attendees.iter().map(|a| a.rate.max(0.0)).sum()
}

/// Cost so far: attendees × rate × elapsed time.
pub fn cost(m: &Meeting, now_ms: f64) -> f64 {
    hourly_cost(&m.attendees) * elapsed_ms(m, now_ms) / 3_600_000.0
}

/// What the meeting costs if it uses its whole timebox.
pub fn projected_cost(m: &Meeting) -> f64 {
    hourly_cost(&m.attendees) * m.timebox as f64 / 60.0
}

/// Where the meeting stands against its timebox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The clock has not started.
    NotStarted,
    /// Running with more than five minutes left.
    Running,
    /// Running, five minutes or less left.
    NearlyUp,
    /// Running past the timebox.
    Over,
    /// Ended.
    Ended,
}

pub fn phase(m: &Meeting, now_ms: f64) -> Phase {
    if m.started_ms.is_none() {
        return Phase::NotStarted;
    }
    if m.ended_ms.is_some() {
        return Phase::Ended;
    }
    let left = remaining_ms(m, now_ms);
    if left < 0.0 {
        Phase::Over
    } else if left <= WARN_MINUTES * 60_000.0 {
        Phase::NearlyUp
    } else {
        Phase::Running
    }
}

/// Milliseconds left in the timebox (negative once over).
pub fn remaining_ms(m: &Meeting, now_ms: f64) -> f64 {
    m.timebox as f64 * 60_000.0 - elapsed_ms(m, now_ms)
}

/// `mm:ss` (or `h:mm:ss` from an hour) for a duration; negative durations
/// are shown by their size (the caller says "over").
pub fn clock(ms: f64) -> String {
    let s = (ms.abs() / 1000.0).floor() as u64;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// A guest's or member's rate as typed: a number from 0 to [`MAX_RATE`].
pub fn check_rate(rate: f64) -> bool {
    rate.is_finite() && (0.0..=MAX_RATE).contains(&rate)
}

/// The meeting being run or prepared on `today`: the latest one dated
/// today or later that has not ended; else `None` (time to prepare one).
pub fn current(meetings: &[Meeting], today: NaiveDate) -> Option<&Meeting> {
    meetings.iter().filter(|m| m.ended_ms.is_none() && m.date >= today).max_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)))
}

/// Meetings that are over (ended, or dated before today), newest first.
pub fn past(meetings: &[Meeting], today: NaiveDate) -> Vec<&Meeting> {
    let mut v: Vec<&Meeting> = meetings.iter().filter(|m| m.ended_ms.is_some() || m.date < today).collect();
    v.sort_by(|a, b| (b.date, b.started_ms.unwrap_or(0.0)).partial_cmp(&(a.date, a.started_ms.unwrap_or(0.0))).unwrap_or(std::cmp::Ordering::Equal));
    v
}

/// Whether the member (by id) sits in the meeting.
pub fn attends(m: &Meeting, member: &Id) -> bool {
    m.attendees.iter().any(|a| a.member.as_ref() == Some(member))
}

/// The meeting with a team member added at their hourly rate, or removed
/// when already there.
pub fn toggle_member(m: &Meeting, ws: &Workspace, member: &Id) -> Meeting {
    let mut next = m.clone();
    if attends(m, member) {
        next.attendees.retain(|a| a.member.as_ref() != Some(member));
    } else if let Some(t) = ws.team.iter().find(|t| &t.id == member) {
        next.attendees.push(Attendee { member: Some(t.id.clone()), name: t.name.clone(), rate: t.hourly_rate.max(0.0) });
    }
    next
}

/// An action item turned into a backlog item: campaign work tagged
/// "meeting", saying which meeting and who owns it.
pub fn action_item(id: Id, action: &ActionItem, meeting_date: NaiveDate) -> BacklogItem {
    let mut i = BacklogItem::new(id, action.text.trim(), ItemKind::Campaign);
    i.tags = vec!["meeting".into()];
    i.description = if action.owner.trim().is_empty() {
        format!("Weekly meeting {meeting_date}")
    } else {
        format!("Weekly meeting {meeting_date} — owner: {}", action.owner.trim())
    };
    i
}

/// A quarter goal: a metric with a quarterly target, where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub kpi: Id,
    pub target: f64,
    /// So far this quarter: the sum of the weeks for counts and money, the
    /// average for rates and scores.
    pub to_date: Option<f64>,
    /// Share of the target reached (counts and money), or `None` for levels.
    pub reached: Option<f64>,
    pub status: Option<Status>,
}

/// A KPI row behind its weekly target in its latest week with a value.
#[derive(Clone, Debug, PartialEq)]
pub struct BehindRow {
    pub kpi: Id,
    pub week: String,
    pub value: f64,
    pub target: f64,
    pub status: Status,
}

/// An open change request of a campaign.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenChange {
    pub campaign: Id,
    pub request: Id,
}

/// Everything the weekly meeting goes through, in agenda order. Each part
/// holds ids (the view looks the records up) so the agenda stays small.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Agenda {
    pub goals: Vec<Goal>,
    /// Weeks of the quarter up to this one, and in all: what a goal's share
    /// reached so far is read against (57 % with 8 of 13 weeks gone is behind).
    pub weeks_gone: (usize, usize),
    pub behind: Vec<BehindRow>,
    /// Overdue first, then due within [`MILESTONE_DAYS`]; hit ones left out.
    pub milestones: Vec<Id>,
    pub risks: Vec<Id>,
    pub changes: Vec<OpenChange>,
    /// Topics the team listed, not yet done.
    pub topics: Vec<Id>,
}

impl Agenda {
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.behind.is_empty() && self.milestones.is_empty() && self.risks.is_empty() && self.changes.is_empty() && self.topics.is_empty()
    }
}

/// The agenda for the week of `today`.
pub fn agenda(ws: &Workspace, today: NaiveDate) -> Agenda {
    let q = Quarter::of(today);
    let weeks = q.weeks();
    let this_week = super::iso_week_label(today);
    // Weeks of the quarter up to this one: the future has no facts yet.
    let n = weeks.iter().filter(|w| **w <= this_week).count();
    let rows = kpi::sheet(&ws.kpis, &weeks);
    let averages = kpi::averages_upto(&ws.kpis, &rows, n);
    let mut goals = vec![];
    let mut behind = vec![];
    for ((k, row), average) in ws.kpis.iter().zip(&rows).zip(averages) {
        let values = &row.values[..n];
        if let Some(target) = k.quarterly_target {
            let additive = kpi::is_additive(k);
            let to_date = if additive {
                let xs: Vec<f64> = values.iter().flatten().copied().collect();
                (!xs.is_empty()).then(|| xs.iter().sum())
            } else {
                average
            };
            let reached = if additive && target != 0.0 { to_date.map(|v| v / target) } else { None };
            // The pace so far: the weekly average against the weekly target.
            let status = average.zip(row.weekly_target).map(|(a, t)| kpi::status(a, t, k.direction));
            goals.push(Goal { kpi: k.id.clone(), target, to_date, reached, status });
        }
        let latest = values.iter().enumerate().rev().find_map(|(i, v)| v.map(|v| (i, v)));
        if let (Some((i, value)), Some(target), Some(Some(status))) = (latest, row.weekly_target, latest.map(|(i, _)| row.cells[i])) {
            if status != Status::OnTrack {
                behind.push(BehindRow { kpi: k.id.clone(), week: weeks[i].clone(), value, target, status });
            }
        }
    }
    // Far behind first, then by how far (relative miss), then sheet order.
    behind.sort_by(|a, b| {
        let miss = |r: &BehindRow| if r.target == 0.0 { 0.0 } else { ((r.value - r.target) / r.target).abs() };
        (b.status == Status::FarBehind).cmp(&(a.status == Status::FarBehind)).then(miss(b).partial_cmp(&miss(a)).unwrap_or(std::cmp::Ordering::Equal))
    });
    let evaluated: Vec<(Id, super::milestone::Status)> = ws.milestones.iter().map(|m| (m.id.clone(), super::milestone::evaluate(ws, m, today).status)).collect();
    let hit = |m: &super::Milestone| evaluated.iter().any(|(id, s)| id == &m.id && *s == super::milestone::Status::Hit);
    let milestones = super::milestone::upcoming(&ws.milestones, today, MILESTONE_DAYS, hit).into_iter().map(|m| m.id.clone()).collect();
    let risks = super::risk::top_exposures(&ws.risks, TOP_RISKS).into_iter().map(|r| r.id.clone()).collect();
    let changes = ws
        .campaigns
        .iter()
        .flat_map(|c| c.changes.iter().filter(|r| r.status == ChangeStatus::Requested).map(|r| OpenChange { campaign: c.id.clone(), request: r.id.clone() }))
        .collect();
    let topics = ws.topics.iter().filter(|t| !t.done).map(|t| t.id.clone()).collect();
    Agenda { goals, weeks_gone: (n, weeks.len()), behind, milestones, risks, changes, topics }
}

/// One row of the KPI slide: the latest week with a value against the
/// weekly target, and the quarter's weekly average so far.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiLine {
    pub kpi: Id,
    pub latest: Option<(String, f64)>,
    pub average: Option<f64>,
    pub target: Option<f64>,
    pub status: Option<Status>,
}

/// The KPI sheet as the projector shows it: this quarter up to this week,
/// rows behind target first (far behind, then behind), then on track, then
/// rows without a target or a value; the sheet's order within each.
pub fn kpi_slide(ws: &Workspace, today: NaiveDate) -> Vec<KpiLine> {
    let weeks = Quarter::of(today).weeks();
    let this_week = super::iso_week_label(today);
    let n = weeks.iter().filter(|w| **w <= this_week).count();
    let rows = kpi::sheet(&ws.kpis, &weeks);
    let averages = kpi::averages_upto(&ws.kpis, &rows, n);
    let mut out: Vec<KpiLine> = kpi::sheet_order(&ws.kpis)
        .into_iter()
        .map(|i| (&ws.kpis[i], &rows[i], averages[i]))
        .map(|(k, row, average)| {
            let latest = row.values[..n].iter().enumerate().rev().find_map(|(i, v)| v.map(|v| (i, v)));
            KpiLine {
                kpi: k.id.clone(),
                // The sheet's word for the row: its weekly average against
                // the weekly target (one good week does not put a quarter
                // back on track, and the slide must not contradict the sheet).
                status: average.zip(row.weekly_target).map(|(a, t)| kpi::status(a, t, k.direction)),
                latest: latest.map(|(i, v)| (weeks[i].clone(), v)),
                average,
                target: row.weekly_target,
            }
        })
        .collect();
    let rank = |s: Option<Status>| match s {
        Some(Status::FarBehind) => 0,
        Some(Status::Behind) => 1,
        Some(Status::OnTrack) => 2,
        None => 3,
    };
    out.sort_by_key(|l| rank(l.status));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Direction, Formula, Kpi, Topic, Unit};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn meeting() -> Meeting {
        let mut m = new_meeting(Id::from("mt-1"), d("2026-11-24"), 60);
        m.attendees = vec![
            Attendee { member: Some(Id::from("tm-1")), name: "Ana".into(), rate: 80.0 },
            Attendee { member: None, name: "Guest".into(), rate: 40.0 },
        ];
        m
    }

    #[test]
    fn cost_is_attendees_times_rate_times_elapsed_and_freezes_at_the_end() {
        let mut m = meeting();
        assert_eq!(cost(&m, 1_000_000.0), 0.0, "nothing before the clock starts");
        m.started_ms = Some(0.0);
        // 120 an hour for 30 minutes.
        assert!((cost(&m, 30.0 * 60_000.0) - 60.0).abs() < 1e-9);
        assert!((projected_cost(&m) - 120.0).abs() < 1e-9);
        m.timebox = 90;
        assert!((projected_cost(&m) - 180.0).abs() < 1e-9);
        m.ended_ms = Some(45.0 * 60_000.0);
        assert!((cost(&m, 10.0 * 3_600_000.0) - 90.0).abs() < 1e-9, "ended: the cost stops");
        // A clock set back never makes a negative cost.
        let mut back = meeting();
        back.started_ms = Some(10_000.0);
        assert_eq!(cost(&back, 0.0), 0.0);
    }

    #[test]
    fn the_timebox_warns_at_five_minutes_left_and_then_is_over() {
        let mut m = meeting();
        assert_eq!(phase(&m, 0.0), Phase::NotStarted);
        m.started_ms = Some(0.0);
        let min = 60_000.0;
        assert_eq!(phase(&m, 54.0 * min), Phase::Running);
        assert_eq!(phase(&m, 55.0 * min), Phase::NearlyUp);
        assert_eq!(phase(&m, 60.0 * min), Phase::NearlyUp);
        assert_eq!(phase(&m, 60.0 * min + 1000.0), Phase::Over);
        assert_eq!(clock(remaining_ms(&m, 61.0 * min)), "01:00");
        assert_eq!(clock(75.0 * min + 5000.0), "1:15:05");
        m.ended_ms = Some(30.0 * min);
        assert_eq!(phase(&m, 80.0 * min), Phase::Ended);
    }

    #[test]
    fn rates_outside_0_to_10000_are_refused() {
        assert!(check_rate(0.0) && check_rate(95.5) && check_rate(MAX_RATE));
        assert!(!check_rate(-1.0) && !check_rate(10_001.0) && !check_rate(f64::NAN) && !check_rate(f64::INFINITY));
    }

    #[test]
    fn members_join_at_their_rate_and_leave() {
        let mut ws = Workspace::empty("t");
        ws.team.push(crate::domain::TeamMember { id: Id::from("tm-9"), name: "Zoé".into(), role: String::new(), skills: vec![], weekly_hours: 35.0, hourly_rate: 70.0, time_off: vec![] });
        let m = new_meeting(Id::from("mt"), d("2026-11-24"), 90);
        let joined = toggle_member(&m, &ws, &Id::from("tm-9"));
        assert_eq!(joined.attendees.len(), 1);
        assert_eq!(joined.attendees[0].rate, 70.0);
        assert!(attends(&joined, &Id::from("tm-9")));
        assert!(toggle_member(&joined, &ws, &Id::from("tm-9")).attendees.is_empty());
        assert_eq!(new_meeting(Id::from("x"), d("2026-11-24"), 45).timebox, 60, "only 60 or 90");
    }

    #[test]
    fn current_is_the_open_meeting_of_today_or_later_and_past_is_newest_first() {
        let mut a = new_meeting(Id::from("a"), d("2026-11-17"), 60);
        a.started_ms = Some(1.0);
        let mut b = new_meeting(Id::from("b"), d("2026-11-24"), 60);
        let c = new_meeting(Id::from("c"), d("2026-11-10"), 60);
        let today = d("2026-11-24");
        let all = vec![a.clone(), b.clone(), c.clone()];
        assert_eq!(current(&all, today).map(|m| m.id.as_str()), Some("b"));
        assert_eq!(past(&all, today).iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), vec!["a", "c"]);
        b.ended_ms = Some(5.0);
        let all = vec![a, b, c];
        assert_eq!(current(&all, today), None, "ended today: prepare the next one");
        assert_eq!(past(&all, today)[0].id.as_str(), "b");
    }

    #[test]
    fn an_action_becomes_a_backlog_item_naming_the_meeting_and_owner() {
        let a = ActionItem { text: "  Brief the agency  ".into(), owner: "Ana".into(), item: None };
        let i = action_item(Id::from("it-1"), &a, d("2026-11-24"));
        assert_eq!(i.title, "Brief the agency");
        assert_eq!(i.tags, vec!["meeting".to_string()]);
        assert!(i.description.contains("2026-11-24") && i.description.contains("Ana"));
    }

    fn kpi(id: &str, unit: Unit, dir: Direction, target: Option<f64>, weeks: &[(&str, f64)]) -> Kpi {
        Kpi {
            id: Id::from(id),
            name: id.into(),
            channel: None,
            unit,
            direction: dir,
            quarterly_target: target,
            weeks: weeks.iter().map(|(w, v)| (w.to_string(), *v)).collect(),
            formula: None,
        }
    }

    #[test]
    fn the_agenda_lists_goals_rows_behind_milestones_risks_changes_and_open_topics() {
        let today = d("2026-11-24"); // 2026-W48, Q4 has 14 weeks
        let mut ws = Workspace::empty("t");
        // 1,400 leads a quarter → 100 a week; 2 weeks typed (W47, W48) + a future week ignored.
        ws.kpis.push(kpi("leads", Unit::Count, Direction::HigherIsBetter, Some(1400.0), &[("2026-W47", 120.0), ("2026-W48", 60.0), ("2026-W50", 999.0)]));
        // Bounce rate should stay ≤ 50 %: latest 52 → behind (4 % over).
        ws.kpis.push(kpi("cpl", Unit::Percent, Direction::LowerIsBetter, Some(50.0), &[("2026-W48", 52.0)]));
        // A rate on track, no target → no goal; a derived row with a zero denominator → no cell.
        ws.kpis.push(kpi("nps", Unit::Score, Direction::HigherIsBetter, None, &[("2026-W48", 30.0)]));
        let mut ratio = kpi("r", Unit::Percent, Direction::HigherIsBetter, Some(5.0), &[]);
        ratio.formula = Some(Formula::Ratio { num: Id::from("leads"), den: Id::from("nps"), percent: false });
        ws.kpis.push(ratio);
        ws.topics.push(Topic { id: Id::from("tp-1"), text: "Who owns the newsletter?".into(), done: false });
        ws.topics.push(Topic { id: Id::from("tp-2"), text: "Settled".into(), done: true });
        let a = agenda(&ws, today);
        let g = &a.goals[0];
        assert_eq!(g.kpi.as_str(), "leads");
        assert_eq!(g.to_date, Some(180.0), "the sum of the weeks so far, not the future one");
        assert!((g.reached.unwrap() - 180.0 / 1400.0).abs() < 1e-9);
        assert_eq!(g.status, Some(Status::Behind), "90 a week against 100");
        let cpl = a.goals.iter().find(|g| g.kpi.as_str() == "cpl").unwrap();
        assert_eq!(cpl.reached, None, "a rate is a level, not a total");
        assert_eq!(a.goals.len(), 3, "leads, cpl, r: nps has no target");
        assert_eq!(a.weeks_gone, (9, 14), "W40 to W48 of 14 weeks");
        // Behind this week: leads 60 vs 100 (far), CPL 52 vs 50 (behind). Far first.
        let behind: Vec<(&str, Status)> = a.behind.iter().map(|b| (b.kpi.as_str(), b.status)).collect();
        // Far behind first, the larger relative miss first: r is 2 against 5, leads 60 against 100.
        assert_eq!(behind, vec![("r", Status::FarBehind), ("leads", Status::FarBehind), ("cpl", Status::Behind)]);
        assert_eq!(a.behind[1].week, "2026-W48");
        assert_eq!(a.topics, vec![Id::from("tp-1")]);
        assert!(a.milestones.is_empty() && a.risks.is_empty() && a.changes.is_empty());
        assert!(!a.is_empty());
        assert!(agenda(&Workspace::empty("t"), today).is_empty());
    }

    #[test]
    fn the_agenda_takes_milestones_risks_and_requested_changes_from_the_workspace() {
        let ws = crate::domain::sample::example(d("2026-11-24"));
        let a = agenda(&ws, d("2026-11-24"));
        let open: usize = ws.campaigns.iter().map(|c| c.changes.iter().filter(|r| r.status == ChangeStatus::Requested).count()).sum();
        assert_eq!(a.changes.len(), open);
        assert!(a.risks.len() <= TOP_RISKS);
        for id in &a.milestones {
            let m = ws.milestones.iter().find(|m| &m.id == id).unwrap();
            assert!(m.date <= d("2026-12-08"), "{id}: not beyond 14 days");
        }
    }

    #[test]
    fn the_kpi_slide_puts_rows_behind_target_first() {
        let mut ws = Workspace::empty("t");
        ws.kpis.push(kpi("fine", Unit::Count, Direction::HigherIsBetter, Some(1400.0), &[("2026-W48", 150.0)]));
        ws.kpis.push(kpi("none", Unit::Score, Direction::HigherIsBetter, None, &[("2026-W48", 30.0)]));
        ws.kpis.push(kpi("slip", Unit::Count, Direction::HigherIsBetter, Some(1400.0), &[("2026-W47", 100.0), ("2026-W48", 95.0)]));
        ws.kpis.push(kpi("bad", Unit::Count, Direction::HigherIsBetter, Some(1400.0), &[("2026-W48", 10.0), ("2026-W49", 500.0)]));
        // Its latest week is on track, its average (80 of 100) far behind: the sheet says far behind.
        ws.kpis.push(kpi("rally", Unit::Count, Direction::HigherIsBetter, Some(1400.0), &[("2026-W47", 10.0), ("2026-W48", 150.0)]));
        let s = kpi_slide(&ws, d("2026-11-24"));
        let order: Vec<&str> = s.iter().map(|l| l.kpi.as_str()).collect();
        assert_eq!(order, vec!["bad", "rally", "slip", "fine", "none"]);
        // As the sheet judges the quarter's values so far (the slide leaves next week's "500" out).
        let mut so_far = ws.kpis.clone();
        for k in &mut so_far {
            k.weeks.retain(|w, _| w.as_str() <= "2026-W48");
        }
        let weeks = Quarter::of(d("2026-11-24")).weeks();
        for l in &s {
            let row = kpi::sheet(&so_far, &weeks).into_iter().find(|r| r.id == l.kpi).unwrap();
            assert_eq!(l.status, row.status, "{}: the slide says what the sheet says", l.kpi);
        }
        assert_eq!(s[0].latest, Some(("2026-W48".to_string(), 10.0)), "next week's value is not a fact yet");
        assert_eq!(s[2].average, Some(97.5));
        assert_eq!(s[2].target, Some(100.0));
    }
}
