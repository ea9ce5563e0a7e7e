//! TODO: the lessons view.

use leptos::prelude::*;

#[component]
pub fn Lessons() -> impl IntoView {
    view! { <p class="hint">"lessons"</p> }
}
