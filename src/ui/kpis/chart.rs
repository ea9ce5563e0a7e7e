//! A metric's trend: the sparkline in its row, and the chart opened from
//! its name — the weeks of the chosen quarter and the one before, with the
//! weekly target as a dashed line.

use super::{shown, status_symbol};
use crate::domain::kpi::{self, Quarter};
use crate::domain::{Direction, Id};
use crate::i18n::{tr, trf, K};
use crate::state::use_store;
use crate::ui::t;
use leptos::prelude::*;

/// A 64 × 18 polyline of the weeks that have a value, and the target as a
/// dashed line; decoration only (the numbers are in the row).
pub fn sparkline(values: &[Option<f64>], target: Option<f64>) -> String {
    let pts: Vec<(usize, f64)> = values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).collect();
    if pts.is_empty() {
        return String::from(r#"<svg class="spark" aria-hidden="true" viewBox="0 0 64 18"></svg>"#);
    }
    let lo = pts.iter().map(|p| p.1).chain(target).fold(f64::INFINITY, f64::min);
    let hi = pts.iter().map(|p| p.1).chain(target).fold(f64::NEG_INFINITY, f64::max);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let n = values.len().max(2) - 1;
    let x = |i: usize| 1.0 + 62.0 * i as f64 / n as f64;
    let y = |v: f64| 16.0 - 14.0 * (v - lo) / span;
    let line: Vec<String> = pts.iter().map(|(i, v)| format!("{:.1},{:.1}", x(*i), y(*v))).collect();
    let mut s = String::from(r#"<svg class="spark" aria-hidden="true" viewBox="0 0 64 18">"#);
    if let Some(t) = target {
        s.push_str(&format!(r#"<line class="spark-target" x1="0" x2="64" y1="{0:.1}" y2="{0:.1}"/>"#, y(t)));
    }
    if line.len() == 1 {
        let (i, v) = pts[0];
        s.push_str(&format!(r#"<circle cx="{:.1}" cy="{:.1}" r="1.6"/>"#, x(i), y(v)));
    } else {
        s.push_str(&format!(r#"<polyline points="{}"/>"#, line.join(" ")));
    }
    s.push_str("</svg>");
    s
}

const W: f64 = 760.0;
const H: f64 = 260.0;
const L: f64 = 64.0;
const R: f64 = 16.0;
const T: f64 = 14.0;
const B: f64 = 40.0;

/// The chart of one metric, in a region with its name as heading; Close
/// (or Escape) hands focus back to the row's name.
#[component]
pub fn Chart(id: Id, quarter: Memo<Quarter>, close: Callback<()>) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    let data = Memo::new(move |_| {
        let q = quarter.get();
        let mut weeks = q.prev().weeks();
        let n_q = q.weeks().len();
        weeks.extend(q.weeks());
        store.ws.with(|w| {
            let k = w.kpis.iter().find(|k| k.id == id.get_value())?;
            let v = kpi::values(&w.kpis, &weeks).remove(&k.id).unwrap_or_default();
            Some((k.name.clone(), k.unit, k.direction, kpi::weekly_target(k, n_q), weeks, v))
        })
    });
    let close_btn = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = close_btn.get() {
            let _ = b.focus();
        }
    });
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            close.run(());
        }
    };
    view! {
        <section class="card kpi-chart" aria-labelledby="kpi-chart-title" on:keydown=on_key>
            <div class="row between">
                <h2 id="kpi-chart-title">{move || data.with(|d| d.as_ref().map(|d| trf(store.lang.get(), K::KxChartTitle, &[("name", &d.0)])))}</h2>
                <button type="button" node_ref=close_btn on:click=move |_| close.run(())>{t(K::Close)}</button>
            </div>
            {move || data.get().map(|(name, unit, dir, target, weeks, values)| {
                let lang = store.lang.get();
                let max = values.iter().flatten().copied().chain(target).fold(0.0, f64::max);
                let min = values.iter().flatten().copied().chain(target).fold(0.0, f64::min);
                // Room below zero when a value is negative (an NPS can be).
                let ax = crate::domain::axis::axis(min, max);
                let ys = ax.ticks;
                let n = weeks.len().max(2) - 1;
                let x = move |i: usize| L + (W - L - R) * i as f64 / n as f64;
                let (bottom, top) = (ax.bottom, ax.top);
                let y = move |v: f64| T + (H - T - B) * (1.0 - ((v - bottom) / (top - bottom)).clamp(0.0, 1.0));
                let pts: Vec<(usize, f64)> = values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).collect();
                let line = pts.iter().map(|(i, v)| format!("{:.1},{:.1}", x(*i), y(*v))).collect::<Vec<_>>().join(" ");
                let latest = pts.last().map(|(i, v)| (weeks[*i].clone(), *v));
                let summary = match latest {
                    Some((w, v)) => trf(lang, K::KxChartSummary, &[("name", &name), ("n", &pts.len().to_string()), ("week", &w), ("value", &shown(lang, Some(v), unit)), ("target", &shown(lang, target, unit))]),
                    None => trf(lang, K::KxChartEmpty, &[("name", &name)]),
                };
                let judge = move |v: f64| target.map(|t| kpi::status(v, t, dir));
                view! {
                    <figure class="chart kpi-chart-fig">
                        <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=summary.clone()>
                            {ys.iter().map(|v| view! {
                                <line class="grid" x1=L x2=W - R y1=y(*v) y2=y(*v) />
                                <text class="tick y" x=L - 6.0 y=y(*v) + 4.0>{shown(lang, Some(*v), unit)}</text>
                            }).collect_view()}
                            {weeks.iter().enumerate().filter(|(i, _)| i % 2 == 0).map(|(i, w)| view! {
                                <text class="tick x" x=x(i) y=H - B + 18.0>{w.split_once('-').map(|p| p.1.to_string()).unwrap_or_default()}</text>
                            }).collect_view()}
                            {target.map(|t| view! {
                                <line class="target-line" x1=L x2=W - R y1=y(t) y2=y(t) />
                                <text class="target-label" x=W - R y=y(t) - 6.0>{trf(lang, K::KxTargetLine, &[("target", &shown(lang, Some(t), unit))])}</text>
                            })}
                            <polyline class="series" points=line />
                            {pts.iter().map(|(i, v)| {
                                let st = judge(*v);
                                view! { <circle class=format!("pt {}", super::status_class(st)) cx=x(*i) cy=y(*v) r="4"><title>{format!("{}: {}{}", weeks[*i], shown(lang, Some(*v), unit), st.map(|s| format!(" {}", status_symbol(s))).unwrap_or_default())}</title></circle> }
                            }).collect_view()}
                        </svg>
                        <figcaption>{summary}</figcaption>
                    </figure>
                    <p class="hint">{if dir == Direction::LowerIsBetter { tr(lang, K::MsLower) } else { tr(lang, K::MsHigher) }}</p>
                }
            })}
        </section>
    }
}
