//! The campaign timeline: a bar per campaign from start to end, coloured by
//! phase; its milestones as diamonds; finish-to-start dependencies as
//! arrows (broken ones flagged); a today line; week / month / quarter zoom.
//!
//! A bar moves by dragging it and resizes by dragging its end; from the
//! keyboard, ←/→ move it a day (Shift: a week), Alt+←/→ move its end, ↑/↓
//! go to the next bar. Every change is one undoable step. While a bar is
//! dragged only a preview signal changes: the workspace (and its save) is
//! touched once, on release, so a drag frame costs one bar's style and the
//! arrows that touch it.

use super::{status_class, status_key, status_symbol, Evaluated};
use crate::domain::timeline::{self as tl, Edit, LinkProblem, Zoom};
use crate::domain::ops::{Op, Record};
use crate::domain::{date, Campaign, Id, Phase};
use crate::i18n::{tr, trf, K};
use crate::state::{browser, use_store};
use crate::ui::portfolio::{campaign_href, phase_key};
use crate::ui::route::{param, replace_query, Area, Route};
use crate::ui::t;
use crate::ui::widgets::{with_blank, Choice};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;

const ROW_H: f64 = 40.0;
/// Rows rendered above and below the window.
const OVERSCAN: usize = 4;

/// One row's bar, as the chart draws it.
#[derive(Clone, Debug, PartialEq)]
struct Bar {
    id: Id,
    name: String,
    phase: Phase,
    dates: Option<(NaiveDate, NaiveDate)>,
    row: usize,
}

/// What the whole chart is drawn from; recomputed when the workspace changes.
#[derive(Clone, Debug, PartialEq, Default)]
struct Model {
    first: NaiveDate,
    last: NaiveDate,
    order: Vec<Id>,
    bars: HashMap<Id, Bar>,
    edges: Vec<(Id, Id)>,
    broken: HashSet<(Id, Id)>,
}

#[derive(Clone, Copy)]
struct Diamonds(Memo<HashMap<Id, String>>);

/// A milestone as its row shows it: title, date, status.
type RowMilestone = (String, NaiveDate, crate::domain::milestone::Status);

/// Each row's milestones (diamonds, and where its bar's name fits).
#[derive(Clone, Copy)]
struct RowMilestones(Memo<HashMap<Id, Vec<RowMilestone>>>);

/// From a bar's left edge to its name's: the border and the padding (timeline.css).
const NAME_INSET_PX: f64 = 2.0 + 6.4;

#[derive(Clone, Copy)]
struct Ctx {
    model: Memo<Model>,
    zoom: Memo<Zoom>,
    /// One preview signal per bar (the edit a drag would make so far), so a
    /// drag frame wakes that bar and its arrows, not all 200 rows.
    previews: StoredValue<HashMap<Id, RwSignal<Option<Edit>>>>,
    owner: StoredValue<Owner>,
    /// The bar being dragged; changes only when a drag starts or ends.
    dragging: RwSignal<Option<Id>>,
    selected: RwSignal<Option<Id>>,
    critical: Memo<HashSet<Id>>,
    /// How far the chart is scrolled sideways, in px of the calendar.
    scroll_x: RwSignal<f64>,
}

impl Ctx {
    /// Records the chart's sideways scroll (only a change wakes the names).
    fn scrolled_to(&self, x: f64) {
        if self.scroll_x.get_untracked() != x {
            self.scroll_x.set(x);
        }
    }
}

/// The preview signal of a bar, made on first use (by its row or an arrow).
fn preview(c: &Ctx, id: &Id) -> RwSignal<Option<Edit>> {
    if let Some(sig) = c.previews.with_value(|m| m.get(id).copied()) {
        return sig;
    }
    let sig = c.owner.with_value(|o| o.with(|| RwSignal::new(None)));
    c.previews.update_value(|m| {
        m.insert(id.clone(), sig);
    });
    sig
}

fn x_of(first: NaiveDate, d: NaiveDate, zoom: Zoom) -> f64 {
    (d - first).num_days() as f64 * zoom.px_per_day()
}

/// The dates a bar shows: stored, or previewed while it is dragged.
fn shown_dates(c: &Ctx, id: &Id) -> Option<(NaiveDate, NaiveDate)> {
    let stored = c.model.with(|m| m.bars.get(id).and_then(|b| b.dates))?;
    let (s, e) = stored;
    match preview(c, id).get() {
        Some(Edit::Move(n)) => Some(tl::shift(s, e, n)),
        Some(Edit::Resize(n)) => tl::resize_end(s, e, n).ok().or(Some((s, s))),
        None => Some(stored),
    }
}

