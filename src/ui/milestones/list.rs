//! The milestones as a list: the next two weeks (overdue first), every
//! milestone with its status and progress, and the forms that add one or a
//! whole cadence of them.

use super::form::{CadenceForm, MilestoneForm};
use super::{metric_name, status_class, status_key, status_symbol, value_text, Evaluated};
use crate::domain::milestone::{self as ms, Evaluation, Status};
use crate::domain::ops::{Coll, Op};
use crate::domain::{date, Id, Milestone};
use crate::i18n::{tr, trf, K};
use crate::state::{browser, use_store};
use crate::ui::route::{param, replace_query, Area, Route};
use crate::ui::t;
use crate::ui::widgets::{with_blank, Choice};
use leptos::prelude::*;

/// Days ahead the upcoming list (and the weekly meeting) looks.
pub const UPCOMING_DAYS: i64 = 14;

/// Downloads every milestone as an iCalendar file.
#[component]
pub fn ExportIcs() -> impl IntoView {
    let store = use_store();
    let export = move |_| {
        let lang = store.lang.get_untracked();
        let text = store.ws.with_untracked(|w| {
            let all: Vec<&Milestone> = w.milestones.iter().collect();
            let describe = |m: &Milestone| {
                format!("{}: {} → {}", metric_name(lang, m, &w.kpis), value_text(m, m.baseline), value_text(m, m.target))
            };
            let name = format!("{} — {}", w.name, tr(lang, K::NavMilestones));
            ms::ics(&all, &w.campaigns, describe, &crate::domain::calendar::ics_stamp(browser::now_ms() as i64), &name)
        });
        let file = format!("jalon-milestones-{}.ics", browser::today());
        browser::download(&file, &text, "text/calendar");
        store.notify(trf(lang, K::MsExported, &[("file", &file)]), false);
    };
    view! { <button type="button" class="secondary" on:click=export>{t(K::MsExportIcs)}</button> }
}

