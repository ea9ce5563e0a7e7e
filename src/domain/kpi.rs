//! The weekly KPI sheet: which weeks a quarter holds, the values of derived
//! rows, averages, status against target, the default set of metrics, the
//! CSV layout that round-trips with a spreadsheet, and ROI per campaign.
//!
//! **Targets.** A row's `quarterly_target` is what the quarter should reach.
//! For additive units (counts, currency: leads, spend, revenue) that is a
//! quarter total, so the weekly target is the target ÷ the weeks in the
//! quarter. For rates (percent, score, and every derived row: CTR, CPL,
//! ROAS, NPS) the quarter's target is the level to hold, so the weekly
//! target is the target itself. The row's status compares the weekly
//! average with the weekly target.
//!
//! **Status.** Against a weekly target `t`, a value is on track when it is
//! at least `t` (higher is better) or at most `t` (lower is better); behind
//! when it misses by up to 10 % of `t`; far behind beyond that.

use super::fields::Decimal;
use super::{Campaign, Direction, Formula, Id, Kpi, Unit, Workspace};
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::{BTreeMap, HashMap};

/// A quarter of a year: `(2026, 4)` is October to December 2026.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i32,
    pub q: u32,
}

impl Quarter {
    pub fn of(d: NaiveDate) -> Quarter {
        Quarter { year: d.year(), q: (d.month() - 1) / 3 + 1 }
    }
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, (self.q - 1) * 3 + 1, 1).expect("a quarter's first day")
    }
    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("a day before")
    }
    pub fn next(self) -> Quarter {
        if self.q == 4 { Quarter { year: self.year + 1, q: 1 } } else { Quarter { year: self.year, q: self.q + 1 } }
    }
    pub fn prev(self) -> Quarter {
        if self.q == 1 { Quarter { year: self.year - 1, q: 4 } } else { Quarter { year: self.year, q: self.q - 1 } }
    }
    /// `2026-Q4`.
    pub fn label(self) -> String {
        format!("{}-Q{}", self.year, self.q)
    }
    pub fn parse(s: &str) -> Option<Quarter> {
        let (y, q) = s.trim().split_once("-Q")?;
        let (year, q) = (y.parse().ok()?, q.parse().ok()?);
        (1..=4).contains(&q).then_some(Quarter { year, q })
    }
    /// The ISO weeks whose Thursday falls in the quarter (so each week
    /// belongs to exactly one quarter): 13, sometimes 14.
    pub fn weeks(self) -> Vec<String> {
        let mut out = vec![];
        let mut d = self.first_day();
        // The first Thursday on or after the first day.
        while d.weekday() != Weekday::Thu {
            d = d.succ_opt().expect("a next day");
        }
        while d <= self.last_day() {
            out.push(super::iso_week_label(d));
            d += chrono::Duration::weeks(1);
        }
        out
    }
}

/// Values of every row for the given weeks, derived rows computed from the
/// rows they read (in any order; a cycle, which validation refuses, gives
/// no values). A ratio with a zero or missing denominator has no value —
/// shown as "—", never NaN or ∞.
pub fn values(kpis: &[Kpi], weeks: &[String]) -> HashMap<Id, Vec<Option<f64>>> {
    let by_id: HashMap<&Id, &Kpi> = kpis.iter().map(|k| (&k.id, k)).collect();
    let mut out: HashMap<Id, Vec<Option<f64>>> = HashMap::new();
    fn row(id: &Id, by_id: &HashMap<&Id, &Kpi>, weeks: &[String], out: &mut HashMap<Id, Vec<Option<f64>>>, depth: usize) -> Vec<Option<f64>> {
        if let Some(v) = out.get(id) {
            return v.clone();
        }
        let Some(k) = by_id.get(id) else { return vec![None; weeks.len()] };
        if depth > by_id.len() {
            return vec![None; weeks.len()];
        }
        let v: Vec<Option<f64>> = match &k.formula {
            None => weeks.iter().map(|w| k.weeks.get(w).copied()).collect(),
            Some(Formula::Ratio { num, den, percent }) => {
                let (n, d) = (row(num, by_id, weeks, out, depth + 1), row(den, by_id, weeks, out, depth + 1));
                n.iter().zip(&d).map(|(n, d)| ratio(*n, *d, *percent)).collect()
            }
            Some(Formula::Sum { of }) => {
                let parts: Vec<Vec<Option<f64>>> = of.iter().map(|p| row(p, by_id, weeks, out, depth + 1)).collect();
                (0..weeks.len())
                    .map(|i| {
                        let xs: Vec<f64> = parts.iter().filter_map(|p| p[i]).collect();
                        (!xs.is_empty()).then(|| xs.iter().sum())
                    })
                    .collect()
            }
        };
        out.insert(id.clone(), v.clone());
        v
    }
    for k in kpis {
        row(&k.id, &by_id, weeks, &mut out, 0);
    }
    out
}

fn ratio(n: Option<f64>, d: Option<f64>, percent: bool) -> Option<f64> {
    let (n, d) = (n?, d?);
    if d == 0.0 {
        return None;
    }
    let r = n / d * if percent { 100.0 } else { 1.0 };
    r.is_finite().then_some(r)
}

/// The weekly values of one row over every week any row has data for
/// (what a milestone tied to a derived KPI reads).
pub fn series(ws: &Workspace, kpi: &Kpi) -> BTreeMap<String, f64> {
    if kpi.formula.is_none() {
        return kpi.weeks.clone();
    }
    let mut weeks: Vec<String> = ws.kpis.iter().flat_map(|k| k.weeks.keys().cloned()).collect();
    weeks.sort();
    weeks.dedup();
    let v = values(&ws.kpis, &weeks);
    weeks.into_iter().zip(v.get(&kpi.id).cloned().unwrap_or_default()).filter_map(|(w, x)| Some((w, x?))).collect()
}

