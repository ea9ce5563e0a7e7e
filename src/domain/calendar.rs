//! The weekly time-blocking calendar: a member's Monday–Friday, where each
//! task gets its day and hour; blocked hours against capacity; overlaps; and
//! the week exported as an iCalendar (RFC 5545) file that calendar apps
//! import.
//!
//! Times of day are hours as `f64` (9.5 = 9:30), as the file stores them,
//! but every comparison is made in whole minutes: that is what the calendar
//! shows and what the `.ics` file holds, so a block that looks like it ends
//! at 11:00 never "overlaps" one that starts at 11:00 because of a float
//! that came out as 11.000000000000002.

use super::sprint::capacity_between;
use super::{iso_week_label, Id, Settings, TeamMember, TimeBlock};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use std::collections::{BTreeSet, HashMap};

/// Monday to Friday of `d`'s ISO week. A Saturday or Sunday belongs to the
/// week that started on the Monday before it, as in `iso_week_label`.
pub fn week_of(d: NaiveDate) -> [NaiveDate; 5] {
    let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
    std::array::from_fn(|k| monday + Duration::days(k as i64))
}

/// Whole minutes of an hour value, rounded to the nearest minute.
fn minutes(hours: f64) -> i64 {
    (hours * 60.0).round() as i64
}

/// Start and end of a block as minutes from midnight.
fn span(b: &TimeBlock) -> (i64, i64) {
    (minutes(b.start), minutes(b.start + b.hours))
}

/// A member's blocks in the week of `monday` (any day of the week will do),
/// Monday to Friday only: weekend blocks have no column in the calendar.
/// Sorted by day, then start, then id so the order is stable.
pub fn blocks_in_week<'a>(blocks: &'a [TimeBlock], member: &Id, monday: NaiveDate) -> Vec<&'a TimeBlock> {
    let [mon, .., fri] = week_of(monday);
    let mut out: Vec<&TimeBlock> = blocks.iter().filter(|b| &b.member == member && b.date >= mon && b.date <= fri).collect();
    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.start.total_cmp(&b.start)).then_with(|| a.id.cmp(&b.id)));
    out
}

/// Hours a member has blocked in the week of `monday`: the time covered by
/// at least one block, so two blocks at the same hour block that hour once
/// (an hour cannot be spent twice; adding them up would show a Tuesday of
/// 10:00–13:00 and 10:30–12:00 as 4.5 h blocked when 3 h are). Counted in
/// whole minutes, like everything in the calendar.
pub fn blocked_hours(blocks: &[TimeBlock], member: &Id, monday: NaiveDate) -> f64 {
    let week = blocks_in_week(blocks, member, monday);
    let mut total = 0;
    // Sorted by day then start: sweep, keeping the end of the covered stretch.
    let mut cover: Option<(NaiveDate, i64, i64)> = None;
    for b in week {
        let (start, end) = span(b);
        if end <= start {
            continue;
        }
        match cover {
            Some((day, s, e)) if day == b.date && start <= e => cover = Some((day, s, e.max(end))),
            _ => {
                if let Some((_, s, e)) = cover {
                    total += e - s;
                }
                cover = Some((b.date, start, end));
            }
        }
    }
    if let Some((_, s, e)) = cover {
        total += e - s;
    }
    total as f64 / 60.0
}

/// Where a block is drawn in its day column: in lane `lane` of `lanes`
/// side-by-side lanes, so that blocks that overlap never cover each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lane {
    pub lane: usize,
    /// Lanes of the block's cluster (the blocks linked to it by overlaps):
    /// the most blocks of that cluster that run at the same minute. 1 for a
    /// block that overlaps nothing.
    pub lanes: usize,
}

/// The lane of each block (in the order given), as a calendar app lays out
/// overlapping events. Blocks are grouped by member and day; within a day,
/// a cluster is a run of blocks each starting before the furthest end so
/// far. Taken by start, each block gets the lowest lane free at its start,
/// which uses exactly as many lanes as the most blocks of the cluster that
/// run at once (interval partitioning), and the whole cluster shares that
/// count so its blocks have the same width. Blocks that touch (11:00 end,
/// 11:00 start) do not overlap; a block under a minute counts as one
/// minute, since it is drawn.
pub fn lanes(blocks: &[&TimeBlock]) -> Vec<Lane> {
    let mut out = vec![Lane { lane: 0, lanes: 1 }; blocks.len()];
    // Per member and day: each block's (start, end) in minutes and its index.
    type Spans = Vec<(i64, i64, usize)>;
    let mut days: HashMap<(&Id, NaiveDate), Spans> = HashMap::new();
    for (k, b) in blocks.iter().enumerate() {
        let (start, end) = span(b);
        days.entry((&b.member, b.date)).or_default().push((start, end.max(start + 1), k));
    }
    for day in days.values_mut() {
        // By start, the longer first, then input order: a stable layout.
        day.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut cluster: Vec<usize> = vec![];
        // End of the last block in each lane of the current cluster.
        let mut lane_ends: Vec<i64> = vec![];
        let mut reach = i64::MIN;
        let close = |cluster: &mut Vec<usize>, lane_ends: &mut Vec<i64>, out: &mut Vec<Lane>| {
            for &k in cluster.iter() {
                out[k].lanes = lane_ends.len();
            }
            cluster.clear();
            lane_ends.clear();
        };
        for &(start, end, k) in day.iter() {
            if start >= reach {
                close(&mut cluster, &mut lane_ends, &mut out);
            }
            let lane = match lane_ends.iter().position(|&e| e <= start) {
                Some(l) => {
                    lane_ends[l] = end;
                    l
                }
                None => {
                    lane_ends.push(end);
                    lane_ends.len() - 1
                }
            };
            out[k].lane = lane;
            cluster.push(k);
            reach = if cluster.len() == 1 { end } else { reach.max(end) };
        }
        close(&mut cluster, &mut lane_ends, &mut out);
    }
    out
}

