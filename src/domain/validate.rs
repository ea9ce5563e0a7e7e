//! Validation of a workspace as raw JSON, before anything is deserialised.
//!
//! Serde stops at the first error and cannot say *where* in the file it was in
//! a way a person understands, so a file is walked here first and every
//! problem is reported with its JSON path (`workspace.backlog[3].kind`). Only
//! a file with no problem reaches serde, and only then does anything change.
//! The rules here (ranges, enums, references) are the same the app enforces
//! at the field, so whatever the app writes, it reads back.

use serde_json::{Map, Value};
use crate::domain::{Formula, Id};
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    Missing,
    /// The value has the wrong JSON type; holds what was expected.
    WrongType(&'static str),
    OutOfRange { min: f64, max: f64 },
    NotOneOf(Vec<&'static str>),
    BadDate,
    BadWeek,
    Empty,
    DuplicateId(String),
    /// Refers to an id that the named collection does not hold.
    UnknownRef { id: String, collection: &'static str },
    EndBeforeStart,
    /// A number that must be more than 0 (an effort, a duration).
    NotPositive,
    /// A time block that runs past midnight.
    PastMidnight,
    /// The working day must start before it ends.
    DayEndsBeforeStart,
    /// Every weight of the scoring model is 0: nothing could be ranked.
    AllWeightsZero,
    /// Dependencies (or formulas) that go round in a circle; holds the ids
    /// in order, the first repeated at the end.
    Cycle(Vec<String>),
    /// Anything else serde refused, in its own words.
    Unreadable(String),
}

/// A meeting's timebox is minutes in a day at most.
pub const MAX_TIMEBOX: i64 = 24 * 60;
/// Timestamps (ms since 1970) up to the year 2500.
pub const MAX_MS: f64 = 16_725_225_600_000.0;

pub const CHANNELS: &[&str] = &["email", "social", "seo", "sea", "content", "display", "events", "pr", "other"];
pub const PHASES: &[&str] =
    &["request", "evaluation", "prioritised", "planning", "execution", "monitoring", "closed"];
pub const ITEM_KINDS: &[&str] = &["feature", "experiment", "technical", "campaign", "content"];
pub const ITEM_STATUSES: &[&str] = &["todo", "doing", "done"];
pub const SPRINT_STATES: &[&str] = &["planned", "active", "closed"];
pub const UNITS: &[&str] = &["currency", "percent", "count", "score"];
pub const DIRECTIONS: &[&str] = &["higher_is_better", "lower_is_better"];
pub const RISK_CATEGORIES: &[&str] = &["technical", "market", "organisational", "regulatory", "customer_reaction"];
pub const RISK_STATUSES: &[&str] = &["open", "mitigated", "occurred", "closed"];
pub const SCOPE_CHANGE_KINDS: &[&str] = &["added", "removed"];
pub const SCORE_SOURCES: &[&str] = &["rating", "amount", "alignment", "budget"];
pub const FORCED: &[&str] = &["in", "out"];
pub const CHANGE_STATUSES: &[&str] = &["requested", "approved", "rejected"];
/// Largest weight of a scoring criterion.
pub const MAX_WEIGHT: f64 = 1_000.0;
/// Most days a change request may move an end date, either way.
pub const MAX_CHANGE_DAYS: i64 = 3_650;
pub const RICE_IMPACT_TEXT: &[&str] = &["0.25", "0.5", "1", "2", "3"];
/// Most hours one item can be estimated at, and most story points.
pub const MAX_ESTIMATE_HOURS: f64 = 10_000.0;
pub const MAX_POINTS: f64 = 1_000.0;

/// Largest number of hours, money or counts accepted anywhere: beyond this a
/// value is a typo or junk, not marketing.
const BIG: f64 = 1e12;

struct Ctx {
    problems: Vec<Problem>,
}

impl Ctx {
    fn push(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem { path, kind });
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match v.as_object() {
            Some(m) => Some(m),
            None => {
                self.push(path.into(), ProblemKind::WrongType("object"));
                None
            }
        }
    }

    /// A field that must be present (and not null).
    fn required<'v>(&mut self, m: &'v Map<String, Value>, key: &str, path: &str) -> Option<&'v Value> {
        match m.get(key) {
            None | Some(Value::Null) => {
                self.push(join(path, key), ProblemKind::Missing);
                None
            }
            Some(v) => Some(v),
        }
    }

    fn string(&mut self, m: &Map<String, Value>, key: &str, path: &str, required: bool, non_empty: bool) {
        let v = if required { self.required(m, key, path) } else { present(m, key) };
        if let Some(v) = v {
            match v.as_str() {
                None => self.push(join(path, key), ProblemKind::WrongType("text")),
                Some(s) if non_empty && s.trim().is_empty() => self.push(join(path, key), ProblemKind::Empty),
                Some(_) => {}
            }
        }
    }

    fn number(&mut self, m: &Map<String, Value>, key: &str, path: &str, required: bool, min: f64, max: f64) -> Option<f64> {
        let v = if required { self.required(m, key, path) } else { present(m, key) };
        self.number_value(v?, &join(path, key), min, max)
    }

    fn number_value(&mut self, v: &Value, path: &str, min: f64, max: f64) -> Option<f64> {
        match v.as_f64() {
            None => self.push(path.into(), ProblemKind::WrongType("number")),
            Some(n) if !(min..=max).contains(&n) => self.push(path.into(), ProblemKind::OutOfRange { min, max }),
            Some(n) => return Some(n),
        }
        None
    }

    /// A number more than 0 and at most `max`.
    fn positive(&mut self, m: &Map<String, Value>, key: &str, path: &str, required: bool, max: f64) -> Option<f64> {
        let v = if required { self.required(m, key, path) } else { present(m, key) };
        let v = v?;
        match v.as_f64() {
            None => self.push(join(path, key), ProblemKind::WrongType("number")),
            Some(n) if n <= 0.0 => self.push(join(path, key), ProblemKind::NotPositive),
            Some(n) if n > max => self.push(join(path, key), ProblemKind::OutOfRange { min: 0.0, max }),
            Some(n) => return Some(n),
        }
        None
    }

    fn boolean(&mut self, m: &Map<String, Value>, key: &str, path: &str) {
        if let Some(v) = present(m, key) {
            if !v.is_boolean() {
                self.push(join(path, key), ProblemKind::WrongType("true or false"));
            }
        }
    }

    fn integer(&mut self, m: &Map<String, Value>, key: &str, path: &str, required: bool, min: i64, max: i64) -> Option<i64> {
        let v = if required { self.required(m, key, path) } else { present(m, key) };
        let v = v?;
        match v.as_i64() {
            None => self.push(join(path, key), ProblemKind::WrongType("whole number")),
            Some(n) if !(min..=max).contains(&n) => {
                self.push(join(path, key), ProblemKind::OutOfRange { min: min as f64, max: max as f64 })
            }
            Some(n) => return Some(n),
        }
        None
    }

    fn one_of(&mut self, m: &Map<String, Value>, key: &str, path: &str, required: bool, allowed: &[&'static str]) {
        let v = if required { self.required(m, key, path) } else { present(m, key) };
        if let Some(v) = v {
            self.one_of_value(v, &join(path, key), allowed);
        }
    }

    fn one_of_value(&mut self, v: &Value, path: &str, allowed: &[&'static str]) {
        match v.as_str() {
            Some(s) if allowed.contains(&s) => {}
            Some(_) => self.push(path.into(), ProblemKind::NotOneOf(allowed.to_vec())),
            None => self.push(path.into(), ProblemKind::WrongType("text")),
        }
    }

    fn date(&mut self, m: &Map<String, Value>, key: &str, path: &str, required: bool) -> Option<chrono::NaiveDate> {
        let v = if required { self.required(m, key, path) } else { present(m, key) };
        let v = v?;
        match v.as_str().and_then(super::date::parse) {
            Some(d) => Some(d),
            None => {
                self.push(join(path, key), ProblemKind::BadDate);
                None
            }
        }
    }

    fn array<'v>(&mut self, m: &'v Map<String, Value>, key: &str, path: &str) -> &'v [Value] {
        match present(m, key) {
            None => &[],
            Some(Value::Array(a)) => a,
            Some(_) => {
                self.push(join(path, key), ProblemKind::WrongType("list"));
                &[]
            }
        }
    }

    fn strings(&mut self, m: &Map<String, Value>, key: &str, path: &str) {
        for (i, v) in self.array(m, key, path).iter().enumerate() {
            if !v.is_string() {
                self.push(format!("{}[{i}]", join(path, key)), ProblemKind::WrongType("text"));
            }
        }
    }

    /// An optional reference to an id of another collection.
    fn reference(
        &mut self,
        m: &Map<String, Value>,
        key: &str,
        path: &str,
        ids: &HashSet<String>,
        collection: &'static str,
    ) {
        if let Some(v) = present(m, key) {
            match v.as_str() {
                None => self.push(join(path, key), ProblemKind::WrongType("text")),
                Some(id) if !ids.contains(id) => {
                    self.push(join(path, key), ProblemKind::UnknownRef { id: id.into(), collection })
                }
                Some(_) => {}
            }
        }
    }

    /// A list of references to ids of `collection`, none of them `own`;
    /// returns the edges `(referenced, own)` for the cycle check.
    #[allow(clippy::too_many_arguments)]
    fn references(
        &mut self,
        m: &Map<String, Value>,
        key: &str,
        path: &str,
        ids: &HashSet<String>,
        collection: &'static str,
        edges: &mut Vec<(Id, Id)>,
    ) {
        let own = m.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
        for (j, v) in self.array(m, key, path).iter().enumerate() {
            let p = format!("{}[{j}]", join(path, key));
            match v.as_str() {
                None => self.push(p, ProblemKind::WrongType("text")),
                Some(id) if id == own => self.push(p, ProblemKind::Cycle(vec![own.clone(), own.clone()])),
                Some(id) if !ids.contains(id) => self.push(p, ProblemKind::UnknownRef { id: id.into(), collection }),
                Some(id) => edges.push((Id::from(id), Id::from(own.as_str()))),
            }
        }
    }

    /// Reports a cycle among `edges` at `path`.
    fn no_cycle(&mut self, edges: &[(Id, Id)], path: &str) {
        if let Some(cycle) = crate::domain::timeline::find_cycle(edges) {
            self.push(path.to_string(), ProblemKind::Cycle(cycle.into_iter().map(|i| i.0).collect()));
        }
    }

    /// Checks `id` of every element of a collection, and returns the set.
    fn ids(&mut self, items: &[Value], path: &str) -> HashSet<String> {
        let mut seen = HashSet::new();
        for (i, v) in items.iter().enumerate() {
            let p = format!("{path}[{i}]");
            let Some(m) = v.as_object() else { continue };
            match m.get("id") {
                Some(Value::String(s)) if !s.trim().is_empty() => {
                    if !seen.insert(s.clone()) {
                        self.push(format!("{p}.id"), ProblemKind::DuplicateId(s.clone()));
                    }
                }
                Some(Value::String(_)) => self.push(format!("{p}.id"), ProblemKind::Empty),
                None | Some(Value::Null) => self.push(format!("{p}.id"), ProblemKind::Missing),
                Some(_) => self.push(format!("{p}.id"), ProblemKind::WrongType("text")),
            }
        }
        seen
    }

    /// Runs `f` on each element of a list that is an object, with its path
    /// (`list[3]`); a non-object element is reported and skipped.
    fn each(&mut self, items: &[Value], list: &str, mut f: impl FnMut(&mut Ctx, &Map<String, Value>, &str)) {
        for (i, v) in items.iter().enumerate() {
            let p = format!("{list}[{i}]");
            if let Some(m) = self.object(v, &p) {
                f(self, m, &p);
            }
        }
    }

    /// [`Ctx::each`] over the optional list member `key` of `m`.
    fn each_in(&mut self, m: &Map<String, Value>, key: &str, path: &str, f: impl FnMut(&mut Ctx, &Map<String, Value>, &str)) {
        let items = self.array(m, key, path);
        self.each(items, &join(path, key), f);
    }

    /// Runs `f` on the optional object member `key` of `m`, with its path.
    fn nested(&mut self, m: &Map<String, Value>, key: &str, path: &str, f: impl FnOnce(&mut Ctx, &Map<String, Value>, &str)) {
        if let Some(v) = present(m, key) {
            let p = join(path, key);
            if let Some(o) = self.object(v, &p) {
                f(self, o, &p);
            }
        }
    }

    fn dates_in_order(&mut self, start: Option<chrono::NaiveDate>, end: Option<chrono::NaiveDate>, path: &str) {
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                self.push(join(path, "end"), ProblemKind::EndBeforeStart);
            }
        }
    }
}