/// The average of the weeks that have a value; `None` without any.
pub fn average(v: &[Option<f64>]) -> Option<f64> {
    let xs: Vec<f64> = v.iter().flatten().copied().collect();
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// A row's average over its first `upto` weeks, `row` giving any row's
/// weekly values. A ratio's average is the ratio of its numerator's and
/// denominator's sums over the weeks both have (total clicks ÷ total
/// impressions): the mean of weekly ratios would weigh a week of 10
/// impressions like a week of 10,000. Other rows: the mean of their weeks.
pub fn row_average<'a>(k: &Kpi, row: impl Fn(&Id) -> Option<&'a [Option<f64>]>, upto: usize) -> Option<f64> {
    match &k.formula {
        Some(Formula::Ratio { num, den, percent }) => {
            let (n, d) = (row(num)?, row(den)?);
            let pairs: Vec<(f64, f64)> = n.iter().zip(d).take(upto).filter_map(|(a, b)| Some(((*a)?, (*b)?))).collect();
            if pairs.is_empty() {
                return None;
            }
            ratio(Some(pairs.iter().map(|p| p.0).sum()), Some(pairs.iter().map(|p| p.1).sum()), *percent)
        }
        _ => row(&k.id).and_then(|v| average(&v[..upto.min(v.len())])),
    }
}

/// Every row's average over the first `upto` weeks of a sheet (see
/// [`row_average`]), in the rows' order.
pub fn averages_upto(kpis: &[Kpi], rows: &[SheetRow], upto: usize) -> Vec<Option<f64>> {
    let by: HashMap<&Id, &[Option<f64>]> = rows.iter().map(|r| (&r.id, r.values.as_slice())).collect();
    kpis.iter().map(|k| row_average(k, |id| by.get(id).copied(), upto)).collect()
}

/// Why a typed value does not suit its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueProblem {
    /// A count or an amount of money below zero.
    BelowZero,
    /// A percentage below 0 or above 100.
    NotAPercentage,
}

/// Whether a typed week value (or target) suits its row, and if not why:
/// counts and money are never below zero (-5 leads is a typo, and it
/// would drag the average down); a percentage is a rate (an open rate, a
/// conversion rate), from 0 to 100, so 300 % is a typo too; a score (an
/// NPS, a ROAS, a change that can go below zero or past 100) may be any
/// number.
pub fn value_problem(k: &Kpi, v: f64) -> Option<ValueProblem> {
    match k.unit {
        Unit::Count | Unit::Currency if v < 0.0 => Some(ValueProblem::BelowZero),
        Unit::Percent if !(0.0..=100.0).contains(&v) => Some(ValueProblem::NotAPercentage),
        _ => None,
    }
}


/// Whether a unit adds up over weeks (counts, money) or is a level.
pub fn is_additive(k: &Kpi) -> bool {
    k.formula.is_none() && matches!(k.unit, Unit::Count | Unit::Currency) || matches!(k.formula, Some(Formula::Sum { .. }))
}

/// The target one week should meet (see the module doc).
pub fn weekly_target(k: &Kpi, weeks_in_quarter: usize) -> Option<f64> {
    let t = k.quarterly_target?;
    Some(if is_additive(k) { t / weeks_in_quarter.max(1) as f64 } else { t })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    OnTrack,
    Behind,
    FarBehind,
}

/// How far behind still counts as "behind" rather than "far behind".
pub const BEHIND_MARGIN: f64 = 0.10;

/// A value against a target, in the row's direction.
pub fn status(value: f64, target: f64, dir: Direction) -> Status {
    let miss = match dir {
        Direction::HigherIsBetter => target - value,
        Direction::LowerIsBetter => value - target,
    };
    if miss <= 0.0 {
        Status::OnTrack
    } else if miss <= BEHIND_MARGIN * target.abs() {
        Status::Behind
    } else {
        Status::FarBehind
    }
}

/// One row of the sheet for a quarter.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
    pub id: Id,
    pub values: Vec<Option<f64>>,
    pub average: Option<f64>,
    pub weekly_target: Option<f64>,
    pub cells: Vec<Option<Status>>,
    pub status: Option<Status>,
}

/// The order a person reads the rows in: grouped by channel (in
/// `Channel::ALL` order, rows of no channel last), the workspace's order
/// within a group. The sheet, its CSV and the projector's KPI slide all use
/// it, so a file opened in a spreadsheet lists the rows as the sheet does.
pub fn sheet_order(kpis: &[Kpi]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..kpis.len()).collect();
    idx.sort_by_key(|&i| kpis[i].channel.map_or(usize::MAX, |c| super::Channel::ALL.iter().position(|x| *x == c).unwrap_or(0)));
    idx
}

/// Every row of the sheet for `weeks`, in the workspace's order.
pub fn sheet(kpis: &[Kpi], weeks: &[String]) -> Vec<SheetRow> {
    let vals = values(kpis, weeks);
    kpis.iter()
        .map(|k| {
            let values = vals.get(&k.id).cloned().unwrap_or_else(|| vec![None; weeks.len()]);
            let average = row_average(k, |id| vals.get(id).map(Vec::as_slice), weeks.len());
            let weekly_target = weekly_target(k, weeks.len());
            let judge = |v: Option<f64>| Some(status(v?, weekly_target?, k.direction));
            SheetRow { id: k.id.clone(), cells: values.iter().map(|v| judge(*v)).collect(), status: judge(average), values, average, weekly_target }
        })
        .collect()
}

/// Where a metric stood in a span of days (a sprint): its latest week in
/// the span with a figure, that figure, the week's target and the status.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub kpi: Id,
    pub week: String,
    pub value: f64,
    pub status: Option<Status>,
}

/// The sheet's row named `name` (case and accents ignored: a user story's
/// KPI is typed text) as it stood from `from` to `to`: its latest week in
/// that span with a figure, judged against the weekly target of that
/// week's quarter, as the sheet judges it. `None` when no row has that name
/// or none of its weeks in the span has a figure.
pub fn reading(kpis: &[Kpi], name: &str, from: NaiveDate, to: NaiveDate) -> Option<Reading> {
    let wanted = super::text::fold(name.trim());
    let k = kpis.iter().position(|k| super::text::fold(k.name.trim()) == wanted)?;
    let (first, last) = (super::iso_week_label(from), super::iso_week_label(to));
    // Quarters the span touches, latest first.
    let mut quarters = vec![Quarter::of(to)];
    if Quarter::of(from) != quarters[0] {
        quarters.push(Quarter::of(from));
    }
    quarters.into_iter().find_map(|q| {
        let weeks = q.weeks();
        let row = sheet(kpis, &weeks).swap_remove(k);
        (0..weeks.len())
            .rev()
            .filter(|&i| weeks[i] >= first && weeks[i] <= last)
            .find_map(|i| row.values[i].map(|v| Reading { kpi: kpis[k].id.clone(), week: weeks[i].clone(), value: v, status: row.cells[i] }))
    })
}

