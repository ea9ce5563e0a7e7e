//! Timeline rules: finish-to-start dependencies between dated items, the
//! cycles and broken links among them, the critical path, and moving or
//! resizing an item's dates.
//!
//! A dependency is an edge `(before, after)`: `after` should start once
//! `before` has finished. The edges and dates are passed in, so these rules
//! do not care which records (campaigns, items) they come from. Dates are
//! inclusive: an item from Monday to Friday occupies five days, Friday
//! included. Every walk goes through sorted maps so the answers never depend
//! on the order of the edges.

use super::{Campaign, Id};
use chrono::{Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Each id's successors, sorted and without duplicates.
fn successors(edges: &[(Id, Id)]) -> BTreeMap<&Id, BTreeSet<&Id>> {
    let mut out: BTreeMap<&Id, BTreeSet<&Id>> = BTreeMap::new();
    for (a, b) in edges {
        out.entry(a).or_default().insert(b);
        out.entry(b).or_default();
    }
    out
}

/// A cycle among the dependencies, if there is one, as the ids along it
/// with the first repeated at the end (`[a, b, a]` for `a → b → a`, `[a, a]`
/// for an item depending on itself). Which cycle is reported when there are
/// several is fixed by the ids, not by the order of the edges.
pub fn find_cycle(edges: &[(Id, Id)]) -> Option<Vec<Id>> {
    let next = successors(edges);
    // 0 unseen, 1 on the current path, 2 done.
    let mut state: BTreeMap<&Id, u8> = next.keys().map(|k| (*k, 0)).collect();
    for root in next.keys() {
        if state[root] != 0 {
            continue;
        }
        // Depth-first without recursion: the path and, for each id on it,
        // the successors still to visit.
        let mut path: Vec<&Id> = vec![root];
        let mut todo: Vec<std::collections::btree_set::Iter<&Id>> = vec![next[root].iter()];
        state.insert(root, 1);
        while let Some(it) = todo.last_mut() {
            match it.next() {
                Some(n) => match state[n] {
                    0 => {
                        state.insert(n, 1);
                        path.push(n);
                        todo.push(next[n].iter());
                    }
                    1 => {
                        let from = path.iter().position(|p| p == n).expect("on the path");
                        let mut cycle: Vec<Id> = path[from..].iter().map(|i| (*i).clone()).collect();
                        cycle.push((*n).clone());
                        return Some(cycle);
                    }
                    _ => {}
                },
                None => {
                    todo.pop();
                    let done = path.pop().expect("path and todo move together");
                    state.insert(done, 2);
                }
            }
        }
    }
    None
}

/// Whether adding `new` to acyclic `edges` would close a cycle: it depends
/// on itself, or `before` can already be reached from `after`. For checking
/// a link before the user makes it.
pub fn would_cycle(edges: &[(Id, Id)], new: &(Id, Id)) -> bool {
    let (before, after) = new;
    if before == after {
        return true;
    }
    let next = successors(edges);
    let mut seen: BTreeSet<&Id> = BTreeSet::new();
    let mut stack = vec![after];
    while let Some(n) = stack.pop() {
        if n == before {
            return true;
        }
        if seen.insert(n) {
            stack.extend(next.get(n).into_iter().flatten().copied());
        }
    }
    false
}

/// The links whose `after` starts before its `before` has finished, that
/// is on or before `before`'s (inclusive) end date. Links to an item without
/// dates are not judged.
pub fn broken<'a>(edges: &'a [(Id, Id)], dates: &HashMap<Id, (NaiveDate, NaiveDate)>) -> Vec<&'a (Id, Id)> {
    edges
        .iter()
        .filter(|(b, a)| match (dates.get(b), dates.get(a)) {
            (Some((_, b_end)), Some((a_start, _))) => a_start <= b_end,
            _ => false,
        })
        .collect()
}

