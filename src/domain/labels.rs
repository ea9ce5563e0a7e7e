//! Where a chart's point names go: beside each point, never over another
//! name, inside the plot. Pure geometry, tested natively; the views only
//! draw what it returns (the portfolio matrix's bubble names, on the page
//! and on the projector, where the names are larger).

/// A point to name: its centre, its radius and the estimated width of its
/// name (`axis::text_width`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub width: f64,
}

/// Where names may go: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

/// Where a name is drawn: its anchor point (SVG `x`, baseline `y`),
/// `text-anchor` ("start", "middle" or "end"), and for a name set away from
/// its point, the line that joins them (x1, y1, x2, y2).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: &'static str,
    pub leader: Option<(f64, f64, f64, f64)>,
}

/// How hard names try. `rings`: how many rows of spots round a point, each
/// about a line further out than the one before (beyond the first, the name
/// gets a leader line); `over_points`: whether a name that finds no free
/// spot may go over another point rather than be left out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub rings: usize,
    pub over_points: bool,
}

/// The page: names next to their point, over another point if need be (the
/// reader hovers or focuses a bubble to tell them apart).
pub const NEXT_TO: Style = Style { rings: 1, over_points: true };
/// The projector: names never over a point (from the back of the room a
/// name over a bubble reads as that bubble's), nor next to a point other
/// than theirs more than to their own; further out with a leader line when
/// the spots next to a point are taken. Leader lines cross no name and no
/// other point.
pub const CLEAR: Style = Style { rings: 8, over_points: false };

/// The box a name of `width` takes at `at` in `font` px: left, top, right, bottom.
pub fn label_box(at: Label, width: f64, font: f64) -> Rect {
    let k = font / 16.0;
    let left = match at.anchor {
        "start" => at.x,
        "end" => at.x - width,
        _ => at.x - width / 2.0,
    };
    (left, at.y - 16.0 * k, left + width, at.y + 4.0 * k)
}

pub type Rect = (f64, f64, f64, f64);
pub type Segment = (f64, f64, f64, f64);

