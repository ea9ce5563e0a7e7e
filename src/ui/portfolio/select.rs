//! Budget-constrained selection: the set of open campaigns with the highest
//! total score that fits the budget and the team's weekly hours, found
//! exactly (see `domain::select`), and the efficient frontier: the best
//! total score each budget could buy. The budget slider previews another
//! budget and says which campaigns would come in or drop out; releasing it
//! keeps that budget (undoable).

use super::{phase_key, Scores};
use crate::domain::ops::Op;
use crate::domain::select::{self as sel, Candidate, SelectError, Step};
use crate::domain::{scoring as sc, Forced, Id};
use crate::i18n::{amount, count, number, tr, trf, K};
use crate::state::{browser, use_store};
use crate::ui::t;
use crate::ui::widgets::ticks;
use leptos::prelude::*;

/// The budget shown before one is chosen: half of what every candidate
/// would cost, rounded to a thousand, so the choice is visibly a choice.
fn default_budget(cands: &[Candidate]) -> f64 {
    ((cands.iter().map(|c| c.cost).sum::<f64>() / 2.0) / 1000.0).round() * 1000.0
}

#[component]
pub fn Select() -> impl IntoView {
    let store = use_store();
    let scores = expect_context::<Scores>().0;
    // (candidate, name, phase) for every open campaign.
    let cands = Memo::new(move |_| {
        scores.with(|s| {
            store.ws.with(|w| {
                w.campaigns
                    .iter()
                    .zip(s)
                    .filter(|(c, _)| sc::is_candidate(c))
                    .map(|(c, sc)| {
                        (Candidate { id: c.id.clone(), score: sc.total, cost: c.planned_budget(), hours: c.weekly_hours(), forced: c.forced }, c.name.clone(), c.phase)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let plain = Memo::new(move |_| cands.with(|c| c.iter().map(|x| x.0.clone()).collect::<Vec<_>>()));
    let team_hours = Memo::new(move |_| store.ws.with(|w| (w.team.iter().map(|m| m.weekly_hours).sum::<f64>(), w.team.len())));
    let saved_budget = Memo::new(move |_| store.ws.with(|w| w.settings.selection.budget).unwrap_or_else(|| plain.with(|c| default_budget(c))));
    let limit_of = Memo::new(move |_| {
        let typed = store.ws.with(|w| w.settings.selection.hours);
        plain.with(|c| sel::hours_limit(typed, team_hours.get().0, c))
    });
    let hours_limit = Memo::new(move |_| limit_of.get().0);
    let unlimited = Memo::new(move |_| limit_of.get().1 == sel::HoursFrom::Nothing);
    // The slider's budget while it moves; the saved one otherwise.
    let preview = RwSignal::new(None::<f64>);
    // The selection before the slider first moved on this screen: what the
    // moves are compared with (typing a budget starts afresh).
    let before = RwSignal::new(None::<Vec<Id>>);
    let budget = Memo::new(move |_| preview.get().unwrap_or_else(|| saved_budget.get()));
    // The slider's and the frontier's budget axis: round, and wide enough for
    // every candidate and for the kept budget.
    let budget_axis = Memo::new(move |_| ticks(plain.with(|c| c.iter().map(|x| x.cost).sum::<f64>()).max(saved_budget.get())));
    let max_budget = Memo::new(move |_| budget_axis.with(|a| a.0));
    // The slider moves by a twentieth of a grid line (a round amount), from
    // the budget as it is: an HTML `step` would instead snap a typed budget
    // that is not on its grid (33,000 shown at 33,200) before any move.
    let slider_step = Memo::new(move |_| budget_axis.with(|a| a.1.get(1).map_or(1.0, |s| s / 20.0)).max(1.0));

    let result = Memo::new(move |_| {
        let (b, h) = (budget.get(), hours_limit.get());
        plain.with(|c| browser::timed("select", || sel::select(c, b, h)))
    });
    // The exact frontier proves an optimum per step (about 150 ms for 200
    // campaigns in the browser), so it is computed after the selection has
    // been painted, not before: the screen answers first, the chart follows.
    let frontier = RwSignal::new(Vec::<Step>::new());
    let frontier_ready = RwSignal::new(false);
    // Each change of the inputs starts a generation; only the latest one's
    // timer computes (it reads the inputs as they are then).
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        plain.track();
        hours_limit.track();
        max_budget.track();
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        frontier_ready.set(false);
        set_timeout(
            move || {
                // `try_`: the portfolio may have been left meanwhile.
                if generation.try_get_value() == Some(mine) {
                    let (h, m) = (hours_limit.get_untracked(), max_budget.get_untracked());
                    frontier.set(plain.with_untracked(|c| browser::timed("frontier", || sel::frontier(c, h, m))));
                    frontier_ready.set(true);
                }
            },
            std::time::Duration::from_millis(30),
        );
    });

    let budget_text = RwSignal::new(String::new());
    let hours_text = RwSignal::new(String::new());
    Effect::new(move |_| budget_text.set(number(saved_budget.get())));
    // No limit (no team hours, none typed) shows as an empty field.
    Effect::new(move |_| hours_text.set(if unlimited.get() { String::new() } else { number(hours_limit.get()) }));
    let budget_err = move || crate::ui::widgets::num_error(store.lang.get(), &budget_text.get(), 0.0, 1e11);
    let hours_err = move || crate::ui::widgets::num_error(store.lang.get(), &hours_text.get(), 0.0, 1e6);
    let save_limits = move |budget: Option<f64>, hours: Option<Option<f64>>| {
        let mut s = store.ws.with_untracked(|w| w.settings.clone());
        if let Some(b) = budget {
            s.selection.budget = Some(b);
        }
        if let Some(h) = hours {
            s.selection.hours = h;
        }
        if s != store.ws.with_untracked(|w| w.settings.clone()) {
            store.dispatch(Op::SetSettings(s));
        }
    };
    let on_step = move |v: f64| (v / slider_step.get_untracked()).round() * slider_step.get_untracked();
    let remember_before = move || {
        if before.with_untracked(Option::is_none) {
            before.set(Some(result.with_untracked(|r| r.as_ref().map(|s| s.chosen.clone()).unwrap_or_default())));
        }
    };
    let set_forced = move |id: Id, f: Option<Forced>| {
        super::edit_campaign(&id, |c| c.forced = f);
    };
    let currency = Memo::new(move |_| store.ws.with(|w| w.settings.currency.clone()));
    let money = move |v: f64| currency.with(|c| crate::i18n::money(store.lang.get(), v, c));

    view! {
        <div class="selection">
            <section class="card limits" aria-labelledby="limits-h">
                <h2 id="limits-h">{t(K::PfLimits)}</h2>
                <div class="row wrap">
                    <div class="field num">
                        <label for="sel-budget">{move || trf(store.lang.get(), K::PfBudgetLimit, &[("currency", &currency.get())])}</label>
                        <input type="text" id="sel-budget" inputmode="decimal" prop:value=move || budget_text.get()
                            aria-invalid=move || budget_err().is_some().to_string()
                            on:input=move |e| budget_text.set(event_target_value(&e))
                            on:change=move |_| if let Ok(Some(b)) = crate::ui::widgets::typed_number(&budget_text.get_untracked(), 0.0, 1e11, false) { before.set(None); save_limits(Some(b), None) } />
                        {move || budget_err().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                    </div>
                    <div class="field num">
                        <label for="sel-hours">{t(K::PfHoursLimit)}</label>
                        <input type="text" id="sel-hours" inputmode="decimal" prop:value=move || hours_text.get()
                            aria-invalid=move || hours_err().is_some().to_string()
                            on:input=move |e| hours_text.set(event_target_value(&e))
                            on:change=move |_| match crate::ui::widgets::typed_number(&hours_text.get_untracked(), 0.0, 1e6, false) {
                                Ok(Some(h)) => save_limits(None, Some(Some(h))),
                                Ok(None) => save_limits(None, Some(None)),
                                Err(_) => {}
                            } />
                        {move || hours_err().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                        <span class="hint">{move || if unlimited.get() { tr(store.lang.get(), K::PfNoTeamHours).to_string() } else { let (h, n) = team_hours.get(); trf(store.lang.get(), K::PfTeamHours, &[("h", &number(h)), ("n", &n.to_string())]) }}</span>
                    </div>
                </div>
                <div class="field slider">
                    <label for="sel-slider">{move || trf(store.lang.get(), K::PfBudgetSlider, &[("budget", &money(budget.get()))])}</label>
                    <input id="sel-slider" type="range" min="0" max=move || max_budget.get().to_string() step="any"
                        prop:value=move || budget.get().to_string()
                        aria-valuetext=move || money(budget.get())
                        on:input=move |e| {
                            remember_before();
                            preview.set(event_target_value(&e).parse::<f64>().ok().map(on_step))
                        }
                        on:change=move |e| { if let Ok(b) = event_target_value(&e).parse::<f64>() { preview.set(None); save_limits(Some(on_step(b)), None); } }
                        on:keydown=move |e| {
                            let (step, max, now) = (slider_step.get_untracked(), max_budget.get_untracked(), budget.get_untracked());
                            let to = match e.key().as_str() {
                                "ArrowRight" | "ArrowUp" => now + step,
                                "ArrowLeft" | "ArrowDown" => now - step,
                                "PageUp" => now + 20.0 * step,
                                "PageDown" => now - 20.0 * step,
                                "Home" => 0.0,
                                "End" => max,
                                _ => return,
                            };
                            e.prevent_default();
                            remember_before();
                            preview.set(None);
                            save_limits(Some(to.clamp(0.0, max)), None);
                        } />
                </div>
                <Changes result=result before=before cands=cands />
            </section>
            <section class="card result" aria-labelledby="result-h">
                <h2 id="result-h">{t(K::PfSelection)}</h2>
                {move || match result.get() {
                    Err(SelectError::ForcedOverBudget { cost, budget }) => view! {
                        <p class="field-error" role="alert">{trf(store.lang.get(), K::PfForcedOverBudget, &[("cost", &money(cost)), ("budget", &money(budget))])}</p>
                    }.into_any(),
                    Err(SelectError::ForcedOverHours { hours, limit }) => view! {
                        <p class="field-error" role="alert">{trf(store.lang.get(), K::PfForcedOverHours, &[("hours", &number(hours)), ("limit", &number(limit))])}</p>
                    }.into_any(),
                    Ok(s) => {
                        let lang = store.lang.get();
                        view! {
                            <p class="totals" role="status">{trf(lang, if unlimited.get() { K::PfSelectionTotalsNoLimit } else { K::PfSelectionTotals }, &[
                                ("chosen", &count(lang, K::ChosenOne, K::ChosenMany, s.chosen.len())), ("score", &number((s.score * 10.0).round() / 10.0)),
                                ("cost", &money(s.cost)), ("budget", &money(budget.get())),
                                ("hours", &number(s.hours)), ("limit", &number(hours_limit.get())),
                            ])}</p>
                        }.into_any()
                    }
                }}
                <table class="data candidates">
                    <caption>{t(K::PfCandidates)}</caption>
                    <thead><tr>
                        <th scope="col">{t(K::PfChosen)}</th>
                        <th scope="col">{t(K::PfName)}</th>
                        <th scope="col">{t(K::PfPhase)}</th>
                        <th scope="col" class="num">{t(K::PfScore)}</th>
                        <th scope="col" class="num">{t(K::PfPlanned)}</th>
                        <th scope="col" class="num">{t(K::PfHoursWeek)}</th>
                        <th scope="col">{t(K::PfForce)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let lang = store.lang.get();
                            let chosen: Vec<Id> = result.with(|r| r.as_ref().map(|s| s.chosen.clone()).unwrap_or_default());
                            let mut rows = cands.get();
                            rows.sort_by(|a, b| b.0.score.total_cmp(&a.0.score));
                            rows.into_iter().map(|(c, name, phase)| {
                                let inn = chosen.contains(&c.id);
                                let fid = format!("force-{}", c.id);
                                let id = c.id.clone();
                                let n2 = name.clone();
                                let val = match c.forced { Some(Forced::In) => "in", Some(Forced::Out) => "out", None => "" };
                                view! {
                                    <tr class:chosen=inn>
                                        <td class="mark">{if inn { view! { <span class="yes">"✓ "{tr(lang, K::PfIn)}</span> }.into_any() } else { view! { <span class="no">{tr(lang, K::PfOut)}</span> }.into_any() }}</td>
                                        <th scope="row"><a href=super::campaign_href(&c.id)>{name}</a></th>
                                        <td>{tr(lang, phase_key(phase))}</td>
                                        <td class="num">{number((c.score * 10.0).round() / 10.0)}</td>
                                        <td class="num">{money(c.cost)}</td>
                                        <td class="num">{number(c.hours)}</td>
                                        <td>
                                            <label class="visually-hidden" for=fid.clone()>{trf(lang, K::PfForceOf, &[("name", &n2)])}</label>
                                            <select id=fid prop:value=val on:change=move |e| {
                                                let f = match event_target_value(&e).as_str() { "in" => Some(Forced::In), "out" => Some(Forced::Out), _ => None };
                                                set_forced(id.clone(), f);
                                            }>
                                                <option value="" selected=val.is_empty()>{tr(lang, K::PfForceAuto)}</option>
                                                <option value="in" selected=val == "in">{tr(lang, K::PfForceIn)}</option>
                                                <option value="out" selected=val == "out">{tr(lang, K::PfForceOut)}</option>
                                            </select>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
                <Show when=move || cands.with(Vec::is_empty)><p class="empty">{t(K::PfNoCandidates)}</p></Show>
            </section>
            <FrontierChart frontier=frontier ready=frontier_ready budget=budget axis=budget_axis />
        </div>
    }
}

/// What the previewed budget changes against the kept one.
#[component]
fn Changes(
    result: Memo<Result<sel::Selection, SelectError>>,
    before: RwSignal<Option<Vec<Id>>>,
    cands: Memo<Vec<(Candidate, String, crate::domain::Phase)>>,
) -> impl IntoView {
    let store = use_store();
    let diff = Memo::new(move |_| {
        let before = before.get()?;
        let now = result.with(|r| r.as_ref().ok().map(|s| s.chosen.clone()))?;
        let name = |id: &Id| cands.with(|c| c.iter().find(|x| &x.0.id == id).map(|x| x.1.clone()).unwrap_or_default());
        let added: Vec<String> = now.iter().filter(|i| !before.contains(i)).map(name).collect();
        let dropped: Vec<String> = before.iter().filter(|i| !now.contains(i)).map(name).collect();
        Some((added, dropped))
    });
    view! {
        <div class="diff" aria-live="polite">
            {move || diff.get().map(|(added, dropped)| {
                let lang = store.lang.get();
                if added.is_empty() && dropped.is_empty() {
                    return view! { <p class="hint">{tr(lang, K::PfNoChangeAtBudget)}</p> }.into_any();
                }
                view! {
                    {(!added.is_empty()).then(|| view! { <p class="added">{trf(lang, K::PfWouldAdd, &[("names", &added.join(", "))])}</p> })}
                    {(!dropped.is_empty()).then(|| view! { <p class="dropped">{trf(lang, K::PfWouldDrop, &[("names", &dropped.join(", "))])}</p> })}
                }.into_any()
            })}
        </div>
    }
}

const FW: f64 = 1000.0;
const FH: f64 = 420.0;
const FL: f64 = 80.0;
const FR: f64 = 56.0;
const FT: f64 = 24.0;
const FB: f64 = 64.0;

/// The efficient frontier as a step chart, the current budget marked.
#[component]
fn FrontierChart(frontier: RwSignal<Vec<Step>>, ready: RwSignal<bool>, budget: Memo<f64>, axis: Memo<(f64, Vec<f64>)>) -> impl IntoView {
    let store = use_store();
    let y_axis = Memo::new(move |_| ticks(frontier.with(|f| f.last().map(|s| s.score).unwrap_or(0.0)).max(1.0)));
    let max = move || axis.with(|a| a.0);
    let x = move |b: f64| FL + (b / max()).clamp(0.0, 1.0) * (FW - FL - FR);
    let y = move |s: f64| FH - FB - (s / y_axis.with(|a| a.0)).clamp(0.0, 1.0) * (FH - FT - FB);
    let path = move || {
        frontier.with(|f| {
            let Some(first) = f.first() else { return String::new() };
            let mut d = format!("M{:.1},{:.1}", x(first.budget), y(first.score));
            for s in f.iter().skip(1) {
                d.push_str(&format!(" H{:.1} V{:.1}", x(s.budget), y(s.score)));
            }
            d.push_str(&format!(" H{:.1}", x(max())));
            d
        })
    };
    let currency = Memo::new(move |_| store.ws.with(|w| w.settings.currency.clone()));
    let here = move || sel::best_at(&frontier.get(), budget.get());
    view! {
        <figure class="card frontier">
            <figcaption><h2>{t(K::PfFrontier)}</h2><span class="hint">{t(K::PfFrontierHint)}</span>
                <Show when=move || !ready.get()><span class="hint" role="status">" "{t(K::PfFrontierComputing)}</span></Show></figcaption>
            <svg viewBox=format!("0 0 {FW} {FH}") role="img"
                aria-label=move || trf(store.lang.get(), K::PfFrontierLabel, &[("budget", &amount(store.lang.get(), budget.get())), ("score", &number(here().round()))])>
                {move || y_axis.get().1.into_iter().map(|v| {
                    view! {
                        <line x1=FL x2=FW - FR y1=y(v) y2=y(v) class="grid" />
                        <text x=FL - 10.0 y=y(v) + 6.0 class="tick end">{number((v * 100.0).round() / 100.0)}</text>
                    }
                }).collect_view()}
                {move || {
                    let lang = store.lang.get();
                    axis.get().1.into_iter().map(|v| {
                        view! { <text x=x(v) y=FH - FB + 24.0 class="tick mid">{amount(lang, v)}</text> }
                    }).collect_view()
                }}
                <text x=(FL + FW - FR) / 2.0 y=FH - 12.0 class="axis">{move || trf(store.lang.get(), K::PfAxisBudget, &[("currency", &currency.get())])}</text>
                <text x=22.0 y=(FT + FH - FB) / 2.0 class="axis" transform=format!("rotate(-90 22 {})", (FT + FH - FB) / 2.0)>{t(K::PfAxisBestScore)}</text>
                <path d=path class="step" />
                <line x1=move || x(budget.get()) x2=move || x(budget.get()) y1=FT y2=FH - FB class="now" />
                <circle cx=move || x(budget.get()) cy=move || y(here()) r="8" class="now-dot" />
                <text x=move || x(budget.get()) + 10.0 y=FT + 18.0 class="now-label">{move || trf(store.lang.get(), K::PfFrontierNow, &[("score", &number(here().round()))])}</text>
            </svg>
        </figure>
    }
}