/// Days an item occupies, both ends included; none without dates (or with
/// an end before the start).
fn duration(dates: &HashMap<Id, (NaiveDate, NaiveDate)>, id: &Id) -> i64 {
    dates.get(id).map_or(0, |(s, e)| ((*e - *s).num_days() + 1).max(0))
}

/// The chain of dependent items with the most days in total (each item
/// counting `end − start + 1`), first to last: what sets the earliest
/// possible finish. Items in `dates` with no links are chains of one; linked
/// items without dates count zero days. Empty if the links form a cycle (no
/// chain is well defined) or there are no items.
///
/// Ties go to the smaller id: among equal best chains into an item, the one
/// from the smaller predecessor; among equal best chains overall, the one
/// ending at the smaller id.
pub fn critical_path(edges: &[(Id, Id)], dates: &HashMap<Id, (NaiveDate, NaiveDate)>) -> Vec<Id> {
    if find_cycle(edges).is_some() {
        return vec![];
    }
    let mut next = successors(edges);
    for id in dates.keys() {
        next.entry(id).or_default();
    }
    let mut preds: BTreeMap<&Id, BTreeSet<&Id>> = next.keys().map(|k| (*k, BTreeSet::new())).collect();
    for (a, succ) in &next {
        for b in succ {
            preds.get_mut(b).expect("every id is a key").insert(a);
        }
    }
    // Kahn's topological order, smallest ready id first.
    let mut waiting: BTreeMap<&Id, usize> = preds.iter().map(|(k, p)| (*k, p.len())).collect();
    let mut ready: BTreeSet<&Id> = waiting.iter().filter(|(_, n)| **n == 0).map(|(k, _)| *k).collect();
    // For each id: (days of the best chain ending there, its predecessor on it).
    let mut best: BTreeMap<&Id, (i64, Option<&Id>)> = BTreeMap::new();
    while let Some(n) = ready.pop_first() {
        let mut from: Option<(i64, &Id)> = None;
        for p in &preds[n] {
            let days = best[p].0;
            if from.is_none_or(|(d, _)| days > d) {
                from = Some((days, p));
            }
        }
        best.insert(n, (from.map_or(0, |(d, _)| d) + duration(dates, n), from.map(|(_, p)| p)));
        for s in &next[n] {
            let w = waiting.get_mut(s).expect("every id is a key");
            *w -= 1;
            if *w == 0 {
                ready.insert(s);
            }
        }
    }
    let mut end: Option<(&Id, i64)> = None;
    for (id, (days, _)) in &best {
        if end.is_none_or(|(_, d)| *days > d) {
            end = Some((id, *days));
        }
    }
    let mut chain = vec![];
    let mut at = end.map(|(id, _)| id);
    while let Some(id) = at {
        chain.push(id.clone());
        at = best[id].1;
    }
    chain.reverse();
    chain
}

/// The dates moved by `days` (negative: earlier), keeping the duration.
pub fn shift(start: NaiveDate, end: NaiveDate, days: i64) -> (NaiveDate, NaiveDate) {
    (start + Duration::days(days), end + Duration::days(days))
}

/// Why a resize was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResizeProblem {
    /// The new end would fall before the start; an item lasts a day at least.
    EndBeforeStart,
}

/// The end moved by `days`, the start kept. Refused if the end would come
/// before the start; ending on the start day (a one-day item) is allowed.
pub fn resize_end(start: NaiveDate, end: NaiveDate, days: i64) -> Result<(NaiveDate, NaiveDate), ResizeProblem> {
    let end = end + Duration::days(days);
    if end < start {
        return Err(ResizeProblem::EndBeforeStart);
    }
    Ok((start, end))
}

// ── The campaign Gantt ──

/// The finish-to-start links between campaigns, as `(before, after)`.
pub fn campaign_edges(campaigns: &[Campaign]) -> Vec<(Id, Id)> {
    campaigns.iter().flat_map(|c| c.depends_on.iter().map(|d| (d.clone(), c.id.clone()))).collect()
}

