//! The lessons library: what closed campaigns taught, searchable by any
//! word, tag or channel, newest first.

use crate::domain::{date, lessons, Lesson};
use crate::i18n::{tr, trf, K};
use crate::state::{use_store, Store};
use crate::ui::{channel_key, t};
use leptos::prelude::*;

/// One lesson as a list item (the library and the campaign form share it).
pub fn lesson_view(store: Store, l: Lesson) -> impl IntoView {
    let lang = store.lang.get_untracked();
    let chans = l.channels.iter().map(|c| tr(lang, channel_key(*c))).collect::<Vec<_>>().join(", ");
    view! {
        <li class="lesson card">
            <p class="lesson-head">
                <strong>{if l.campaign_name.is_empty() { "—".to_string() } else { l.campaign_name.clone() }}</strong>
                <span class="hint">" · "{date::format(l.date)}" · "{chans}</span>
            </p>
            {(!l.worked.is_empty()).then(|| view! { <p><span class="lbl">{t(K::PfLessonWorked)}": "</span>{l.worked.clone()}</p> })}
            {(!l.change.is_empty()).then(|| view! { <p><span class="lbl">{t(K::PfLessonChange)}": "</span>{l.change.clone()}</p> })}
            {(!l.tags.is_empty()).then(|| view! { <p class="skills">{l.tags.iter().map(|g| view! { <span class="tag">{format!("#{g}")}</span>" " }).collect_view()}</p> })}
        </li>
    }
}

#[component]
pub fn Lessons() -> impl IntoView {
    let store = use_store();
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let q = query.get();
        store.ws.with(|w| lessons::search(&w.lessons, &q).into_iter().cloned().collect::<Vec<_>>())
    });
    let total = Memo::new(move |_| store.ws.with(|w| w.lessons.len()));
    view! {
        <section aria-labelledby="lessons-h">
            <h2 id="lessons-h">{t(K::PfLessonsLibrary)}</h2>
            <div class="field search">
                <label for="lesson-q">{t(K::PfSearchLessons)}</label>
                <input id="lesson-q" type="search" prop:value=move || query.get() on:input=move |e| query.set(event_target_value(&e)) />
            </div>
            <p class="hint" role="status">{move || trf(store.lang.get(), K::PfLessonsFound, &[("n", &found.with(Vec::len).to_string()), ("total", &total.get().to_string())])}</p>
            <Show when=move || total.get() == 0>
                <p class="empty">{t(K::PfNoLessons)}</p>
            </Show>
            <ul class="lessons">
                {move || found.get().into_iter().map(|l| lesson_view(store, l)).collect_view()}
            </ul>
        </section>
    }
}
