//! The sprint's charts as SVG: the burndown (remaining hours per working
//! day, the ideal line, scope changes marked) and velocity across closed
//! sprints. Numbers come from `domain::sprint`; this file only draws.

use crate::domain::sprint::{self, BurndownPoint};
use crate::domain::axis::{shorten, text_width, thin_labels};
use crate::domain::{Id, ScopeChangeKind};
use crate::i18n::{count, number, trf, K};
use crate::state::{browser, use_store};
use crate::ui::t;
use crate::ui::widgets::ticks;
use chrono::Datelike;
use leptos::prelude::*;

const W: f64 = 760.0;
const H: f64 = 300.0;
const L: f64 = 56.0;
const R: f64 = 20.0;
const T: f64 = 20.0;
const B: f64 = 44.0;

/// A chart's drawing area (SVG units) and the size of its text. The page's
/// burndown is wide and scaled down to fit its card; the projector's
/// (`large`) is drawn about as wide as its half of a 1280 px slide shows it,
/// so its text keeps its size on screen (≥ 18 px) instead of shrinking with
/// the SVG. `font` is the tick text's size in style/main.css (`.chart .tick`)
/// and style/meeting.css (`.chart.large`): it sizes the margins and decides
/// which day labels have room.
#[derive(Clone, Copy)]
struct Frame {
    w: f64,
    h: f64,
    l: f64,
    r: f64,
    t: f64,
    b: f64,
    font: f64,
}

const PAGE: Frame = Frame { w: W, h: H, l: L, r: R, t: T, b: B, font: 14.0 };
/// Its left margin is set by `left_for`.
const PROJECTOR: Frame = Frame { w: 540.0, h: 300.0, l: 0.0, r: 34.0, t: 20.0, b: 46.0, font: 20.0 };
/// Characters' width in em, for the labels' estimated widths (`axis::text_width`).
const EM: f64 = 0.64;

impl Frame {
    /// A left margin that holds the longest of `ys` and the rotated axis
    /// title, whatever the numbers are.
    fn left_for(self, ys: &[String]) -> Frame {
        let widest = ys.iter().map(|s| text_width(s, self.font, EM)).fold(0.0, f64::max);
        Frame { l: (self.font * 1.6 + widest + 12.0).round(), ..self }
    }
}

/// Horizontal grid lines with their values, for both charts.
fn y_grid(f: Frame, ys: &[f64], y: impl Fn(f64) -> f64) -> impl IntoView {
    ys.iter()
        .map(|v| {
            let at = y(*v);
            view! {
                <line class="grid" x1=f.l x2=f.w - f.r y1=at y2=at />
                <text class="tick y" x=f.l - 8.0 y=at + f.font * 0.36>{number(*v)}</text>
            }
        })
        .collect_view()
}

