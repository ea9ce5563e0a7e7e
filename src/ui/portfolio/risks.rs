//! TODO: the risks view.

use leptos::prelude::*;

#[component]
pub fn Risks() -> impl IntoView {
    view! { <p class="hint">"risks"</p> }
}
