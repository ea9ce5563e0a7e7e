//! The sprint board: to do / doing / done, and optionally the backlog as a
//! first column to plan by dragging. Cards move by dragging (pointer events)
//! or by their ← / → buttons (the keyboard path); a column over its WIP
//! limit says so. Cards are static HTML keyed by their content, so a change
//! re-renders only the cards it touched, and a 5,000-card board stays quick:
//! cards sit in groups by their place in the backlog ([`GROUP`]), and the
//! browser lays out and paints only the groups in view.

use super::scope::{request_move, request_remove, use_scope};
use crate::domain::ops::{Op, Record};
use crate::domain::backlog::started_too_early_ids;
use crate::domain::sprint::wip_over;
use crate::domain::{BacklogItem, Id, ItemKind, ItemStatus, SprintState};
use crate::i18n::{number, tr, trf, Lang, K};
use crate::html::escape;
use crate::state::{browser, use_store};
use crate::ui::backlog::{kind_icon, kind_key};
use crate::ui::t;
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use wasm_bindgen::JsCast;

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
    fn from_slug(s: &str) -> Option<Col> {
        [Col::Backlog, Col::Status(ItemStatus::Todo), Col::Status(ItemStatus::Doing), Col::Status(ItemStatus::Done)].into_iter().find(|c| c.slug() == s)
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

/// Cards are grouped by their position in the whole backlog (0–99,
/// 100–199, …), not in their column, so moving a card to another column
/// changes one group in each of the two columns and leaves the others as
/// they were. Each group is skipped by layout and paint while out of view
/// (`content-visibility: auto`): one skipped box per group instead of one
/// per card, which also keeps the browser's visibility checks, made every
/// frame for each such box, down to a few dozen.
const GROUP: usize = 100;

/// The cards of one column whose backlog positions fall in one [`GROUP`].
#[derive(Clone, Debug, PartialEq)]
struct Group {
    key: usize,
    cards: Vec<Card>,
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
    /// Started before what it waits for was done.
    early: bool,
}

fn card(i: &BacklogItem, names: &HashMap<&Id, &str>, lang: Lang, early: bool) -> Card {
    let who = i.assignee.as_ref().and_then(|a| names.get(a)).map(|s| s.to_string()).unwrap_or_default();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&i.title, i.kind, &who, i.estimate_hours.map(f64::to_bits), lang.code(), early).hash(&mut h);
    Card { id: i.id.clone(), key: h.finish(), title: i.title.clone(), kind: i.kind, who, hours: i.estimate_hours, early }
}

