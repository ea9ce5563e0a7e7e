//! TODO: the board view.

use leptos::prelude::*;

#[component]
pub fn Board() -> impl IntoView {
    view! { <p class="hint">"board"</p> }
}
