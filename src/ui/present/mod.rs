//! Presentation mode: the weekly facts on a projector. Large type, high
//! contrast, no editing chrome, full screen where the browser allows;
//! ← / → (or Page Up / Page Down, Space) move between slides, Escape
//! leaves. `P` (outside a text field) or the "Present" button enters.

use crate::domain::meeting as mt;
use crate::domain::ItemStatus;
use crate::i18n::{tr, trf, K};
use crate::state::{browser, use_store, Store};
use crate::ui::meeting::{kpi_value, AgendaView, KpiStatus, Ticker};
use crate::ui::milestones::StatusBadge;
use crate::ui::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the projector view is on, and its slide.
#[derive(Clone, Copy)]
pub struct Presenting {
    pub on: RwSignal<bool>,
    pub slide: RwSignal<usize>,
}

impl Presenting {
    pub fn provide() -> Presenting {
        let p = Presenting { on: RwSignal::new(false), slide: RwSignal::new(0) };
        provide_context(p);
        p
    }

    pub fn enter(self) {
        self.slide.set(0);
        self.on.set(true);
        // Full screen where the browser allows (it may refuse: not from a
        // user gesture, an iframe, a headless browser); the mode works without.
        if let Some(el) = document().document_element() {
            let _ = el.request_fullscreen();
        }
    }

    pub fn leave(self) {
        self.on.set(false);
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
        // Back where the user was: the button that entered, or the page.
        request_animation_frame(|| {
            if let Some(b) = document().query_selector(".present-btn").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = b.focus();
            }
        });
    }
}

pub fn use_presenting() -> Presenting {
    expect_context::<Presenting>()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slide {
    Kpis,
    Matrix,
    Sprint,
    Milestones,
    Meeting,
}

const SLIDES: [Slide; 5] = [Slide::Kpis, Slide::Matrix, Slide::Sprint, Slide::Milestones, Slide::Meeting];

fn slide_title(s: Slide) -> K {
    match s {
        Slide::Kpis => K::PrKpis,
        Slide::Matrix => K::PrMatrix,
        Slide::Sprint => K::PrSprint,
        Slide::Milestones => K::PrMilestones,
        Slide::Meeting => K::PrMeeting,
    }
}

/// The button that enters presentation mode.
#[component]
pub fn PresentButton() -> impl IntoView {
    let p = use_presenting();
    view! {
        <button type="button" class="ghost icon-only present-btn" aria-keyshortcuts="P" title=t(K::PrHint) on:click=move |_| p.enter()>
            <span aria-hidden="true">"▶"</span><span class="label">{t(K::PrPresent)}</span>
        </button>
    }
}

/// `P` outside a field enters; in the mode, arrows move and Escape leaves.
pub fn on_key(store: Store, p: Presenting, e: &web_sys::KeyboardEvent) {
    if e.ctrl_key() || e.meta_key() || e.alt_key() || !store.started.get_untracked() {
        return;
    }
    if !p.on.get_untracked() {
        if e.key().eq_ignore_ascii_case("p") && !typing(e) && !e.shift_key() {
            e.prevent_default();
            p.enter();
        }
        return;
    }
    let n = SLIDES.len();
    match e.key().as_str() {
        "ArrowRight" | "PageDown" | " " => p.slide.update(|s| *s = (*s + 1).min(n - 1)),
        "ArrowLeft" | "PageUp" => p.slide.update(|s| *s = s.saturating_sub(1)),
        "Home" => p.slide.set(0),
        "End" => p.slide.set(n - 1),
        "Escape" => p.leave(),
        _ => return,
    }
    e.prevent_default();
}

fn typing(e: &web_sys::KeyboardEvent) -> bool {
    let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || t.closest("[contenteditable]").ok().flatten().is_some()
}

/// The projector view itself.
#[component]
pub fn Presentation() -> impl IntoView {
    let store = use_store();
    let p = use_presenting();
    // Escape in full screen is taken by the browser to leave full screen:
    // leaving full screen leaves the mode too, so one Escape is enough.
    let fs = window_event_listener(leptos::ev::Custom::<leptos::ev::Event>::new("fullscreenchange"), move |_| {
        if document().fullscreen_element().is_none() && p.on.get_untracked() {
            p.on.set(false);
        }
    });
    on_cleanup(move || fs.remove());
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        p.slide.track();
        if let Some(el) = root.get() {
            let _ = el.focus();
        }
    });
    let n = SLIDES.len();
    let current = move || SLIDES[p.slide.get().min(n - 1)];
    view! {
        <div class="present" role="region" aria-roledescription=t(K::PrRole) aria-label=t(K::PrLabel) tabindex="-1" node_ref=root>
            <div class="present-slide" aria-live="polite">
                <h1>{move || tr(store.lang.get(), slide_title(current()))}</h1>
                {move || match current() {
                    Slide::Kpis => view! { <KpiSlide /> }.into_any(),
                    Slide::Matrix => view! { <MatrixSlide /> }.into_any(),
                    Slide::Sprint => view! { <SprintSlide /> }.into_any(),
                    Slide::Milestones => view! { <MilestoneSlide /> }.into_any(),
                    Slide::Meeting => view! { <MeetingSlide /> }.into_any(),
                }}
            </div>
            <nav class="present-nav" aria-label=t(K::PrSlides)>
                <button type="button" on:click=move |_| p.slide.update(|s| *s = s.saturating_sub(1)) disabled=move || p.slide.get() == 0>
                    <span aria-hidden="true">"← "</span>{t(K::PrPrev)}
                </button>
                <span class="present-count">{move || trf(store.lang.get(), K::PrCount, &[("n", &(p.slide.get() + 1).to_string()), ("of", &n.to_string())])}</span>
                <button type="button" on:click=move |_| p.slide.update(|s| *s = (*s + 1).min(n - 1)) disabled=move || { p.slide.get() + 1 >= n }>
                    {t(K::PrNext)}<span aria-hidden="true">" →"</span>
                </button>
                <button type="button" class="present-leave" on:click=move |_| p.leave()>{t(K::PrLeave)}</button>
            </nav>
        </div>
    }
}

