//! The backlog list: add, edit (title, kind, description), delete with undo,
//! and reorder by dragging a row's handle (see `drag`), by buttons, Alt+↑/↓
//! or the arrow keys on the handle. The list order is the priority.
//!
//! Large backlogs render the first [`PAGE`] rows and a "Show more" button, so
//! a 5,000-item workspace opens fast; an item added beyond that window is
//! still shown (after the gap) so the person sees what they just added.

use crate::domain::backlog::{self, Filter, RankBy};
use crate::domain::ops::{Coll, Op, Record};
use crate::domain::{BacklogItem, FastSet, Id, ItemKind, ItemStatus};
use crate::i18n::{count, tr, trf, K};
use crate::state::{browser, use_store, Store};
use crate::ui::route::{replace_query_after_paint, Area, Route};
use crate::ui::t;
use crate::ui::widgets::{with_blank, Choice};
use editor::{story_line, EditItem};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

mod drag;
mod editor;
mod matrix;

const PAGE: usize = 50;
/// Whether a hidden slot keeps its content (see [`Row`]): not in the main
/// list, where a page search or a screen reader's view of the list must not
/// meet stale rows; yes for the pinned rows after the gap, which a kind
/// filter hides and shows by the hundred after a long session of adding.
const KEEP_WINDOW: bool = false;
const KEEP_BEYOND: bool = true;

pub fn kind_key(k: ItemKind) -> K {
    match k {
        ItemKind::Feature => K::KindFeature,
        ItemKind::Experiment => K::KindExperiment,
        ItemKind::Technical => K::KindTechnical,
        ItemKind::Campaign => K::KindCampaign,
        ItemKind::Content => K::KindContent,
    }
}

/// A glyph per kind, so kinds differ by shape as well as colour.
pub fn kind_icon(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Feature => "★",
        ItemKind::Experiment => "⚗",
        ItemKind::Technical => "⚙",
        ItemKind::Campaign => "➤",
        ItemKind::Content => "✎",
    }
}

fn status_key(s: ItemStatus) -> K {
    match s {
        ItemStatus::Todo => K::StatusTodo,
        ItemStatus::Doing => K::StatusDoing,
        ItemStatus::Done => K::StatusDone,
    }
}

