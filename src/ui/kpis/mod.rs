//! The weekly KPI sheet: one row per metric, its quarterly target, its
//! weekly average, then a column per week of the quarter (`#/kpis?q=2026-Q4`).
//! Typed rows are edited like a spreadsheet (arrows, Enter, Escape, paste a
//! block); derived rows are computed and never typed. CSV out and in.

use crate::domain::kpi::{self, Quarter, Status};
use crate::domain::ops::{Op, Record};
use crate::domain::{Channel, Direction, Id, Kpi, Unit};
use crate::i18n::{number, tr, trf, Lang, K};
use crate::state::{browser, use_store};
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::{channel_key, t};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn status_symbol(s: Status) -> &'static str {
    match s {
        Status::OnTrack => "✔",
        Status::Behind => "▼",
        Status::FarBehind => "✖",
    }
}

fn status_class(s: Option<Status>) -> &'static str {
    match s {
        Some(Status::OnTrack) => "ok",
        Some(Status::Behind) => "behind",
        Some(Status::FarBehind) => "far",
        None => "",
    }
}

fn status_key(s: Status) -> K {
    match s {
        Status::OnTrack => K::KpOnTrack,
        Status::Behind => K::KpBehind,
        Status::FarBehind => K::KpFarBehind,
    }
}

/// A value as the sheet shows it: rounded for its unit, "—" when none.
fn shown(v: Option<f64>, unit: Unit) -> String {
    match v {
        None => "—".into(),
        Some(x) => {
            let r = match unit {
                Unit::Count if x.abs() >= 100.0 => x.round(),
                _ => (x * 100.0).round() / 100.0,
            };
            let n = number(r);
            if unit == Unit::Percent { format!("{n} %") } else { n }
        }
    }
}

/// Text typed into a cell → the value to store (`None` clears it), or why not.
fn parse_cell(text: &str) -> Result<Option<f64>, ()> {
    crate::domain::fields::number(text, -1e12, 1e12, false).map_err(|_| ())
}

/// Moves focus to the cell at (row, column) of the editable grid.
fn focus_cell(r: usize, c: usize) {
    if let Some(el) = document().get_element_by_id(&format!("kc-{r}-{c}")).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = el.focus();
        el.select();
    }
}