#[component]
pub fn Board(sprint: Id, show_backlog: bool) -> impl IntoView {
    let store = use_store();
    let scope = use_scope();
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
                let early = started_too_early_ids(&w.backlog);
                let mut out: [Vec<Group>; 4] = Default::default();
                for (pos, i) in w.backlog.iter().enumerate() {
                    let c = match (&i.sprint, i.status) {
                        (Some(s), st) if *s == me => Col::Status(st),
                        (None, st) if show_backlog && st != ItemStatus::Done => Col::Backlog,
                        _ => continue,
                    };
                    let groups = &mut out[slot_of(c)];
                    let key = pos / GROUP;
                    match groups.last_mut() {
                        Some(g) if g.key == key => g.cards.push(card(i, &names, lang, early.contains(&i.id))),
                        _ => groups.push(Group { key, cards: vec![card(i, &names, lang, early.contains(&i.id))] }),
                    }
                }
                out
            })
        })
    });
    let move_to = move |id: Id, to: Col| match to {
        Col::Backlog => request_remove(store, scope, &id),
        Col::Status(st) => request_move(store, scope, &id, &sid.get_value(), st),
    };
    // One set of listeners for the whole board (not one per card): the move
    // buttons by delegation, and dragging with pointer events, which cost
    // far less than HTML drag and drop on a board of thousands of cards.
    let drag = StoredValue::new(None::<Drag>);
    let on_click = move |e: leptos::ev::MouseEvent| {
        let Some(btn) = closest(&e, "button[data-to]") else { return };
        let (Some(to), Some(id)) = (btn.get_attribute("data-to").and_then(|s| Col::from_slug(&s)), card_id(&btn)) else { return };
        let glyph = btn.text_content().unwrap_or_default();
        move_to(Id(id.clone()), to);
        // Keep the keyboard user's place: focus the card's button in its new
        // column (the same direction when there is one), unless a question opened.
        request_animation_frame(move || {
            if scope.is_open() {
                return;
            }
            let card = document().query_selector(&format!(".board .bcard[data-id=\"{id}\"]")).ok().flatten();
            let mut all: Vec<web_sys::HtmlElement> = vec![];
            let mut next = card.and_then(|c| c.query_selector(".bcard-moves").ok().flatten()).and_then(|m| m.first_element_child());
            while let Some(el) = next {
                next = el.next_element_sibling();
                if let Ok(b) = el.dyn_into::<web_sys::HtmlElement>() {
                    all.push(b);
                }
            }
            if let Some(b) = all.iter().find(|b| b.text_content().unwrap_or_default() == glyph).or(all.first()) {
                let _ = b.focus();
            }
        });
    };
    let on_down = move |e: leptos::ev::PointerEvent| {
        if e.button() != 0 || closed.get_untracked() || closest(&e, "button, input, a").is_some() {
            return;
        }
        let Some(el) = closest(&e, ".bcard") else { return };
        let Some(id) = el.get_attribute("data-id") else { return };
        drag.set_value(Some(Drag { id, el, x: e.client_x(), y: e.client_y(), active: false, over: None }));
    };
    let h_move = window_event_listener(leptos::ev::pointermove, move |e| {
        drag.update_value(|d| {
            let Some(d) = d else { return };
            if !d.active && (e.client_x() - d.x).abs() + (e.client_y() - d.y).abs() > 5 {
                d.active = true;
                let _ = d.el.class_list().add_1("dragging");
                // The grabbing cursor follows the captured card wherever the
                // pointer goes; a class on <body> would restyle all 5,000 cards.
                let _ = d.el.set_pointer_capture(e.pointer_id());
            }
            if d.active {
                let over = column_at(e.client_x(), e.client_y());
                if over != d.over {
                    if let Some(old) = &d.over {
                        let _ = old.class_list().remove_1("drop-target");
                    }
                    if let Some(new) = &over {
                        let _ = new.class_list().add_1("drop-target");
                    }
                    d.over = over;
                }
            }
        });
    });
    let end_drag = move |drop_at: bool| {
        let Some(d) = drag.get_value() else { return };
        drag.set_value(None);
        if let Some(o) = &d.over {
            let _ = o.class_list().remove_1("drop-target");
        }
        let _ = d.el.class_list().remove_1("dragging");
        if !d.active || !drop_at {
            return;
        }
        // The column under the pointer, as last seen while moving (asking the
        // page again here would force a layout of the whole board).
        let Some(to) = d.over.as_ref().and_then(|c| c.get_attribute("data-col")).and_then(|s| Col::from_slug(&s)) else { return };
        let here = d.el.closest(".column").ok().flatten().and_then(|c| c.get_attribute("data-col"));
        if here.as_deref() != Some(to.slug()) {
            browser::timed("board-drop", || move_to(Id(d.id), to));
        }
    };
    let h_up = window_event_listener(leptos::ev::pointerup, move |_| end_drag(true));
    let h_cancel = window_event_listener(leptos::ev::pointercancel, move |_| end_drag(false));
    on_cleanup(move || {
        h_move.remove();
        h_up.remove();
        h_cancel.remove();
    });
    let cols_sv = StoredValue::new(cols.clone());
    view! {
        <div class=format!("board cols-{n}") on:click=on_click on:pointerdown=on_down>
            {cols.into_iter().enumerate().map(|(ix, col)| {
                let prev = ix.checked_sub(1).map(|p| cols_sv.with_value(|c| c[p]));
                let next = cols_sv.with_value(|c| c.get(ix + 1).copied());
                view! { <Column col=col index=slot_of(col) prev=prev next=next lists=lists closed=closed /> }
            }).collect_view()}
        </div>
    }
}

/// A card being dragged (it becomes a drag after 5 px of movement).
#[derive(Clone)]
struct Drag {
    id: String,
    el: web_sys::Element,
    x: i32,
    y: i32,
    active: bool,
    over: Option<web_sys::Element>,
}

fn slot_of(c: Col) -> usize {
    match c {
        Col::Backlog => 0,
        Col::Status(ItemStatus::Todo) => 1,
        Col::Status(ItemStatus::Doing) => 2,
        Col::Status(ItemStatus::Done) => 3,
    }
}

fn closest(e: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    e.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok().flatten()
}

fn card_id(el: &web_sys::Element) -> Option<String> {
    el.closest(".bcard").ok().flatten()?.get_attribute("data-id")
}

fn column_at(x: i32, y: i32) -> Option<web_sys::Element> {
    document().element_from_point(x as f32, y as f32)?.closest(".board .column").ok().flatten()
}

