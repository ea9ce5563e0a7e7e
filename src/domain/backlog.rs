//! Backlog rules: RICE and value-vs-effort scores, the matrix quadrants,
//! ranking, and filters (which round-trip through a URL query so a filtered
//! view can be shared).

use super::{BacklogItem, Id, ItemKind, ItemStatus, Rice, RICE_IMPACTS};
use std::cmp::Ordering;

/// Reach × impact × confidence ÷ effort, confidence as a fraction.
pub fn rice_score(r: &Rice) -> Option<f64> {
    (r.effort > 0.0).then(|| r.reach * r.impact * (r.confidence / 100.0) / r.effort)
}

/// Why a RICE input is refused at the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiceError {
    ReachNegative,
    ImpactNotOnScale,
    ConfidenceOutOfRange,
    EffortNotPositive,
}

/// Checks RICE inputs as typed in the form (confidence in %).
pub fn check_rice(r: &Rice) -> Result<(), RiceError> {
    if !(r.reach >= 0.0 && r.reach.is_finite()) {
        Err(RiceError::ReachNegative)
    } else if !RICE_IMPACTS.contains(&r.impact) {
        Err(RiceError::ImpactNotOnScale)
    } else if !(0.0..=100.0).contains(&r.confidence) {
        Err(RiceError::ConfidenceOutOfRange)
    } else if !(r.effort > 0.0 && r.effort.is_finite()) {
        Err(RiceError::EffortNotPositive)
    } else {
        Ok(())
    }
}

pub fn value_per_effort(item: &BacklogItem) -> Option<f64> {
    match (item.value, item.effort) {
        (Some(v), Some(e)) if e > 0.0 => Some(v / e),
        _ => None,
    }
}

/// The four corners of the value-vs-effort matrix (1–10 scales, split at 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    QuickWin,
    BigBet,
    FillIn,
    MoneyPit,
}

pub const MATRIX_MIDPOINT: f64 = 5.0;

