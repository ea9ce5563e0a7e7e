//! The maturity self-assessment: 18 questions across six areas, answered
//! 1–5, giving a level per area drawn on a radar beside the previous
//! assessment. Every assessment is kept with its date, so progress shows.

use crate::domain::maturity::{self, Area, QUESTIONS};
use crate::domain::ops::{Coll, Op, Record};
use crate::domain::{date, Assessment};
use crate::i18n::{question_key, tr, trf, K};
use crate::state::{browser, use_store};
use crate::ui::t;
use leptos::prelude::*;
use std::collections::BTreeMap;

fn area_key(a: Area) -> K {
    match a {
        Area::Strategy => K::MaStrategy,
        Area::Prioritisation => K::MaPrioritisation,
        Area::Resources => K::MaResources,
        Area::Risk => K::MaRisk,
        Area::Tracking => K::MaTracking,
        Area::Process => K::MaProcess,
    }
}

const SCALE: [K; 5] = [K::MaScale1, K::MaScale2, K::MaScale3, K::MaScale4, K::MaScale5];

#[component]
pub fn Maturity() -> impl IntoView {
    let store = use_store();
    let history = Memo::new(move |_| store.ws.with(|w| w.assessments.clone()));
    view! {
        <div class="maturity two-col">
            <Questionnaire />
            <div>
                <Radar history=history />
                <History history=history />
            </div>
        </div>
    }
}

#[component]
fn Questionnaire() -> impl IntoView {
    let store = use_store();
    // Starts from the latest answers, so a new assessment is a revision.
    let answers = RwSignal::new(store.ws.with_untracked(|w| w.assessments.last().map(|a| a.answers.clone()).unwrap_or_default()));
    let missing = RwSignal::new(0usize);
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let a = answers.get_untracked();
        let left = QUESTIONS.iter().filter(|q| !a.contains_key(q.id)).count();
        missing.set(left);
        if left > 0 {
            return;
        }
        let rec = Assessment { id: browser::new_id("ma"), date: browser::today(), answers: a };
        let at = store.ws.with_untracked(|w| w.assessments.len());
        if store.dispatch(Op::Insert { at, record: Record::Assessment(rec) }) {
            store.notify(store.t(K::MaSaved).to_string(), true);
        }
    };
    view! {
        <form class="card questionnaire" on:submit=save novalidate aria-labelledby="ma-h">
            <h2 id="ma-h">{t(K::MaTitle)}</h2>
            <p class="hint">{t(K::MaHint)}</p>
            {Area::ALL.into_iter().map(|area| view! {
                <fieldset class="ma-area">
                    <legend>{t(area_key(area))}</legend>
                    {QUESTIONS.iter().filter(|q| q.area == area).map(|q| {
                        let qid = q.id;
                        let k = question_key(qid);
                        view! {
                            <fieldset class="ma-q" role="radiogroup">
                                <legend>{move || k.map(|k| tr(store.lang.get(), k)).unwrap_or(qid)}</legend>
                                <div class="scale">
                                    {(1..=5u8).map(|v| {
                                        let rid = format!("ma-{qid}-{v}");
                                        let rid2 = rid.clone();
                                        view! {
                                            <label for=rid2 class="scale-opt">
                                                <input type="radio" id=rid name=format!("ma-{qid}") value=v.to_string()
                                                    prop:checked=move || answers.with(|a| a.get(qid) == Some(&v))
                                                    on:change=move |_| answers.update(|a| { a.insert(qid.to_string(), v); }) />
                                                <span class="n">{v.to_string()}</span>
                                                <span class="visually-hidden">" "{t(SCALE[v as usize - 1])}</span>
                                            </label>
                                        }
                                    }).collect_view()}
                                </div>
                            </fieldset>
                        }
                    }).collect_view()}
                </fieldset>
            }).collect_view()}
            <p class="hint scale-key">{move || (1..=5).map(|v| format!("{v} = {}", tr(store.lang.get(), SCALE[v - 1]))).collect::<Vec<_>>().join(" · ")}</p>
            <Show when=move || { missing.get() > 0 && answers.with(|a| QUESTIONS.iter().any(|q| !a.contains_key(q.id))) }>
                <p class="field-error" role="alert">{move || trf(store.lang.get(), K::MaMissing, &[("n", &answers.with(|a| QUESTIONS.iter().filter(|q| !a.contains_key(q.id)).count()).to_string())])}</p>
            </Show>
            <button type="submit" class="primary">{t(K::MaSave)}</button>
        </form>
    }
}