#[component]
fn Column(col: Col, index: usize, prev: Option<Col>, next: Option<Col>, lists: Memo<[Vec<Group>; 4]>, closed: Memo<bool>) -> impl IntoView {
    let store = use_store();
    let count = Memo::new(move |_| lists.with(|l| l[index].iter().map(|g| g.cards.len()).sum::<usize>()));
    let large = Memo::new(move |_| count.get() > LARGE_COLUMN);
    let limit = Memo::new(move |_| {
        store.ws.with(|w| match col {
            Col::Backlog => None,
            Col::Status(ItemStatus::Todo) => w.settings.wip.todo,
            Col::Status(ItemStatus::Doing) => w.settings.wip.doing,
            Col::Status(ItemStatus::Done) => w.settings.wip.done,
        })
    });
    let over = move || wip_over(count.get(), limit.get());
    // The column and its list are named by the title alone ("Doing", not
    // "Doing 4 / 3"): the count changes with every move, and a name that
    // changes cannot be looked for. The heading shows both.
    let hid = format!("col-{}", col.slug());
    let name_id = format!("{hid}-name");
    let (section_label, list_label) = (name_id.clone(), name_id.clone());
    view! {
        <section class=move || format!("column col-{}{}", col.slug(), if over() { " over-wip" } else { "" })
            data-col=col.slug() aria-labelledby=section_label>
            <h2 id=hid>
                <span id=name_id>{t(col.key())}</span>
                <span class="col-count">{move || match limit.get() {
                    Some(l) => format!("{} / {}", count.get(), l),
                    None => count.get().to_string(),
                }}</span>
            </h2>
            <Show when=over>
                <p class="wip-warning" role="status">"⚠ "{move || trf(store.lang.get(), K::WipOver, &[("n", &count.get().to_string()), ("limit", &limit.get().unwrap_or(0).to_string())])}</p>
            </Show>
            {(col == Col::Backlog).then(|| view! { <QuickAdd /> })}
            // Groups off screen skip rendering only in a long column (the
            // 58-card benchmark sprint), where opening the board gains from
            // it; in a usual one every card is laid out, so its text is
            // there for anything reading the page as shown (innerText).
            <div class="cards" class:large=large role="list" aria-labelledby=list_label>
                <For each=move || lists.with(|l| l[index].iter().map(|g| g.key).collect::<Vec<_>>()) key=|k| *k let:k>
                    <CardGroup key=k index=index lists=lists prev=prev next=next closed=closed />
                </For>
            </div>
        </section>
    }
}

/// Cards in a column beyond which its off-screen groups skip rendering.
const LARGE_COLUMN: usize = 12;

/// One [`Group`] of a column. Its memo stops a change to other groups, so
/// their cards are not even compared.
#[component]
fn CardGroup(key: usize, index: usize, lists: Memo<[Vec<Group>; 4]>, prev: Option<Col>, next: Option<Col>, closed: Memo<bool>) -> impl IntoView {
    let cards = Memo::new(move |_| {
        lists.with(|l| l[index].binary_search_by_key(&key, |g| g.key).ok().map(|at| l[index][at].cards.clone()).unwrap_or_default())
    });
    // The size a group skipped by the browser is given until first shown.
    let style = move || format!("contain-intrinsic-block-size: auto {:.1}rem", cards.with(Vec::len) as f64 * 4.4);
    view! {
        <div class="card-group" style=style>
            <For each=move || cards.get() key=|c| (c.id.clone(), c.key) let:c>
                <CardView c=c prev=prev next=next closed=closed />
            </For>
        </div>
    }
}

/// A card: one list item whose content is a single escaped HTML string (see
/// `crate::html`); its buttons and dragging are handled by the board.
#[component]
fn CardView(c: Card, prev: Option<Col>, next: Option<Col>, closed: Memo<bool>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang.get_untracked();
    let meta = match (c.who.is_empty(), c.hours) {
        (true, None) => String::new(),
        (false, None) => c.who.clone(),
        (true, Some(h)) => trf(lang, K::HoursShort, &[("n", &number(h))]),
        (false, Some(h)) => format!("{} · {}", c.who, trf(lang, K::HoursShort, &[("n", &number(h))])),
    };
    let title = escape(&c.title);
    let mut html = format!(
        r#"<span class="kind-icon" aria-hidden="true" title="{}">{}</span><span class="bcard-title">{title}</span>"#,
        escape(tr(lang, kind_key(c.kind))),
        kind_icon(c.kind)
    );
    if !meta.is_empty() {
        html.push_str(&format!(r#"<span class="bcard-meta">{}</span>"#, escape(&meta)));
    }
    if c.early {
        html.push_str(&format!(r#"<span class="bcard-flag">⚠ {}</span>"#, escape(tr(lang, K::CardStartedEarly))));
    }
    if !closed.get_untracked() {
        html.push_str(r#"<span class="bcard-moves">"#);
        for (to, glyph) in [(prev, "←"), (next, "→")] {
            if let Some(to) = to {
                let label = trf(lang, K::MoveCardTo, &[("title", &c.title), ("column", tr(lang, to.key()))]);
                html.push_str(&format!(r#"<button type="button" class="icon-btn" data-to="{}" aria-label="{}">{glyph}</button>"#, to.slug(), escape(&label)));
            }
        }
        html.push_str("</span>");
    }
    view! { <div role="listitem" class=format!("bcard kind-{}", c.kind.code()) data-id=c.id.to_string() inner_html=html></div> }
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