/// ROI and ROAS of a campaign: spend is its spent budget, revenue what was
/// attributed to it. `None` without spend (nothing to divide by) or without
/// revenue.
pub fn roi(c: &Campaign) -> Option<(f64, f64)> {
    let (spend, revenue) = (c.spent_budget(), c.revenue?);
    (spend > 0.0).then(|| ((revenue - spend) / spend, revenue / spend))
}

/// The metrics a new workspace starts with: raw rows, and the ratios
/// derived from them (never typed twice).
pub fn default_set() -> Vec<Kpi> {
    use super::Channel::*;
    use Direction::*;
    let raw = |id: &str, name: &str, ch: Option<super::Channel>, unit: Unit, dir: Direction| Kpi {
        id: Id::from(id),
        name: name.into(),
        channel: ch,
        unit,
        direction: dir,
        quarterly_target: None,
        weeks: BTreeMap::new(),
        formula: None,
    };
    let derived = |id: &str, name: &str, ch: Option<super::Channel>, unit: Unit, dir: Direction, f: Formula| Kpi { formula: Some(f), ..raw(id, name, ch, unit, dir) };
    let r = |n: &str, d: &str, percent: bool| Formula::Ratio { num: Id::from(n), den: Id::from(d), percent };
    vec![
        raw("spend-sea", "Spend — search ads", Some(Sea), Unit::Currency, LowerIsBetter),
        raw("spend-social", "Spend — paid social", Some(Social), Unit::Currency, LowerIsBetter),
        raw("spend-display", "Spend — display", Some(Display), Unit::Currency, LowerIsBetter),
        derived("spend", "Spend — total", None, Unit::Currency, LowerIsBetter, Formula::Sum { of: vec![Id::from("spend-sea"), Id::from("spend-social"), Id::from("spend-display")] }),
        raw("impressions", "Impressions", Some(Sea), Unit::Count, HigherIsBetter),
        raw("clicks", "Clicks", Some(Sea), Unit::Count, HigherIsBetter),
        derived("ctr", "CTR", Some(Sea), Unit::Percent, HigherIsBetter, r("clicks", "impressions", true)),
        derived("cpc", "CPC", Some(Sea), Unit::Currency, LowerIsBetter, r("spend-sea", "clicks", false)),
        raw("leads", "Leads", None, Unit::Count, HigherIsBetter),
        derived("cpl", "CPL", None, Unit::Currency, LowerIsBetter, r("spend", "leads", false)),
        raw("acquisitions", "Acquisitions", None, Unit::Count, HigherIsBetter),
        derived("cpa", "CPA / CPS", None, Unit::Currency, LowerIsBetter, r("spend", "acquisitions", false)),
        raw("revenue", "Revenue", None, Unit::Currency, HigherIsBetter),
        derived("roas", "ROAS", None, Unit::Score, HigherIsBetter, r("revenue", "spend", false)),
        raw("email-sends", "Email sends", Some(Email), Unit::Count, HigherIsBetter),
        raw("email-opens", "Email opens", Some(Email), Unit::Count, HigherIsBetter),
        derived("open-rate", "Open rate", Some(Email), Unit::Percent, HigherIsBetter, r("email-opens", "email-sends", true)),
        raw("email-clicks", "Email clicks", Some(Email), Unit::Count, HigherIsBetter),
        derived("email-ctr", "Email CTR", Some(Email), Unit::Percent, HigherIsBetter, r("email-clicks", "email-sends", true)),
        raw("email-sales", "Email sales", Some(Email), Unit::Count, HigherIsBetter),
        raw("visitors", "Unique visitors", Some(Seo), Unit::Count, HigherIsBetter),
        derived("conversion", "Conversion rate", None, Unit::Percent, HigherIsBetter, r("acquisitions", "visitors", true)),
        raw("mqls", "MQLs", None, Unit::Count, HigherIsBetter),
        raw("nps", "NPS", None, Unit::Score, HigherIsBetter),
        raw("ces", "CES", None, Unit::Score, LowerIsBetter),
    ]
}

// ── CSV ──

/// One line of a refused CSV file and why.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvProblem {
    /// 1-based line number in the file.
    pub line: usize,
    pub kind: CsvProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CsvProblemKind {
    /// The header is not `metric, target, average, <ISO weeks>…`.
    BadHeader,
    BadWeek(String),
    /// A line with another number of cells than the header.
    Ragged { expected: usize, found: usize },
    NotANumber { column: String, text: String },
    UnknownMetric(String),
    /// A count or an amount of money below zero (see [`value_problem`]).
    Negative { column: String, text: String },
    /// A percentage below 0 or above 100 (see [`value_problem`]).
    NotAPercentage { column: String, text: String },
    Empty,
    /// A header and no line of metrics under it.
    NoRows,
}

/// A cell quoted when it holds either layout's separator (`,` or `;`), a
/// quote or a line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_number(v: Option<f64>) -> String {
    match v {
        Some(x) => {
            let r = (x * 1e6).round() / 1e6;
            if r == r.trunc() && r.abs() < 1e15 { format!("{}", r as i64) } else { format!("{r}") }
        }
        None => String::new(),
    }
}

