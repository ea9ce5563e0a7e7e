//! Milestone rules: how far a metric has come, where its trend is heading,
//! whether a milestone is on track, and how to plan a series of them.
//!
//! The rules take numbers and dates; [`evaluate`] gathers them from the
//! workspace for one milestone (typed actual, or the KPI sheet's value).

use super::{Campaign, Direction, Id, Kpi, Milestone, Workspace};
use std::collections::BTreeMap;
use chrono::{Datelike, Duration, Months, NaiveDate};

/// Where a milestone stands. Past milestones are settled (`Hit`, `Missed`);
/// future ones are judged by their trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Upcoming,
    OnTrack,
    AtRisk,
    Hit,
    Missed,
}

/// How far `actual` has come from `baseline` towards `target`: 0 at the
/// baseline, 1 at the target, above 1 beyond it, below 0 if it went the
/// wrong way. Dividing by `target − baseline` keeps its sign, so a metric
/// where lower is better (target below baseline) needs no special case.
/// `None` when the target equals the baseline: there is no distance to cover.
pub fn progress(baseline: f64, target: f64, actual: f64) -> Option<f64> {
    let span = target - baseline;
    if span == 0.0 || !span.is_finite() {
        return None;
    }
    Some((actual - baseline) / span)
}

/// `"2026-W07"` → `(2026, 7)`. Labels are compared as numbers, not strings,
/// so that a hand-written `"2026-W7"` still sorts before `"2026-W10"`.
fn parse_week(label: &str) -> Option<(i32, u32)> {
    let (y, w) = label.trim().split_once("-W")?;
    let (y, w) = (y.parse::<i32>().ok()?, w.parse::<u32>().ok()?);
    (1..=53).contains(&w).then_some((y, w))
}

/// The KPI's value on `date`: that of the latest ISO week at or before the
/// date's week, since a weekly figure stands until the next one. `None` if
/// the KPI has no value that early. Unreadable week labels are skipped.
pub fn actual_from_kpi(kpi: &Kpi, date: NaiveDate) -> Option<f64> {
    let iso = date.iso_week();
    let limit = (iso.year(), iso.week());
    kpi.weeks
        .iter()
        .filter_map(|(k, v)| parse_week(k).map(|w| (w, *v)))
        .filter(|(w, _)| *w <= limit)
        .max_by_key(|(w, _)| *w)
        .map(|(_, v)| v)
}

/// The least-squares straight line through the values so far, read at `at`.
/// A line needs two different dates; with fewer (or only one date repeated)
/// there is no trend and the answer is `None`.
pub fn projected(points: &[(NaiveDate, f64)], at: NaiveDate) -> Option<f64> {
    let first = points.first()?.0;
    if points.iter().all(|(d, _)| *d == first) {
        return None;
    }
    // Days from the first point keep the numbers small.
    let x = |d: NaiveDate| (d - first).num_days() as f64;
    let n = points.len() as f64;
    let mx = points.iter().map(|(d, _)| x(*d)).sum::<f64>() / n;
    let my = points.iter().map(|(_, v)| *v).sum::<f64>() / n;
    let sxy: f64 = points.iter().map(|(d, v)| (x(*d) - mx) * (v - my)).sum();
    let sxx: f64 = points.iter().map(|(d, _)| (x(*d) - mx).powi(2)).sum();
    Some(my + sxy / sxx * (x(at) - mx))
}

/// Tolerance on progress, so that a target met exactly is not missed by a
/// rounding error.
const EPS: f64 = 1e-9;

/// The status of a milestone due on `date`, seen on `today`.
///
/// - Due earlier: the milestone is settled. `Hit` if the actual reached the
///   target (progress ≥ 1), otherwise `Missed`, including when there is no
///   actual (nobody recorded that it was reached) or the target equals the
///   baseline (nothing to measure progress by).
/// - Due today: `Hit` if reached, else `AtRisk`: the day is not over, and a
///   milestone that can still be met is not yet missed.
/// - Due later: if the trend gives a projection (two dates or more), the
///   projected value on `date` decides: `AtRisk` below the target, `OnTrack`
///   at or beyond it. Without a projection, an actual that already meets the
///   target is `OnTrack`; anything else is `Upcoming` (no data to judge by).
pub fn status(
    baseline: f64,
    target: f64,
    actual: Option<f64>,
    trend: &[(NaiveDate, f64)],
    date: NaiveDate,
    today: NaiveDate,
) -> Status {
    let reached = |v: f64| progress(baseline, target, v).map(|p| p >= 1.0 - EPS);
    if date <= today {
        return match actual.and_then(reached) {
            Some(true) => Status::Hit,
            _ if date == today => Status::AtRisk,
            _ => Status::Missed,
        };
    }
    match projected(trend, date).and_then(reached) {
        Some(true) => Status::OnTrack,
        Some(false) => Status::AtRisk,
        None if actual.and_then(reached) == Some(true) => Status::OnTrack,
        None => Status::Upcoming,
    }
}

