//! Sprint planning: the sprint's name, goal and dates; its items; the
//! ranked backlog to pick from; and the team's capacity against what is
//! committed, in total and per skill, with a warning when over. Starting
//! the sprint locks its scope.

use super::scope::{request_move, request_remove, use_scope};
use crate::domain::backlog::{self, RankBy};
use crate::domain::ops::{Op, Record};
use crate::domain::sprint::{self, DatesProblem, StartProblem};
use crate::domain::{date, Id, ItemStatus, SprintState};
use crate::i18n::{number, tr, trf, K};
use crate::state::use_store;
use crate::ui::t;
use crate::ui::widgets::Choice;
use leptos::prelude::*;

/// How many ranked backlog items the picker lists.
const PICK: usize = 30;

#[component]
pub fn Plan(sprint: Id) -> impl IntoView {
    let sid = StoredValue::new(sprint.clone());
    view! {
        <div class="plan">
            <Details sprint=sprint.clone() />
            <Capacity sprint=sprint.clone() />
            <div class="plan-lists">
                <Committed sprint=sid />
                <Picker sprint=sid />
            </div>
        </div>
    }
}

#[component]
fn Details(sprint: Id) -> impl IntoView {
    let store = use_store();
    let s = store.ws.with_untracked(|w| w.sprints.iter().find(|s| s.id == sprint).cloned());
    let Some(s) = s else { return ().into_any() };
    let name = RwSignal::new(s.name.clone());
    let goal = RwSignal::new(s.goal.clone());
    let start = RwSignal::new(date::format(s.start));
    let end = RwSignal::new(date::format(s.end));
    let tried = RwSignal::new(false);
    let name_missing = move || name.with(|n| n.trim().is_empty());
    // (message, shown before the first save): dates that contradict the
    // rules say so at once; a missing one waits for the save.
    let dates_problem = move || -> Option<(K, bool)> {
        match (date::parse(&start.get()), date::parse(&end.get())) {
            (Some(a), Some(b)) => sprint::check_dates(a, b).err().map(|p| match p {
                DatesProblem::EndBeforeStart => (K::ErrEndBeforeStart, true),
                DatesProblem::TooLong => (K::ErrSprintTooLong, true),
            }),
            _ => Some((K::ErrDateRequired, false)),
        }
    };
    let problem = move || name_missing() || dates_problem().is_some();
    let saved = RwSignal::new(false);
    let id = StoredValue::new(sprint);
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        if problem() {
            return;
        }
        let Some(mut s) = store.ws.with_untracked(|w| w.sprints.iter().find(|s| s.id == id.get_value()).cloned()) else { return };
        s.name = name.get_untracked().trim().to_string();
        s.goal = goal.get_untracked().trim().to_string();
        s.start = date::parse(&start.get_untracked()).unwrap_or(s.start);
        s.end = date::parse(&end.get_untracked()).unwrap_or(s.end);
        if store.dispatch(Op::Replace(Record::Sprint(s))) {
            saved.set(true);
        }
    };
    let state = s.state;
    let start_problem = Memo::new(move |_| store.ws.with(|w| sprint::can_start(&w.sprints, &id.get_value()).err()));
    let start_sprint = move |_| {
        let Some(mut s) = store.ws.with_untracked(|w| w.sprints.iter().find(|s| s.id == id.get_value()).cloned()) else { return };
        if start_problem.get_untracked().is_none() {
            s.state = SprintState::Active;
            store.dispatch(Op::Replace(Record::Sprint(s)));
        }
    };
    let delete = move |_| {
        if let Some(op) = store.ws.with_untracked(|w| sprint::delete_sprint(w, &id.get_value())) {
            store.dispatch(op);
            let _ = window().location().set_hash(&crate::ui::route::href_with(crate::ui::route::Area::Sprint, &[("view", "plan")]));
        }
    };
    let name_err = move || tried.get() && name_missing();
    let dates_err = move || dates_problem().filter(|(_, now)| *now || tried.get()).map(|(k, _)| k);
    let start_bad = move || tried.get() && date::parse(&start.get()).is_none();
    view! {
        <form class="sprint-details card" on:submit=save novalidate on:input=move |_| saved.set(false)>
            <h2>{t(K::SprintDetails)}</h2>
            <div class="grid3">
                <div class="field">
                    <label for="sprint-name">{t(K::SprintName)}</label>
                    <input id="sprint-name" type="text" prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))
                        aria-invalid=move || name_err().then_some("true") aria-describedby=move || name_err().then_some("sprint-name-error") />
                    <Show when=name_err><p id="sprint-name-error" class="field-error" role="alert">{t(K::SprintNameRequired)}</p></Show>
                </div>
                <div class="field">
                    <label for="sprint-start">{t(K::StartDate)}</label>
                    <input id="sprint-start" type="date" prop:value=move || start.get() on:input=move |e| start.set(event_target_value(&e))
                        aria-invalid=move || start_bad().then_some("true") />
                </div>
                <div class="field">
                    <label for="sprint-end">{t(K::EndDate)}</label>
                    <input id="sprint-end" type="date" prop:value=move || end.get() on:input=move |e| end.set(event_target_value(&e))
                        aria-invalid=move || dates_err().is_some().then_some("true") aria-describedby=move || dates_err().is_some().then_some("sprint-error") />
                    {move || dates_err().map(|k| view! { <p id="sprint-error" class="field-error" role="alert">{t(k)}</p> })}
                </div>
                <div class="field full">
                    <label for="sprint-goal">{t(K::SprintGoal)}</label>
                    <input id="sprint-goal" type="text" prop:value=move || goal.get() on:input=move |e| goal.set(event_target_value(&e)) />
                </div>
            </div>
            <div class="row">
                <button type="submit">{t(K::SaveSprint)}</button>
                <Show when=move || saved.get()><span role="status" class="saved-note">{t(K::SaveSaved)}</span></Show>
                {(state == SprintState::Planned).then(|| view! {
                    <button type="button" class="primary" disabled=move || start_problem.get().is_some() on:click=start_sprint
                        aria-describedby="start-note">{t(K::StartSprint)}</button>
                    <span id="start-note" class="hint">{move || match start_problem.get() {
                        Some(StartProblem::AnotherActive(n)) => trf(store.lang.get(), K::CloseOtherFirst, &[("sprint", &n)]),
                        _ => tr(store.lang.get(), K::StartLocksScope).to_string(),
                    }}</span>
                    <button type="button" class="ghost danger" on:click=delete>{t(K::DeleteSprint)}</button>
                })}
            </div>
        </form>
    }
    .into_any()
}

