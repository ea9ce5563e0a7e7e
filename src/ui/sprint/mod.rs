//! The sprint area: the board, planning with capacity, review and retro,
//! velocity, the team and the weekly calendar. Which sprint and which view
//! are in the URL (`#/sprint?view=board&sprint=sp-12`), so a facilitator can
//! bookmark the board and reload without losing the place.

mod board;
mod calendar;
mod charts;
mod plan;
mod review;
pub mod scope;
mod team;

use crate::domain::ops::{Op, Record};
use crate::domain::{sprint, SprintState};
use crate::i18n::{tr, K};
use crate::state::{browser, use_store};
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::t;
use leptos::prelude::*;
pub use charts::Burndown;
pub use scope::{request_delete, use_scope, Scope, ScopeDialog};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Board,
    Plan,
    Review,
    Velocity,
    Team,
    Calendar,
}

impl View {
    const ALL: [View; 6] = [View::Board, View::Plan, View::Review, View::Velocity, View::Team, View::Calendar];
    fn slug(self) -> &'static str {
        match self {
            View::Board => "board",
            View::Plan => "plan",
            View::Review => "review",
            View::Velocity => "velocity",
            View::Team => "team",
            View::Calendar => "calendar",
        }
    }
    fn key(self) -> K {
        match self {
            View::Board => K::ViewBoard,
            View::Plan => K::ViewPlan,
            View::Review => K::ViewReview,
            View::Velocity => K::ViewVelocity,
            View::Team => K::ViewTeam,
            View::Calendar => K::ViewCalendar,
        }
    }
    fn from_slug(s: Option<String>) -> View {
        View::ALL.into_iter().find(|v| Some(v.slug()) == s.as_deref()).unwrap_or(View::Board)
    }
}

fn state_key(s: SprintState) -> K {
    match s {
        SprintState::Planned => K::SprintPlanned,
        SprintState::Active => K::SprintActive,
        SprintState::Closed => K::SprintClosedState,
    }
}

fn go(view: &str, sprint: &str, backlog: bool) {
    let _ = window().location().set_hash(&href_with(Area::Sprint, &[("view", view), ("sprint", sprint), ("backlog", if backlog { "1" } else { "" })]));
}

#[component]
pub fn SprintArea() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let view = Memo::new(move |_| View::from_slug(param(&route.query.get(), "view")));
    let show_backlog = Memo::new(move |_| param(&route.query.get(), "backlog").is_some());
    // The sprint named in the URL, else the one the team is in now.
    let sprint_id = Memo::new(move |_| {
        let wanted = param(&route.query.get(), "sprint");
        store.ws.with(|w| {
            wanted
                .and_then(|id| w.sprints.iter().find(|s| s.id.as_str() == id))
                .or_else(|| sprint::current(&w.sprints))
                .map(|s| s.id.clone())
        })
    });
    let info = Memo::new(move |_| {
        let id = sprint_id.get()?;
        store.ws.with(|w| w.sprints.iter().find(|s| s.id == id).map(|s| (s.name.clone(), s.goal.clone(), s.state, s.start, s.end)))
    });
    let sprint_str = move || sprint_id.get().map(|i| i.to_string()).unwrap_or_default();
    let new_sprint = move |_| {
        let s = store.ws.with_untracked(|w| sprint::propose_next(&w.sprints, w.settings.sprint_weeks, browser::today(), browser::new_id("sp")));
        let id = s.id.to_string();
        let at = store.ws.with_untracked(|w| w.sprints.len());
        if store.dispatch(Op::Insert { at, record: Record::Sprint(s) }) {
            go("plan", &id, false);
        }
    };
    let options = Memo::new(move |_| {
        store.ws.with(|w| {
            let mut v: Vec<_> = w.sprints.iter().map(|s| (s.id.to_string(), s.name.clone(), s.state, s.start)).collect();
            v.sort_by_key(|s| std::cmp::Reverse(s.3));
            v
        })
    });
    view! {
        <section class="sprint-area" aria-labelledby="sprint-title">
            <div class="area-head">
                <h1 id="sprint-title">{move || info.get().map(|i| i.0).unwrap_or_else(|| store.t(K::NavSprint).to_string())}</h1>
                {move || info.get().map(|(_, _, st, a, b)| view! {
                    <span class=format!("badge state-{}", format!("{st:?}").to_lowercase())>{t(state_key(st))}</span>
                    <span class="count">{format!("{} → {}", crate::domain::date::format(a), crate::domain::date::format(b))}</span>
                })}
                <div class="sprint-bar">
                    <Show when=move || !options.with(Vec::is_empty)>
                        <div class="field">
                            <label for="sprint-pick">{t(K::SprintLabel)}</label>
                            <select id="sprint-pick" prop:value=sprint_str on:change=move |e| go(view.get_untracked().slug(), &event_target_value(&e), show_backlog.get_untracked())>
                                {move || {
                                    let lang = store.lang.get();
                                    let cur = sprint_str();
                                    options.get().into_iter().map(|(id, name, st, _)| {
                                        let sel = id == cur;
                                        view! { <option value=id selected=sel>{format!("{name} — {}", tr(lang, state_key(st)))}</option> }
                                    }).collect_view()
                                }}
                            </select>
                        </div>
                    </Show>
                    // Not beside the empty state's own "New sprint": one button of a name.
                    <Show when=move || sprint_id.with(Option::is_some) || matches!(view.get(), View::Team | View::Velocity | View::Calendar)>
                        <button on:click=new_sprint>{t(K::NewSprint)}</button>
                    </Show>
                </div>
            </div>
            {move || info.get().and_then(|i| (!i.1.is_empty()).then(|| view! { <p class="lead goal"><strong>{t(K::GoalLabel)}</strong>" "{i.1}</p> }))}
            <nav class="subnav" aria-label=t(K::SprintViews)>
                <ul>
                    {View::ALL.into_iter().map(|v| view! {
                        <li><a href=move || href_with(Area::Sprint, &[("view", v.slug()), ("sprint", &sprint_str())])
                            aria-current=move || (view.get() == v).then_some("page")>{t(v.key())}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
            {move || {
                let v = view.get();
                let id = sprint_id.get();
                match (v, id) {
                    (View::Team, _) => view! { <team::Team /> }.into_any(),
                    (View::Velocity, _) => view! { <charts::Velocity /> }.into_any(),
                    (View::Calendar, _) => view! { <calendar::Calendar /> }.into_any(),
                    (_, None) => view! {
                        <div class="empty-state card">
                            <p>{t(K::NoSprints)}</p>
                            <button class="primary" on:click=new_sprint>{t(K::NewSprint)}</button>
                        </div>
                    }.into_any(),
                    (View::Board, Some(id)) => {
                        let sb = show_backlog.get();
                        let id2 = id.clone();
                        view! {
                            <div class="row board-tools">
                                <a class="button" href=move || href_with(Area::Sprint, &[("view", "board"), ("sprint", &id2.to_string()), ("backlog", if sb { "" } else { "1" })])
                                    aria-pressed=if sb { "true" } else { "false" } role="button">{t(K::ShowBacklogColumn)}</a>
                                <span class="hint">{t(K::BoardHint)}</span>
                            </div>
                            <board::Board sprint=id.clone() show_backlog=sb />
                            <charts::Burndown sprint=id />
                        }.into_any()
                    }
                    (View::Plan, Some(id)) => view! { <plan::Plan sprint=id /> }.into_any(),
                    (_, Some(id)) => view! { <review::Review sprint=id /> }.into_any(),
                }
            }}
        </section>
    }
}
