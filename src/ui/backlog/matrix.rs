//! The value-vs-effort matrix: the shown items placed by their numbers in
//! four quadrants. Each point is a button: click or Enter opens the item.

use super::{focus_later, kind_icon};
use crate::domain::backlog::{quadrant, Quadrant, MATRIX_MIDPOINT};
use crate::domain::Id;
use crate::i18n::{count, number, tr, trf, K};
use crate::state::use_store;
use crate::ui::t;
use leptos::prelude::*;

const W: f64 = 1000.0;
const H: f64 = 560.0;
const PAD: f64 = 48.0;

fn x_of(effort: f64) -> f64 {
    PAD + (effort.clamp(0.0, 10.0) / 10.0) * (W - 2.0 * PAD)
}
fn y_of(value: f64) -> f64 {
    H - PAD - (value.clamp(0.0, 10.0) / 10.0) * (H - 2.0 * PAD)
}

fn quadrant_key(q: Quadrant) -> K {
    match q {
        Quadrant::QuickWin => K::QuickWins,
        Quadrant::BigBet => K::BigBets,
        Quadrant::FillIn => K::FillIns,
        Quadrant::MoneyPit => K::MoneyPits,
    }
}

#[component]
pub fn Matrix(visible: Memo<Vec<usize>>, editing: RwSignal<Option<Id>>, limit: RwSignal<usize>) -> impl IntoView {
    let store = use_store();
    // (id, title, kind, value, effort, quadrant, offset for points that share a spot)
    let points = Memo::new(move |_| {
        visible.with(|shown| {
            store.ws.with(|w| {
                // How many items already sit on each spot (a map: a list
                // searched per item was 12.5 million comparisons at 5,000).
                let mut seen: std::collections::HashMap<(i64, i64), usize> = Default::default();
                let mut unplaced = 0;
                let mut out = vec![];
                // The shown items in backlog order.
                let mut at = shown.clone();
                at.sort_unstable();
                for it in at.into_iter().map(|i| &w.backlog[i]) {
                    let (Some(v), Some(e), Some(q)) = (it.value, it.effort, quadrant(it)) else {
                        unplaced += 1;
                        continue;
                    };
                    let spot = ((v * 10.0) as i64, (e * 10.0) as i64);
                    let on_spot = seen.entry(spot).or_default();
                    let k = *on_spot;
                    *on_spot += 1;
                    out.push((it.id.clone(), it.title.clone(), it.kind, v, e, q, k));
                }
                (out, unplaced)
            })
        })
    });
    let open = move |id: Id| {
        // Make sure the row is rendered, then open its editor.
        let at = store.ws.with_untracked(|w| w.backlog.iter().position(|i| i.id == id));
        let pos = at.and_then(|at| visible.with_untracked(|v| v.iter().position(|&x| x == at)));
        if let Some(p) = pos {
            if p >= limit.get_untracked() {
                limit.set(p + 1);
            }
        }
        editing.set(Some(id.clone()));
        focus_later(format!("title-{id}"));
    };
    let (mx, my) = (x_of(MATRIX_MIDPOINT), y_of(MATRIX_MIDPOINT));
    view! {
        <figure class="matrix" class:crowded=move || points.with(|p| p.0.len() > 15)>
            <figcaption>{t(K::MatrixTitle)}</figcaption>
            <svg viewBox=format!("0 0 {W} {H}") role="group" aria-label=t(K::MatrixTitle)>
                <rect x=PAD y=PAD width=mx - PAD height=my - PAD class="q q-win" />
                <rect x=mx y=PAD width=W - PAD - mx height=my - PAD class="q q-bet" />
                <rect x=PAD y=my width=mx - PAD height=H - PAD - my class="q q-fill" />
                <rect x=mx y=my width=W - PAD - mx height=H - PAD - my class="q q-pit" />
                <text x=PAD + 12.0 y=PAD + 30.0 class="q-label">{t(K::QuickWins)}</text>
                <text x=W - PAD - 12.0 y=PAD + 30.0 class="q-label end">{t(K::BigBets)}</text>
                <text x=PAD + 12.0 y=H - PAD - 14.0 class="q-label">{t(K::FillIns)}</text>
                <text x=W - PAD - 12.0 y=H - PAD - 14.0 class="q-label end">{t(K::MoneyPits)}</text>
                <text x=W / 2.0 y=H - 12.0 class="axis">{t(K::MatrixEffortAxis)}</text>
                <text x=16.0 y=H / 2.0 class="axis" transform=format!("rotate(-90 16 {})", H / 2.0)>{t(K::MatrixValueAxis)}</text>
                <For each=move || points.get().0 key=|p| (p.0.clone(), p.6, (p.3 * 100.0) as i64, (p.4 * 100.0) as i64) let:p>
                    {
                        let (id, title, kind, v, e, q, k) = p;
                        // Items on the same spot go round it, not off the chart.
                        let (dx, dy) = if k == 0 { (0.0, 0.0) } else {
                            let a = (k as f64) * 1.1;
                            (a.cos() * 22.0 * (1.0 + (k / 6) as f64), a.sin() * 22.0 * (1.0 + (k / 6) as f64))
                        };
                        let (x, y) = ((x_of(e) + dx).clamp(PAD + 14.0, W - PAD - 14.0), (y_of(v) + dy).clamp(PAD + 14.0, H - PAD - 14.0));
                        let short = crate::domain::axis::shorten(&title, 28);
                        let id2 = id.clone();
                        let label = move || {
                            let lang = store.lang.get();
                            trf(lang, K::MatrixPoint, &[("title", &title), ("value", &number(v)), ("effort", &number(e)), ("quadrant", tr(lang, quadrant_key(q)))])
                        };
                        view! {
                            <g class=format!("point kind-{}", kind.code()) data-id=id.to_string() role="button" tabindex="0" aria-label=label
                                on:click=move |_| open(id.clone())
                                on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); open(id2.clone()) }>
                                <circle cx=x cy=y r="13" />
                                <text x=x y=y + 5.0 class="glyph" aria-hidden="true">{kind_icon(kind)}</text>
                                <text x=x + 18.0 y=y + 5.0 class="point-label" aria-hidden="true">{short}</text>
                            </g>
                        }
                    }
                </For>
            </svg>
            <Show when=move || points.with(|p| p.1 > 0)>
                <p class="hint">{move || count(store.lang.get(), K::MatrixUnplacedOne, K::MatrixUnplacedMany, points.with(|p| p.1))}</p>
            </Show>
        </figure>
    }
}
