//! TODO: the overview view.

use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    view! { <p class="hint">"overview"</p> }
}
