//! Times the portfolio selection on 200 campaigns: `cargo run --release
//! --example select_bench`. The instance is made with a fixed LCG, so every
//! run times the same work: costs 1,000–41,000, 2–22 hours a week, scores
//! 0–100 from the default weighted model, budget 30 % of the total cost, a
//! 400-hour team, the frontier up to the total cost. Prints the median of
//! 20 runs; then the same for the first 100 and 50 campaigns, and the
//! slowest `select` over budgets from 1 % to 60 % (the 30 % budget happens
//! to be an easy one).

use jalon::domain::select::{best_at, frontier, select, Candidate};
use jalon::domain::Id;
use std::time::{Duration, Instant};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn unit(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 31) as f64
    }
    fn rating(&mut self) -> f64 {
        (self.next() % 6) as f64
    }
}

/// 200 campaigns scored like the default model: engagement 25, CPA 15
/// (lower better), experience 15, alignment 20, cost 15 (lower better),
/// complexity 10 (lower better); amounts normalised across the portfolio.
fn campaigns(n: usize, seed: u64) -> Vec<Candidate> {
    let mut r = Lcg(seed);
    let raw: Vec<[f64; 7]> = (0..n)
        .map(|_| {
            let cost = (1000.0 + 40000.0 * r.unit()).round();
            let hours = ((2.0 + 20.0 * r.unit()) * 2.0).round() / 2.0;
            let alignment = (r.rating() + r.rating() + r.rating()) / 3.0;
            [cost, hours, r.rating(), r.rating(), r.rating(), alignment, 5.0 + 95.0 * r.unit()]
        })
        .collect();
    let span = |k: usize| {
        let lo = raw.iter().map(|c| c[k]).fold(f64::MAX, f64::min);
        let hi = raw.iter().map(|c| c[k]).fold(f64::MIN, f64::max);
        (lo, hi - lo)
    };
    let ((c0, cw), (p0, pw)) = (span(0), span(6));
    raw.iter()
        .enumerate()
        .map(|(i, &[cost, hours, engagement, experience, complexity, alignment, cpa])| {
            let score = 25.0 * engagement / 5.0
                + 15.0 * (1.0 - (cpa - p0) / pw)
                + 15.0 * experience / 5.0
                + 20.0 * alignment / 5.0
                + 15.0 * (1.0 - (cost - c0) / cw)
                + 10.0 * (1.0 - complexity / 5.0);
            Candidate { id: Id(format!("cp-{i}")), score, cost, hours, forced: None }
        })
        .collect()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    for n in [200, 100, 50] {
        let cands = campaigns(n, 42);
        let total: f64 = cands.iter().map(|c| c.cost).sum();
        let (budget, hours) = (0.3 * total, 400.0 * n as f64 / 200.0);
        let (mut ts, mut tf) = (vec![], vec![]);
        let (mut sel, mut front) = (None, vec![]);
        for _ in 0..20 {
            let t = Instant::now();
            sel = Some(select(&cands, budget, hours).expect("nothing forced"));
            let t1 = Instant::now();
            front = frontier(&cands, hours, total);
            ts.push(t1 - t);
            tf.push(t1.elapsed());
        }
        let sel = sel.expect("ran");
        let both: Vec<Duration> = ts.iter().zip(&tf).map(|(a, b)| *a + *b).collect();
        println!("{n} campaigns, total cost {total:.0}, budget {budget:.0}, {hours} h/week");
        println!("  select: {} chosen, score {:.3}, cost {:.0}, {} h", sel.chosen.len(), sel.score, sel.cost, sel.hours);
        println!("  frontier: {} steps up to {total:.0}; best at the budget {:.3}", front.len(), best_at(&front, budget));
        println!("  median of 20: select {:?}, frontier {:?}, both {:?}", median(ts), median(tf), median(both));
        let slowest = (1..=60)
            .map(|pct| {
                let t = Instant::now();
                let s = select(&cands, total * pct as f64 / 100.0, hours).expect("nothing forced");
                assert!((s.score - best_at(&front, total * pct as f64 / 100.0)).abs() < 1e-6, "select and frontier agree");
                (t.elapsed(), pct)
            })
            .max()
            .expect("budgets");
        println!("  slowest select over budgets 1–60 %: {:?} at {} %", slowest.0, slowest.1);
    }
}