#[component]
fn Capacity(sprint: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(sprint);
    let cap = Memo::new(move |_| {
        store.ws.with(|w| w.sprints.iter().find(|s| s.id == id.get_value()).map(|s| sprint::capacity(&w.team, s, &w.backlog)))
    });
    move || {
        let c = cap.get()?;
        let lang = store.lang.get();
        let pct = if c.supply > 0.0 { (c.demand / c.supply * 100.0).round() } else if c.demand > 0.0 { 999.0 } else { 0.0 };
        let over_skills: Vec<String> = c.by_skill.iter().filter(|(_, s, d)| *d > *s + 1e-9).map(|(k, s, d)| format!("{k} (+{} h)", number(((d - s) * 10.0).round() / 10.0))).collect();
        Some(view! {
            <section class=if c.over() { "capacity card over" } else { "capacity card" } aria-labelledby="capacity-title">
                <h2 id="capacity-title">{t(K::CapacityTitle)}</h2>
                <p class="capacity-total">{trf(lang, K::CapacityLine, &[("demand", &number((c.demand * 10.0).round() / 10.0)), ("supply", &number((c.supply * 10.0).round() / 10.0)), ("pct", &number(pct))])}</p>
                <div class="meter" aria-hidden="true"><span style=format!("width:{}%", pct.min(100.0))></span></div>
                {c.over().then(|| view! {
                    <p class="notice danger" role="alert">{trf(lang, K::OverCapacity, &[("n", &number(((c.demand - c.supply) * 10.0).round() / 10.0))])}</p>
                })}
                {(!over_skills.is_empty()).then(|| view! {
                    <p class="notice warning" role="alert">{trf(lang, K::OverCapacitySkills, &[("skills", &over_skills.join(", "))])}</p>
                })}
                {(!c.by_skill.is_empty()).then(|| view! {
                    <table class="data skill-table">
                        <caption>{t(K::CapacityBySkill)}</caption>
                        <thead><tr><th scope="col">{t(K::Skill)}</th><th scope="col">{t(K::Available)}</th><th scope="col">{t(K::Needed)}</th></tr></thead>
                        <tbody>{c.by_skill.iter().map(|(k, s, d)| {
                            let over = *d > *s + 1e-9;
                            view! { <tr class=over.then_some("over")>
                                <th scope="row">{k.clone()}</th>
                                <td>{number((s * 10.0).round() / 10.0)}" h"</td>
                                <td>{number((d * 10.0).round() / 10.0)}" h"{over.then(|| " ⚠")}</td>
                            </tr> }
                        }).collect_view()}</tbody>
                    </table>
                })}
                <p class="hint">{t(K::CapacityHint)}</p>
            </section>
        })
    }
}

