//! The weekly marketing meeting (`#/meeting`): the agenda built from the
//! workspace, who sits in the room and what the room costs while it runs,
//! the 60/90-minute timebox, decisions and action items (an action becomes
//! a backlog item in one click), and the meetings already held.
//!
//! Every rule (agenda, cost, timebox, current/past) is in
//! `domain::meeting`; the views only read the clock and call it.

mod agenda;

pub use agenda::{kpi_value, AgendaView, Ticker};

use crate::domain::meeting as mt;
use crate::domain::ops::{Op, Record};
use crate::domain::{date, ActionItem, Attendee, Id, Meeting, Topic};
use crate::i18n::{count, number, tr, trf, K};
use crate::state::{browser, use_store, Store};
use crate::ui::t;
use crate::ui::widgets::{num_error, Num};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Milliseconds since 1970, refreshed every second while the view lives:
/// what the cost ticker and the timebox read. Playwright's fake clock
/// drives both `Date.now` and the interval.
pub fn use_now() -> ReadSignal<f64> {
    let (now, set_now) = signal(browser::now_ms());
    if let Ok(h) = set_interval_with_handle(move || set_now.set(browser::now_ms()), std::time::Duration::from_secs(1)) {
        on_cleanup(move || h.clear());
    }
    now
}

/// A sum of money in the workspace currency, as the meeting shows it.
pub fn money(store: Store, v: f64) -> String {
    store.ws.with(|w| crate::i18n::money(store.lang.get(), v, &w.settings.currency))
}

fn edit(store: Store, id: &Id, f: impl FnOnce(&mut Meeting)) {
    let Some(mut m) = store.ws.with_untracked(|w| w.meetings.iter().find(|m| &m.id == id).cloned()) else { return };
    let before = m.clone();
    f(&mut m);
    if m != before {
        store.dispatch(Op::Replace(Record::Meeting(m)));
    }
}

#[component]
pub fn MeetingArea() -> impl IntoView {
    let store = use_store();
    let today = browser::today();
    let current = Memo::new(move |_| store.ws.with(|w| mt::current(&w.meetings, today).map(|m| m.id.clone())));
    view! {
        <section class="meeting-area" aria-labelledby="meeting-title">
            <div class="area-head">
                <h1 id="meeting-title">{t(K::NavMeeting)}</h1>
            </div>
            {move || match current.get() {
                Some(id) => view! { <Run id=id /> }.into_any(),
                None => view! { <Prepare /> }.into_any(),
            }}
            <Past />
        </section>
    }
}

/// No meeting open: prepare this week's, with last time's attendees.
#[component]
fn Prepare() -> impl IntoView {
    let store = use_store();
    let today = browser::today();
    let prepare = move |_| {
        let mut m = mt::new_meeting(browser::new_id("mt"), today, 60);
        store.ws.with_untracked(|w| {
            if let Some(last) = mt::past(&w.meetings, today).first() {
                m.attendees = last.attendees.clone();
                m.timebox = last.timebox;
            }
        });
        let at = store.ws.with_untracked(|w| w.meetings.len());
        store.dispatch(Op::Insert { at, record: Record::Meeting(m) });
    };
    view! {
        <div class="card meeting-prepare">
            <p>{t(K::MtNoneOpen)}</p>
            <button type="button" class="primary" on:click=prepare>{t(K::MtPrepare)}</button>
        </div>
        <section class="card" aria-labelledby="agenda-title">
            <h2 id="agenda-title">{t(K::MtAgendaPreview)}</h2>
            <AgendaView editable=true />
        </section>
    }
}