fn present<'v>(m: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(v) => Some(v),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Every problem of a workspace object (the `workspace` member of a file), in
/// file order. Empty means serde will accept it and the data is consistent.
pub fn validate_workspace(v: &Value, path: &str) -> Vec<Problem> {
    let mut c = Ctx { problems: vec![] };
    let Some(w) = c.object(v, path) else { return c.problems };
    c.string(w, "name", path, true, false);
    c.nested(w, "settings", path, |c, s, sp| {
        c.integer(s, "sprint_weeks", sp, true, 1, 2);
        c.string(s, "currency", sp, true, true);
        c.strings(s, "skills", sp);
        c.nested(s, "wip", sp, |c, wip, wp| {
            for col in ["todo", "doing", "done"] {
                c.integer(wip, col, wp, false, 1, 1000);
            }
        });
        let start = c.integer(s, "day_start", sp, false, 0, 23);
        let end = c.integer(s, "day_end", sp, false, 1, 24);
        if start.unwrap_or(9) >= end.unwrap_or(18) {
            c.push(join(sp, "day_end"), ProblemKind::DayEndsBeforeStart);
        }
        if present(s, "scoring").is_some() {
            let criteria = c.array(s, "scoring", sp);
            let _ = c.ids(criteria, &join(sp, "scoring"));
            let mut total = 0.0;
            c.each(criteria, &join(sp, "scoring"), |c, m, p| {
                c.string(m, "name", p, false, false);
                total += c.number(m, "weight", p, true, 0.0, MAX_WEIGHT).unwrap_or(1.0);
                c.one_of(m, "direction", p, true, DIRECTIONS);
                c.one_of(m, "source", p, true, SCORE_SOURCES);
            });
            if !criteria.is_empty() && total <= 0.0 {
                c.push(join(sp, "scoring"), ProblemKind::AllWeightsZero);
            }
        }
        c.nested(s, "selection", sp, |c, sel, selp| {
            c.number(sel, "budget", selp, false, 0.0, BIG);
            c.number(sel, "hours", selp, false, 0.0, BIG);
        });
    });

    let team = c.array(w, "team", path);
    let campaigns = c.array(w, "campaigns", path);
    let backlog = c.array(w, "backlog", path);
    let sprints = c.array(w, "sprints", path);
    let milestones = c.array(w, "milestones", path);
    let kpis = c.array(w, "kpis", path);
    let risks = c.array(w, "risks", path);
    let blocks = c.array(w, "time_blocks", path);
    let lessons = c.array(w, "lessons", path);
    let assessments = c.array(w, "assessments", path);
    let meetings = c.array(w, "meetings", path);
    let topics = c.array(w, "topics", path);

    let team_ids = c.ids(team, &join(path, "team"));
    let campaign_ids = c.ids(campaigns, &join(path, "campaigns"));
    let item_ids = c.ids(backlog, &join(path, "backlog"));
    let sprint_ids = c.ids(sprints, &join(path, "sprints"));
    let _ = c.ids(milestones, &join(path, "milestones"));
    let kpi_ids = c.ids(kpis, &join(path, "kpis"));
    let _ = c.ids(risks, &join(path, "risks"));
    let _ = c.ids(blocks, &join(path, "time_blocks"));
    let _ = c.ids(lessons, &join(path, "lessons"));
    let _ = c.ids(assessments, &join(path, "assessments"));
    let _ = c.ids(meetings, &join(path, "meetings"));
    let _ = c.ids(topics, &join(path, "topics"));

    c.each(team, &join(path, "team"), |c, m, p| {
        c.string(m, "name", p, true, true);
        c.string(m, "role", p, false, false);
        c.strings(m, "skills", p);
        c.number(m, "weekly_hours", p, false, 0.0, 168.0);
        c.number(m, "hourly_rate", p, false, 0.0, BIG);
        c.each_in(m, "time_off", p, |c, off, op| {
            c.date(off, "date", op, true);
            c.number(off, "hours", op, true, 0.0, 24.0);
        });
    });

    let mut campaign_edges = vec![];
    c.each(campaigns, &join(path, "campaigns"), |c, m, p| {
        c.string(m, "name", p, true, true);
        c.references(m, "depends_on", p, &campaign_ids, "campaigns", &mut campaign_edges);
        c.number(m, "revenue", p, false, 0.0, BIG);
        c.nested(m, "smart", p, |c, sm, smp| {
            for k in ["specific", "measurable", "achievable", "relevant", "time_bound"] {
                c.string(sm, k, smp, false, false);
            }
        });
        c.string(m, "owner", p, false, false);
        for (j, ch) in c.array(m, "channels", p).iter().enumerate() {
            c.one_of_value(ch, &format!("{p}.channels[{j}]"), CHANNELS);
        }
        let start = c.date(m, "start", p, false);
        let end = c.date(m, "end", p, false);
        c.dates_in_order(start, end, p);
        c.each_in(m, "budget", p, |c, b, bp| {
            c.one_of(b, "channel", bp, true, CHANNELS);
            c.number(b, "planned", bp, true, 0.0, BIG);
            c.number(b, "spent", bp, true, 0.0, BIG);
        });
        c.one_of(m, "phase", p, false, PHASES);
        c.nested(m, "alignment", p, |c, a, ap| {
            for k in ["awareness", "acquisition", "retention"] {
                c.integer(a, k, ap, true, 0, 5);
            }
        });
        c.each_in(m, "skills", p, |c, sk, skp| {
            c.string(sk, "skill", skp, true, true);
            c.number(sk, "hours", skp, true, 0.0, 168.0 * 1000.0);
        });
        c.each_in(m, "stakeholders", p, |c, st, stp| {
            c.string(st, "name", stp, true, true);
            c.boolean(st, "external", stp);
            c.string(st, "role", stp, false, false);
            c.integer(st, "influence", stp, true, 1, 5);
            c.integer(st, "interest", stp, true, 1, 5);
        });
        c.nested(m, "ratings", p, |c, r, rp| {
            for (k, v) in r {
                c.number_value(v, &format!("{rp}.{k}"), 0.0, BIG);
            }
        });
        c.one_of(m, "forced", p, false, FORCED);
        let changes = c.array(m, "changes", p);
        let _ = c.ids(changes, &join(p, "changes"));
        c.each(changes, &join(p, "changes"), |c, cr, cp| {
            c.string(cr, "requester", cp, true, false);
            c.string(cr, "description", cp, true, true);
            c.date(cr, "requested_on", cp, true);
            c.integer(cr, "days", cp, false, -MAX_CHANGE_DAYS, MAX_CHANGE_DAYS);
            c.number(cr, "budget", cp, false, -BIG, BIG);
            c.one_of(cr, "channel", cp, false, CHANNELS);
            c.one_of(cr, "status", cp, false, CHANGE_STATUSES);
            c.date(cr, "decided_on", cp, false);
            c.string(cr, "reason", cp, false, false);
        });
    });

    c.no_cycle(&campaign_edges, &join(path, "campaigns"));

    let mut item_edges = vec![];
    c.each(backlog, &join(path, "backlog"), |c, m, p| {
        c.string(m, "title", p, true, true);
        c.references(m, "depends_on", p, &item_ids, "backlog", &mut item_edges);
        c.one_of(m, "kind", p, true, ITEM_KINDS);
        c.string(m, "description", p, false, false);
        c.one_of(m, "status", p, false, ITEM_STATUSES);
        c.reference(m, "campaign", p, &campaign_ids, "campaigns");
        c.reference(m, "sprint", p, &sprint_ids, "sprints");
        c.reference(m, "assignee", p, &team_ids, "team");
        c.number(m, "estimate_hours", p, false, 0.0, MAX_ESTIMATE_HOURS);
        c.strings(m, "tags", p);
        c.nested(m, "story", p, |c, story, sp| {
            for k in ["as_a", "i_want", "so_that", "segment", "kpi", "hypothesis"] {
                c.string(story, k, sp, false, false);
            }
            c.one_of(story, "channel", sp, false, CHANNELS);
        });
        c.each_in(m, "acceptance", p, |c, cr, cp| {
            c.string(cr, "text", cp, true, false);
            c.boolean(cr, "done", cp);
        });
        c.number(m, "estimate_points", p, false, 0.0, MAX_POINTS);
        c.nested(m, "rice", p, |c, rice, rp| {
            c.number(rice, "reach", rp, true, 0.0, BIG);
            if let Some(v) = c.required(rice, "impact", rp) {
                match v.as_f64() {
                    Some(n) if crate::domain::RICE_IMPACTS.contains(&n) => {}
                    Some(_) => c.push(format!("{rp}.impact"), ProblemKind::NotOneOf(RICE_IMPACT_TEXT.to_vec())),
                    None => c.push(format!("{rp}.impact"), ProblemKind::WrongType("number")),
                }
            }
            c.number(rice, "confidence", rp, true, 0.0, 100.0);
            c.positive(rice, "effort", rp, true, BIG);
        });
        c.number(m, "value", p, false, 0.0, 10.0);
        c.number(m, "effort", p, false, 0.0, 10.0);
        c.date(m, "due", p, false);
        c.date(m, "done_on", p, false);
    });

    c.no_cycle(&item_edges, &join(path, "backlog"));

    c.each(sprints, &join(path, "sprints"), |c, m, p| {
        c.string(m, "name", p, true, true);
        c.string(m, "goal", p, false, false);
        let start = c.date(m, "start", p, true);
        let end = c.date(m, "end", p, true);
        c.dates_in_order(start, end, p);
        c.one_of(m, "state", p, true, SPRINT_STATES);
        c.each_in(m, "scope_changes", p, |c, ch, cp| {
            c.string(ch, "at", cp, true, false);
            c.date(ch, "on", cp, true);
            c.string(ch, "who", cp, true, false);
            c.string(ch, "item", cp, true, true);
            c.string(ch, "title", cp, true, false);
            c.one_of(ch, "kind", cp, true, SCOPE_CHANGE_KINDS);
            c.string(ch, "reason", cp, false, false);
            c.number(ch, "hours", cp, false, 0.0, MAX_ESTIMATE_HOURS);
        });
        c.string(m, "review", p, false, false);
        c.nested(m, "retro", p, |c, retro, rp| {
            for k in ["went_well", "to_improve", "actions"] {
                c.strings(retro, k, rp);
            }
        });
    });

    c.each(milestones, &join(path, "milestones"), |c, m, p| {
        c.string(m, "title", p, true, true);
        c.date(m, "date", p, true);
        c.reference(m, "campaign", p, &campaign_ids, "campaigns");
        c.reference(m, "kpi", p, &kpi_ids, "kpis");
        c.string(m, "metric", p, false, false);
        c.number(m, "baseline", p, false, -BIG, BIG);
        c.number(m, "target", p, true, -BIG, BIG);
        c.number(m, "actual", p, false, -BIG, BIG);
        c.one_of(m, "direction", p, false, DIRECTIONS);
    });

    let mut formula_edges = vec![];
    c.each(kpis, &join(path, "kpis"), |c, m, p| {
        c.string(m, "name", p, true, true);
        c.nested(m, "formula", p, |c, f, fp| {
            let own = m.get("id").and_then(Value::as_str).unwrap_or_default();
            let mut inputs = vec![];
            match f.get("op").and_then(Value::as_str) {
                Some("ratio") => {
                    for k in ["num", "den"] {
                        if let Some(v) = c.required(f, k, fp) {
                            inputs.push((join(fp, k), v));
                        }
                    }
                    c.boolean(f, "percent", fp);
                }
                Some("sum") => {
                    let of = c.array(f, "of", fp);
                    if of.is_empty() {
                        c.push(join(fp, "of"), ProblemKind::Empty);
                    }
                    for (j, v) in of.iter().enumerate() {
                        inputs.push((format!("{}[{j}]", join(fp, "of")), v));
                    }
                }
                _ => c.push(join(fp, "op"), ProblemKind::NotOneOf(vec!["ratio", "sum"])),
            }
            for (ip, v) in inputs {
                match v.as_str() {
                    None => c.push(ip, ProblemKind::WrongType("text")),
                    Some(id) if id == own => c.push(ip, ProblemKind::Cycle(vec![own.into(), own.into()])),
                    Some(id) if !kpi_ids.contains(id) => c.push(ip, ProblemKind::UnknownRef { id: id.into(), collection: "kpis" }),
                    Some(id) => formula_edges.push((Id::from(id), Id::from(own))),
                }
            }
        });
        c.one_of(m, "channel", p, false, CHANNELS);
        c.one_of(m, "unit", p, true, UNITS);
        c.one_of(m, "direction", p, true, DIRECTIONS);
        c.number(m, "quarterly_target", p, false, -BIG, BIG);
        c.nested(m, "weeks", p, |c, weeks, wp| {
            for (k, val) in weeks {
                let kp = format!("{wp}.{k}");
                if !is_iso_week(k) {
                    c.push(kp.clone(), ProblemKind::BadWeek);
                }
                c.number_value(val, &kp, -BIG, BIG);
            }
        });
    });
    c.no_cycle(&formula_edges, &join(path, "kpis"));

    c.each(meetings, &join(path, "meetings"), |c, m, p| {
        c.date(m, "date", p, true);
        c.integer(m, "timebox", p, true, 1, MAX_TIMEBOX);
        c.number(m, "started_ms", p, false, 0.0, MAX_MS);
        c.number(m, "ended_ms", p, false, 0.0, MAX_MS);
        c.each_in(m, "attendees", p, |c, a, ap| {
            c.reference(a, "member", ap, &team_ids, "team");
            c.string(a, "name", ap, true, true);
            c.number(a, "rate", ap, false, 0.0, BIG);
        });
        c.strings(m, "decisions", p);
        c.each_in(m, "actions", p, |c, a, ap| {
            c.string(a, "text", ap, true, true);
            c.string(a, "owner", ap, false, false);
            c.reference(a, "item", ap, &item_ids, "backlog");
        });
        c.string(m, "notes", p, false, false);
    });
    c.each(topics, &join(path, "topics"), |c, m, p| {
        c.string(m, "text", p, true, true);
        c.boolean(m, "done", p);
    });

    c.each(risks, &join(path, "risks"), |c, m, p| {
        c.string(m, "description", p, true, true);
        c.reference(m, "campaign", p, &campaign_ids, "campaigns");
        c.one_of(m, "category", p, true, RISK_CATEGORIES);
        c.integer(m, "probability", p, true, 1, 5);
        c.integer(m, "impact", p, true, 1, 5);
        c.string(m, "mitigation", p, false, false);
        c.string(m, "contingency", p, false, false);
        c.string(m, "owner", p, false, false);
        c.one_of(m, "status", p, false, RISK_STATUSES);
    });

    // The campaign is a soft link: a lesson outlives its campaign.
    c.each(lessons, &join(path, "lessons"), |c, m, p| {
        if present(m, "campaign").is_some_and(|v| !v.is_string()) {
            c.push(format!("{p}.campaign"), ProblemKind::WrongType("text"));
        }
        c.string(m, "campaign_name", p, false, false);
        c.date(m, "date", p, true);
        c.string(m, "worked", p, false, false);
        c.string(m, "change", p, false, false);
        for (j, ch) in c.array(m, "channels", p).iter().enumerate() {
            c.one_of_value(ch, &format!("{p}.channels[{j}]"), CHANNELS);
        }
        c.strings(m, "tags", p);
    });

    c.each(assessments, &join(path, "assessments"), |c, m, p| {
        c.date(m, "date", p, true);
        if c.required(m, "answers", p).is_some() {
            c.nested(m, "answers", p, |c, a, ap| {
                for (k, v) in a {
                    let kp = format!("{ap}.{k}");
                    if c.number_value(v, &kp, 1.0, 5.0).is_some_and(|n| n.fract() != 0.0) {
                        c.push(kp, ProblemKind::WrongType("whole number"));
                    }
                }
            });
        }
    });

    c.each(blocks, &join(path, "time_blocks"), |c, m, p| {
        if c.required(m, "member", p).is_some() {
            c.reference(m, "member", p, &team_ids, "team");
        }
        // The item is a soft link: deleting the item keeps the block (it has
        // its own title), so an unknown id is not an error.
        if present(m, "item").is_some_and(|v| !v.is_string()) {
            c.push(format!("{p}.item"), ProblemKind::WrongType("text"));
        }
        c.string(m, "title", p, true, false);
        c.date(m, "date", p, true);
        let start = c.number(m, "start", p, true, 0.0, 23.99);
        let hours = c.positive(m, "hours", p, true, 24.0);
        if let (Some(s), Some(h)) = (start, hours) {
            if s + h > 24.0 {
                c.push(format!("{p}.hours"), ProblemKind::PastMidnight);
            }
        }
    });
    c.problems
}