/// The burndown of `sprint`; `large` on the projector (see `Frame`).
#[component]
pub fn Burndown(sprint: Id, #[prop(optional)] large: bool) -> impl IntoView {
    let store = use_store();
    let sid = StoredValue::new(sprint);
    let data = Memo::new(move |_| {
        store.ws.with(|w| {
            let s = w.sprints.iter().find(|s| s.id == sid.get_value())?;
            let pts = sprint::burndown(s, &w.backlog, browser::today());
            let changes: Vec<(chrono::NaiveDate, ScopeChangeKind, String, f64)> =
                s.scope_changes.iter().map(|c| (c.on, c.kind, c.title.clone(), c.hours)).collect();
            Some((pts, changes, sprint::committed(s, &w.backlog)))
        })
    });
    move || {
        let (pts, changes, committed) = data.get()?;
        let lang = store.lang.get();
        if pts.is_empty() {
            return None;
        }
        let max = pts.iter().map(|p| p.ideal.max(p.remaining.unwrap_or(0.0))).fold(committed, f64::max);
        let (top, ys) = ticks(max.max(1.0));
        let y_labels: Vec<String> = ys.iter().map(|v| number(*v)).collect();
        let f = if large { PROJECTOR.left_for(&y_labels) } else { PAGE };
        // Position 0 is the sprint's start (the commitment); position k + 1
        // the end of day k, labelled with its date.
        let n = pts.len();
        let x = move |k: usize| f.l + (f.w - f.l - f.r) * k as f64 / n as f64;
        let y = move |v: f64| f.t + (f.h - f.t - f.b) * (1.0 - v / top);
        // The day labels that have room; the first and the last always.
        let days: Vec<String> = std::iter::once(crate::i18n::tr(lang, K::BurndownStart).to_string())
            .chain(pts.iter().map(|p| format!("{}/{}", p.day.day(), p.day.month())))
            .collect();
        let widest = days.iter().map(|d| text_width(d, f.font, EM)).fold(0.0, f64::max);
        let pitch = (f.w - f.l - f.r) / n as f64;
        let shown_days = thin_labels(n + 1, pitch, widest + f.font * 0.6);
        let ideal: String = std::iter::once((0, committed))
            .chain(pts.iter().enumerate().map(|(k, p)| (k + 1, p.ideal)))
            .map(|(k, v)| format!("{:.1},{:.1}", x(k), y(v)))
            .collect::<Vec<_>>()
            .join(" ");
        // Day positions with a remaining figure (days gone), after the start.
        let actual: Vec<(usize, f64)> = pts.iter().enumerate().filter_map(|(k, p)| p.remaining.map(|r| (k + 1, r))).collect();
        let actual_line: String = actual.first().map(|_| (0, committed)).into_iter().chain(actual.iter().copied())
            .map(|(k, r)| format!("{:.1},{:.1}", x(k), y(r)))
            .collect::<Vec<_>>()
            .join(" ");
        let last = actual.last().map(|(k, r)| (pts[*k - 1].day, *r, pts[*k - 1].ideal));
        let summary = match last {
            Some((_, r, i)) => trf(lang, K::BurndownSummary, &[("left", &number(r)), ("ideal", &number(i)), ("changes", &count(lang, K::ScopeChangesOne, K::ScopeChangesMany, changes.len()))]),
            None => crate::i18n::tr(lang, K::BurndownNotStarted).to_string(),
        };
        let marks: Vec<(usize, &BurndownPoint)> = pts.iter().enumerate().filter(|(_, p)| p.scope_changed).map(|(k, p)| (k + 1, p)).collect();
        Some(view! {
            <figure class="chart burndown" class:large=large>
                <figcaption>{t(K::BurndownTitle)}</figcaption>
                <svg viewBox=format!("0 0 {} {}", f.w, f.h) role="img" aria-label=summary.clone()>
                    {y_grid(f, &ys, y)}
                    {shown_days.into_iter().map(|k| view! {
                        // Low enough to clear the "0" of the y axis beside the first.
                        <text class="tick x" x=x(k) y=f.h - f.b + f.font * 1.6>{days[k].clone()}</text>
                    }).collect_view()}
                    {
                        let (ax, mid) = (f.font, f.t + (f.h - f.t - f.b) / 2.0);
                        view! { <text class="axis-label" x=ax y=mid transform=format!("rotate(-90 {ax} {mid})")>{t(K::HoursLeft)}</text> }
                    }
                    {marks.into_iter().map(|(k, p)| {
                        let day_changes: Vec<String> = changes.iter().filter(|c| c.0 == p.day).map(|c| {
                            let sign = if c.1 == ScopeChangeKind::Added { "+" } else { "−" };
                            format!("{sign}{} h {}", number(c.3), c.2)
                        }).collect();
                        let label = trf(lang, K::ScopeChangeMark, &[("what", &day_changes.join(", "))]);
                        view! {
                            <g class="scope-mark">
                                <title>{label}</title>
                                <line x1=x(k) x2=x(k) y1=f.t y2=f.h - f.b />
                                <path d=format!("M{:.1} {:.1} l-8 -14 h16 z", x(k), f.t + 14.0) />
                            </g>
                        }
                    }).collect_view()}
                    <polyline class="ideal" points=ideal />
                    <polyline class="actual" points=actual_line />
                    {actual.iter().map(|(k, r)| view! { <circle class="actual-dot" cx=x(*k) cy=y(*r) r="5" /> }).collect_view()}
                </svg>
                <ul class="legend">
                    <li><span class="key ideal-key" aria-hidden="true"></span>{t(K::IdealLine)}</li>
                    <li><span class="key actual-key" aria-hidden="true"></span>{t(K::RemainingLine)}</li>
                    <li><span class="key scope-key" aria-hidden="true">"▼"</span>{t(K::ScopeChanges)}</li>
                </ul>
                <p class="visually-hidden">{summary}</p>
            </figure>
        })
    }
}

