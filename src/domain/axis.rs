//! Round-number chart axes, shared by every chart so their axes read alike.
//!
//! Pure arithmetic, here rather than in the views so it is tested natively:
//! an axis that rounds its own labels into "0 0 1 1 1", or that has no room
//! below zero for a negative NPS, is a wrong chart, not a styling detail.
//! So is a row of date labels written over each other: which labels an axis
//! has room for is decided here too (`thin_labels`).

/// An axis from `bottom` to `top` with its ticks, bottom first.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub bottom: f64,
    pub top: f64,
    pub ticks: Vec<f64>,
}

/// An axis covering `lo..=hi` and zero: the step is the smallest of 1, 2,
/// 2.5 or 5 × 10ⁿ that covers the span in at most five steps; the ends are
/// the multiples of it at or beyond the values (62 → 0–80 by 20, 24 → 0–25
/// by 5, −30..40 → −40–40 by 20). Nothing to show (no span, or numbers that
/// are not finite) gives 0–1 in one step, so whole-number labels never
/// repeat.
pub fn axis(lo: f64, hi: f64) -> Axis {
    let lo = if lo.is_finite() { lo.min(0.0) } else { 0.0 };
    let hi = if hi.is_finite() { hi.max(0.0) } else { 0.0 };
    let span = hi - lo;
    if span <= 0.0 || !span.is_finite() {
        return Axis { bottom: 0.0, top: 1.0, ticks: vec![0.0, 1.0] };
    }
    let raw = span / 5.0;
    let p = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * p).find(|m| *m >= raw).unwrap_or(10.0 * p);
    let a = (lo / step + 1e-9).floor() as i64;
    let b = ((hi / step - 1e-9).ceil() as i64).max(a + 1);
    let ticks: Vec<f64> = (a..=b).map(|k| step * k as f64).collect();
    Axis { bottom: step * a as f64, top: step * b as f64, ticks }
}

/// An axis from zero up to `max` (negative values count as zero): the top
/// and the ticks, as most charts (hours, scores, money) want.
pub fn ticks(max: f64) -> (f64, Vec<f64>) {
    let a = axis(0.0, max);
    (a.top, a.ticks)
}

/// The width a line of chart text takes, estimated from its length: `em`
/// per character of `font` px (about 0.62 for digits and bold names in the
/// sans-serif fonts the app uses, so a little more than most text needs).
/// Charts place their labels before the browser lays them out.
pub fn text_width(text: &str, font: f64, em: f64) -> f64 {
    text.chars().count() as f64 * font * em
}

/// A chart label of at most `max` characters: longer text is cut to
/// `max - 1` and ends in "…" (the full text stays in the point's name or the
/// table beside the chart).
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() > max {
        text.chars().take(max.saturating_sub(1)).chain(['…']).collect()
    } else {
        text.to_string()
    }
}