/// The sheet for `weeks` as CSV: `metric,target,average,2026-W40,…`, one
/// line per row in the sheet's order ([`sheet_order`]), derived rows
/// included (computed; an import ignores their cells). CRLF line ends and a
/// byte-order mark, so Excel on Windows reads the accents as UTF-8. With
/// `Decimal::Point` commas separate the cells and numbers have a point; with
/// `Decimal::Comma` (a French spreadsheet) semicolons and a decimal comma,
/// which is what French Excel opens in columns. No thousands separator.
pub fn to_csv(kpis: &[Kpi], weeks: &[String], dec: Decimal) -> String {
    let sep = if dec == Decimal::Comma { ';' } else { ',' };
    let num = |v: Option<f64>| {
        let t = csv_number(v);
        if dec == Decimal::Comma { t.replace('.', ",") } else { t }
    };
    let rows = sheet(kpis, weeks);
    let mut out = format!("\u{feff}metric{sep}target{sep}average");
    for w in weeks {
        out.push(sep);
        out.push_str(w);
    }
    out.push_str("\r\n");
    for i in sheet_order(kpis) {
        let (k, r) = (&kpis[i], &rows[i]);
        out.push_str(&csv_field(&k.name));
        for v in [k.quarterly_target, r.average].into_iter().chain(r.values.iter().copied()) {
            out.push(sep);
            out.push_str(&num(v));
        }
        out.push_str("\r\n");
    }
    out
}

/// Splits CSV text into lines of fields (quotes, doubled quotes, commas and
/// line breaks inside quotes). A `;` separator is accepted when the header
/// uses it, as spreadsheets set to French write.
fn parse_csv(text: &str) -> (Vec<(usize, Vec<String>)>, char) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = if text.lines().next().is_some_and(|h| h.contains(';') && !h.contains(',')) { ';' } else { ',' };
    let mut rows = vec![];
    let (mut row, mut field, mut quoted, mut line, mut start) = (vec![], String::new(), false, 1usize, 1usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (c, false) if c == sep => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push((start, std::mem::take(&mut row)));
                line += 1;
                start = line;
            }
            ('\n', true) => {
                field.push('\n');
                line += 1;
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((start, row));
    }
    rows.retain(|(_, r)| !r.iter().all(|c| c.trim().is_empty()));
    (rows, sep)
}

/// What an import would change: per row, its new target and, for a raw
/// row, its weekly values for the file's weeks. A derived row's weekly
/// values are computed: the file's are kept aside in `computed`, only to
/// say which were not used ([`unused_computed`]).
#[derive(Clone, Debug, PartialEq)]
pub struct CsvImport {
    pub weeks: Vec<String>,
    pub rows: Vec<(Id, Option<f64>, Vec<Option<f64>>)>,
    pub computed: Vec<(Id, Vec<Option<f64>>)>,
}

/// Reads a CSV in the layout [`to_csv`] writes. Every problem is reported
/// with its line, and nothing is returned unless the whole file reads.
/// Metrics are matched by name (case and accents ignored); derived rows'
/// week cells and the average column are not imported (they are
/// computed), but a derived row's target is: it is typed, like a raw one's.
pub fn from_csv(text: &str, kpis: &[Kpi]) -> Result<CsvImport, Vec<CsvProblem>> {
    let (mut lines, sep) = parse_csv(text);
    // A comma-separated file is written with decimal points ("1,234.5" or a
    // quoted "24,500" is English grouping); a semicolon one with commas.
    let dec = if sep == ';' { Decimal::Comma } else { Decimal::Point };
    // Empty columns a spreadsheet leaves after the last week are dropped,
    // from the header and from every line that has them empty.
    if let Some((_, header)) = lines.first() {
        let width = header.iter().rposition(|c| !c.trim().is_empty()).map_or(0, |i| i + 1);
        for (_, cells) in lines.iter_mut() {
            while cells.len() > width && cells.last().is_some_and(|c| c.trim().is_empty()) {
                cells.pop();
            }
        }
    }
    let Some((hl, header)) = lines.first() else { return Err(vec![CsvProblem { line: 1, kind: CsvProblemKind::Empty }]) };
    let h: Vec<String> = header.iter().map(|s| s.trim().to_lowercase()).collect();
    if h.len() < 3 || h[0] != "metric" || h[1] != "target" || h[2] != "average" {
        return Err(vec![CsvProblem { line: *hl, kind: CsvProblemKind::BadHeader }]);
    }
    let mut problems = vec![];
    let weeks: Vec<String> = header[3..].iter().map(|s| s.trim().to_string()).collect();
    for w in &weeks {
        if !super::validate::is_iso_week(w) {
            problems.push(CsvProblem { line: *hl, kind: CsvProblemKind::BadWeek(w.clone()) });
        }
    }
    let by_name: HashMap<String, &Kpi> = kpis.iter().map(|k| (super::text::fold(k.name.trim()), k)).collect();
    let num = |s: &str, col: &str, line: usize, problems: &mut Vec<CsvProblem>| -> Option<f64> {
        let t = s.trim();
        if t.is_empty() || t == "—" {
            return None;
        }
        match super::fields::number_in(dec, t, -1e12, 1e12, false) {
            Ok(v) => v,
            Err(_) => {
                problems.push(CsvProblem { line, kind: CsvProblemKind::NotANumber { column: col.into(), text: t.chars().take(40).collect() } });
                None
            }
        }
    };
    let mut rows = vec![];
    let mut computed = vec![];
    for (line, cells) in &lines[1..] {
        if cells.len() != header.len() {
            problems.push(CsvProblem { line: *line, kind: CsvProblemKind::Ragged { expected: header.len(), found: cells.len() } });
            continue;
        }
        let name = cells[0].trim();
        let Some(k) = by_name.get(&super::text::fold(name)) else {
            problems.push(CsvProblem { line: *line, kind: CsvProblemKind::UnknownMetric(name.chars().take(60).collect()) });
            continue;
        };
        let target = num(&cells[1], "target", *line, &mut problems);
        let _ = num(&cells[2], "average", *line, &mut problems);
        let values: Vec<Option<f64>> = cells[3..].iter().zip(&weeks).map(|(c, w)| num(c, w, *line, &mut problems)).collect();
        let derived = k.formula.is_some();
        // A derived row's week cells are computed: they must read as
        // numbers, but are not imported, so not checked against the unit.
        let typed = std::iter::once(("target", &target, &cells[1]))
            .chain(weeks.iter().map(String::as_str).zip(&values).zip(&cells[3..]).map(|((w, v), t)| (w, v, t)).filter(|_| !derived));
        for (col, v, text) in typed {
            if let Some(p) = v.and_then(|v| value_problem(k, v)) {
                let (column, text) = (col.into(), text.trim().chars().take(40).collect());
                let kind = match p {
                    ValueProblem::BelowZero => CsvProblemKind::Negative { column, text },
                    ValueProblem::NotAPercentage => CsvProblemKind::NotAPercentage { column, text },
                };
                problems.push(CsvProblem { line: *line, kind });
            }
        }
        if derived {
            rows.push((k.id.clone(), target, vec![]));
            computed.push((k.id.clone(), values));
        } else {
            rows.push((k.id.clone(), target, values));
        }
    }
    if problems.is_empty() && lines.len() < 2 {
        problems.push(CsvProblem { line: hl + 1, kind: CsvProblemKind::NoRows });
    }
    if problems.is_empty() {
        Ok(CsvImport { weeks, rows, computed })
    } else {
        Err(problems)
    }
}