#[component]
pub fn KpisArea() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let today = browser::today();
    let quarter = Memo::new(move |_| param(&route.query.get(), "q").and_then(|q| Quarter::parse(&q)).unwrap_or_else(|| Quarter::of(today)));
    let weeks = Memo::new(move |_| quarter.get().weeks());
    // Rows grouped by channel (general rows last), in the workspace's order within a group.
    let order = Memo::new(move |_| {
        store.ws.with(|w| {
            let mut idx: Vec<usize> = (0..w.kpis.len()).collect();
            idx.sort_by_key(|&i| w.kpis[i].channel.map_or(usize::MAX, |c| Channel::ALL.iter().position(|x| *x == c).unwrap_or(0)));
            idx
        })
    });
    let sheet = Memo::new(move |_| {
        let wk = weeks.get();
        store.ws.with(|w| kpi::sheet(&w.kpis, &wk))
    });
    // The editable rows, top to bottom, for the arrow keys and paste.
    let editable = Memo::new(move |_| {
        let o = order.get();
        store.ws.with(|w| o.iter().filter(|&&i| w.kpis[i].formula.is_none()).map(|&i| w.kpis[i].id.clone()).collect::<Vec<_>>())
    });
    // The rows' identities: a row is rebuilt only when what it is changes
    // (its place among the typed rows, the number of weeks), not on every
    // value typed; its numbers follow the sheet reactively.
    let keys = Memo::new(move |_| {
        let n = weeks.with(Vec::len);
        let ed = editable.get();
        store.ws.with(|w| {
            let mut out = vec![];
            let mut last: Option<Option<Channel>> = None;
            for &i in order.get().iter() {
                let k = &w.kpis[i];
                if last != Some(k.channel) {
                    last = Some(k.channel);
                    out.push(RowKey::Group(k.channel, n + 3));
                }
                out.push(RowKey::Row(k.id.clone(), ed.iter().position(|x| x == &k.id), n));
            }
            out
        })
    });
    let problem = RwSignal::new(None::<String>);
    let csv_problems = RwSignal::new(Vec::<String>::new());

    let write_cell = move |id: &Id, week: &str, v: Option<f64>| -> Option<Op> {
        let mut k = store.ws.with_untracked(|w| w.kpis.iter().find(|k| &k.id == id).cloned())?;
        if k.weeks.get(week).copied() == v {
            return None;
        }
        match v {
            Some(v) => k.weeks.insert(week.to_string(), v),
            None => k.weeks.remove(week),
        };
        Some(Op::Replace(Record::Kpi(k)))
    };
    let commit = Callback::new(move |(r, c, text): (usize, usize, String)| -> bool {
        let (Some(id), Some(week)) = (editable.with_untracked(|e| e.get(r).cloned()), weeks.with_untracked(|w| w.get(c).cloned())) else { return false };
        match parse_cell(&text) {
            Ok(v) => {
                problem.set(None);
                if let Some(op) = write_cell(&id, &week, v) {
                    store.dispatch(op);
                }
                true
            }
            Err(()) => {
                problem.set(Some(trf(store.lang.get_untracked(), K::KpNotANumber, &[("text", &text.chars().take(30).collect::<String>())])));
                false
            }
        }
    });
    let paste = Callback::new(move |(r0, c0, text): (usize, usize, String)| {
        let text = text.as_str();
        let lang = store.lang.get_untracked();
        let block = match kpi::paste_block(text) {
            Ok(b) => b,
            Err((r, c)) => {
                problem.set(Some(trf(lang, K::KpPasteBad, &[("row", &r.to_string()), ("col", &c.to_string())])));
                return;
            }
        };
        let (ids, wk) = (editable.get_untracked(), weeks.get_untracked());
        if r0 + block.len() > ids.len() || block.iter().any(|row| c0 + row.len() > wk.len()) {
            problem.set(Some(tr(lang, K::KpPasteTooBig).to_string()));
            return;
        }
        let mut rows: Vec<Kpi> = vec![];
        store.ws.with_untracked(|w| {
            for (i, vals) in block.iter().enumerate() {
                let Some(mut k) = w.kpis.iter().find(|k| k.id == ids[r0 + i]).cloned() else { continue };
                for (j, v) in vals.iter().enumerate() {
                    match v {
                        Some(v) => k.weeks.insert(wk[c0 + j].clone(), *v),
                        None => k.weeks.remove(&wk[c0 + j]),
                    };
                }
                rows.push(k);
            }
        });
        problem.set(None);
        let n: usize = block.iter().map(Vec::len).sum();
        if store.dispatch(Op::Batch(rows.into_iter().map(|k| Op::Replace(Record::Kpi(k))).collect())) {
            store.notify(trf(lang, K::KpPasted, &[("n", &n.to_string())]), true);
        }
    });

    let export_csv = move |_| {
        let text = store.ws.with_untracked(|w| kpi::to_csv(&w.kpis, &weeks.get_untracked()));
        let file = format!("jalon-kpis-{}.csv", quarter.get_untracked().label());
        browser::download(&file, &text, "text/csv");
        store.notify(trf(store.lang.get_untracked(), K::MsExported, &[("file", &file)]), false);
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let import_csv = move |text: String, name: String| {
        let lang = store.lang.get_untracked();
        let result = store.ws.with_untracked(|w| kpi::from_csv(&text, &w.kpis).map(|imp| kpi::apply_import(&w.kpis, &imp)));
        match result {
            Ok(rows) => {
                csv_problems.set(vec![]);
                let n = rows.len();
                if store.dispatch(Op::Batch(rows.into_iter().map(|k| Op::Replace(Record::Kpi(k))).collect())) {
                    store.notify(trf(lang, K::KpImported, &[("file", &name), ("n", &n.to_string())]), true);
                }
            }
            Err(ps) => csv_problems.set(ps.iter().map(|p| csv_problem_text(lang, p)).collect()),
        }
    };
    let on_file = move |e: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        let Some(f) = input.files().and_then(|l| l.get(0)) else { return };
        input.set_value("");
        let name = f.name();
        let Ok(reader) = web_sys::FileReader::new() else { return };
        let r2 = reader.clone();
        let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(text) = r2.result().ok().and_then(|v| v.as_string()) {
                import_csv(text, name);
            }
        });
        reader.set_onload(Some(onload.unchecked_ref()));
        let _ = reader.read_as_text(&f);
    };
    let add_defaults = move |_| {
        let at = store.ws.with_untracked(|w| w.kpis.len());
        let taken: Vec<Id> = store.ws.with_untracked(|w| w.kpis.iter().map(|k| k.id.clone()).collect());
        let ops: Vec<Op> = kpi::default_set()
            .into_iter()
            .filter(|k| !taken.contains(&k.id))
            .enumerate()
            .map(|(i, k)| Op::Insert { at: at + i, record: Record::Kpi(k) })
            .collect();
        store.dispatch(Op::Batch(ops));
    };
    let q_link = move |q: Quarter| href_with(Area::Kpis, &[("q", &q.label())]);
    let lang = move || store.lang.get();

    view! {
        <section class="kpis-area" aria-labelledby="kpis-title">
            <div class="area-head">
                <h1 id="kpis-title">{t(K::NavKpis)}</h1>
                <nav class="quarter-nav" aria-label=t(K::KpQuarter)>
                    <a href=move || q_link(quarter.get().prev())>"← "<span class="visually-hidden">{t(K::KpPrevQuarter)}</span>{move || quarter.get().prev().label()}</a>
                    <strong aria-current="page">{move || quarter.get().label()}</strong>
                    <a href=move || q_link(quarter.get().next())><span class="visually-hidden">{t(K::KpNextQuarter)}</span>{move || quarter.get().next().label()}" →"</a>
                </nav>
                <div class="sprint-bar">
                    <button type="button" class="secondary" on:click=export_csv>{t(K::KpExportCsv)}</button>
                    <input type="file" class="visually-hidden" accept=".csv,text/csv" node_ref=file_input tabindex="-1" aria-hidden="true" on:change=on_file />
                    <button type="button" class="secondary" on:click=move |_| { if let Some(i) = file_input.get() { i.click(); } }>{t(K::KpImportCsv)}</button>
                </div>
            </div>
            <p class="hint">{t(K::KpHint)}</p>
            {move || (!csv_problems.with(Vec::is_empty)).then(|| view! {
                <div class="notice danger" role="alert">
                    <h2>{t(K::KpCsvRefused)}</h2>
                    <ul>{csv_problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            })}
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
            {move || store.ws.with(|w| w.kpis.is_empty()).then(|| view! {
                <div class="card">
                    <p>{t(K::KpEmpty)}</p>
                    <button type="button" class="primary" on:click=add_defaults>{t(K::KpAddDefaults)}</button>
                </div>
            })}
            <div class="table-wrap kpi-wrap">
                <table class="kpi-sheet">
                    <caption class="visually-hidden">{move || trf(lang(), K::KpCaption, &[("q", &quarter.get().label())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="metric">{t(K::KpMetric)}</th>
                            <th scope="col" class="num">{t(K::KpTarget)}</th>
                            <th scope="col" class="num">{t(K::KpAverage)}</th>
                            {move || weeks.get().into_iter().map(|w| view! { <th scope="col" class="num week">{w}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || keys.get() key=|k| k.clone() let:k>
                            {match k {
                                RowKey::Group(ch, span) => {
                                    view! { <tr class="group"><th scope="rowgroup" colspan=span.to_string()>{move || ch.map(|c| tr(store.lang.get(), channel_key(c)).to_string()).unwrap_or_else(|| tr(store.lang.get(), K::KpGeneral).to_string())}</th></tr> }.into_any()
                                }
                                RowKey::Row(id, er, _) => view! { <KpiRow id=id editable=er sheet=sheet weeks=weeks commit=commit paste=paste /> }.into_any(),
                            }}
                        </For>
                    </tbody>
                </table>
            </div>
            <p class="hint">{t(K::KpLegend)}</p>
        </section>
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum RowKey {
    /// A channel's heading row, spanning this many columns.
    Group(Option<Channel>, usize),
    /// A metric, its place among the typed rows, the number of weeks.
    Row(Id, Option<usize>, usize),
}

#[component]
fn KpiRow(
    id: Id,
    editable: Option<usize>,
    sheet: Memo<Vec<kpi::SheetRow>>,
    weeks: Memo<Vec<String>>,
    commit: Callback<(usize, usize, String), bool>,
    paste: Callback<(usize, usize, String)>,
) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    // What the row shows besides its numbers (not its 104 weeks: cloning
    // them for every row on every edit was most of an edit's cost).
    let meta = Memo::new(move |_| {
        store.ws.with(|w| {
            w.kpis.iter().find(|k| k.id == id.get_value()).map(|k| Kpi {
                id: k.id.clone(),
                name: k.name.clone(),
                channel: k.channel,
                unit: k.unit,
                direction: k.direction,
                quarterly_target: k.quarterly_target,
                weeks: Default::default(),
                formula: None,
            })
        })
    });
    let data = Memo::new(move |_| {
        let i = store.ws.with(|w| w.kpis.iter().position(|k| k.id == id.get_value()))?;
        sheet.with(|s| s.get(i).cloned())
    });
    let lang = move || store.lang.get();
    let unit = move || meta.with(|m| m.as_ref().map_or(Unit::Count, |m| m.unit));
    let n = weeks.with_untracked(Vec::len);
    let cell = move |c: usize| {
        let value = Memo::new(move |_| data.with(|d| d.as_ref().and_then(|d| d.values.get(c).copied().flatten())));
        let st = Memo::new(move |_| data.with(|d| d.as_ref().and_then(|d| d.cells.get(c).copied().flatten())));
        let label = move || format!("{}, {}", meta.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default()), weeks.with(|w| w.get(c).cloned().unwrap_or_default()));
        let sym = move || st.get().map(status_symbol).unwrap_or("");
        match editable {
            Some(row) => view! {
                <td class=move || format!("num cell {}", status_class(st.get()))>
                    <input id=format!("kc-{row}-{c}") type="text" inputmode="decimal" aria-label=label
                        prop:value=move || value.get().map(number).unwrap_or_default()
                        on:keydown=move |e: leptos::ev::KeyboardEvent| {
                            let input: web_sys::HtmlInputElement = event_target(&e);
                            let sel = (input.selection_start().ok().flatten(), input.selection_end().ok().flatten());
                            let len = input.value().chars().count() as u32;
                            let go = match e.key().as_str() {
                                "ArrowUp" => row.checked_sub(1).map(|r| (r, c)),
                                "ArrowDown" | "Enter" => Some((row + 1, c)),
                                "ArrowLeft" if sel == (Some(0), Some(0)) => c.checked_sub(1).map(|c| (row, c)),
                                "ArrowRight" if sel == (Some(len), Some(len)) => Some((row, c + 1)),
                                "Escape" => {
                                    input.set_value(&value.get_untracked().map(number).unwrap_or_default());
                                    input.select();
                                    return;
                                }
                                _ => return,
                            };
                            e.prevent_default();
                            if commit.run((row, c, input.value())) {
                                if let Some((r2, c2)) = go { focus_cell(r2, c2); }
                            }
                        }
                        on:change=move |e| { let input: web_sys::HtmlInputElement = event_target(&e); commit.run((row, c, input.value())); }
                        on:paste=move |e: leptos::ev::ClipboardEvent| {
                            let Some(data) = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else { return };
                            if data.contains(['\t', '\n']) { e.prevent_default(); paste.run((row, c, data)); }
                        } />
                    <span class="sym" aria-hidden="true">{sym}</span>
                </td>
            }.into_any(),
            None => view! {
                <td class=move || format!("num derived {}", status_class(st.get()))>{move || shown(value.get(), unit())}" "<span class="sym" aria-hidden="true">{sym}</span></td>
            }.into_any(),
        }
    };
    view! {
        <tr class=move || if editable.is_none() { "derived-row" } else { "" }>
            <th scope="row" class="metric">
                <span class="name">{move || meta.with(|m| m.as_ref().map(|m| m.name.clone()))}</span>
                {move || meta.with(|m| m.as_ref().map(|m| {
                    let lower = m.direction == Direction::LowerIsBetter;
                    view! { <span class="dir" title=tr(lang(), if lower { K::MsLower } else { K::MsHigher })>{if lower { "↓" } else { "↑" }}</span> }
                }))}
                {editable.is_none().then(|| view! { <span class="badge derived-badge">{move || tr(lang(), K::KpDerived)}</span> })}
            </th>
            <td class="num">{move || meta.with(|m| m.as_ref().map(|m| shown(m.quarterly_target, m.unit)))}</td>
            <td class=move || format!("num avg {}", status_class(data.with(|d| d.as_ref().and_then(|d| d.status))))>
                {move || shown(data.with(|d| d.as_ref().and_then(|d| d.average)), unit())}
                <span class="row-status">{move || data.with(|d| d.as_ref().and_then(|d| d.status)).map(|s| format!("{} {}", status_symbol(s), tr(lang(), status_key(s))))}</span>
            </td>
            {(0..n).map(cell).collect_view()}
        </tr>
    }
}

fn csv_problem_text(lang: Lang, p: &kpi::CsvProblem) -> String {
    use kpi::CsvProblemKind::*;
    let what = match &p.kind {
        BadHeader => tr(lang, K::CsvBadHeader).to_string(),
        BadWeek(w) => trf(lang, K::CsvBadWeek, &[("week", w)]),
        Ragged { expected, found } => trf(lang, K::CsvRagged, &[("expected", &expected.to_string()), ("found", &found.to_string())]),
        NotANumber { column, text } => trf(lang, K::CsvNotANumber, &[("column", column), ("text", text)]),
        UnknownMetric(m) => trf(lang, K::CsvUnknownMetric, &[("metric", m)]),
        DerivedRow(m) => trf(lang, K::CsvUnknownMetric, &[("metric", m)]),
        Empty => tr(lang, K::CsvEmpty).to_string(),
    };
    trf(lang, K::CsvLine, &[("line", &p.line.to_string()), ("what", &what)])
}