/// `2026-W07`: a year and an ISO week 01–53.
pub fn is_iso_week(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 8
        && b[..4].iter().all(u8::is_ascii_digit)
        && &b[4..6] == b"-W"
        && b[6..].iter().all(u8::is_ascii_digit)
        && matches!(s[6..].parse::<u8>(), Ok(1..=53))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn paths(v: Value) -> Vec<(String, ProblemKind)> {
        validate_workspace(&v, "workspace").into_iter().map(|p| (p.path, p.kind)).collect()
    }

    #[test]
    fn minimal_workspace_is_valid() {
        assert!(paths(json!({"name": "x"})).is_empty());
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let got = paths(json!({
            "name": "x",
            "backlog": [
                {"id": "a", "title": "ok", "kind": "content"},
                {"id": "a", "title": "", "kind": "blog", "estimate_hours": -3},
                {"title": "no id", "kind": "content", "campaign": "nope"}
            ],
            "risks": [{"id": "r", "description": "d", "category": "market", "probability": 9, "impact": 2}]
        }));
        assert_eq!(
            got,
            vec![
                ("workspace.backlog[1].id".into(), ProblemKind::DuplicateId("a".into())),
                ("workspace.backlog[2].id".into(), ProblemKind::Missing),
                ("workspace.backlog[1].title".into(), ProblemKind::Empty),
                ("workspace.backlog[1].kind".into(), ProblemKind::NotOneOf(ITEM_KINDS.to_vec())),
                ("workspace.backlog[1].estimate_hours".into(), ProblemKind::OutOfRange { min: 0.0, max: MAX_ESTIMATE_HOURS }),
                (
                    "workspace.backlog[2].campaign".into(),
                    ProblemKind::UnknownRef { id: "nope".into(), collection: "campaigns" }
                ),
                ("workspace.risks[0].probability".into(), ProblemKind::OutOfRange { min: 1.0, max: 5.0 }),
            ]
        );
    }

    #[test]
    fn wrong_types_and_dates() {
        let got = paths(json!({
            "name": 3,
            "sprints": [{"id": "s", "name": "S1", "start": "2026-02-10", "end": "2026-02-01", "state": "active"}],
            "kpis": [{"id": "k", "name": "CTR", "unit": "percent", "direction": "up", "weeks": {"2026-W60": 1, "2026-W02": "x"}}],
            "campaigns": "none"
        }));
        assert_eq!(
            got,
            vec![
                ("workspace.name".into(), ProblemKind::WrongType("text")),
                ("workspace.campaigns".into(), ProblemKind::WrongType("list")),
                ("workspace.sprints[0].end".into(), ProblemKind::EndBeforeStart),
                ("workspace.kpis[0].direction".into(), ProblemKind::NotOneOf(DIRECTIONS.to_vec())),
                ("workspace.kpis[0].weeks.2026-W02".into(), ProblemKind::WrongType("number")),
                ("workspace.kpis[0].weeks.2026-W60".into(), ProblemKind::BadWeek),
            ]
        );
    }

    #[test]
    fn a_sprint_longer_than_two_weeks_still_imports() {
        // The planning form refuses a sprint over two weeks (sprint::check_dates),
        // but a file (or a browser's saved workspace) made before that rule
        // still opens: refusing it would lock people out of all their work
        // for one date, and the form says what is wrong when they edit it.
        let got = paths(json!({
            "name": "x",
            "sprints": [{"id": "s", "name": "S1", "start": "2026-03-02", "end": "2026-04-02", "state": "active"}],
        }));
        assert_eq!(got, vec![]);
    }

    #[test]
    fn iso_weeks() {
        assert!(is_iso_week("2026-W01"));
        assert!(is_iso_week("2026-W53"));
        assert!(!is_iso_week("2026-W00"));
        assert!(!is_iso_week("2026-W54"));
        assert!(!is_iso_week("2026-47"));
    }
}

