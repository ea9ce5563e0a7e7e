//! Reordering by dragging a row's handle with the mouse, a pen or a finger.
//!
//! Pointer events on the list, one set of handlers for every row: a press on
//! a handle starts a drag, moving shows a line where the row would land, and
//! the release moves it there as one undoable [`Op::Move`], next to its new
//! *visible* neighbours ([`backlog::drop_position`]), so it works the same in
//! a filtered list. Escape or a cancelled pointer leaves everything as it
//! was. Keyboard users have the arrows on the handle, Alt+↑/↓ and the ↑/↓
//! buttons.

use super::{focus_row_later, ListCtx};
use crate::domain::backlog::{self, RankBy};
use crate::domain::ops::{Coll, Op};
use crate::domain::Id;
use crate::state::{browser, Store};
use leptos::ev::PointerEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Within this distance of the window's top or bottom edge, a drag scrolls.
const EDGE: f64 = 48.0;
const SCROLL_STEP: f64 = 18.0;

struct Active {
    id: Id,
    pointer: i32,
    /// The dragged row; it follows the pointer.
    li: HtmlElement,
    /// The rows of the list the drag started in, top to bottom: id, top and
    /// bottom in page coordinates, read once when the drag starts.
    rows: Vec<(Id, f64, f64)>,
    /// The dragged row's index in `rows`.
    from: usize,
    start_y: f64,
    /// Page y of the list wrapper's top (the line is placed from it).
    origin: f64,
    /// The gap between `rows` where a drop would move the item.
    gap: Option<usize>,
}

#[derive(Clone, Copy)]
pub struct Drag {
    store: Store,
    list: ListCtx,
    /// The element that holds the lists and the line.
    pub wrap: NodeRef<leptos::html::Div>,
    /// Where the drop line is drawn, in px from the top of `wrap`.
    pub line: RwSignal<Option<f64>>,
    active: StoredValue<Option<Active>, LocalStorage>,
}

fn scroll_y() -> f64 {
    window().scroll_y().unwrap_or(0.0)
}

/// Where the line goes for gap `g`: halfway between the rows around it.
fn gap_y(rows: &[(Id, f64, f64)], g: usize) -> f64 {
    const HALF_GAP: f64 = 3.0;
    match (g.checked_sub(1).and_then(|i| rows.get(i)), rows.get(g)) {
        (Some(above), Some(below)) => (above.2 + below.1) / 2.0,
        (Some(above), None) => above.2 + HALF_GAP,
        (None, Some(below)) => below.1 - HALF_GAP,
        (None, None) => 0.0,
    }
}

impl Drag {
    pub fn new(store: Store, list: ListCtx) -> Drag {
        Drag { store, list, wrap: NodeRef::new(), line: RwSignal::new(None), active: StoredValue::new_local(None) }
    }

    fn set_line(self, y: Option<f64>) {
        if self.line.get_untracked() != y {
            self.line.set(y);
        }
    }

    /// A press on a row's handle (in the manual order) starts a drag.
    pub fn start(self, e: PointerEvent) {
        if e.button() != 0 || !e.is_primary() || self.list.rank_by.get_untracked() != RankBy::Manual {
            return;
        }
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let Some(handle) = target.and_then(|t| t.closest(".drag-handle").ok().flatten()) else { return };
        let Some(li) = handle.closest("li[data-id]").ok().flatten() else { return };
        let (Some(ol), Some(id)) = (li.parent_element(), li.get_attribute("data-id")) else { return };
        // No text selection, no native drag; the handle keeps the focus.
        e.prevent_default();
        let _ = handle.unchecked_ref::<HtmlElement>().focus();
        let sy = scroll_y();
        let kids = ol.children();
        let mut rows = Vec::with_capacity(kids.length() as usize);
        let mut from = None;
        for i in 0..kids.length() {
            let Some(el) = kids.item(i) else { continue };
            let Some(rid) = el.get_attribute("data-id") else { continue };
            let r = el.get_bounding_client_rect();
            if rid == id {
                from = Some(rows.len());
            }
            rows.push((Id(rid), r.top() + sy, r.bottom() + sy));
        }
        let (Some(from), Some(wrap)) = (from, self.wrap.get_untracked()) else { return };
        // Capture: the moves and the release come here even off the list.
        let _ = wrap.set_pointer_capture(e.pointer_id());
        let origin = wrap.get_bounding_client_rect().top() + sy;
        let li: HtmlElement = li.unchecked_into();
        let _ = li.class_list().add_1("dragging");
        let start_y = e.client_y() as f64 + sy;
        self.active.set_value(Some(Active { id: Id(id), pointer: e.pointer_id(), li, rows, from, start_y, origin, gap: None }));
    }

