//! Leptos views. Each area has its own folder; views read the store and call
//! its actions, and hold no business rules (those are in `domain`).

mod backlog;
mod focus;
pub mod kpis;
mod meeting;
mod milestones;
pub mod modal;
mod notices;
mod portfolio;
mod present;
pub mod route;
mod settings;
mod sprint;
mod welcome;
pub mod widgets;

use crate::i18n::K;
use crate::state::{use_store, SaveState, Store};
use leptos::prelude::*;
use route::Area;
use wasm_bindgen::JsCast;

pub fn mount() {
    // Readable panics in development; release builds abort without the
    // formatting machinery (it costs bundle bytes, and users get no console).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// Text of a key in the current language (reactive).
pub fn t(k: K) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let store = use_store();
    move || crate::i18n::tr(store.lang.get(), k)
}

/// "Remove" + " " + a name, in the current language (reactive): the part
/// of an accessible name given out of sight (see `[data-name]` in
/// style/main.css) when a button shows an icon only.
pub fn named(k: K, name: impl std::fmt::Display + Send + Sync + 'static) -> impl Fn() -> String + Send + Sync + 'static {
    let f = t(k);
    move || format!("{} {name}", f())
}

#[component]
fn App() -> impl IntoView {
    let store = Store::init();
    let area = route::use_route().area;
    let scope = sprint::Scope::provide();
    let presenting = present::Presenting::provide();

    Effect::new(move |_| {
        let lang = store.lang.get();
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang.code());
        }
    });
    Effect::new(move |_| {
        let title = match (store.started.get(), area.get()) {
            (true, a) => format!("{} · {}", area_name(store, a), store.t(K::AppName)),
            (false, _) => store.t(K::AppName).to_string(),
        };
        document().set_title(&title);
    });

    // A new area starts at its top (the hash changes, the document does not).
    Effect::new(move |prev: Option<Area>| {
        let a = area.get();
        if prev.is_some_and(|p| p != a) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        a
    });
    focus::install();
    window_event_listener(leptos::ev::keydown, move |e| {
        on_shortcut(store, &e);
        present::on_key(store, presenting, &e);
    });
    let dragging = RwSignal::new(false);
    window_event_listener(leptos::ev::dragover, move |e| {
        if has_files(&e) {
            e.prevent_default();
            dragging.set(true);
        }
    });
    window_event_listener(leptos::ev::dragleave, move |e| {
        if e.related_target().is_none() {
            dragging.set(false);
        }
    });
    window_event_listener(leptos::ev::drop, move |e| {
        dragging.set(false);
        if let Some(f) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            e.prevent_default();
            store.import_file(f);
        }
    });

    view! {
        <div class="page" hidden=move || presenting.on.get() inert=move || presenting.on.get() || store.pending_import.with(Option::is_some) || store.pending_trello.with(Option::is_some) || scope.is_open()>
        <button class="skip-link" on:click=move |_| focus_main()>{t(K::SkipToContent)}</button>
        <Header area=area />
        <notices::Notices />
        <main id="main" tabindex="-1">
            {move || {
                if !store.started.get() {
                    return view! { <welcome::Welcome /> }.into_any();
                }
                match area.get() {
                    Area::Backlog => view! { <backlog::Backlog /> }.into_any(),
                    Area::Settings => view! { <settings::Settings /> }.into_any(),
                    Area::Portfolio => view! { <portfolio::Portfolio /> }.into_any(),
                    Area::Sprint => view! { <sprint::SprintArea /> }.into_any(),
                    Area::Milestones => view! { <milestones::MilestonesArea /> }.into_any(),
                    Area::Kpis => view! { <kpis::KpisArea /> }.into_any(),
                    Area::Meeting => view! { <meeting::MeetingArea /> }.into_any(),
                }
            }}
        </main>
        </div>
        {move || presenting.on.get().then(|| view! { <present::Presentation /> })}
        <notices::ToastView />
        <notices::ImportDialog />
        <notices::TrelloDialog />
        <sprint::ScopeDialog />
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true"><p>{t(K::DropHere)}</p></div>
        </Show>
    }
}

fn area_name(store: Store, a: Area) -> &'static str {
    store.t(match a {
        Area::Portfolio => K::NavPortfolio,
        Area::Backlog => K::NavBacklog,
        Area::Sprint => K::NavSprint,
        Area::Milestones => K::NavMilestones,
        Area::Kpis => K::NavKpis,
        Area::Meeting => K::NavMeeting,
        Area::Settings => K::NavSettings,
    })
}

/// The translation key of a channel's name.
/// Short name of a weekday.
pub fn weekday_key(d: chrono::Weekday) -> K {
    [K::Mon, K::Tue, K::Wed, K::Thu, K::Fri, K::Sat, K::Sun][d.num_days_from_monday() as usize]
}

/// Short name of a month (1–12).
pub fn month_key(m: u32) -> K {
    [K::Jan, K::Feb, K::Mar, K::Apr, K::May, K::Jun, K::Jul, K::Aug, K::Sep, K::Oct, K::Nov, K::Dec][(m.clamp(1, 12) - 1) as usize]
}

pub fn channel_key(c: crate::domain::Channel) -> K {
    use crate::domain::Channel::*;
    match c {
        Email => K::ChEmail,
        Social => K::ChSocial,
        Seo => K::ChSeo,
        Sea => K::ChSea,
        Content => K::ChContent,
        Display => K::ChDisplay,
        Events => K::ChEvents,
        Pr => K::ChPr,
        Other => K::ChOther,
    }
}

