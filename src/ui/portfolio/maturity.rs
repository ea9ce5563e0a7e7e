//! TODO: the maturity view.

use leptos::prelude::*;

#[component]
pub fn Maturity() -> impl IntoView {
    view! { <p class="hint">"maturity"</p> }
}
