//! The agenda and the cost ticker, shared by the meeting page and the
//! projector's meeting slide.

use super::{add_topic, money, use_now};
use crate::domain::meeting::{self as mt, Phase};
use crate::domain::ops::{Op, Record};
use crate::domain::{date, Id, Kpi, Unit};
use crate::i18n::{count, number, tr, trf, Lang, K};
use crate::state::{browser, use_store};
use crate::ui::kpis::KpiStatus;
use crate::ui::milestones::StatusBadge;
use crate::ui::t;
use leptos::prelude::*;

/// A KPI value with its row's unit ("—" when there is none).
pub fn kpi_value(lang: Lang, v: Option<f64>, k: Option<&Kpi>) -> String {
    crate::ui::kpis::shown(lang, v, k.map_or(Unit::Count, |k| k.unit))
}

/// The meeting's clock and cost: elapsed against the timebox, the cost so
/// far (ticking every second), the projected cost of the whole timebox,
/// and an alert five minutes before the end and once past it. The alert is
/// made only when the phase changes (a screen reader announces it then,
/// not every second); the minutes left or over tick beside it.
#[component]
pub fn Ticker(id: Id) -> impl IntoView {
    let store = use_store();
    let now = use_now();
    let id = StoredValue::new(id);
    let meeting = Memo::new(move |_| store.ws.with(|w| w.meetings.iter().find(|m| m.id == id.get_value()).cloned()));
    let phase = Memo::new(move |_| meeting.with(|m| m.as_ref().map(|m| mt::phase(m, now.get()))));
    let figures = move || {
        let m = meeting.get()?;
        let lang = store.lang.get();
        let n = now.get();
        let elapsed = mt::clock(mt::elapsed_ms(&m, n));
        let people = count(lang, K::MtPeopleOne, K::MtPeopleMany, m.attendees.len());
        Some(view! {
            <dl class="ticker-figures">
                <div><dt>{trf(lang, K::MtElapsedOf, &[("n", &m.timebox.to_string())])}</dt><dd role="timer" class="clock">{elapsed}</dd></div>
                <div><dt>{t(K::MtCostSoFar)}</dt><dd class="cost" data-testid="cost">{money(store, mt::cost(&m, n))}</dd></div>
                <div><dt>{move || trf(store.lang.get(), K::MtProjected, &[("n", &m.timebox.to_string())])}</dt><dd>{money(store, mt::projected_cost(&m))}</dd></div>
                <div><dt>{trf(lang, K::MtRoomRate, &[("people", &people)])}</dt><dd>{format!("{}/h", money(store, mt::hourly_cost(&m.attendees)))}</dd></div>
            </dl>
            {m.started_ms.is_none().then(|| view! { <p class="hint">{t(K::MtNotStarted)}</p> })}
        })
    };
    let alert = Memo::new(move |_| match phase.get() {
        Some(Phase::NearlyUp) => Some(("warn", K::MtNearlyUp, K::MtTimeLeft)),
        Some(Phase::Over) => Some(("over", K::MtOver, K::MtTimeOver)),
        _ => None,
    });
    let amount = move || {
        let m = meeting.get()?;
        Some(mt::clock(mt::remaining_ms(&m, now.get())))
    };
    view! {
        <div class="ticker">
            {figures}
            {move || alert.get().map(|(class, said, amount_key)| view! {
                <div class=format!("timebox-alert {class}")>
                    <p role="alert"><span aria-hidden="true">"⏰ "</span>{t(said)}</p>
                    <p class="timebox-amount">{move || trf(store.lang.get(), amount_key, &[("t", &amount().unwrap_or_default())])}</p>
                </div>
            })}
        </div>
    }
}