/// How often a planned series places a milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Every {
    TwoWeeks,
    Month,
}

/// How targets are spread over a planned series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Steps {
    /// One milestone per period, the target rising by equal steps.
    Linear,
    /// Four checkpoints at 25, 50, 75 and 100 % of the way, evenly spaced in
    /// time whatever the period.
    Quarters,
}

/// One milestone of a planned series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Planned {
    pub date: NaiveDate,
    pub target: f64,
}

/// Why a series cannot be planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CadenceProblem {
    EndBeforeStart,
    TargetEqualsBaseline,
    /// More than [`MAX_PLANNED`] milestones: almost surely a mistyped date.
    TooMany,
}

/// The most milestones one series may create.
pub const MAX_PLANNED: usize = 200;

/// Plans milestones from `start` (where the metric is at `baseline`) to
/// `end` (where it should reach `target`).
///
/// `Linear`: a milestone every 14 days or every calendar month after
/// `start`, each month counted from `start` so that the day of the month is
/// clamped but not lost (Jan 31 → Feb 28 → Mar 31). Dates on or after `end`
/// are dropped and `end` itself is always the last milestone; with `n`
/// milestones the `i`-th target is `baseline + (target − baseline)·i/n`, so
/// the last one is exactly `target`.
///
/// `Quarters`: four milestones at a quarter, half, three quarters and all of
/// the time from `start` to `end` (rounded to whole days), with 25/50/75/100 %
/// of the distance; `every` does not matter. On spans under four days some
/// dates coincide.
pub fn cadence(
    start: NaiveDate,
    end: NaiveDate,
    every: Every,
    baseline: f64,
    target: f64,
    steps: Steps,
) -> Result<Vec<Planned>, CadenceProblem> {
    if end < start {
        return Err(CadenceProblem::EndBeforeStart);
    }
    if target == baseline {
        return Err(CadenceProblem::TargetEqualsBaseline);
    }
    let at = |i: usize, n: usize| baseline + (target - baseline) * i as f64 / n as f64;
    let dates: Vec<NaiveDate> = match steps {
        Steps::Quarters => {
            let span = (end - start).num_days();
            (1..=4).map(|q| start + Duration::days((span * q as i64 + 2) / 4)).collect()
        }
        Steps::Linear => {
            let mut dates = vec![];
            for k in 1u32.. {
                let d = match every {
                    Every::TwoWeeks => start.checked_add_signed(Duration::days(14 * k as i64)),
                    Every::Month => start.checked_add_months(Months::new(k)),
                };
                match d {
                    Some(d) if d < end => dates.push(d),
                    _ => break,
                }
                if dates.len() >= MAX_PLANNED {
                    return Err(CadenceProblem::TooMany);
                }
            }
            dates.push(end);
            dates
        }
    };
    let n = dates.len();
    let mut out: Vec<Planned> = dates.into_iter().enumerate().map(|(i, date)| Planned { date, target: at(i + 1, n) }).collect();
    // Exactly the target at the end, whatever the rounding.
    if let Some(last) = out.last_mut() {
        last.target = target;
    }
    Ok(out)
}

/// Milestones that need attention on `today`: the overdue ones (due before
/// today and not done), oldest first, then those due from today to `days`
/// days ahead, soonest first. Done milestones are left out of both: they
/// need nothing more. Ties on a date go by id so the list is stable.
pub fn upcoming(ms: &[Milestone], today: NaiveDate, days: i64, is_done: impl Fn(&Milestone) -> bool) -> Vec<&Milestone> {
    let horizon = today + Duration::days(days.max(0));
    let by_date = |a: &&Milestone, b: &&Milestone| (a.date, &a.id).cmp(&(b.date, &b.id));
    let mut overdue: Vec<&Milestone> = ms.iter().filter(|m| m.date < today && !is_done(m)).collect();
    let mut soon: Vec<&Milestone> = ms.iter().filter(|m| m.date >= today && m.date <= horizon && !is_done(m)).collect();
    overdue.sort_by(by_date);
    soon.sort_by(by_date);
    overdue.extend(soon);
    overdue
}

/// Metrics offered when a milestone is created, stored by code so that the
/// file does not depend on the interface language. Any other text is a
/// metric of the user's own, kept as typed.
pub const METRICS: &[&str] = &["ctr", "visitors", "mql", "sql", "page1", "conversion", "complete"];

/// Whether a metric code is a rate shown with `%`.
pub fn is_percent_metric(code: &str) -> bool {
    matches!(code, "ctr" | "conversion" | "complete")
}

