//! Backlog rules: RICE and value-vs-effort scores, the matrix quadrants,
//! ranking, and filters (which round-trip through a URL query so a filtered
//! view can be shared).

use super::{BacklogItem, Id, ItemKind, Rice, RICE_IMPACTS};
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
    let mut idx: Vec<(usize, Option<f64>)> = items.iter().enumerate().map(|(i, it)| (i, score(it))).collect();
    if by != RankBy::Manual {
        idx.sort_by(|a, b| match (a.1, b.1) {
            (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });
    }
    idx.into_iter().map(|(i, _)| i).collect()
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
        self.kind.is_none_or(|k| it.kind == k)
            && self.campaign.as_ref().is_none_or(|c| it.campaign.as_ref() == Some(c))
            && self.assignee.as_ref().is_none_or(|a| it.assignee.as_ref() == Some(a))
            && self.tag.as_ref().is_none_or(|t| it.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
            && self.text_matches(it)
    }

    fn text_matches(&self, it: &BacklogItem) -> bool {
        let q = self.text.trim().to_lowercase();
        if q.is_empty() {
            return true;
        }
        let s = &it.story;
        [&it.title, &it.description, &s.as_a, &s.i_want, &s.so_that, &s.segment, &s.kpi, &s.hypothesis]
            .iter()
            .any(|f| f.to_lowercase().contains(&q))
            || it.tags.iter().any(|t| t.to_lowercase().contains(&q))
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
}