/// Applies a move or resize to a campaign as one undoable step.
fn apply_edit(id: &Id, e: Edit) -> bool {
    let store = use_store();
    let Some(c) = store.ws.with_untracked(|w| w.campaigns.iter().find(|c| &c.id == id).and_then(|c| tl::edit(c, e))) else {
        return false;
    };
    store.dispatch(Op::Replace(Record::Campaign(c)))
}

fn focus_bar_later(id: Id) {
    let _ = set_timeout_with_handle(
        move || {
            if let Some(el) = document().get_element_by_id(&bar_dom_id(&id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        },
        std::time::Duration::from_millis(0),
    );
}

fn bar_dom_id(id: &Id) -> String {
    format!("gantt-bar-{id}")
}

#[component]
pub fn Gantt() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let Evaluated(evaluated) = expect_context::<Evaluated>();
    let zoom = Memo::new(move |_| param(&route.query.get(), "zoom").and_then(|z| Zoom::from_code(&z)).unwrap_or_default());
    let today = browser::today();
    let model = Memo::new(move |_| {
        store.ws.with(|w| {
            let (first, last) = tl::span(&w.campaigns, w.milestones.iter().map(|m| m.date), today);
            let order: Vec<Id> = tl::rows(&w.campaigns).into_iter().map(|i| w.campaigns[i].id.clone()).collect();
            let bars = order
                .iter()
                .enumerate()
                .map(|(row, id)| {
                    let c = w.campaigns.iter().find(|c| &c.id == id).expect("row of a campaign");
                    let dates = c.start.zip(c.end);
                    (id.clone(), Bar { id: id.clone(), name: c.name.clone(), phase: c.phase, dates, row })
                })
                .collect();
            let edges = tl::campaign_edges(&w.campaigns);
            let dates = tl::campaign_dates(&w.campaigns);
            let broken = tl::broken(&edges, &dates).into_iter().cloned().collect();
            Model { first, last, order, bars, edges, broken }
        })
    });
    let show_critical = RwSignal::new(false);
    let critical = Memo::new(move |_| {
        if !show_critical.get() {
            return HashSet::new();
        }
        store.ws.with(|w| tl::critical_path(&tl::campaign_edges(&w.campaigns), &tl::campaign_dates(&w.campaigns)).into_iter().collect())
    });
    let ctx = Ctx {
        model,
        zoom,
        previews: StoredValue::new(HashMap::new()),
        owner: StoredValue::new(Owner::current().expect("an owner")),
        dragging: RwSignal::new(None),
        selected: RwSignal::new(None),
        scroll_x: RwSignal::new(0.0),
        critical,
    };
    provide_context(ctx);
    // Every row's milestones in one pass (the key of milestones without a
    // campaign is the empty id): drawn as diamonds, and kept clear of by
    // the bar's name.
    let by_row = Memo::new(move |_| {
        let mut by: HashMap<Id, Vec<RowMilestone>> = HashMap::new();
        evaluated.with(|v| {
            for (m, e) in v {
                by.entry(m.campaign.clone().unwrap_or_else(|| Id(String::new()))).or_default().push((m.title.clone(), m.date, e.status));
            }
        });
        by
    });
    provide_context(RowMilestones(by_row));
    let diamonds = Memo::new(move |_| {
        let z = zoom.get();
        let lang = store.lang.get();
        let first = model.with(|m| m.first);
        by_row.with(|by| by.iter().map(|(k, list)| (k.clone(), diamonds_html(first, z, lang, list))).collect::<HashMap<Id, String>>())
    });
    provide_context(Diamonds(diamonds));

    let set_zoom = move |z: Zoom| {
        let mut q: Vec<String> = vec!["view=timeline".into()];
        if z != Zoom::default() {
            q.push(format!("zoom={}", z.code()));
        }
        replace_query(Area::Milestones, &q.join("&"));
        let _ = window().dispatch_event(&web_sys::HashChangeEvent::new("hashchange").expect("event"));
    };
    let width = move || model.with(|m| ((m.last - m.first).num_days() + 1) as f64 * zoom.get().px_per_day());
    let height = move || model.with(|m| (m.order.len() + usize::from(has_loose(evaluated))) as f64 * ROW_H);
    let scroller = NodeRef::<leptos::html::Div>::new();
    // Only the rows in (and near) the window are rendered: 200 rows with
    // 2,000 diamonds laid out at once took a quarter of a second to open.
    let body = NodeRef::<leptos::html::Div>::new();
    let range = RwSignal::new((0usize, 20usize));
    let measure = move || {
        // `try_`: a frame callback can come after the chart was left.
        let Some(el) = body.try_get_untracked().flatten() else { return };
        let top = el.get_bounding_client_rect().top();
        let h = window().inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(800.0);
        let first = ((-top / ROW_H).floor() - OVERSCAN as f64).max(0.0) as usize;
        let last = ((h - top) / ROW_H).ceil().max(0.0) as usize + OVERSCAN;
        if range.get_untracked() != (first, last) {
            range.set((first, last));
        }
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| measure());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    Effect::new(move |_| {
        body.track();
        request_animation_frame(measure);
    });
    // A bar chosen from the keyboard out of the rendered range is brought
    // into view first.
    Effect::new(move |_| {
        let Some(id) = ctx.selected.get() else { return };
        let Some(row) = model.with_untracked(|m| m.bars.get(&id).map(|b| b.row)) else { return };
        let (first, last) = range.get_untracked();
        if row < first + OVERSCAN || row + OVERSCAN >= last {
            if let Some(el) = body.get_untracked() {
                let top = el.get_bounding_client_rect().top() + window().scroll_y().unwrap_or(0.0);
                window().scroll_to_with_x_and_y(window().scroll_x().unwrap_or(0.0), top + row as f64 * ROW_H - 200.0);
                measure();
            }
        }
    });
    let shown_rows = move || {
        let (first, last) = range.get();
        model.with(|m| m.order.iter().skip(first).take(last.saturating_sub(first)).cloned().collect::<Vec<_>>())
    };
    // Open on today, not on the first campaign of two years ago. Done in
    // the next animation frame, with the row range: reading the layout
    // while the chart is being built would lay the page out twice.
    Effect::new(move |_| {
        let z = zoom.get();
        request_animation_frame(move || {
            if let Some(el) = scroller.try_get_untracked().flatten() {
                let x = model.with_untracked(|m| x_of(m.first, today, z));
                let to = (x - 160.0).max(0.0) as i32;
                el.set_scroll_left(to);
                // The names find their places in this frame, not in the
                // next one (when the scroll event would tell them; it also
                // corrects this if the browser clamped the scroll).
                ctx.scrolled_to(f64::from(to));
            }
        });
    });
    let today_x = move || model.with(|m| x_of(m.first, today, zoom.get()));
    let lang = move || store.lang.get();

    view! {
        <div class="gantt-tools row wrap">
            <div role="group" aria-label=t(K::TlZoom) class="segmented">
                {Zoom::ALL.into_iter().map(|z| {
                    let k = match z { Zoom::Week => K::TlWeek, Zoom::Month => K::TlMonth, Zoom::Quarter => K::TlQuarter };
                    view! { <button type="button" aria-pressed=move || (zoom.get() == z).to_string() on:click=move |_| set_zoom(z)>{t(k)}</button> }
                }).collect_view()}
            </div>
            <button type="button" class="secondary" aria-pressed=move || show_critical.get().to_string()
                on:click=move |_| show_critical.update(|v| *v = !*v)>{t(K::TlCritical)}</button>
            <p class="hint">{t(K::TlKeysHint)}</p>
        </div>
        <CriticalLine />
        <BrokenList />
        <DragStatus />
        <div class="gantt" node_ref=scroller style:--row-h=format!("{ROW_H}px")
            on:scroll=move |_| if let Some(el) = scroller.get_untracked() { ctx.scrolled_to(f64::from(el.scroll_left())) }>
            <div class="gantt-inner" style:width=move || format!("calc(var(--label-w) + {}px)", width())>
                <Header />
                <div class="gantt-body" node_ref=body style:height=move || format!("{}px", height())>
                    <div class="gantt-today" style:left=move || format!("calc(var(--label-w) + {}px)", today_x()) aria-hidden="true">
                        <span>{t(K::TlToday)}</span>
                    </div>
                    <Links width=Signal::derive(width) height=Signal::derive(height) />
                    <ul class="gantt-rows" aria-label=t(K::TlRows) data-rows=move || { let (a, b) = range.get(); format!("{a}-{}", b.min(model.with(|m| m.order.len()))) }>
                        <For each=shown_rows key=|id| id.clone() let:id>
                            <Row id=id />
                        </For>
                        {move || has_loose(evaluated).then(|| view! { <LooseRow /> })}
                    </ul>
                </div>
            </div>
        </div>
        {move || model.with(|m| m.order.is_empty()).then(|| view! { <p class="hint">{move || tr(lang(), K::TlEmpty)}</p> })}
        <Panel />
    }
}

/// Milestones without a campaign get a row of their own at the bottom.
fn has_loose(evaluated: Memo<Vec<(crate::domain::Milestone, crate::domain::milestone::Evaluation)>>) -> bool {
    evaluated.with(|v| v.iter().any(|(m, _)| m.campaign.is_none()))
}

#[component]
fn Header() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let store = use_store();
    let ticks = Memo::new(move |_| {
        let z = c.zoom.get();
        c.model.with(|m| tl::ticks(m.first, m.last, z).into_iter().map(|d| (d, x_of(m.first, d, z))).collect::<Vec<_>>())
    });
    let label = move |d: NaiveDate| {
        let lang = store.lang.get();
        match c.zoom.get() {
            Zoom::Week => format!("{}\n{}", tr(lang, crate::ui::weekday_key(d.weekday())), d.day()),
            Zoom::Month => format!("{} {}", d.day(), tr(lang, crate::ui::month_key(d.month()))),
            Zoom::Quarter => format!("{} {}", tr(lang, crate::ui::month_key(d.month())), d.year()),
        }
    };
    view! {
        <div class="gantt-head" aria-hidden="true">
            <div class="gantt-label">{t(K::TlCampaign)}</div>
            <div class=move || if c.zoom.get() == Zoom::Week { "gantt-scale week" } else { "gantt-scale" }>
                {move || ticks.get().into_iter().map(|(d, x)| view! {
                    <span class="tick" style:left=format!("{x}px")>{label(d)}</span>
                }).collect_view()}
            </div>
        </div>
    }
}

