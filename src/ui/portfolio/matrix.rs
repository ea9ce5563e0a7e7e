//! TODO: the matrix view.

use leptos::prelude::*;

#[component]
pub fn Matrix() -> impl IntoView {
    view! { <p class="hint">"matrix"</p> }
}
