//! The sprint board: to do / doing / done, and optionally the backlog as a
//! first column to plan by dragging. Cards move by drag and drop or by
//! their ← / → buttons (the keyboard path); a column over its WIP limit says
//! so. Cards are static views keyed by their content, so a change re-renders
//! only the cards it touched, and a 5,000-card board stays quick.

use super::scope::{request_move, request_remove, use_scope};
use crate::domain::ops::{Op, Record};
use crate::domain::sprint::wip_over;
use crate::domain::{BacklogItem, Id, ItemKind, ItemStatus, SprintState};
use crate::i18n::{number, tr, trf, Lang, K};
use crate::state::{browser, use_store};
use crate::ui::backlog::{kind_icon, kind_key};
use crate::ui::t;
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

const DRAG_TYPE: &str = "application/x-jalon-item";

/// A column of the board: the backlog, or a status of the sprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Backlog,
    Status(ItemStatus),
}

impl Col {
    fn key(self) -> K {
        match self {
            Col::Backlog => K::NavBacklog,
            Col::Status(ItemStatus::Todo) => K::StatusTodo,
            Col::Status(ItemStatus::Doing) => K::StatusDoing,
            Col::Status(ItemStatus::Done) => K::StatusDone,
        }
    }
    fn slug(self) -> &'static str {
        match self {
            Col::Backlog => "backlog",
            Col::Status(ItemStatus::Todo) => "todo",
            Col::Status(ItemStatus::Doing) => "doing",
            Col::Status(ItemStatus::Done) => "done",
        }
    }
}

/// What a card shows; `key` changes whenever any of it does.
#[derive(Clone, Debug, PartialEq)]
struct Card {
    id: Id,
    key: u64,
    title: String,
    kind: ItemKind,
    who: String,
    hours: Option<f64>,
}

fn card(i: &BacklogItem, names: &HashMap<&Id, &str>, lang: Lang) -> Card {
    let who = i.assignee.as_ref().and_then(|a| names.get(a)).map(|s| s.to_string()).unwrap_or_default();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&i.title, i.kind, &who, i.estimate_hours.map(f64::to_bits), lang.code()).hash(&mut h);
    Card { id: i.id.clone(), key: h.finish(), title: i.title.clone(), kind: i.kind, who, hours: i.estimate_hours }
}

#[component]
pub fn Board(sprint: Id, show_backlog: bool) -> impl IntoView {
    let store = use_store();
    let sid = StoredValue::new(sprint.clone());
    let closed = Memo::new(move |_| store.ws.with(|w| w.sprints.iter().any(|s| s.id == sid.get_value() && s.state == SprintState::Closed)));
    let cols: Vec<Col> = show_backlog
        .then_some(Col::Backlog)
        .into_iter()
        .chain([ItemStatus::Todo, ItemStatus::Doing, ItemStatus::Done].map(Col::Status))
        .collect();
    let n = cols.len();
    // Every column's cards in one pass over the backlog.
    let lists = Memo::new(move |_| {
        let lang = store.lang.get();
        browser::timed("board-lists", || {
            store.ws.with(|w| {
                let names: HashMap<&Id, &str> = w.team.iter().map(|m| (&m.id, m.name.as_str())).collect();
                let me = sid.get_value();
                let mut out: [Vec<Card>; 4] = Default::default();
                for i in &w.backlog {
                    let c = match (&i.sprint, i.status) {
                        (Some(s), st) if *s == me => Col::Status(st),
                        (None, st) if show_backlog && st != ItemStatus::Done => Col::Backlog,
                        _ => continue,
                    };
                    let slot = match c {
                        Col::Backlog => 0,
                        Col::Status(ItemStatus::Todo) => 1,
                        Col::Status(ItemStatus::Doing) => 2,
                        Col::Status(ItemStatus::Done) => 3,
                    };
                    out[slot].push(card(i, &names, lang));
                }
                out
            })
        })
    });
    let slot_of = |c: Col| match c {
        Col::Backlog => 0,
        Col::Status(ItemStatus::Todo) => 1,
        Col::Status(ItemStatus::Doing) => 2,
        Col::Status(ItemStatus::Done) => 3,
    };
    let cols_sv = StoredValue::new(cols.clone());
    view! {
        <div class=format!("board cols-{n}")>
            {cols.into_iter().enumerate().map(|(ix, col)| {
                let prev = ix.checked_sub(1).map(|p| cols_sv.with_value(|c| c[p]));
                let next = cols_sv.with_value(|c| c.get(ix + 1).copied());
                view! { <Column col=col index=slot_of(col) prev=prev next=next lists=lists sprint=sid closed=closed /> }
            }).collect_view()}
        </div>
    }
}

