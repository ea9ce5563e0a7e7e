//! A modal dialog opened from inside a page (the top-level dialogs make the
//! page `inert` themselves): a native `<dialog>` shown with `showModal()`,
//! so the page behind cannot be tabbed to, clicked or read by a screen
//! reader while it is open, and Escape cancels it.

use leptos::prelude::*;

#[component]
pub fn Modal(
    /// The id of the dialog's heading (its accessible name).
    labelled_by: &'static str,
    /// Escape, or the browser closing the dialog.
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Dialog>::new();
    // The dialog is removed, not closed, when its owner is done with it.
    return_focus_on_close();
    Effect::new(move |_| {
        if let Some(d) = node.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let cancel = move |e: leptos::ev::Event| {
        // Closing is the owner's to do (it removes the dialog).
        e.prevent_default();
        on_cancel.run(());
    };
    view! {
        <dialog node_ref=node class="dialog" aria-labelledby=labelled_by on:cancel=cancel>
            {children()}
        </dialog>
    }
}

/// Call in a dialog's component: when the dialog goes (answered or
/// cancelled), the focus returns to the element that had it when the dialog
/// came, rather than falling to the top of the page. The top-level
/// dialogs are removed rather than closed, so the browser does not do it.
pub fn return_focus_on_close() {
    use wasm_bindgen::JsCast;
    let before: StoredValue<Option<web_sys::HtmlElement>, LocalStorage> =
        StoredValue::new_local(document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()));
    on_cleanup(move || {
        if let Some(Some(el)) = before.try_get_value() {
            if el.is_connected() {
                request_animation_frame(move || {
                    let _ = el.focus();
                });
            }
        }
    });
}

/// For a top-level dialog's keydown: Tab from its last control goes to its
/// first and Shift+Tab from its first to its last, so the keyboard never
/// leaves it for the (inert) page behind, where Escape would not reach it.
pub fn keep_focus_in(e: &web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if e.key() != "Tab" {
        return;
    }
    let Some(dialog) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(list) = dialog.query_selector_all("button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex='-1'])") else { return };
    let items: Vec<web_sys::HtmlElement> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
    let active = document().active_element();
    let at = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == el.unchecked_ref::<web_sys::Element>());
    let to = if e.shift_key() && (at(first) || !items.iter().any(|i| at(i))) {
        last
    } else if !e.shift_key() && (at(last) || !items.iter().any(|i| at(i))) {
        first
    } else {
        return;
    };
    e.prevent_default();
    let _ = to.focus();
}
