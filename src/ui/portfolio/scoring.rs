//! TODO: the scoring view.

use leptos::prelude::*;

#[component]
pub fn Scoring() -> impl IntoView {
    view! { <p class="hint">"scoring"</p> }
}