/// The values a milestone's baseline, target and actual can take for one of
/// the offered metrics: a rate from 0 to 100 %, a count from 0. A metric of
/// the user's own (or a KPI's) is not judged here: `None`.
pub fn value_range(code: &str) -> Option<(f64, f64)> {
    const MOST: f64 = 1e12;
    if is_percent_metric(code) {
        Some((0.0, 100.0))
    } else if METRICS.contains(&code) {
        Some((0.0, MOST))
    } else {
        None
    }
}

/// A milestone as the team reads it today.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub actual: Option<f64>,
    /// The actual comes from the KPI sheet (and is not typed).
    pub from_kpi: bool,
    pub progress: Option<f64>,
    pub status: Status,
    pub direction: Direction,
}

/// The weekly values of a KPI row. Derived rows have none stored; they are
/// computed from the rows their formula reads.
pub fn kpi_weeks<'a>(ws: &'a Workspace, kpi: &'a Kpi) -> std::borrow::Cow<'a, BTreeMap<String, f64>> {
    match kpi.formula {
        None => std::borrow::Cow::Borrowed(&kpi.weeks),
        Some(_) => std::borrow::Cow::Owned(super::kpi::series(ws, kpi)),
    }
}

/// Monday of an ISO week label.
fn week_monday(label: &str) -> Option<NaiveDate> {
    let (y, w) = parse_week(label)?;
    NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
}

/// Status, progress and actual of `m` on `today`.
///
/// With a KPI of the sheet, the actual is the sheet's value for the latest
/// week at or before the milestone's date, the trend is the sheet's weeks
/// up to today, and the KPI's direction is the one that counts. Otherwise
/// the actual is the typed one and the trend runs from the baseline at the
/// campaign's start (when there is one before today) to that actual today.
pub fn evaluate(ws: &Workspace, m: &Milestone, today: NaiveDate) -> Evaluation {
    let kpi = m.kpi.as_ref().and_then(|id| ws.kpis.iter().find(|k| &k.id == id));
    let (actual, trend, direction) = match kpi {
        Some(k) => {
            let weeks = kpi_weeks(ws, k);
            let series = Kpi { weeks: weeks.into_owned(), ..k.clone() };
            let actual = actual_from_kpi(&series, m.date.min(today));
            let trend: Vec<(NaiveDate, f64)> = series
                .weeks
                .iter()
                .filter_map(|(w, v)| week_monday(w).map(|d| (d, *v)))
                .filter(|(d, _)| *d <= today)
                .collect();
            (actual, trend, k.direction)
        }
        None => {
            let start = m.campaign.as_ref().and_then(|id| ws.campaigns.iter().find(|c| &c.id == id)).and_then(|c| c.start);
            let trend = match (start, m.actual) {
                (Some(s), Some(a)) if s < today => vec![(s, m.baseline), (today, a)],
                _ => vec![],
            };
            (m.actual, trend, m.direction)
        }
    };
    Evaluation {
        actual,
        from_kpi: kpi.is_some(),
        progress: actual.and_then(|a| progress(m.baseline, m.target, a)),
        status: status(m.baseline, m.target, actual, &trend, m.date, today),
        direction,
    }
}

/// Why a milestone's numbers are refused at the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldProblem {
    /// Nothing to measure progress by.
    TargetEqualsBaseline,
    /// Lower is better but the target is above the baseline (or the reverse).
    WrongWay,
}

/// The numbers a milestone may be saved with.
pub fn check(baseline: f64, target: f64, direction: Direction) -> Result<(), FieldProblem> {
    if target == baseline {
        return Err(FieldProblem::TargetEqualsBaseline);
    }
    match direction {
        Direction::HigherIsBetter if target < baseline => Err(FieldProblem::WrongWay),
        Direction::LowerIsBetter if target > baseline => Err(FieldProblem::WrongWay),
        _ => Ok(()),
    }
}

/// The milestones of a planned series, made from `template` (campaign,
/// metric, KPI, baseline, direction) with `planned` dates and targets,
/// titled `"{title} {i}/{n}"`, ids from `new_id`.
pub fn series(template: &Milestone, title: &str, planned: &[Planned], mut new_id: impl FnMut() -> Id) -> Vec<Milestone> {
    let n = planned.len();
    planned
        .iter()
        .enumerate()
        .map(|(i, p)| Milestone {
            id: new_id(),
            title: format!("{} {}/{n}", title.trim(), i + 1),
            date: p.date,
            target: p.target,
            actual: None,
            ..template.clone()
        })
        .collect()
}