/// The rows with an import applied: the file's weeks replace those weeks
/// (an empty cell clears one), other weeks are kept; the target is set.
pub fn apply_import(kpis: &[Kpi], import: &CsvImport) -> Vec<Kpi> {
    kpis.iter()
        .filter_map(|k| {
            let (_, target, values) = import.rows.iter().find(|(id, _, _)| id == &k.id)?;
            let mut k = k.clone();
            k.quarterly_target = *target;
            // A derived row has no week values of its own (`values` is empty).
            for (w, v) in import.weeks.iter().zip(values) {
                match v {
                    Some(v) => k.weeks.insert(w.clone(), *v),
                    None => k.weeks.remove(w),
                };
            }
            Some(k)
        })
        .collect()
}

/// The derived rows (by name, in the file's order) where the file holds a
/// week value other than the one computed once the import is applied to
/// `kpis` (`changed`: what [`apply_import`] gave), and other than the one
/// computed before (which an exported file carries even after a raw value
/// in it was changed): someone typed into a computed row in their
/// spreadsheet, and should be told it was not used. The file's own export
/// writes the computed values rounded to 6 decimals, and a spreadsheet may
/// save them as shown (2 decimals): closer than that is the same value. An
/// empty cell is not a value typed.
pub fn unused_computed(kpis: &[Kpi], changed: &[Kpi], import: &CsvImport) -> Vec<String> {
    let after: Vec<Kpi> = kpis.iter().map(|k| changed.iter().find(|c| c.id == k.id).unwrap_or(k).clone()).collect();
    let (before, now) = (values(kpis, &import.weeks), values(&after, &import.weeks));
    let same = |file: f64, computed: Option<f64>| computed.is_some_and(|c| (file - c).abs() <= 0.006_f64.max(c.abs() * 1e-3));
    let at = |m: &HashMap<Id, Vec<Option<f64>>>, id: &Id, i: usize| m.get(id).and_then(|r| r.get(i).copied().flatten());
    import
        .computed
        .iter()
        .filter(|(id, file)| file.iter().enumerate().any(|(i, v)| v.is_some_and(|v| !same(v, at(&now, id, i)) && !same(v, at(&before, id, i)))))
        .filter_map(|(id, _)| after.iter().find(|k| &k.id == id).map(|k| k.name.clone()))
        .collect()
}

