//! The backlog list: add, edit (title, kind, description), delete with undo,
//! and reorder by buttons or Alt+↑/↓. The list order is the priority.
//!
//! Large backlogs render the first [`PAGE`] rows and a "Show more" button, so
//! a 5,000-item workspace opens fast; an item added beyond that window is
//! still shown (after the gap) so the person sees what they just added.

use crate::domain::backlog::{self, Filter, RankBy};
use crate::domain::ops::{Coll, Op, Record};
use crate::domain::{BacklogItem, Id, ItemKind, ItemStatus, Workspace};
use crate::i18n::{count, tr, trf, K};
use crate::state::{browser, use_store, Store};
use crate::ui::route::{replace_query, Area, Route};
use crate::ui::t;
use crate::ui::widgets::{with_blank, Choice};
use editor::{story_line, EditItem};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod editor;
mod matrix;

const PAGE: usize = 50;

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
    let route = expect_context::<Route>();
    // Filters live in the URL (`#/backlog?kind=content&q=blog&rank=rice`).
    let filter = RwSignal::new(Filter::from_query(&route.query.get_untracked()));
    Effect::new(move |_| {
        let q = route.query.get();
        if filter.with_untracked(|f| f.to_query()) != q {
            filter.set(Filter::from_query(&q));
        }
    });
    Effect::new(move |_| replace_query(Area::Backlog, &filter.with(Filter::to_query)));

    // What the list shows, in the order it shows it.
    let visible = Memo::new(move |_| {
        filter.with(|f| {
            store.ws.with(|w| {
                let order = backlog::rank(&w.backlog, f.rank);
                order.into_iter().filter(|&i| f.is_empty() || f.matches(&w.backlog[i])).map(|i| w.backlog[i].id.clone()).collect::<Vec<Id>>()
            })
        })
    });
    let total = Memo::new(move |_| store.ws.with(|w| w.backlog.len()));
    let limit = RwSignal::new(PAGE);
    // Items added during this visit that fall beyond the rendered window.
    let pinned = RwSignal::new(Vec::<Id>::new());
    let window = Memo::new(move |_| visible.with(|v| v.iter().take(limit.get()).cloned().collect::<Vec<Id>>()));
    let beyond = Memo::new(move |_| {
        let l = limit.get();
        visible.with(|v| pinned.with(|p| v.iter().skip(l).filter(|id| p.contains(id)).cloned().collect::<Vec<Id>>()))
    });
    let shown = move || visible.with(Vec::len);
    let hidden = move || shown().saturating_sub(limit.get()) > beyond.with(Vec::len);
    let filtering = move || filter.with(|f| !f.is_empty());
    // The one item being edited (from its row or from the matrix).
    let editing = RwSignal::new(None::<Id>);
    let show_matrix = RwSignal::new(false);

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
            <ol class="items" aria-labelledby="backlog-title">
                <For each=move || window.get() key=|id| id.clone() let:id>
                    <Row id=id visible=visible filter=filter editing=editing />
                </For>
            </ol>
            <Show when=hidden>
                <button class="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || trf(store.lang.get(), K::ShowMore, &[("n", &shown().saturating_sub(limit.get()).min(PAGE).to_string())])}
                </button>
            </Show>
            <ol class="items beyond" aria-label=t(K::NewItem)>
                <For each=move || beyond.get() key=|id| id.clone() let:id>
                    <Row id=id visible=visible filter=filter editing=editing />
                </For>
            </ol>
            <p class="hint">{move || store.t(if filter.with(|f| f.rank == RankBy::Manual) { K::ReorderHint } else { K::ReorderRankedHint })}</p>
        </section>
    }
}

