//! Campaigns by lifecycle phase. A card moves by drag and drop or by its
//! ← / → buttons (the keyboard path); a move to "closed" first asks for the
//! lessons learned, and changes nothing if that is cancelled.

use super::detail::CloseDialog;
use super::{phase_key, Scores};
use crate::domain::ops::{Op, Record};
use crate::domain::{Id, Phase};
use crate::i18n::{amount, number, tr, trf, K};
use crate::state::use_store;
use crate::ui::t;
use leptos::prelude::*;

/// Moves a campaign to a phase; closing goes through the lessons dialog.
fn move_to(id: &Id, to: Phase, closing: RwSignal<Option<Id>>) {
    let store = use_store();
    let Some(mut c) = super::campaign_now(id) else { return };
    if c.phase == to {
        return;
    }
    if to == Phase::Closed {
        closing.set(Some(id.clone()));
        return;
    }
    let forward = to > c.phase;
    c.phase = to;
    if store.dispatch(Op::Replace(Record::Campaign(c))) {
        // Focus follows the card to its new column, on the button that
        // keeps going the same way (or the other one at the last column).
        let (first, second) = if forward { ("to-next", "to-prev") } else { ("to-prev", "to-next") };
        let (a, b) = (format!("[data-campaign=\"{id}\"] .{first}"), format!("[data-campaign=\"{id}\"] .{second}"));
        request_animation_frame(move || {
            let doc = document();
            if let Some(el) = doc.query_selector(&a).ok().flatten().or_else(|| doc.query_selector(&b).ok().flatten()) {
                use wasm_bindgen::JsCast;
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
}

#[component]
pub fn Board() -> impl IntoView {
    let store = use_store();
    let scores = expect_context::<Scores>().0;
    let closing = RwSignal::new(None::<Id>);
    let dragged = RwSignal::new(None::<Id>);
    let over = RwSignal::new(None::<Phase>);
    let cards = Memo::new(move |_| {
        scores.with(|s| {
            store.ws.with(|w| {
                w.campaigns
                    .iter()
                    .zip(s)
                    .map(|(c, sc)| (c.id.clone(), c.name.clone(), c.owner.clone(), c.phase, c.planned_budget(), sc.total))
                    .collect::<Vec<_>>()
            })
        })
    });
    let currency = Memo::new(move |_| store.ws.with(|w| w.settings.currency.clone()));
    view! {
        <p class="hint">{t(K::PfBoardHint)}</p>
        <div class="phase-board">
            {Phase::ALL.into_iter().enumerate().map(|(pi, ph)| {
                let count = move || cards.with(|c| c.iter().filter(|x| x.3 == ph).count());
                view! {
                    <section class="phase-col" class:drop-target=move || over.get() == Some(ph)
                        aria-labelledby=format!("ph-{}", ph.code())
                        on:dragover=move |e| { e.prevent_default(); over.set(Some(ph)); }
                        on:dragleave=move |_| if over.get_untracked() == Some(ph) { over.set(None) }
                        on:drop=move |e| {
                            e.prevent_default();
                            over.set(None);
                            if let Some(id) = dragged.get_untracked() { move_to(&id, ph, closing); }
                            dragged.set(None);
                        }>
                        <h2 id=format!("ph-{}", ph.code())>{t(phase_key(ph))}" "<span class="count">{count}</span></h2>
                        <ul>
                            {move || {
                                let lang = store.lang.get();
                                let cur = currency.get();
                                cards.get().into_iter().filter(|c| c.3 == ph).map(|(id, name, owner, _, budget, score)| {
                                    let prev = pi.checked_sub(1).map(|i| Phase::ALL[i]);
                                    let next = Phase::ALL.get(pi + 1).copied();
                                    let (id1, id2, id3, id4) = (id.clone(), id.clone(), id.clone(), id.clone());
                                    let n1 = name.clone();
                                    let n2 = name.clone();
                                    view! {
                                        <li class="phase-card card" draggable="true" data-campaign=id.to_string()
                                            on:dragstart=move |e| {
                                                dragged.set(Some(id1.clone()));
                                                if let Some(dt) = e.data_transfer() { let _ = dt.set_data("text/plain", id1.as_str()); dt.set_effect_allowed("move"); }
                                            }
                                            on:dragend=move |_| { dragged.set(None); over.set(None); }>
                                            <a class="card-title" href=super::campaign_href(&id4)>{name.clone()}</a>
                                            <p class="hint">{owner}</p>
                                            <p class="facts">{format!("{} {cur}", amount(lang, budget))}" · "{trf(lang, K::PfScoreShort, &[("score", &number(score.round()))])}</p>
                                            <div class="row moves">
                                                {prev.map(|p| view! {
                                                    <button class="ghost to-prev" on:click=move |_| move_to(&id2, p, closing)
                                                        aria-label=move || trf(store.lang.get(), K::PfMoveTo, &[("name", &n1), ("phase", tr(store.lang.get(), phase_key(p)))])>"←"</button>
                                                })}
                                                {next.map(|p| view! {
                                                    <button class="ghost to-next" on:click=move |_| move_to(&id3, p, closing)
                                                        aria-label=move || trf(store.lang.get(), K::PfMoveTo, &[("name", &n2), ("phase", tr(store.lang.get(), phase_key(p)))])>"→"</button>
                                                })}
                                            </div>
                                        </li>
                                    }
                                }).collect_view()
                            }}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </div>
        {move || closing.get().map(|id| {
            let open = RwSignal::new(true);
            Effect::new(move |_| if !open.get() { closing.set(None) });
            view! { <CloseDialog id=id open=open /> }
        })}
    }
}