/// A block pasted from a spreadsheet: rows split by line breaks, cells by
/// tabs; an empty cell clears a value. Refused (with the 1-based row and
/// column) if any cell is not a number.
pub fn paste_block(text: &str, dec: Decimal) -> Result<Vec<Vec<Option<f64>>>, (usize, usize)> {
    let text = text.trim_end_matches(['\r', '\n']);
    text.split('\n')
        .enumerate()
        .map(|(r, line)| {
            line.trim_end_matches('\r')
                .split('\t')
                .enumerate()
                .map(|(c, cell)| super::fields::number_in(dec, cell, -1e12, 1e12, false).map_err(|_| (r + 1, c + 1)))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn with_weeks(mut k: Kpi, vals: &[(&str, f64)]) -> Kpi {
        k.weeks = vals.iter().map(|(w, v)| (w.to_string(), *v)).collect();
        k
    }

    fn set() -> Vec<Kpi> {
        let mut s = default_set();
        for k in s.iter_mut() {
            match k.id.as_str() {
                "clicks" => *k = with_weeks(k.clone(), &[("2026-W40", 50.0), ("2026-W41", 0.0)]),
                "impressions" => *k = with_weeks(k.clone(), &[("2026-W40", 1000.0), ("2026-W41", 0.0)]),
                "spend-sea" => *k = with_weeks(k.clone(), &[("2026-W40", 100.0), ("2026-W41", 80.0)]),
                "spend-social" => *k = with_weeks(k.clone(), &[("2026-W40", 20.0)]),
                _ => {}
            }
        }
        s
    }

    #[test]
    fn quarters_hold_13_or_14_iso_weeks_each_in_one_quarter() {
        let q = Quarter::of(d(2026, 11, 23));
        assert_eq!(q, Quarter { year: 2026, q: 4 });
        assert_eq!(q.label(), "2026-Q4");
        assert_eq!(Quarter::parse("2026-Q4"), Some(q));
        assert_eq!(Quarter::parse("2026-Q5"), None);
        let w = q.weeks();
        assert_eq!(w.first().unwrap(), "2026-W40");
        // 1 October 2026 is a Thursday, and so is 31 December: 14 weeks,
        // the last being W53 (2026 has 53 ISO weeks).
        assert_eq!(w.len(), 14);
        assert_eq!(w.last().unwrap(), "2026-W53");
        // Consecutive quarters never share a week.
        let mut all: Vec<String> = (0..8).flat_map(|i| (0..i).fold(Quarter { year: 2025, q: 1 }, |q, _| q.next()).weeks()).collect();
        let n = all.len();
        all.dedup();
        assert_eq!(all.len(), n);
        assert_eq!(q.next().prev(), q);
    }

    #[test]
    fn derived_rows_are_computed_and_division_by_zero_has_no_value() {
        let weeks = vec!["2026-W40".to_string(), "2026-W41".to_string(), "2026-W42".to_string()];
        let v = values(&set(), &weeks);
        assert_eq!(v[&Id::from("ctr")], vec![Some(5.0), None, None], "0 impressions → no CTR, not NaN");
        assert_eq!(v[&Id::from("cpc")], vec![Some(2.0), None, None], "0 clicks → no CPC, not ∞");
        assert_eq!(v[&Id::from("spend")], vec![Some(120.0), Some(80.0), None], "a sum of the rows that have a value");
        assert_eq!(v[&Id::from("cpl")], vec![None, None, None], "no leads → no CPL");
    }

    #[test]
    fn a_ratio_averages_as_total_over_total_not_as_a_mean_of_weeks() {
        let mut s = set();
        for k in s.iter_mut() {
            match k.id.as_str() {
                // 5 % of 1,000 and 0 % of 10: 50 clicks of 1,010 impressions.
                "clicks" => *k = with_weeks(k.clone(), &[("2026-W40", 50.0), ("2026-W41", 0.0), ("2026-W42", 7.0)]),
                "impressions" => *k = with_weeks(k.clone(), &[("2026-W40", 1000.0), ("2026-W41", 10.0)]),
                _ => {}
            }
        }
        let weeks = vec!["2026-W40".to_string(), "2026-W41".to_string(), "2026-W42".to_string()];
        let rows = sheet(&s, &weeks);
        let ctr = rows.iter().find(|r| r.id.as_str() == "ctr").unwrap();
        assert_eq!(ctr.values, vec![Some(5.0), Some(0.0), None]);
        // W42's clicks have no impressions to pair with: left out of both sums.
        let expected = 50.0 / 1010.0 * 100.0;
        assert!((ctr.average.unwrap() - expected).abs() < 1e-12, "{:?}", ctr.average);
        // Up to the first week only: that week's ratio.
        let first = averages_upto(&s, &rows, 1);
        let i = s.iter().position(|k| k.id.as_str() == "ctr").unwrap();
        assert_eq!(first[i], Some(5.0));
        // Typed rows keep the mean of their weeks.
        let clicks = rows.iter().find(|r| r.id.as_str() == "clicks").unwrap();
        assert_eq!(clicks.average, Some(19.0));
        // No pair of weeks: no average.
        let cpl = rows.iter().find(|r| r.id.as_str() == "cpl").unwrap();
        assert_eq!(cpl.average, None);
    }

    #[test]
    fn averages_and_weekly_targets() {
        assert_eq!(average(&[Some(1.0), None, Some(3.0)]), Some(2.0));
        assert_eq!(average(&[None, None]), None);
        let mut leads = default_set().into_iter().find(|k| k.id.as_str() == "leads").unwrap();
        leads.quarterly_target = Some(1300.0);
        assert_eq!(weekly_target(&leads, 13), Some(100.0), "a count target is a quarter total");
        let mut ctr = default_set().into_iter().find(|k| k.id.as_str() == "ctr").unwrap();
        ctr.quarterly_target = Some(4.0);
        assert_eq!(weekly_target(&ctr, 13), Some(4.0), "a rate target is a level to hold");
    }

    #[test]
    fn status_in_both_directions() {
        use Direction::*;
        assert_eq!(status(100.0, 100.0, HigherIsBetter), Status::OnTrack);
        assert_eq!(status(95.0, 100.0, HigherIsBetter), Status::Behind);
        assert_eq!(status(85.0, 100.0, HigherIsBetter), Status::FarBehind);
        assert_eq!(status(9.0, 10.0, LowerIsBetter), Status::OnTrack);
        assert_eq!(status(10.5, 10.0, LowerIsBetter), Status::Behind);
        assert_eq!(status(12.0, 10.0, LowerIsBetter), Status::FarBehind);
    }

    #[test]
    fn roi_and_roas() {
        let mut c = Campaign::new(Id::from("c"), "C");
        c.budget = vec![super::super::ChannelBudget { channel: super::super::Channel::Sea, planned: 5000.0, spent: 2000.0 }];
        assert_eq!(roi(&c), None);
        c.revenue = Some(5000.0);
        assert_eq!(roi(&c), Some((1.5, 2.5)));
        c.budget.clear();
        assert_eq!(roi(&c), None, "no spend, nothing to divide by");
    }

    #[test]
    fn csv_lists_rows_as_the_sheet_groups_them() {
        use super::super::Channel;
        let mut kpis = set();
        // A general row first in the workspace, a search row before an
        // email row: the file must read like the sheet, not the workspace.
        kpis[0].channel = None;
        kpis[1].channel = Some(Channel::Sea);
        kpis[2].channel = Some(Channel::Email);
        let order = sheet_order(&kpis);
        let rank = |i: usize| kpis[i].channel.map_or(usize::MAX, |c| Channel::ALL.iter().position(|x| *x == c).unwrap());
        assert!(order.windows(2).all(|p| rank(p[0]) <= rank(p[1])), "grouped by channel");
        let general = order.iter().position(|&i| i == 0).unwrap();
        assert!(order[general..].iter().all(|&i| kpis[i].channel.is_none()), "no channel last");
        let text = to_csv(&kpis, &Quarter { year: 2026, q: 4 }.weeks(), Decimal::Point);
        let names: Vec<&str> = text.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();
        let expected: Vec<String> = order.iter().map(|&i| csv_field(&kpis[i].name)).collect();
        assert_eq!(names, expected);
        let sea = names.iter().position(|n| *n == kpis[1].name).unwrap();
        let email = names.iter().position(|n| *n == kpis[2].name).unwrap();
        assert!(email < sea, "email before search, as in the sheet");
    }

    #[test]
    fn a_sprint_reads_the_latest_week_of_the_metric_its_items_named() {
        let mut kpis = set();
        let leads = kpis.iter().position(|k| k.name == "Leads").unwrap();
        kpis[leads].quarterly_target = Some(1300.0); // 100 a week over 13 weeks of 2027-Q1
        kpis[leads].weeks.insert("2027-W01".into(), 120.0);
        kpis[leads].weeks.insert("2027-W02".into(), 80.0);
        kpis[leads].weeks.insert("2027-W04".into(), 200.0);
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        // A sprint over W01–W02: the latest of its weeks with a figure, 80 (far behind 100).
        let r = reading(&kpis, " léads ", d(2027, 1, 4), d(2027, 1, 15)).unwrap();
        assert_eq!((r.week.as_str(), r.value, r.status), ("2027-W02", 80.0, Some(Status::FarBehind)));
        // Weeks after the sprint do not count; a sprint with no figure reads nothing.
        assert_eq!(reading(&kpis, "Leads", d(2027, 1, 4), d(2027, 1, 8)).unwrap().value, 120.0);
        assert_eq!(reading(&kpis, "Leads", d(2027, 2, 1), d(2027, 2, 12)), None);
        // A sprint across the new year reads the new quarter first, then the old.
        kpis[leads].weeks.insert("2026-W52".into(), 50.0);
        assert_eq!(reading(&kpis, "Leads", d(2026, 12, 21), d(2027, 1, 3)).unwrap().week, "2026-W52");
        assert_eq!(reading(&kpis, "No such metric", d(2027, 1, 4), d(2027, 1, 15)), None);
    }

    #[test]
    fn typed_values_suit_their_unit() {
        let mut k = set().into_iter().find(|k| k.formula.is_none()).unwrap();
        use ValueProblem::*;
        for (unit, ok, refused, why) in [
            (Unit::Count, &[0.0, 12.0, 1e9][..], &[-1.0, -0.01][..], BelowZero),
            (Unit::Currency, &[0.0, 2500.5], &[-5.0], BelowZero),
            (Unit::Percent, &[0.0, 42.5, 100.0], &[-5.0, 100.01, 300.0], NotAPercentage),
            (Unit::Score, &[-100.0, 0.0, 350.0], &[], BelowZero),
        ] {
            k.unit = unit;
            for v in ok {
                assert_eq!(value_problem(&k, *v), None, "{unit:?} {v}");
            }
            for v in refused {
                assert_eq!(value_problem(&k, *v), Some(why), "{unit:?} {v}");
            }
        }
    }

    #[test]
    fn csv_round_trips_and_names_every_bad_line() {
        let mut kpis = set();
        kpis[0].quarterly_target = Some(1300.0);
        kpis[0].name = "Spend, \"search\" ads".into();
        kpis[0].weeks.insert("2026-W42".into(), 12.5);
        let weeks = Quarter { year: 2026, q: 4 }.weeks();
        let text = to_csv(&kpis, &weeks, Decimal::Point);
        assert!(text.starts_with("\u{feff}metric,target,average,2026-W40,2026-W41,"), "a BOM, for Excel on Windows");
        let import = from_csv(&text, &kpis).unwrap();
        let back = apply_import(&kpis, &import);
        for k in back {
            assert_eq!(Some(&k), kpis.iter().find(|x| x.id == k.id), "{}", k.name);
        }
        assert_eq!(to_csv(&kpis, &weeks, Decimal::Point), text);
        // The French layout reads back the same, a name holding its
        // separator included.
        kpis[1].name = "Clicks; paid".into();
        let import = from_csv(&to_csv(&kpis, &weeks, Decimal::Point), &kpis).unwrap();
        let fr = to_csv(&kpis, &weeks, Decimal::Comma);
        assert!(fr.starts_with("\u{feff}metric;target;average;2026-W40;"));
        assert!(fr.contains(";12,5;"), "a decimal comma: {fr}");
        assert!(text.contains(",12.5,"));
        assert_eq!(from_csv(&fr, &kpis).unwrap(), import);

        let bad = "metric,target,average,2026-W40,2026-W41\r\nLeads,10,,1\r\nClicks,,,x,2\r\nNope,,,1,2\r\n";
        let err = from_csv(bad, &kpis).unwrap_err();
        assert_eq!(err, vec![
            CsvProblem { line: 2, kind: CsvProblemKind::Ragged { expected: 5, found: 4 } },
            CsvProblem { line: 3, kind: CsvProblemKind::NotANumber { column: "2026-W40".into(), text: "x".into() } },
            CsvProblem { line: 4, kind: CsvProblemKind::UnknownMetric("Nope".into()) },
        ]);
        assert_eq!(from_csv("", &kpis).unwrap_err()[0].kind, CsvProblemKind::Empty);
        assert_eq!(from_csv("a,b,c\r\n", &kpis).unwrap_err()[0].kind, CsvProblemKind::BadHeader);
        assert_eq!(from_csv("metric,target,average,2026-W40\r\n,,,\r\n", &kpis).unwrap_err(), vec![CsvProblem { line: 2, kind: CsvProblemKind::NoRows }]);
        assert_eq!(from_csv("metric,target,average,2026-W99\r\n", &kpis).unwrap_err()[0].kind, CsvProblemKind::BadWeek("2026-W99".into()));
        // Counts and money are never below zero; a score (an NPS) may be.
        let neg = "metric,target,average,2026-W40,2026-W41\r\nLeads,-100,,-5,2\r\nNPS,,,-20,5\r\n";
        assert_eq!(from_csv(neg, &kpis).unwrap_err(), vec![
            CsvProblem { line: 2, kind: CsvProblemKind::Negative { column: "target".into(), text: "-100".into() } },
            CsvProblem { line: 2, kind: CsvProblemKind::Negative { column: "2026-W40".into(), text: "-5".into() } },
        ]);
        assert!(from_csv("metric,target,average,2026-W40\r\nNPS,,,-20\r\n", &kpis).is_ok());
        // A percentage is a rate, 0 to 100: a derived one's target too.
        assert_eq!(from_csv("metric,target,average,2026-W40\r\nCTR,300,,\r\n", &kpis).unwrap_err(), vec![
            CsvProblem { line: 2, kind: CsvProblemKind::NotAPercentage { column: "target".into(), text: "300".into() } },
        ]);
        // French spreadsheets: semicolons and decimal commas.
        let fr = "metric;target;average;2026-W40\r\nleads;;;12,5\r\n";
        let ok = from_csv(fr, &kpis).unwrap();
        assert_eq!(ok.rows[0].2, vec![Some(12.5)]);
        // English spreadsheets quote grouped numbers: "24,500" is 24 500, in
        // a cell and in the target, never 24.5.
        let en = "metric,target,average,2026-W40,2026-W41\r\nLeads,\"338,500\",,\"24,500\",\"1,234.5\"\r\n";
        let ok = from_csv(en, &kpis).unwrap();
        assert_eq!(ok.rows[0].1, Some(338_500.0));
        assert_eq!(ok.rows[0].2, vec![Some(24_500.0), Some(1234.5)]);
        // …and French ones group with spaces or points.
        let fr = "metric;target;average;2026-W40;2026-W41\r\nLeads;338 500;;24,5;1.234,5\r\n";
        assert_eq!(from_csv(fr, &kpis).unwrap().rows[0].2, vec![Some(24.5), Some(1234.5)]);
        // Empty columns and lines a spreadsheet leaves at the end are not weeks.
        let trailing = "metric,target,average,2026-W40,,\r\nLeads,,,5,,\r\n,,,,,\r\n";
        assert_eq!(from_csv(trailing, &kpis).unwrap().rows[0].2, vec![Some(5.0)]);
        let fr_trailing = "metric;target;average;2026-W40;;\r\nLeads;;;5;;\r\n";
        assert_eq!(from_csv(fr_trailing, &kpis).unwrap().weeks, vec!["2026-W40".to_string()]);
        // A value in an empty trailing column is still refused.
        assert!(matches!(from_csv("metric,target,average,2026-W40,\r\nLeads,,,5,7\r\n", &kpis).unwrap_err()[0].kind, CsvProblemKind::Ragged { .. }));
    }

    fn unused_of(kpis: &[Kpi], imp: &CsvImport) -> Vec<String> {
        unused_computed(kpis, &apply_import(kpis, imp), imp)
    }

    #[test]
    fn csv_imports_a_derived_rows_target_and_names_values_typed_into_it() {
        let kpis = set();
        let weeks = vec!["2026-W40".to_string(), "2026-W41".to_string()];
        // The computed values as exported, or as a spreadsheet saves them
        // shown to 2 decimals: nothing to say.
        let own = from_csv(&to_csv(&kpis, &weeks, Decimal::Point), &kpis).unwrap();
        assert_eq!(unused_of(&kpis, &own), Vec::<String>::new());
        let shown = "metric,target,average,2026-W40,2026-W41\r\nCTR,2.5,,5.00,\r\nCPC,,,2.00,\r\n";
        let imp = from_csv(shown, &kpis).unwrap();
        assert_eq!(unused_of(&kpis, &imp), Vec::<String>::new());
        // A derived row's target is typed, so it is imported.
        let ctr = apply_import(&kpis, &imp).into_iter().find(|k| k.id.as_str() == "ctr").unwrap();
        assert_eq!(ctr.quarterly_target, Some(2.5));
        assert_eq!(ctr.weeks, Default::default(), "no week values of its own");
        // A value typed over a computed one, or where none can be computed
        // (0 clicks ÷ 0 impressions), is named; a cell left empty is not.
        let typed = "metric,target,average,2026-W40,2026-W41\r\nCTR,,,6,\r\nCPC,,,2,9\r\n";
        assert_eq!(unused_of(&kpis, &from_csv(typed, &kpis).unwrap()), vec!["CTR".to_string(), "CPC".to_string()]);
        // Computed with the file's own raw values: clicks typed as 60 make
        // the CTR 6 %, which is then not a value typed over it.
        let both = "metric,target,average,2026-W40\r\nClicks,,,60\r\nCTR,,,6\r\n";
        assert_eq!(unused_of(&kpis, &from_csv(both, &kpis).unwrap()), Vec::<String>::new());
        // An exported file where only a raw value was changed still holds
        // the CTR computed before: that was not typed either.
        let stale = "metric,target,average,2026-W40\r\nClicks,,,60\r\nCTR,,,5\r\n";
        assert_eq!(unused_of(&kpis, &from_csv(stale, &kpis).unwrap()), Vec::<String>::new());
        // A negative typed into a computed money row is not refused: it is not used.
        assert!(from_csv("metric,target,average,2026-W40\r\nCPC,,,-2\r\n", &kpis).is_ok());
        assert!(from_csv("metric,target,average,2026-W40\r\nCPC,-2,,\r\n", &kpis).is_err(), "its target is typed");
    }

    #[test]
    fn a_pasted_block_reads_or_names_its_bad_cell() {
        assert_eq!(paste_block("1\t2,5\r\n3\t\r\n", Decimal::Comma), Ok(vec![vec![Some(1.0), Some(2.5)], vec![Some(3.0), None]]));
        assert_eq!(paste_block("1\t2\n3\tabc", Decimal::Comma), Err((2, 2)));
        assert_eq!(paste_block("12 000", Decimal::Comma), Ok(vec![vec![Some(12000.0)]]));
        // Copied from an English spreadsheet: grouped thousands.
        assert_eq!(paste_block("24,500\t1,234.5", Decimal::Point), Ok(vec![vec![Some(24500.0), Some(1234.5)]]));
    }

    proptest! {
        #[test]
        fn csv_round_trip_of_any_numbers(vals in prop::collection::vec(prop::option::of(-1e9..1e9f64), 13)) {
            let weeks = Quarter { year: 2026, q: 3 }.weeks();
            let mut kpis = default_set();
            // A score may be any number, below zero too (counts may not).
            let leads = kpis.iter_mut().find(|k| k.id.as_str() == "nps").unwrap();
            for (w, v) in weeks.iter().zip(&vals) {
                if let Some(v) = v { leads.weeks.insert(w.clone(), (v * 1e6).round() / 1e6); }
            }
            let text = to_csv(&kpis, &weeks, Decimal::Point);
            let back = apply_import(&kpis, &from_csv(&text, &kpis).unwrap());
            let fr = to_csv(&kpis, &weeks, Decimal::Comma);
            prop_assert_eq!(apply_import(&kpis, &from_csv(&fr, &kpis).unwrap()), back.clone());
            let l2 = back.iter().find(|k| k.id.as_str() == "nps").unwrap();
            let l1 = kpis.iter().find(|k| k.id.as_str() == "nps").unwrap();
            prop_assert_eq!(l1, l2);
        }
    }
}