/// Delivered hours per closed sprint, with the average.
#[component]
pub fn Velocity() -> impl IntoView {
    let store = use_store();
    let data = Memo::new(move |_| {
        store.ws.with(|w| {
            sprint::velocity(&w.sprints, &w.backlog)
                .into_iter()
                .map(|(id, h)| (w.sprints.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_default(), h))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let v = data.get();
        let lang = store.lang.get();
        if v.is_empty() {
            return view! { <p class="empty">{t(K::NoClosedSprints)}</p> }.into_any();
        }
        let avg = v.iter().map(|(_, h)| h).sum::<f64>() / v.len() as f64;
        let (top, ys) = ticks(v.iter().map(|(_, h)| *h).fold(1.0, f64::max));
        let n = v.len() as f64;
        let slot = (W - L - R) / n;
        let y = move |h: f64| T + (H - T - B) * (1.0 - h / top);
        // Many sprints leave each bar a narrow slot: names (cut to 16
        // characters) and values are drawn only where they have room, the
        // first and last always; the table below lists every one in full.
        let names: Vec<String> = v.iter().map(|(name, _)| shorten(name, 16)).collect();
        let values: Vec<String> = v.iter().map(|(_, h)| number(*h)).collect();
        // (Values are bold 15 px, `.chart .bar-value`: a little wider a digit.)
        let room = |texts: &[String], font: f64, em: f64| {
            let widest = texts.iter().map(|s| text_width(s, font, em)).fold(0.0, f64::max);
            thin_labels(texts.len(), slot, widest + font * 0.6)
        };
        let (named, valued) = (room(&names, PAGE.font, EM), room(&values, 15.0, 0.62));
        let summary = trf(lang, K::VelocitySummary, &[("sprints", &count(lang, K::ClosedSprintsOne, K::ClosedSprintsMany, v.len())), ("avg", &number((avg * 10.0).round() / 10.0))]);
        view! {
            <figure class="chart velocity">
                <figcaption>{t(K::VelocityTitle)}</figcaption>
                <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=summary.clone()>
                    {y_grid(PAGE, &ys, y)}
                    {v.iter().enumerate().map(|(k, (_, h))| {
                        let x0 = L + slot * k as f64 + slot * 0.2;
                        view! {
                            <g class="bar">
                                <rect x=x0 y=y(*h) width=slot * 0.6 height=(H - B - y(*h)).max(0.0) />
                                {valued.contains(&k).then(|| view! { <text class="bar-value" x=x0 + slot * 0.3 y=y(*h) - 6.0>{values[k].clone()}</text> })}
                                {named.contains(&k).then(|| view! { <text class="tick x" x=x0 + slot * 0.3 y=H - B + 20.0>{names[k].clone()}</text> })}
                            </g>
                        }
                    }).collect_view()}
                    <line class="avg" x1=L x2=W - R y1=y(avg) y2=y(avg) />
                </svg>
                <p>{summary}</p>
                <table class="data">
                    <thead><tr><th scope="col">{t(K::SprintLabel)}</th><th scope="col">{t(K::DeliveredHours)}</th></tr></thead>
                    <tbody>{v.iter().map(|(name, h)| view! { <tr><td>{name.clone()}</td><td>{number(*h)}</td></tr> }).collect_view()}</tbody>
                </table>
            </figure>
        }.into_any()
    }
}
