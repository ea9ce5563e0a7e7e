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