#[component]
fn Run(id: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    let meeting = Memo::new(move |_| store.ws.with(|w| w.meetings.iter().find(|m| m.id == id.get_value()).cloned()));
    let started = move || meeting.with(|m| m.as_ref().is_some_and(|m| m.started_ms.is_some()));
    let timebox = move || meeting.with(|m| m.as_ref().map_or(60, |m| m.timebox));
    let start = move |_| edit(store, &id.get_value(), |m| m.started_ms = Some(browser::now_ms()));
    let end = move |_| {
        edit(store, &id.get_value(), |m| m.ended_ms = Some(browser::now_ms()));
        store.notify(tr(store.lang.get_untracked(), K::MtEnded).to_string(), true);
    };
    let title = move || meeting.with(|m| m.as_ref().map(|m| trf(store.lang.get(), K::MtOf, &[("date", &date::format(m.date))])).unwrap_or_default());
    view! {
        <div class="meeting-run">
            <section class="card meeting-clock" aria-labelledby="clock-title">
                <h2 id="clock-title">{title}</h2>
                <fieldset class="timebox">
                    <legend>{t(K::MtTimebox)}</legend>
                    {mt::TIMEBOXES.into_iter().map(|mins| view! {
                        <label class="radio">
                            <input type="radio" name="timebox" value=mins.to_string() prop:checked=move || timebox() == mins
                                on:change=move |_| edit(store, &id.get_value(), |m| m.timebox = mins) />
                            {move || trf(store.lang.get(), K::MtMinutes, &[("n", &mins.to_string())])}
                        </label>
                    }).collect_view()}
                </fieldset>
                <Ticker id=id.get_value() />
                <div class="row">
                    {move || if started() {
                        view! { <button type="button" class="primary" on:click=end>{t(K::MtEnd)}</button> }.into_any()
                    } else {
                        {
                            // Prepared from the form above, whose button is now
                            // gone: the keyboard goes on here rather than at the
                            // top of the page (only when it was lost).
                            let start_ref = NodeRef::<leptos::html::Button>::new();
                            Effect::new(move |_| {
                                if let Some(b) = start_ref.get() {
                                    if crate::ui::focus_lost() {
                                        let _ = b.focus();
                                    }
                                }
                            });
                            view! { <button type="button" id="meeting-start" class="primary" node_ref=start_ref on:click=start>{t(K::MtStart)}</button> }.into_any()
                        }
                    }}
                </div>
            </section>
            <Attendees id=id.get_value() />
            <section class="card" aria-labelledby="agenda-title">
                <h2 id="agenda-title">{t(K::MtAgenda)}</h2>
                <AgendaView editable=true />
            </section>
            <Decisions id=id.get_value() />
            <Actions id=id.get_value() />
            // Not a named region: the heading is the field's label.
            <section class="card">
                <h2 id="notes-title"><label for="mt-notes">{t(K::MtNotes)}</label></h2>
                <textarea id="mt-notes" rows="4" prop:value=move || meeting.with(|m| m.as_ref().map(|m| m.notes.clone()).unwrap_or_default())
                    on:change=move |e| { let v = event_target_value(&e); edit(store, &id.get_value(), |m| m.notes = v); }></textarea>
            </section>
        </div>
    }
}

#[component]
fn Attendees(id: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    let meeting = Memo::new(move |_| store.ws.with(|w| w.meetings.iter().find(|m| m.id == id.get_value()).cloned()));
    let team = Memo::new(move |_| store.ws.with(|w| w.team.iter().map(|t| (t.id.clone(), t.name.clone(), t.hourly_rate)).collect::<Vec<_>>()));
    let guest = RwSignal::new(String::new());
    let rate = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add_guest = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let lang = store.lang.get_untracked();
        let name = guest.get_untracked().trim().to_string();
        if name.is_empty() {
            problem.set(Some(tr(lang, K::MtGuestNameRequired).into()));
            return;
        }
        if num_error(lang, &rate.get_untracked(), 0.0, mt::MAX_RATE).is_some() {
            // The rate field says what is wrong, at the field: one alert, not two.
            problem.set(None);
            if let Some(el) = document().get_element_by_id("mt-guest-rate") {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            return;
        }
        let r = crate::ui::widgets::typed_number(&rate.get_untracked(), 0.0, mt::MAX_RATE, false).ok().flatten().unwrap_or(0.0);
        problem.set(None);
        edit(store, &id.get_value(), |m| m.attendees.push(Attendee { member: None, name, rate: r }));
        guest.set(String::new());
        rate.set(String::new());
    };
    let cur = move || store.ws.with(|w| w.settings.currency.clone());
    view! {
        <section class="card meeting-attendees" aria-labelledby="attendees-title">
            <h2 id="attendees-title">{t(K::MtAttendees)}</h2>
            {move || team.with(Vec::is_empty).then(|| view! { <p class="hint">{t(K::MtNoTeam)}</p> })}
            <ul class="plain checks">
                {move || team.get().into_iter().map(|(mid, name, r)| {
                    let mid2 = mid.clone();
                    let checked = move || meeting.with(|m| m.as_ref().is_some_and(|m| mt::attends(m, &mid2)));
                    view! {
                        <li><label class="check">
                            <input type="checkbox" prop:checked=checked on:change=move |_| {
                                let next = store.ws.with_untracked(|w| w.meetings.iter().find(|m| m.id == id.get_value()).map(|m| mt::toggle_member(m, w, &mid)));
                                if let Some(next) = next { store.dispatch(Op::Replace(Record::Meeting(next))); }
                            } />
                            {name}<span class="hint">{move || format!(" · {} {}/h", number(r), cur())}</span>
                        </label></li>
                    }
                }).collect_view()}
            </ul>
            <h3>{t(K::MtGuests)}</h3>
            <ul class="plain">
                {move || meeting.with(|m| m.as_ref().map(|m| m.attendees.iter().enumerate().filter(|(_, a)| a.member.is_none()).map(|(k, a)| (k, a.name.clone(), a.rate)).collect::<Vec<_>>()).unwrap_or_default())
                    .into_iter().map(|(k, name, r)| {
                        let n2 = name.clone();
                        view! {
                            <li class="row">
                                <span>{name}<span class="hint">{move || format!(" · {} {}/h", number(r), cur())}</span></span>
                                <button type="button" class="ghost icon-btn" aria-label=move || format!("{} {}", store.t(K::MtRemove), n2)
                                    on:click=move |_| edit(store, &id.get_value(), |m| { if k < m.attendees.len() { m.attendees.remove(k); } })>"×"</button>
                            </li>
                        }
                    }).collect_view()}
            </ul>
            <form class="row wrap guest-form" on:submit=add_guest>
                <div class="field">
                    <label for="mt-guest">{t(K::MtGuestName)}</label>
                    <input id="mt-guest" type="text" autocomplete="off" prop:value=move || guest.get() on:input=move |e| guest.set(event_target_value(&e)) />
                </div>
                <Num id="mt-guest-rate" label=Signal::derive(move || trf(store.lang.get(), K::MtRatePerHour, &[("cur", &cur())])) value=rate min=0.0 max=mt::MAX_RATE />
                <button type="submit">{t(K::MtAddGuest)}</button>
            </form>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        </section>
    }
}

