//! The campaign portfolio: the screens a marketing lead uses to decide which
//! campaigns get the budget and the team, and to defend the choice.
//! Which view, which campaign and the table's sort are in the URL
//! (`#/portfolio?view=select`, `#/portfolio?campaign=cp-3`), so any screen
//! can be bookmarked, shared or reloaded on a projector.

mod board;
mod detail;
mod lessons;
mod matrix;
mod maturity;
mod overview;
mod risks;
mod scoring;
mod select;
mod table;

pub use matrix::Matrix;

use crate::domain::scoring as sc;
use crate::domain::ops::{Op, Record};
use crate::domain::{Campaign, Id, Phase};
use crate::i18n::K;
use crate::state::use_store;
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::t;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Overview,
    Table,
    Board,
    Scoring,
    Matrix,
    Select,
    Risks,
    Lessons,
    Maturity,
}

impl View {
    const ALL: [View; 9] =
        [View::Overview, View::Table, View::Board, View::Scoring, View::Matrix, View::Select, View::Risks, View::Lessons, View::Maturity];
    fn slug(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Table => "table",
            View::Board => "board",
            View::Scoring => "scoring",
            View::Matrix => "matrix",
            View::Select => "select",
            View::Risks => "risks",
            View::Lessons => "lessons",
            View::Maturity => "maturity",
        }
    }
    fn key(self) -> K {
        match self {
            View::Overview => K::PfOverview,
            View::Table => K::PfTable,
            View::Board => K::PfBoard,
            View::Scoring => K::PfScoring,
            View::Matrix => K::PfMatrix,
            View::Select => K::PfSelect,
            View::Risks => K::PfRisks,
            View::Lessons => K::PfLessons,
            View::Maturity => K::PfMaturity,
        }
    }
    fn from_slug(s: Option<String>) -> View {
        View::ALL.into_iter().find(|v| Some(v.slug()) == s.as_deref()).unwrap_or(View::Overview)
    }
}

/// The link to a campaign's own page.
pub fn campaign_href(id: &Id) -> String {
    href_with(Area::Portfolio, &[("campaign", id.as_str())])
}

/// Opens a campaign's page.
pub fn open_campaign(id: &Id) {
    let _ = window().location().set_hash(&campaign_href(id));
}

/// The stored campaign with this id, as it is now (for actions, so not
/// tracked).
pub fn campaign_now(id: &Id) -> Option<Campaign> {
    use_store().ws.with_untracked(|w| w.campaigns.iter().find(|c| &c.id == id).cloned())
}

/// Changes the stored campaign as one undoable step; false when it is gone
/// or the change does not apply.
pub fn edit_campaign(id: &Id, f: impl FnOnce(&mut Campaign)) -> bool {
    let Some(mut c) = campaign_now(id) else { return false };
    f(&mut c);
    use_store().dispatch(Op::Replace(Record::Campaign(c)))
}

/// The translation key of a phase's name.
pub fn phase_key(p: Phase) -> K {
    match p {
        Phase::Request => K::PhRequest,
        Phase::Evaluation => K::PhEvaluation,
        Phase::Prioritised => K::PhPrioritised,
        Phase::Planning => K::PhPlanning,
        Phase::Execution => K::PhExecution,
        Phase::Monitoring => K::PhMonitoring,
        Phase::Closed => K::PhClosed,
    }
}

/// Every campaign's score under the current model, in workspace order,
/// shared by the table, the ranking, the matrix and the selection so it is
/// computed once per change.
#[derive(Clone, Copy)]
pub struct Scores(pub Memo<Vec<sc::Scored>>);

#[component]
pub fn Portfolio() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let view = Memo::new(move |_| View::from_slug(param(&route.query.get(), "view")));
    let campaign = Memo::new(move |_| param(&route.query.get(), "campaign"));
    let scores = Memo::new(move |_| store.ws.with(|w| sc::score_all(&w.campaigns, &w.settings.scoring)));
    provide_context(Scores(scores));
    view! {
        <section class="portfolio-area" aria-labelledby="portfolio-title">
            {move || match campaign.get() {
                Some(id) => view! { <detail::Detail id=Id(id) /> }.into_any(),
                None => view! {
                    <div class="area-head">
                        <h1 id="portfolio-title">{t(K::NavPortfolio)}</h1>
                        <div class="sprint-bar"><detail::NewCampaign /></div>
                    </div>
                    <nav class="subnav" aria-label=t(K::PfViews)>
                        <ul>
                            {View::ALL.into_iter().map(|v| view! {
                                <li><a href=href_with(Area::Portfolio, &[("view", v.slug())])
                                    aria-current=move || (view.get() == v).then_some("page")>{t(v.key())}</a></li>
                            }).collect_view()}
                        </ul>
                    </nav>
                    {move || match view.get() {
                        View::Overview => view! { <overview::Overview /> }.into_any(),
                        View::Table => view! { <table::Table /> }.into_any(),
                        View::Board => view! { <board::Board /> }.into_any(),
                        View::Scoring => view! { <scoring::Scoring /> }.into_any(),
                        View::Matrix => view! { <matrix::Matrix /> }.into_any(),
                        View::Select => view! { <select::Select /> }.into_any(),
                        View::Risks => view! { <risks::Risks /> }.into_any(),
                        View::Lessons => view! { <lessons::Lessons /> }.into_any(),
                        View::Maturity => view! { <maturity::Maturity /> }.into_any(),
                    }}
                }.into_any(),
            }}
        </section>
    }
}
