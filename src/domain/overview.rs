//! The portfolio overview's sums: budget by channel, campaigns per phase,
//! and how the planned budget covers the three strategic goals.

use super::{Campaign, Channel, Phase};

/// Planned and spent per channel, in `Channel::ALL` order; channels with no
/// budget are left out.
pub fn budget_by_channel(cs: &[Campaign]) -> Vec<(Channel, f64, f64)> {
    Channel::ALL
        .into_iter()
        .filter_map(|ch| {
            let lines = cs.iter().flat_map(|c| c.budget.iter()).filter(|b| b.channel == ch);
            let (p, s) = lines.fold((0.0, 0.0), |(p, s), b| (p + b.planned, s + b.spent));
            (p > 0.0 || s > 0.0).then_some((ch, p, s))
        })
        .collect()
}

/// Campaigns per phase, in `Phase::ALL` order.
pub fn per_phase(cs: &[Campaign]) -> [usize; 7] {
    let mut n = [0; 7];
    for c in cs {
        n[Phase::ALL.iter().position(|p| *p == c.phase).unwrap_or(0)] += 1;
    }
    n
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    pub awareness: f64,
    pub acquisition: f64,
    pub retention: f64,
    /// Planned budget of campaigns aligned with no goal at all.
    pub unaligned: f64,
}

/// Each campaign's planned budget split across the goals in proportion to
/// its alignment scores (a 4/2/0 campaign gives ⅔ of its budget to
/// awareness); the parts add up to the whole planned budget.
pub fn alignment_coverage(cs: &[Campaign]) -> Coverage {
    let mut k = Coverage::default();
    for c in cs {
        let b = c.planned_budget();
        let a = &c.alignment;
        let total = (a.awareness + a.acquisition + a.retention) as f64;
        if total == 0.0 {
            k.unaligned += b;
        } else {
            k.awareness += b * a.awareness as f64 / total;
            k.acquisition += b * a.acquisition as f64 / total;
            k.retention += b * a.retention as f64 / total;
        }
    }
    k
}

/// Campaigns that spent more than planned, most over first.
pub fn overspent(cs: &[Campaign]) -> Vec<&Campaign> {
    let mut v: Vec<&Campaign> = cs.iter().filter(|c| c.spent_budget() > c.planned_budget()).collect();
    v.sort_by(|a, b| (b.spent_budget() - b.planned_budget()).total_cmp(&(a.spent_budget() - a.planned_budget())));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{sample, Alignment, ChannelBudget, Id};
    use proptest::prelude::*;

    fn camp(planned: f64, spent: f64, al: (u8, u8, u8), ch: Channel) -> Campaign {
        let mut c = Campaign::new(Id(format!("c{planned}{spent}")), "c");
        c.budget = vec![ChannelBudget { channel: ch, planned, spent }];
        c.alignment = Alignment { awareness: al.0, acquisition: al.1, retention: al.2 };
        c
    }

    #[test]
    fn sums_of_the_example() {
        let ws = sample::example(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let by = budget_by_channel(&ws.campaigns);
        let planned: f64 = ws.campaigns.iter().map(|c| c.planned_budget()).sum();
        assert!((by.iter().map(|b| b.1).sum::<f64>() - planned).abs() < 1e-6);
        assert!(by.iter().all(|b| b.1 > 0.0 || b.2 > 0.0));
        assert_eq!(per_phase(&ws.campaigns).iter().sum::<usize>(), ws.campaigns.len());
        assert_eq!(per_phase(&ws.campaigns)[6], 1, "one closed campaign");
        let over = overspent(&ws.campaigns);
        assert_eq!(over.len(), 1);
        assert_eq!(over[0].name, "Autumn cold brew push");
    }

    #[test]
    fn coverage_splits_by_alignment() {
        let cs = [camp(600.0, 0.0, (4, 2, 0), Channel::Email), camp(100.0, 0.0, (0, 0, 0), Channel::Seo)];
        assert_eq!(alignment_coverage(&cs), Coverage { awareness: 400.0, acquisition: 200.0, retention: 0.0, unaligned: 100.0 });
    }

    proptest! {
        #[test]
        fn coverage_adds_up_to_the_planned_budget(v in proptest::collection::vec((0.0f64..1e6, 0u8..=5, 0u8..=5, 0u8..=5), 0..30)) {
            let cs: Vec<Campaign> = v.iter().map(|(b, a, q, r)| camp(*b, 0.0, (*a, *q, *r), Channel::Email)).collect();
            let k = alignment_coverage(&cs);
            let total: f64 = cs.iter().map(|c| c.planned_budget()).sum();
            prop_assert!((k.awareness + k.acquisition + k.retention + k.unaligned - total).abs() < 1e-6 * total.max(1.0));
        }
    }
}
