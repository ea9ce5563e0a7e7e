//! Editing the KPI sheet's rows: adding, renaming, moving and removing
//! metrics, and defining a derived one's formula. Every change returns the
//! op that makes it (one undo step) or says why not, so the sheet can never
//! hold a formula that reads a missing row or goes round in a circle — the
//! same rules the file import enforces.

use super::ops::{Coll, Op, Record};
use super::{Campaign, Formula, Id, Kpi, Workspace};

/// Largest target or value a metric accepts (a typo guard).
pub const MAX_VALUE: f64 = 1e12;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetricProblem {
    NameRequired,
    /// Another row has this name (the CSV matches rows by name).
    NameTaken,
    /// A ratio needs two rows, a sum at least one.
    FormulaIncomplete,
    /// The formula reads the row itself.
    FormulaSelf,
    /// A ratio of a row to itself (always 1: a slip of the second choice).
    RatioOfItself,
    /// A count or an amount below zero as the quarter's target.
    NegativeTarget,
    /// A percentage target below 0 or above 100.
    PercentTarget,
    /// The formula reads a row that is not in the sheet.
    FormulaUnknown,
    /// The formula would go round in a circle, through these rows (names).
    FormulaCycle(Vec<String>),
}

/// Whether `k` (new or edited) can stand in the sheet `kpis`.
pub fn check(kpis: &[Kpi], k: &Kpi) -> Result<(), MetricProblem> {
    let name = k.name.trim();
    if name.is_empty() {
        return Err(MetricProblem::NameRequired);
    }
    if kpis.iter().any(|o| o.id != k.id && o.name.trim().eq_ignore_ascii_case(name)) {
        return Err(MetricProblem::NameTaken);
    }
    // A score (NPS runs from −100) can sit below zero; a number of things
    // or of euros cannot, and a percentage is a rate from 0 to 100.
    if let Some(p) = k.quarterly_target.and_then(|t| super::kpi::value_problem(k, t)) {
        return Err(match p {
            super::kpi::ValueProblem::BelowZero => MetricProblem::NegativeTarget,
            super::kpi::ValueProblem::NotAPercentage => MetricProblem::PercentTarget,
        });
    }
    let Some(f) = &k.formula else { return Ok(()) };
    if let Formula::Ratio { num, den, .. } = f {
        if num == den && !num.as_str().is_empty() {
            return Err(MetricProblem::RatioOfItself);
        }
    }
    let inputs = f.inputs();
    if inputs.is_empty() {
        return Err(MetricProblem::FormulaIncomplete);
    }
    if inputs.iter().any(|i| **i == k.id) {
        return Err(MetricProblem::FormulaSelf);
    }
    if inputs.iter().any(|i| !kpis.iter().any(|o| &o.id == *i)) {
        return Err(MetricProblem::FormulaUnknown);
    }
    // The sheet as it would be, its formulas as edges input → row.
    let edges: Vec<(Id, Id)> = kpis
        .iter()
        .filter(|o| o.id != k.id)
        .chain(std::iter::once(k))
        .flat_map(|o| o.formula.iter().flat_map(|f| f.inputs().into_iter().map(|i| (i.clone(), o.id.clone()))))
        .collect();
    if let Some(cycle) = super::timeline::find_cycle(&edges) {
        let name_of = |id: &Id| if id == &k.id { k.name.clone() } else { kpis.iter().find(|o| &o.id == id).map_or_else(|| id.to_string(), |o| o.name.clone()) };
        return Err(MetricProblem::FormulaCycle(cycle.iter().map(name_of).collect()));
    }
    Ok(())
}

/// A new metric's id, from its name, unique in the sheet.
pub fn new_id(kpis: &[Kpi], name: &str) -> Id {
    let base: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() { "kpi".to_string() } else { base.chars().take(40).collect() };
    let taken = |s: &str| kpis.iter().any(|k| k.id.as_str() == s);
    if !taken(&base) {
        return Id::from(base.as_str());
    }
    (2..).map(|n| format!("{base}-{n}")).find(|s| !taken(s)).map(|s| Id::from(s.as_str())).expect("a free id")
}

