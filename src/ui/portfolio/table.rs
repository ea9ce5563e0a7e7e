//! TODO: the table view.

use leptos::prelude::*;

#[component]
pub fn Table() -> impl IntoView {
    view! { <p class="hint">"table"</p> }
}