#[component]
fn Committed(sprint: StoredValue<Id>) -> impl IntoView {
    let store = use_store();
    let scope = use_scope();
    let items = Memo::new(move |_| {
        store.ws.with(|w| {
            w.backlog.iter().filter(|i| i.sprint.as_ref() == Some(&sprint.get_value())).map(|i| (i.id.clone(), i.title.clone(), i.estimate_hours, i.status)).collect::<Vec<_>>()
        })
    });
    let closed = Memo::new(move |_| store.ws.with(|w| w.sprints.iter().any(|s| s.id == sprint.get_value() && s.state == SprintState::Closed)));
    view! {
        <section class="card" aria-labelledby="committed-title">
            <h2 id="committed-title">{t(K::InThisSprint)}" "<span class="count">{move || items.with(Vec::len)}</span></h2>
            <Show when=move || items.with(Vec::is_empty)><p class="empty">{t(K::SprintEmpty)}</p></Show>
            <ul class="pick-list">
                <For each=move || items.get() key=|i| (i.0.clone(), i.1.clone(), i.2.map(f64::to_bits), i.3) let:i>
                    {
                        let (id, title, hours, status) = i;
                        let label = title.clone();
                        view! {
                            <li>
                                <span class="title">{title}</span>
                                <span class="hours">{hours.map(|h| format!("{} h", number(h)))}</span>
                                {(status == ItemStatus::Done).then(|| view! { <span class="status status-done">{t(K::StatusDone)}</span> })}
                                <Show when=move || !closed.get()>
                                    <button class="ghost" on:click={ let id = id.clone(); move |_| request_remove(store, scope, &id) } data-name=label.clone()>
                                        {t(K::RemoveFromSprint)}
                                    </button>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}

#[component]
fn Picker(sprint: StoredValue<Id>) -> impl IntoView {
    let store = use_store();
    let scope = use_scope();
    let rank = RwSignal::new(RankBy::Manual);
    let q = RwSignal::new(String::new());
    let items = Memo::new(move |_| {
        let r = rank.get();
        let needle = q.get().to_lowercase();
        store.ws.with(|w| {
            backlog::rank(&w.backlog, r)
                .into_iter()
                .map(|i| &w.backlog[i])
                .filter(|i| i.sprint.is_none() && i.status != ItemStatus::Done)
                .filter(|i| needle.is_empty() || i.title.to_lowercase().contains(&needle))
                .take(PICK)
                .map(|i| (i.id.clone(), i.title.clone(), i.estimate_hours))
                .collect::<Vec<_>>()
        })
    });
    let closed = Memo::new(move |_| store.ws.with(|w| w.sprints.iter().any(|s| s.id == sprint.get_value() && s.state == SprintState::Closed)));
    let ranks = Signal::derive(move || {
        let lang = store.lang.get();
        [(RankBy::Manual, K::RankManual), (RankBy::Rice, K::RankRice), (RankBy::ValuePerEffort, K::RankValue)]
            .into_iter()
            .map(|(r, k)| (r.code().to_string(), tr(lang, k).to_string()))
            .collect::<Vec<_>>()
    });
    view! {
        <Show when=move || !closed.get()>
        <section class="card" aria-labelledby="pick-title">
            <h2 id="pick-title">{t(K::PickFromBacklog)}</h2>
            <div class="filters">
                <div class="field grow">
                    <label for="pick-search">{t(K::Search)}</label>
                    <input id="pick-search" type="search" prop:value=move || q.get() on:input=move |e| q.set(event_target_value(&e)) />
                </div>
                <Choice id="pick-rank" label=Signal::derive(t(K::RankByLabel)) options=ranks
                    value=Signal::derive(move || rank.get().code().to_string()) on_change=move |v: String| rank.set(RankBy::from_code(&v)) />
            </div>
            <Show when=move || items.with(Vec::is_empty)><p class="empty">{t(K::NothingToPick)}</p></Show>
            <ol class="pick-list">
                <For each=move || items.get() key=|i| (i.0.clone(), i.1.clone(), i.2.map(f64::to_bits)) let:i>
                    {
                        let (id, title, hours) = i;
                        let label = title.clone();
                        view! {
                            <li>
                                <span class="title">{title}</span>
                                <span class="hours">{hours.map(|h| format!("{} h", number(h)))}</span>
                                <button on:click={ let id = id.clone(); move |_| request_move(store, scope, &id, &sprint.get_value(), ItemStatus::Todo) } data-name=label.clone()>
                                    {t(K::AddToSprint)}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ol>
        </section>
        </Show>
    }
}
