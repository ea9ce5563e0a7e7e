//! The kpis area (being built).

use crate::i18n::K;
use leptos::prelude::*;

#[component]
pub fn KpisArea() -> impl IntoView {
    view! { <super::placeholder::Placeholder title=K::NavKpis about=K::AboutKpis /> }
}