#[component]
pub fn List() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let Evaluated(evaluated) = expect_context::<Evaluated>();
    let filter = Memo::new(move |_| param(&route.query.get(), "campaign").unwrap_or_default());
    let editing = RwSignal::new(None::<Id>);
    let today = browser::today();
    let upcoming = Memo::new(move |_| {
        evaluated.with(|all| {
            let list: Vec<Milestone> = all.iter().map(|(m, _)| m.clone()).collect();
            let settled = |m: &Milestone| all.iter().any(|(x, e)| x.id == m.id && e.status == Status::Hit);
            ms::upcoming(&list, today, UPCOMING_DAYS, settled).into_iter().map(|m| m.id.clone()).collect::<Vec<_>>()
        })
    });
    let shown = Memo::new(move |_| {
        let f = filter.get();
        evaluated.with(|all| {
            let mut v: Vec<(Milestone, Evaluation)> =
                all.iter().filter(|(m, _)| f.is_empty() || m.campaign.as_ref().is_some_and(|c| c.as_str() == f)).cloned().collect();
            v.sort_by(|a, b| (a.0.date, &a.0.id).cmp(&(b.0.date, &b.0.id)));
            v
        })
    });
    let campaigns = Memo::new(move |_| store.ws.with(|w| w.campaigns.iter().map(|c| (c.id.to_string(), c.name.clone())).collect::<Vec<_>>()));
    let set_filter = Callback::new(move |v: String| {
        let q = if v.is_empty() { "view=list".to_string() } else { format!("view=list&campaign={}", crate::domain::backlog::encode(&v)) };
        replace_query(Area::Milestones, &q);
        let _ = window().dispatch_event(&web_sys::HashChangeEvent::new("hashchange").expect("event"));
    });
    let ids = move || shown.with(|v| v.iter().map(|(m, _)| m.id.clone()).collect::<Vec<_>>());
    let row = move |id: Id| {
        let item = Memo::new(move |_| evaluated.with(|all| all.iter().find(|(m, _)| m.id == id).cloned()));
        move || item.get().map(|(m, e)| view! { <Row m=m e=e editing=editing /> })
    };
    view! {
        <section class="ms-upcoming" aria-labelledby="ms-upcoming-title">
            <h2 id="ms-upcoming-title">{t(K::MsUpcomingTitle)}</h2>
            {move || {
                let ids = upcoming.get();
                if ids.is_empty() {
                    return view! { <p class="hint">{t(K::MsNothingUpcoming)}</p> }.into_any();
                }
                view! {
                    <ul class="ms-cards">
                        {ids.into_iter().map(|id| view! { <li>{upcoming_card(id)}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="ms-all" aria-labelledby="ms-all-title">
            <div class="row wrap between">
                <h2 id="ms-all-title">{t(K::MsAll)}</h2>
                <Choice id="ms-filter" label=Signal::derive(t(K::MsFilterCampaign))
                    options=Signal::derive(move || with_blank(store.t(K::MsAllCampaigns), campaigns.get()))
                    value=Signal::derive(move || filter.get()) on_change=set_filter />
            </div>
            <div class="table-wrap">
                <table class="data ms-table">
                    <thead><tr>
                        <th scope="col">{t(K::MsTitle)}</th>
                        <th scope="col">{t(K::MsCampaign)}</th>
                        <th scope="col">{t(K::MsDate)}</th>
                        <th scope="col">{t(K::MsMetric)}</th>
                        <th scope="col" class="num">{t(K::MsBaselineTarget)}</th>
                        <th scope="col" class="num">{t(K::MsActual)}</th>
                        <th scope="col" class="num">{t(K::MsProgress)}</th>
                        <th scope="col">{t(K::MsStatus)}</th>
                        <th scope="col"><span class="visually-hidden">{t(K::Actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=ids key=|id| id.clone() let:id>
                            {row(id)}
                        </For>
                    </tbody>
                </table>
            </div>
            {move || shown.with(Vec::is_empty).then(|| view! { <p class="hint">{t(K::MsNone)}</p> })}
            {move || editing.get().and_then(|id| store.ws.with_untracked(|w| w.milestones.iter().find(|m| m.id == id).cloned())).map(|m| view! {
                <div class="ms-edit" role="region" aria-label=t(K::MsEditTitle)>
                    <h3>{t(K::MsEditTitle)}</h3>
                    <MilestoneForm milestone=Some(m) done=Callback::new(move |_| editing.set(None)) />
                </div>
            })}
        </section>
        <div class="ms-forms">
            <section class="card" aria-labelledby="ms-new-title">
                <h2 id="ms-new-title">{t(K::MsNewTitle)}</h2>
                <MilestoneForm milestone=None done=Callback::new(|_| ()) />
            </section>
            <section class="card" aria-labelledby="ms-cadence-title">
                <h2 id="ms-cadence-title">{t(K::MsCadenceTitle)}</h2>
                <p class="hint">{t(K::MsCadenceHint)}</p>
                <CadenceForm />
            </section>
        </div>
    }
}

/// A milestone of the upcoming list: title, date, campaign, status.
fn upcoming_card(id: Id) -> impl IntoView {
    let store = use_store();
    let Evaluated(evaluated) = expect_context::<Evaluated>();
    let today = browser::today();
    move || {
        let (m, e) = evaluated.with(|all| all.iter().find(|(m, _)| m.id == id).cloned())?;
        let lang = store.lang.get();
        let campaign = store.ws.with(|w| m.campaign.as_ref().and_then(|c| w.campaigns.iter().find(|x| &x.id == c)).map(|c| c.name.clone()));
        let overdue = m.date < today;
        let when = if overdue {
            trf(lang, K::MsOverdueSince, &[("date", &date::format(m.date))])
        } else {
            trf(lang, K::MsDueOn, &[("date", &date::format(m.date))])
        };
        Some(view! {
            <div class=format!("ms-card {}", if overdue { "overdue" } else { "" })>
                <strong>{m.title.clone()}</strong>
                <span class="hint">{campaign}</span>
                <span>{when}</span>
                <StatusBadge status=e.status />
            </div>
        })
    }
}

#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    view! {
        <span class=format!("ms-status {}", status_class(status))>
            <span aria-hidden="true">{status_symbol(status)}</span>" "{t(status_key(status))}
        </span>
    }
}

#[component]
fn Row(m: Milestone, e: Evaluation, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang.get_untracked();
    let (campaign, metric) = store.ws.with_untracked(|w| {
        (
            m.campaign.as_ref().and_then(|c| w.campaigns.iter().find(|x| &x.id == c)).map(|c| c.name.clone()).unwrap_or_default(),
            metric_name(lang, &m, &w.kpis),
        )
    });
    // Where the actual came from goes on a line of its own: on one line it
    // pushed the row's Delete button off a 1280 px screen.
    let actual = e.actual.map_or_else(|| "—".to_string(), |a| value_text(&m, a));
    let from_sheet = (e.actual.is_some() && e.from_kpi).then(|| format!("({})", tr(lang, K::MsFromSheet)));
    let progress = e.progress.map(|p| format!("{} %", (p * 100.0).round())).unwrap_or_else(|| "—".into());
    let id = m.id.clone();
    let id2 = m.id.clone();
    let title = m.title.clone();
    let title2 = m.title.clone();
    let remove = move |_| {
        if store.dispatch(Op::Remove { coll: Coll::Milestones, id: id2.clone() }) {
            store.notify(trf(store.lang.get_untracked(), K::Deleted, &[("title", &title2)]), true);
        }
    };
    view! {
        <tr>
            <th scope="row">{m.title.clone()}</th>
            <td>{campaign}</td>
            <td class="date">{date::format(m.date)}</td>
            <td>{metric}</td>
            <td class="num">{format!("{} → {}", value_text(&m, m.baseline), value_text(&m, m.target))}</td>
            <td class="num">{actual}{from_sheet.map(|f| view! { <span class="sub">" "{f}</span> })}</td>
            <td class="num">{progress}</td>
            <td><StatusBadge status=e.status /></td>
            <td class="ms-actions">
                <button type="button" class="ghost" on:click=move |_| editing.set(Some(id.clone())) data-name=title>
                    {t(K::Edit)}</button>
                <button type="button" class="ghost danger" on:click=remove data-name=m.title.clone()>
                    {t(K::Delete)}</button>
            </td>
        </tr>
    }
}
