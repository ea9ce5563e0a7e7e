//! Paging a long slide on the projector. The view measures the rows of a
//! slide's body (table rows, list items, headings) once laid out; here is
//! where each page starts so that no row is cut in half, and how the keys and
//! buttons move between slides and pages.

/// A little slack for sub-pixel layout: a row that overshoots the room by
/// less than this still fits.
const SLACK: f64 = 0.5;

/// One row of a slide's body as laid out, in px from the top of the body.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowBox {
    pub top: f64,
    pub height: f64,
    /// What shows above this row when a page starts with it: a table's
    /// column headers, repeated at the top of the page (0 for none).
    pub lead: f64,
    /// A heading (or a table's header row) never ends a page: it goes to
    /// the next page with what follows it.
    pub keep_with_next: bool,
}

impl RowBox {
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// One page: rows `first..end`, shown from `offset` (px from the top of
/// the body), filling `height` px of the room.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Page {
    pub first: usize,
    pub end: usize,
    pub offset: f64,
    pub height: f64,
}

/// The pages of a body whose rows (in order, top to bottom, not
/// overlapping) are `rows`, with `room` px of height to show them in.
/// A page ends after the last row that fits whole; a row taller than the
/// room gets a page of its own. The first page starts at the top of the
/// body, the others at their first row less its lead. No rows, no pages.
pub fn pages(rows: &[RowBox], room: f64) -> Vec<Page> {
    let mut out: Vec<Page> = Vec::new();
    let mut first = 0;
    while first < rows.len() {
        let offset = if out.is_empty() { 0.0 } else { rows[first].top - rows[first].lead };
        let mut end = first + 1;
        while end < rows.len() && rows[end].bottom() - offset <= room + SLACK {
            end += 1;
        }
        if end < rows.len() {
            // A heading at the bottom of a page goes on with its rows.
            while end > first + 1 && rows[end - 1].keep_with_next {
                end -= 1;
            }
        }
        let height = rows[first..end].iter().map(|r| r.bottom() - offset).fold(0.0, f64::max);
        out.push(Page { first, end, offset, height });
        first = end;
    }
    out
}

/// Where the projector is: a slide and a page of it. `LAST_PAGE` as the
/// page means the slide's last one, whatever it turns out to be once laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At {
    pub slide: usize,
    pub page: usize,
}

/// The page meaning "the last page of the slide" before it is measured.
pub const LAST_PAGE: usize = usize::MAX;

/// A move asked for by a key or a button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// → and the "Next slide" button: the next slide, first page.
    NextSlide,
    /// ← and the "Previous slide" button: the previous slide, first page.
    PrevSlide,
    /// ↓ and "Next page": the next page of this slide, nothing at the last.
    PageDown,
    /// ↑ and "Previous page": the previous page, nothing at the first.
    PageUp,
    /// Page Down and Space (a clicker's "next"): the next page, then the
    /// next slide.
    Forward,
    /// Page Up (a clicker's "back"): the previous page, then the previous
    /// slide's last page.
    Back,
    /// Home.
    First,
    /// End.
    Last,
}