/// Focuses an element by id after the DOM has been updated.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// After a row's item is deleted, the keyboard goes on from where it was:
/// the Edit button of the row now in its place (the next item), or of the
/// one before when it was the last, or the new-item field when none is left.
fn focus_after_delete(row: Option<web_sys::Element>) {
    request_animation_frame(move || {
        let shown = |el: &web_sys::Element| !el.has_attribute("hidden");
        let target = row.and_then(|r| {
            let edit = |el: web_sys::Element| el.query_selector("[data-act=edit]").ok().flatten();
            if r.is_connected() && shown(&r) {
                return edit(r);
            }
            let mut prev = r.previous_element_sibling();
            while let Some(p) = prev {
                if shown(&p) {
                    return edit(p);
                }
                prev = p.previous_element_sibling();
            }
            None
        });
        let target = target.or_else(|| document().get_element_by_id("new-item-title"));
        if let Some(el) = target {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// What every row reads from the list. Shared memos, so that a change of
/// filter or order notifies one memo per concern, not a closure in each row.
#[derive(Clone, Copy)]
struct ListCtx {
    /// Backlog positions shown, in the order shown.
    visible: Memo<Vec<usize>>,
    rank_by: Memo<RankBy>,
    editing: RwSignal<Option<Id>>,
}

/// A rendered item: its id, its position in the backlog (its manual rank)
/// and a shared copy of it. Rows read these instead of the workspace, so an
/// edit anywhere is compared once per rendered row in one memo, not in a
/// memo per row.
#[derive(Clone)]
struct Shown {
    id: Id,
    pos: usize,
    item: Arc<BacklogItem>,
    /// First or last of the shown items (it cannot move further). Kept
    /// here rather than in a memo each row reads: a new last item then
    /// changes two rows, not every row's subscriptions.
    first: bool,
    last: bool,
}

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        self.pos == other.pos && Arc::ptr_eq(&self.item, &other.item) && (self.first, self.last) == (other.first, other.last)
    }
}

/// `Shown` entries for backlog positions `at` of the shown list `shown`,
/// reusing the copies in `old` for items that did not change (so unchanged
/// rows compare equal).
fn shown_entries(items: &[BacklogItem], shown: &[usize], at: impl Iterator<Item = usize>, old: Option<Vec<Shown>>) -> (Vec<Shown>, bool) {
    let old = old.unwrap_or_default();
    let mut out = Vec::with_capacity(old.len());
    let (first, last) = (shown.first().copied(), shown.last().copied());
    for (n, pos) in at.enumerate() {
        let it = &items[pos];
        // Usually in the same place; after a move, nearby.
        let prev = old.get(n).filter(|o| o.id == it.id).or_else(|| old.iter().find(|o| o.id == it.id));
        let item = match prev {
            Some(o) if *o.item == *it => o.item.clone(),
            _ => Arc::new(it.clone()),
        };
        out.push(Shown { id: it.id.clone(), pos, item, first: first == Some(pos), last: last == Some(pos) });
    }
    let changed = out != old;
    (out, changed)
}

/// What a rendered row is keyed by (see `keys` in [`Backlog`]).
#[derive(Clone, PartialEq, Eq, Hash)]
enum RowKey {
    Slot(usize),
    Editing(Id),
}

/// From how many items off-screen rows skip rendering.
const LARGE_BACKLOG: usize = 200;

#[component]
pub fn Backlog() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    // Filters live in the URL (`#/backlog?kind=content&q=blog&rank=rice`).
    let filter = RwSignal::new(Filter::from_query(&route.query.get_untracked()));
    Effect::new(move |_| {
        let q = route.query.get();
        if filter.with_untracked(|f| f.to_query()) != q {
            filter.set(Filter::from_query(&q));
        }
    });
    // The URL follows the filters (one writer, whatever changed them).
    Effect::new(move |_| replace_query_after_paint(Area::Backlog, filter.with(Filter::to_query)));
    // Focus the person moves themselves (a click, Tab, a test's `focus()`)
    // wins over a moved row's focus still on its way: the next key acts
    // where they put it, and the focus is not pulled back.
    let on_focus = window_event_listener(leptos::ev::focusin, |_| FOCUS_PENDING.with(|p| *p.borrow_mut() = None));
    on_cleanup(move || on_focus.remove());

    let rank_by = Memo::new(move |_| filter.with(|f| f.rank));
    // The backlog in rank order: sorted again when the workspace or the
    // order changes, not when another filter does.
    let ranked = Memo::new(move |_| {
        let by = rank_by.get();
        store.ws.with(|w| backlog::rank(&w.backlog, by))
    });
    // What the list shows, in the order it shows it (backlog positions: no
    // id is copied for the thousands of items that are not rendered).
    let visible = Memo::new(move |_| ranked.with(|r| filter.with(|f| store.ws.with(|w| backlog::shown(&w.backlog, r, f)))));
    let total = Memo::new(move |_| store.ws.with(|w| w.backlog.len()));
    let limit = RwSignal::new(PAGE);
    // Items added during this visit that fall beyond the rendered window.
    let pinned = RwSignal::new(Vec::<Id>::new());
    // The rendered rows, and the pinned ones after the gap.
    let window = Memo::new_owning(move |old| {
        let l = limit.get();
        visible.with(|v| store.ws.with(|w| shown_entries(&w.backlog, v, v.iter().take(l).copied(), old)))
    });
    let beyond = Memo::new_owning(move |old| {
        let l = limit.get();
        pinned.with(|p| {
            visible.with(|v| {
                store.ws.with(|w| {
                    // Pinned positions marked in one pass (a search per
                    // shown item would cost 5,000 × pinned comparisons).
                    let mut is_pinned = vec![false; if p.is_empty() { 0 } else { w.backlog.len() }];
                    if !p.is_empty() {
                        let ids: FastSet<&Id> = p.iter().collect();
                        for (i, it) in w.backlog.iter().enumerate() {
                            is_pinned[i] = ids.contains(&it.id);
                        }
                    }
                    let at = v.iter().skip(if p.is_empty() { v.len() } else { l }).copied().filter(|&i| is_pinned[i]);
                    shown_entries(&w.backlog, v, at, old)
                })
            })
        })
    });
    let shown = move || visible.with(Vec::len);
    let hidden = move || shown().saturating_sub(limit.get()) > beyond.with(Vec::len);
    let filtering = move || filter.with(|f| !f.is_empty());
    // The one item being edited (from its row or from the matrix).
    let editing = RwSignal::new(None::<Id>);
    let show_matrix = RwSignal::new(false);
    let list = ListCtx { visible, rank_by, editing };
    let drag = drag::Drag::new(store, list);
    // The rendered rows are slots: the n-th shown item, whatever it is, so a
    // filter or order change rewrites rows in place instead of building new
    // ones. A slot left without an item is hidden, not removed, and is
    // reused when the list grows again. The row being edited is keyed by its
    // item instead, so its editor (and what is typed in it) follows it.
    let slot_keys = move |list: Memo<Vec<Shown>>| {
        // How many slots the list has had: never shrinks.
        let slots = Memo::new_owning(move |old: Option<usize>| {
            let n = list.with(Vec::len).max(old.unwrap_or(0));
            (n, Some(n) != old)
        });
        Memo::new(move |_| {
            editing.with(|e| {
                list.with(|l| {
                    (0..slots.get())
                        .map(|n| match l.get(n) {
                            Some(s) if e.as_ref() == Some(&s.id) => RowKey::Editing(s.id.clone()),
                            _ => RowKey::Slot(n),
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    };
    // Each slot reads a signal of its own, which one effect per list sets
    // when that slot's entry changed. Slots reading the list memo directly
    // would all be marked for checking on every change of the list (the
    // reactive graph marks everything downstream, ~8 nodes a row, 150 rows),
    // even when a filter change leaves most of them as they were.
    let cells_of = move |list: Memo<Vec<Shown>>| {
        let cells = StoredValue::new(Vec::<ArcRwSignal<Option<Shown>>>::new());
        Effect::new(move |_| {
            list.with(|l| {
                cells.with_value(|c| {
                    for (n, cell) in c.iter().enumerate() {
                        let now = l.get(n);
                        if cell.with_untracked(|old| old.as_ref() != now) {
                            cell.set(now.cloned());
                        }
                    }
                })
            })
        });
        move |n: usize| -> Signal<Option<Shown>> {
            cells.update_value(|c| {
                while c.len() <= n {
                    let k = c.len();
                    c.push(ArcRwSignal::new(list.with_untracked(|l| l.get(k).cloned())));
                }
            });
            cells.with_value(|c| c[n].clone()).into()
        }
    };
    let slot_row = move |from: Memo<Vec<Shown>>, keep: bool| {
        let cell = cells_of(from);
        move |key: RowKey| {
            let (source, fixed) = match key {
                RowKey::Slot(n) => (cell(n), false),
                RowKey::Editing(id) => (Signal::from(Memo::new(move |_| from.with(|w| w.iter().find(|e| e.id == id).cloned()))), true),
            };
            view! { <Row source=source fixed=fixed keep=keep list=list /> }
        }
    };
    let (window_keys, beyond_keys) = (slot_keys(window), slot_keys(beyond));

    // Rows off screen skip rendering only in a large backlog, where a
    // filter change rewrites 50 rows of thousands (see .items.large in
    // main.css); in a small one every row is rendered, so its text is there
    // for anything reading the page as laid out (innerText).
    let large = Memo::new(move |_| store.ws.with(|w| w.backlog.len() > LARGE_BACKLOG));
    view! {
        <section class="area backlog" aria-labelledby="backlog-title">
            <div class="area-head">
                <h1 id="backlog-title">{t(K::BacklogTitle)}</h1>
                <p class="count">{move || {
                    let lang = store.lang.get();
                    if filtering() {
                        trf(lang, K::ShowingOf, &[("shown", &shown().to_string()), ("total", &total.get().to_string())])
                    } else {
                        count(lang, K::ItemsOne, K::ItemsMany, total.get())
                    }
                }}</p>
            </div>
            <p class="lead">{t(K::BacklogLead)}</p>
            <AddItem pinned=pinned limit=limit visible=visible />
            <FilterBar filter=filter />
            <div class="row">
                <button aria-pressed=move || if show_matrix.get() { "true" } else { "false" } on:click=move |_| show_matrix.update(|m| *m = !*m)>
                    {t(K::ValueEffortMatrix)}
                </button>
            </div>
            <Show when=move || show_matrix.get()>
                <matrix::Matrix visible=visible editing=editing limit=limit />
            </Show>
            <Show when=move || total.get() == 0>
                <p class="empty">{t(K::BacklogEmpty)}</p>
            </Show>
            <Show when=move || { total.get() > 0 && shown() == 0 }>
                <p class="empty">{t(K::NothingMatches)}</p>
            </Show>
            <div class="list-wrap" class:ranked=move || rank_by.get() != RankBy::Manual node_ref=drag.wrap
                on:pointerdown=move |e| drag.start(e) on:pointermove=move |e| drag.over(e)
                on:pointerup=move |e| drag.drop(e) on:pointercancel=move |_| drag.cancel()
                on:keydown=move |e| if e.key() == "Escape" { drag.cancel() }>
                <ol class="items" class:large=large aria-labelledby="backlog-title">
                    <For each=move || window_keys.get() key=|k| k.clone() children=slot_row(window, KEEP_WINDOW) />
                </ol>
                <Show when=hidden>
                    <button class="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || trf(store.lang.get(), K::ShowMore, &[("n", &shown().saturating_sub(limit.get()).min(PAGE).to_string())])}
                    </button>
                </Show>
                <ol class="items beyond" class:large=large aria-label=t(K::AddedJustNow) hidden=move || beyond.with(Vec::is_empty)>
                    <For each=move || beyond_keys.get() key=|k| k.clone() children=slot_row(beyond, KEEP_BEYOND) />
                </ol>
                <div class="drop-line" aria-hidden="true" style:display=move || if drag.line.get().is_some() { "block" } else { "none" }
                    style:top=move || format!("{}px", drag.line.get().unwrap_or(0.0))></div>
            </div>
            <p class="hint">{move || store.t(if rank_by.get() == RankBy::Manual { K::ReorderHint } else { K::ReorderRankedHint })}</p>
        </section>
    }
}

/// Search, kind, campaign, assignee, tag and ranking. Every choice is in the URL.
#[component]
fn FilterBar(filter: RwSignal<Filter>) -> impl IntoView {
    let store = use_store();
    let set = move |f: &dyn Fn(&mut Filter)| filter.update(|x| f(x));
    let lang = move || store.lang.get();
    let with_all = move |all: K, rest: Vec<(String, String)>| with_blank(tr(lang(), all), rest);
    let kinds = Signal::derive(move || with_all(K::AllKinds, ItemKind::ALL.iter().map(|k| (k.code().to_string(), tr(lang(), kind_key(*k)).to_string())).collect()));
    let campaigns = Signal::derive(move || with_all(K::AllCampaigns, store.ws.with(|w| w.campaigns.iter().map(|c| (c.id.to_string(), c.name.clone())).collect())));
    let people = Signal::derive(move || with_all(K::Everyone, store.ws.with(|w| w.team.iter().map(|m| (m.id.to_string(), m.name.clone())).collect())));
    let all_tags = Signal::derive(move || {
        let tags = store.ws.with(|w| backlog::all_tags(&w.backlog));
        with_all(K::AllTags, tags.into_iter().map(|t| (t.clone(), t)).collect())
    });
    let ranks = Signal::derive(move || {
        [(RankBy::Manual, K::RankManual), (RankBy::Rice, K::RankRice), (RankBy::ValuePerEffort, K::RankValue)]
            .into_iter()
            .map(|(r, k)| (r.code().to_string(), tr(lang(), k).to_string()))
            .collect::<Vec<_>>()
    });
    let opt_id = |v: String| if v.is_empty() { None } else { Some(Id(v)) };
    let id_text = |id: &Option<Id>| id.as_ref().map(|i| i.to_string()).unwrap_or_default();
    // The selects' values are memos: a change of one filter then sets one
    // select, not all five.
    view! {
        <div class="filters" role="search" aria-label=t(K::FiltersLabel)>
            <div class="field grow">
                <label for="filter-text">{t(K::Search)}</label>
                <input id="filter-text" type="search" autocomplete="off" prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |e| { let v = event_target_value(&e); set(&|f| f.text = v.clone()); } />
            </div>
            <Choice id="filter-kind" label=Signal::derive(t(K::Kind)) options=kinds
                value=Memo::new(move |_| filter.with(|f| f.kind.map(|k| k.code().to_string()).unwrap_or_default()))
                on_change=move |v: String| set(&|f| f.kind = ItemKind::from_code(&v)) />
            <Choice id="filter-campaign" label=Signal::derive(t(K::CampaignLink)) options=campaigns
                value=Memo::new(move |_| filter.with(|f| id_text(&f.campaign)))
                on_change=move |v: String| set(&|f| f.campaign = opt_id(v.clone())) />
            <Choice id="filter-assignee" label=Signal::derive(t(K::Assignee)) options=people
                value=Memo::new(move |_| filter.with(|f| id_text(&f.assignee)))
                on_change=move |v: String| set(&|f| f.assignee = opt_id(v.clone())) />
            <Choice id="filter-tag" label=Signal::derive(t(K::Tag)) options=all_tags
                value=Memo::new(move |_| filter.with(|f| f.tag.clone().unwrap_or_default()))
                on_change=move |v: String| set(&|f| f.tag = (!v.is_empty()).then(|| v.clone())) />
            <Choice id="filter-rank" label=Signal::derive(t(K::RankByLabel)) options=ranks
                value=Memo::new(move |_| filter.with(|f| f.rank.code().to_string()))
                on_change=move |v: String| set(&|f| f.rank = RankBy::from_code(&v)) />
            <Show when=move || filter.with(|f| !f.is_empty() || f.rank != RankBy::Manual)>
                <button class="ghost" on:click=move |_| set(&|f| *f = Filter::default())>{t(K::ClearFilters)}</button>
            </Show>
        </div>
    }
}

#[component]
fn AddItem(pinned: RwSignal<Vec<Id>>, limit: RwSignal<usize>, visible: Memo<Vec<usize>>) -> impl IntoView {
    let store = use_store();
    let title = RwSignal::new(String::new());
    let kind = RwSignal::new(ItemKind::Feature);
    let error = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            error.set(true);
            if let Some(i) = input.get() {
                let _ = i.focus();
            }
            return;
        }
        error.set(false);
        let id = browser::new_id("it");
        let at = store.ws.with_untracked(|w| w.backlog.len());
        let item = BacklogItem::new(id.clone(), &text, kind.get_untracked());
        browser::timed("add-item", || store.dispatch(Op::Insert { at, record: Record::Item(item) }));
        match visible.with_untracked(|v| v.iter().position(|&x| x == at)) {
            None => store.notify(trf(store.lang.get_untracked(), K::AddedHidden, &[("title", &text)]), false),
            Some(pos) => {
                let l = limit.get_untracked();
                if pos == l {
                    // The whole list was shown: keep showing all of it.
                    limit.set(l + 1);
                } else if pos > l {
                    // Rows are hidden before it: show it after the gap.
                    pinned.update(|p| p.push(id));
                }
            }
        }
        title.set(String::new());
    };
    view! {
        <form class="add-item" on:submit=submit novalidate>
            <div class="field grow">
                <label for="new-item-title">{t(K::NewItemTitle)}</label>
                <input id="new-item-title" type="text" node_ref=input autocomplete="off" maxlength="300"
                    prop:value=move || title.get()
                    on:input=move |e| { title.set(event_target_value(&e)); if error.get_untracked() { error.set(false); } }
                    aria-invalid=move || error.get().then_some("true")
                    aria-describedby=move || error.get().then_some("new-item-error") />
            </div>
            <KindSelect id="new-item-kind" value=kind label=K::NewItemKind />
            <button type="submit" class="primary">{t(K::AddItem)}</button>
            <Show when=move || error.get()>
                <p id="new-item-error" class="field-error" role="alert">{t(K::TitleRequired)}</p>
            </Show>
        </form>
    }
}

/// The kind of an item, chosen by its name.
#[component]
fn KindSelect(#[prop(into)] id: String, value: RwSignal<ItemKind>, #[prop(default = K::Kind)] label: K) -> impl IntoView {
    let store = use_store();
    let options = Signal::derive(move || {
        let lang = store.lang.get();
        ItemKind::ALL.iter().map(|k| (k.code().to_string(), tr(lang, kind_key(*k)).to_string())).collect::<Vec<_>>()
    });
    view! {
        <Choice id=id label=Signal::derive(t(label)) options=options
            value=Signal::derive(move || value.get().code().to_string())
            on_change=move |v: String| if let Some(k) = ItemKind::from_code(&v) { value.set(k) } />
    }
}

thread_local! {
    /// The item whose row is about to get the focus (see [`focus_row_later`]).
    static FOCUS_PENDING: std::cell::RefCell<Option<Id>> = const { std::cell::RefCell::new(None) };
}

/// Focuses `part` (a selector: the drag handle, a move button, Edit) of the
/// row that shows `id`, once the list has been updated. Rows are found by
/// their item, not by element ids, because a row is reused for other items.
/// Until then the focused row may already show another item: a key pressed
/// meanwhile (a held arrow key) acts on `id`, see [`key_target`]. If the
/// person focuses something else first, the pending focus is dropped (the
/// `focusin` listener in [`Backlog`]) and nothing is focused here.
fn focus_row_later(id: Id, part: &'static str) {
    FOCUS_PENDING.with(|p| *p.borrow_mut() = Some(id.clone()));
    request_animation_frame(move || {
        // Several moves in one frame queue several of these: the one for
        // the item still pending focuses it, the rest leave it alone.
        let mine = FOCUS_PENDING.with(|p| {
            let mut p = p.borrow_mut();
            let mine = p.as_ref() == Some(&id);
            if mine {
                *p = None;
            }
            mine
        });
        if !mine {
            return;
        }
        let Ok(rows) = document().query_selector_all("li[data-id]") else { return };
        for i in 0..rows.length() {
            let Some(li) = rows.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            if li.get_attribute("data-id").as_deref() == Some(id.as_str()) {
                if let Some(el) = li.query_selector(part).ok().flatten() {
                    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                }
                return;
            }
        }
    });
}

/// The item a key press in a row acts on: the one whose focus is on its way
/// (after a move), else the row's own.
fn key_target(store: Store, own: Option<(Id, usize)>) -> Option<(Id, usize)> {
    match FOCUS_PENDING.with(|p| p.borrow().clone()) {
        Some(id) => store.ws.with_untracked(|w| w.backlog.iter().position(|i| i.id == id)).map(|at| (id, at)),
        None => own,
    }
}

/// Moves the item at `from` one step among the *visible* items, so moving
/// works the same in a filtered list, then focuses `focus` in its row.
fn move_item(store: Store, visible: Memo<Vec<usize>>, from: usize, delta: isize, focus: &'static str) {
    let Some(to) = visible.with_untracked(|v| backlog::step_position(v, from, delta)) else { return };
    let Some(id) = store.ws.with_untracked(|w| w.backlog.get(from).map(|i| i.id.clone())) else { return };
    store.dispatch(Op::Move { coll: Coll::Backlog, id: id.clone(), to });
    focus_row_later(id, focus);
}

/// One row of the list. `source` says which item it shows and where that
/// item is in the backlog; in a slot it changes with the list, and the row
/// is rewritten in place: one closure builds the row's view as plain values
/// and tachys writes only the text and attributes that differ. (A closure
/// per part was tried: at 150 rows the reactive graph's bookkeeping for
/// 2,800 effects cost more than it saved.) A slot without an item is
/// hidden, and keeps its content only where `keep` says: the pinned rows
/// after the gap, which a kind filter hides and shows by the hundred. A
/// `fixed` row is the edited item's: it shows the editor.
#[component]
fn Row(source: Signal<Option<Shown>>, fixed: bool, keep: bool, list: ListCtx) -> impl IntoView {
    let store = use_store();
    let scope = crate::ui::sprint::use_scope();
    let ListCtx { visible, rank_by, editing } = list;
    if fixed {
        let item = Memo::new(move |_| source.with(|s| s.as_ref().map(|s| s.item.clone())));
        return view! {
            <li class=move || item.with(|i| i.as_ref().map(|i| format!("item editing kind-{}", i.kind.code())))>
                {move || item.get().map(|item| view! { <EditItem item=(*item).clone() editing=editing /> })}
            </li>
        }
        .into_any();
    }
    // What the row shows: its item, or while hidden the last one if `keep`.
    let current = Memo::new_owning(move |old: Option<Option<Shown>>| {
        let old = old.flatten();
        match source.get() {
            Some(now) => {
                let changed = old.as_ref() != Some(&now);
                (Some(now), changed)
            }
            None if keep => (old, false),
            None => {
                let changed = old.is_some();
                (None, changed)
            }
        }
    });
    let kind = Memo::new(move |_| current.with(|s| s.as_ref().map(|s| s.item.kind)));
    // The language, and what the order changes in this row (its score chip,
    // whether it may move), through memos of the row's own: a new order
    // rewrites only the rows it changes, and rows do not each re-subscribe
    // to the shared signals (a cost that grows with the number of rows).
    let lang = Memo::new(move |_| store.lang.get());
    let ranked = Memo::new(move |_| {
        let by = rank_by.get();
        let lang = lang.get();
        let chip = |k: K, score: Option<f64>| score.map(|s| trf(lang, k, &[("score", &crate::i18n::number(s))])).unwrap_or_default();
        let score = current.with(|s| {
            s.as_ref().map(|s| match by {
                RankBy::Manual => String::new(),
                RankBy::Rice => chip(K::RiceChip, s.item.rice.as_ref().and_then(backlog::rice_score)),
                RankBy::ValuePerEffort => chip(K::ValueChip, backlog::value_per_effort(&s.item)),
            })
        });
        (score.unwrap_or_default(), by != RankBy::Manual)
    });

    let at = move || source.with_untracked(|s| s.as_ref().map(|s| (s.id.clone(), s.pos)));
    // Keys and clicks are handled here for the whole row: its buttons are
    // rewritten in place, and a handler on each would be re-attached on
    // every rewrite.
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        let Some((_, from)) = key_target(store, at()) else { return };
        // On the drag handle the arrows alone move; elsewhere with Alt.
        let on_handle = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t.class_list().contains("drag-handle"));
        if !e.alt_key() && !on_handle {
            return;
        }
        let delta = match e.key().as_str() {
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            _ => return,
        };
        e.prevent_default();
        if rank_by.get_untracked() == RankBy::Manual {
            let focus = if on_handle { ".drag-handle" } else if delta < 0 { "[data-act=up]" } else { "[data-act=down]" };
            move_item(store, visible, from, delta, focus);
        }
    };
    let on_click = move |e: leptos::ev::MouseEvent| {
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let Some(act) = target.and_then(|t| t.closest("button[data-act]").ok().flatten()).and_then(|b| b.get_attribute("data-act")) else { return };
        let Some((id, from)) = at() else { return };
        match act.as_str() {
            "up" => move_item(store, visible, from, -1, "[data-act=up]"),
            "down" => move_item(store, visible, from, 1, "[data-act=down]"),
            "edit" => editing.set(Some(id)),
            "delete" => {
                let title = current.with_untracked(|s| s.as_ref().map(|s| s.item.title.clone())).unwrap_or_default();
                let row = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                if crate::ui::sprint::request_delete(store, scope, &id) {
                    store.notify(trf(store.lang.get_untracked(), K::Deleted, &[("title", &title)]), true);
                    focus_after_delete(row);
                }
            }
            _ => {}
        }
    };

    let content = move || {
        let Shown { pos, item, first, last, .. } = current.get()?;
        let lang = lang.get();
        let (score, locked) = ranked.get();
        let kind = item.kind;
        let title = item.title.clone();
        let (done, criteria) = (item.acceptance.iter().filter(|c| c.done).count(), item.acceptance.len());
        Some(view! {
            <button type="button" class="drag-handle" data-name=trf(lang, K::DragHandle, &[("title", &title)])>
                <span aria-hidden="true">"⠿"</span>
            </button>
            <span class="rank" title=tr(lang, K::Rank)>{pos + 1}</span>
            <span class="kind-badge"><span aria-hidden="true" class="icon">{kind_icon(kind)}</span>{tr(lang, kind_key(kind))}</span>
            <div class="body">
                <span class="title">{title.clone()}</span>
                {story_line(lang, &item.story).map(|l| view! { <span class="story">{l}</span> })}
                {(!item.description.is_empty()).then(|| view! { <span class="desc">{item.description.clone()}</span> })}
                {(!item.tags.is_empty() || criteria > 0).then(|| view! {
                    <span class="meta">
                        {(criteria > 0).then(|| view! {
                            <span class="criteria-progress">{trf(lang, K::CriteriaProgress, &[("done", &done.to_string()), ("total", &criteria.to_string())])}</span>
                        })}
                        {item.tags.iter().map(|tg| view! { <span class="tag">{format!("#{tg}")}</span> }).collect_view()}
                    </span>
                })}
            </div>
            <span class="score">{score}</span>
            <span class=format!("status status-{:?}", item.status).to_lowercase()>{tr(lang, status_key(item.status))}</span>
            <div class="row-actions">
                <button class="icon-btn" data-act="up" disabled=locked || first data-name=format!("{} {title}", tr(lang, K::MoveUp))>
                    <span aria-hidden="true">"↑"</span>
                </button>
                <button class="icon-btn" data-act="down" disabled=locked || last data-name=format!("{} {title}", tr(lang, K::MoveDown))>
                    <span aria-hidden="true">"↓"</span>
                </button>
                <button class="ghost" data-act="edit" data-name=title.clone()>
                    {tr(lang, K::Edit)}
                </button>
                <button class="ghost danger" data-act="delete" data-name=title.clone()>
                    {tr(lang, K::Delete)}
                </button>
            </div>
        })
    };
    view! {
        <li class=move || kind.get().map(|k| format!("item kind-{}", k.code())) data-id=move || source.with(|s| s.as_ref().map(|s| s.id.to_string()))
            hidden=move || source.with(Option::is_none) on:click=on_click on:keydown=on_key>
            {content}
        </li>
    }
    .into_any()
}