/// Adds `k` at the end of its channel's group (the sheet groups by channel).
pub fn add(kpis: &[Kpi], k: Kpi) -> Result<Op, MetricProblem> {
    check(kpis, &k)?;
    let at = kpis.iter().rposition(|o| o.channel == k.channel).map_or(kpis.len(), |i| i + 1);
    Ok(Op::Insert { at, record: Record::Kpi(k) })
}

/// Replaces a metric by its edited version. A row that becomes derived
/// drops its typed weeks (a derived row is never typed); a row that stops
/// being derived starts empty.
pub fn edit(kpis: &[Kpi], mut k: Kpi) -> Result<Op, MetricProblem> {
    check(kpis, &k)?;
    k.name = k.name.trim().to_string();
    if k.formula.is_some() {
        k.weeks.clear();
    }
    Ok(Op::Replace(Record::Kpi(k)))
}

/// Where a metric goes one step up or down among the rows of its channel
/// (the order the sheet shows), as a position in the whole list; `None`
/// at the top or bottom of its group.
pub fn step(kpis: &[Kpi], id: &Id, up: bool) -> Option<Op> {
    let i = kpis.iter().position(|k| &k.id == id)?;
    let ch = kpis[i].channel;
    let to = if up { kpis[..i].iter().rposition(|k| k.channel == ch)? } else { i + 1 + kpis[i + 1..].iter().position(|k| k.channel == ch)? };
    Some(Op::Move { coll: Coll::Kpis, id: id.clone(), to })
}

/// The derived rows that read `id` (by name), which stop a removal.
pub fn used_by(kpis: &[Kpi], id: &Id) -> Vec<String> {
    kpis.iter().filter(|k| k.formula.as_ref().is_some_and(|f| f.inputs().contains(&id))).map(|k| k.name.clone()).collect()
}

/// Removes a metric in one step: milestones that followed it keep its name
/// as their metric and their typed actual, so nothing dangles. Refused with
/// the derived rows' names while a formula reads it.
pub fn remove(ws: &Workspace, id: &Id) -> Result<Op, Vec<String>> {
    let users = used_by(&ws.kpis, id);
    if !users.is_empty() {
        return Err(users);
    }
    let Some(k) = ws.kpis.iter().find(|k| &k.id == id) else { return Err(vec![]) };
    let mut ops: Vec<Op> = ws
        .milestones
        .iter()
        .filter(|m| m.kpi.as_ref() == Some(id))
        .map(|m| {
            let mut m = m.clone();
            m.kpi = None;
            m.metric = k.name.clone();
            Op::Replace(Record::Milestone(m))
        })
        .collect();
    ops.push(Op::Remove { coll: Coll::Kpis, id: id.clone() });
    Ok(Op::Batch(ops))
}

/// A formula as the editor offers it: a ratio of two rows (× 100 for a
/// percentage), or a sum of rows.
pub fn ratio(num: Id, den: Id, percent: bool) -> Formula {
    Formula::Ratio { num, den, percent }
}