/// Start and end of every campaign that has both.
pub fn campaign_dates(campaigns: &[Campaign]) -> HashMap<Id, (NaiveDate, NaiveDate)> {
    campaigns.iter().filter_map(|c| Some((c.id.clone(), (c.start?, c.end?)))).collect()
}

/// How much calendar a screen shows: a day is wide enough for its name
/// (week), for a weekly tick (month) or for a monthly one (quarter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Zoom {
    Week,
    #[default]
    Month,
    Quarter,
}

impl Zoom {
    pub const ALL: [Zoom; 3] = [Zoom::Week, Zoom::Month, Zoom::Quarter];
    pub fn px_per_day(self) -> f64 {
        match self {
            Zoom::Week => 40.0,
            Zoom::Month => 8.0,
            Zoom::Quarter => 3.0,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Zoom::Week => "week",
            Zoom::Month => "month",
            Zoom::Quarter => "quarter",
        }
    }
    pub fn from_code(s: &str) -> Option<Zoom> {
        Zoom::ALL.into_iter().find(|z| z.code() == s)
    }
}

/// Half the width of a milestone's diamond on the chart (an 18 px square
/// turned 45°), with a pixel of air.
pub const DIAMOND_HALF_PX: f64 = 14.0;
/// The narrowest stretch of a bar worth starting its name in.
pub const NAME_MIN_PX: f64 = 72.0;

/// Where on a bar its name can be read with no milestone's diamond over
/// it: (start, width) in px from the bar's left edge. The stretch before
/// the first diamond when it is at least [`NAME_MIN_PX`] wide (names read
/// from the bar's start), else the widest stretch between diamonds.
/// Diamonds sit on the middle of their day; `milestones` are the dates of
/// the bar's campaign's milestones, inside the bar or not; the first
/// `hidden_px` of the bar are scrolled out of view and hold no name.
pub fn name_room(start: NaiveDate, end: NaiveDate, milestones: impl IntoIterator<Item = NaiveDate>, px_per_day: f64, hidden_px: f64) -> (f64, f64) {
    let width = ((end - start).num_days() + 1) as f64 * px_per_day;
    let mut from = hidden_px.clamp(0.0, width);
    let mut centres: Vec<f64> = milestones.into_iter().map(|d| (d - start).num_days() as f64 * px_per_day + px_per_day / 2.0).filter(|x| *x + DIAMOND_HALF_PX > from && *x - DIAMOND_HALF_PX < width).collect();
    centres.sort_by(f64::total_cmp);
    let mut stretches = vec![];
    for c in centres {
        stretches.push((from, (c - DIAMOND_HALF_PX - from).max(0.0)));
        from = (c + DIAMOND_HALF_PX).max(from);
    }
    stretches.push((from, (width - from).max(0.0)));
    if stretches[0].1 >= NAME_MIN_PX {
        return stretches[0];
    }
    stretches.into_iter().fold((0.0, -1.0), |best, s| if s.1 > best.1 { s } else { best })
}

/// The days the chart covers: every dated campaign and milestone, and
/// today, with a week of margin before and two after (room to drag into).
/// Falls back to the eight weeks around today when nothing has a date.
pub fn span(campaigns: &[Campaign], milestones: impl Iterator<Item = NaiveDate>, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let mut first = today;
    let mut last = today;
    let dates = campaigns.iter().flat_map(|c| [c.start, c.end]).flatten().chain(milestones);
    for d in dates {
        first = first.min(d);
        last = last.max(d);
    }
    if first == last {
        last = first + Duration::weeks(6);
    }
    (first - Duration::days(7), last + Duration::days(14))
}

/// Where the chart puts gridlines and labels: every day (week zoom), every
/// Monday (month zoom), every first of the month (quarter zoom).
pub fn ticks(first: NaiveDate, last: NaiveDate, zoom: Zoom) -> Vec<NaiveDate> {
    use chrono::Datelike;
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| match zoom {
            Zoom::Week => true,
            Zoom::Month => d.weekday() == chrono::Weekday::Mon,
            Zoom::Quarter => d.day() == 1,
        })
        .collect()
}

