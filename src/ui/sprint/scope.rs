//! The scope lock, as a person meets it: adding an item to a started sprint
//! (or taking one out) stops and asks. "Next sprint" and "backlog" keep the
//! sprint as planned; "add anyway" needs a name and a reason, and is recorded
//! as a scope change the burndown and the review show.

use crate::domain::sprint::{self, AddRule, Why};
use crate::domain::{Id, ItemStatus, ScopeChangeKind};
use crate::i18n::{number, trf, K};
use crate::state::{browser, persist, use_store, Store};
use crate::ui::t;
use leptos::prelude::*;

/// A move the scope lock stopped, waiting for the person's choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub item: Id,
    pub sprint: Id,
    pub status: ItemStatus,
    pub kind: ScopeChangeKind,
    /// Taking the item out by deleting it (from the backlog list).
    pub delete: bool,
}

/// The one pending question, shared by every view that moves items.
#[derive(Clone, Copy)]
pub struct Scope(pub RwSignal<Option<Pending>>);

impl Scope {
    pub fn provide() -> Scope {
        let s = Scope(RwSignal::new(None));
        provide_context(s);
        s
    }
    pub fn is_open(&self) -> bool {
        self.0.with(Option::is_some)
    }
}

pub fn use_scope() -> Scope {
    expect_context::<Scope>()
}

fn me() -> String {
    persist::get(persist::KEY_ME).unwrap_or_default()
}

fn why(who: &str, reason: &str) -> Why {
    Why { who: who.trim().to_string(), reason: reason.trim().to_string(), on: browser::today(), at: browser::now_iso() }
}

/// Puts an item in a sprint with a status (also a status change within its
/// sprint). A started sprint that does not hold the item yet asks first.
pub fn request_move(store: Store, scope: Scope, item: &Id, sprint: &Id, status: ItemStatus) {
    let (op, rule) = store.ws.with_untracked(|w| {
        let rule = w.sprints.iter().find(|s| &s.id == sprint).map(sprint::add_rule);
        (sprint::add_to_sprint(w, item, sprint, status, None, browser::today()), rule)
    });
    match (op, rule) {
        (Some(op), _) => {
            browser::timed("board-move", || store.dispatch(op));
        }
        (None, Some(AddRule::Locked)) => scope.0.set(Some(Pending { item: item.clone(), sprint: sprint.clone(), status, kind: ScopeChangeKind::Added, delete: false })),
        _ => {}
    }
}

/// Deletes an item. One in a started sprint is asked about first, like
/// taking it out: the deletion changes the sprint's scope and is recorded.
/// Returns whether it was deleted at once.
pub fn request_delete(store: Store, scope: Scope, item: &Id) -> bool {
    if ask_if_started(store, scope, item, true) {
        return false;
    }
    let op = store.ws.with_untracked(|ws| crate::domain::portfolio_ops::delete_item(ws, item));
    op.is_some_and(|op| store.dispatch(op))
}

/// Takes an item out of its sprint; out of a started sprint, asks why first.
/// (Out of a closed one, or of none, `back_to_backlog` does nothing.)
pub fn request_remove(store: Store, scope: Scope, item: &Id) {
    if ask_if_started(store, scope, item, false) {
        return;
    }
    if let Some(op) = store.ws.with_untracked(|w| sprint::back_to_backlog(w, item, &why(&me(), ""))) {
        store.dispatch(op);
    }
}

/// Asks why `item` leaves the started sprint it is in (taken out, or
/// deleted); `false`, asking nothing, when it is in no started sprint.
fn ask_if_started(store: Store, scope: Scope, item: &Id, delete: bool) -> bool {
    let Some(sp) = store.ws.with_untracked(|w| sprint::started_sprint_of(w, item).map(|s| s.id.clone())) else { return false };
    scope.0.set(Some(Pending { item: item.clone(), sprint: sp, status: ItemStatus::Todo, kind: ScopeChangeKind::Removed, delete }));
    true
}

#[component]
pub fn ScopeDialog() -> impl IntoView {
    let scope = use_scope();
    move || scope.0.get().map(|p| view! { <Question p=p /> })
}

