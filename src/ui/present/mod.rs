//! Presentation mode: the weekly facts on a projector. Large type, high
//! contrast, no editing chrome, full screen where the browser allows;
//! ← / → move between slides, ↓ / ↑ between the pages of a long slide,
//! Page Down / Space (a clicker) through the pages and then to the next
//! slide, Page Up back; Escape leaves. `P` (outside a text field) or the
//! "Present" button enters. A long slide's body is shown a page at a time,
//! never a row cut in half (`Pager`; the page breaks are `domain::paging`).

use crate::domain::meeting as mt;
use crate::domain::paging::{self as pg, Step};
use crate::domain::ItemStatus;
use crate::i18n::{tr, trf, K};
use crate::state::{browser, use_store, Store};
use crate::ui::kpis::KpiStatus;
use crate::ui::meeting::{kpi_value, AgendaView, Ticker};
use crate::ui::milestones::StatusBadge;
use crate::ui::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the projector view is on, its slide, the page of that slide and
/// how many pages it has (1 until measured, or when it all fits).
#[derive(Clone, Copy)]
pub struct Presenting {
    pub on: RwSignal<bool>,
    pub slide: RwSignal<usize>,
    /// May be `pg::LAST_PAGE` until the slide is measured.
    pub page: RwSignal<usize>,
    pub pages: RwSignal<usize>,
}

impl Presenting {
    pub fn provide() -> Presenting {
        let p = Presenting { on: RwSignal::new(false), slide: RwSignal::new(0), page: RwSignal::new(0), pages: RwSignal::new(1) };
        provide_context(p);
        p
    }

    /// The page shown, 0-based, within the slide's pages.
    fn page_shown(self) -> usize {
        self.page.get().min(self.pages.get().max(1) - 1)
    }

    /// Moves as a key or a button asks (`domain::paging::step`).
    fn go(self, step: Step) {
        let at = pg::At { slide: self.slide.get_untracked(), page: self.page.get_untracked() };
        let to = pg::step(at, self.pages.get_untracked(), SLIDES.len(), step);
        if to.slide != at.slide {
            // The new slide's pager measures it and says how many pages.
            self.pages.set(1);
            self.slide.set(to.slide);
        }
        self.page.set(to.page);
    }