/// The order of the rows: dated campaigns by start (then end, then name),
/// undated ones after them by name. Indexes into `campaigns`.
pub fn rows(campaigns: &[Campaign]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..campaigns.len()).collect();
    idx.sort_by(|&a, &b| {
        let (a, b) = (&campaigns[a], &campaigns[b]);
        let key = |c: &Campaign| (c.start.is_none(), c.start, c.end, c.name.to_lowercase());
        key(a).cmp(&key(b))
    });
    idx
}

/// Why a new link between two campaigns is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    SelfLink,
    AlreadyLinked,
    /// The link would close this circle (ids in order, first repeated).
    Cycle(Vec<Id>),
    NotFound,
}

/// Whether a new link `before → after` may join `edges` (records of any
/// kind): not to itself, not twice, not closing a circle.
pub fn check_link(edges: &[(Id, Id)], before: &Id, after: &Id) -> Result<(), LinkProblem> {
    if before == after {
        return Err(LinkProblem::SelfLink);
    }
    if edges.iter().any(|(a, b)| a == before && b == after) {
        return Err(LinkProblem::AlreadyLinked);
    }
    let mut edges = edges.to_vec();
    edges.push((before.clone(), after.clone()));
    match find_cycle(&edges) {
        Some(cycle) => Err(LinkProblem::Cycle(cycle)),
        None => Ok(()),
    }
}

/// `after` with a new finish-to-start link from `before`, or why not.
pub fn link(campaigns: &[Campaign], before: &Id, after: &Id) -> Result<Campaign, LinkProblem> {
    campaigns.iter().find(|c| &c.id == before).ok_or(LinkProblem::NotFound)?;
    let target = campaigns.iter().find(|c| &c.id == after).ok_or(LinkProblem::NotFound)?;
    check_link(&campaign_edges(campaigns), before, after)?;
    let mut c = target.clone();
    c.depends_on.push(before.clone());
    Ok(c)
}

/// What a drag or a key does to a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Edit {
    /// Both dates by this many days.
    Move(i64),
    /// The end only.
    Resize(i64),
}

/// The campaign with its dates changed; `None` when it has no dates or the
/// end would come before the start.
pub fn edit(c: &Campaign, e: Edit) -> Option<Campaign> {
    let (s, en) = (c.start?, c.end?);
    let (s, en) = match e {
        Edit::Move(d) => shift(s, en, d),
        Edit::Resize(d) => resize_end(s, en, d).ok()?,
    };
    let mut c = c.clone();
    (c.start, c.end) = (Some(s), Some(en));
    Some(c)
}

/// The links that would be broken with `id` at `dates` (for the live flag
/// while dragging): only links touching `id` are judged.
pub fn broken_with(campaigns: &[Campaign], id: &Id, dates: (NaiveDate, NaiveDate)) -> Vec<(Id, Id)> {
    let mut all = campaign_dates(campaigns);
    all.insert(id.clone(), dates);
    let edges: Vec<(Id, Id)> = campaign_edges(campaigns).into_iter().filter(|(a, b)| a == id || b == id).collect();
    broken(&edges, &all).into_iter().cloned().collect()
}

#[cfg(test)]
mod name_room_tests {
    use super::*;
    use proptest::prelude::*;

    fn d(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + chrono::Duration::days(n)
    }