pub fn quadrant(item: &BacklogItem) -> Option<Quadrant> {
    let (v, e) = (item.value?, item.effort?);
    Some(match (v > MATRIX_MIDPOINT, e > MATRIX_MIDPOINT) {
        (true, false) => Quadrant::QuickWin,
        (true, true) => Quadrant::BigBet,
        (false, false) => Quadrant::FillIn,
        (false, true) => Quadrant::MoneyPit,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RankBy {
    /// The backlog's own order (drag or move up/down).
    #[default]
    Manual,
    Rice,
    ValuePerEffort,
}

impl RankBy {
    pub fn code(self) -> &'static str {
        match self {
            RankBy::Manual => "manual",
            RankBy::Rice => "rice",
            RankBy::ValuePerEffort => "value",
        }
    }
    pub fn from_code(s: &str) -> RankBy {
        match s {
            "rice" => RankBy::Rice,
            "value" => RankBy::ValuePerEffort,
            _ => RankBy::Manual,
        }
    }
}

/// Positions of `items` in ranked order: highest score first, unscored items
/// last, ties (and the unscored) in manual order. Stable and total.
pub fn rank(items: &[BacklogItem], by: RankBy) -> Vec<usize> {
    let score = |it: &BacklogItem| match by {
        RankBy::Manual => None,
        RankBy::Rice => it.rice.as_ref().and_then(rice_score),
        RankBy::ValuePerEffort => value_per_effort(it),
    };
    if by == RankBy::Manual {
        return (0..items.len()).collect();
    }
    let mut idx: Vec<(usize, Option<f64>)> = items.iter().enumerate().map(|(i, it)| (i, score(it))).collect();
    idx.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    idx.into_iter().map(|(i, _)| i).collect()
}

/// The positions the list shows, in the order it shows them: `ranked` (from
/// [`rank`]) narrowed to the items the filter matches.
pub fn shown(items: &[BacklogItem], ranked: &[usize], f: &Filter) -> Vec<usize> {
    if f.is_empty() {
        return ranked.to_vec();
    }
    let m = f.matcher();
    ranked.iter().copied().filter(|&i| m.matches(&items[i])).collect()
}

/// Where an item goes (the `to` of a move) when it is dropped into gap `gap`
/// of the shown list: 0 is before the first shown item, `shown.len()` after
/// the last. `shown` holds backlog positions in the order shown (manual
/// order, so increasing) and `from` is the item's own position. The item
/// lands next to its new *shown* neighbour, so moving works the same in a
/// filtered list. None when the drop leaves it where it is.
pub fn drop_position(shown: &[usize], from: usize, gap: usize) -> Option<usize> {
    let s = shown.iter().position(|&p| p == from)?;
    let gap = gap.min(shown.len());
    if gap == s || gap == s + 1 {
        return None;
    }
    Some(if gap < s { shown[gap] } else { shown[gap - 1] })
}

/// The move for one step up (`delta` -1) or down (+1) among the shown items.
pub fn step_position(shown: &[usize], from: usize, delta: isize) -> Option<usize> {
    let s = shown.iter().position(|&p| p == from)? as isize;
    let gap = if delta < 0 { s + delta } else { s + 1 + delta };
    if gap < 0 || gap as usize > shown.len() || (delta > 0 && s + delta >= shown.len() as isize) {
        return None;
    }
    drop_position(shown, from, gap as usize)
}

/// Every tag in the backlog once (tags that differ only in ASCII case are
/// one tag, spelled as first seen), sorted ignoring case. Runs on every
/// change of a 5,000-item backlog, so it hashes instead of comparing each
/// tag with every tag kept so far.
pub fn all_tags(items: &[BacklogItem]) -> Vec<String> {
    use std::borrow::Cow;
    let mut seen: super::FastSet<Cow<str>> = super::FastSet::default();
    let mut tags: Vec<String> = vec![];
    for t in items.iter().flat_map(|i| i.tags.iter()) {
        let key = if t.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(t.to_ascii_lowercase()) } else { Cow::Borrowed(t.as_str()) };
        if !seen.contains(&key) {
            seen.insert(key);
            tags.push(t.clone());
        }
    }
    tags.sort_by_key(|t| t.to_lowercase());
    tags
}

/// What the backlog list is narrowed to. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub kind: Option<ItemKind>,
    pub campaign: Option<Id>,
    pub assignee: Option<Id>,
    pub tag: Option<String>,
    pub text: String,
    pub rank: RankBy,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.campaign.is_none() && self.assignee.is_none() && self.tag.is_none() && self.text.trim().is_empty()
    }

    pub fn matches(&self, it: &BacklogItem) -> bool {
        self.matcher().matches(it)
    }

    /// The filter ready to test many items: the search text is trimmed and
    /// lowercased once, not once per item.
    pub fn matcher(&self) -> Matcher<'_> {
        Matcher { f: self, needle: self.text.trim().to_lowercase() }
    }
    /// `kind=content&tag=q1&q=blog&rank=rice` (only what is set).
    pub fn to_query(&self) -> String {
        let mut parts = vec![];
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", k.code()));
        }
        if let Some(c) = &self.campaign {
            parts.push(format!("campaign={}", encode(c.as_str())));
        }
        if let Some(a) = &self.assignee {
            parts.push(format!("assignee={}", encode(a.as_str())));
        }
        if let Some(t) = &self.tag {
            parts.push(format!("tag={}", encode(t)));
        }
        if !self.text.trim().is_empty() {
            parts.push(format!("q={}", encode(self.text.trim())));
        }
        if self.rank != RankBy::Manual {
            parts.push(format!("rank={}", self.rank.code()));
        }
        parts.join("&")
    }

    /// Reads a query written by [`Filter::to_query`]; unknown keys are ignored.
    pub fn from_query(q: &str) -> Filter {
        let mut f = Filter::default();
        for pair in q.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(v);
            match k {
                "kind" => f.kind = ItemKind::from_code(&v),
                "campaign" if !v.is_empty() => f.campaign = Some(Id(v)),
                "assignee" if !v.is_empty() => f.assignee = Some(Id(v)),
                "tag" if !v.is_empty() => f.tag = Some(v),
                "q" => f.text = v,
                "rank" => f.rank = RankBy::from_code(&v),
                _ => {}
            }
        }
        f
    }
}

/// A [`Filter`] prepared by [`Filter::matcher`].
pub struct Matcher<'a> {
    f: &'a Filter,
    needle: String,
}

impl Matcher<'_> {
    pub fn matches(&self, it: &BacklogItem) -> bool {
        let f = self.f;
        f.kind.is_none_or(|k| it.kind == k)
            && f.campaign.as_ref().is_none_or(|c| it.campaign.as_ref() == Some(c))
            && f.assignee.as_ref().is_none_or(|a| it.assignee.as_ref() == Some(a))
            && f.tag.as_ref().is_none_or(|t| it.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
            && self.text_matches(it)
    }

    fn text_matches(&self, it: &BacklogItem) -> bool {
        let q = self.needle.as_str();
        if q.is_empty() {
            return true;
        }
        let s = &it.story;
        [&it.title, &it.description, &s.as_a, &s.i_want, &s.so_that, &s.segment, &s.kpi, &s.hypothesis]
            .iter()
            .any(|f| contains_lowercased(f, q))
            || it.tags.iter().any(|t| contains_lowercased(t, q))
    }
}