    pub fn enter(self) {
        self.slide.set(0);
        self.page.set(0);
        self.pages.set(1);
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
    let step = match e.key().as_str() {
        "ArrowRight" => Step::NextSlide,
        "ArrowLeft" => Step::PrevSlide,
        // On a slide of one page ↓ / ↑ scroll as they always did.
        "ArrowDown" if p.pages.get_untracked() > 1 => Step::PageDown,
        "ArrowUp" if p.pages.get_untracked() > 1 => Step::PageUp,
        "PageDown" | " " => Step::Forward,
        "PageUp" => Step::Back,
        "Home" => Step::First,
        "End" => Step::Last,
        "Escape" => {
            e.prevent_default();
            p.leave();
            return;
        }
        _ => return,
    };
    e.prevent_default();
    p.go(step);
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
    let count = move || {
        let lang = store.lang.get();
        let (slide, of) = ((p.slide.get() + 1).to_string(), n.to_string());
        match p.pages.get() {
            pages if pages > 1 => trf(lang, K::PrCountPage, &[("n", &slide), ("of", &of), ("p", &(p.page_shown() + 1).to_string()), ("pages", &pages.to_string())]),
            _ => trf(lang, K::PrCount, &[("n", &slide), ("of", &of)]),
        }
    };
    // Page buttons only on a slide with pages: ↓ / ↑, Page Down / Up do the same.
    // Built again only when that changes (a button with the focus keeps it).
    let paged = Memo::new(move |_| p.pages.get() > 1);
    let page_button = move |down: bool| {
        move || {
            paged.get().then(|| {
                let (key, glyph, step) = if down { (K::PrNextPage, "↓", Step::PageDown) } else { (K::PrPrevPage, "↑", Step::PageUp) };
                let disabled = move || if down { p.page_shown() + 1 >= p.pages.get() } else { p.page_shown() == 0 };
                view! {
                    <button type="button" class="present-page" aria-label=t(key) title=t(key) on:click=move |_| p.go(step) disabled=disabled>
                        <span aria-hidden="true">{glyph}</span>
                    </button>
                }
            })
        }
    };
    view! {
        <div class="present" role="region" aria-roledescription=t(K::PrRole) aria-label=t(K::PrLabel) tabindex="-1" node_ref=root>
            <div class="present-slide" class:paged=move || matches!(current(), Slide::Kpis | Slide::Milestones | Slide::Meeting)>
                // Announced: the slide's title and "Slide 2 of 5 · page 1 of
                // 2" (a page turn too), not the whole slide, whose meeting
                // cost ticks every second.
                <h1 aria-live="polite">{move || tr(store.lang.get(), slide_title(current()))}</h1>
                {move || match current() {
                    Slide::Kpis => view! { <KpiSlide /> }.into_any(),
                    Slide::Matrix => view! { <MatrixSlide /> }.into_any(),
                    Slide::Sprint => view! { <SprintSlide /> }.into_any(),
                    Slide::Milestones => view! { <MilestoneSlide /> }.into_any(),
                    Slide::Meeting => view! { <MeetingSlide /> }.into_any(),
                }}
            </div>
            <nav class="present-nav" aria-label=t(K::PrSlides)>
                <button type="button" on:click=move |_| p.go(Step::PrevSlide) disabled=move || p.slide.get() == 0>
                    <span aria-hidden="true">"← "</span>{t(K::PrPrev)}
                </button>
                {page_button(false)}
                <span class="present-count" aria-live="polite" aria-atomic="true">{count}</span>
                {page_button(true)}
                <button type="button" on:click=move |_| p.go(Step::NextSlide) disabled=move || { p.slide.get() + 1 >= n }>
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
            <p class="present-sub">{trf(store.lang.get(), K::PrKpiSub, &[("q", &crate::i18n::quarter_name(lang, crate::domain::kpi::Quarter::of(today)))])}</p>
            <Pager>
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
                        let week = l.latest.as_ref().map(|(w, _)| crate::i18n::week_short(lang, w));
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
            </Pager>
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
            view! { <div class="present-matrix"><crate::ui::portfolio::Matrix large=true /></div> }.into_any()
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
                <crate::ui::sprint::Burndown sprint=id large=true />
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
            <Pager>
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
            </Pager>
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
        // The ticker stays on every page; only the agenda is paged.
        <div class="present-meeting">
            {move || current.get().map(|id| view! { <Ticker id=id /> })}
            <Pager><AgendaView editable=false /></Pager>
        </div>
    }
}

/// What a pager keeps alive while it is shown: the observers that tell it to
/// measure again, and their callback.
struct Watchers {
    resize: Option<web_sys::ResizeObserver>,
    mutation: Option<web_sys::MutationObserver>,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

/// What counts as a row of a slide's body: whole boxes a page never cuts.
const ROWS: &str = "tr, li, h2, h3, p";

/// A slide's body a page at a time, in the room left above the navigation
/// bar: measures its rows once laid out (again when the room or the rows
/// change size, or the rows change), breaks them into pages with
/// `domain::paging::pages`, scrolls the page's first row to the top (a
/// table's column headers stay above it, sticky) and hides what is below
/// the page's last whole row. Says how many pages there are in `Presenting`.
#[component]
fn Pager(children: Children) -> impl IntoView {
    let p = use_presenting();
    let frame = NodeRef::<leptos::html::Div>::new();
    let flow = NodeRef::<leptos::html::Div>::new();
    let layout = RwSignal::new(Vec::<pg::Page>::new());
    // Shows the page `i` of the current layout (the last one if fewer).
    let show = move |i: usize| {
        let Some(frame) = frame.try_get_untracked().flatten() else { return };
        let (room, pages) = (frame.get_bounding_client_rect().height(), layout.try_get_untracked().unwrap_or_default());
        let Some(page) = pages.get(i.min(pages.len().saturating_sub(1))) else {
            frame.set_scroll_top(0);
            let _ = web_sys::HtmlElement::style(&frame).remove_property("clip-path");
            return;
        };
        frame.set_scroll_top(page.offset.round() as i32);
        let top = frame.scroll_top() as f64;
        // Nothing below the page's last row shows, not even a sliver, but
        // all of its bottom border does (a collapsed border is half outside
        // the row's box, and there is padding before the next row's text).
        let cut = if pages.len() > 1 { ((room - (page.offset + page.height - top)).floor() - 1.0).max(0.0) } else { 0.0 };
        let _ = web_sys::HtmlElement::style(&frame).set_property("clip-path", &format!("inset(0 0 {cut}px 0)"));
    };
    let measure = move || {
        let (Some(frame), Some(flow)) = (frame.try_get_untracked().flatten(), flow.try_get_untracked().flatten()) else { return };
        if !flow.is_connected() {
            return;
        }
        let room = frame.get_bounding_client_rect().height();
        // Measured from the top: sticky column headers sit in their place.
        // From the frame's top, the origin of its scrolling (the first
        // heading's margin may fall outside the flow's own box).
        frame.set_scroll_top(0);
        let base = frame.get_bounding_client_rect().top() + frame.client_top() as f64;
        let mut rows = Vec::new();
        if let Ok(found) = flow.query_selector_all(ROWS) {
            for i in 0..found.length() {
                let Some(el) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
                // A paragraph in a list item is part of that row.
                if el.parent_element().and_then(|up| up.closest(ROWS).ok().flatten()).is_some() {
                    continue;
                }
                let r = el.get_bounding_client_rect();
                if r.height() <= 0.0 {
                    continue;
                }
                let tag = el.tag_name();
                let in_head = el.parent_element().is_some_and(|up| up.tag_name() == "THEAD");
                let lead = if tag == "TR" && !in_head {
                    el.closest("table").ok().flatten().and_then(|t| t.query_selector("thead").ok().flatten()).map_or(0.0, |h| h.get_bounding_client_rect().height())
                } else {
                    0.0
                };
                let keep_with_next = in_head || matches!(tag.as_str(), "H2" | "H3");
                rows.push(pg::RowBox { top: r.top() - base, height: r.height(), lead, keep_with_next });
            }
        }
        rows.sort_by(|a, b| a.top.total_cmp(&b.top));
        let pages = pg::pages(&rows, room);
        let count = pages.len().max(1);
        let _ = layout.try_set(pages);
        if p.pages.try_get_untracked() != Some(count) {
            let _ = p.pages.try_set(count);
        }
        // "The last page" (Page Up from the next slide), or fewer pages than before.
        if p.page.try_get_untracked().is_some_and(|i| i >= count) {
            let _ = p.page.try_set(count - 1);
        }
        show(p.page.try_get_untracked().unwrap_or(0));
    };
    // One measure per frame, after layout; never from inside the observer's
    // own callback (changing sizes there loops the observer).
    let queued = StoredValue::new(false);
    let schedule = move || {
        if queued.try_get_value() != Some(false) {
            return;
        }
        queued.set_value(true);
        request_animation_frame(move || {
            let _ = queued.try_set_value(false);
            measure();
        });
    };
    let watchers: StoredValue<Option<Watchers>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let (Some(frame), Some(flow)) = (frame.get(), flow.get()) else { return };
        if watchers.with_value(Option::is_some) {
            return;
        }
        let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(schedule);
        // The room (window resized, the ticker or the navigation bar grew)
        // and the rows' size.
        let resize = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let Some(ro) = &resize {
            ro.observe(&frame);
            ro.observe(&flow);
        }
        // Rows replaced or retyped at the same size still move the breaks.
        let mutation = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let Some(mo) = &mutation {
            let init = web_sys::MutationObserverInit::new();
            init.set_child_list(true);
            init.set_subtree(true);
            init.set_character_data(true);
            let _ = mo.observe_with_options(&flow, &init);
        }
        watchers.set_value(Some(Watchers { resize, mutation, _callback: callback }));
        schedule();
    });
    on_cleanup(move || {
        watchers.try_with_value(|w| {
            if let Some(w) = w {
                if let Some(ro) = &w.resize {
                    ro.disconnect();
                }
                if let Some(mo) = &w.mutation {
                    mo.disconnect();
                }
            }
        });
    });
    // A page chosen by a key or a button.
    Effect::new(move |_| {
        let i = p.page.get();
        layout.track();
        show(i);
    });
    let more = move || layout.with(|l| p.page.get().min(l.len().saturating_sub(1)) + 1 < l.len());
    view! {
        <div class="present-pager">
            <div class="present-frame" node_ref=frame>
                <div class="present-flow" node_ref=flow>{children()}</div>
            </div>
            <p class="present-more" class:on=more aria-hidden="true">{t(K::PrMoreBelow)}</p>
        </div>
    }
}
