//! Settings: language, workspace name and sprint length, what the browser
//! keeps for us (quota use, persistence, backups), and starting over.

use crate::domain::ops::Op;
use crate::domain::{fields, sample, Settings as WsSettings, Workspace};
use crate::i18n::{bytes, trf, Lang, K};
use crate::ui::widgets::field_error;
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

            <TeamSettings />

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
                                <button on:click=move |_| store.download_backup(&k1) data-name=label.clone()>{t(K::BackupDownload)}</button>
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

/// Board and calendar settings: WIP limits, the working day, the skills list.
#[component]
fn TeamSettings() -> impl IntoView {
    let store = use_store();
    let settings = move || store.ws.with_untracked(|w| w.settings.clone());
    let save = move |s: WsSettings| {
        if store.ws.with_untracked(|w| w.settings != s) {
            store.dispatch(Op::SetSettings(s));
        }
    };
    let wip_text = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    let field = |id: &'static str, label: K, get: fn(&WsSettings) -> Option<u32>, set: fn(&mut WsSettings, Option<u32>)| {
        let text = RwSignal::new(wip_text(get(&settings())));
        // Undo, redo and imports change the setting under the field.
        Effect::new(move |_| {
            let v = store.ws.with(|w| get(&w.settings));
            if fields::whole(&text.get_untracked(), 1, 999) != Ok(v) {
                text.set(wip_text(v));
            }
        });
        let error = move || fields::whole(&text.get(), 1, 999).err().map(|e| field_error(store.lang.get(), e));
        let err_id = format!("{id}-err");
        let err_id2 = err_id.clone();
        view! {
            <label for=id>{t(label)}</label>
            <div>
                <input id=id type="text" inputmode="numeric" placeholder=t(K::NoLimit) prop:value=move || text.get()
                    aria-invalid=move || error().is_some().then_some("true") aria-describedby=move || error().is_some().then(|| err_id2.clone())
                    on:input=move |e| text.set(event_target_value(&e))
                    on:change=move |_| if let Ok(v) = fields::whole(&text.get_untracked(), 1, 999) {
                        let mut s = settings();
                        set(&mut s, v);
                        save(s);
                    } />
                {move || error().map(|m| view! { <p id=err_id.clone() class="field-error" role="alert">{m}</p> })}
            </div>
        }
    };
    let hours_error = RwSignal::new(false);
    let set_hours = move |start: Option<u8>, end: Option<u8>| {
        let mut s = settings();
        let (a, b) = (start.unwrap_or(s.day_start), end.unwrap_or(s.day_end));
        if !crate::domain::calendar::check_working_day(a, b) {
            hours_error.set(true);
            return;
        }
        hours_error.set(false);
        s.day_start = a;
        s.day_end = b;
        save(s);
    };
    let skills = RwSignal::new(settings().skills.join(", "));
    view! {
        <h2>{t(K::BoardSettings)}</h2>
        <div class="card form-grid">
            {field("wip-todo", K::WipTodo, |s| s.wip.todo, |s, v| s.wip.todo = v)}
            {field("wip-doing", K::WipDoing, |s| s.wip.doing, |s, v| s.wip.doing = v)}
            {field("wip-done", K::WipDone, |s| s.wip.done, |s, v| s.wip.done = v)}
            <label for="day-start">{t(K::DayStarts)}</label>
            <select id="day-start" prop:value=move || store.ws.with(|w| w.settings.day_start.to_string())
                on:change=move |e| set_hours(event_target_value(&e).parse().ok(), None)>
                {(0..24u8).map(|h| view! { <option value=h.to_string()>{format!("{h:02}:00")}</option> }).collect_view()}
            </select>
            <label for="day-end">{t(K::DayEnds)}</label>
            <div>
                <select id="day-end" prop:value=move || store.ws.with(|w| w.settings.day_end.to_string())
                    on:change=move |e| set_hours(None, event_target_value(&e).parse().ok())>
                    {(1..=24u8).map(|h| view! { <option value=h.to_string()>{format!("{h:02}:00")}</option> }).collect_view()}
                </select>
                <Show when=move || hours_error.get()><p class="field-error" role="alert">{t(K::ErrDayHours)}</p></Show>
            </div>
            <label for="skills-list">{t(K::SkillsList)}</label>
            <input id="skills-list" type="text" prop:value=move || skills.get() on:input=move |e| skills.set(event_target_value(&e))
                on:change=move |_| {
                    let list = fields::tags(&skills.get_untracked());
                    if !list.is_empty() {
                        let mut s = settings();
                        s.skills = list;
                        save(s);
                    }
                } />
        </div>
    }
}

