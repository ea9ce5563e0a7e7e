use crate::domain::{sample, Workspace};
use crate::i18n::K;
use crate::state::{browser, use_store};
use crate::ui::t;
use leptos::prelude::*;

/// First visit: explore the example, or start empty (or import a file).
#[component]
pub fn Welcome() -> impl IntoView {
    let store = use_store();
    let explore = move |_| {
        let mut ws = sample::example(browser::today());
        ws.name = store.t(K::ExampleName).to_string();
        store.start_with(ws);
    };
    let empty = move |_| {
        // A new workspace starts with the usual metrics on its KPI sheet.
        let mut ws = Workspace::empty(store.t(K::NewWorkspaceName));
        ws.kpis = crate::domain::kpi::default_set();
        store.start_with(ws)
    };
    view! {
        <section class="welcome">
            <h1>{t(K::WelcomeTitle)}</h1>
            <p class="lead">{t(K::WelcomeLead)}</p>
            <div class="choices">
                <button class="choice primary" on:click=explore aria-label=t(K::ExploreExample) aria-describedby="explore-hint">
                    <span class="choice-title">{t(K::ExploreExample)}</span>
                    <span class="choice-hint" id="explore-hint">{t(K::ExploreExampleHint)}</span>
                </button>
                <button class="choice" on:click=empty aria-label=t(K::StartEmpty) aria-describedby="empty-hint">
                    <span class="choice-title">{t(K::StartEmpty)}</span>
                    <span class="choice-hint" id="empty-hint">{t(K::StartEmptyHint)}</span>
                </button>
            </div>
            <p class="hint">{t(K::WelcomeImportHint)}</p>
        </section>
    }
}