/// The milestones as an iCalendar file: one all-day event each, titled by
/// the milestone (and its campaign), with the metric, baseline and target in
/// the description. The UID is the milestone's id, so importing again
/// updates the events instead of doubling them.
pub fn ics(ms: &[&Milestone], campaigns: &[Campaign], describe: impl Fn(&Milestone) -> String, dtstamp_utc: &str, calendar_name: &str) -> String {
    use super::calendar::escape_text;
    let mut events = vec![];
    for m in ms {
        let campaign = m.campaign.as_ref().and_then(|id| campaigns.iter().find(|c| &c.id == id));
        let summary = match campaign {
            Some(c) => format!("{} — {}", m.title, c.name),
            None => m.title.clone(),
        };
        let day = |d: NaiveDate| d.format("%Y%m%d").to_string();
        events.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@jalon", escape_text(m.id.as_str())),
            format!("DTSTAMP:{dtstamp_utc}"),
            format!("DTSTART;VALUE=DATE:{}", day(m.date)),
            format!("DTEND;VALUE=DATE:{}", day(m.date + Duration::days(1))),
            format!("SUMMARY:{}", escape_text(&summary)),
            format!("DESCRIPTION:{}", escape_text(&describe(m))),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    super::calendar::ics_document(calendar_name, &events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Direction, Id, Unit};
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn kpi(weeks: &[(&str, f64)]) -> Kpi {
        Kpi {
            id: Id::from("k"),
            name: "Leads".into(),
            channel: None,
            unit: Unit::Count,
            direction: Direction::HigherIsBetter,
            quarterly_target: None,
            weeks: weeks.iter().map(|(k, v)| (k.to_string(), *v)).collect::<BTreeMap<_, _>>(),
            formula: None,
        }
    }

    fn ms(id: &str, date: NaiveDate) -> Milestone {
        Milestone {
            id: Id::from(id),
            campaign: None,
            title: id.into(),
            date,
            metric: String::new(),
            kpi: None,
            baseline: 0.0,
            target: 10.0,
            actual: None,
            direction: Direction::HigherIsBetter,
        }
    }

    #[test]
    fn progress_in_both_directions() {
        assert_eq!(progress(100.0, 200.0, 150.0), Some(0.5));
        assert_eq!(progress(100.0, 200.0, 250.0), Some(1.5));
        assert_eq!(progress(100.0, 200.0, 50.0), Some(-0.5));
        // Lower is better: cost per lead from 40 down to 20.
        assert_eq!(progress(40.0, 20.0, 30.0), Some(0.5));
        assert_eq!(progress(40.0, 20.0, 15.0), Some(1.25));
        assert_eq!(progress(40.0, 20.0, 45.0), Some(-0.25));
        assert_eq!(progress(5.0, 5.0, 7.0), None);
    }

    #[test]
    fn kpi_value_is_the_latest_week_at_or_before() {
        let k = kpi(&[("2026-W02", 1.0), ("2026-W07", 2.0), ("2026-W10", 3.0), ("2025-W52", 0.5), ("junk", 99.0)]);
        // 2026-02-11 is in 2026-W07.
        assert_eq!(actual_from_kpi(&k, d(2026, 2, 11)), Some(2.0));
        // 2026-03-01 is a Sunday in W09: W07 still stands.
        assert_eq!(actual_from_kpi(&k, d(2026, 3, 1)), Some(2.0));
        assert_eq!(actual_from_kpi(&k, d(2026, 3, 2)), Some(3.0));
        // 2026-01-01 is in 2026-W01: the previous year's last week stands.
        assert_eq!(actual_from_kpi(&k, d(2026, 1, 1)), Some(0.5));
        assert_eq!(actual_from_kpi(&k, d(2025, 1, 1)), None);
        // An unpadded week compares as a number: W9 is after W07, before W10.
        let k = kpi(&[("2026-W9", 9.0), ("2026-W10", 10.0)]);
        assert_eq!(actual_from_kpi(&k, d(2026, 3, 1)), Some(9.0));
    }

    #[test]
    fn kpi_week_uses_iso_year_not_calendar_year() {
        // 2024-12-30 is in ISO week 2025-W01.
        let k = kpi(&[("2024-W52", 1.0), ("2025-W01", 2.0)]);
        assert_eq!(actual_from_kpi(&k, d(2024, 12, 30)), Some(2.0));
        assert_eq!(actual_from_kpi(&k, d(2024, 12, 29)), Some(1.0));
    }

    #[test]
    fn projection_follows_the_trend() {
        let pts = [(d(2026, 1, 1), 10.0), (d(2026, 1, 11), 20.0), (d(2026, 1, 21), 30.0)];
        let p = projected(&pts, d(2026, 1, 31)).unwrap();
        assert!((p - 40.0).abs() < 1e-9, "{p}");
        // Noisy points: the line through (0,0),(1,2),(2,1) is y = 0.5x + 0.5.
        let pts = [(d(2026, 1, 1), 0.0), (d(2026, 1, 2), 2.0), (d(2026, 1, 3), 1.0)];
        let p = projected(&pts, d(2026, 1, 5)).unwrap();
        assert!((p - 2.5).abs() < 1e-9, "{p}");
        assert_eq!(projected(&[], d(2026, 1, 1)), None);
        assert_eq!(projected(&[(d(2026, 1, 1), 1.0)], d(2026, 1, 2)), None);
        assert_eq!(projected(&[(d(2026, 1, 1), 1.0), (d(2026, 1, 1), 3.0)], d(2026, 1, 2)), None);
    }

    #[test]
    fn status_of_past_milestones() {
        let today = d(2026, 3, 1);
        assert_eq!(status(0.0, 10.0, Some(10.0), &[], today, today), Status::Hit);
        // Due today and not reached: the day is not over.
        assert_eq!(status(0.0, 10.0, Some(0.0), &[], today, today), Status::AtRisk);
        assert_eq!(status(0.0, 10.0, None, &[], today, today), Status::AtRisk);
        assert_eq!(status(0.0, 10.0, Some(12.0), &[], d(2026, 2, 1), today), Status::Hit);
        assert_eq!(status(0.0, 10.0, Some(9.0), &[], d(2026, 2, 1), today), Status::Missed);
        assert_eq!(status(0.0, 10.0, None, &[], d(2026, 2, 1), today), Status::Missed);
        // Lower is better.
        assert_eq!(status(40.0, 20.0, Some(19.0), &[], d(2026, 2, 1), today), Status::Hit);
        assert_eq!(status(40.0, 20.0, Some(21.0), &[], d(2026, 2, 1), today), Status::Missed);
        // A rising trend does not rescue a past miss.
        let trend = [(d(2026, 1, 1), 0.0), (d(2026, 2, 1), 100.0)];
        assert_eq!(status(0.0, 10.0, Some(5.0), &trend, d(2026, 2, 1), today), Status::Missed);
    }

    #[test]
    fn status_of_future_milestones() {
        let today = d(2026, 1, 15);
        let due = d(2026, 2, 1);
        assert_eq!(status(0.0, 10.0, None, &[], due, today), Status::Upcoming);
        assert_eq!(status(0.0, 10.0, Some(3.0), &[(d(2026, 1, 1), 3.0)], due, today), Status::Upcoming);
        assert_eq!(status(0.0, 10.0, Some(10.0), &[(d(2026, 1, 1), 10.0)], due, today), Status::OnTrack);
        // One a day: 31 by Feb 1.
        let rising = [(d(2026, 1, 1), 0.0), (d(2026, 1, 11), 10.0)];
        assert_eq!(status(0.0, 20.0, Some(10.0), &rising, due, today), Status::OnTrack);
        assert_eq!(status(0.0, 40.0, Some(10.0), &rising, due, today), Status::AtRisk);
        // Lower is better, falling one a day from 40: 9 by Feb 1.
        let falling = [(d(2026, 1, 1), 40.0), (d(2026, 1, 11), 30.0)];
        assert_eq!(status(40.0, 20.0, Some(30.0), &falling, due, today), Status::OnTrack);
        assert_eq!(status(40.0, 5.0, Some(30.0), &falling, due, today), Status::AtRisk);
        // Heading the wrong way.
        assert_eq!(status(40.0, 20.0, Some(30.0), &rising, due, today), Status::AtRisk);
    }

    #[test]
    fn cadence_two_weeks_linear() {
        let plan = cadence(d(2026, 1, 1), d(2026, 2, 1), Every::TwoWeeks, 0.0, 30.0, Steps::Linear).unwrap();
        let dates: Vec<_> = plan.iter().map(|p| p.date).collect();
        assert_eq!(dates, vec![d(2026, 1, 15), d(2026, 1, 29), d(2026, 2, 1)]);
        let targets: Vec<_> = plan.iter().map(|p| p.target).collect();
        assert_eq!(targets, vec![10.0, 20.0, 30.0]);
        // An end exactly on a step is not repeated.
        let plan = cadence(d(2026, 1, 1), d(2026, 1, 29), Every::TwoWeeks, 0.0, 30.0, Steps::Linear).unwrap();
        assert_eq!(plan.iter().map(|p| p.date).collect::<Vec<_>>(), vec![d(2026, 1, 15), d(2026, 1, 29)]);
        // Start and end on the same day: one milestone, the target.
        let plan = cadence(d(2026, 1, 1), d(2026, 1, 1), Every::TwoWeeks, 0.0, 30.0, Steps::Linear).unwrap();
        assert_eq!(plan, vec![Planned { date: d(2026, 1, 1), target: 30.0 }]);
    }

    #[test]
    fn cadence_monthly_clamps_the_day() {
        let plan = cadence(d(2026, 1, 31), d(2026, 5, 15), Every::Month, 100.0, 60.0, Steps::Linear).unwrap();
        let dates: Vec<_> = plan.iter().map(|p| p.date).collect();
        assert_eq!(dates, vec![d(2026, 2, 28), d(2026, 3, 31), d(2026, 4, 30), d(2026, 5, 15)]);
        let targets: Vec<_> = plan.iter().map(|p| p.target).collect();
        assert_eq!(targets, vec![90.0, 80.0, 70.0, 60.0]);
        // Leap year.
        let plan = cadence(d(2028, 1, 31), d(2028, 3, 1), Every::Month, 0.0, 1.0, Steps::Linear).unwrap();
        assert_eq!(plan[0].date, d(2028, 2, 29));
    }

    #[test]
    fn cadence_quarters() {
        for every in [Every::TwoWeeks, Every::Month] {
            let plan = cadence(d(2026, 1, 1), d(2026, 1, 1) + Duration::days(100), every, 0.0, 200.0, Steps::Quarters).unwrap();
            assert_eq!(
                plan,
                vec![
                    Planned { date: d(2026, 1, 26), target: 50.0 },
                    Planned { date: d(2026, 2, 20), target: 100.0 },
                    Planned { date: d(2026, 3, 17), target: 150.0 },
                    Planned { date: d(2026, 4, 11), target: 200.0 },
                ]
            );
        }
    }

    #[test]
    fn cadence_problems() {
        let (a, b) = (d(2026, 1, 1), d(2026, 6, 1));
        assert_eq!(cadence(b, a, Every::Month, 0.0, 1.0, Steps::Linear), Err(CadenceProblem::EndBeforeStart));
        assert_eq!(cadence(a, b, Every::Month, 1.0, 1.0, Steps::Quarters), Err(CadenceProblem::TargetEqualsBaseline));
        // 200 milestones fit (199 steps plus the end), 201 do not.
        let fits = a + Duration::days(14 * 199 + 1);
        assert_eq!(cadence(a, fits, Every::TwoWeeks, 0.0, 1.0, Steps::Linear).unwrap().len(), 200);
        let over = a + Duration::days(14 * 200 + 1);
        assert_eq!(cadence(a, over, Every::TwoWeeks, 0.0, 1.0, Steps::Linear), Err(CadenceProblem::TooMany));
        assert_eq!(cadence(a, d(2100, 1, 1), Every::Month, 0.0, 1.0, Steps::Linear), Err(CadenceProblem::TooMany));
        // Quarters never has too many.
        assert_eq!(cadence(a, d(2100, 1, 1), Every::TwoWeeks, 0.0, 1.0, Steps::Quarters).unwrap().len(), 4);
    }

    #[test]
    fn upcoming_lists_overdue_then_soon() {
        let today = d(2026, 3, 10);
        let list = vec![
            ms("later", d(2026, 3, 30)),
            ms("soon-b", d(2026, 3, 15)),
            ms("old", d(2026, 2, 1)),
            ms("done-old", d(2026, 2, 2)),
            ms("today", today),
            ms("soon-a", d(2026, 3, 15)),
            ms("recent", d(2026, 3, 9)),
            ms("edge", d(2026, 3, 17)),
            ms("done-soon", d(2026, 3, 11)),
        ];
        let got: Vec<&str> = upcoming(&list, today, 7, |m| m.id.as_str().starts_with("done")).iter().map(|m| m.id.as_str()).collect();
        assert_eq!(got, vec!["old", "recent", "today", "soon-a", "soon-b", "edge"]);
        let got: Vec<&str> = upcoming(&list, today, 0, |_| false).iter().map(|m| m.id.as_str()).collect();
        assert_eq!(got, vec!["old", "done-old", "recent", "today"]);
    }

    fn date_in(lo: i32, hi: i32) -> impl Strategy<Value = NaiveDate> {
        (lo..hi).prop_map(|n| d(2026, 1, 1) + Duration::days(n as i64))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"))), ..ProptestConfig::default() })]

        /// Whatever the direction, the baseline is 0 %, the target 100 %, and
        /// progress is linear in between.
        #[test]
        fn progress_maps_baseline_and_target(b in -1e6..1e6f64, t in -1e6..1e6f64, f in -2.0..2.0f64) {
            prop_assume!((t - b).abs() > 1e-3);
            prop_assert!(progress(b, t, b).unwrap().abs() < 1e-9);
            prop_assert!((progress(b, t, t).unwrap() - 1.0).abs() < 1e-9);
            let actual = b + f * (t - b);
            prop_assert!((progress(b, t, actual).unwrap() - f).abs() < 1e-6);
        }

        /// Points on a line project onto that line.
        #[test]
        fn projection_of_a_line_is_the_line(
            days in proptest::collection::vec(0i64..400, 2..12),
            slope in -50.0..50.0f64,
            icpt in -1e4..1e4f64,
            at in -100i64..800,
        ) {
            let base = d(2026, 1, 1);
            prop_assume!(days.iter().any(|x| *x != days[0]));
            let pts: Vec<_> = days.iter().map(|x| (base + Duration::days(*x), icpt + slope * *x as f64)).collect();
            let p = projected(&pts, base + Duration::days(at)).unwrap();
            let want = icpt + slope * at as f64;
            prop_assert!((p - want).abs() < 1e-6 * (1.0 + want.abs()), "{} vs {}", p, want);
        }

        /// Every plan ends on `end` at `target`, has dates rising from after
        /// `start`, and targets moving monotonically towards the target.
        #[test]
        fn cadence_is_ordered_and_ends_on_target(
            start in date_in(0, 400),
            len in 0i64..900,
            monthly in any::<bool>(),
            quarters in any::<bool>(),
            b in -1e3..1e3f64,
            t in -1e3..1e3f64,
        ) {
            prop_assume!(t != b);
            let end = start + Duration::days(len);
            let every = if monthly { Every::Month } else { Every::TwoWeeks };
            let steps = if quarters { Steps::Quarters } else { Steps::Linear };
            let plan = cadence(start, end, every, b, t, steps).unwrap();
            let last = plan.last().unwrap();
            prop_assert_eq!(last.date, end);
            prop_assert_eq!(last.target, t);
            if quarters { prop_assert_eq!(plan.len(), 4); }
            for w in plan.windows(2) {
                prop_assert!(w[0].date <= w[1].date);
                if !quarters { prop_assert!(w[0].date < w[1].date); }
                prop_assert!(progress(b, t, w[0].target).unwrap() < progress(b, t, w[1].target).unwrap());
            }
            prop_assert!(plan[0].date >= start);
            prop_assert!(progress(b, t, plan[0].target).unwrap() > 0.0);
        }

        /// A past milestone is settled, a future one never is, and one due
        /// today is settled only once hit.
        #[test]
        fn past_is_settled_future_is_not(
            actual in proptest::option::of(-100.0..200.0f64),
            due in date_in(0, 60),
            today in date_in(0, 60),
            trend in proptest::collection::vec((date_in(0, 60), -100.0..200.0f64), 0..6),
        ) {
            let s = status(0.0, 100.0, actual, &trend, due, today);
            let reached = actual.is_some_and(|a| a >= 100.0 - 1e-7);
            if due < today {
                prop_assert!(matches!(s, Status::Hit | Status::Missed));
                prop_assert_eq!(s == Status::Hit, reached);
            } else if due == today {
                // The day is not over: hit, or still at risk, never missed.
                prop_assert_eq!(s, if reached { Status::Hit } else { Status::AtRisk });
            } else {
                prop_assert!(!matches!(s, Status::Hit | Status::Missed));
            }
        }
    }

    fn ws_with(kpi_weeks: &[(&str, f64)]) -> Workspace {
        let mut ws = Workspace::empty("t");
        ws.kpis = vec![kpi(kpi_weeks)];
        let mut c = Campaign::new(Id::from("c"), "C");
        c.start = Some(d(2026, 1, 5));
        ws.campaigns = vec![c];
        ws
    }

    #[test]
    fn evaluate_reads_the_sheet_for_a_kpi_milestone() {
        let ws = ws_with(&[("2026-W02", 10.0), ("2026-W03", 20.0), ("2026-W04", 30.0)]);
        let mut m = ms("m", d(2026, 2, 16));
        (m.kpi, m.baseline, m.target, m.actual) = (Some(Id::from("k")), 0.0, 60.0, Some(999.0));
        let e = evaluate(&ws, &m, d(2026, 1, 28));
        assert!(e.from_kpi);
        assert_eq!(e.actual, Some(30.0), "the sheet wins over a typed number");
        assert_eq!(e.progress, Some(0.5));
        // +10 a week: on 16 Feb (W08) the trend gives 70, above 60.
        assert_eq!(e.status, Status::OnTrack);
        m.target = 100.0;
        assert_eq!(evaluate(&ws, &m, d(2026, 1, 28)).status, Status::AtRisk);
        // Past the date: settled by the value of the week at the date.
        let mut past = m.clone();
        (past.date, past.target) = (d(2026, 1, 14), 20.0);
        let e = evaluate(&ws, &past, d(2026, 2, 1));
        assert_eq!((e.actual, e.status), (Some(20.0), Status::Hit));
    }

    #[test]
    fn evaluate_reads_a_derived_kpi() {
        let mut ws = ws_with(&[("2026-W02", 10.0), ("2026-W03", 20.0)]);
        let mut clicks = kpi(&[("2026-W02", 1.0), ("2026-W03", 3.0)]);
        clicks.id = Id::from("clicks");
        let mut ctr = kpi(&[]);
        ctr.id = Id::from("ctr");
        ctr.formula = Some(crate::domain::Formula::Ratio { num: Id::from("clicks"), den: Id::from("k"), percent: true });
        ws.kpis.extend([clicks, ctr]);
        let mut m = ms("m", d(2026, 1, 20));
        (m.kpi, m.baseline, m.target) = (Some(Id::from("ctr")), 10.0, 20.0);
        let e = evaluate(&ws, &m, d(2026, 1, 28));
        assert_eq!(e.actual, Some(15.0), "3 clicks ÷ 20 impressions × 100, computed, never typed");
        assert_eq!(e.progress, Some(0.5));
    }

    #[test]
    fn evaluate_uses_the_kpi_direction() {
        let mut ws = ws_with(&[("2026-W02", 40.0), ("2026-W03", 35.0)]);
        ws.kpis[0].direction = Direction::LowerIsBetter;
        let mut m = ms("m", d(2026, 1, 14));
        (m.kpi, m.baseline, m.target) = (Some(Id::from("k")), 40.0, 30.0);
        let e = evaluate(&ws, &m, d(2026, 1, 20));
        assert_eq!(e.direction, Direction::LowerIsBetter);
        assert_eq!(e.progress, Some(0.5));
        assert_eq!(e.status, Status::Missed);
    }

    #[test]
    fn evaluate_a_typed_milestone_trends_from_the_campaign_start() {
        let ws = ws_with(&[]);
        let mut m = ms("m", d(2026, 3, 2));
        (m.campaign, m.baseline, m.target, m.actual) = (Some(Id::from("c")), 0.0, 100.0, Some(50.0));
        // Halfway after 3 weeks, due 8 weeks after the start: on track.
        assert_eq!(evaluate(&ws, &m, d(2026, 1, 26)).status, Status::OnTrack);
        // Halfway after 7 weeks of 8: at risk.
        assert_eq!(evaluate(&ws, &m, d(2026, 2, 23)).status, Status::AtRisk);
        m.actual = None;
        assert_eq!(evaluate(&ws, &m, d(2026, 2, 23)).status, Status::Upcoming);
        assert_eq!(evaluate(&ws, &m, d(2026, 3, 3)).status, Status::Missed);
    }

    #[test]
    fn field_check_refuses_no_distance_and_the_wrong_way() {
        use Direction::*;
        assert_eq!(check(5.0, 5.0, HigherIsBetter), Err(FieldProblem::TargetEqualsBaseline));
        assert_eq!(check(5.0, 3.0, HigherIsBetter), Err(FieldProblem::WrongWay));
        assert_eq!(check(5.0, 8.0, LowerIsBetter), Err(FieldProblem::WrongWay));
        assert_eq!(check(5.0, 8.0, HigherIsBetter), Ok(()));
        assert_eq!(check(40.0, 20.0, LowerIsBetter), Ok(()));
    }

    #[test]
    fn a_series_copies_the_template_and_numbers_titles() {
        let mut t = ms("t", d(2026, 1, 1));
        (t.campaign, t.metric, t.baseline) = (Some(Id::from("c")), "mql".into(), 10.0);
        let plan = cadence(d(2026, 1, 1), d(2026, 2, 1), Every::TwoWeeks, 10.0, 40.0, Steps::Linear).unwrap();
        let mut n = 0;
        let out = series(&t, "MQLs", &plan, || {
            n += 1;
            Id(format!("ms-{n}"))
        });
        assert_eq!(out.len(), 3);
        assert_eq!(out.iter().map(|m| m.title.as_str()).collect::<Vec<_>>(), ["MQLs 1/3", "MQLs 2/3", "MQLs 3/3"]);
        assert!(out.iter().all(|m| m.campaign == t.campaign && m.metric == "mql" && m.baseline == 10.0 && m.actual.is_none()));
        assert_eq!(out[2].target, 40.0);
        assert_eq!(out[2].date, d(2026, 2, 1));
        assert_eq!(out[0].id, Id::from("ms-1"));
    }

    #[test]
    fn ics_has_one_all_day_event_per_milestone() {
        let mut m = ms("ms-1", d(2026, 12, 5));
        (m.title, m.campaign) = ("Launch; part 1, phase 2".into(), Some(Id::from("c")));
        let c = Campaign::new(Id::from("c"), "Winter");
        let text = ics(&[&m], &[c], |_| "Leads 0 → 10".into(), "20261123T100000Z", "Milestones");
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20261205\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20261206\r\n"));
        assert!(text.contains("SUMMARY:Launch\\; part 1\\, phase 2 — Winter\r\n"));
        assert!(text.contains("UID:ms-1@jalon\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn offered_metrics_have_sensible_ranges_and_own_metrics_are_free() {
        assert_eq!(value_range("complete"), Some((0.0, 100.0)));
        assert_eq!(value_range("ctr"), Some((0.0, 100.0)));
        assert_eq!(value_range("mql").map(|r| r.0), Some(0.0));
        assert_eq!(value_range("Net revenue change"), None);
        for code in METRICS {
            assert!(value_range(code).is_some(), "{code}");
        }
    }
}
