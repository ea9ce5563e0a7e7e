//! The risk register's rules: exposure bands, the 5 × 5 heat map and the
//! register order. A closed risk stays in the register (its history is part
//! of the lesson) but leaves the heat map, which shows what can still hurt.

use super::{Risk, RiskStatus};

/// Counts per cell of the heat map, `[probability - 1][impact - 1]`;
/// closed risks are left out.
pub fn heat_map<'a>(risks: impl IntoIterator<Item = &'a Risk>) -> [[u32; 5]; 5] {
    let mut m = [[0u32; 5]; 5];
    for r in risks.into_iter().filter(|r| on_map(r)) {
        m[r.probability as usize - 1][r.impact as usize - 1] += 1;
    }
    m
}

fn on_map(r: &Risk) -> bool {
    r.status != RiskStatus::Closed && (1..=5).contains(&r.probability) && (1..=5).contains(&r.impact)
}

/// The risks of one cell of the heat map, in register order.
pub fn in_cell(risks: &[Risk], probability: u8, impact: u8) -> Vec<&Risk> {
    register(risks).into_iter().filter(|r| on_map(r) && r.probability == probability && r.impact == impact).collect()
}

/// Highest exposure first, then higher impact (a rare disaster outranks a
/// frequent nuisance of the same exposure), then by description and id.
pub fn register(risks: &[Risk]) -> Vec<&Risk> {
    let mut v: Vec<&Risk> = risks.iter().collect();
    v.sort_by(|a, b| {
        b.exposure()
            .cmp(&a.exposure())
            .then(b.impact.cmp(&a.impact))
            .then_with(|| a.description.to_lowercase().cmp(&b.description.to_lowercase()))
            .then_with(|| a.id.as_str().cmp(b.id.as_str()))
    });
    v
}

/// Open or occurred risks, in register order, at most `n`: what the
/// overview puts in front of the CEO.
pub fn top_exposures(risks: &[Risk], n: usize) -> Vec<&Risk> {
    register(risks).into_iter().filter(|r| matches!(r.status, RiskStatus::Open | RiskStatus::Occurred)).take(n).collect()
}

/// Severity band of an exposure: 1 low (1–4), 2 medium (5–9), 3 high
/// (10–14), 4 critical (15–25).
pub fn severity(exposure: u8) -> u8 {
    match exposure {
        0..=4 => 1,
        5..=9 => 2,
        10..=14 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Id, RiskCategory};
    use proptest::prelude::*;

    fn risk(id: &str, p: u8, i: u8, status: RiskStatus) -> Risk {
        Risk {
            id: Id(id.into()),
            campaign: None,
            description: format!("risk {id}"),
            category: RiskCategory::Market,
            probability: p,
            impact: i,
            mitigation: String::new(),
            contingency: String::new(),
            owner: String::new(),
            status,
        }
    }

    #[test]
    fn heat_map_buckets_by_probability_and_impact_without_closed() {
        let rs = [risk("a", 3, 5, RiskStatus::Open), risk("b", 3, 5, RiskStatus::Mitigated), risk("c", 1, 2, RiskStatus::Occurred), risk("d", 5, 5, RiskStatus::Closed)];
        let m = heat_map(&rs);
        assert_eq!(m[2][4], 2);
        assert_eq!(m[0][1], 1);
        assert_eq!(m[4][4], 0, "closed risks leave the map");
        assert_eq!(m.iter().flatten().sum::<u32>(), 3);
        assert_eq!(in_cell(&rs, 3, 5).len(), 2);
        assert!(in_cell(&rs, 5, 5).is_empty());
    }

    #[test]
    fn register_leads_with_exposure_then_impact() {
        let rs = [risk("a", 2, 2, RiskStatus::Open), risk("b", 4, 3, RiskStatus::Closed), risk("c", 3, 4, RiskStatus::Open), risk("d", 5, 5, RiskStatus::Mitigated)];
        let ids: Vec<&str> = register(&rs).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["d", "c", "b", "a"], "12 with impact 4 before 12 with impact 3");
        let top: Vec<&str> = top_exposures(&rs, 5).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(top, ["c", "a"], "only open or occurred");
        assert_eq!(top_exposures(&rs, 1).len(), 1);
    }

    #[test]
    fn severity_bands() {
        assert_eq!([1, 4, 5, 9, 10, 14, 15, 25].map(severity), [1, 1, 2, 2, 3, 3, 4, 4]);
    }

    proptest! {
        #[test]
        fn heat_map_counts_every_risk_not_closed(rs in proptest::collection::vec((1u8..=5, 1u8..=5, 0usize..4), 0..60)) {
            let st = [RiskStatus::Open, RiskStatus::Mitigated, RiskStatus::Occurred, RiskStatus::Closed];
            let risks: Vec<Risk> = rs.iter().enumerate().map(|(k, (p, i, s))| risk(&k.to_string(), *p, *i, st[*s])).collect();
            let m = heat_map(&risks);
            prop_assert_eq!(m.iter().flatten().sum::<u32>() as usize, risks.iter().filter(|r| r.status != RiskStatus::Closed).count());
            for p in 1..=5u8 { for i in 1..=5u8 {
                prop_assert_eq!(m[p as usize - 1][i as usize - 1] as usize, in_cell(&risks, p, i).len());
            }}
        }
    }
}