#[component]
fn Row(id: Id) -> impl IntoView {
    let c = expect_context::<Ctx>();
    let store = use_store();
    let id = StoredValue::new(id);
    let bar = Memo::new(move |_| c.model.with(|m| m.bars.get(&id.get_value()).cloned()));
    let dates = Memo::new(move |_| shown_dates(&c, &id.get_value()));
    let diamonds = expect_context::<Diamonds>().0;
    let my_diamonds = Memo::new(move |_| diamonds.with(|d| d.get(&id.get_value()).cloned().unwrap_or_default()));
    // The name sits where no diamond covers it (a milestone on its first
    // letters made "Winter blend launch" read "Winter ◆nd launch").
    let milestones = expect_context::<RowMilestones>().0;
    // A memo: scrolling sideways re-runs it for every row in view, but
    // only a bar whose start is out of view gets a new style.
    let name_style = Memo::new(move |_| {
        let (s, e) = dates.get()?;
        let z = c.zoom.get();
        let hidden = c.scroll_x.get() - c.model.with(|m| x_of(m.first, s, z));
        let (at, room) = milestones.with(|m| tl::name_room(s, e, m.get(&id.get_value()).into_iter().flatten().map(|x| x.1), z.px_per_day(), hidden));
        let left = at.max(NAME_INSET_PX);
        Some(format!("margin-left:{:.1}px;max-width:{:.1}px", left - NAME_INSET_PX, (at + room - left).max(0.0)))
    });
    // Where the bar is stored; a move in progress is a transform on top
    // (the dragged bar has a layer of its own: a frame is composited, not
    // painted again), a resize in progress changes the width.
    let stored = Memo::new(move |_| c.model.with(|m| m.bars.get(&id.get_value()).and_then(|b| b.dates)));
    let left = move || {
        let (s, _) = stored.get()?;
        Some(format!("{}px", x_of(c.model.with(|m| m.first), s, c.zoom.get())))
    };
    let width = move || {
        let (s, e) = dates.get()?;
        Some(format!("{}px", (((e - s).num_days() + 1) as f64 * c.zoom.get().px_per_day()).max(6.0)))
    };
    let shift = move || match preview(&c, &id.get_value()).get() {
        Some(Edit::Move(n)) => Some(format!("translateX({}px)", n as f64 * c.zoom.get().px_per_day())),
        _ => None,
    };
    let broken_in = Memo::new(move |_| {
        let me = id.get_value();
        match (preview(&c, &me).get(), dates.get()) {
            (Some(_), Some(ds)) => store.ws.with_untracked(|w| tl::broken_with(&w.campaigns, &me, ds)).len(),
            _ => c.model.with(|m| m.broken.iter().filter(|(a, b)| a == &me || b == &me).count()),
        }
    });
    let is_active = move || {
        let me = id.get_value();
        match c.selected.get() {
            Some(s) => s == me,
            None => c.model.with(|m| m.order.first() == Some(&me)),
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let me = id.get_value();
        let step = if ev.shift_key() { 7 } else { 1 };
        let edit = match ev.key().as_str() {
            "ArrowLeft" if ev.alt_key() => Some(Edit::Resize(-1)),
            "ArrowRight" if ev.alt_key() => Some(Edit::Resize(1)),
            "ArrowLeft" => Some(Edit::Move(-step)),
            "ArrowRight" => Some(Edit::Move(step)),
            "ArrowUp" | "ArrowDown" => {
                ev.prevent_default();
                let next = c.model.with_untracked(|m| {
                    let i = m.order.iter().position(|x| x == &me)?;
                    let j = if ev.key() == "ArrowUp" { i.checked_sub(1)? } else { i + 1 };
                    m.order.get(j).cloned()
                });
                if let Some(n) = next {
                    c.selected.set(Some(n.clone()));
                    focus_bar_later(n);
                }
                None
            }
            _ => None,
        };
        if let Some(e) = edit {
            ev.prevent_default();
            if !apply_edit(&me, e) && matches!(e, Edit::Resize(_)) {
                store.notify(store.t(K::TlErrEndBeforeStart).to_string(), false);
            }
            c.selected.set(Some(me.clone()));
            focus_bar_later(me);
        }
    };
    // Pointer drag: the bar follows in whole days; released, it is stored.
    let origin = StoredValue::new(None::<(f64, Edit)>);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 || dates.get_untracked().is_none() {
            return;
        }
        let on_end = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t.class_list().contains("gbar-end"));
        origin.set_value(Some((ev.client_x() as f64, if on_end { Edit::Resize(0) } else { Edit::Move(0) })));
        if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some((x0, kind)) = origin.get_value() else { return };
        let days = ((ev.client_x() as f64 - x0) / c.zoom.get_untracked().px_per_day()).round() as i64;
        let edit = match kind {
            Edit::Move(_) => Edit::Move(days),
            Edit::Resize(_) => Edit::Resize(days),
        };
        let me = id.get_value();
        let next = (days != 0).then_some(edit);
        let sig = preview(&c, &me);
        if sig.get_untracked() != next {
            if next.is_some() && c.dragging.get_untracked().as_ref() != Some(&me) {
                c.dragging.set(Some(me));
            }
            sig.set(next);
        }
    };
    let on_up = move |_ev: leptos::ev::PointerEvent| {
        let Some(_) = origin.get_value() else { return };
        origin.set_value(None);
        let me = id.get_value();
        let sig = preview(&c, &me);
        if let Some(e) = sig.get_untracked() {
            // Stored first, then the preview cleared: the bar never flicks back.
            if !apply_edit(&me, e) {
                store.notify(store.t(K::TlErrEndBeforeStart).to_string(), false);
            }
            sig.set(None);
            c.dragging.set(None);
        }
        c.selected.set(Some(me.clone()));
        focus_bar_later(me);
    };
    let label = move || {
        let lang = store.lang.get();
        let b = bar.get()?;
        let when = match dates.get() {
            Some((s, e)) => trf(lang, K::TlBarDates, &[("start", &date::format(s)), ("end", &date::format(e))]),
            None => tr(lang, K::TlNoDates).to_string(),
        };
        let broken = broken_in.get();
        let flag = if broken > 0 { format!(" — {}", tr(lang, K::TlBrokenFlag)) } else { String::new() };
        Some(format!("{}, {}, {}{flag}", b.name, tr(lang, phase_key(b.phase)), when))
    };
    view! {
        <li class="gantt-row" class:selected=move || c.selected.get() == Some(id.get_value())
            style:top=move || bar.with(|b| b.as_ref().map(|b| format!("{}px", b.row as f64 * ROW_H)))
            aria-posinset=move || bar.with(|b| b.as_ref().map(|b| b.row + 1)) aria-setsize=move || c.model.with(|m| m.order.len())>
            <div class="gantt-label">
                <a href=move || campaign_href(&id.get_value())>{move || bar.get().map(|b| b.name)}</a>
            </div>
            <div class="gantt-track">
                <Show when=move || dates.with(Option::is_some)>
                    <button type="button" id=bar_dom_id(&id.get_value())
                        class=move || format!("gbar phase-{}{}{}{}",
                            bar.with(|b| b.as_ref().map(|b| b.phase.code()).unwrap_or("request")),
                            if broken_in.get() > 0 { " broken" } else { "" },
                            if c.critical.with(|s| s.contains(&id.get_value())) { " critical" } else { "" },
                            if preview(&c, &id.get_value()).with(Option::is_some) { " dragging" } else { "" })
                        style:left=left style:width=width style:transform=shift
                        tabindex=move || if is_active() { "0" } else { "-1" }
                        aria-label=label
                        on:keydown=on_key on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up
                        on:click=move |_| c.selected.set(Some(id.get_value()))>
                        <span class="gbar-name" aria-hidden="true" style=name_style>{move || bar.get().map(|b| b.name)}</span>
                        {move || (broken_in.get() > 0).then(|| view! { <span class="gbar-flag" aria-hidden="true">"⚠"</span> })}
                        <span class="gbar-end" aria-hidden="true"></span>
                    </button>
                </Show>
                <div class="diamonds" inner_html=move || my_diamonds.get()></div>
            </div>
        </li>
    }
}