/// ROI and ROAS of every campaign, for the table beside the sheet:
/// (campaign, spend, revenue, ROI, ROAS). ROI and ROAS are `None` without
/// spend or without revenue.
pub fn roi_table(campaigns: &[Campaign]) -> Vec<RoiRow> {
    campaigns
        .iter()
        .map(|c| {
            let r = super::kpi::roi(c);
            RoiRow { campaign: c.id.clone(), name: c.name.clone(), spend: c.spent_budget(), revenue: c.revenue, roi: r.map(|x| x.0), roas: r.map(|x| x.1) }
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoiRow {
    pub campaign: Id,
    pub name: String,
    pub spend: f64,
    pub revenue: Option<f64>,
    pub roi: Option<f64>,
    pub roas: Option<f64>,
}

/// Totals of the ROI table over the campaigns that have a revenue: their
/// spend, revenue, ROI and ROAS.
pub fn roi_total(rows: &[RoiRow]) -> Option<(f64, f64, f64, f64)> {
    let with: Vec<&RoiRow> = rows.iter().filter(|r| r.revenue.is_some()).collect();
    let spend: f64 = with.iter().map(|r| r.spend).sum();
    let revenue: f64 = with.iter().filter_map(|r| r.revenue).sum();
    (spend > 0.0).then(|| (spend, revenue, (revenue - spend) / spend, revenue / spend))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Channel, Direction, Unit};

    fn sheet() -> Workspace {
        let mut ws = Workspace::empty("t");
        ws.kpis = crate::domain::kpi::default_set();
        ws
    }

    fn raw(id: &str, name: &str, ch: Option<Channel>) -> Kpi {
        Kpi { id: Id::from(id), name: name.into(), channel: ch, unit: Unit::Count, direction: Direction::HigherIsBetter, quarterly_target: None, weeks: Default::default(), formula: None }
    }

    #[test]
    fn names_are_required_and_unique_ignoring_case() {
        let ws = sheet();
        assert_eq!(check(&ws.kpis, &raw("x", "  ", None)), Err(MetricProblem::NameRequired));
        assert_eq!(check(&ws.kpis, &raw("x", "ctr", None)), Err(MetricProblem::NameTaken));
        // Renaming a row to its own name (another case) is fine.
        assert_eq!(check(&ws.kpis, &raw("ctr", "ctr", None)), Ok(()));
        assert_eq!(new_id(&ws.kpis, "Leads"), Id::from("leads-2"));
        assert_eq!(new_id(&ws.kpis, "Webinar sign-ups!"), Id::from("webinar-sign-ups"));
    }

    #[test]
    fn formulas_must_read_other_existing_rows_without_a_circle() {
        let ws = sheet();
        let mut k = raw("x", "X", None);
        k.formula = Some(Formula::Sum { of: vec![] });
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::FormulaIncomplete));
        k.formula = Some(ratio(Id::from("x"), Id::from("leads"), false));
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::FormulaSelf));
        k.formula = Some(ratio(Id::from("nope"), Id::from("leads"), false));
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::FormulaUnknown));
        // Clicks = CTR ÷ impressions would read CTR, which reads clicks.
        let mut clicks = ws.kpis.iter().find(|k| k.id.as_str() == "clicks").unwrap().clone();
        clicks.formula = Some(ratio(Id::from("ctr"), Id::from("impressions"), false));
        match check(&ws.kpis, &clicks) {
            Err(MetricProblem::FormulaCycle(names)) => assert!(names.contains(&"CTR".to_string()) && names.contains(&"Clicks".to_string()), "{names:?}"),
            other => panic!("{other:?}"),
        }
        k.formula = Some(ratio(Id::from("leads"), Id::from("visitors"), true));
        assert_eq!(check(&ws.kpis, &k), Ok(()));
        k.formula = Some(ratio(Id::from("leads"), Id::from("leads"), true));
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::RatioOfItself));
    }

    #[test]
    fn counts_and_amounts_have_no_target_below_zero_scores_may() {
        let ws = sheet();
        let mut k = raw("x", "X", None);
        k.quarterly_target = Some(-10.0);
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::NegativeTarget));
        k.unit = Unit::Currency;
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::NegativeTarget));
        k.unit = Unit::Score;
        assert_eq!(check(&ws.kpis, &k), Ok(()), "an NPS target can be −10");
        k.unit = Unit::Percent;
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::PercentTarget));
        k.quarterly_target = Some(300.0);
        assert_eq!(check(&ws.kpis, &k), Err(MetricProblem::PercentTarget), "an open rate of 300 % is a typo");
        k.quarterly_target = Some(100.0);
        assert_eq!(check(&ws.kpis, &k), Ok(()));
        k.unit = Unit::Count;
        k.quarterly_target = Some(0.0);
        assert_eq!(check(&ws.kpis, &k), Ok(()));
    }

    #[test]
    fn a_new_metric_joins_the_end_of_its_channel_and_edits_keep_the_sheet_valid() {
        let mut ws = sheet();
        let op = add(&ws.kpis, raw("webinars", "Webinars", Some(Channel::Email))).unwrap();
        op.apply(&mut ws).unwrap();
        let i = ws.kpis.iter().position(|k| k.id.as_str() == "webinars").unwrap();
        assert_eq!(ws.kpis[i - 1].id.as_str(), "email-sales", "after the last email row");
        // Turning a typed row into a derived one drops its typed weeks.
        let mut k = ws.kpis[i].clone();
        k.weeks.insert("2026-W48".into(), 5.0);
        k.formula = Some(ratio(Id::from("leads"), Id::from("visitors"), true));
        let Op::Replace(Record::Kpi(after)) = edit(&ws.kpis, k).unwrap() else { panic!() };
        assert!(after.weeks.is_empty());
        assert!(crate::domain::validate::check_typed(&ws));
    }

    #[test]
    fn moving_steps_over_rows_of_other_channels_and_stops_at_the_group_edge() {
        let mut ws = sheet();
        // Leads (no channel) goes up past the SEA rows to the previous channel-less row.
        let op = step(&ws.kpis, &Id::from("leads"), true).unwrap();
        op.apply(&mut ws).unwrap();
        let ids: Vec<&str> = ws.kpis.iter().filter(|k| k.channel.is_none()).map(|k| k.id.as_str()).collect();
        assert_eq!(&ids[..2], &["leads", "spend"]);
        assert!(step(&ws.kpis, &Id::from("leads"), true).is_none(), "first of its group");
        assert!(step(&ws.kpis, &Id::from("ces"), false).is_none(), "last of its group");
    }

    #[test]
    fn a_metric_read_by_a_formula_cannot_go_and_milestones_keep_its_name() {
        let mut ws = sheet();
        assert_eq!(remove(&ws, &Id::from("clicks")).unwrap_err(), vec!["CTR".to_string(), "CPC".to_string()]);
        ws.milestones.push(crate::domain::Milestone {
            id: Id::from("ms-1"),
            campaign: None,
            title: "NPS 50".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            metric: String::new(),
            kpi: Some(Id::from("nps")),
            baseline: 30.0,
            target: 50.0,
            actual: None,
            direction: Direction::HigherIsBetter,
        });
        let op = remove(&ws, &Id::from("nps")).unwrap();
        op.apply(&mut ws).unwrap();
        assert!(ws.kpis.iter().all(|k| k.id.as_str() != "nps"));
        assert_eq!(ws.milestones[0].kpi, None);
        assert_eq!(ws.milestones[0].metric, "NPS");
        assert!(crate::domain::validate::check_typed(&ws));
    }

    #[test]
    fn roi_per_campaign_and_in_total() {
        let mut a = Campaign::new(Id::from("a"), "A");
        a.budget = vec![crate::domain::ChannelBudget { channel: Channel::Sea, planned: 2000.0, spent: 1000.0 }];
        a.revenue = Some(4000.0);
        let mut b = Campaign::new(Id::from("b"), "B");
        b.revenue = Some(500.0); // no spend: no ROI
        let c = Campaign::new(Id::from("c"), "C"); // no revenue
        let rows = roi_table(&[a, b, c]);
        assert_eq!((rows[0].roi, rows[0].roas), (Some(3.0), Some(4.0)));
        assert_eq!((rows[1].roi, rows[2].roas), (None, None));
        assert_eq!(roi_total(&rows), Some((1000.0, 4500.0, 3.5, 4.5)));
        assert_eq!(roi_total(&rows[2..]), None);
    }
}