const RW: f64 = 520.0;
const RC: f64 = 260.0;
const RR: f64 = 170.0;

fn spoke(i: usize, level: f64) -> (f64, f64) {
    let a = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / Area::ALL.len() as f64;
    (RC + a.cos() * RR * level / 5.0, RC + a.sin() * RR * level / 5.0)
}

fn polygon(a: &Assessment) -> String {
    Area::ALL
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let (x, y) = spoke(i, maturity::mean(a, *area).unwrap_or(0.0));
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The latest assessment (solid) over the one before (dashed).
#[component]
fn Radar(history: Memo<Vec<Assessment>>) -> impl IntoView {
    let store = use_store();
    view! {
        <figure class="card radar">
            <figcaption><h2>{t(K::MaRadar)}</h2></figcaption>
            <Show when=move || !history.with(Vec::is_empty) fallback=move || view! { <p class="hint">{t(K::MaNoneYet)}</p> }>
                <svg viewBox=format!("0 0 {RW} {RW}") role="img" aria-label=move || {
                    let lang = store.lang.get();
                    history.with(|h| h.last().map(|a| {
                        let levels = Area::ALL.iter().map(|ar| format!("{} {}", tr(lang, area_key(*ar)), maturity::level(a, *ar).map(|l| l.to_string()).unwrap_or("—".into()))).collect::<Vec<_>>().join(", ");
                        trf(lang, K::MaRadarLabel, &[("date", &date::format(a.date)), ("levels", &levels)])
                    }).unwrap_or_default())
                }>
                    {(1..=5).map(|l| {
                        let pts = (0..Area::ALL.len()).map(|i| { let (x, y) = spoke(i, l as f64); format!("{x:.1},{y:.1}") }).collect::<Vec<_>>().join(" ");
                        view! { <polygon points=pts class="ring" /> }
                    }).collect_view()}
                    {Area::ALL.iter().enumerate().map(|(i, area)| {
                        let (x, y) = spoke(i, 5.0);
                        let (lx, ly) = spoke(i, 5.9);
                        let anchor = if (lx - RC).abs() < 10.0 { "middle" } else if lx > RC { "start" } else { "end" };
                        let area = *area;
                        view! {
                            <line x1=RC y1=RC x2=x y2=y class="spoke" />
                            <text x=lx y=ly + 6.0 class="radar-label" text-anchor=anchor>{t(area_key(area))}</text>
                        }
                    }).collect_view()}
                    {move || history.with(|h| (h.len() > 1).then(|| view! { <polygon points=polygon(&h[h.len() - 2]) class="before" /> }))}
                    {move || history.with(|h| h.last().map(|a| view! { <polygon points=polygon(a) class="now" /> }))}
                </svg>
                <p class="legend-line hint">
                    <span class="sw now"></span>{move || history.with(|h| h.last().map(|a| date::format(a.date)).unwrap_or_default())}
                    {move || history.with(|h| (h.len() > 1).then(|| view! { " "<span class="sw before"></span>{date::format(h[h.len() - 2].date)} }))}
                </p>
            </Show>
        </figure>
    }
}

#[component]
fn History(history: Memo<Vec<Assessment>>) -> impl IntoView {
    let store = use_store();
    view! {
        <Show when=move || !history.with(Vec::is_empty)>
            <section class="card" aria-labelledby="mh-h">
                <h2 id="mh-h">{t(K::MaHistory)}</h2>
                <table class="data">
                    <thead><tr>
                        <th scope="col">{t(K::MaDate)}</th>
                        {Area::ALL.into_iter().map(|a| view! { <th scope="col" class="num">{t(area_key(a))}</th> }).collect_view()}
                        <th scope="col"><span class="visually-hidden">{t(K::Actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || history.get().into_iter().rev().map(|a| {
                            let id = a.id.clone();
                            let d = date::format(a.date);
                            let levels: BTreeMap<usize, Option<u8>> = Area::ALL.iter().enumerate().map(|(i, ar)| (i, maturity::level(&a, *ar))).collect();
                            view! {
                                <tr>
                                    <th scope="row">{d.clone()}</th>
                                    {levels.into_values().map(|l| view! { <td class="num">{l.map(|l| l.to_string()).unwrap_or("—".into())}</td> }).collect_view()}
                                    <td><button class="ghost danger" on:click=move |_| { if store.dispatch(Op::Remove { coll: Coll::Assessments, id: id.clone() }) { store.notify(store.t(K::MaDeleted).to_string(), true); } }
                                        data-name=d.clone()>
                                        {t(K::Delete)}</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        </Show>
    }
}