/// The row of milestones that belong to no campaign.
#[component]
fn LooseRow() -> impl IntoView {
    let diamonds = expect_context::<Diamonds>().0;
    let c = expect_context::<Ctx>();
    view! {
        <li class="gantt-row loose" style:top=move || format!("{}px", c.model.with(|m| m.order.len()) as f64 * ROW_H)>
            <div class="gantt-label"><span class="hint">{t(K::TlNoCampaign)}</span></div>
            <div class="gantt-track">
                <div class="diamonds" inner_html=move || diamonds.with(|d| d.get(&Id(String::new())).cloned().unwrap_or_default())></div>
            </div>
        </li>
    }
}

/// The path of an arrow from the end of `before`'s bar to the start of
/// `after`'s; `None` when either has no dates.
fn link_path(first: NaiveDate, z: Zoom, a: (usize, (NaiveDate, NaiveDate)), b: (usize, (NaiveDate, NaiveDate))) -> String {
    let (ra, (_, ae)) = a;
    let (rb, (bs, _)) = b;
    let x1 = x_of(first, ae, z) + z.px_per_day();
    let x2 = x_of(first, bs, z);
    let (y1, y2) = (ra as f64 * ROW_H + ROW_H / 2.0, rb as f64 * ROW_H + ROW_H / 2.0);
    if x2 >= x1 + 12.0 {
        format!("M{x1},{y1} H{} V{y2} H{}", x1 + 6.0, x2 - 1.0)
    } else {
        // Backwards (a broken link): down between the rows, then back.
        let mid = ra.max(rb) as f64 * ROW_H;
        format!("M{x1},{y1} H{} V{mid} H{} V{y2} H{}", x1 + 6.0, x2 - 8.0, x2 - 1.0)
    }
}

