//! Milestones and the campaign timeline: where progress is measured, and
//! the Gantt that shows campaigns, their milestones and their dependencies.
//! The view, the zoom and the campaign filter are in the URL
//! (`#/milestones?view=list&campaign=cp-1`, `#/milestones?zoom=week`).

mod form;
mod gantt;
mod list;

pub use list::StatusBadge;

use crate::domain::milestone::{self as ms, Evaluation, Status};
use crate::domain::Milestone;
use crate::i18n::K;
use crate::state::{browser, use_store};
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::t;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Timeline,
    List,
}

impl View {
    fn slug(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::List => "list",
        }
    }
}

/// Every milestone with its evaluation today, in workspace order: the list,
/// the upcoming panel and the Gantt's diamonds read the same numbers.
#[derive(Clone, Copy)]
pub struct Evaluated(pub Memo<Vec<(Milestone, Evaluation)>>);

pub fn status_key(s: Status) -> K {
    match s {
        Status::Upcoming => K::MsUpcoming,
        Status::OnTrack => K::MsOnTrack,
        Status::AtRisk => K::MsAtRisk,
        Status::Hit => K::MsHit,
        Status::Missed => K::MsMissed,
    }
}

/// A shape per status, so the status reads without colour.
pub fn status_symbol(s: Status) -> &'static str {
    match s {
        Status::Upcoming => "○",
        Status::OnTrack => "●",
        Status::AtRisk => "▲",
        Status::Hit => "✔",
        Status::Missed => "✖",
    }
}

pub fn status_class(s: Status) -> &'static str {
    match s {
        Status::Upcoming => "st-upcoming",
        Status::OnTrack => "st-on-track",
        Status::AtRisk => "st-at-risk",
        Status::Hit => "st-hit",
        Status::Missed => "st-missed",
    }
}

/// The metric's name in the interface language (a preset code) or as typed.
pub fn metric_name(lang: crate::i18n::Lang, m: &Milestone, kpis: &[crate::domain::Kpi]) -> String {
    if let Some(k) = m.kpi.as_ref().and_then(|id| kpis.iter().find(|k| &k.id == id)) {
        return k.name.clone();
    }
    match preset_key(&m.metric) {
        Some(k) => crate::i18n::tr(lang, k).to_string(),
        None => m.metric.clone(),
    }
}

pub fn preset_key(code: &str) -> Option<K> {
    Some(match code {
        "ctr" => K::MetCtr,
        "visitors" => K::MetVisitors,
        "mql" => K::MetMql,
        "sql" => K::MetSql,
        "page1" => K::MetPage1,
        "conversion" => K::MetConversion,
        "complete" => K::MetComplete,
        _ => return None,
    })
}

/// A value of the milestone's metric, with `%` for rates.
pub fn value_text(m: &Milestone, v: f64) -> String {
    let n = crate::i18n::number((v * 100.0).round() / 100.0);
    if ms::is_percent_metric(&m.metric) {
        format!("{n} %")
    } else {
        n
    }
}

#[component]
pub fn MilestonesArea() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let view = Memo::new(move |_| match param(&route.query.get(), "view").as_deref() {
        Some("list") => View::List,
        _ => View::Timeline,
    });
    let today = browser::today();
    let evaluated = Memo::new(move |_| {
        store.ws.with(|w| w.milestones.iter().map(|m| (m.clone(), ms::evaluate(w, m, today))).collect::<Vec<_>>())
    });
    provide_context(Evaluated(evaluated));
    let tab = move |v: View, k: K| {
        view! {
            <li><a href=href_with(Area::Milestones, &[("view", v.slug())])
                aria-current=move || (view.get() == v).then_some("page")>{t(k)}</a></li>
        }
    };
    view! {
        <section class="milestones-area" aria-labelledby="milestones-title">
            <div class="area-head">
                <h1 id="milestones-title">{t(K::NavMilestones)}</h1>
                <list::ExportIcs />
            </div>
            <nav class="subnav" aria-label=t(K::MsViews)>
                <ul>
                    {tab(View::Timeline, K::MsTimeline)}
                    {tab(View::List, K::MsList)}
                </ul>
            </nav>
            {move || match view.get() {
                View::Timeline => view! { <gantt::Gantt /> }.into_any(),
                View::List => view! { <list::List /> }.into_any(),
            }}
        </section>
    }
}
