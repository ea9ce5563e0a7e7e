//! Review, retrospective and close. What the team writes is saved as it
//! goes (nothing is lost if the meeting is interrupted); closing moves each
//! unfinished item where the team chose and makes the sprint read-only.
//! A closed sprint stays readable here, and its retro actions can still
//! become backlog items.

use crate::domain::ops::{Op, Record};
use crate::domain::sprint::{self, CarryTo};
use crate::domain::{Id, ItemStatus, Retro, ScopeChangeKind, Sprint, SprintState};
use crate::domain::kpi;
use crate::i18n::{number, tr, trf, week_short, K};
use crate::ui::kpis::KpiStatus;
use crate::state::{browser, use_store, Store};
use crate::ui::t;
use leptos::prelude::*;

fn sprint_of(store: Store, id: &Id) -> Option<Sprint> {
    store.ws.with_untracked(|w| w.sprints.iter().find(|s| &s.id == id).cloned())
}

#[component]
pub fn Review(sprint: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(sprint);
    let state = Memo::new(move |_| store.ws.with(|w| w.sprints.iter().find(|s| s.id == id.get_value()).map(|s| s.state)));
    move || match state.get() {
        None => ().into_any(),
        Some(SprintState::Planned) => view! { <p class="empty">{t(K::ReviewNotYet)}</p> }.into_any(),
        Some(st) => {
            let open = st == SprintState::Active;
            view! {
                <div class="review">
                    <Delivered id=id />
                    <ReviewNotes id=id open=open />
                    <RetroBoard id=id open=open />
                    <ScopeLog id=id />
                    {open.then(|| view! { <CloseSprint id=id /> })}
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn Delivered(id: StoredValue<Id>) -> impl IntoView {
    let store = use_store();
    // Each delivered item with the metric its story named and, when the KPI
    // sheet has that metric, where it stood during the sprint (its latest
    // week with a figure, up to today).
    let done = Memo::new(move |_| {
        store.ws.with(|w| {
            let span = w.sprints.iter().find(|s| s.id == id.get_value()).map(|s| (s.start, s.end.min(browser::today())));
            w.backlog
                .iter()
                .filter(|i| i.sprint.as_ref() == Some(&id.get_value()) && i.status == ItemStatus::Done)
                .map(|i| {
                    let reading = span.filter(|_| !i.story.kpi.trim().is_empty()).and_then(|(from, to)| {
                        let r = kpi::reading(&w.kpis, &i.story.kpi, from, to)?;
                        let unit = w.kpis.iter().find(|k| k.id == r.kpi)?.unit;
                        Some((r, unit))
                    });
                    (i.title.clone(), i.story.kpi.clone(), i.estimate_hours.unwrap_or(0.0), reading)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="delivered-title">
            <h2 id="delivered-title">{t(K::Delivered)}" "<span class="count">{move || done.with(Vec::len)}</span></h2>
            <Show when=move || done.with(Vec::is_empty)><p class="empty">{t(K::NothingDelivered)}</p></Show>
            <ul class="delivered">
                {move || done.get().into_iter().map(|(title, kpi, h, reading)| view! {
                    <li><span class="title">{title}</span>" "<span class="hours">{format!("{} h", number(h))}</span>
                        {(!kpi.is_empty()).then(|| view! { " " <span class="kpi-chip">{move || trf(store.lang.get(), K::MovesKpi, &[("kpi", &kpi)])}</span> })}
                        {reading.map(|(r, unit)| view! {
                            " " <span class="kpi-reading">{move || {
                                let lang = store.lang.get();
                                trf(lang, K::KpiReading, &[("value", &crate::ui::kpis::shown(lang, Some(r.value), unit)), ("week", &week_short(lang, &r.week))])
                            }}</span>
                            {r.status.map(|s| view! { " " <KpiStatus status=Some(s) /> })}
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ReviewNotes(id: StoredValue<Id>, open: bool) -> impl IntoView {
    let store = use_store();
    let text = RwSignal::new(sprint_of(store, &id.get_value()).map(|s| s.review).unwrap_or_default());
    let save = move || {
        let Some(mut s) = sprint_of(store, &id.get_value()) else { return };
        let v = text.get_untracked().trim().to_string();
        if s.review != v {
            s.review = v;
            store.dispatch(Op::Replace(Record::Sprint(s)));
        }
    };
    view! {
        <section class="card" aria-labelledby="review-title">
            <h2 id="review-title">{t(K::ReviewTitle)}</h2>
            {if open {
                view! {
                    <label for="review-notes">{t(K::ReviewNotes)}</label>
                    <textarea id="review-notes" rows="4" prop:value=move || text.get()
                        on:input=move |e| text.set(event_target_value(&e)) on:change=move |_| save()></textarea>
                }.into_any()
            } else {
                let v = text.get_untracked();
                view! { <p class="review-text">{if v.is_empty() { tr(store.lang.get_untracked(), K::NoReviewNotes).to_string() } else { v }}</p> }.into_any()
            }}
        </section>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Part {
    WentWell,
    ToImprove,
    Actions,
}

fn part_of(r: &mut Retro, p: Part) -> &mut Vec<String> {
    match p {
        Part::WentWell => &mut r.went_well,
        Part::ToImprove => &mut r.to_improve,
        Part::Actions => &mut r.actions,
    }
}

fn edit_retro(store: Store, id: &Id, f: impl FnOnce(&mut Retro)) {
    let Some(mut s) = sprint_of(store, id) else { return };
    f(&mut s.retro);
    store.dispatch(Op::Replace(Record::Sprint(s)));
}

#[component]
fn RetroBoard(id: StoredValue<Id>, open: bool) -> impl IntoView {
    view! {
        <section class="card retro" aria-labelledby="retro-title">
            <h2 id="retro-title">{t(K::RetroTitle)}</h2>
            <div class="retro-cols">
                <RetroPart id=id open=open part=Part::WentWell title=K::WentWell slug="went-well" />
                <RetroPart id=id open=open part=Part::ToImprove title=K::ToImprove slug="to-improve" />
                <RetroPart id=id open=open part=Part::Actions title=K::RetroActions slug="actions" />
            </div>
        </section>
    }
}

#[component]
fn RetroPart(id: StoredValue<Id>, open: bool, part: Part, title: K, slug: &'static str) -> impl IntoView {
    let store = use_store();
    let entries = Memo::new(move |_| {
        store.ws.with(|w| {
            let s = w.sprints.iter().find(|s| s.id == id.get_value());
            let mut r = s.map(|s| s.retro.clone()).unwrap_or_default();
            part_of(&mut r, part).iter().enumerate().map(|(k, e)| (k, e.clone(), sprint::retro_action_in_backlog(&w.backlog, e))).collect::<Vec<_>>()
        })
    });
    let draft = RwSignal::new(String::new());
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let v = draft.get_untracked().trim().to_string();
        if v.is_empty() {
            return;
        }
        edit_retro(store, &id.get_value(), |r| part_of(r, part).push(v));
        draft.set(String::new());
    };
    let to_backlog = move |text: String| {
        let Some(s) = sprint_of(store, &id.get_value()) else { return };
        let item = sprint::retro_item(browser::new_id("it"), &text, &s.name);
        let at = store.ws.with_untracked(|w| w.backlog.len());
        if store.dispatch(Op::Insert { at, record: Record::Item(item) }) {
            store.notify(trf(store.lang.get_untracked(), K::RetroAdded, &[("title", &text)]), true);
        }
    };
    let input_id = format!("retro-{slug}");
    view! {
        <div class=format!("retro-part {slug}")>
            <h3 id=format!("{slug}-title")>{t(title)}</h3>
            <ul>
                {move || entries.get().into_iter().map(|(k, text, in_backlog)| {
                    let t2 = text.clone();
                    let t3 = text.clone();
                    view! {
                        <li>
                            <span>{text}</span>
                            {(part == Part::Actions).then(|| if in_backlog {
                                view! { <span class="badge ok">"✓ "{t(K::InBacklog)}</span> }.into_any()
                            } else {
                                view! { <button class="ghost" aria-label=move || format!("{}: {}", store.t(K::ActionToBacklog), t3) on:click=move |_| to_backlog(t2.clone())>{t(K::ActionToBacklog)}</button> }.into_any()
                            })}
                            {open.then(|| view! {
                                <button class="icon-btn ghost" aria-label=move || format!("{} {}", store.t(K::Delete), text_of(k, entries))
                                    on:click=move |_| edit_retro(store, &id.get_value(), |r| { let v = part_of(r, part); if k < v.len() { v.remove(k); } })>"×"</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {open.then(|| view! {
                <form class="row" on:submit=add>
                    <label class="visually-hidden" for=input_id.clone()>{t(title)}</label>
                    <input id=input_id type="text" autocomplete="off" prop:value=move || draft.get() on:input=move |e| draft.set(event_target_value(&e)) />
                    <button type="submit">{t(K::AddEntry)}<span class="visually-hidden">" "{t(title)}</span></button>
                </form>
            })}
        </div>
    }
}

fn text_of(k: usize, entries: Memo<Vec<(usize, String, bool)>>) -> String {
    entries.with_untracked(|e| e.get(k).map(|x| x.1.clone()).unwrap_or_default())
}

#[component]
fn ScopeLog(id: StoredValue<Id>) -> impl IntoView {
    let store = use_store();
    let changes = Memo::new(move |_| store.ws.with(|w| w.sprints.iter().find(|s| s.id == id.get_value()).map(|s| s.scope_changes.clone()).unwrap_or_default()));
    view! {
        <section class="card" aria-labelledby="scope-log-title">
            <h2 id="scope-log-title">{t(K::ScopeChanges)}" "<span class="count">{move || changes.with(Vec::len)}</span></h2>
            <Show when=move || changes.with(Vec::is_empty) fallback=move || view! {
                <table class="data">
                    <thead><tr>
                        <th scope="col">{t(K::When)}</th><th scope="col">{t(K::Who)}</th><th scope="col">{t(K::What)}</th><th scope="col">{t(K::Why)}</th>
                    </tr></thead>
                    <tbody>{move || changes.get().into_iter().map(|c| view! {
                        <tr>
                            <td>{crate::domain::date::format(c.on)}</td>
                            <td>{c.who}</td>
                            <td>{move || trf(store.lang.get(), if c.kind == ScopeChangeKind::Added { K::ScopeAdded } else { K::ScopeRemoved }, &[("title", &c.title), ("hours", &number(c.hours))])}</td>
                            <td>{c.reason}</td>
                        </tr>
                    }).collect_view()}</tbody>
                </table>
            }>
                <p class="empty">{t(K::NoScopeChanges)}</p>
            </Show>
        </section>
    }
}

#[component]
fn CloseSprint(id: StoredValue<Id>) -> impl IntoView {
    let store = use_store();
    let unfinished = Memo::new(move |_| {
        store.ws.with(|w| {
            w.backlog
                .iter()
                .filter(|i| i.sprint.as_ref() == Some(&id.get_value()) && i.status != ItemStatus::Done)
                .map(|i| (i.id.clone(), i.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let choices = RwSignal::new(Vec::<(Id, CarryTo)>::new());
    let choice_of = move |item: &Id| choices.with(|c| c.iter().find(|(i, _)| i == item).map_or(CarryTo::NextSprint, |(_, c)| *c));
    let next_name = Memo::new(move |_| {
        store.ws.with(|w| {
            let s = w.sprints.iter().find(|s| s.id == id.get_value())?;
            sprint::next_sprint(&w.sprints, s).map(|n| n.name.clone())
        })
    });
    let close = move |_| {
        let op = store.ws.with_untracked(|w| {
            let s = w.sprints.iter().find(|s| s.id == id.get_value())?;
            sprint::close(w, &s.id, &s.review, &s.retro, &choices.get_untracked(), browser::new_id("sp"), browser::today())
        });
        if let Some(op) = op {
            if store.dispatch(op) {
                store.notify(tr(store.lang.get_untracked(), K::SprintClosed).to_string(), true);
                // Stay on the sprint just closed: its summary is what the room looks at now.
                let url = crate::ui::route::href_with(crate::ui::route::Area::Sprint, &[("view", "review"), ("sprint", id.get_value().as_str())]);
                let _ = window().location().set_hash(&url);
            }
        }
    };
    view! {
        <section class="card close-sprint" aria-labelledby="close-title">
            <h2 id="close-title">{t(K::CloseSprintTitle)}</h2>
            <Show when=move || !unfinished.with(Vec::is_empty) fallback=|| view! { <p>{t(K::AllDone)}</p> }>
                <p>{t(K::UnfinishedLead)}</p>
                <ul class="carry">
                    <For each=move || unfinished.get() key=|u| u.0.clone() let:u>
                        {
                            let (item, title) = u;
                            let sel_id = format!("carry-{item}");
                            let item2 = item.clone();
                            let next_label = move || {
                                let lang = store.lang.get();
                                next_name.get().map(|n| trf(lang, K::CarryToNamed, &[("sprint", &n)])).unwrap_or_else(|| tr(lang, K::CarryToNext).to_string())
                            };
                            view! {
                                <li class="field">
                                    <label for=sel_id.clone()>{title}</label>
                                    <select id=sel_id prop:value=move || if choice_of(&item) == CarryTo::Backlog { "backlog" } else { "next" }
                                        on:change=move |e| {
                                            let c = if event_target_value(&e) == "backlog" { CarryTo::Backlog } else { CarryTo::NextSprint };
                                            choices.update(|cs| { cs.retain(|(i, _)| i != &item2); cs.push((item2.clone(), c)); });
                                        }>
                                        <option value="next">{next_label}</option>
                                        <option value="backlog">{t(K::CarryToBacklog)}</option>
                                    </select>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
            <button class="primary" on:click=close>{t(K::CloseSprint)}</button>
        </section>
    }
}