fn path_element(d: &str, broken: bool, critical: bool) -> String {
    format!(
        r#"<path class="link{}{}" d="{d}" marker-end="url(#{})"></path>"#,
        if broken { " broken" } else { "" },
        if critical { " critical" } else { "" },
        if broken { "gantt-arrow-bad" } else { "gantt-arrow" }
    )
}

/// The dependency arrows, in one SVG over the tracks. The arrows at rest
/// are one string (300 paths as 300 components cost a third of the
/// chart's opening); those touching a dragged bar are drawn apart and
/// follow it frame by frame.
#[component]
fn Links(width: Signal<f64>, height: Signal<f64>) -> impl IntoView {
    let c = expect_context::<Ctx>();
    let store = use_store();
    let still = Memo::new(move |_| {
        let z = c.zoom.get();
        let moving = c.dragging.get();
        let crit = c.critical.get();
        c.model.with(|m| {
            let mut out = String::new();
            for (a, b) in &m.edges {
                if moving.as_ref().is_some_and(|d| d == a || d == b) {
                    continue;
                }
                let at = |id: &Id| m.bars.get(id).and_then(|x| Some((x.row, x.dates?)));
                if let (Some(pa), Some(pb)) = (at(a), at(b)) {
                    let key = (a.clone(), b.clone());
                    out.push_str(&path_element(&link_path(m.first, z, pa, pb), m.broken.contains(&key), crit.contains(a) && crit.contains(b)));
                }
            }
            out
        })
    });
    let moving = move || {
        let id = c.dragging.get()?;
        let z = c.zoom.get();
        let (first, edges) = c.model.with(|m| (m.first, m.edges.iter().filter(|(a, b)| a == &id || b == &id).cloned().collect::<Vec<_>>()));
        let ds = shown_dates(&c, &id)?;
        let broken = store.ws.with_untracked(|w| tl::broken_with(&w.campaigns, &id, ds));
        let mut out = String::new();
        for (a, b) in edges {
            let at = |x: &Id| Some((c.model.with(|m| m.bars.get(x).map(|b| b.row))?, shown_dates(&c, x)?));
            if let (Some(pa), Some(pb)) = (at(&a), at(&b)) {
                let bad = broken.contains(&(a.clone(), b.clone()));
                out.push_str(&path_element(&link_path(first, z, pa, pb), bad, false));
            }
        }
        Some(out)
    };
    view! {
        <svg class="gantt-links" aria-hidden="true" width=move || width.get() height=move || height.get()>
            <defs>
                <marker id="gantt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                    <path d="M0,0 L8,4 L0,8 z" class="arrow-head" />
                </marker>
                <marker id="gantt-arrow-bad" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                    <path d="M0,0 L8,4 L0,8 z" class="arrow-head bad" />
                </marker>
            </defs>
            <g inner_html=move || still.get()></g>
        </svg>
        // Its own SVG (and layer): redrawing it during a drag leaves the
        // 300 arrows at rest alone.
        <svg class="gantt-links moving" aria-hidden="true" width=move || width.get() height=move || height.get()
            inner_html=move || moving().unwrap_or_default()></svg>
    }
}

