//! The weighted scoring model, edited beside the ranking it produces: a
//! weight typed here re-ranks the campaigns at once, so a room can argue
//! about weights and watch the consequence.

use super::Scores;
use crate::domain::ops::Op;
use crate::domain::{scoring as sc, Direction, ScoreCriterion, ScoreSource};
use crate::i18n::{number, tr, trf, Lang, K};
use crate::state::use_store;
use crate::ui::t;
use crate::ui::widgets::field_error;
use leptos::prelude::*;

/// A criterion's name: the user's, else the built-in one for its id.
pub fn criterion_name(lang: Lang, id: &str, name: &str) -> String {
    if !name.trim().is_empty() {
        return name.to_string();
    }
    let k = match id {
        "engagement" => K::CrEngagement,
        "cpa" => K::CrCpa,
        "experience" => K::CrExperience,
        "alignment" => K::CrAlignment,
        "cost" => K::CrCost,
        "complexity" => K::CrComplexity,
        _ => return id.to_string(),
    };
    tr(lang, k).to_string()
}

fn source_key(s: ScoreSource) -> K {
    match s {
        ScoreSource::Rating => K::SrcRating,
        ScoreSource::Amount => K::SrcAmount,
        ScoreSource::Alignment => K::SrcAlignment,
        ScoreSource::Budget => K::SrcBudget,
    }
}

/// Most a weight can be (weights are relative; 1,000 leaves room for any scale).
const MAX_WEIGHT: f64 = 1000.0;

#[component]
pub fn Scoring() -> impl IntoView {
    view! {
        <div class="scoring two-col">
            <Weights />
            <Ranking />
        </div>
    }
}