/// The block that should have the focus once block `removed` is gone from
/// `week` (a member's week, in the calendar's order): the next one, or the
/// previous one when it was the last. None when no other block is left.
pub fn focus_after_removal(week: &[&TimeBlock], removed: &Id) -> Option<Id> {
    let at = week.iter().position(|b| &b.id == removed)?;
    week.get(at + 1).or_else(|| at.checked_sub(1).and_then(|p| week.get(p))).map(|b| b.id.clone())
}

/// Where a block dragged with the pointer lands: `top_hours` is its top edge
/// in hours after the start of the working day (the pointer's height less
/// where the block was grabbed), snapped to the nearest half hour, within
/// the day (no earlier than its start, no later than half an hour before
/// its end). Keeping the grab offset means a block grabbed by its middle
/// and moved straight sideways keeps its hour.
pub fn drop_start(top_hours: f64, day_start: u8, day_end: u8) -> f64 {
    let snapped = if top_hours.is_finite() { (top_hours * 2.0).round() / 2.0 } else { 0.0 };
    (day_start as f64 + snapped).clamp(day_start as f64, (day_end as f64 - 0.5).max(day_start as f64))
}

/// A member's week: hours blocked in the calendar against hours available.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekLoad {
    pub blocked: f64,
    /// Weekly hours less the week's declared time off, counted as for a
    /// sprint (see [`capacity_between`]).
    pub capacity: f64,
}

impl WeekLoad {
    /// More blocked than available: the calendar warns.
    pub fn over(&self) -> bool {
        self.blocked > self.capacity + 1e-9
    }
}

pub fn week_load(blocks: &[TimeBlock], member: &TeamMember, monday: NaiveDate) -> WeekLoad {
    let [mon, .., fri] = week_of(monday);
    WeekLoad { blocked: blocked_hours(blocks, &member.id, mon), capacity: capacity_between(member, mon, fri) }
}

/// Ids of the blocks that overlap another block of the same member on the
/// same day, for the calendar to flag. Blocks that touch (one ends at 11:00,
/// the next starts at 11:00) do not overlap.
///
/// Returns the set rather than every pair: the calendar marks blocks, and
/// the pairs of N blocks stacked at the same hour number N²/2 while the set
/// is found in O(n log n): group by member and day, sort each group by
/// start, and sweep once, keeping the block that reaches furthest so far.
/// A block that starts before that reach overlaps it, so both are marked;
/// and a block that overlaps any later block overlaps the very next one,
/// which sees it as the furthest-reaching block at that moment.
pub fn overlaps(blocks: &[TimeBlock]) -> BTreeSet<Id> {
    // (start, end, id) of each block, by member and day.
    type Spans<'a> = Vec<(i64, i64, &'a Id)>;
    let mut days: HashMap<(&Id, NaiveDate), Spans> = HashMap::new();
    for b in blocks {
        let (start, end) = span(b);
        // A block of no minute (or a NaN) occupies nothing.
        if end > start {
            days.entry((&b.member, b.date)).or_default().push((start, end, &b.id));
        }
    }
    let mut out = BTreeSet::new();
    for day in days.values_mut().filter(|d| d.len() > 1) {
        day.sort_unstable();
        let mut reach: Option<(i64, &Id)> = None;
        for &(start, end, id) in day.iter() {
            match reach {
                Some((r, rid)) if start < r => {
                    out.insert(id.clone());
                    out.insert(rid.clone());
                    if end > r {
                        reach = Some((end, id));
                    }
                }
                _ => reach = Some((end, id)),
            }
        }
    }
    out
}

/// Why a block cannot go where it was put.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockProblem {
    /// The start or the length is not a number.
    NotANumber,
    /// The block lasts no time (less than a minute once rounded).
    NoDuration,
    /// It starts before the working day does.
    BeforeDayStart,
    /// It ends after the working day does.
    AfterDayEnd,
}

/// A working day runs from `start` to `end` o'clock: at least an hour, within the day.
pub fn check_working_day(start: u8, end: u8) -> bool {
    start < end && end <= 24
}

/// How long a task placed on the calendar at `start` lasts: its estimate
/// (one hour without one). Dropped with the pointer, it is cut to what is
/// left of the working day (at least half an hour), since a drop cannot
/// say "and make it shorter"; a length the person typed is taken as typed,
/// and refused by [`check_block`] if it does not fit.
pub fn placed_length(estimate: Option<f64>, typed: bool, start: f64, day_end: u8) -> f64 {
    let hours = estimate.unwrap_or(1.0);
    if typed {
        hours
    } else {
        hours.clamp(0.5, (day_end as f64 - start).max(0.5))
    }
}

/// Whether a block from `start` lasting `hours` fits in the working day
/// `day_start`–`day_end` (whole hours, from the settings). Checked to the
/// minute, like everything in the calendar.
pub fn check_block(start: f64, hours: f64, day_start: u8, day_end: u8) -> Result<(), BlockProblem> {
    if !start.is_finite() || !hours.is_finite() {
        return Err(BlockProblem::NotANumber);
    }
    if hours <= 0.0 || minutes(start + hours) <= minutes(start) {
        return Err(BlockProblem::NoDuration);
    }
    if minutes(start) < day_start as i64 * 60 {
        return Err(BlockProblem::BeforeDayStart);
    }
    if minutes(start + hours) > day_end as i64 * 60 {
        return Err(BlockProblem::AfterDayEnd);
    }
    Ok(())
}