/// The diamonds of every campaign's milestones, as one HTML string per
/// row (2,000 diamonds as components were most of the chart's opening).
/// Titles are user text: escaped here.
fn diamonds_html(first: NaiveDate, z: Zoom, lang: crate::i18n::Lang, list: &[RowMilestone]) -> String {
    let mut out = String::new();
    for (title, d, st) in list {
        let text = crate::html::escape(&trf(lang, K::TlDiamond, &[("title", title), ("date", &date::format(*d)), ("status", tr(lang, status_key(*st)))]));
        out.push_str(&format!(
            r#"<span class="diamond {}" role="img" aria-label="{text}" title="{text}" style="left:{}px"><span aria-hidden="true">{}</span></span>"#,
            status_class(*st),
            x_of(first, *d, z) + z.px_per_day() / 2.0,
            status_symbol(*st)
        ));
    }
    out
}

/// The links broken now, in words (the arrows and ⚠ say it in pictures).
#[component]
fn BrokenList() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let store = use_store();
    let lines = Memo::new(move |_| {
        c.model.with(|m| {
            let name = |id: &Id| m.bars.get(id).map(|b| b.name.clone()).unwrap_or_else(|| id.to_string());
            let mut v: Vec<(String, String)> = m.broken.iter().map(|(a, b)| (name(b), name(a))).collect();
            v.sort();
            v
        })
    });
    view! {
        {move || {
            let v = lines.get();
            (!v.is_empty()).then(|| {
                let lang = store.lang.get();
                let n = v.len();
                // A long list folds away so the chart stays on screen.
                view! {
                    <div class="notice warning gantt-broken" role="status">
                        <details open={n <= 5}>
                            <summary><strong>{trf(lang, K::TlBrokenCount, &[("n", &n.to_string())])}</strong></summary>
                            <ul>{v.into_iter().map(|(after, before)| view! {
                                <li>{trf(lang, K::TlBrokenLine, &[("after", &after), ("before", &before)])}</li>
                            }).collect_view()}</ul>
                        </details>
                    </div>
                }
            })
        }}
    }
}

