//! TODO: the select view.

use leptos::prelude::*;

#[component]
pub fn Select() -> impl IntoView {
    view! { <p class="hint">"select"</p> }
}