    #[test]
    fn the_name_keeps_clear_of_diamonds() {
        // 60 days at 8 px: a 480 px bar.
        assert_eq!(name_room(d(0), d(59), [], 8.0, 0.0), (0.0, 480.0));
        // A diamond far along: the name starts the bar and stops before it.
        assert_eq!(name_room(d(0), d(59), [d(30)], 8.0, 0.0), (0.0, 30.0 * 8.0 + 4.0 - DIAMOND_HALF_PX));
        // A diamond near the start: the name goes after it.
        let (at, w) = name_room(d(0), d(59), [d(4)], 8.0, 0.0);
        assert_eq!(at, 4.0 * 8.0 + 4.0 + DIAMOND_HALF_PX);
        assert_eq!(at + w, 480.0);
        // Milestones outside the bar change nothing.
        assert_eq!(name_room(d(0), d(59), [d(-20), d(90)], 8.0, 0.0), (0.0, 480.0));
        // Scrolled so the bar's first 100 px are out of view: the name
        // starts at the window's edge, and keeps clear of a diamond just after it.
        assert_eq!(name_room(d(0), d(59), [d(30)], 8.0, 100.0), (100.0, 30.0 * 8.0 + 4.0 - DIAMOND_HALF_PX - 100.0));
        let (at, _) = name_room(d(0), d(59), [d(14)], 8.0, 100.0);
        assert_eq!(at, 14.0 * 8.0 + 4.0 + DIAMOND_HALF_PX);
        // A bar scrolled wholly out of view has no room.
        assert_eq!(name_room(d(0), d(59), [], 8.0, 900.0).1, 0.0);
    }