/// While a bar is dragged: its dates so far and what the move would break.
#[component]
fn DragStatus() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let store = use_store();
    let text = move || {
        let id = c.dragging.get()?;
        let lang = store.lang.get();
        let (s, e) = shown_dates(&c, &id)?;
        let name = c.model.with(|m| m.bars.get(&id).map(|b| b.name.clone()))?;
        let broken = store.ws.with_untracked(|w| tl::broken_with(&w.campaigns, &id, (s, e))).len();
        let mut t = trf(lang, K::TlDragging, &[("name", &name), ("start", &date::format(s)), ("end", &date::format(e))]);
        if broken > 0 {
            t.push_str(" ");
            t.push_str(&trf(lang, K::TlWouldBreak, &[("n", &broken.to_string())]));
        }
        Some(t)
    };
    view! { <p class="gantt-drag-status" aria-live="polite">{text}</p> }
}

#[component]
fn CriticalLine() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let store = use_store();
    let text = move || {
        if c.critical.with(HashSet::is_empty) {
            return None;
        }
        let lang = store.lang.get();
        let (names, days) = store.ws.with(|w| {
            let path = tl::critical_path(&tl::campaign_edges(&w.campaigns), &tl::campaign_dates(&w.campaigns));
            let dates = tl::campaign_dates(&w.campaigns);
            let days: i64 = path.iter().filter_map(|id| dates.get(id)).map(|(s, e)| (*e - *s).num_days() + 1).sum();
            let names: Vec<String> = path.iter().filter_map(|id| w.campaigns.iter().find(|c| &c.id == id)).map(|c| c.name.clone()).collect();
            (names, days)
        });
        Some(trf(lang, K::TlCriticalLine, &[("path", &names.join(" → ")), ("days", &days.to_string())]))
    };
    view! { {move || text().map(|t| view! { <p class="gantt-critical-line" role="status">{t}</p> })} }
}

