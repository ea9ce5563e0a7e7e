//! Where the keyboard goes when the control that had it disappears.
//!
//! A button that deletes its own row, approves a request (and is replaced by
//! the decision), or closes its dialog takes the focus with it, and the
//! browser hands it to `<body>`: a keyboard or screen-reader user is thrown
//! back to the top of the page. Views that know better move the focus
//! themselves (the backlog's next row, a dialog's opener); for every other
//! case this puts it on what now stands where the control stood: the next
//! item of the same list, else the nearest control in the part of the page
//! that is left (a button or a link, never a text field, where the next
//! key would be typed), else the area's heading.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::Element;

/// Controls that take the keyboard focus.
const FOCUSABLE: &str = "button:not([disabled]), a[href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";
/// Where a lost focus may be put: not a text field, where the next key
/// (a shortcut such as P) would be typed instead.
const LANDING: &str = "button:not([disabled]), a[href], summary, [tabindex]:not([tabindex='-1'])";

thread_local! {
    /// The focused control an activation started from, with the way up to
    /// `<body>`: each ancestor and the index of the child on the way.
    static ORIGIN: RefCell<Option<(Element, Vec<(Element, u32)>, String)>> = const { RefCell::new(None) };
}

/// Listens (in the capture phase, before any view's handler can remove the
/// control) to clicks and keys on the focused control.
pub fn install() {
    let record = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            // Keys that act (typing a letter removes nothing).
            let acts = matches!(k.key().as_str(), "Enter" | " " | "Delete" | "Escape") || (k.ctrl_key() || k.meta_key()) && k.key().eq_ignore_ascii_case("z");
            if !acts {
                return;
            }
        }
        if super::focus_lost() {
            return;
        }
        let Some(active) = document().active_element() else { return };
        let on_focused = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|t| active.contains(Some(&t)));
        if !on_focused {
            return;
        }
        ORIGIN.with(|o| *o.borrow_mut() = Some((active.clone(), path_up(&active), hash())));
        // After the views' own focus moves (an effect, or the next frame).
        request_animation_frame(|| {
            let _ = set_timeout_with_handle(rescue, std::time::Duration::ZERO);
        });
    });
    let w = window();
    for kind in ["click", "keydown"] {
        let _ = w.add_event_listener_with_callback_and_bool(kind, record.as_ref().unchecked_ref(), true);
    }
    record.forget();
}

fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

fn path_up(el: &Element) -> Vec<(Element, u32)> {
    let mut out = vec![];
    let mut child = el.clone();
    while let Some(parent) = child.parent_element() {
        let children = parent.children();
        let at = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&child)).unwrap_or(0);
        out.push((parent.clone(), at));
        if parent.tag_name() == "BODY" {
            break;
        }
        child = parent;
    }
    out
}

/// Moves the focus if it fell to the page because its control went away
/// (removed, hidden or disabled).
fn rescue() {
    let Some((origin, path, was)) = ORIGIN.with(|o| o.borrow_mut().take()) else { return };
    if !super::focus_lost() || (origin.is_connected() && focusable(&origin)) {
        return;
    }
    // Another screen (the action went somewhere): start at its heading,
    // once it is drawn (the route follows the hash a moment later).
    if hash() != was {
        focus_heading(5);
        return;
    }
    let main = document().query_selector("main").ok().flatten();
    for (parent, at) in &path {
        if !parent.is_connected() {
            continue;
        }
        // The whole area was replaced (a new screen): its heading, below.
        if parent.contains(main.as_ref().map(|m| m.unchecked_ref())) {
            break;
        }
        let children = parent.children();
        let n = children.length();
        // What now stands at the control's place, then what stood before it.
        let start = (*at).min(n.saturating_sub(1));
        let order = (start..n).chain((0..start).rev());
        for i in order {
            if let Some(found) = children.item(i).and_then(|c| first_focusable(&c)) {
                let _ = found.unchecked_into::<web_sys::HtmlElement>().focus();
                return;
            }
        }
    }
    focus_heading(0);
}

/// Focuses the area's heading; `again` more times after the next frames
/// if the focus was lost again meanwhile (a heading drawn anew).
fn focus_heading(again: u8) {
    if let Some(h) = document().query_selector("main h1").ok().flatten().filter(shown) {
        if !h.has_attribute("tabindex") {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
    }
    if again > 0 {
        request_animation_frame(move || {
            let _ = set_timeout_with_handle(
                move || {
                    if super::focus_lost() {
                        focus_heading(again - 1);
                    }
                },
                std::time::Duration::from_millis(100),
            );
        });
    }
}

fn focusable(el: &Element) -> bool {
    el.matches(FOCUSABLE).unwrap_or(false) && shown(el)
}

fn shown(el: &Element) -> bool {
    el.closest("[inert], [hidden]").ok().flatten().is_none()
        && el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.offset_parent().is_some() || h.offset_width() > 0)
}

fn first_focusable(el: &Element) -> Option<Element> {
    if el.matches(LANDING).unwrap_or(false) && shown(el) {
        return Some(el.clone());
    }
    let all = el.query_selector_all(LANDING).ok()?;
    (0..all.length()).filter_map(|i| all.item(i)?.dyn_into::<Element>().ok()).find(shown)
}