    proptest! {
        /// Wherever the diamonds are and however far the chart is
        /// scrolled, the room is on the bar's visible part and no diamond
        /// overlaps it.
        #[test]
        fn the_room_is_on_the_bar_and_free(len in 0i64..120, ms in proptest::collection::vec(-10i64..130, 0..8), ppd in prop_oneof![Just(3.0), Just(8.0), Just(40.0)], hidden in prop_oneof![Just(0.0), 0.0f64..2000.0]) {
            let dates: Vec<NaiveDate> = ms.iter().map(|m| d(*m)).collect();
            let (at, w) = name_room(d(0), d(len), dates, ppd, hidden);
            let width = (len + 1) as f64 * ppd;
            prop_assert!(at >= hidden.min(width) - 1e-9 && w >= 0.0 && at + w <= width + 1e-9);
            for m in &ms {
                let c = *m as f64 * ppd + ppd / 2.0;
                prop_assert!(w == 0.0 || c + DIAMOND_HALF_PX <= at + 1e-9 || c - DIAMOND_HALF_PX >= at + w - 1e-9, "diamond at {c} over the room {at}+{w}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn e(a: &str, b: &str) -> (Id, Id) {
        (Id::from(a), Id::from(b))
    }

    fn ids(v: &[&str]) -> Vec<Id> {
        v.iter().map(|s| Id::from(*s)).collect()
    }

    /// Items laid out from 2026-01-01: (id, first day offset, days long).
    fn dated(items: &[(&str, i64, i64)]) -> HashMap<Id, (NaiveDate, NaiveDate)> {
        let base = d(2026, 1, 1);
        items.iter().map(|(id, off, len)| (Id::from(*id), (base + Duration::days(*off), base + Duration::days(off + len - 1)))).collect()
    }

    #[test]
    fn finds_cycles() {
        assert_eq!(find_cycle(&[]), None);
        assert_eq!(find_cycle(&[e("a", "b"), e("b", "c"), e("a", "c")]), None);
        assert_eq!(find_cycle(&[e("a", "a")]), Some(ids(&["a", "a"])));
        assert_eq!(find_cycle(&[e("x", "a"), e("a", "b"), e("b", "c"), e("c", "a")]), Some(ids(&["a", "b", "c", "a"])));
        // The same cycle whatever the order of the edges.
        assert_eq!(find_cycle(&[e("c", "a"), e("b", "c"), e("a", "b"), e("x", "a")]), Some(ids(&["a", "b", "c", "a"])));
        // A diamond is not a cycle.
        assert_eq!(find_cycle(&[e("a", "b"), e("a", "c"), e("b", "d"), e("c", "d")]), None);
    }

    #[test]
    fn would_cycle_checks_a_new_link() {
        let edges = [e("a", "b"), e("b", "c")];
        assert!(would_cycle(&edges, &e("c", "a")));
        assert!(would_cycle(&edges, &e("b", "a")));
        assert!(would_cycle(&edges, &e("d", "d")));
        assert!(!would_cycle(&edges, &e("a", "c")));
        assert!(!would_cycle(&edges, &e("c", "d")));
        assert!(!would_cycle(&[], &e("a", "b")));
    }

    #[test]
    fn broken_links_start_before_the_end() {
        // a: Jan 1–5; b starts Jan 6 (fine); c starts Jan 5 (a's last day);
        // d starts Jan 2; x has no dates.
        let dates = dated(&[("a", 0, 5), ("b", 5, 2), ("c", 4, 2), ("d", 1, 1)]);
        let edges = [e("a", "b"), e("a", "c"), e("a", "d"), e("a", "x"), e("x", "d")];
        let got: Vec<_> = broken(&edges, &dates);
        assert_eq!(got, vec![&edges[1], &edges[2]]);
    }

    #[test]
    fn critical_path_takes_the_longest_chain() {
        // a(3) → b(10) → d(1); a → c(2) → d; e(12) stands alone.
        let dates = dated(&[("a", 0, 3), ("b", 3, 10), ("c", 3, 2), ("d", 13, 1), ("e", 0, 12)]);
        let edges = [e("a", "b"), e("a", "c"), e("b", "d"), e("c", "d")];
        assert_eq!(critical_path(&edges, &dates), ids(&["a", "b", "d"]));
        // A long enough lone item wins.
        let dates = dated(&[("a", 0, 3), ("b", 3, 10), ("c", 3, 2), ("d", 13, 1), ("e", 0, 15)]);
        assert_eq!(critical_path(&edges, &dates), ids(&["e"]));
        // Cycles and emptiness.
        assert_eq!(critical_path(&[e("a", "b"), e("b", "a")], &dates), Vec::<Id>::new());
        assert_eq!(critical_path(&[], &HashMap::new()), Vec::<Id>::new());
    }

    #[test]
    fn critical_path_ties_go_to_smaller_ids() {
        // a → b and a → c, b and c equally long: through b.
        let dates = dated(&[("a", 0, 2), ("b", 2, 4), ("c", 2, 4)]);
        assert_eq!(critical_path(&[e("a", "c"), e("a", "b")], &dates), ids(&["a", "b"]));
        // b → z and c → z with b and c equal: from b, whatever the order.
        let dates = dated(&[("b", 0, 4), ("c", 0, 4), ("z", 4, 1)]);
        assert_eq!(critical_path(&[e("c", "z"), e("b", "z")], &dates), ids(&["b", "z"]));
        assert_eq!(critical_path(&[e("b", "z"), e("c", "z")], &dates), ids(&["b", "z"]));
    }

    #[test]
    fn shift_and_resize() {
        assert_eq!(shift(d(2026, 1, 30), d(2026, 2, 2), 3), (d(2026, 2, 2), d(2026, 2, 5)));
        assert_eq!(shift(d(2026, 1, 1), d(2026, 1, 2), -1), (d(2025, 12, 31), d(2026, 1, 1)));
        assert_eq!(resize_end(d(2026, 1, 1), d(2026, 1, 5), 3), Ok((d(2026, 1, 1), d(2026, 1, 8))));
        assert_eq!(resize_end(d(2026, 1, 1), d(2026, 1, 5), -4), Ok((d(2026, 1, 1), d(2026, 1, 1))));
        assert_eq!(resize_end(d(2026, 1, 1), d(2026, 1, 5), -5), Err(ResizeProblem::EndBeforeStart));
    }

    fn name(i: u8) -> Id {
        Id(format!("n{i}"))
    }

    /// Longest chain total by trying every path from every node (small graphs).
    fn brute_longest(n: u8, edges: &[(Id, Id)], dates: &HashMap<Id, (NaiveDate, NaiveDate)>) -> i64 {
        fn walk(at: &Id, edges: &[(Id, Id)], dates: &HashMap<Id, (NaiveDate, NaiveDate)>) -> i64 {
            let rest = edges.iter().filter(|(a, _)| a == at).map(|(_, b)| walk(b, edges, dates)).max().unwrap_or(0);
            duration(dates, at) + rest
        }
        (0..n).map(|i| walk(&name(i), edges, dates)).max().unwrap_or(0)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"))), ..ProptestConfig::default() })]

        /// Links added only when `would_cycle` allows keep the graph acyclic;
        /// a refused link, once added, makes `find_cycle` report a real cycle.
        #[test]
        fn would_cycle_agrees_with_find_cycle(pairs in proptest::collection::vec((0u8..7, 0u8..7), 0..25)) {
            let mut edges: Vec<(Id, Id)> = vec![];
            for (a, b) in pairs {
                let new = (name(a), name(b));
                if would_cycle(&edges, &new) {
                    let mut with = edges.clone();
                    with.push(new);
                    let cycle = find_cycle(&with).expect("a refused link closes a cycle");
                    prop_assert!(cycle.len() >= 2);
                    prop_assert_eq!(cycle.first(), cycle.last());
                    for w in cycle.windows(2) {
                        prop_assert!(with.contains(&(w[0].clone(), w[1].clone())), "{:?} not a link", w);
                    }
                } else {
                    edges.push(new);
                    prop_assert_eq!(find_cycle(&edges), None);
                }
            }
        }

        /// On a random DAG the critical path is a chain of real links whose
        /// total equals the longest found by trying every path.
        #[test]
        fn critical_path_is_the_longest_chain(
            pairs in proptest::collection::vec((0u8..6, 0u8..6), 0..15),
            lens in proptest::collection::vec(1i64..10, 6),
        ) {
            // Links only from a smaller to a larger index: acyclic.
            let edges: Vec<(Id, Id)> = pairs.into_iter().filter(|(a, b)| a < b).map(|(a, b)| (name(a), name(b))).collect();
            let base = d(2026, 1, 1);
            let dates: HashMap<Id, (NaiveDate, NaiveDate)> =
                lens.iter().enumerate().map(|(i, l)| (name(i as u8), (base, base + Duration::days(l - 1)))).collect();
            let path = critical_path(&edges, &dates);
            prop_assert!(!path.is_empty());
            for w in path.windows(2) {
                prop_assert!(edges.contains(&(w[0].clone(), w[1].clone())));
            }
            let total: i64 = path.iter().map(|id| duration(&dates, id)).sum();
            prop_assert_eq!(total, brute_longest(6, &edges, &dates));
            // The answer does not depend on the order of the links.
            let mut rev = edges.clone();
            rev.reverse();
            prop_assert_eq!(critical_path(&rev, &dates), path);
        }

        /// Shifting keeps the duration and moves both ends; resizing keeps
        /// the start and is refused exactly when the end would precede it.
        #[test]
        fn shift_and_resize_keep_their_promises(off in 0i64..1000, len in 0i64..100, days in -500i64..500) {
            let start = d(2026, 1, 1) + Duration::days(off);
            let end = start + Duration::days(len);
            let (s, e) = shift(start, end, days);
            prop_assert_eq!((e - s).num_days(), len);
            prop_assert_eq!((s - start).num_days(), days);
            match resize_end(start, end, days) {
                Ok((s, e)) => {
                    prop_assert_eq!(s, start);
                    prop_assert_eq!((e - end).num_days(), days);
                    prop_assert!(len + days >= 0);
                }
                Err(ResizeProblem::EndBeforeStart) => prop_assert!(len + days < 0),
            }
        }
    }

    fn camp(id: &str, s: (u32, u32), e: (u32, u32), deps: &[&str]) -> Campaign {
        let mut c = Campaign::new(Id::from(id), id);
        c.start = Some(d(2026, s.0, s.1));
        c.end = Some(d(2026, e.0, e.1));
        c.depends_on = deps.iter().map(|x| Id::from(*x)).collect();
        c
    }

    #[test]
    fn links_refuse_self_duplicates_and_cycles() {
        let cs = vec![camp("a", (1, 1), (1, 10), &[]), camp("b", (1, 11), (1, 20), &["a"]), camp("c", (1, 21), (1, 30), &["b"])];
        assert_eq!(link(&cs, &Id::from("a"), &Id::from("a")), Err(LinkProblem::SelfLink));
        assert_eq!(link(&cs, &Id::from("a"), &Id::from("b")), Err(LinkProblem::AlreadyLinked));
        assert_eq!(link(&cs, &Id::from("c"), &Id::from("a")), Err(LinkProblem::Cycle(vec![Id::from("a"), Id::from("b"), Id::from("c"), Id::from("a")])));
        assert_eq!(link(&cs, &Id::from("x"), &Id::from("a")), Err(LinkProblem::NotFound));
        let c = link(&cs, &Id::from("a"), &Id::from("c")).unwrap();
        assert_eq!(c.depends_on, vec![Id::from("b"), Id::from("a")]);
    }

    #[test]
    fn moving_a_bar_flags_the_links_it_breaks() {
        let cs = vec![camp("a", (1, 1), (1, 10), &[]), camp("b", (1, 11), (1, 20), &["a"]), camp("c", (1, 21), (1, 30), &["b"])];
        assert!(broken(&campaign_edges(&cs), &campaign_dates(&cs)).is_empty());
        let moved = edit(&cs[1], Edit::Move(-1)).unwrap();
        assert_eq!((moved.start, moved.end), (Some(d(2026, 1, 10)), Some(d(2026, 1, 19))));
        assert_eq!(broken_with(&cs, &Id::from("b"), (moved.start.unwrap(), moved.end.unwrap())), vec![(Id::from("a"), Id::from("b"))]);
        let longer = edit(&cs[1], Edit::Resize(1)).unwrap();
        assert_eq!(broken_with(&cs, &Id::from("b"), (longer.start.unwrap(), longer.end.unwrap())), vec![(Id::from("b"), Id::from("c"))]);
        assert!(edit(&cs[1], Edit::Resize(-10)).is_none(), "an end before the start is refused");
        assert!(edit(&cs[1], Edit::Resize(-9)).is_some(), "a one-day campaign is fine");
        assert!(edit(&Campaign::new(Id::from("u"), "u"), Edit::Move(1)).is_none());
    }

    #[test]
    fn span_ticks_and_rows() {
        let cs = vec![camp("b", (3, 1), (3, 31), &[]), camp("a", (2, 1), (2, 10), &[]), Campaign::new(Id::from("z"), "Undated")];
        let (first, last) = span(&cs, [d(2026, 4, 15)].into_iter(), d(2026, 2, 20));
        assert_eq!((first, last), (d(2026, 1, 25), d(2026, 4, 29)));
        assert_eq!(rows(&cs), vec![1, 0, 2]);
        let mondays = ticks(d(2026, 3, 1), d(2026, 3, 31), Zoom::Month);
        assert_eq!(mondays.first(), Some(&d(2026, 3, 2)));
        assert_eq!(mondays.len(), 5);
        assert_eq!(ticks(d(2026, 1, 25), d(2026, 4, 29), Zoom::Quarter), vec![d(2026, 2, 1), d(2026, 3, 1), d(2026, 4, 1)]);
        assert_eq!(ticks(d(2026, 3, 1), d(2026, 3, 7), Zoom::Week).len(), 7);
        let (f, l) = span(&[], std::iter::empty(), d(2026, 2, 20));
        assert_eq!((l - f).num_days(), 42 + 21);
    }
}
