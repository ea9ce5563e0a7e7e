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
use crate::ui::widgets::ticks;
use leptos::prelude::*;

const W: f64 = 1000.0;
const H: f64 = 600.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 70.0;
const R_MIN: f64 = 9.0;
const R_MAX: f64 = 42.0;


/// Where each bubble's name goes: right, left, above or below it, the first
/// place that overlaps no name already placed and no other bubble (else no
/// other name); a name that fits nowhere is left out (the bubble keeps it as
/// its accessible name and tooltip). Widths are estimated from the length.
fn place_labels(items: &[(f64, f64, f64, String)]) -> Vec<Option<(f64, f64, &'static str)>> {
    type Box4 = (f64, f64, f64, f64);
    let hit = |a: Box4, b: Box4| a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3;
    let circles: Vec<Box4> = items.iter().map(|(x, y, r, _)| (x - r * 0.8, y - r * 0.8, x + r * 0.8, y + r * 0.8)).collect();
    let mut taken: Vec<Box4> = vec![];
    let mut out = vec![];
    for (k, (x, y, r, text)) in items.iter().enumerate() {
        let w = text.chars().count() as f64 * 9.2;
        let h = 20.0;
        // (anchor x, baseline y, text-anchor)
        let spots = [
            (x + r + 6.0, y + 6.0, "start"),
            (x - r - 6.0, y + 6.0, "end"),
            (*x, y - r - 8.0, "middle"),
            (*x, y + r + 20.0, "middle"),
            (x + r * 0.7 + 4.0, y - r * 0.7 - 4.0, "start"),
            (x - r * 0.7 - 4.0, y - r * 0.7 - 4.0, "end"),
            (x + r * 0.7 + 4.0, y + r * 0.7 + 16.0, "start"),
            (x - r * 0.7 - 4.0, y + r * 0.7 + 16.0, "end"),
        ];
        let boxed = |(lx, ly, a): (f64, f64, &str)| -> Box4 {
            let left = match a {
                "start" => lx,
                "end" => lx - w,
                _ => lx - w / 2.0,
            };
            (left, ly - h + 4.0, left + w, ly + 4.0)
        };
        let inside = |b: Box4| b.0 >= LEFT && b.2 <= W - 4.0 && b.1 >= 2.0 && b.3 <= H - BOTTOM + 2.0;
        let free_of_names = |b: Box4| taken.iter().all(|t| !hit(*t, b));
        let free_of_bubbles = |b: Box4| circles.iter().enumerate().all(|(j, c)| j == k || !hit(*c, b));
        let pick = spots.iter().find(|s| { let b = boxed(**s); inside(b) && free_of_names(b) && free_of_bubbles(b) })
            .or_else(|| spots.iter().find(|s| { let b = boxed(**s); inside(b) && free_of_names(b) }))
            .copied();
        if let Some(s) = pick {
            taken.push(boxed(s));
        }
        out.push(pick);
    }
    out
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
    let x_axis = Memo::new(move |_| ticks(points.with(|p| p.iter().map(|p| p.x).fold(0.0, f64::max))));
    let x_max = move || x_axis.with(|a| a.0);
    let b_max = Memo::new(move |_| points.with(|p| p.iter().map(|p| p.budget).fold(0.0, f64::max)).max(1.0));
    let x_of = move |v: f64| LEFT + (v / x_max()).clamp(0.0, 1.0) * (W - LEFT - RIGHT);
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
                    x_axis.get().1.into_iter().map(|v| {
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
                // Biggest first, so small bubbles stay on top and clickable;
                // the names go on a layer above every bubble.
                {move || {
                    let lang = store.lang.get();
                    let cur = currency.get();
                    let cost = by_cost.get();
                    let mut pts = points.get();
                    pts.sort_by(|a, b| b.budget.total_cmp(&a.budget));
                    let placed: Vec<(f64, f64, f64, String)> = pts
                        .iter()
                        .map(|p| {
                            let r = R_MIN + (R_MAX - R_MIN) * (p.budget / b_max.get()).sqrt();
                            let short: String = if p.name.chars().count() > 24 { p.name.chars().take(23).chain(['…']).collect() } else { p.name.clone() };
                            (x_of(p.x), y_of(p.score), r, short)
                        })
                        .collect();
                    let labels = place_labels(&placed);
                    let bubbles = pts.into_iter().zip(&placed).map(|(p, (x, y, r, _))| {
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
                                <circle cx=*x cy=*y r=*r />
                            </g>
                        }
                    }).collect_view();
                    let names = placed.iter().zip(labels).filter_map(|((_, _, _, short), at)| at.map(|(lx, ly, anchor)| view! {
                        <text x=lx y=ly class="point-label" text-anchor=anchor>{short.clone()}</text>
                    })).collect_view();
                    view! { {bubbles}<g class="labels" aria-hidden="true">{names}</g> }
                }}
            </svg>
            <ul class="legend phases" aria-label=t(K::PfPhase)>
                {Phase::ALL.into_iter().map(|ph| view! { <li><span class=format!("sw phase-{}", ph.code())></span>{t(phase_key(ph))}</li> }).collect_view()}
            </ul>
            <p class="hint">{t(K::PfMatrixHint)}</p>
        </figure>
    }
}
