//! The portfolio's weighted scoring model: one score per campaign, 0–100,
//! that explains itself criterion by criterion.
//!
//! Criteria are on different scales (a 0–5 rating, a CPA in euros, a budget),
//! so each value is first brought to 0–1, "1 = best", before weighting:
//! ratings and alignment divide by 5; amounts are placed between the lowest
//! and highest value in the portfolio (min–max), so "cheapest" scores 1 and
//! "dearest" 0 whatever the currency. A criterion's direction flips that.
//! A campaign that was not rated on a criterion gets nothing for it: an
//! unknown must not look like a strength. Weights are relative; they are
//! shown normalised to 100 %, and if every weight is 0 nothing can be
//! ranked, which the settings refuse.

use super::{Campaign, Direction, Phase, ScoreCriterion, ScoreSource};

/// The ceiling of ratings and alignment.
pub const RATING_MAX: f64 = 5.0;

/// Weights normalised to sum to 1, in criterion order; `None` when every
/// weight is 0 (or there is no criterion).
pub fn weights(criteria: &[ScoreCriterion]) -> Option<Vec<f64>> {
    let total: f64 = criteria.iter().map(|k| k.weight.max(0.0)).sum();
    (total > 0.0).then(|| criteria.iter().map(|k| k.weight.max(0.0) / total).collect())
}

/// The campaign's own value for a criterion, before normalisation.
pub fn raw(c: &Campaign, k: &ScoreCriterion) -> Option<f64> {
    match k.source {
        ScoreSource::Rating | ScoreSource::Amount => c.ratings.get(&k.id).copied(),
        ScoreSource::Alignment => {
            let a = &c.alignment;
            Some((a.awareness as f64 + a.acquisition as f64 + a.retention as f64) / 3.0)
        }
        ScoreSource::Budget => Some(c.planned_budget()),
    }
}

/// A campaign's score: the total (0–100) and the points each criterion
/// gave, in criterion order (they sum to the total).
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub total: f64,
    pub parts: Vec<f64>,
}

/// Scores every campaign, in the order given. Amount criteria are compared
/// across exactly these campaigns.
pub fn score_all(cs: &[Campaign], criteria: &[ScoreCriterion]) -> Vec<Scored> {
    let Some(w) = weights(criteria) else {
        return cs.iter().map(|_| Scored { total: 0.0, parts: vec![0.0; criteria.len()] }).collect();
    };
    // Min and max of each amount criterion over the campaigns that have it.
    let ranges: Vec<Option<(f64, f64)>> = criteria
        .iter()
        .map(|k| match k.source {
            ScoreSource::Amount | ScoreSource::Budget => cs.iter().filter_map(|c| raw(c, k)).fold(None, |r, v| {
                Some(match r {
                    None => (v, v),
                    Some((lo, hi)) => (f64::min(lo, v), f64::max(hi, v)),
                })
            }),
            _ => None,
        })
        .collect();
    cs.iter()
        .map(|c| {
            let parts: Vec<f64> = criteria
                .iter()
                .zip(&w)
                .zip(&ranges)
                .map(|((k, wk), range)| raw(c, k).map_or(0.0, |v| 100.0 * wk * normalise(v, k, *range)))
                .collect();
            Scored { total: parts.iter().sum(), parts }
        })
        .collect()
}

/// A value brought to 0–1, 1 being best.
fn normalise(v: f64, k: &ScoreCriterion, range: Option<(f64, f64)>) -> f64 {
    let up = match (k.source, range) {
        (ScoreSource::Rating | ScoreSource::Alignment, _) => (v / RATING_MAX).clamp(0.0, 1.0),
        // Everyone equal: nobody is better, nobody is penalised.
        (_, Some((lo, hi))) if hi - lo > f64::EPSILON => (v - lo) / (hi - lo),
        _ => return 1.0,
    };
    match k.direction {
        Direction::HigherIsBetter => up,
        Direction::LowerIsBetter => 1.0 - up,
    }
}

/// Indices of `scored` from best to worst (ties keep their order).
pub fn ranking(scored: &[Scored]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..scored.len()).collect();
    idx.sort_by(|a, b| scored[*b].total.total_cmp(&scored[*a].total));
    idx
}

