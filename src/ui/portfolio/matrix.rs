//! The prioritisation matrix: each campaign a bubble placed by its score
//! (up is better) against its effort in hours a week or its cost (right is
//! dearer), sized by budget and coloured by phase. Every bubble is a
//! focusable button that opens the campaign. The axis choice is in the URL.

use super::{open_campaign, phase_key, Scores};
use crate::domain::{Id, Phase};
use crate::i18n::{amount, number, tr, trf, K};
use crate::state::use_store;
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::t;
use leptos::prelude::*;

const W: f64 = 1000.0;
const H: f64 = 600.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 70.0;
const R_MIN: f64 = 9.0;
const R_MAX: f64 = 42.0;

/// A round upper bound for an axis (1, 2, 2.5, 5 × 10ⁿ).
pub fn nice_max(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * p).find(|m| *m >= v).unwrap_or(10.0 * p)
}

#[derive(Clone, PartialEq)]
struct Point {
    id: Id,
    name: String,
    phase: Phase,
    score: f64,
    x: f64,
    budget: f64,
}

#[component]
pub fn Matrix() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let scores = expect_context::<Scores>().0;
    let by_cost = Memo::new(move |_| param(&route.query.get(), "axis").as_deref() == Some("cost"));
    let points = Memo::new(move |_| {
        let cost = by_cost.get();
        scores.with(|s| {
            store.ws.with(|w| {
                w.campaigns
                    .iter()
                    .zip(s)
                    .map(|(c, sc)| Point {
                        id: c.id.clone(),
                        name: c.name.clone(),
                        phase: c.phase,
                        score: sc.total,
                        x: if cost { c.planned_budget() } else { c.weekly_hours() },
                        budget: c.planned_budget(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let x_max = Memo::new(move |_| nice_max(points.with(|p| p.iter().map(|p| p.x).fold(0.0, f64::max))));
    let b_max = Memo::new(move |_| points.with(|p| p.iter().map(|p| p.budget).fold(0.0, f64::max)).max(1.0));
    let x_of = move |v: f64| LEFT + (v / x_max.get()).clamp(0.0, 1.0) * (W - LEFT - RIGHT);
    let y_of = |score: f64| H - BOTTOM - (score / 100.0).clamp(0.0, 1.0) * (H - TOP - BOTTOM);
    let currency = Memo::new(move |_| store.ws.with(|w| w.settings.currency.clone()));
    view! {
        <div class="row matrix-tools" role="group" aria-label=t(K::PfMatrixAxis)>
            <span class="lbl">{t(K::PfMatrixAxis)}</span>
            <a class="button" role="button" aria-pressed=move || (!by_cost.get()).to_string() href=href_with(Area::Portfolio, &[("view", "matrix")])>{t(K::PfAxisEffort)}</a>
            <a class="button" role="button" aria-pressed=move || by_cost.get().to_string() href=href_with(Area::Portfolio, &[("view", "matrix"), ("axis", "cost")])>{t(K::PfAxisCost)}</a>
        </div>
        <figure class="pf-matrix">
            <figcaption>{t(K::PfMatrixTitle)}</figcaption>
            <svg viewBox=format!("0 0 {W} {H}") role="group" aria-label=t(K::PfMatrixTitle)>
                // Grid and ticks: score every 20, the x axis in quarters.
                {(0..=5).map(|i| {
                    let y = y_of(i as f64 * 20.0);
                    view! {
                        <line x1=LEFT x2=W - RIGHT y1=y y2=y class="grid" />
                        <text x=LEFT - 10.0 y=y + 6.0 class="tick end">{(i * 20).to_string()}</text>
                    }
                }).collect_view()}
                {move || {
                    let lang = store.lang.get();
                    (0..=4).map(|i| {
                        let v = x_max.get() * i as f64 / 4.0;
                        let x = x_of(v);
                        view! {
                            <line x1=x x2=x y1=TOP y2=H - BOTTOM class="grid" />
                            <text x=x y=H - BOTTOM + 24.0 class="tick mid">{amount(lang, v)}</text>
                        }
                    }).collect_view()
                }}
                <text x=(LEFT + W - RIGHT) / 2.0 y=H - 14.0 class="axis">
                    {move || if by_cost.get() { trf(store.lang.get(), K::PfAxisCostLabel, &[("currency", &currency.get())]) } else { store.t(K::PfAxisEffortLabel).to_string() }}
                </text>
                <text x=22.0 y=(TOP + H - BOTTOM) / 2.0 class="axis" transform=format!("rotate(-90 22 {})", (TOP + H - BOTTOM) / 2.0)>{t(K::PfAxisScore)}</text>
                // Biggest first, so small bubbles stay on top and clickable.
                {move || {
                    let lang = store.lang.get();
                    let cur = currency.get();
                    let cost = by_cost.get();
                    let mut pts = points.get();
                    pts.sort_by(|a, b| b.budget.total_cmp(&a.budget));
                    pts.into_iter().map(|p| {
                        let r = R_MIN + (R_MAX - R_MIN) * (p.budget / b_max.get()).sqrt();
                        let (x, y) = (x_of(p.x), y_of(p.score));
                        let short: String = if p.name.chars().count() > 24 { p.name.chars().take(23).chain(['…']).collect() } else { p.name.clone() };
                        // Labels go to the side with room.
                        let (lx, cls) = if x > W * 0.72 { (x - r - 6.0, "point-label end") } else { (x + r + 6.0, "point-label") };
                        let xval = if cost { format!("{} {cur}", amount(lang, p.x)) } else { trf(lang, K::PfHoursPerWeek, &[("h", &number(p.x))]) };
                        let label = trf(lang, K::PfBubble, &[
                            ("name", &p.name), ("score", &number(p.score.round())), ("x", &xval),
                            ("budget", &format!("{} {cur}", amount(lang, p.budget))), ("phase", tr(lang, phase_key(p.phase))),
                        ]);
                        let (id1, id2) = (p.id.clone(), p.id.clone());
                        let label2 = label.clone();
                        view! {
                            <g class=format!("bubble phase-{}", p.phase.code()) role="button" tabindex="0" aria-label=label2
                                on:click=move |_| open_campaign(&id1)
                                on:keydown=move |e| if e.key() == "Enter" || e.key() == " " { e.prevent_default(); open_campaign(&id2) }>
                                <title>{label}</title>
                                <circle cx=x cy=y r=r />
                                <text x=lx y=y + 6.0 class=cls aria-hidden="true">{short}</text>
                            </g>
                        }
                    }).collect_view()
                }}
            </svg>
            <ul class="legend phases" aria-label=t(K::PfPhase)>
                {Phase::ALL.into_iter().map(|ph| view! { <li><span class=format!("sw phase-{}", ph.code())></span>{t(phase_key(ph))}</li> }).collect_view()}
            </ul>
            <p class="hint">{t(K::PfMatrixHint)}</p>
        </figure>
    }
}