#[component]
fn Column(col: Col, index: usize, prev: Option<Col>, next: Option<Col>, lists: Memo<[Vec<Card>; 4]>, sprint: StoredValue<Id>, closed: Memo<bool>) -> impl IntoView {
    let store = use_store();
    let scope = use_scope();
    let count = Memo::new(move |_| lists.with(|l| l[index].len()));
    let limit = Memo::new(move |_| {
        store.ws.with(|w| match col {
            Col::Backlog => None,
            Col::Status(ItemStatus::Todo) => w.settings.wip.todo,
            Col::Status(ItemStatus::Doing) => w.settings.wip.doing,
            Col::Status(ItemStatus::Done) => w.settings.wip.done,
        })
    });
    let over = move || wip_over(count.get(), limit.get());
    let hovering = RwSignal::new(false);
    let move_to = move |id: Id, to: Col| match to {
        Col::Backlog => request_remove(store, scope, &id),
        Col::Status(st) => request_move(store, scope, &id, &sprint.get_value(), st),
    };
    let on_drop = move |e: leptos::ev::DragEvent| {
        hovering.set(false);
        if closed.get_untracked() {
            return;
        }
        let Some(id) = e.data_transfer().and_then(|d| d.get_data(DRAG_TYPE).ok()).filter(|s| !s.is_empty()) else { return };
        e.prevent_default();
        let id = Id(id);
        let here = lists.with_untracked(|l| l[index].iter().any(|c| c.id == id));
        if !here {
            move_to(id, col);
        }
    };
    let on_over = move |e: leptos::ev::DragEvent| {
        let ours = e.data_transfer().map(|d| d.types().includes(&DRAG_TYPE.into(), 0)).unwrap_or(false);
        if ours && !closed.get_untracked() {
            e.prevent_default();
            if !hovering.get_untracked() {
                hovering.set(true);
            }
        }
    };
    let heading_id = format!("col-{}", col.slug());
    let hid = heading_id.clone();
    let list_label = heading_id.clone();
    view! {
        <section class=move || format!("column col-{}{}{}", col.slug(), if over() { " over-wip" } else { "" }, if hovering.get() { " drop-target" } else { "" })
            aria-labelledby=heading_id
            on:dragover=on_over on:dragleave=move |_| hovering.set(false) on:drop=on_drop>
            <h2 id=hid>
                <span>{t(col.key())}</span>
                <span class="col-count">{move || match limit.get() {
                    Some(l) => format!("{} / {}", count.get(), l),
                    None => count.get().to_string(),
                }}</span>
            </h2>
            <Show when=over>
                <p class="wip-warning" role="status">"⚠ "{move || trf(store.lang.get(), K::WipOver, &[("n", &count.get().to_string()), ("limit", &limit.get().unwrap_or(0).to_string())])}</p>
            </Show>
            {(col == Col::Backlog).then(|| view! { <QuickAdd /> })}
            <ul class="cards" aria-labelledby=list_label>
                <For each=move || lists.with(|l| l[index].clone()) key=|c| (c.id.clone(), c.key) let:c>
                    <CardView c=c prev=prev next=next closed=closed on_move=Callback::new(move |(id, to): (Id, Col)| move_to(id, to)) />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn CardView(c: Card, prev: Option<Col>, next: Option<Col>, closed: Memo<bool>, on_move: Callback<(Id, Col)>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang.get_untracked();
    let id = c.id.clone();
    let drag_id = c.id.to_string();
    let meta = match (c.who.is_empty(), c.hours) {
        (true, None) => String::new(),
        (false, None) => c.who.clone(),
        (true, Some(h)) => trf(lang, K::HoursShort, &[("n", &number(h))]),
        (false, Some(h)) => format!("{} · {}", c.who, trf(lang, K::HoursShort, &[("n", &number(h))])),
    };
    let ro = closed.get_untracked();
    let button = |to: Col, glyph: &'static str, title: &str, id: Id| {
        let label = trf(lang, K::MoveCardTo, &[("title", title), ("column", tr(lang, to.key()))]);
        view! { <button class="icon-btn" aria-label=label.clone() title=label on:click=move |_| on_move.run((id.clone(), to))>{glyph}</button> }
    };
    view! {
        <li class=format!("bcard kind-{}", c.kind.code()) draggable=(!ro).then_some("true") data-id=c.id.to_string()
            on:dragstart=move |e| if let Some(d) = e.data_transfer() {
                let _ = d.set_data(DRAG_TYPE, &drag_id);
                let _ = d.set_data("text/plain", &drag_id);
                d.set_effect_allowed("move");
            }>
            <span class="kind-icon" title=tr(lang, kind_key(c.kind))>{kind_icon(c.kind)}</span>
            <span class="bcard-title">{c.title.clone()}</span>
            {(!meta.is_empty()).then(|| view! { <span class="bcard-meta">{meta}</span> })}
            {(!ro).then(|| view! {
                <span class="bcard-moves">
                    {prev.map(|p| button(p, "←", &c.title, id.clone()))}
                    {next.map(|n| button(n, "→", &c.title, id.clone()))}
                </span>
            })}
        </li>
    }
}

/// Adds a backlog item from the board's backlog column (Enter to add).
#[component]
fn QuickAdd() -> impl IntoView {
    let store = use_store();
    let title = RwSignal::new(String::new());
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let at = store.ws.with_untracked(|w| w.backlog.len());
        let item = BacklogItem::new(browser::new_id("it"), &text, ItemKind::Feature);
        store.dispatch(Op::Insert { at, record: Record::Item(item) });
        title.set(String::new());
    };
    view! {
        <form class="quick-add" on:submit=submit>
            <label for="board-new-item" class="visually-hidden">{t(K::NewItemTitle)}</label>
            <input id="board-new-item" type="text" autocomplete="off" maxlength="300" placeholder=t(K::QuickAddPlaceholder)
                prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e)) />
        </form>
    }
}