/// Search, kind, campaign, assignee, tag and ranking. Every choice is in the URL.
#[component]
fn FilterBar(filter: RwSignal<Filter>) -> impl IntoView {
    let store = use_store();
    let lang = move || store.lang.get();
    let with_all = move |all: K, rest: Vec<(String, String)>| with_blank(tr(lang(), all), rest);
    let kinds = Signal::derive(move || with_all(K::AllKinds, ItemKind::ALL.iter().map(|k| (k.code().to_string(), tr(lang(), kind_key(*k)).to_string())).collect()));
    let campaigns = Signal::derive(move || with_all(K::AllCampaigns, store.ws.with(|w| w.campaigns.iter().map(|c| (c.id.to_string(), c.name.clone())).collect())));
    let people = Signal::derive(move || with_all(K::Everyone, store.ws.with(|w| w.team.iter().map(|m| (m.id.to_string(), m.name.clone())).collect())));
    let all_tags = Signal::derive(move || {
        let mut tags: Vec<String> = vec![];
        store.ws.with(|w| {
            for t in w.backlog.iter().flat_map(|i| i.tags.iter()) {
                if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                    tags.push(t.clone());
                }
            }
        });
        tags.sort_by_key(|t| t.to_lowercase());
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
    view! {
        <div class="filters" role="search" aria-label=t(K::FiltersLabel)>
            <div class="field grow">
                <label for="filter-text">{t(K::Search)}</label>
                <input id="filter-text" type="search" autocomplete="off" prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |e| { let v = event_target_value(&e); filter.update(|f| f.text = v); } />
            </div>
            <Choice id="filter-kind" label=Signal::derive(t(K::Kind)) options=kinds
                value=Signal::derive(move || filter.with(|f| f.kind.map(|k| k.code().to_string()).unwrap_or_default()))
                on_change=move |v: String| filter.update(|f| f.kind = ItemKind::from_code(&v)) />
            <Choice id="filter-campaign" label=Signal::derive(t(K::CampaignLink)) options=campaigns
                value=Signal::derive(move || filter.with(|f| id_text(&f.campaign)))
                on_change=move |v: String| filter.update(|f| f.campaign = opt_id(v)) />
            <Choice id="filter-assignee" label=Signal::derive(t(K::Assignee)) options=people
                value=Signal::derive(move || filter.with(|f| id_text(&f.assignee)))
                on_change=move |v: String| filter.update(|f| f.assignee = opt_id(v)) />
            <Choice id="filter-tag" label=Signal::derive(t(K::Tag)) options=all_tags
                value=Signal::derive(move || filter.with(|f| f.tag.clone().unwrap_or_default()))
                on_change=move |v: String| filter.update(|f| f.tag = (!v.is_empty()).then_some(v)) />
            <Choice id="filter-rank" label=Signal::derive(t(K::RankByLabel)) options=ranks
                value=Signal::derive(move || filter.with(|f| f.rank.code().to_string()))
                on_change=move |v: String| filter.update(|f| f.rank = RankBy::from_code(&v)) />
            <Show when=move || filter.with(|f| !f.is_empty() || f.rank != RankBy::Manual)>
                <button class="ghost" on:click=move |_| filter.set(Filter::default())>{t(K::ClearFilters)}</button>
            </Show>
        </div>
    }
}

#[component]
fn AddItem(pinned: RwSignal<Vec<Id>>, limit: RwSignal<usize>, visible: Memo<Vec<Id>>) -> impl IntoView {
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
        match visible.with_untracked(|v| v.iter().position(|x| x == &id)) {
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
            <KindSelect id="new-item-kind" value=kind />
            <button type="submit" class="primary">{t(K::AddItem)}</button>
            <Show when=move || error.get()>
                <p id="new-item-error" class="field-error" role="alert">{t(K::TitleRequired)}</p>
            </Show>
        </form>
    }
}

/// The kind of an item, chosen by its name.
#[component]
fn KindSelect(#[prop(into)] id: String, value: RwSignal<ItemKind>) -> impl IntoView {
    let store = use_store();
    let options = Signal::derive(move || {
        let lang = store.lang.get();
        ItemKind::ALL.iter().map(|k| (k.code().to_string(), tr(lang, kind_key(*k)).to_string())).collect::<Vec<_>>()
    });
    view! {
        <Choice id=id label=Signal::derive(t(K::Kind)) options=options
            value=Signal::derive(move || value.get().code().to_string())
            on_change=move |v: String| if let Some(k) = ItemKind::from_code(&v) { value.set(k) } />
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

/// Moves an item above the previous (or below the next) *visible* item, so
/// moving works the same in a filtered list.
fn move_item(store: Store, visible: Memo<Vec<Id>>, id: &Id, delta: isize, focus: &str) {
    let Some(neighbour) = visible.with_untracked(|v| {
        let pos = v.iter().position(|x| x == id)? as isize + delta;
        (pos >= 0).then(|| v.get(pos as usize).cloned()).flatten()
    }) else {
        return;
    };
    let Some(to) = store.ws.with_untracked(|w| w.backlog.iter().position(|i| i.id == neighbour)) else { return };
    store.dispatch(Op::Move { coll: Coll::Backlog, id: id.clone(), to });
    focus_later(format!("{focus}-{id}"));
}

#[component]
fn Row(id: Id, visible: Memo<Vec<Id>>, filter: RwSignal<Filter>, editing: RwSignal<Option<Id>>) -> impl IntoView {
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
    let id = StoredValue::new(id);
    let editing_me = Memo::new(move |_| editing.with(|e| e.as_ref() == Some(&id.get_value())));
    let manual = move || filter.with(|f| f.rank == RankBy::Manual);

    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if !e.alt_key() || editing_me.get_untracked() {
            return;
        }
        let delta = match e.key().as_str() {
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            _ => return,
        };
        e.prevent_default();
        if filter.with_untracked(|f| f.rank == RankBy::Manual) {
            move_item(store, visible, &id.get_value(), delta, if delta < 0 { "up" } else { "down" });
        }
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
            let rice_text = item.rice.as_ref().and_then(backlog::rice_score).map(crate::i18n::number);
            let ve_text = backlog::value_per_effort(&item).map(crate::i18n::number);
            let sid = id.get_value();
            if editing_me.get() {
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
                    <span class="score">{move || {
                        let lang = store.lang.get();
                        match filter.with(|f| f.rank) {
                            RankBy::Manual => String::new(),
                            RankBy::Rice => rice_text.clone().map(|s| trf(lang, K::RiceChip, &[("score", &s)])).unwrap_or_default(),
                            RankBy::ValuePerEffort => ve_text.clone().map(|s| trf(lang, K::ValueChip, &[("score", &s)])).unwrap_or_default(),
                        }
                    }}</span>
                    <span class=format!("status status-{:?}", item.status).to_lowercase()>{t(status_key(item.status))}</span>
                    <div class="row-actions">
                        <button class="icon-btn" id=format!("up-{sid}") disabled=move || !manual() || visible.with(|v| v.first() == Some(&id.get_value()))
                            on:click=move |_| move_item(store, visible, &id.get_value(), -1, "up")>
                            <span aria-hidden="true">"↑"</span><span class="visually-hidden">{t(K::MoveUp)}" "{t2}</span>
                        </button>
                        <button class="icon-btn" id=format!("down-{sid}") disabled=move || !manual() || visible.with(|v| v.last() == Some(&id.get_value()))
                            on:click=move |_| move_item(store, visible, &id.get_value(), 1, "down")>
                            <span aria-hidden="true">"↓"</span><span class="visually-hidden">{t(K::MoveDown)}" "{t3.clone()}</span>
                        </button>
                        <button class="ghost" id=format!("edit-{sid}") on:click=move |_| editing.set(Some(id.get_value()))>
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
