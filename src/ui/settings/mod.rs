//! Settings: language, workspace name and sprint length, what the browser
//! keeps for us (quota use, persistence, backups), and starting over.

use crate::domain::ops::Op;
use crate::domain::{sample, Settings as WsSettings, Workspace};
use crate::i18n::{bytes, trf, Lang, K};
use crate::state::{browser, files, persist, use_store};
use crate::ui::t;
use leptos::prelude::*;

#[component]
pub fn Settings() -> impl IntoView {
    let store = use_store();
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persisted.set(Some(files::is_persisted().await)) });
    // Re-read storage figures whenever the workspace is saved.
    let usage = Memo::new(move |_| {
        store.meta.track();
        store.save_state.track();
        (persist::used_units(), persist::backups())
    });

    let rename = move |e: leptos::ev::Event| {
        let name = event_target_value(&e).trim().to_string();
        if !name.is_empty() && store.ws.with_untracked(|w| w.name != name) {
            store.dispatch(Op::Rename(name));
        }
    };
    let set_weeks = move |e: leptos::ev::Event| {
        if let Ok(w) = event_target_value(&e).parse::<u8>() {
            let s = WsSettings { sprint_weeks: w, ..store.ws.with_untracked(|w| w.settings.clone()) };
            store.dispatch(Op::SetSettings(s));
        }
    };
    let set_currency = move |e: leptos::ev::Event| {
        let s = WsSettings { currency: event_target_value(&e), ..store.ws.with_untracked(|w| w.settings.clone()) };
        store.dispatch(Op::SetSettings(s));
    };

    view! {
        <section class="area settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{t(K::SettingsTitle)}</h1>
            <div class="card form-grid">
                <label for="set-lang">{t(K::Language)}</label>
                <select id="set-lang" on:change=move |e| store.set_lang(Lang::from_tag(&event_target_value(&e)))>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <option value=l.code() selected=move || store.lang.get() == l lang=l.code()>{l.native_name()}</option>
                    }).collect_view()}
                </select>
                <label for="set-name">{t(K::WorkspaceName)}</label>
                <input id="set-name" type="text" maxlength="120" prop:value=move || store.ws.with(|w| w.name.clone()) on:change=rename />
                <label for="set-weeks">{t(K::SprintLength)}</label>
                <select id="set-weeks" on:change=set_weeks>
                    <option value="1" selected=move || store.ws.with(|w| w.settings.sprint_weeks == 1)>{t(K::OneWeek)}</option>
                    <option value="2" selected=move || store.ws.with(|w| w.settings.sprint_weeks == 2)>{t(K::TwoWeeks)}</option>
                </select>
                <label for="set-currency">{t(K::Currency)}</label>
                <select id="set-currency" on:change=set_currency>
                    {["EUR", "USD", "GBP", "CHF", "CAD"].into_iter().map(|c| view! {
                        <option value=c selected=move || store.ws.with(|w| w.settings.currency == c)>{c}</option>
                    }).collect_view()}
                </select>
            </div>

            <h2>{t(K::StorageTitle)}</h2>
            <div class="card">
                <p>{move || {
                    let lang = store.lang.get();
                    let used = usage.with(|u| u.0);
                    let pct = (used * 100 + persist::QUOTA_UNITS / 2) / persist::QUOTA_UNITS;
                    trf(lang, K::StorageUsed, &[
                        ("used", &bytes(lang, used * 2)),
                        ("quota", &bytes(lang, persist::QUOTA_UNITS * 2)),
                        ("pct", &pct.to_string()),
                    ])
                }}</p>
                <progress max=persist::QUOTA_UNITS.to_string() value=move || usage.with(|u| u.0).to_string()
                    aria-label=t(K::StorageTitle)></progress>
                <p>{move || match persisted.get() {
                    Some(true) => store.t(K::PersistGranted),
                    Some(false) => store.t(K::PersistDenied),
                    None => "",
                }}</p>
                <p>{move || {
                    let lang = store.lang.get();
                    match store.meta.with(|m| m.last_export_at) {
                        Some(ms) => {
                            let d = js_sys::Date::new(&ms.into());
                            let date = d.to_locale_date_string(lang.code(), &wasm_bindgen::JsValue::UNDEFINED);
                            trf(lang, K::LastExport, &[("date", &String::from(date))])
                        }
                        None => store.t(K::NeverExported).to_string(),
                    }
                }}</p>
                <button class="primary" on:click=move |_| store.export()>{t(K::ExportNow)}</button>
            </div>

            <Show when=move || usage.with(|u| !u.1.is_empty())>
                <h2>{t(K::BackupsTitle)}</h2>
                <ul class="card backups">
                    {move || usage.with(|u| u.1.clone()).into_iter().map(|(key, units)| {
                        let k1 = key.clone();
                        let k2 = key.clone();
                        let label = key.trim_start_matches(persist::BACKUP_PREFIX).to_string();
                        view! {
                            <li>
                                <span>{label.clone()}" · "{move || bytes(store.lang.get(), units * 2)}</span>
                                <button on:click=move |_| store.download_backup(&k1)>{t(K::BackupDownload)}<span class="visually-hidden">" "{label.clone()}</span></button>
                                <button class="ghost danger" on:click=move |_| { persist::remove(&k2); store.meta.update(|_| {}); }>{t(K::BackupDelete)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>

            <h2>{t(K::ReplaceTitle)}</h2>
            <div class="card">
                <p class="hint">{t(K::ReplaceNote)}</p>
                <div class="row">
                    <button on:click=move |_| {
                        let mut ws = sample::example(browser::today());
                        ws.name = store.t(K::ExampleName).to_string();
                        store.dispatch(Op::ReplaceAll(Box::new(ws)));
                    }>{t(K::ReplaceWithExample)}</button>
                    <button class="danger" on:click=move |_| {
                        store.dispatch(Op::ReplaceAll(Box::new(Workspace::empty(store.t(K::NewWorkspaceName)))));
                    }>{t(K::ReplaceWithEmpty)}</button>
                </div>
            </div>
        </section>
    }
}
