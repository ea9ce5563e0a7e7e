//! The backlog list: add, edit (title, kind, description), delete with undo,
//! and reorder by buttons or Alt+↑/↓. The list order is the priority.
//!
//! Large backlogs render the first [`PAGE`] rows and a "Show more" button, so
//! a 5,000-item workspace opens fast; an item added beyond that window is
//! still shown (after the gap) so the person sees what they just added.

use crate::domain::ops::{Coll, Op, Record};
use crate::domain::{BacklogItem, Id, ItemKind, ItemStatus, Workspace};
use crate::i18n::{count, trf, K};
use crate::state::{browser, use_store, Store};
use crate::ui::t;
use editor::{story_line, EditItem};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod editor;

const PAGE: usize = 100;

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

#[component]
pub fn Backlog() -> impl IntoView {
    let store = use_store();
    let ids = Memo::new(move |_| store.ws.with(|w| w.backlog.iter().map(|i| i.id.clone()).collect::<Vec<Id>>()));
    let limit = RwSignal::new(PAGE);
    // Items added during this visit that fall beyond the rendered window.
    let pinned = RwSignal::new(Vec::<Id>::new());
    let window = Memo::new(move |_| ids.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<Id>>()));
    let beyond = Memo::new(move |_| {
        let l = limit.get();
        ids.with(|ids| {
            pinned.with(|p| {
                ids.iter().skip(l).filter(|id| p.contains(id)).cloned().collect::<Vec<Id>>()
            })
        })
    });
    let len = Memo::new(move |_| ids.with(Vec::len));
    let total = move || len.get();
    let hidden = move || total().saturating_sub(limit.get()) > beyond.with(Vec::len);

    view! {
        <section class="area backlog" aria-labelledby="backlog-title">
            <div class="area-head">
                <h1 id="backlog-title">{t(K::BacklogTitle)}</h1>
                <p class="count">{move || count(store.lang.get(), K::ItemsOne, K::ItemsMany, total())}</p>
            </div>
            <p class="lead">{t(K::BacklogLead)}</p>
            <AddItem pinned=pinned limit=limit />
            <Show when=move || total() == 0>
                <p class="empty">{t(K::BacklogEmpty)}</p>
            </Show>
            <ol class="items" aria-labelledby="backlog-title">
                <For each=move || window.get() key=|id| id.clone() let:id>
                    <Row id=id len=len />
                </For>
            </ol>
            <Show when=hidden>
                <button class="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || trf(store.lang.get(), K::ShowMore, &[("n", &total().saturating_sub(limit.get()).min(PAGE).to_string())])}
                </button>
            </Show>
            <ol class="items beyond" aria-label=t(K::NewItem)>
                <For each=move || beyond.get() key=|id| id.clone() let:id>
                    <Row id=id len=len />
                </For>
            </ol>
            <p class="hint">{t(K::ReorderHint)}</p>
        </section>
    }
}

#[component]
fn AddItem(pinned: RwSignal<Vec<Id>>, limit: RwSignal<usize>) -> impl IntoView {
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
        let l = limit.get_untracked();
        if at == l {
            // The whole list was shown: keep showing all of it.
            limit.set(l + 1);
        } else if at > l {
            // Rows are hidden before it: show it after the gap.
            pinned.update(|p| p.push(id));
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
            <div class="field">
                <label for="new-item-kind">{t(K::Kind)}</label>
                <KindSelect id="new-item-kind" value=kind />
            </div>
            <button type="submit" class="primary">{t(K::AddItem)}</button>
            <Show when=move || error.get()>
                <p id="new-item-error" class="field-error" role="alert">{t(K::TitleRequired)}</p>
            </Show>
        </form>
    }
}

#[component]
fn KindSelect(#[prop(into)] id: String, value: RwSignal<ItemKind>) -> impl IntoView {
    view! {
        <select id=id on:change=move |e| {
            if let Some(k) = ItemKind::from_code(&event_target_value(&e)) { value.set(k); }
        }>
            {ItemKind::ALL.into_iter().map(|k| view! {
                <option value=k.code() selected=move || value.get() == k>{t(kind_key(k))}</option>
            }).collect_view()}
        </select>
    }
}

/// Finds an item and its position, trying the last known position first so
/// a row's lookup is O(1) in the common case.
fn lookup(ws: &Workspace, id: &Id, hint: usize) -> Option<(usize, BacklogItem)> {
    let b = &ws.backlog;
    [hint, hint + 1, hint.wrapping_sub(1)]
        .into_iter()
        .find(|&i| b.get(i).is_some_and(|it| &it.id == id))
        .or_else(|| b.iter().position(|it| &it.id == id))
        .map(|i| (i, b[i].clone()))
}