/// This week's agenda. `editable` adds the controls to list and close
/// topics (hidden on the projector).
#[component]
pub fn AgendaView(editable: bool) -> impl IntoView {
    let store = use_store();
    let today = browser::today();
    let agenda = Memo::new(move |_| store.ws.with(|w| mt::agenda(w, today)));
    let kpi_of = move |id: &Id| store.ws.with(|w| w.kpis.iter().find(|k| &k.id == id).cloned());
    let draft = RwSignal::new(String::new());
    let goals = move || {
        let a = agenda.get();
        (!a.goals.is_empty()).then(|| {
            let lang = store.lang.get();
            view! {
                <section class="agenda-part" aria-labelledby="ag-goals">
                    <h3 id="ag-goals">{t(K::MtGoals)}</h3>
                    <p class="hint">{trf(lang, K::MtWeeksGone, &[("n", &a.weeks_gone.0.to_string()), ("of", &a.weeks_gone.1.to_string()),
                        ("pct", &number((a.weeks_gone.0 as f64 * 100.0 / a.weeks_gone.1.max(1) as f64).round()))])}</p>
                    <table class="data agenda-goals">
                        <thead><tr>
                            <th scope="col">{t(K::KpMetric)}</th>
                            <th scope="col" class="num">{t(K::KpTarget)}</th>
                            <th scope="col" class="num">{t(K::MtSoFar)}</th>
                            <th scope="col">{t(K::MtPace)}</th>
                        </tr></thead>
                        <tbody>
                            {a.goals.into_iter().map(|g| {
                                let k = kpi_of(&g.kpi);
                                let so_far = match g.reached {
                                    Some(r) => format!("{} ({} %)", kpi_value(lang, g.to_date, k.as_ref()), number((r * 100.0).round())),
                                    None => kpi_value(lang, g.to_date, k.as_ref()),
                                };
                                view! {
                                    <tr>
                                        <th scope="row">{k.as_ref().map(|k| k.name.clone())}</th>
                                        <td class="num">{kpi_value(lang, Some(g.target), k.as_ref())}</td>
                                        <td class="num">{so_far}</td>
                                        <td>{g.status.map(|s| view! { <KpiStatus status=Some(s) /> }.into_any()).unwrap_or_else(|| tr(lang, K::MtNoData).into_any())}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            }
        })
    };
    let behind = move || {
        let a = agenda.get();
        (!a.behind.is_empty()).then(|| {
            let lang = store.lang.get();
            view! {
                <section class="agenda-part" aria-labelledby="ag-behind">
                    <h3 id="ag-behind">{t(K::MtBehind)}</h3>
                    <ul class="plain agenda-list">
                        {a.behind.into_iter().map(|b| {
                            let k = kpi_of(&b.kpi);
                            let text = trf(lang, K::MtBehindLine, &[("week", &b.week), ("value", &kpi_value(lang, Some(b.value), k.as_ref())), ("target", &kpi_value(lang, Some(b.target), k.as_ref()))]);
                            view! { <li><strong>{k.map(|k| k.name)}</strong>" — "{text}" "<KpiStatus status=Some(b.status) /></li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let milestones = move || {
        let a = agenda.get();
        (!a.milestones.is_empty()).then(|| {
            let lang = store.lang.get();
            let rows = store.ws.with(|w| {
                a.milestones
                    .iter()
                    .filter_map(|id| w.milestones.iter().find(|m| &m.id == id))
                    .map(|m| {
                        let campaign = m.campaign.as_ref().and_then(|c| w.campaigns.iter().find(|x| &x.id == c)).map(|c| c.name.clone());
                        (m.title.clone(), m.date, campaign, crate::domain::milestone::evaluate(w, m, today).status)
                    })
                    .collect::<Vec<_>>()
            });
            view! {
                <section class="agenda-part" aria-labelledby="ag-ms">
                    <h3 id="ag-ms">{t(K::MtMilestones)}</h3>
                    <ul class="plain agenda-list">
                        {rows.into_iter().map(|(title, d, campaign, st)| {
                            let when = if d < today { trf(lang, K::MsOverdueSince, &[("date", &date::format(d))]) } else { trf(lang, K::MsDueOn, &[("date", &date::format(d))]) };
                            view! { <li class=if d < today { "overdue" } else { "" }><strong>{title}</strong>{campaign.map(|c| format!(" ({c})"))}" — "{when}" "<StatusBadge status=st /></li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let risks = move || {
        let a = agenda.get();
        (!a.risks.is_empty()).then(|| {
            let lang = store.lang.get();
            let rows = store.ws.with(|w| a.risks.iter().filter_map(|id| w.risks.iter().find(|r| &r.id == id)).cloned().collect::<Vec<_>>());
            view! {
                <section class="agenda-part" aria-labelledby="ag-risks">
                    <h3 id="ag-risks">{t(K::MtRisks)}</h3>
                    <ul class="plain agenda-list">
                        {rows.into_iter().map(|r| {
                            let exp = trf(lang, K::MtExposure, &[("p", &r.probability.to_string()), ("i", &r.impact.to_string()), ("e", &r.exposure().to_string())]);
                            view! { <li><strong>{r.description.clone()}</strong>" — "{exp}{(!r.owner.is_empty()).then(|| format!(" · {}", r.owner))}</li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let changes = move || {
        let a = agenda.get();
        (!a.changes.is_empty()).then(|| {
            let lang = store.lang.get();
            let rows = store.ws.with(|w| {
                a.changes
                    .iter()
                    .filter_map(|o| {
                        let c = w.campaigns.iter().find(|c| c.id == o.campaign)?;
                        let r = c.changes.iter().find(|r| r.id == o.request)?;
                        Some((c.name.clone(), r.description.clone(), r.requester.clone(), r.days, r.budget))
                    })
                    .collect::<Vec<_>>()
            });
            view! {
                <section class="agenda-part" aria-labelledby="ag-changes">
                    <h3 id="ag-changes">{t(K::MtChanges)}</h3>
                    <ul class="plain agenda-list">
                        {rows.into_iter().map(|(campaign, what, who, days, budget)| {
                            let impact = trf(lang, K::MtChangeImpact, &[("who", &who), ("days", &format!("{days:+}")), ("budget", &money(store, budget))]);
                            view! { <li><strong>{campaign}</strong>": "{what}" — "{impact}</li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let topics = Memo::new(move |_| store.ws.with(|w| w.topics.iter().filter(|t| !t.done).map(|t| (t.id.clone(), t.text.clone())).collect::<Vec<_>>()));
    let close_topic = move |id: Id| {
        let Some(mut tp) = store.ws.with_untracked(|w| w.topics.iter().find(|t| t.id == id).cloned()) else { return };
        tp.done = true;
        let text = tp.text.clone();
        if store.dispatch(Op::Replace(Record::Topic(tp))) {
            store.notify(trf(store.lang.get_untracked(), K::MtTopicClosed, &[("title", &text)]), true);
        }
    };
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        add_topic(store, &draft.get_untracked());
        draft.set(String::new());
    };
    view! {
        <div class="agenda">
            {goals}
            {behind}
            {milestones}
            {risks}
            {changes}
            <section class="agenda-part" aria-labelledby="ag-topics">
                <h3 id="ag-topics">{t(K::MtTopics)}</h3>
                {move || topics.with(Vec::is_empty).then(|| view! { <p class="hint">{t(K::MtNoTopic)}</p> })}
                <ul class="plain agenda-list">
                    {move || topics.get().into_iter().map(|(id, text)| {
                        let t2 = text.clone();
                        view! {
                            <li class="row between">
                                <span>{text}</span>
                                {editable.then(|| view! {
                                    <button type="button" class="ghost" aria-label=move || format!("{}: {}", store.t(K::MtTopicDone), t2) on:click=move |_| close_topic(id.clone())>
                                        "✓ "{t(K::MtTopicDone)}
                                    </button>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {editable.then(|| view! {
                    <form class="row" on:submit=add>
                        <div class="field grow">
                            <label for="mt-topic">{t(K::MtAddTopicLabel)}</label>
                            <input id="mt-topic" type="text" autocomplete="off" prop:value=move || draft.get() on:input=move |e| draft.set(event_target_value(&e)) />
                        </div>
                        <button type="submit">{t(K::MtAddTopic)}</button>
                    </form>
                })}
            </section>
        </div>
    }
}