/// Where `step` leads from `at`, with `pages` pages on the current slide
/// (at least 1) and `slides` slides. Stays put where there is nowhere to go.
pub fn step(at: At, pages: usize, slides: usize, step: Step) -> At {
    let pages = pages.max(1);
    let last = slides.saturating_sub(1);
    let page = at.page.min(pages - 1);
    let slide = at.slide.min(last);
    let to = |slide: usize, page: usize| At { slide, page };
    match step {
        Step::NextSlide if slide < last => to(slide + 1, 0),
        Step::PrevSlide if slide > 0 => to(slide - 1, 0),
        Step::NextSlide | Step::PrevSlide => to(slide, page),
        Step::PageDown => to(slide, (page + 1).min(pages - 1)),
        Step::PageUp => to(slide, page.saturating_sub(1)),
        Step::Forward if page + 1 < pages => to(slide, page + 1),
        Step::Forward if slide < last => to(slide + 1, 0),
        Step::Back if page > 0 => to(slide, page - 1),
        Step::Back if slide > 0 => to(slide - 1, LAST_PAGE),
        Step::Forward | Step::Back => to(slide, page),
        Step::First => to(0, 0),
        Step::Last => to(last, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn stack(heights: &[f64]) -> Vec<RowBox> {
        let mut top = 0.0;
        heights
            .iter()
            .map(|&h| {
                let r = RowBox { top, height: h, lead: 0.0, keep_with_next: false };
                top += h;
                r
            })
            .collect()
    }

    fn spans(p: &[Page]) -> Vec<(usize, usize)> {
        p.iter().map(|p| (p.first, p.end)).collect()
    }

    #[test]
    fn a_page_ends_after_the_last_whole_row() {
        let p = pages(&stack(&[50.0; 10]), 220.0);
        assert_eq!(spans(&p), [(0, 4), (4, 8), (8, 10)]);
        assert_eq!(p[1].offset, 200.0);
        assert_eq!(p[1].height, 200.0);
        assert_eq!(p[2].height, 100.0);
    }

    #[test]
    fn everything_fits_on_one_page() {
        let p = pages(&stack(&[40.0, 40.0, 40.0]), 120.0);
        assert_eq!(spans(&p), [(0, 3)]);
        assert_eq!(p[0], Page { first: 0, end: 3, offset: 0.0, height: 120.0 });
        assert!(pages(&[], 300.0).is_empty());
    }

    #[test]
    fn sub_pixel_overshoot_still_fits() {
        assert_eq!(spans(&pages(&stack(&[60.2, 60.2]), 120.0)), [(0, 2)]);
        assert_eq!(spans(&pages(&stack(&[60.6, 60.6]), 120.0)), [(0, 1), (1, 2)]);
    }

    #[test]
    fn a_row_taller_than_the_room_has_a_page_of_its_own() {
        let p = pages(&stack(&[30.0, 500.0, 30.0, 30.0]), 100.0);
        assert_eq!(spans(&p), [(0, 1), (1, 2), (2, 4)]);
        assert_eq!(p[1].height, 500.0);
    }

    #[test]
    fn the_first_page_keeps_what_is_above_the_first_row() {
        // A gap above the first row (a heading's margin) counts on page 1.
        let mut rows = stack(&[50.0; 4]);
        for r in &mut rows {
            r.top += 40.0;
        }
        let p = pages(&rows, 150.0);
        assert_eq!(spans(&p), [(0, 2), (2, 4)]);
        assert_eq!(p[0].offset, 0.0);
        assert_eq!(p[1].offset, 140.0);
    }

    #[test]
    fn repeated_column_headers_take_their_room_on_later_pages() {
        // A header row of 60, then rows of 50 each repeating it above them.
        let mut rows = stack(&[60.0, 50.0, 50.0, 50.0, 50.0, 50.0]);
        rows[0].keep_with_next = true;
        for r in &mut rows[1..] {
            r.lead = 60.0;
        }
        let p = pages(&rows, 170.0);
        assert_eq!(spans(&p), [(0, 3), (3, 5), (5, 6)]);
        assert_eq!(p[1].offset, 160.0 - 60.0);
        assert_eq!(p[1].height, 160.0);
    }

    #[test]
    fn a_heading_goes_to_the_next_page_with_its_rows() {
        let mut rows = stack(&[50.0, 50.0, 30.0, 50.0, 50.0]);
        rows[2].keep_with_next = true;
        let p = pages(&rows, 140.0);
        assert_eq!(spans(&p), [(0, 2), (2, 5)]);
        // Headings only: one a page, all but the last (nothing follows it).
        let mut rows = stack(&[30.0; 6]);
        for r in &mut rows {
            r.keep_with_next = true;
        }
        assert_eq!(spans(&pages(&rows, 70.0)), [(0, 1), (1, 2), (2, 3), (3, 4), (4, 6)]);
    }

    #[test]
    fn arrows_move_slides_and_pages() {
        let at = |slide, page| At { slide, page };
        // ← / → always go to a slide's first page.
        assert_eq!(step(at(0, 2), 3, 5, Step::NextSlide), at(1, 0));
        assert_eq!(step(at(1, 1), 3, 5, Step::PrevSlide), at(0, 0));
        assert_eq!(step(at(4, 1), 3, 5, Step::NextSlide), at(4, 1));
        assert_eq!(step(at(0, 0), 1, 5, Step::PrevSlide), at(0, 0));
        // ↓ / ↑ stay on the slide.
        assert_eq!(step(at(0, 0), 3, 5, Step::PageDown), at(0, 1));
        assert_eq!(step(at(0, 2), 3, 5, Step::PageDown), at(0, 2));
        assert_eq!(step(at(0, 1), 3, 5, Step::PageUp), at(0, 0));
        assert_eq!(step(at(0, 0), 3, 5, Step::PageUp), at(0, 0));
        assert_eq!(step(at(2, 0), 1, 5, Step::PageDown), at(2, 0));
        // Page Down / Space: pages, then the next slide; Page Up the reverse.
        assert_eq!(step(at(0, 1), 3, 5, Step::Forward), at(0, 2));
        assert_eq!(step(at(0, 2), 3, 5, Step::Forward), at(1, 0));
        assert_eq!(step(at(4, 0), 1, 5, Step::Forward), at(4, 0));
        assert_eq!(step(at(1, 1), 2, 5, Step::Back), at(1, 0));
        assert_eq!(step(at(1, 0), 2, 5, Step::Back), at(0, LAST_PAGE));
        assert_eq!(step(at(0, 0), 2, 5, Step::Back), at(0, 0));
        // "The last page" not yet measured reads as the last one.
        assert_eq!(step(at(0, LAST_PAGE), 3, 5, Step::PageUp), at(0, 1));
        assert_eq!(step(at(0, LAST_PAGE), 3, 5, Step::Forward), at(1, 0));
        assert_eq!(step(at(3, 2), 3, 5, Step::First), at(0, 0));
        assert_eq!(step(at(0, 2), 3, 5, Step::Last), at(4, 0));
    }

    /// Rows stacked top to bottom with gaps, some with a lead or kept with
    /// the next, and a room from tiny to roomy.
    fn layout() -> impl Strategy<Value = (Vec<RowBox>, f64)> {
        (prop::collection::vec((0.0..30.0f64, 1.0..300.0f64, 0.0..80.0f64, any::<bool>()), 0..60), 1.0..800.0f64).prop_map(|(spec, room)| {
            let mut top = 0.0;
            let rows = spec
                .into_iter()
                .map(|(gap, height, lead, keep)| {
                    top += gap;
                    let r = RowBox { top, height, lead: lead.min(top), keep_with_next: keep };
                    top += height;
                    r
                })
                .collect();
            (rows, room)
        })
    }

    proptest! {
        #[test]
        fn every_row_is_on_exactly_one_page_in_order((rows, room) in layout()) {
            let p = pages(&rows, room);
            let mut next = 0;
            for page in &p {
                prop_assert_eq!(page.first, next);
                prop_assert!(page.end > page.first);
                next = page.end;
            }
            prop_assert_eq!(next, rows.len());
        }

        #[test]
        fn a_page_holds_only_whole_rows((rows, room) in layout()) {
            for page in pages(&rows, room) {
                let shown = &rows[page.first..page.end];
                if shown.len() > 1 {
                    prop_assert!(page.height <= room + SLACK, "{page:?} in {room}");
                }
                for r in shown {
                    prop_assert!(r.top - page.offset >= -1e-9 || page.first == 0);
                    prop_assert!(r.bottom() - page.offset <= page.height + 1e-9);
                }
            }
        }

        #[test]
        fn a_page_ends_only_where_it_must((rows, room) in layout()) {
            for page in pages(&rows, room) {
                // Up to the first row that does not fit, less the headings
                // that would have ended the page.
                let fits = (page.first + 1..rows.len()).find(|&i| rows[i].bottom() - page.offset > room + SLACK).unwrap_or(rows.len());
                prop_assert!(page.end <= fits);
                prop_assert!(rows[page.end..fits].iter().all(|r| r.keep_with_next));
                prop_assert!(page.end == fits || page.end == page.first + 1 || !rows[page.end - 1].keep_with_next);
            }
        }

        #[test]
        fn page_down_visits_every_page_then_the_next_slide(pages_n in 1usize..8, slides in 1usize..7) {
            let mut at = At { slide: 0, page: 0 };
            let mut seen = vec![at];
            loop {
                let to = step(at, pages_n, slides, Step::Forward);
                if to == at {
                    break;
                }
                at = to;
                seen.push(at);
            }
            // Every page of every slide, in order (each slide has `pages_n` here).
            prop_assert_eq!(seen.len(), pages_n * slides);
            for (i, at) in seen.iter().enumerate() {
                prop_assert_eq!(*at, At { slide: i / pages_n, page: i % pages_n });
            }
        }
    }
}