/// Which of `n` labels, one every `pitch` along an axis and each at most
/// `width` wide (spacing included), to draw so that none overlaps the next:
/// every one if they fit, else every 2nd, 3rd… counted from the first; the
/// last is always drawn, in place of the one before it if that one would
/// touch it. The first is always drawn; the last too when the two fit side
/// by side. Indices in order.
pub fn thin_labels(n: usize, pitch: f64, width: f64) -> Vec<usize> {
    if n == 0 {
        return vec![];
    }
    let last = n - 1;
    if last == 0 {
        return vec![0];
    }
    if pitch.is_nan() || pitch <= 0.0 || !width.is_finite() {
        return vec![0];
    }
    let every = ((width / pitch).ceil().max(1.0) as usize).min(last + 1);
    if every > last {
        return vec![0];
    }
    let mut out: Vec<usize> = (0..=last).step_by(every).collect();
    if out.last() != Some(&last) {
        if last - out[out.len() - 1] < every {
            out.pop();
        }
        out.push(last);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shorten_cuts_long_labels_with_an_ellipsis_by_characters() {
        assert_eq!(shorten("Sprint 12", 16), "Sprint 12");
        assert_eq!(shorten("Exactly sixteen!", 16), "Exactly sixteen!");
        assert_eq!(shorten("Winter blend launch, part two", 16), "Winter blend la…");
        assert_eq!(shorten("Café crème de saison", 8).chars().count(), 8);
    }

    #[test]
    fn round_steps_from_zero() {
        assert_eq!(ticks(62.0), (80.0, vec![0.0, 20.0, 40.0, 60.0, 80.0]));
        assert_eq!(ticks(24.0), (25.0, vec![0.0, 5.0, 10.0, 15.0, 20.0, 25.0]));
        assert_eq!(ticks(100.0), (100.0, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]));
    }

    #[test]
    fn nothing_to_show_is_zero_to_one_without_repeated_labels() {
        for max in [0.0, -5.0, f64::NAN, f64::INFINITY] {
            assert_eq!(ticks(max), (1.0, vec![0.0, 1.0]), "max {max}");
        }
    }

    #[test]
    fn negative_values_get_room_below_zero() {
        let a = axis(-30.0, 40.0);
        assert_eq!(a.ticks, vec![-40.0, -20.0, 0.0, 20.0, 40.0]);
        assert_eq!((a.bottom, a.top), (-40.0, 40.0));
        let only_negative = axis(-12.0, -3.0);
        assert_eq!((only_negative.bottom, only_negative.top), (-12.5, 0.0));
    }

    #[test]
    fn labels_that_fit_are_all_drawn() {
        assert_eq!(thin_labels(10, 76.0, 45.0), (0..10).collect::<Vec<_>>());
        assert_eq!(thin_labels(1, 10.0, 500.0), vec![0]);
        assert_eq!(thin_labels(0, 10.0, 5.0), Vec::<usize>::new());
    }

    #[test]
    fn crowded_labels_keep_the_first_and_the_last() {
        // Ten working days, 49 apart, labels 62 wide: every 2nd, and the
        // last in place of the 9th (it would touch it).
        assert_eq!(thin_labels(10, 49.0, 62.0), vec![0, 2, 4, 6, 9]);
        assert_eq!(thin_labels(11, 49.0, 62.0), vec![0, 2, 4, 6, 8, 10]);
        assert_eq!(thin_labels(15, 30.0, 62.0), vec![0, 3, 6, 9, 14]);
        // Room for the two ends only.
        assert_eq!(thin_labels(5, 20.0, 70.0), vec![0, 4]);
        // Not even for those: the first.
        assert_eq!(thin_labels(3, 10.0, 70.0), vec![0]);
    }

    #[test]
    fn text_width_counts_characters_not_bytes() {
        assert_eq!(text_width("16/11", 20.0, 0.6), 60.0);
        assert_eq!(text_width("Écrémé", 10.0, 0.5), 30.0);
    }

    proptest! {
        #[test]
        fn thinned_labels_never_touch(n in 0usize..60, pitch in 1.0..200.0f64, width in 1.0..400.0f64) {
            let shown = thin_labels(n, pitch, width);
            if n > 0 {
                prop_assert_eq!(shown[0], 0);
                if (n - 1) as f64 * pitch >= width {
                    prop_assert_eq!(*shown.last().unwrap(), n - 1);
                }
            }
            for w in shown.windows(2) {
                prop_assert!(w[0] < w[1]);
                prop_assert!((w[1] - w[0]) as f64 * pitch >= width, "{:?}", shown);
            }
            // Never thinner than it has to be: the step is the smallest that fits.
            if shown.len() > 2 {
                let step = shown[1] - shown[0];
                prop_assert!(step == 1 || (step - 1) as f64 * pitch < width);
            }
        }
    }

    proptest! {
        #[test]
        fn the_axis_covers_its_values_and_zero_in_few_equal_steps(x in -1e9..1e9f64, y in -1e9..1e9f64) {
            let (lo, hi) = if x < y { (x, y) } else { (y, x) };
            let a = axis(lo, hi);
            prop_assert!(a.bottom <= lo.min(0.0) && a.top >= hi.max(0.0));
            prop_assert!(a.ticks.contains(&0.0));
            prop_assert!(a.ticks.len() >= 2 && a.ticks.len() <= 12, "{:?}", a.ticks);
            let step = a.ticks[1] - a.ticks[0];
            for w in a.ticks.windows(2) {
                prop_assert!(((w[1] - w[0]) - step).abs() <= step * 1e-9);
            }
            // Never more than one spare step beyond the values at either end.
            prop_assert!(lo.min(0.0) - a.bottom < step * (1.0 + 1e-9));
            prop_assert!(a.top - hi.max(0.0) < step * (1.0 + 1e-9));
        }
    }
}