/// Campaigns the selection chooses among: every one not yet closed.
pub fn is_candidate(c: &Campaign) -> bool {
    c.phase != Phase::Closed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{default_criteria, Id};
    use proptest::prelude::*;

    fn crit(id: &str, w: f64, d: Direction, s: ScoreSource) -> ScoreCriterion {
        ScoreCriterion { id: id.into(), name: String::new(), weight: w, direction: d, source: s }
    }
    fn camp(n: usize, rating: f64, cpa: Option<f64>) -> Campaign {
        let mut c = Campaign::new(Id(format!("c{n}")), &format!("C{n}"));
        c.ratings.insert("r".into(), rating);
        if let Some(v) = cpa {
            c.ratings.insert("cpa".into(), v);
        }
        c
    }

    #[test]
    fn weights_normalise_and_all_zero_is_none() {
        let ks = [crit("a", 3.0, Direction::HigherIsBetter, ScoreSource::Rating), crit("b", 1.0, Direction::HigherIsBetter, ScoreSource::Rating)];
        assert_eq!(weights(&ks), Some(vec![0.75, 0.25]));
        let zero = [crit("a", 0.0, Direction::HigherIsBetter, ScoreSource::Rating)];
        assert_eq!(weights(&zero), None);
        assert_eq!(weights(&[]), None);
        let cs = [camp(1, 5.0, None)];
        assert_eq!(score_all(&cs, &zero)[0].total, 0.0, "no weight, no score, no panic");
    }

    #[test]
    fn ratings_divide_by_five_and_lower_is_better_flips() {
        let up = [crit("r", 1.0, Direction::HigherIsBetter, ScoreSource::Rating)];
        let down = [crit("r", 1.0, Direction::LowerIsBetter, ScoreSource::Rating)];
        let cs = [camp(1, 4.0, None), camp(2, 1.0, None)];
        let s = score_all(&cs, &up);
        assert!((s[0].total - 80.0).abs() < 1e-9 && (s[1].total - 20.0).abs() < 1e-9);
        let s = score_all(&cs, &down);
        assert!((s[0].total - 20.0).abs() < 1e-9 && (s[1].total - 80.0).abs() < 1e-9);
    }

    #[test]
    fn amounts_compare_across_the_portfolio_and_missing_gets_nothing() {
        let ks = [crit("cpa", 1.0, Direction::LowerIsBetter, ScoreSource::Amount)];
        let cs = [camp(1, 0.0, Some(10.0)), camp(2, 0.0, Some(30.0)), camp(3, 0.0, Some(20.0)), camp(4, 0.0, None)];
        let s: Vec<f64> = score_all(&cs, &ks).iter().map(|s| s.total).collect();
        assert_eq!(s, vec![100.0, 0.0, 50.0, 0.0]);
        // All equal: everyone gets the full points.
        let same = [camp(1, 0.0, Some(7.0)), camp(2, 0.0, Some(7.0))];
        assert!(score_all(&same, &ks).iter().all(|s| s.total == 100.0));
    }

    #[test]
    fn a_weight_change_reranks() {
        let ks = |wr: f64, wc: f64| {
            vec![crit("r", wr, Direction::HigherIsBetter, ScoreSource::Rating), crit("cpa", wc, Direction::LowerIsBetter, ScoreSource::Amount)]
        };
        // c1: great rating, dear CPA; c2: poor rating, cheap CPA.
        let cs = [camp(1, 5.0, Some(50.0)), camp(2, 1.0, Some(10.0))];
        assert_eq!(ranking(&score_all(&cs, &ks(3.0, 1.0))), vec![0, 1]);
        assert_eq!(ranking(&score_all(&cs, &ks(1.0, 3.0))), vec![1, 0]);
    }

    #[test]
    fn the_defaults_score_the_example_and_explain_themselves() {
        let ws = crate::domain::sample::example(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let s = score_all(&ws.campaigns, &ws.settings.scoring);
        assert_eq!(ws.settings.scoring, default_criteria());
        for x in &s {
            assert!((0.0..=100.0).contains(&x.total));
            assert!((x.parts.iter().sum::<f64>() - x.total).abs() < 1e-9);
        }
        // Cost, lower is better: the dearest campaign gets 0 for it.
        let cost = ws.settings.scoring.iter().position(|k| k.source == ScoreSource::Budget).unwrap();
        let dearest = (0..ws.campaigns.len()).max_by(|a, b| ws.campaigns[*a].planned_budget().total_cmp(&ws.campaigns[*b].planned_budget())).unwrap();
        assert_eq!(s[dearest].parts[cost], 0.0);
    }

    proptest! {
        /// Whatever the weights and values: totals stay in 0–100, parts sum
        /// to the total, and scaling every weight changes nothing.
        #[test]
        fn scores_are_bounded_and_scale_free(
            ratings in proptest::collection::vec((0.0f64..=5.0, 0.0f64..1000.0), 1..12),
            w in proptest::collection::vec(0.0f64..100.0, 2),
            k in 0.1f64..50.0,
        ) {
            prop_assume!(w.iter().sum::<f64>() > 0.0);
            let cs: Vec<Campaign> = ratings.iter().enumerate().map(|(i, (r, a))| camp(i, *r, Some(*a))).collect();
            let ks = vec![crit("r", w[0], Direction::HigherIsBetter, ScoreSource::Rating), crit("cpa", w[1], Direction::LowerIsBetter, ScoreSource::Amount)];
            let scaled: Vec<ScoreCriterion> = ks.iter().map(|c| ScoreCriterion { weight: c.weight * k, ..c.clone() }).collect();
            let a = score_all(&cs, &ks);
            let b = score_all(&cs, &scaled);
            for (x, y) in a.iter().zip(&b) {
                prop_assert!((-1e-9..=100.0 + 1e-9).contains(&x.total));
                prop_assert!((x.parts.iter().sum::<f64>() - x.total).abs() < 1e-9);
                prop_assert!((x.total - y.total).abs() < 1e-6);
            }
        }
    }
}