/// The block moved from the keyboard: by whole `days` and by `hours`.
///
/// The calendar shows one week, so a move stays in it: Friday + 1 day is
/// refused (None), not carried to next Monday where the block would vanish
/// from view. The hour is clamped to the working day: 17:00 + 2 h on a 1-hour
/// block in a 9–18 day lands at 17:00 (the latest it can start), so holding
/// the key down stops at the edge. The new start is rounded to the minute.
/// None when nothing would change, when the day would leave the week, or when
/// the block is longer than the working day and cannot fit at all.
pub fn shift(block: &TimeBlock, days: i64, hours: f64, settings: &Settings) -> Option<TimeBlock> {
    let week = week_of(block.date);
    let date = block.date.checked_add_signed(Duration::try_days(days)?)?;
    if date < week[0] || date > week[4] || !hours.is_finite() {
        return None;
    }
    let (first, last) = (settings.day_start as i64 * 60, settings.day_end as i64 * 60 - minutes(block.hours));
    if last < first {
        return None;
    }
    let start = minutes(block.start + hours).clamp(first, last) as f64 / 60.0;
    check_block(start, block.hours, settings.day_start, settings.day_end).ok()?;
    if date == block.date && minutes(start) == minutes(block.start) {
        return None;
    }
    Some(TimeBlock { date, start, ..block.clone() })
}

// ---------------------------------------------------------------------------
// iCalendar export

/// Longest content line RFC 5545 §3.1 allows, in octets, without the CRLF.
pub const ICS_LINE_OCTETS: usize = 75;

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma are
/// escaped, any line break becomes `\n`, and other control characters,
/// which TEXT may not hold, are dropped (tab is allowed and kept).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF is one line break, not two.
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded (RFC 5545 §3.1): no physical line longer than 75
/// octets, each continuation starting with one space, and never inside a
/// UTF-8 character, which a strict parser would reject. CRLF between lines,
/// none at the end.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 37);
    // Room left on the current physical line.
    let mut room = ICS_LINE_OCTETS;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = ICS_LINE_OCTETS - 1;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out
}

/// The inverse of [`fold`], as a parser does it: a CRLF followed by one
/// space or tab is removed.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// `YYYYMMDDTHHMMSS`, a floating local time: the block is at 9:30 wherever the
/// calendar app is, as on the team's board.
fn ics_time(t: NaiveDateTime) -> String {
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}", t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second())
}

/// The DTSTAMP of an export made at `millis` (milliseconds since the epoch,
/// as the browser's `Date.now()` gives them): `20261123T101500Z`.
pub fn ics_stamp(millis: i64) -> String {
    let t = chrono::DateTime::from_timestamp_millis(millis).unwrap_or_default().naive_utc();
    format!("{}Z", ics_time(t))
}

/// The blocks as an iCalendar file (RFC 5545) that calendar apps import: one
/// event per block, in floating local time, rounded to the minute, titled by
/// the block, with the member (and their role) in the description. The UID
/// is the block's id, so importing the same week again updates the events
/// instead of doubling them. `dtstamp_utc` is when the file is made, as
/// [`ics_stamp`] writes it.
pub fn ics(blocks: &[&TimeBlock], team: &[TeamMember], dtstamp_utc: &str, calendar_name: &str) -> String {
    let mut events = vec![];
    for b in blocks {
        let midnight = b.date.and_time(chrono::NaiveTime::MIN);
        let (start, end) = span(b);
        // An event must end after it starts; a block under a minute long
        // keeps one minute rather than vanish from the export.
        let end = end.max(start + 1);
        let who = match team.iter().find(|m| m.id == b.member) {
            Some(m) if m.role.trim().is_empty() => m.name.clone(),
            Some(m) => format!("{} — {}", m.name, m.role),
            None => b.member.to_string(),
        };
        events.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@jalon", escape_text(b.id.as_str())),
            format!("DTSTAMP:{dtstamp_utc}"),
            format!("DTSTART:{}", ics_time(midnight + Duration::minutes(start))),
            format!("DTEND:{}", ics_time(midnight + Duration::minutes(end))),
            format!("SUMMARY:{}", escape_text(&b.title)),
            format!("DESCRIPTION:{}", escape_text(&who)),
            "END:VEVENT".to_string(),
        ]);
    }
    ics_document(calendar_name, &events)
}