fn focus_main() {
    if let Some(el) = document().get_element_by_id("main") {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().map(|d| d.types().includes(&"Files".into(), 0)).unwrap_or(false)
}

/// The undo keys: Ctrl/⌘+Z is `Some(false)` (undo), Ctrl/⌘+Shift+Z and
/// Ctrl+Y are `Some(true)` (redo); any other key `None`.
pub fn history_key(e: &web_sys::KeyboardEvent) -> Option<bool> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    match e.key().to_ascii_lowercase().as_str() {
        "y" => Some(true),
        "z" => Some(e.shift_key()),
        _ => None,
    }
}

/// Whether the keyboard focus has fallen to the page itself (the control
/// that had it was removed), so something may take it without stealing it.
pub fn focus_lost() -> bool {
    document().active_element().is_none_or(|a| a.tag_name() == "BODY")
}

/// Undoes or redoes the last change, as [`history_key`] said. When the
/// focused control goes with the change (a card's Move button, once the card
/// is back in its column), the keyboard stays with the same record: its
/// control of the same kind, or its first button.
pub fn step_history(store: Store, redo: bool) {
    let active = document().active_element();
    let record = active.as_ref().and_then(|a| a.closest("[data-id]").ok().flatten()).and_then(|r| r.get_attribute("data-id"));
    let act = active.as_ref().and_then(|a| a.get_attribute("data-act"));
    if redo {
        store.redo();
    } else {
        store.undo();
    }
    let Some(id) = record else { return };
    request_animation_frame(move || {
        let lost = focus_lost();
        let Some(el) = lost.then(|| document().query_selector(&format!("[data-id=\"{id}\"]")).ok().flatten()).flatten() else { return };
        let same = act.and_then(|a| el.query_selector(&format!("[data-act=\"{a}\"]")).ok().flatten());
        if let Some(target) = same.or_else(|| el.query_selector("button").ok().flatten()) {
            let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo. Inside a text field that
/// holds text, the browser's own text undo wins.
fn on_shortcut(store: Store, e: &web_sys::KeyboardEvent) {
    let Some(redo) = history_key(e) else { return };
    if let Some(target) = e.target() {
        if let Some(t) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if !t.value().is_empty() {
                return;
            }
        }
        if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
            if matches!(i.type_().as_str(), "text" | "search" | "number" | "") && !i.value().is_empty() {
                return;
            }
        }
    }
    e.prevent_default();
    step_history(store, redo);
}

#[component]
fn Header(area: ReadSignal<Area>) -> impl IntoView {
    let store = use_store();
    let file_input = NodeRef::<leptos::html::Input>::new();
    let save_label = move || match store.save_state.get() {
        SaveState::Saved => store.t(K::SaveSaved),
        SaveState::Pending => store.t(K::SaveSaving),
        SaveState::Failed(_) | SaveState::OnHold => store.t(K::SaveFailed),
    };
    let save_class = move || match store.save_state.get() {
        SaveState::Saved => "save-state ok",
        SaveState::Pending => "save-state pending",
        _ => "save-state bad",
    };
    view! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">"◆"</span>
                <span class="brand-name">{t(K::AppName)}</span>
                <Show when=move || store.started.get()>
                    <span class="ws-name" title=move || store.t(K::WorkspaceLabel)>{move || store.ws.with(|w| w.name.clone())}</span>
                </Show>
            </div>
            <Show when=move || store.started.get()>
                <nav aria-label=t(K::NavLabel) class="areas">
                    <ul>
                        {Area::ALL.into_iter().map(|a| view! {
                            <li>
                                <a href=a.href() aria-current=move || (area.get() == a).then_some("page")>
                                    {move || area_name(store, a)}
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </nav>
            </Show>
            <div class="actions">
                <Show when=move || store.started.get()>
                    <button class="ghost icon-only" on:click=move |_| { store.undo(); } disabled=move || !store.undo_state.get().0 title=t(K::UndoHint)>
                        <span aria-hidden="true">"↶"</span><span class="label">{t(K::Undo)}</span>
                    </button>
                    <button class="ghost icon-only" on:click=move |_| { store.redo(); } disabled=move || !store.undo_state.get().1 title=t(K::RedoHint)>
                        <span aria-hidden="true">"↷"</span><span class="label">{t(K::Redo)}</span>
                    </button>
                    <span class=save_class role="status">{save_label}</span>
                </Show>
                <input type="file" class="visually-hidden" accept=".json,application/json" node_ref=file_input
                    aria-label=t(K::ImportFile) tabindex="-1" aria-hidden="true"
                    on:change=move |e| {
                        let input: web_sys::HtmlInputElement = event_target(&e);
                        if let Some(f) = input.files().and_then(|l| l.get(0)) { store.import_file(f); }
                        input.set_value("");
                    } />
                <Show when=move || store.started.get()>
                    <present::PresentButton />
                </Show>
                <button class="ghost" on:click=move |_| { if let Some(i) = file_input.get() { i.click(); } }>{t(K::Import)}</button>
                <Show when=move || store.started.get()>
                    <button class="primary" on:click=move |_| store.export()>{t(K::Export)}</button>
                </Show>
            </div>
        </header>
    }
}