/// `hay.to_lowercase().contains(needle)`, for a `needle` already lowercased,
/// without allocating when `hay` is ASCII (its lowercase is then byte for
/// byte its ASCII lowercase; a non-ASCII needle cannot match it).
fn contains_lowercased(hay: &str, needle: &str) -> bool {
    if !hay.is_ascii() {
        return hay.to_lowercase().contains(needle);
    }
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.len() <= h.len() && h.windows(n.len()).any(|w| w.iter().zip(n).all(|(a, b)| a.to_ascii_lowercase() == *b))
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn decode(s: &str) -> String {
    fn hex(c: u8) -> Option<u8> {
        (c as char).to_digit(16).map(|d| d as u8)
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => match (b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The finish-to-start links between backlog items, as `(before, after)`.
pub fn item_edges(items: &[BacklogItem]) -> Vec<(Id, Id)> {
    items.iter().flat_map(|i| i.depends_on.iter().map(|d| (d.clone(), i.id.clone()))).collect()
}

/// What the editor lists under "waits for": each item `deps` names, in that
/// order, with its title and whether it is done. An id no longer in the
/// backlog gives an empty title and counts as not done.
pub fn dependency_states(deps: &[Id], items: &[BacklogItem]) -> Vec<(Id, String, bool)> {
    deps.iter()
        .map(|d| {
            let (title, done) = items.iter().find(|i| &i.id == d).map(|i| (i.title.clone(), i.status == ItemStatus::Done)).unwrap_or_default();
            (d.clone(), title, done)
        })
        .collect()
}

/// Whether `item` started before what it waits for was done.
pub fn started_too_early(item: &BacklogItem, items: &[BacklogItem]) -> bool {
    starts_early(item, |d| items.iter().find(|i| &i.id == d).map(|i| i.status))
}

/// Every item that started before what it waits for was done, in one pass
/// (a board shows thousands of cards; asking [`started_too_early`] of each
/// would search the backlog once per dependency).
pub fn started_too_early_ids(items: &[BacklogItem]) -> std::collections::HashSet<Id> {
    let status: std::collections::HashMap<&Id, ItemStatus> = items.iter().map(|i| (&i.id, i.status)).collect();
    items.iter().filter(|i| starts_early(i, |d| status.get(d).copied())).map(|i| i.id.clone()).collect()
}

/// The rule of both: in progress or done while an item it waits for is
/// not done (`status_of` a dependency; one that no longer exists is ignored).
fn starts_early(item: &BacklogItem, status_of: impl Fn(&Id) -> Option<ItemStatus>) -> bool {
    item.status != ItemStatus::Todo && item.depends_on.iter().any(|d| status_of(d).is_some_and(|s| s != ItemStatus::Done))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, value: Option<f64>, effort: Option<f64>, rice: Option<(f64, f64, f64, f64)>) -> BacklogItem {
        let mut it = BacklogItem::new(Id::from(id), id, ItemKind::Content);
        it.value = value;
        it.effort = effort;
        it.rice = rice.map(|(reach, impact, confidence, effort)| Rice { reach, impact, confidence, effort });
        it
    }

    #[test]
    fn rice_is_reach_impact_confidence_over_effort() {
        let r = Rice { reach: 1000.0, impact: 2.0, confidence: 80.0, effort: 4.0 };
        assert_eq!(rice_score(&r), Some(400.0));
        assert_eq!(rice_score(&Rice { effort: 0.0, ..r.clone() }), None);
        assert_eq!(check_rice(&r), Ok(()));
        assert_eq!(check_rice(&Rice { confidence: 300.0, ..r.clone() }), Err(RiceError::ConfidenceOutOfRange));
        assert_eq!(check_rice(&Rice { effort: 0.0, ..r.clone() }), Err(RiceError::EffortNotPositive));
        assert_eq!(check_rice(&Rice { impact: 1.5, ..r.clone() }), Err(RiceError::ImpactNotOnScale));
        assert_eq!(check_rice(&Rice { reach: -1.0, ..r }), Err(RiceError::ReachNegative));
    }

    #[test]
    fn quadrants() {
        assert_eq!(quadrant(&item("a", Some(8.0), Some(2.0), None)), Some(Quadrant::QuickWin));
        assert_eq!(quadrant(&item("a", Some(8.0), Some(9.0), None)), Some(Quadrant::BigBet));
        assert_eq!(quadrant(&item("a", Some(3.0), Some(2.0), None)), Some(Quadrant::FillIn));
        assert_eq!(quadrant(&item("a", Some(3.0), Some(9.0), None)), Some(Quadrant::MoneyPit));
        assert_eq!(quadrant(&item("a", Some(5.0), Some(5.0), None)), Some(Quadrant::FillIn), "the midpoint is low");
        assert_eq!(quadrant(&item("a", None, Some(5.0), None)), None);
    }

    #[test]
    fn ranking_puts_unscored_last_in_manual_order() {
        let items = vec![
            item("a", None, None, None),
            item("b", Some(2.0), Some(4.0), Some((100.0, 1.0, 100.0, 1.0))),
            item("c", Some(9.0), Some(3.0), Some((1000.0, 3.0, 50.0, 2.0))),
            item("d", None, None, None),
            item("e", Some(4.0), Some(2.0), Some((100.0, 1.0, 100.0, 1.0))),
        ];
        assert_eq!(rank(&items, RankBy::Manual), vec![0, 1, 2, 3, 4]);
        assert_eq!(rank(&items, RankBy::Rice), vec![2, 1, 4, 0, 3]);
        assert_eq!(rank(&items, RankBy::ValuePerEffort), vec![2, 4, 1, 0, 3]);
    }

    #[test]
    fn shown_ranks_then_filters() {
        let mut items = vec![
            item("a", None, None, None),
            item("b", Some(2.0), Some(4.0), None),
            item("c", Some(9.0), Some(3.0), None),
        ];
        items[0].title = "Brew guide".into();
        items[2].description = "the BREW guide, part 2".into();
        let f = Filter { text: " brew ".into(), rank: RankBy::ValuePerEffort, ..Filter::default() };
        assert_eq!(shown(&items, &rank(&items, f.rank), &f), vec![2, 0]);
        assert_eq!(shown(&items, &rank(&items, RankBy::Manual), &Filter::default()), vec![0, 1, 2]);
    }

    #[test]
    fn search_matches_like_lowercasing_both_sides() {
        let naive = |hay: &str, q: &str| hay.to_lowercase().contains(&q.trim().to_lowercase());
        let hays = ["Spring NEWSletter", "Café au lait", "ÉTÉ", "Straße", "İstanbul", "ΟΔΟΣ", "KELVIN \u{212A}", "", "ab"];
        let needles = ["news", "NEWS", "café", "CAFÉ", "été", "strasse", "straße", "i̇stanbul", "istanbul", "οδος", "οδοσ", "k", "\u{212A}", "abc", "b", " lait "];
        for h in hays {
            for q in needles {
                let mut it = BacklogItem::new(Id::from("x"), h, ItemKind::Content);
                it.tags = vec![];
                let f = Filter { text: q.into(), ..Filter::default() };
                assert_eq!(f.matches(&it), naive(h, q), "{h:?} / {q:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn started_too_early_ids_are_the_items_started_too_early(
            statuses in proptest::collection::vec(0u8..3, 1..12),
            links in proptest::collection::vec((0usize..14, 0usize..14), 0..20),
        ) {
            // Links may point at items that do not exist (ids past the end): ignored, as in the editor.
            let mut items: Vec<BacklogItem> = statuses.iter().enumerate().map(|(n, s)| {
                let mut it = BacklogItem::new(Id::from(format!("i{n}").as_str()), "x", ItemKind::Content);
                it.status = [ItemStatus::Todo, ItemStatus::Doing, ItemStatus::Done][*s as usize];
                it
            }).collect();
            for (a, b) in links {
                if a < items.len() && a != b {
                    items[a].depends_on.push(Id::from(format!("i{b}").as_str()));
                }
            }
            let fast = started_too_early_ids(&items);
            for it in &items {
                proptest::prop_assert_eq!(fast.contains(&it.id), started_too_early(it, &items), "{:?}", it.id);
            }
        }

        #[test]
        fn search_is_lowercase_contains(h in "[a-zA-Z éÉßİΣK\u{212A}]{0,12}", q in "[a-zA-Z éÉßİΣK\u{212A}]{0,3}") {
            let it = BacklogItem::new(Id::from("x"), &h, ItemKind::Content);
            let f = Filter { text: q.clone(), ..Filter::default() };
            proptest::prop_assert_eq!(f.matches(&it), h.to_lowercase().contains(&q.trim().to_lowercase()));
        }
    }

    #[test]
    fn all_tags_once_first_spelling_sorted() {
        let mut items = vec![item("a", None, None, None), item("b", None, None, None), item("c", None, None, None)];
        items[0].tags = vec!["Winter".into(), "q1".into()];
        items[1].tags = vec!["winter".into(), "ab-test".into(), "Q1".into(), "Été".into()];
        items[2].tags = vec!["été".into(), "Brew".into()];
        assert_eq!(all_tags(&items), vec!["ab-test", "Brew", "q1", "Winter", "Été", "été"]);
    }

    #[test]
    fn drops_land_next_to_the_shown_neighbour() {
        // All shown: move item 3 before item 1, item 0 after item 2.
        let all = [0, 1, 2, 3, 4];
        assert_eq!(drop_position(&all, 3, 1), Some(1));
        assert_eq!(drop_position(&all, 0, 3), Some(2));
        assert_eq!(drop_position(&all, 0, 5), Some(4));
        assert_eq!(drop_position(&all, 2, 2), None, "its own gap above");
        assert_eq!(drop_position(&all, 2, 3), None, "its own gap below");
        assert_eq!(drop_position(&all, 9, 0), None, "not shown");
        // Filtered: only 0, 2 and 5 shown; 5 dropped first lands before 0,
        // 0 dropped last lands after 5 (past the hidden items in between).
        let some = [0, 2, 5];
        assert_eq!(drop_position(&some, 5, 0), Some(0));
        assert_eq!(drop_position(&some, 0, 3), Some(5));
        assert_eq!(drop_position(&some, 0, 2), Some(2));
        // One step is a drop one gap away.
        assert_eq!(step_position(&some, 2, -1), Some(0));
        assert_eq!(step_position(&some, 2, 1), Some(5));
        assert_eq!(step_position(&some, 0, -1), None);
        assert_eq!(step_position(&some, 5, 1), None);
        assert_eq!(step_position(&[7], 7, 1), None);
    }

    #[test]
    fn filters_match_and_round_trip_through_the_url() {
        let mut it = item("x", None, None, None);
        it.title = "Spring newsletter".into();
        it.tags = vec!["Q1".into()];
        it.campaign = Some(Id::from("cp-1"));
        let f = Filter { kind: Some(ItemKind::Content), tag: Some("q1".into()), text: "NEWS".into(), ..Filter::default() };
        assert!(f.matches(&it));
        assert!(!Filter { campaign: Some(Id::from("cp-2")), ..f.clone() }.matches(&it));
        assert!(!Filter { kind: Some(ItemKind::Experiment), ..f.clone() }.matches(&it));
        let full = Filter {
            kind: Some(ItemKind::Experiment),
            campaign: Some(Id::from("cp 1/é")),
            assignee: Some(Id::from("tm-2")),
            tag: Some("a&b=c".into()),
            text: "café au lait".into(),
            rank: RankBy::Rice,
        };
        assert_eq!(Filter::from_query(&full.to_query()), full);
        assert_eq!(Filter::from_query("?kind=nonsense&zzz=1"), Filter::default());
        assert_eq!(Filter::default().to_query(), "");
        // Broken escapes and multi-byte text never panic.
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%é%zz"), "%é%zz");
    }

    #[test]
    fn item_dependencies_wait_and_flag() {
        use crate::domain::timeline::{check_link, LinkProblem};
        let mut a = BacklogItem::new(Id::from("a"), "Brief", ItemKind::Content);
        let mut b = BacklogItem::new(Id::from("b"), "Write", ItemKind::Content);
        b.depends_on = vec![Id::from("a")];
        let items = vec![a.clone(), b.clone()];
        assert_eq!(dependency_states(&b.depends_on, &items), vec![(Id::from("a"), "Brief".to_string(), false)]);
        assert!(!started_too_early(&b, &items), "waiting in to do is fine");
        b.status = ItemStatus::Doing;
        assert!(started_too_early(&b, &items.iter().cloned().map(|i| if i.id == b.id { b.clone() } else { i }).collect::<Vec<_>>()));
        a.status = ItemStatus::Done;
        let items = vec![a.clone(), b.clone()];
        assert!(!started_too_early(&b, &items));
        assert_eq!(dependency_states(&[Id::from("a"), Id::from("gone")], &items), vec![(Id::from("a"), "Brief".to_string(), true), (Id::from("gone"), String::new(), false)]);
        let edges = item_edges(&items);
        assert_eq!(edges, vec![(Id::from("a"), Id::from("b"))]);
        assert_eq!(check_link(&edges, &Id::from("b"), &Id::from("a")), Err(LinkProblem::Cycle(vec![Id::from("a"), Id::from("b"), Id::from("a")])));
        assert_eq!(check_link(&edges, &Id::from("a"), &Id::from("a")), Err(LinkProblem::SelfLink));
        assert_eq!(check_link(&edges, &Id::from("a"), &Id::from("b")), Err(LinkProblem::AlreadyLinked));
    }
}