#[component]
fn Decisions(id: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    let list = Memo::new(move |_| store.ws.with(|w| w.meetings.iter().find(|m| m.id == id.get_value()).map(|m| m.decisions.clone()).unwrap_or_default()));
    let draft = RwSignal::new(String::new());
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let v = draft.get_untracked().trim().to_string();
        if v.is_empty() {
            return;
        }
        edit(store, &id.get_value(), |m| m.decisions.push(v));
        draft.set(String::new());
    };
    view! {
        // Not a named region: its name ("Decisions") would also answer a
        // search for the label "Decision" of its field (a test's getByLabel).
        <section class="card">
            <h2 id="decisions-title">{t(K::MtDecisions)}</h2>
            {move || list.with(Vec::is_empty).then(|| view! { <p class="hint">{t(K::MtNoDecision)}</p> })}
            <ol class="decisions">
                {move || list.get().into_iter().enumerate().map(|(k, d)| {
                    let d2 = d.clone();
                    view! {
                        <li class="row between">
                            <span>{d}</span>
                            <button type="button" class="ghost icon-btn" aria-label=move || format!("{} {}", store.t(K::Delete), d2)
                                on:click=move |_| edit(store, &id.get_value(), |m| { if k < m.decisions.len() { m.decisions.remove(k); } })>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <form class="row" on:submit=add>
                <div class="field grow">
                    <label for="mt-decision">{t(K::MtDecision)}</label>
                    <input id="mt-decision" type="text" autocomplete="off" prop:value=move || draft.get() on:input=move |e| draft.set(event_target_value(&e)) />
                </div>
                <button type="submit">{t(K::MtRecordDecision)}</button>
            </form>
        </section>
    }
}

#[component]
fn Actions(id: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    let list = Memo::new(move |_| store.ws.with(|w| w.meetings.iter().find(|m| m.id == id.get_value()).map(|m| m.actions.clone()).unwrap_or_default()));
    let team = Memo::new(move |_| store.ws.with(|w| w.team.iter().map(|t| t.name.clone()).collect::<Vec<_>>()));
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let v = text.get_untracked().trim().to_string();
        if v.is_empty() {
            return;
        }
        let o = owner.get_untracked().trim().to_string();
        edit(store, &id.get_value(), |m| m.actions.push(ActionItem { text: v, owner: o, item: None }));
        text.set(String::new());
        owner.set(String::new());
    };
    let to_backlog = move |k: usize| {
        let Some(m) = store.ws.with_untracked(|w| w.meetings.iter().find(|m| m.id == id.get_value()).cloned()) else { return };
        let Some(a) = m.actions.get(k).cloned() else { return };
        if a.item.is_some() {
            return;
        }
        let item = mt::action_item(browser::new_id("it"), &a, m.date);
        let item_id = item.id.clone();
        let mut next = m.clone();
        next.actions[k].item = Some(item_id);
        let at = store.ws.with_untracked(|w| w.backlog.len());
        // One step: the item and the link to it, so undo takes both back.
        if store.dispatch(Op::Batch(vec![Op::Insert { at, record: Record::Item(item) }, Op::Replace(Record::Meeting(next))])) {
            store.notify(trf(store.lang.get_untracked(), K::RetroAdded, &[("title", &a.text)]), true);
        }
    };
    view! {
        // Not a named region, as for the decisions ("Action item" field).
        <section class="card">
            <h2 id="actions-title">{t(K::MtActions)}</h2>
            {move || list.with(Vec::is_empty).then(|| view! { <p class="hint">{t(K::MtNoAction)}</p> })}
            <ul class="plain action-items">
                {move || list.get().into_iter().enumerate().map(|(k, a)| {
                    let t2 = a.text.clone();
                    let t3 = a.text.clone();
                    let in_backlog = a.item.is_some();
                    view! {
                        <li class="row wrap between">
                            <span><strong>{a.text.clone()}</strong>{(!a.owner.is_empty()).then(|| view! { <span class="hint">" · "{a.owner.clone()}</span> })}</span>
                            <span class="row">
                                {if in_backlog {
                                    view! { <span class="badge ok">"✓ "{t(K::InBacklog)}</span> }.into_any()
                                } else {
                                    view! { <button type="button" class="secondary" aria-label=move || format!("{}: {}", store.t(K::ActionToBacklog), t2) on:click=move |_| to_backlog(k)>{t(K::ActionToBacklog)}</button> }.into_any()
                                }}
                                <button type="button" class="ghost icon-btn" aria-label=move || format!("{} {}", store.t(K::Delete), t3)
                                    on:click=move |_| edit(store, &id.get_value(), |m| { if k < m.actions.len() { m.actions.remove(k); } })>"×"</button>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form class="row wrap" on:submit=add>
                <div class="field grow">
                    <label for="mt-action">{t(K::MtAction)}</label>
                    <input id="mt-action" type="text" autocomplete="off" prop:value=move || text.get() on:input=move |e| text.set(event_target_value(&e)) />
                </div>
                <div class="field">
                    <label for="mt-owner">{t(K::MtOwner)}</label>
                    <input id="mt-owner" type="text" list="mt-owners" autocomplete="off" prop:value=move || owner.get() on:input=move |e| owner.set(event_target_value(&e)) />
                    <datalist id="mt-owners">{move || team.get().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}</datalist>
                </div>
                <button type="submit">{t(K::MtAddAction)}</button>
            </form>
        </section>
    }
}

/// Meetings already held, newest first, each readable in full.
#[component]
fn Past() -> impl IntoView {
    let store = use_store();
    let today = browser::today();
    let past = Memo::new(move |_| store.ws.with(|w| mt::past(&w.meetings, today).into_iter().cloned().collect::<Vec<_>>()));
    view! {
        <section class="meeting-past" aria-labelledby="past-title">
            <h2 id="past-title">{t(K::MtPast)}</h2>
            {move || past.with(Vec::is_empty).then(|| view! { <p class="hint">{t(K::MtNoPast)}</p> })}
            {move || past.get().into_iter().map(|m| {
                let lang = store.lang.get();
                let end = m.ended_ms.or(m.started_ms).unwrap_or(0.0);
                let mins = (mt::elapsed_ms(&m, end) / 60_000.0).round();
                let summary = format!(
                    "{} · {} · {} · {}",
                    date::format(m.date),
                    trf(lang, K::MtMinutes, &[("n", &number(mins))]),
                    money(store, mt::cost(&m, end)),
                    count(lang, K::MtDecisionsOne, K::MtDecisionsMany, m.decisions.len()),
                );
                let name = summary.clone();
                let people = m.attendees.iter().map(|a| a.name.clone()).collect::<Vec<_>>().join(", ");
                view! {
                    // Named by its summary line: a group without a name is
                    // one of several identical "group"s to a screen reader.
                    <details class="card past-meeting" aria-label=name>
                        <summary>{summary}</summary>
                        <p><strong>{t(K::MtAttendees)}": "</strong>{if people.is_empty() { "—".to_string() } else { people }}</p>
                        <h3>{t(K::MtDecisions)}</h3>
                        <ol>{m.decisions.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ol>
                        <h3>{t(K::MtActions)}</h3>
                        <ul>{m.actions.iter().map(|a| view! {
                            <li>{a.text.clone()}{(!a.owner.is_empty()).then(|| format!(" · {}", a.owner))}{a.item.is_some().then(|| view! { " " <span class="badge ok">"✓ "{t(K::InBacklog)}</span> })}</li>
                        }).collect_view()}</ul>
                        {(!m.notes.is_empty()).then(|| view! { <h3>{t(K::MtNotes)}</h3><p class="pre">{m.notes.clone()}</p> })}
                    </details>
                }
            }).collect_view()}
        </section>
    }
}

/// Adds a topic the team wants to discuss (kept across meetings until done).
pub fn add_topic(store: Store, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let at = store.ws.with_untracked(|w| w.topics.len());
    store.dispatch(Op::Insert { at, record: Record::Topic(Topic { id: browser::new_id("tp"), text: text.to_string(), done: false }) });
}