#[component]
fn Weights() -> impl IntoView {
    let store = use_store();
    let criteria = Memo::new(move |_| store.ws.with(|w| w.settings.scoring.clone()));
    // The message of the last refused change (all weights at 0).
    let refused = RwSignal::new(false);
    let set = move |next: Vec<ScoreCriterion>| {
        if sc::weights(&next).is_none() {
            refused.set(true);
            return false;
        }
        refused.set(false);
        let s = crate::domain::Settings { scoring: next, ..store.ws.with_untracked(|w| w.settings.clone()) };
        store.dispatch(Op::SetSettings(s))
    };
    let new_name = RwSignal::new(String::new());
    let new_source = RwSignal::new(ScoreSource::Rating);
    let new_dir = RwSignal::new(Direction::HigherIsBetter);
    let tried = RwSignal::new(false);
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        let mut next = criteria.get_untracked();
        let mut n = next.len() + 1;
        while next.iter().any(|k| k.id == format!("c{n}")) {
            n += 1;
        }
        next.push(ScoreCriterion { id: format!("c{n}"), name, weight: 10.0, direction: new_dir.get_untracked(), source: new_source.get_untracked() });
        if set(next) {
            new_name.set(String::new());
            tried.set(false);
        }
    };
    let rows = move || criteria.get().into_iter().enumerate().collect::<Vec<_>>();
    view! {
        <section class="card weights" aria-labelledby="weights-h">
            <h2 id="weights-h">{t(K::PfWeights)}</h2>
            <p class="hint">{t(K::PfWeightsHint)}</p>
            <Show when=move || refused.get()>
                <p class="field-error" id="weights-refused" role="alert">{t(K::PfAllZero)}</p>
            </Show>
            <table class="data weights-table">
                <thead><tr>
                    <th scope="col">{t(K::PfCriterion)}</th>
                    <th scope="col">{t(K::PfWeight)}</th>
                    <th scope="col">{t(K::PfShare)}</th>
                    <th scope="col">{t(K::PfDirection)}</th>
                    <th scope="col"><span class="visually-hidden">{t(K::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    <For each=rows key=|(i, k)| (*i, k.id.clone()) let:row>
                        <CriterionRow index=row.0 id=row.1.id.clone() criteria=criteria set=set />
                    </For>
                </tbody>
            </table>
            <form class="row wrap add-row" on:submit=add novalidate>
                <div class="field grow">
                    <label for="crit-name">{t(K::PfNewCriterion)}</label>
                    <input type="text" id="crit-name" prop:value=move || new_name.get() on:input=move |e| new_name.set(event_target_value(&e))
                        aria-invalid=move || (tried.get() && new_name.with(|n| n.trim().is_empty())).to_string() />
                    <Show when=move || tried.get() && new_name.with(|n| n.trim().is_empty())><span class="field-error" role="alert">{t(K::PfNameRequired)}</span></Show>
                </div>
                <div class="field">
                    <label for="crit-source">{t(K::PfSource)}</label>
                    <select id="crit-source" on:change=move |e| new_source.set(if event_target_value(&e) == "amount" { ScoreSource::Amount } else { ScoreSource::Rating })>
                        <option value="rating">{t(K::SrcRating)}</option>
                        <option value="amount">{t(K::SrcAmount)}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="crit-dir">{t(K::PfDirection)}</label>
                    <select id="crit-dir" on:change=move |e| new_dir.set(if event_target_value(&e) == "lower" { Direction::LowerIsBetter } else { Direction::HigherIsBetter })>
                        <option value="higher">{t(K::DirHigher)}</option>
                        <option value="lower">{t(K::DirLower)}</option>
                    </select>
                </div>
                <button type="submit">{t(K::PfAddCriterion)}</button>
            </form>
        </section>
    }
}

#[component]
fn CriterionRow(index: usize, id: String, criteria: Memo<Vec<ScoreCriterion>>, set: impl Fn(Vec<ScoreCriterion>) -> bool + Copy + Send + Sync + 'static) -> impl IntoView {
    let store = use_store();
    let k = criteria.with_untracked(|c| c[index].clone());
    let weight = RwSignal::new(number(k.weight));
    let error = RwSignal::new(None::<String>);
    // This field's number was refused by the rule across all weights (the
    // alert above the table says so): marked invalid until it is kept.
    let refused_here = RwSignal::new(false);
    // Undo, redo or an import change the weight under the field: follow.
    Effect::new(move |_| {
        let Some(w) = criteria.with(|c| c.get(index).map(|k| k.weight)) else { return };
        let typed = crate::ui::widgets::typed_number(&weight.get_untracked(), 0.0, MAX_WEIGHT, false).ok().flatten();
        if typed != Some(w) {
            weight.set(number(w));
            error.set(None);
            refused_here.set(false);
        }
    });
    let fid = format!("weight-{id}");
    let share = move || {
        criteria.with(|c| sc::weights(c).and_then(|w| w.get(index).copied())).map(|w| format!("{} %", number((w * 1000.0).round() / 10.0))).unwrap_or_else(|| "—".into())
    };
    let edit = move |f: &dyn Fn(&mut ScoreCriterion)| {
        let mut next = criteria.get_untracked();
        if let Some(k) = next.get_mut(index) {
            f(k);
        }
        set(next)
    };
    let on_weight = move |e: leptos::ev::Event| {
        let text = event_target_value(&e);
        weight.set(text.clone());
        match crate::ui::widgets::typed_number(&text, 0.0, MAX_WEIGHT, false) {
            Err(err) => error.set(Some(field_error(store.lang.get_untracked(), err))),
            Ok(None) => error.set(Some(store.t(K::ErrNotANumber).into())),
            Ok(Some(v)) => {
                error.set(None);
                // Refused (all zero): the field keeps the text, the model its value.
                refused_here.set(!edit(&|k| k.weight = v));
            }
        }
    };
    let name_id = format!("crit-name-{id}");
    let dir_id = format!("crit-dir-{id}");
    let kname = k.name.clone();
    let kid = k.id.clone();
    let label = move || criterion_name(store.lang.get(), &kid, &kname);
    let label2 = label.clone();
    let label3 = label.clone();
    let label4 = label.clone();
    let (kid2, kname2, kid3) = (k.id.clone(), k.name.clone(), k.id.clone());
    let err_id = format!("{fid}-err");
    let err_id2 = err_id.clone();
    let name_refused = RwSignal::new(false);
    let name_err_id = format!("crit-name-{id}-err");
    let name_err_id2 = name_err_id.clone();
    view! {
        <tr>
            <th scope="row">
                <label class="visually-hidden" for=name_id.clone()>{move || trf(store.lang.get(), K::PfCriterionName, &[("name", &label())])}</label>
                <input type="text" id=name_id class="crit-name" prop:value=move || criterion_name(store.lang.get(), &kid2, &kname2)
                    aria-invalid=move || name_refused.get().to_string()
                    aria-describedby=move || name_refused.get().then(|| name_err_id.clone())
                    on:change=move |e| {
                        // The built-in name typed back (or nothing) keeps following the language.
                        let input: web_sys::HtmlInputElement = event_target(&e);
                        let v = input.value().trim().to_string();
                        let builtin = criterion_name(store.lang.get_untracked(), &kid3, "");
                        let has_builtin = builtin != kid3;
                        if v.is_empty() && !has_builtin {
                            // A criterion of one's own needs a name: refused, the old one kept.
                            name_refused.set(true);
                            return;
                        }
                        name_refused.set(false);
                        if v.is_empty() {
                            input.set_value(&builtin);
                        }
                        let v = if v == builtin { String::new() } else { v };
                        edit(&|k| k.name = v.clone());
                    } />
                {move || name_refused.get().then(|| view! { <span class="field-error" id=name_err_id2.clone() role="alert">{t(K::PfNameRequired)}</span> })}
                <span class="hint src">{t(source_key(k.source))}</span>
            </th>
            <td>
                <label class="visually-hidden" for=fid.clone()>{move || trf(store.lang.get(), K::PfWeightOf, &[("name", &label2())])}</label>
                <input id=fid class="weight" type="text" inputmode="decimal" prop:value=move || weight.get() on:input=on_weight
                    aria-invalid=move || (error.get().is_some() || refused_here.get()).to_string()
                    aria-describedby=move || error.get().map(|_| err_id.clone()).or_else(|| refused_here.get().then(|| "weights-refused".to_string())) />
                {move || error.get().map(|m| view! { <span class="field-error" id=err_id2.clone() role="alert">{m}</span> })}
            </td>
            <td class="num share">{share}</td>
            <td>
                <label class="visually-hidden" for=dir_id.clone()>{move || trf(store.lang.get(), K::PfDirectionOf, &[("name", &label3())])}</label>
                <select id=dir_id prop:value=if k.direction == Direction::HigherIsBetter { "higher" } else { "lower" }
                    on:change=move |e| { let d = if event_target_value(&e) == "lower" { Direction::LowerIsBetter } else { Direction::HigherIsBetter }; edit(&|k| k.direction = d); }>
                    <option value="higher" selected=k.direction == Direction::HigherIsBetter>{t(K::DirHigher)}</option>
                    <option value="lower" selected=k.direction == Direction::LowerIsBetter>{t(K::DirLower)}</option>
                </select>
            </td>
            <td>
                <button class="ghost danger" on:click=move |_| { let mut next = criteria.get_untracked(); if index < next.len() { next.remove(index); } set(next); }
                    data-name=label4>
                    {t(K::Delete)}
                </button>
            </td>
        </tr>
    }
}

/// The campaigns from best to worst score, each bar split by criterion.
#[component]
fn Ranking() -> impl IntoView {
    let store = use_store();
    let scores = expect_context::<Scores>().0;
    let rows = Memo::new(move |_| {
        scores.with(|s| {
            store.ws.with(|w| {
                sc::ranking(s)
                    .into_iter()
                    .map(|i| (w.campaigns[i].id.clone(), w.campaigns[i].name.clone(), w.campaigns[i].phase, s[i].clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let names = Memo::new(move |_| {
        let lang = store.lang.get();
        store.ws.with(|w| w.settings.scoring.iter().map(|k| criterion_name(lang, &k.id, &k.name)).collect::<Vec<_>>())
    });
    view! {
        <section class="card ranking" aria-labelledby="ranking-h">
            <h2 id="ranking-h">{t(K::PfRanking)}</h2>
            <ul class="legend" aria-hidden="true">
                {move || names.get().into_iter().enumerate().map(|(i, n)| view! { <li><span class=format!("sw c{}", i % 8)></span>{n}</li> }).collect_view()}
            </ul>
            <ol class="rank-list">
                {move || {
                    let lang = store.lang.get();
                    let names = names.get();
                    rows.get().into_iter().map(|(id, name, phase, s)| {
                        let title = names.iter().zip(&s.parts).map(|(n, p)| format!("{n}: {}", number((p * 10.0).round() / 10.0))).collect::<Vec<_>>().join(" · ");
                        view! {
                            <li class="rank-row">
                                <a href=super::campaign_href(&id)>{name}</a>
                                <span class="hint">{tr(lang, super::phase_key(phase))}</span>
                                <span class="stack" role="img" aria-label=title.clone() title=title>
                                    {s.parts.iter().enumerate().map(|(i, p)| view! { <span class=format!("seg c{}", i % 8) style=format!("width:{:.2}%", p.clamp(0.0, 100.0))></span> }).collect_view()}
                                </span>
                                <span class="total">{number((s.total * 10.0).round() / 10.0)}</span>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
        </section>
    }
}