/// An iCalendar document around already escaped content lines: the
/// calendar's header, the lines folded, CRLF after each.
pub fn ics_document(calendar_name: &str, lines: &[String]) -> String {
    let mut out = String::new();
    let mut line = |l: &str| {
        out.push_str(&fold(l));
        out.push_str("\r\n");
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Jalon//Jalon//EN");
    line("CALSCALE:GREGORIAN");
    line(&format!("X-WR-CALNAME:{}", escape_text(calendar_name)));
    for l in lines {
        line(l);
    }
    line("END:VCALENDAR");
    out
}

/// The downloaded file's name: `jalon-lea-martin-2026-W48.ics` for a member,
/// `jalon-week-2026-W48.ics` when `who` is empty. Only ASCII letters, digits
/// and dashes, so it is a safe file name on every system: French accents are
/// folded (é → e, œ → oe), anything else becomes a dash.
pub fn ics_filename(who: &str, monday: NaiveDate) -> String {
    format!("jalon-{}-{}.ics", super::text::slug(who, 40, "week"), iso_week_label(week_of(monday)[0]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::TimeOff;
    use proptest::prelude::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }
    fn block(id: &str, member: &str, date: NaiveDate, start: f64, hours: f64) -> TimeBlock {
        TimeBlock { id: Id::from(id), member: Id::from(member), item: None, title: id.into(), date, start, hours }
    }
    fn member(id: &str, name: &str, role: &str, weekly: f64) -> TeamMember {
        TeamMember {
            id: Id::from(id),
            name: name.into(),
            role: role.into(),
            skills: vec![],
            weekly_hours: weekly,
            hourly_rate: 0.0,
            time_off: vec![],
        }
    }
    fn ids(list: &[&str]) -> BTreeSet<Id> {
        list.iter().map(|s| Id::from(*s)).collect()
    }
    /// A TEXT value read back, as a parser does.
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            match (c, c == '\\') {
                (_, true) => match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(e) => out.push(e),
                    None => {}
                },
                (c, false) => out.push(c),
            }
        }
        out
    }

    /// Whether `b` is in `a`'s cluster: linked to it by a chain of blocks
    /// that `meet`.
    fn got_cluster(blocks: &[TimeBlock], a: &TimeBlock, b: &TimeBlock, meet: &dyn Fn(&TimeBlock, &TimeBlock) -> bool) -> bool {
        let mut seen = vec![a.id.clone()];
        let mut k = 0;
        while k < seen.len() {
            let cur = blocks.iter().find(|x| x.id == seen[k]).unwrap();
            for x in blocks {
                if !seen.contains(&x.id) && meet(cur, x) {
                    seen.push(x.id.clone());
                }
            }
            k += 1;
        }
        seen.contains(&b.id)
    }

    #[test]
    fn a_week_runs_monday_to_friday_of_the_iso_week() {
        // Mon 23 Nov 2026 is in 2026-W48.
        let week = [d(11, 23), d(11, 24), d(11, 25), d(11, 26), d(11, 27)];
        assert_eq!(week_of(d(11, 23)), week, "a Monday is its own week's start");
        assert_eq!(week_of(d(11, 29)), week, "a Sunday belongs to the week before it");
        assert_eq!(week_of(d(11, 27)), week);
        assert_eq!(week_of(d(11, 30))[0], d(11, 30));
        // Across a year end: Thu 1 Jan 2026 is in 2026-W01, which starts on 29 Dec 2025.
        assert_eq!(week_of(d(1, 1))[0], NaiveDate::from_ymd_opt(2025, 12, 29).unwrap());
    }

    #[test]
    fn a_members_week_is_sorted_and_excludes_others_and_weekends() {
        let blocks = vec![
            block("c", "lea", d(11, 24), 9.0, 1.0),
            block("b", "lea", d(11, 23), 14.0, 2.0),
            block("a", "lea", d(11, 23), 9.5, 1.5),
            block("other", "tom", d(11, 23), 9.0, 1.0),
            block("saturday", "lea", d(11, 28), 9.0, 3.0),
            block("next-week", "lea", d(11, 30), 9.0, 3.0),
            block("last-week", "lea", d(11, 20), 9.0, 3.0),
        ];
        let week: Vec<&str> = blocks_in_week(&blocks, &Id::from("lea"), d(11, 25)).iter().map(|b| b.id.as_str()).collect();
        assert_eq!(week, ["a", "b", "c"]);
        assert_eq!(blocked_hours(&blocks, &Id::from("lea"), d(11, 23)), 4.5);
    }

    #[test]
    fn load_is_blocked_hours_against_weekly_hours_less_time_off() {
        let mut lea = member("lea", "Léa", "", 40.0);
        let blocks = vec![block("a", "lea", d(11, 23), 9.0, 8.0), block("b", "lea", d(11, 24), 9.0, 8.0)];
        let load = week_load(&blocks, &lea, d(11, 23));
        assert_eq!(load, WeekLoad { blocked: 16.0, capacity: 40.0 });
        assert!(!load.over());
        lea.time_off = vec![
            TimeOff { date: d(11, 25), hours: 8.0 },
            TimeOff { date: d(11, 26), hours: 12.0 }, // no more than the day's 8 hours
            TimeOff { date: d(11, 27), hours: 4.0 },
            TimeOff { date: d(11, 28), hours: 8.0 }, // Saturday
            TimeOff { date: d(11, 30), hours: 8.0 }, // next week
        ];
        let load = week_load(&blocks, &lea, d(11, 29));
        assert_eq!(load, WeekLoad { blocked: 16.0, capacity: 20.0 });
        lea.time_off.push(TimeOff { date: d(11, 23), hours: 8.0 });
        assert!(week_load(&blocks, &lea, d(11, 23)).over(), "16 h blocked, 12 h available");
    }

    #[test]
    fn blocked_hours_count_time_covered_once() {
        let (mon, tue) = (d(11, 23), d(11, 24));
        // The audit's week: Tue 10:00–13:00 and 10:30–14:00 block 4 h, not 6.5.
        let blocks = vec![
            block("a", "lea", tue, 10.0, 3.0),
            block("b", "lea", tue, 10.5, 3.5),
            block("inside", "lea", tue, 11.0, 0.5), // within a: adds nothing
            block("touch", "lea", tue, 14.0, 1.0), // touches b: adds its hour
            block("mon", "lea", mon, 10.0, 3.0), // same hours, another day
            block("tom", "tom", tue, 8.0, 8.0),
        ];
        assert_eq!(blocked_hours(&blocks, &Id::from("lea"), mon), 8.0);
        let lea = member("lea", "Léa", "", 32.0);
        assert_eq!(week_load(&blocks, &lea, mon).blocked, 8.0);
        // Float noise does not make a minute.
        let noisy = vec![block("p", "lea", mon, 9.1, 0.2), block("q", "lea", mon, 9.3, 0.1 * 3.0)];
        assert_eq!(blocked_hours(&noisy, &Id::from("lea"), mon), 0.5);
    }

    #[test]
    fn overlapping_blocks_go_side_by_side_in_lanes() {
        let tue = d(11, 24);
        let blocks = vec![
            block("a", "lea", tue, 10.0, 3.0),
            block("b", "lea", tue, 10.5, 1.0),
            block("c", "lea", tue, 11.5, 1.0), // b has ended: takes b's lane
            block("d", "lea", tue, 13.0, 1.0), // touches a: alone again
            block("wed", "lea", d(11, 25), 10.0, 3.0),
            block("tom", "tom", tue, 10.0, 3.0),
        ];
        let refs: Vec<&TimeBlock> = blocks.iter().collect();
        let l = |lane, lanes| Lane { lane, lanes };
        assert_eq!(lanes(&refs), vec![l(0, 2), l(1, 2), l(1, 2), l(0, 1), l(0, 1), l(0, 1)]);
        // Three at once need three lanes, and all the cluster shares the width.
        let three = vec![
            block("x", "lea", tue, 9.0, 4.0),
            block("y", "lea", tue, 9.0, 1.0),
            block("z", "lea", tue, 9.5, 1.0),
            block("w", "lea", tue, 12.0, 0.5),
        ];
        let refs: Vec<&TimeBlock> = three.iter().collect();
        assert_eq!(lanes(&refs), vec![l(0, 3), l(1, 3), l(2, 3), l(1, 3)]);
        // Two blocks of no length at the same minute are still apart.
        let zero = vec![block("p", "lea", tue, 9.0, 0.0), block("q", "lea", tue, 9.0, 0.0)];
        let refs: Vec<&TimeBlock> = zero.iter().collect();
        assert_eq!(lanes(&refs), vec![l(0, 2), l(1, 2)]);
    }

    #[test]
    fn focus_goes_to_the_next_block_then_the_previous() {
        let blocks = vec![block("a", "lea", d(11, 23), 9.0, 1.0), block("b", "lea", d(11, 24), 9.0, 1.0), block("c", "lea", d(11, 25), 9.0, 1.0)];
        let week: Vec<&TimeBlock> = blocks.iter().collect();
        assert_eq!(focus_after_removal(&week, &Id::from("a")), Some(Id::from("b")));
        assert_eq!(focus_after_removal(&week, &Id::from("b")), Some(Id::from("c")));
        assert_eq!(focus_after_removal(&week, &Id::from("c")), Some(Id::from("b")));
        assert_eq!(focus_after_removal(&week[..1], &Id::from("a")), None);
        assert_eq!(focus_after_removal(&week, &Id::from("gone")), None);
    }

    #[test]
    fn a_dropped_block_keeps_where_it_was_grabbed() {
        // Grabbed 30 px below its top at 52 px an hour, moved sideways: the
        // pointer is at 09:34, the top still at 09:00.
        let grab = 30.0 / 52.0;
        assert_eq!(drop_start((0.0 + grab) - grab, 9, 18), 9.0);
        // A little drift snaps back; a quarter past snaps to the half hour.
        assert_eq!(drop_start(1.0 + 4.0 / 52.0, 9, 18), 10.0);
        assert_eq!(drop_start(1.3, 9, 18), 10.5);
        // Dragged above the day or past its end: held inside it.
        assert_eq!(drop_start(-0.8, 9, 18), 9.0);
        assert_eq!(drop_start(12.0, 9, 18), 17.5);
        assert_eq!(drop_start(f64::NAN, 9, 18), 9.0);
    }

    #[test]
    fn overlaps_are_same_member_same_day_and_intersecting() {
        let mon = d(11, 23);
        let blocks = vec![
            block("a", "lea", mon, 9.0, 2.0),
            block("b", "lea", mon, 10.0, 1.0), // inside a
            block("c", "lea", mon, 11.0, 1.0), // touches a and b: no overlap
            block("tom", "tom", mon, 9.0, 2.0), // another member, same hours
            block("tue", "lea", d(11, 24), 9.0, 2.0), // another day, same hours
        ];
        assert_eq!(overlaps(&blocks), ids(&["a", "b"]));
    }

    #[test]
    fn touching_blocks_do_not_overlap_even_with_float_error() {
        let mon = d(11, 23);
        // 9.1 + 0.2 is 9.299999999999999 and 0.1 * 3 is 0.30000000000000004.
        let blocks = vec![
            block("a", "lea", mon, 9.1, 0.2),
            block("b", "lea", mon, 9.3, 0.1 * 3.0),
            block("c", "lea", mon, 9.6, 0.4),
        ];
        assert!(overlaps(&blocks).is_empty());
        assert!(overlaps(&[block("x", "lea", mon, 9.0, 1.0), block("y", "lea", mon, 9.0, 1.0)]).len() == 2);
    }

    #[test]
    fn a_long_block_overlapping_a_later_one_is_flagged_with_it() {
        let mon = d(11, 23);
        // a reaches furthest; d overlaps only a, after b and c have moved on.
        let blocks = vec![
            block("d", "lea", mon, 15.0, 1.0),
            block("a", "lea", mon, 9.0, 8.0),
            block("e", "lea", mon, 17.0, 1.0), // touches a's end
            block("zero", "lea", mon, 10.0, 0.0),
        ];
        assert_eq!(overlaps(&blocks), ids(&["a", "d"]));
        // A chain: each overlaps the next only.
        let chain = vec![block("p", "lea", mon, 9.0, 2.0), block("q", "lea", mon, 10.0, 2.0), block("r", "lea", mon, 11.5, 1.0)];
        assert_eq!(overlaps(&chain), ids(&["p", "q", "r"]));
    }

    #[test]
    fn overlaps_scale_to_a_big_calendar() {
        // 200 members × 5 days × 40 back-to-back quarter hours, plus one clash.
        let mut blocks = vec![];
        for m in 0..200 {
            for day in 0..5 {
                for k in 0..40 {
                    let id = format!("{m}-{day}-{k}");
                    blocks.push(block(&id, &format!("m{m}"), d(11, 23 + day), 8.0 + k as f64 * 0.25, 0.25));
                }
            }
        }
        blocks.push(block("clash", "m7", d(11, 25), 9.1, 0.1));
        assert_eq!(overlaps(&blocks), ids(&["clash", "7-2-4"]));
    }

    #[test]
    fn a_block_must_fit_in_the_working_day() {
        assert_eq!(check_block(9.0, 9.0, 9, 18), Ok(()));
        assert_eq!(check_block(17.5, 0.5, 9, 18), Ok(()));
        assert_eq!(check_block(9.0, 0.0, 9, 18), Err(BlockProblem::NoDuration));
        assert_eq!(check_block(9.0, -1.0, 9, 18), Err(BlockProblem::NoDuration));
        assert_eq!(check_block(9.0, 0.001, 9, 18), Err(BlockProblem::NoDuration), "under a minute");
        assert_eq!(check_block(f64::NAN, 1.0, 9, 18), Err(BlockProblem::NotANumber));
        assert_eq!(check_block(9.0, f64::INFINITY, 9, 18), Err(BlockProblem::NotANumber));
        assert_eq!(check_block(8.5, 1.0, 9, 18), Err(BlockProblem::BeforeDayStart));
        assert_eq!(check_block(17.5, 1.0, 9, 18), Err(BlockProblem::AfterDayEnd));
        assert_eq!(check_block(16.7, 1.3, 9, 18), Ok(()), "ends at 18:00 despite float error");
    }

    #[test]
    fn keyboard_moves_stay_in_the_week_and_the_working_day() {
        let s = Settings::default(); // 9–18
        let wed = block("a", "lea", d(11, 25), 10.0, 1.0);
        let moved = |days, hours| shift(&wed, days, hours, &s).map(|b| (b.date, b.start));
        assert_eq!(moved(1, 0.0), Some((d(11, 26), 10.0)));
        assert_eq!(moved(-2, 0.5), Some((d(11, 23), 10.5)));
        assert_eq!(moved(-3, 0.0), None, "Monday − 1 day leaves the week");
        assert_eq!(moved(3, 0.0), None, "Friday + 1 day leaves the week");
        assert_eq!(moved(0, 0.0), None, "nothing to do");
        assert_eq!(moved(0, 10.0), Some((d(11, 25), 17.0)), "clamped: the latest a 1-hour block can start");
        assert_eq!(moved(0, -5.0), Some((d(11, 25), 9.0)), "clamped to the start of the day");
        let evening = block("b", "lea", d(11, 27), 17.0, 1.0);
        assert_eq!(shift(&evening, 0, 1.0, &s), None, "already at the end of the day");
        assert_eq!(shift(&evening, 1, 0.0, &s), None, "Friday");
        let too_long = block("c", "lea", d(11, 25), 9.0, 10.0);
        assert_eq!(shift(&too_long, 0, 1.0, &s), None, "cannot fit at all");
        // Tenths of an hour do not drift off the minute.
        let mut b = wed.clone();
        for _ in 0..7 {
            b = shift(&b, 0, 0.1, &s).unwrap();
        }
        assert_eq!(minutes(b.start), 10 * 60 + 42);
        assert_eq!(b.start, 10.7);
    }

    fn sample_team() -> Vec<TeamMember> {
        vec![member("lea", "Léa Martin", "Content", 40.0), member("tom", "Tom", "", 20.0)]
    }

    #[test]
    fn ics_is_a_calendar_with_one_event_per_block() {
        let blocks = [block("tb-1", "lea", d(11, 23), 9.5, 1.5), block("tb-2", "tom", d(11, 24), 14.0, 2.25)];
        let refs: Vec<&TimeBlock> = blocks.iter().collect();
        let text = ics(&refs, &sample_team(), "20261123T101500Z", "Jalon · 2026-W48");
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Jalon//Jalon//EN",
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Jalon · 2026-W48",
            "BEGIN:VEVENT",
            "UID:tb-1@jalon",
            "DTSTAMP:20261123T101500Z",
            "DTSTART:20261123T093000",
            "DTEND:20261123T110000",
            "SUMMARY:tb-1",
            "DESCRIPTION:Léa Martin — Content",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:tb-2@jalon",
            "DTSTAMP:20261123T101500Z",
            "DTSTART:20261124T140000",
            "DTEND:20261124T161500",
            "SUMMARY:tb-2",
            "DESCRIPTION:Tom",
            "END:VEVENT",
            "END:VCALENDAR",
        ];
        assert_eq!(text, expected.join("\r\n") + "\r\n");
    }

    #[test]
    fn ics_rounds_to_the_minute_and_ends_after_it_starts() {
        let blocks = [
            block("a", "lea", d(11, 23), 9.0 + 20.0 / 60.0, 0.7), // 9:20 for 42 min
            block("b", "lea", d(11, 23), 10.0 + 1.0 / 7.0, 1.0), // 10:08:34 → 10:09
            block("c", "lea", d(11, 23), 23.5, 0.5),             // ends at midnight
            block("d", "lea", d(11, 23), 12.0, 0.001),           // under a minute
        ];
        let refs: Vec<&TimeBlock> = blocks.iter().collect();
        let text = ics(&refs, &sample_team(), "20261123T101500Z", "w");
        let times: Vec<&str> = text.split("\r\n").filter(|l| l.starts_with("DTSTART:") || l.starts_with("DTEND:")).collect();
        assert_eq!(
            times,
            [
                "DTSTART:20261123T092000",
                "DTEND:20261123T100200",
                "DTSTART:20261123T100900",
                "DTEND:20261123T110900",
                "DTSTART:20261123T233000",
                "DTEND:20261124T000000",
                "DTSTART:20261123T120000",
                "DTEND:20261123T120100",
            ]
        );
        assert_eq!(ics_stamp(1_795_428_900_000), "20261123T101500Z");
    }

    #[test]
    fn ics_text_is_escaped() {
        assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape_text("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
        assert_eq!(escape_text("tab\there\u{7}bell"), "tab\therebell");
        let mut b = block("x;y", "ghost", d(11, 23), 9.0, 1.0);
        b.title = "Brief: SEO, SEA; \"emailing\"\nv2 \\ final".into();
        let text = ics(&[&b], &[], "20261123T101500Z", "Team, week 48");
        assert!(text.contains("\r\nSUMMARY:Brief: SEO\\, SEA\\; \"emailing\"\\nv2 \\\\ final\r\n"), "{text}");
        assert!(text.contains("\r\nUID:x\\;y@jalon\r\n"));
        assert!(text.contains("\r\nX-WR-CALNAME:Team\\, week 48\r\n"));
        assert!(text.contains("\r\nDESCRIPTION:ghost\r\n"), "an unknown member is named by id");
        assert_eq!(unescape(&escape_text("a\\;b,\nc")), "a\\;b,\nc");
    }

    #[test]
    fn ics_lines_are_crlf_and_at_most_75_octets_even_in_french_with_emoji() {
        let mut b = block("tb-long", "lea", d(11, 23), 9.0, 2.0);
        b.title = "Réécriture éditoriale des pages « Économie d’énergie » pour l’été 🌞🎉 — œuvre collective, déjà validée à 95 % ✅, \
                   ça dépasse largement soixante-quinze octets ; vérifié !"
            .into();
        let team = vec![member("lea", "Léa Martin-Éléonore de la Forêt-Noire", "Contenu éditorial & référencement naturel (SEO) 🇫🇷", 40.0)];
        let text = ics(&[&b], &team, "20261123T101500Z", "Équipe marketing — semaine 48 de l’année 2026 ✨✨✨✨✨✨✨✨✨✨");
        assert!(text.ends_with("\r\n"));
        // Every LF is part of a CRLF, and every CR is followed by an LF.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert_eq!(text.matches('\r').count(), text.matches("\r\n").count());
        let lines: Vec<&str> = text.split("\r\n").collect();
        for l in &lines {
            assert!(l.len() <= ICS_LINE_OCTETS, "{} octets: {l:?}", l.len());
        }
        assert!(lines.iter().any(|l| l.starts_with(' ')), "the long title was folded");
        // Unfolded, the title reads back whole.
        let unfolded = unfold(&text);
        let summary = unfolded.split("\r\n").find_map(|l| l.strip_prefix("SUMMARY:")).unwrap();
        assert_eq!(unescape(summary), b.title);
        let desc = unfolded.split("\r\n").find_map(|l| l.strip_prefix("DESCRIPTION:")).unwrap();
        assert_eq!(unescape(desc), "Léa Martin-Éléonore de la Forêt-Noire — Contenu éditorial & référencement naturel (SEO) 🇫🇷");
    }

    #[test]
    fn folding_splits_at_75_octets_between_characters() {
        let ascii = "x".repeat(200);
        let folded = fold(&ascii);
        let lines: Vec<&str> = folded.split("\r\n").collect();
        assert_eq!(lines.iter().map(|l| l.len()).collect::<Vec<_>>(), [75, 75, 52]);
        assert!(lines[1].starts_with(' ') && lines[2].starts_with(' '));
        assert_eq!(unfold(&folded), ascii);
        // 74 ASCII then a 4-octet emoji: the emoji moves whole to the next line.
        let s = format!("{}🌞", "x".repeat(74));
        assert_eq!(fold(&s), format!("{}\r\n 🌞", "x".repeat(74)));
        assert_eq!(fold(&"x".repeat(75)), "x".repeat(75), "exactly 75 octets is not folded");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn file_names_are_safe_and_say_the_week() {
        assert_eq!(ics_filename("", d(11, 25)), "jalon-week-2026-W48.ics");
        assert_eq!(ics_filename("Léa Martin", d(11, 23)), "jalon-lea-martin-2026-W48.ics");
        assert_eq!(ics_filename("  Zoë / Œdipe: «R&D» 🚀 ", d(11, 29)), "jalon-zoe-oedipe-r-d-2026-W48.ics");
        assert_eq!(ics_filename("../../etc", d(1, 1)), "jalon-etc-2026-W01.ics");
        assert_eq!(ics_filename("🚀", d(1, 1)), "jalon-week-2026-W01.ics");
        assert!(ics_filename(&"a".repeat(300), d(1, 1)).len() < 70);
    }

    #[test]
    fn a_dropped_task_takes_its_estimate_cut_to_the_day_a_typed_length_stays() {
        // 9–18 day. 3 h at 10:00 fits; at 16:00 it is cut to the 2 h left.
        assert_eq!(placed_length(Some(3.0), false, 10.0, 18), 3.0);
        assert_eq!(placed_length(Some(3.0), false, 16.0, 18), 2.0);
        // No estimate: an hour. A sliver of an estimate: half an hour at least.
        assert_eq!(placed_length(None, false, 10.0, 18), 1.0);
        assert_eq!(placed_length(Some(0.1), false, 10.0, 18), 0.5);
        // Dropped at 17:45: half an hour, which check_block then refuses.
        assert_eq!(placed_length(Some(2.0), false, 17.75, 18), 0.5);
        assert_eq!(check_block(17.75, 0.5, 9, 18), Err(BlockProblem::AfterDayEnd));
        // Typed: as typed, even when it does not fit (refused, not shortened).
        assert_eq!(placed_length(Some(3.0), true, 16.0, 18), 3.0);
        assert_eq!(check_block(16.0, 3.0, 9, 18), Err(BlockProblem::AfterDayEnd));
    }

    proptest! {
        #[test]
        fn a_dropped_task_always_fits_when_dropped_in_the_day(start_q in 36u32..70, est in proptest::option::of(0.0f64..40.0)) {
            // Any quarter hour from 9:00 to 17:30 of a 9–18 day.
            let start = start_q as f64 / 4.0;
            let len = placed_length(est, false, start, 18);
            prop_assert!(len >= 0.5);
            prop_assert!(check_block(start, len, 9, 18).is_ok(), "{start} + {len}");
        }

        #[test]
        fn lanes_keep_overlapping_blocks_apart_with_the_fewest_lanes(
            spans in proptest::collection::vec((0u32..2, 0u32..3, 0i64..96, 0i64..24), 0..40)
        ) {
            // Two members, three days, starts on the quarter hour over 24 h.
            let blocks: Vec<TimeBlock> = spans.iter().enumerate().map(|(k, &(m, day, q, len))| {
                block(&format!("b{k}"), &format!("m{m}"), d(11, 23 + day), q as f64 / 4.0, len as f64 / 4.0)
            }).collect();
            let refs: Vec<&TimeBlock> = blocks.iter().collect();
            let got = lanes(&refs);
            prop_assert_eq!(got.len(), blocks.len());
            // As drawn: a block lasts a minute at least.
            let drawn = |b: &TimeBlock| { let (s, e) = span(b); (s, e.max(s + 1)) };
            let meet = |a: &TimeBlock, b: &TimeBlock| {
                let ((s1, e1), (s2, e2)) = (drawn(a), drawn(b));
                a.member == b.member && a.date == b.date && s1 < e2 && s2 < e1
            };
            for (i, a) in blocks.iter().enumerate() {
                prop_assert!(got[i].lane < got[i].lanes);
                // Most blocks running at one minute, among those meeting a.
                for (j, b) in blocks.iter().enumerate().skip(i + 1) {
                    if meet(a, b) {
                        prop_assert_ne!(got[i].lane, got[j].lane, "{:?} and {:?}", a, b);
                        prop_assert_eq!(got[i].lanes, got[j].lanes, "one cluster, one width");
                    }
                }
                // Lanes are as few as the most blocks at one minute of the
                // cluster: some minute of the cluster has `lanes` blocks.
                let cluster_max = blocks.iter().filter(|b| got_cluster(&blocks, a, b, &meet)).map(|b| {
                    let (s, _) = drawn(b);
                    blocks.iter().filter(|c| c.member == b.member && c.date == b.date && { let (cs, ce) = drawn(c); cs <= s && s < ce }).count()
                }).max().unwrap_or(1);
                prop_assert_eq!(got[i].lanes, cluster_max);
            }
        }

        #[test]
        fn folding_keeps_lines_short_and_unfolds_to_the_input(s in any::<String>()) {
            // A content line holds no line break once its text is escaped.
            let line = format!("SUMMARY:{}", escape_text(&s));
            let folded = fold(&line);
            for l in folded.split("\r\n") {
                prop_assert!(l.len() <= ICS_LINE_OCTETS, "{} octets", l.len());
                prop_assert!(!l.contains('\r') && !l.contains('\n'));
            }
            prop_assert_eq!(unfold(&folded), line);
        }

        #[test]
        fn folding_any_line_without_breaks_round_trips(s in "[^\r\n]{0,400}") {
            let folded = fold(&s);
            prop_assert!(folded.split("\r\n").all(|l| l.len() <= ICS_LINE_OCTETS));
            prop_assert_eq!(unfold(&folded), s);
        }

        #[test]
        fn escaped_text_reads_back(s in any::<String>()) {
            let expected: String = s.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
            prop_assert_eq!(unescape(&escape_text(&s)), expected);
        }
    }
}