    /// The row follows the pointer; the line shows where it would land.
    pub fn over(self, e: PointerEvent) {
        if self.active.with_value(|a| a.as_ref().is_none_or(|a| a.pointer != e.pointer_id())) {
            return;
        }
        let win = window();
        let client_y = e.client_y() as f64;
        let height = win.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        // Scroll when the row is taken towards an edge (not when a drag
        // merely starts near one).
        let moved = client_y + scroll_y() - self.active.with_value(|a| a.as_ref().map_or(0.0, |a| a.start_y));
        if client_y < EDGE && moved < -EDGE / 2.0 {
            win.scroll_by_with_x_and_y(0.0, -SCROLL_STEP);
        } else if client_y > height - EDGE && moved > EDGE / 2.0 {
            win.scroll_by_with_x_and_y(0.0, SCROLL_STEP);
        }
        let y = client_y + scroll_y();
        let line = self
            .active
            .try_update_value(|a| {
                let a = a.as_mut()?;
                let _ = a.li.style().set_property("transform", &format!("translateY({}px)", y - a.start_y));
                let g = a.rows.iter().take_while(|r| (r.1 + r.2) / 2.0 < y).count();
                a.gap = (g != a.from && g != a.from + 1).then_some(g);
                a.gap.map(|g| gap_y(&a.rows, g) - a.origin)
            })
            .flatten();
        self.set_line(line);
    }

    /// The release moves the item to the gap under the line.
    pub fn drop(self, e: PointerEvent) {
        let Some(a) = self.active.try_update_value(|a| a.take_if(|a| a.pointer == e.pointer_id())).flatten() else { return };
        self.finish(&a);
        let Some(g) = a.gap else { return };
        let below = a.rows.get(g).map(|r| r.0.clone());
        let above = g.checked_sub(1).and_then(|i| a.rows.get(i)).map(|r| r.0.clone());
        browser::timed("drop", || self.move_between(a.id, above, below));
    }

    /// Escape, a cancelled pointer: everything stays where it was.
    pub fn cancel(self) {
        if let Some(a) = self.active.try_update_value(Option::take).flatten() {
            if let Some(w) = self.wrap.get_untracked() {
                let _ = w.release_pointer_capture(a.pointer);
            }
            self.finish(&a);
        }
    }

    fn finish(self, a: &Active) {
        let _ = a.li.style().remove_property("transform");
        let _ = a.li.class_list().remove_1("dragging");
        self.set_line(None);
    }

    /// Moves `id` between the shown items `above` and `below` (either may be
    /// None at an end of the list).
    fn move_between(self, id: Id, above: Option<Id>, below: Option<Id>) {
        let to = self.store.ws.with_untracked(|w| {
            let pos_of = |x: &Id| w.backlog.iter().position(|i| &i.id == x);
            let from = pos_of(&id)?;
            self.list.visible.with_untracked(|shown| {
                let index_of = |x: &Id| pos_of(x).and_then(|p| shown.iter().position(|&s| s == p));
                let gap = match (&below, &above) {
                    (Some(b), _) => index_of(b)?,
                    (None, Some(a)) => index_of(a)? + 1,
                    (None, None) => return None,
                };
                backlog::drop_position(shown, from, gap)
            })
        });
        if let Some(to) = to {
            self.store.dispatch(Op::Move { coll: Coll::Backlog, id: id.clone(), to });
            focus_row_later(id, ".drag-handle");
        }
    }
}
