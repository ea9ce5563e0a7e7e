use crate::i18n::K;
use crate::ui::t;
use leptos::prelude::*;

/// An area whose issue has not landed yet: its heading and what will be there.
#[component]
pub fn Placeholder(title: K, about: K) -> impl IntoView {
    view! {
        <section class="area placeholder">
            <h1>{t(title)}</h1>
            <p class="lead">{t(about)}</p>
            <p class="badge">{t(K::ComingSoon)}</p>
        </section>
    }
}
