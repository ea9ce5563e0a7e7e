//! The prioritisation matrix: each campaign a bubble placed by its score
//! (up is better) against its effort in hours a week or its cost (right is
//! dearer), sized by budget and coloured by phase. Every bubble is a
//! focusable button that opens the campaign. The axis choice is in the URL.

use super::{open_campaign, phase_key, Scores};
use crate::domain::axis::{shorten, text_width, thin_labels};
use crate::domain::labels::{self, Bounds};
use crate::domain::{Id, Phase};
use crate::i18n::{amount, number, tr, trf, K};
use crate::state::use_store;
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::t;
use crate::ui::widgets::ticks;
use leptos::prelude::*;

/// The chart's drawing area (SVG units), its margins and the size of its
/// text. The page's matrix is scaled to its card's width; the projector's
/// (`large`) is wider and lower, about the shape and size of a 1280 × 720
/// slide's room under its title, so it is drawn at about 1:1 there and its
/// text keeps its size on screen (≥ 18 px) instead of shrinking with the SVG.
/// `tick` and `name` are the text sizes in style/portfolio.css (`.tick`,
/// `.point-label`) and style/meeting.css (`.pf-matrix.large`): they size the
/// margins and the names' boxes.
#[derive(Clone, Copy)]
struct Frame {
    w: f64,
    h: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    tick: f64,
    name: f64,
}

const PAGE: Frame = Frame { w: 1000.0, h: 600.0, left: 80.0, right: 40.0, top: 30.0, bottom: 70.0, tick: 15.0, name: 16.0 };
const PROJECTOR: Frame = Frame { w: 1120.0, h: 480.0, left: 84.0, right: 56.0, top: 24.0, bottom: 76.0, tick: 20.0, name: 21.0 };
const R_MIN: f64 = 9.0;
const R_MAX: f64 = 42.0;
/// Characters' width in em for the names' estimated widths: 9.2 px a
/// character at 16 px on the page, as before; bold names on the projector
/// get a little more room.
const EM_PAGE: f64 = 0.575;
const EM_PROJECTOR: f64 = 0.62;

#[derive(Clone, PartialEq)]
struct Point {
    id: Id,
    name: String,
    phase: Phase,
    score: f64,
    x: f64,
    budget: f64,
}

/// The matrix; `large` on the projector (see `Frame`).
#[component]
pub fn Matrix(#[prop(optional)] large: bool) -> impl IntoView {
    let f = if large { PROJECTOR } else { PAGE };
    let em = if large { EM_PROJECTOR } else { EM_PAGE };
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
    let x_of = move |v: f64| f.left + (v / x_max()).clamp(0.0, 1.0) * (f.w - f.left - f.right);
    let y_of = move |score: f64| f.h - f.bottom - (score / 100.0).clamp(0.0, 1.0) * (f.h - f.top - f.bottom);
    let currency = Memo::new(move |_| store.ws.with(|w| w.settings.currency.clone()));
    view! {
        <div class="row matrix-tools" role="group" aria-label=t(K::PfMatrixAxis)>
            <span class="lbl">{t(K::PfMatrixAxis)}</span>
            <a class="button" role="button" aria-pressed=move || (!by_cost.get()).to_string() href=href_with(Area::Portfolio, &[("view", "matrix")])>{t(K::PfAxisEffort)}</a>
            <a class="button" role="button" aria-pressed=move || by_cost.get().to_string() href=href_with(Area::Portfolio, &[("view", "matrix"), ("axis", "cost")])>{t(K::PfAxisCost)}</a>
        </div>
        <figure class="pf-matrix" class:large=large>
            <figcaption>{t(K::PfMatrixTitle)}</figcaption>
            <svg viewBox=format!("0 0 {} {}", f.w, f.h) role="group" aria-label=t(K::PfMatrixTitle)>
                // Grid and ticks: score every 20, the x axis in quarters.
                {(0..=5).map(|i| {
                    let y = y_of(i as f64 * 20.0);
                    view! {
                        <line x1=f.left x2=f.w - f.right y1=y y2=y class="grid" />
                        <text x=f.left - 10.0 y=y + f.tick * 0.4 class="tick end">{(i * 20).to_string()}</text>
                    }
                }).collect_view()}
                {move || {
                    let lang = store.lang.get();
                    let ticks = x_axis.get().1;
                    // Money ticks can be long: only those with room (first and last always).
                    let texts: Vec<String> = ticks.iter().map(|v| amount(lang, *v)).collect();
                    let widest = texts.iter().map(|s| text_width(s, f.tick, em)).fold(0.0, f64::max);
                    let pitch = if ticks.len() > 1 { x_of(ticks[1]) - x_of(ticks[0]) } else { f.w };
                    let labelled = thin_labels(ticks.len(), pitch, widest + f.tick);
                    ticks.into_iter().zip(texts).enumerate().map(|(i, (v, text))| {
                        let x = x_of(v);
                        view! {
                            <line x1=x x2=x y1=f.top y2=f.h - f.bottom class="grid" />
                            {labelled.contains(&i).then(|| view! { <text x=x y=f.h - f.bottom + f.tick * 1.6 class="tick mid">{text}</text> })}
                        }
                    }).collect_view()
                }}
                <text x=(f.left + f.w - f.right) / 2.0 y=f.h - 14.0 class="axis">
                    {move || if by_cost.get() { trf(store.lang.get(), K::PfAxisCostLabel, &[("currency", &currency.get())]) } else { store.t(K::PfAxisEffortLabel).to_string() }}
                </text>
                <text x=22.0 y=(f.top + f.h - f.bottom) / 2.0 class="axis" transform=format!("rotate(-90 22 {})", (f.top + f.h - f.bottom) / 2.0)>{t(K::PfAxisScore)}</text>
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
                            let short = shorten(&p.name, 24);
                            (x_of(p.x), y_of(p.score), r, short)
                        })
                        .collect();
                    let spots: Vec<labels::Point> = placed.iter().map(|(x, y, r, short)| labels::Point { x: *x, y: *y, r: *r, width: text_width(short, f.name, em) }).collect();
                    let style = if large { labels::CLEAR } else { labels::NEXT_TO };
                    let labels = labels::place(&spots, f.name, Bounds { left: f.left, top: 2.0, right: f.w - 4.0, bottom: f.h - f.bottom + 2.0 }, style);
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
                    // Leader lines under every name.
                    let leaders = labels.iter().flatten().filter_map(|at| at.leader).map(|(x1, y1, x2, y2)| view! {
                        <line class="leader" x1=x1 y1=y1 x2=x2 y2=y2 />
                    }).collect_view();
                    let names = placed.iter().zip(labels).filter_map(|((_, _, _, short), at)| at.map(|at| view! {
                        <text x=at.x y=at.y class="point-label" text-anchor=at.anchor>{short.clone()}</text>
                    })).collect_view();
                    view! { {bubbles}<g class="labels" aria-hidden="true">{leaders}{names}</g> }
                }}
            </svg>
            <ul class="legend phases" aria-label=t(K::PfPhase)>
                {Phase::ALL.into_iter().map(|ph| view! { <li><span class=format!("sw phase-{}", ph.code())></span>{t(phase_key(ph))}</li> }).collect_view()}
            </ul>
            <p class="hint">{t(K::PfMatrixHint)}</p>
        </figure>
    }
}