#[component]
fn KpiSlide() -> impl IntoView {
    let store = use_store();
    let today = browser::today();
    let lines = Memo::new(move |_| store.ws.with(|w| mt::kpi_slide(w, today).into_iter().map(|l| (w.kpis.iter().find(|k| k.id == l.kpi).cloned(), l)).collect::<Vec<_>>()));
    move || {
        let rows = lines.get();
        let lang = store.lang.get();
        if rows.is_empty() {
            return view! { <p>{t(K::PrNoKpis)}</p> }.into_any();
        }
        view! {
            <p class="present-sub">{trf(store.lang.get(), K::PrKpiSub, &[("q", &crate::domain::kpi::Quarter::of(today).label())])}</p>
            <table class="present-table kpi-lines">
                <thead><tr>
                    <th scope="col">{t(K::KpMetric)}</th>
                    <th scope="col" class="num">{t(K::PrWeekTarget)}</th>
                    <th scope="col" class="num">{t(K::PrLatest)}</th>
                    <th scope="col" class="num">{t(K::KpAverage)}</th>
                    <th scope="col">{t(K::MsStatus)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(k, l)| {
                        let value = kpi_value(lang, l.latest.as_ref().map(|x| x.1), k.as_ref());
                        let week = l.latest.as_ref().map(|(w, _)| w.split_once('-').map_or(w.clone(), |x| x.1.to_string()));
                        view! {
                            <tr class=crate::ui::kpis::status_class(l.status)>
                                <th scope="row">{k.as_ref().map(|k| k.name.clone())}</th>
                                <td class="num">{kpi_value(lang, l.target, k.as_ref())}</td>
                                <td class="num">{value}{week.map(|w| view! { " " <span class="wk">{w}</span> })}</td>
                                <td class="num">{kpi_value(lang, l.average, k.as_ref())}</td>
                                <td><KpiStatus status=l.status /></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    }
}

#[component]
fn MatrixSlide() -> impl IntoView {
    let store = use_store();
    let scores = Memo::new(move |_| store.ws.with(|w| crate::domain::scoring::score_all(&w.campaigns, &w.settings.scoring)));
    provide_context(crate::ui::portfolio::Scores(scores));
    move || {
        if store.ws.with(|w| w.campaigns.is_empty()) {
            view! { <p>{t(K::PrNoCampaigns)}</p> }.into_any()
        } else {
            view! { <div class="present-matrix"><crate::ui::portfolio::Matrix /></div> }.into_any()
        }
    }
}

#[component]
fn SprintSlide() -> impl IntoView {
    let store = use_store();
    let data = Memo::new(move |_| {
        store.ws.with(|w| {
            let s = crate::domain::sprint::current(&w.sprints)?;
            let col = |st: ItemStatus| w.backlog.iter().filter(|i| i.sprint.as_ref() == Some(&s.id) && i.status == st).map(|i| i.title.clone()).collect::<Vec<_>>();
            Some((s.id.clone(), s.name.clone(), s.goal.clone(), [col(ItemStatus::Todo), col(ItemStatus::Doing), col(ItemStatus::Done)]))
        })
    });
    const SHOWN: usize = 8;
    move || {
        let Some((id, name, goal, cols)) = data.get() else {
            return view! { <p>{t(K::PrNoSprint)}</p> }.into_any();
        };
        let lang = store.lang.get();
        view! {
            <p class="present-sub"><strong>{name}</strong>{(!goal.is_empty()).then(|| format!(" — {goal}"))}</p>
            <div class="present-sprint">
                <div class="present-board">
                    {[K::StatusTodo, K::StatusDoing, K::StatusDone].into_iter().zip(cols).map(|(k, items)| {
                        let more = items.len().saturating_sub(SHOWN);
                        view! {
                            <section class="present-col" aria-label=tr(lang, k)>
                                <h2>{tr(lang, k)}" · "{items.len()}</h2>
                                <ul>{items.into_iter().take(SHOWN).map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                                {(more > 0).then(|| view! { <p class="hint">{trf(lang, K::PrMore, &[("n", &more.to_string())])}</p> })}
                            </section>
                        }
                    }).collect_view()}
                </div>
                <crate::ui::sprint::Burndown sprint=id />
            </div>
        }
        .into_any()
    }
}

#[component]
fn MilestoneSlide() -> impl IntoView {
    let store = use_store();
    let today = browser::today();
    let rows = Memo::new(move |_| {
        store.ws.with(|w| {
            let ev: Vec<_> = w.milestones.iter().map(|m| (m.id.clone(), crate::domain::milestone::evaluate(w, m, today).status)).collect();
            let hit = |m: &crate::domain::Milestone| ev.iter().any(|(id, s)| id == &m.id && *s == crate::domain::milestone::Status::Hit);
            crate::domain::milestone::upcoming(&w.milestones, today, mt::MILESTONE_DAYS, hit)
                .into_iter()
                .map(|m| {
                    let campaign = m.campaign.as_ref().and_then(|c| w.campaigns.iter().find(|x| &x.id == c)).map(|c| c.name.clone()).unwrap_or_default();
                    let st = ev.iter().find(|(id, _)| id == &m.id).map(|x| x.1).unwrap_or(crate::domain::milestone::Status::Upcoming);
                    (m.title.clone(), m.date, campaign, st)
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        let list = rows.get();
        if list.is_empty() {
            return view! { <p>{t(K::MsNothingUpcoming)}</p> }.into_any();
        }
        let lang = store.lang.get();
        view! {
            <table class="present-table">
                <thead><tr>
                    <th scope="col">{t(K::MsDate)}</th>
                    <th scope="col">{t(K::MsTitle)}</th>
                    <th scope="col">{t(K::MsCampaign)}</th>
                    <th scope="col">{t(K::MsStatus)}</th>
                </tr></thead>
                <tbody>
                    {list.into_iter().map(|(title, d, campaign, st)| {
                        let when = if d < today { trf(lang, K::MsOverdueSince, &[("date", &crate::domain::date::format(d))]) } else { crate::domain::date::format(d) };
                        view! { <tr class=if d < today { "overdue" } else { "" }><td>{when}</td><th scope="row">{title}</th><td>{campaign}</td><td><StatusBadge status=st /></td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    }
}

#[component]
fn MeetingSlide() -> impl IntoView {
    let store = use_store();
    let today = browser::today();
    let current = Memo::new(move |_| store.ws.with(|w| mt::current(&w.meetings, today).map(|m| m.id.clone())));
    view! {
        <div class="present-meeting">
            {move || current.get().map(|id| view! { <Ticker id=id /> })}
            <AgendaView editable=false />
        </div>
    }
}