/// The same rules as [`validate_workspace`] that types alone cannot hold
/// (ranges, empty names, unique ids, references, date order), checked on a
/// deserialised workspace. This is the fast path for reading our own storage
/// and well-formed files: no `Value` tree is built. Any problem here sends
/// the reader down the full path, which reports everything with paths; a
/// property test keeps the two in agreement.
pub fn check_typed(ws: &crate::domain::Workspace) -> bool {
    use std::collections::HashSet;
    fn ids<'a, T>(v: &'a [T], id: impl Fn(&'a T) -> &'a str) -> Option<HashSet<&'a str>> {
        let mut seen = HashSet::with_capacity(v.len());
        v.iter().all(|x| {
            let i = id(x);
            !i.trim().is_empty() && seen.insert(i)
        })
        .then_some(seen)
    }
    let ok_num = |n: f64, min: f64, max: f64| (min..=max).contains(&n);
    let ok_ref = |r: &Option<crate::domain::Id>, set: &HashSet<&str>| r.as_ref().is_none_or(|id| set.contains(id.as_str()));
    let filled = |s: &str| !s.trim().is_empty();

    let (Some(team), Some(camps), Some(items), Some(sprints), Some(_), Some(kpis), Some(_), Some(_)) = (
        ids(&ws.team, |m| m.id.as_str()),
        ids(&ws.campaigns, |c| c.id.as_str()),
        ids(&ws.backlog, |i| i.id.as_str()),
        ids(&ws.sprints, |s| s.id.as_str()),
        ids(&ws.milestones, |m| m.id.as_str()),
        ids(&ws.kpis, |k| k.id.as_str()),
        ids(&ws.risks, |r| r.id.as_str()),
        ids(&ws.time_blocks, |b| b.id.as_str()),
    ) else {
        return false;
    };
    let st = &ws.settings;
    if ids(&ws.lessons, |l| l.id.as_str()).is_none()
        || ids(&ws.assessments, |a| a.id.as_str()).is_none()
        || ids(&st.scoring, |k| k.id.as_str()).is_none()
        || ids(&ws.meetings, |m| m.id.as_str()).is_none()
        || ids(&ws.topics, |t| t.id.as_str()).is_none()
        || ws.campaigns.iter().any(|c| ids(&c.changes, |r| r.id.as_str()).is_none())
    {
        return false;
    }
    // Dependencies and formulas: known ids, not the record itself, no cycle.
    let deps_ok = |edges: Vec<(Id, Id)>, known: &HashSet<&str>| {
        edges.iter().all(|(a, b)| a != b && known.contains(a.as_str()))
            && crate::domain::timeline::find_cycle(&edges).is_none()
    };
    let campaign_edges: Vec<(Id, Id)> =
        ws.campaigns.iter().flat_map(|c| c.depends_on.iter().map(|d| (d.clone(), c.id.clone()))).collect();
    let item_edges: Vec<(Id, Id)> =
        ws.backlog.iter().flat_map(|i| i.depends_on.iter().map(|d| (d.clone(), i.id.clone()))).collect();
    let formula_edges: Vec<(Id, Id)> = ws
        .kpis
        .iter()
        .flat_map(|k| k.formula.iter().flat_map(|f| f.inputs().into_iter().map(|d| (d.clone(), k.id.clone()))))
        .collect();
    if !deps_ok(campaign_edges, &camps)
        || !deps_ok(item_edges, &items)
        || !deps_ok(formula_edges, &kpis)
        || ws.kpis.iter().any(|k| matches!(&k.formula, Some(Formula::Sum { of }) if of.is_empty()))
    {
        return false;
    }
    let wip_ok = |w: Option<u32>| w.is_none_or(|w| (1..=1000).contains(&w));
    (1..=2).contains(&st.sprint_weeks)
        && filled(&st.currency)
        && wip_ok(st.wip.todo)
        && wip_ok(st.wip.doing)
        && wip_ok(st.wip.done)
        && st.day_start <= 23
        && (1..=24).contains(&st.day_end)
        && st.day_start < st.day_end
        && ws.team.iter().all(|m| {
            filled(&m.name)
                && ok_num(m.weekly_hours, 0.0, 168.0)
                && ok_num(m.hourly_rate, 0.0, BIG)
                && m.time_off.iter().all(|o| ok_num(o.hours, 0.0, 24.0))
        })
        && st.scoring.iter().all(|k| ok_num(k.weight, 0.0, MAX_WEIGHT))
        && (st.scoring.is_empty() || st.scoring.iter().any(|k| k.weight > 0.0))
        && st.selection.budget.is_none_or(|b| ok_num(b, 0.0, BIG))
        && st.selection.hours.is_none_or(|h| ok_num(h, 0.0, BIG))
        && ws.campaigns.iter().all(|c| {
            filled(&c.name)
                && !matches!((c.start, c.end), (Some(s), Some(e)) if e < s)
                && c.budget.iter().all(|b| ok_num(b.planned, 0.0, BIG) && ok_num(b.spent, 0.0, BIG))
                && c.skills.iter().all(|s| filled(&s.skill) && ok_num(s.hours, 0.0, 168.0 * 1000.0))
                && c.stakeholders.iter().all(|s| filled(&s.name) && (1..=5).contains(&s.influence) && (1..=5).contains(&s.interest))
                && c.ratings.values().all(|v| ok_num(*v, 0.0, BIG))
                && c.changes.iter().all(|r| filled(&r.description) && (r.days as i64).abs() <= MAX_CHANGE_DAYS && ok_num(r.budget, -BIG, BIG))
                && c.revenue.is_none_or(|r| ok_num(r, 0.0, BIG))
                && c.alignment.awareness <= 5
                && c.alignment.acquisition <= 5
                && c.alignment.retention <= 5
        })
        && ws.backlog.iter().all(|i| {
            filled(&i.title)
                && ok_ref(&i.campaign, &camps)
                && ok_ref(&i.sprint, &sprints)
                && ok_ref(&i.assignee, &team)
                && i.estimate_hours.is_none_or(|h| ok_num(h, 0.0, MAX_ESTIMATE_HOURS))
                && i.estimate_points.is_none_or(|p| ok_num(p, 0.0, MAX_POINTS))
                && i.rice.as_ref().is_none_or(|r| {
                    ok_num(r.reach, 0.0, BIG)
                        && crate::domain::RICE_IMPACTS.contains(&r.impact)
                        && ok_num(r.confidence, 0.0, 100.0)
                        && r.effort > 0.0
                        && r.effort <= BIG
                })
                && i.value.is_none_or(|v| ok_num(v, 0.0, 10.0))
                && i.effort.is_none_or(|v| ok_num(v, 0.0, 10.0))
        })
        && ws.sprints.iter().all(|s| {
            filled(&s.name)
                && s.end >= s.start
                && s.scope_changes.iter().all(|c| filled(c.item.as_str()) && ok_num(c.hours, 0.0, MAX_ESTIMATE_HOURS))
        })
        && ws.time_blocks.iter().all(|b| {
            team.contains(b.member.as_str())
                && ok_num(b.start, 0.0, 23.99)
                && b.hours > 0.0
                && b.hours <= 24.0
                && b.start + b.hours <= 24.0
        })
        && ws.milestones.iter().all(|m| {
            filled(&m.title)
                && ok_ref(&m.campaign, &camps)
                && ok_ref(&m.kpi, &kpis)
                && ok_num(m.baseline, -BIG, BIG)
                && ok_num(m.target, -BIG, BIG)
                && m.actual.is_none_or(|a| ok_num(a, -BIG, BIG))
        })
        && ws.kpis.iter().all(|k| {
            filled(&k.name)
                && k.quarterly_target.is_none_or(|t| ok_num(t, -BIG, BIG))
                && k.weeks.iter().all(|(w, v)| is_iso_week(w) && ok_num(*v, -BIG, BIG))
        })
        && ws.meetings.iter().all(|m| {
            (1..=MAX_TIMEBOX as u32).contains(&m.timebox)
                && m.started_ms.is_none_or(|t| ok_num(t, 0.0, MAX_MS))
                && m.ended_ms.is_none_or(|t| ok_num(t, 0.0, MAX_MS))
                && m.attendees.iter().all(|a| filled(&a.name) && ok_ref(&a.member, &team) && ok_num(a.rate, 0.0, BIG))
                && m.actions.iter().all(|a| filled(&a.text) && ok_ref(&a.item, &items))
        })
        && ws.topics.iter().all(|t| filled(&t.text))
        && ws.risks.iter().all(|r| {
            filled(&r.description) && ok_ref(&r.campaign, &camps) && (1..=5).contains(&r.probability) && (1..=5).contains(&r.impact)
        })
        && ws.assessments.iter().all(|a| a.answers.values().all(|v| (1..=5).contains(v)))
}