fn move_item(store: Store, id: &Id, delta: isize, focus: &str) {
    let Some((from, len)) = store.ws.with_untracked(|w| w.backlog.iter().position(|i| &i.id == id).map(|p| (p, w.backlog.len())))
    else {
        return;
    };
    let to = from as isize + delta;
    if to < 0 || to as usize >= len {
        return;
    }
    store.dispatch(Op::Move { coll: Coll::Backlog, id: id.clone(), to: to as usize });
    focus_later(format!("{focus}-{id}"));
}

#[component]
fn Row(id: Id, len: Memo<usize>) -> impl IntoView {
    let store = use_store();
    let hint = StoredValue::new(0usize);
    let id_for_memo = id.clone();
    let entry = Memo::new(move |_| {
        let found = store.ws.with(|w| lookup(w, &id_for_memo, hint.get_value()));
        if let Some((i, _)) = &found {
            hint.set_value(*i);
        }
        found
    });
    let editing = RwSignal::new(false);
    let id = StoredValue::new(id);

    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if !e.alt_key() || editing.get_untracked() {
            return;
        }
        let delta = match e.key().as_str() {
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            _ => return,
        };
        e.prevent_default();
        move_item(store, &id.get_value(), delta, if delta < 0 { "up" } else { "down" });
    };
    let delete = move |_| {
        let Some((_, item)) = entry.get_untracked() else { return };
        if store.dispatch(Op::Remove { coll: Coll::Backlog, id: item.id.clone() }) {
            store.notify(trf(store.lang.get_untracked(), K::Deleted, &[("title", &item.title)]), true);
            focus_later("new-item-title".into());
        }
    };

    view! {
        {move || entry.get().map(|(pos, item)| {
            let kind = item.kind;
            let title = item.title.clone();
            let desc = item.description.clone();
            let story = item.story.clone();
            let tags = item.tags.clone();
            let criteria = (item.acceptance.iter().filter(|c| c.done).count(), item.acceptance.len());
            let sid = id.get_value();
            if editing.get() {
                return view! { <li class=format!("item editing kind-{}", kind.code())><EditItem item=item editing=editing /></li> }.into_any();
            }
            let t2 = title.clone();
            let t3 = title.clone();
            let t4 = title.clone();
            view! {
                <li class=format!("item kind-{}", kind.code()) on:keydown=on_key>
                    <span class="rank" title=t(K::Rank)>{pos + 1}</span>
                    <span class="kind-badge"><span aria-hidden="true" class="icon">{kind_icon(kind)}</span>{t(kind_key(kind))}</span>
                    <div class="body">
                        <span class="title">{title}</span>
                        {move || story_line(store.lang.get(), &story).map(|l| view! { <span class="story">{l}</span> })}
                        {(!desc.is_empty()).then(|| view! { <span class="desc">{desc}</span> })}
                        {(!tags.is_empty() || criteria.1 > 0).then(|| view! {
                            <span class="meta">
                                {(criteria.1 > 0).then(|| view! {
                                    <span class="criteria-progress">{move || trf(store.lang.get(), K::CriteriaProgress, &[("done", &criteria.0.to_string()), ("total", &criteria.1.to_string())])}</span>
                                })}
                                {tags.iter().map(|tg| view! { <span class="tag">"#"{tg.clone()}</span> }).collect_view()}
                            </span>
                        })}
                    </div>
                    <span class=format!("status status-{:?}", item.status).to_lowercase()>{t(status_key(item.status))}</span>
                    <div class="row-actions">
                        <button class="icon-btn" id=format!("up-{sid}") disabled=pos == 0
                            on:click=move |_| move_item(store, &id.get_value(), -1, "up")>
                            <span aria-hidden="true">"↑"</span><span class="visually-hidden">{t(K::MoveUp)}" "{t2}</span>
                        </button>
                        <button class="icon-btn" id=format!("down-{sid}") disabled=move || { pos + 1 >= len.get() }
                            on:click=move |_| move_item(store, &id.get_value(), 1, "down")>
                            <span aria-hidden="true">"↓"</span><span class="visually-hidden">{t(K::MoveDown)}" "{t3.clone()}</span>
                        </button>
                        <button class="ghost" id=format!("edit-{sid}") on:click=move |_| editing.set(true)>
                            {t(K::Edit)}<span class="visually-hidden">" "{t3}</span>
                        </button>
                        <button class="ghost danger" on:click=delete>
                            {t(K::Delete)}<span class="visually-hidden">" "{t4}</span>
                        </button>
                    </div>
                </li>
            }.into_any()
        })}
    }
}