/// The chosen campaign: buttons that move it, and its dependencies.
#[component]
fn Panel() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let store = use_store();
    let problem = RwSignal::new(None::<String>);
    let pick = RwSignal::new(String::new());
    Effect::new(move |_| {
        c.selected.track();
        problem.set(None);
        pick.set(String::new());
    });
    let campaign = Memo::new(move |_| {
        let id = c.selected.get()?;
        store.ws.with(|w| w.campaigns.iter().find(|x| x.id == id).cloned())
    });
    let others = Memo::new(move |_| {
        let me = c.selected.get();
        store.ws.with(|w| w.campaigns.iter().filter(|x| Some(&x.id) != me.as_ref()).map(|x| (x.id.to_string(), x.name.clone())).collect::<Vec<_>>())
    });
    let add = move |_| {
        let (Some(me), before) = (c.selected.get_untracked(), pick.get_untracked()) else { return };
        if before.is_empty() {
            problem.set(Some(store.t(K::TlErrPick).to_string()));
            return;
        }
        let lang = store.lang.get_untracked();
        let result = store.ws.with_untracked(|w| tl::link(&w.campaigns, &Id(before), &me));
        match result {
            Ok(updated) => {
                if store.dispatch(Op::Replace(Record::Campaign(updated))) {
                    problem.set(None);
                    pick.set(String::new());
                    store.notify(tr(lang, K::TlLinked).to_string(), true);
                }
            }
            Err(p) => problem.set(Some(link_problem(lang, &p))),
        }
    };
    let unlink = move |before: Id| {
        let Some(me) = c.selected.get_untracked() else { return };
        let Some(mut cp) = store.ws.with_untracked(|w| w.campaigns.iter().find(|x| x.id == me).cloned()) else { return };
        cp.depends_on.retain(|d| d != &before);
        if store.dispatch(Op::Replace(Record::Campaign(cp))) {
            store.notify(store.t(K::TlUnlinked).to_string(), true);
        }
    };
    let edit_button = move |k: K, e: Edit| {
        view! {
            <button type="button" class="secondary" on:click=move |_| {
                if let Some(me) = c.selected.get_untracked() {
                    if !apply_edit(&me, e) {
                        store.notify(store.t(K::TlErrEndBeforeStart).to_string(), false);
                    }
                }
            }>{t(k)}</button>
        }
    };
    view! {
        {move || campaign.get().map(|cp: Campaign| {
            let lang = store.lang.get();
            let names: HashMap<Id, String> = store.ws.with(|w| w.campaigns.iter().map(|x| (x.id.clone(), x.name.clone())).collect());
            let when = match (cp.start, cp.end) {
                (Some(s), Some(e)) => trf(lang, K::TlBarDates, &[("start", &date::format(s)), ("end", &date::format(e))]),
                _ => tr(lang, K::TlNoDates).to_string(),
            };
            view! {
                <section class="card gantt-panel" aria-labelledby="gantt-panel-title">
                    <h2 id="gantt-panel-title">{cp.name.clone()}</h2>
                    <p>{when}" · "<a href=campaign_href(&cp.id)>{t(K::TlOpenCampaign)}</a></p>
                    {cp.start.is_some().then(|| view! {
                        <div class="row wrap" role="group" aria-label=t(K::TlMoveGroup)>
                            {edit_button(K::TlEarlierWeek, Edit::Move(-7))}
                            {edit_button(K::TlEarlierDay, Edit::Move(-1))}
                            {edit_button(K::TlLaterDay, Edit::Move(1))}
                            {edit_button(K::TlLaterWeek, Edit::Move(7))}
                            {edit_button(K::TlEndEarlier, Edit::Resize(-1))}
                            {edit_button(K::TlEndLater, Edit::Resize(1))}
                        </div>
                    })}
                    <h3>{t(K::TlDependsOn)}</h3>
                    {if cp.depends_on.is_empty() {
                        view! { <p class="hint">{t(K::TlNoDeps)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="deps">
                                {cp.depends_on.iter().map(|d| {
                                    let name = names.get(d).cloned().unwrap_or_else(|| d.to_string());
                                    let d2 = d.clone();
                                    view! { <li>{name.clone()}" "
                                        <button type="button" class="ghost danger" on:click=move |_| unlink(d2.clone()) data-name=name>
                                            {t(K::TlRemoveLink)}</button></li> }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <div class="row wrap">
                        <Choice id="gantt-dep" label=Signal::derive(t(K::TlAddDepLabel))
                            options=Signal::derive(move || with_blank(store.t(K::TlChoose), others.get()))
                            value=Signal::derive(move || pick.get()) on_change=Callback::new(move |v| { pick.set(v); problem.set(None); }) />
                        <button type="button" class="primary" on:click=add>{t(K::TlAddDep)}</button>
                    </div>
                    {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
                </section>
            }
        })}
    }
}

fn link_problem(lang: crate::i18n::Lang, p: &LinkProblem) -> String {
    let store = use_store();
    match p {
        LinkProblem::SelfLink => tr(lang, K::TlErrSelf).into(),
        LinkProblem::AlreadyLinked => tr(lang, K::TlErrAlready).into(),
        LinkProblem::NotFound => tr(lang, K::TlErrPick).into(),
        LinkProblem::Cycle(ids) => {
            let names: Vec<String> = store.ws.with_untracked(|w| {
                ids.iter().map(|id| w.campaigns.iter().find(|c| &c.id == id).map(|c| c.name.clone()).unwrap_or_else(|| id.to_string())).collect()
            });
            trf(lang, K::TlErrCycle, &[("path", &names.join(" → "))])
        }
    }
}