fn hit(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// How far a box is from a circle's edge (0 when they touch or overlap).
fn gap(b: Rect, p: &Point) -> f64 {
    let (nx, ny) = (p.x.clamp(b.0, b.2), p.y.clamp(b.1, b.3));
    (((nx - p.x).powi(2) + (ny - p.y).powi(2)).sqrt() - p.r).max(0.0)
}

/// Whether a segment passes through a box (sampled finely enough for names).
fn crosses(s: Segment, b: Rect) -> bool {
    (0..=32).map(|i| i as f64 / 32.0).any(|t| {
        let (x, y) = (s.0 + (s.2 - s.0) * t, s.1 + (s.3 - s.1) * t);
        x > b.0 && x < b.2 && y > b.1 && y < b.3
    })
}

/// Whether a segment passes within `r` of a point.
fn near(s: Segment, x: f64, y: f64, r: f64) -> bool {
    let (dx, dy) = (s.2 - s.0, s.3 - s.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((x - s.0) * dx + (y - s.1) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (px, py) = (s.0 + dx * t, s.1 + dy * t);
    (px - x).powi(2) + (py - y).powi(2) < r * r
}

/// Where each point's name goes, in `font` px: right, left, above or below
/// it, then at its corners, the first place inside `bounds` that overlaps
/// no name already placed and no other point; then (`style.rings`) the same
/// spots further out; then (`style.over_points`) the first spot next to it
/// that overlaps no name. A name that fits nowhere is left out (`None`: the
/// point keeps it as its accessible name and tooltip). Points earlier in the
/// list choose first.
pub fn place(points: &[Point], font: f64, bounds: Bounds, style: Style) -> Vec<Option<Label>> {
    // Offsets were drawn for 16 px names; larger names keep the proportions.
    let k = font / 16.0;
    // Other points' boxes: inside the circle for a page's names (a corner of
    // a name may touch a bubble), the whole circle and a gap for a clear one.
    let hug = |p: &Point| if style.over_points { p.r * 0.8 } else { p.r + 3.0 * k };
    let circles: Vec<_> = points.iter().map(|p| (p.x - hug(p), p.y - hug(p), p.x + hug(p), p.y + hug(p))).collect();
    let mut taken: Vec<Rect> = vec![];
    let mut lines: Vec<Segment> = vec![];
    let mut out = vec![];
    for (i, p) in points.iter().enumerate() {
        let (x, y, r) = (p.x, p.y, p.r);
        let spot = |ring: usize, (dx, dy): (f64, f64), lx: f64, ly: f64, anchor: &'static str| {
            let e = ring as f64 * font * 1.25;
            let (lx, ly) = (lx + dx * e, ly + dy * e);
            let leader = (ring > 0).then(|| {
                // From the point's edge to the nearest side of the name.
                let (l, t, rt, b) = label_box(Label { x: lx, y: ly, anchor, leader: None }, p.width, font);
                let (nx, ny) = (x.clamp(l, rt), y.clamp(t, b));
                let d = ((nx - x).powi(2) + (ny - y).powi(2)).sqrt().max(1e-9);
                (x + (nx - x) * r / d, y + (ny - y) * r / d, nx, ny)
            });
            Label { x: lx, y: ly, anchor, leader }
        };
        let ring = |j: usize| {
            let d = 0.7071;
            [
                spot(j, (1.0, 0.0), x + r + 6.0 * k, y + 6.0 * k, "start"),
                spot(j, (-1.0, 0.0), x - r - 6.0 * k, y + 6.0 * k, "end"),
                spot(j, (0.0, -1.0), x, y - r - 8.0 * k, "middle"),
                spot(j, (0.0, 1.0), x, y + r + 20.0 * k, "middle"),
                spot(j, (d, -d), x + r * 0.7 + 4.0 * k, y - r * 0.7 - 4.0 * k, "start"),
                spot(j, (-d, -d), x - r * 0.7 - 4.0 * k, y - r * 0.7 - 4.0 * k, "end"),
                spot(j, (d, d), x + r * 0.7 + 4.0 * k, y + r * 0.7 + 16.0 * k, "start"),
                spot(j, (-d, d), x - r * 0.7 - 4.0 * k, y + r * 0.7 + 16.0 * k, "end"),
            ]
        };
        let spots: Vec<Label> = (0..style.rings.max(1)).flat_map(ring).collect();
        let boxed = |s: &Label| label_box(*s, p.width, font);
        let inside = |b: Rect| b.0 >= bounds.left && b.2 <= bounds.right && b.1 >= bounds.top && b.3 <= bounds.bottom;
        let free_of_names = |b| taken.iter().all(|t| !hit(*t, b));
        let free_of_points = |b| circles.iter().enumerate().all(|(j, c)| j == i || !hit(*c, b));
        // The projector's extra care: a name next to its point is nearer to
        // it than to any other; a leader crosses no name and no other point;
        // a name covers no leader.
        let clear = |s: &Label| {
            let b = boxed(s);
            if style.over_points {
                return true;
            }
            let own = gap(b, p);
            let others = points.iter().enumerate().filter(|(j, _)| *j != i);
            let leader_ok = match s.leader {
                None => others.clone().all(|(_, q)| gap(b, q) > own),
                Some(l) => taken.iter().all(|t| !crosses(l, *t)) && others.clone().all(|(_, q)| !near(l, q.x, q.y, q.r + 2.0)),
            };
            leader_ok && lines.iter().all(|l| !crosses(*l, b))
        };
        let pick = spots
            .iter()
            .find(|s| inside(boxed(s)) && free_of_names(boxed(s)) && free_of_points(boxed(s)) && clear(s))
            .or_else(|| if style.over_points { spots[..8].iter().find(|s| inside(boxed(s)) && free_of_names(boxed(s))) } else { None })
            .copied();
        if let Some(s) = pick {
            taken.push(boxed(&s));
            lines.extend(s.leader);
        }
        out.push(pick);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const B: Bounds = Bounds { left: 80.0, top: 2.0, right: 996.0, bottom: 532.0 };

    #[test]
    fn a_lone_point_is_named_on_its_right() {
        let at = place(&[Point { x: 300.0, y: 200.0, r: 10.0, width: 100.0 }], 16.0, B, NEXT_TO);
        assert_eq!(at, vec![Some(Label { x: 316.0, y: 206.0, anchor: "start", leader: None })]);
    }

    #[test]
    fn a_point_at_the_right_edge_is_named_on_its_left() {
        let at = place(&[Point { x: 980.0, y: 200.0, r: 10.0, width: 100.0 }], 16.0, B, CLEAR);
        assert_eq!(at[0].map(|l| l.anchor), Some("end"));
    }

    #[test]
    fn points_on_one_spot_get_names_apart_or_none() {
        let p = Point { x: 500.0, y: 300.0, r: 12.0, width: 150.0 };
        let at = place(&[p; 12], 24.0, B, NEXT_TO);
        let boxes: Vec<_> = at.iter().flatten().map(|l| label_box(*l, p.width, 24.0)).collect();
        assert!(boxes.len() >= 4 && boxes.len() < 12, "{boxes:?}");
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!hit(*a, *b));
            }
        }
    }

    #[test]
    fn on_the_projector_crowded_names_go_further_out_with_a_leader() {
        // Five bubbles in a row, names longer than the gaps between them.
        let pts: Vec<Point> = (0..5).map(|k| Point { x: 400.0 + 45.0 * k as f64, y: 300.0, r: 12.0, width: 180.0 }).collect();
        let next_to_only = place(&pts, 21.0, B, Style { rings: 1, over_points: false }).iter().flatten().count();
        let at = place(&pts, 21.0, B, CLEAR);
        let named: Vec<_> = at.iter().flatten().collect();
        assert_eq!(named.len(), 5, "{at:?}");
        assert!(next_to_only < 5, "{next_to_only}");
        // Those next to their point have no line; those further out have a
        // line from their point's edge to the name.
        let far: Vec<_> = at.iter().zip(&pts).filter_map(|(l, p)| l.and_then(|l| l.leader).map(|s| (s, p))).collect();
        assert!(!far.is_empty() && far.len() < 5);
        for ((x1, y1, _, _), p) in far {
            assert!((((x1 - p.x).powi(2) + (y1 - p.y).powi(2)).sqrt() - p.r).abs() < 1e-6);
        }
    }

    proptest! {
        #[test]
        fn placed_names_never_overlap_and_stay_inside(
            pts in proptest::collection::vec((80.0..996.0f64, 2.0..532.0f64, 9.0..42.0f64, 20.0..300.0f64), 0..20),
            font in 12.0..32.0f64,
        ) {
            let points: Vec<Point> = pts.iter().map(|&(x, y, r, width)| Point { x, y, r, width }).collect();
            let style = if font > 20.0 { CLEAR } else { NEXT_TO };
            let at = place(&points, font, B, style);
            prop_assert_eq!(at.len(), points.len());
            let boxes: Vec<_> = at.iter().zip(&points).filter_map(|(l, p)| l.map(|l| label_box(l, p.width, font))).collect();
            if style == CLEAR {
                // No leader through a name or another point.
                for (i, (l, _)) in at.iter().zip(&points).enumerate() {
                    let Some(seg) = l.and_then(|l| l.leader) else { continue };
                    for (j, (m, q)) in at.iter().zip(&points).enumerate() {
                        if i == j { continue; }
                        prop_assert!(!near(seg, q.x, q.y, q.r));
                        if let Some(m) = m {
                            prop_assert!(!crosses(seg, label_box(*m, q.width, font)));
                        }
                    }
                }
                // No name over another point's circle.
                for (i, (l, p)) in at.iter().zip(&points).enumerate() {
                    let Some(l) = l else { continue };
                    let b = label_box(*l, p.width, font);
                    for (j, q) in points.iter().enumerate() {
                        let (nx, ny) = (q.x.clamp(b.0, b.2), q.y.clamp(b.1, b.3));
                        prop_assert!(i == j || (nx - q.x).powi(2) + (ny - q.y).powi(2) >= q.r * q.r, "{:?} over {:?}", b, q);
                    }
                }
            }
            for (i, a) in boxes.iter().enumerate() {
                prop_assert!(a.0 >= B.left && a.2 <= B.right && a.1 >= B.top && a.3 <= B.bottom);
                for b in &boxes[i + 1..] {
                    prop_assert!(!hit(*a, *b), "{:?} {:?}", a, b);
                }
            }
        }
    }
}