#[component]
fn Question(p: Pending) -> impl IntoView {
    let store = use_store();
    let scope = use_scope();
    crate::ui::modal::return_focus_on_close();
    let adding = p.kind == ScopeChangeKind::Added;
    let (item_title, hours, sprint_name, next) = store.ws.with_untracked(|w| {
        let it = w.backlog.iter().find(|i| i.id == p.item);
        let sp = w.sprints.iter().find(|s| s.id == p.sprint);
        let next = sp.and_then(|s| sprint::next_sprint(&w.sprints, s)).map(|n| n.name.clone());
        (
            it.map(|i| i.title.clone()).unwrap_or_default(),
            it.and_then(|i| i.estimate_hours).unwrap_or(0.0),
            sp.map(|s| s.name.clone()).unwrap_or_default(),
            next,
        )
    });
    let deleted_title = item_title.clone();
    // "Add anyway" opens the reason; taking out always asks for it.
    let explaining = RwSignal::new(!adding);
    let who = RwSignal::new(me());
    let reason = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let missing = move || tried.get() && (reason.with(|r| r.trim().is_empty()) || who.with(|w| w.trim().is_empty()));
    let first = NodeRef::<leptos::html::Button>::new();
    let reason_ref = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if adding {
            if let Some(b) = first.get() {
                let _ = b.focus();
            }
        } else if let Some(t) = reason_ref.get() {
            let _ = t.focus();
        }
    });
    let close = move || scope.0.set(None);
    let lang = move || store.lang.get();
    let p2 = p.clone();
    let to_next = move |_| {
        let p = p2.clone();
        let op = store.ws.with_untracked(|w| sprint::to_next_sprint(w, &p.item, &p.sprint, browser::new_id("sp"), browser::today()));
        if op.is_some_and(|op| store.dispatch(op)) {
            // Say where it went: the item leaves this view without a trace.
            let placed = store.ws.with_untracked(|w| {
                let it = w.backlog.iter().find(|i| i.id == p.item)?;
                let sp = w.sprints.iter().find(|s| Some(&s.id) == it.sprint.as_ref())?;
                Some((it.title.clone(), sp.name.clone()))
            });
            if let Some((item, sprint)) = placed {
                store.notify(trf(store.lang.get_untracked(), K::ScopeMovedTo, &[("item", &item), ("sprint", &sprint)]), true);
            }
        }
        close();
    };
    let p3 = p.clone();
    let confirm = move |_| {
        tried.set(true);
        let (w_, r_) = (who.get_untracked(), reason.get_untracked());
        if w_.trim().is_empty() || r_.trim().is_empty() {
            if let Some(t) = reason_ref.get() {
                let _ = t.focus();
            }
            return;
        }
        let _ = persist::set(persist::KEY_ME, w_.trim());
        let why = why(&w_, &r_);
        let op = store.ws.with_untracked(|w| match p3.kind {
            ScopeChangeKind::Added => sprint::add_to_sprint(w, &p3.item, &p3.sprint, p3.status, Some(&why), why.on),
            ScopeChangeKind::Removed if p3.delete => sprint::delete_recorded(w, &p3.item, &why),
            ScopeChangeKind::Removed => sprint::back_to_backlog(w, &p3.item, &why),
        });
        if op.is_some_and(|op| store.dispatch(op)) && p3.delete {
            store.notify(trf(store.lang.get_untracked(), K::Deleted, &[("title", &deleted_title)]), true);
            // After the dialog hands focus back (to a row now showing
            // another item): to the new-item field, as a plain delete does.
            request_animation_frame(|| request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("new-item-title").and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                    let _ = el.focus();
                }
            }));
        }
        close();
    };
    let deleting = p.delete;
    let title = if adding { K::ScopeLockedTitle } else if deleting { K::ScopeDeleteTitle } else { K::ScopeRemoveTitle };
    let hours_text = number(hours);
    view! {
        <div class="backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="scope-title" aria-describedby="scope-lead"
                on:keydown=move |e| if e.key() == "Escape" { close() } else { crate::ui::modal::keep_focus_in(&e) }>
                <h2 id="scope-title">{move || trf(lang(), title, &[("sprint", &sprint_name)])}</h2>
                <p id="scope-lead">{move || trf(lang(), if adding { K::ScopeLockedLead } else if deleting { K::ScopeDeleteLead } else { K::ScopeRemoveLead }, &[("item", &item_title), ("hours", &hours_text)])}</p>
                {adding.then(|| view! {
                    <div class="row stack">
                        <button node_ref=first on:click=to_next.clone()>
                            {move || match &next { Some(n) => trf(lang(), K::ScopeToNext, &[("sprint", n)]), None => t(K::ScopeToNewNext)().to_string() }}
                        </button>
                        <button on:click=move |_| close()>{t(K::ScopeKeepInBacklog)}</button>
                        <button aria-expanded=move || explaining.get().to_string()
                            on:click=move |_| { explaining.set(true); request_animation_frame(move || if let Some(t) = reason_ref.try_get_untracked().flatten() { let _ = t.focus(); }); }>
                            {t(K::ScopeAddAnyway)}
                        </button>
                    </div>
                })}
                <Show when=move || explaining.get()>
                    <div class="field">
                        <label for="scope-who">{t(K::YourName)}</label>
                        <input id="scope-who" type="text" autocomplete="name" prop:value=move || who.get() on:input=move |e| who.set(event_target_value(&e)) />
                    </div>
                    <div class="field">
                        <label for="scope-reason">{t(K::ScopeReason)}</label>
                        <textarea id="scope-reason" node_ref=reason_ref rows="3" prop:value=move || reason.get()
                            on:input=move |e| reason.set(event_target_value(&e))
                            aria-invalid=move || missing().then_some("true") aria-describedby=move || missing().then_some("scope-error")></textarea>
                    </div>
                    <Show when=missing>
                        <p id="scope-error" class="field-error" role="alert">{t(K::ScopeReasonRequired)}</p>
                    </Show>
                </Show>
                <div class="row end">
                    <button on:click=move |_| close()>{t(K::Cancel)}</button>
                    <Show when=move || explaining.get()>
                        <button class="primary" on:click=confirm.clone()>{t(if adding { K::ScopeConfirmAdd } else if deleting { K::ScopeConfirmDelete } else { K::ScopeConfirmRemove })}</button>
                    </Show>
                </div>
            </div>
        </div>
    }
}
