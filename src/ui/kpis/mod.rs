//! The weekly KPI sheet: one row per metric, its quarterly target, its
//! weekly average, then a column per week of the quarter (`#/kpis?q=2026-Q4`).
//! Typed rows are edited like a spreadsheet (arrows, Enter, Escape, paste a
//! block); derived rows are computed and never typed. CSV out and in.
//! Metrics are added and edited in a form above the sheet, a row's name
//! opens its chart, and ROI per campaign sits under the sheet.

mod chart;
mod editor;
mod roi;
mod sheet;

pub use chart::sparkline;

use crate::domain::kpi::{self, Quarter, Status};
use crate::domain::ops::{Op, Record};
use crate::domain::{Id, Kpi, Unit};
use crate::i18n::{count, number, quarter_name, tr, trf, Lang, K};
use crate::state::{browser, use_store};
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A status as a symbol and a word, coloured (never colour alone).
#[component]
pub fn KpiStatus(status: Option<Status>) -> impl IntoView {
    let store = use_store();
    status.map(|s| {
        view! { <span class=format!("kpi-status {}", status_class(Some(s)))><span aria-hidden="true">{status_symbol(s)}</span>" "{move || tr(store.lang.get(), status_key(s))}</span> }
    })
}

pub fn status_symbol(s: Status) -> &'static str {
    match s {
        Status::OnTrack => "✔",
        Status::Behind => "▼",
        Status::FarBehind => "✖",
    }
}

pub fn status_class(s: Option<Status>) -> &'static str {
    match s {
        Some(Status::OnTrack) => "ok",
        Some(Status::Behind) => "behind",
        Some(Status::FarBehind) => "far",
        None => "",
    }
}

pub fn status_key(s: Status) -> K {
    match s {
        Status::OnTrack => K::KpOnTrack,
        Status::Behind => K::KpBehind,
        Status::FarBehind => K::KpFarBehind,
    }
}

/// A value as the sheet shows it: rounded for its unit, thousands grouped
/// the way the language writes them, "—" when there is none.
pub fn shown(lang: Lang, v: Option<f64>, unit: Unit) -> String {
    let Some(x) = v else { return "—".into() };
    let n = if x.abs() >= 1000.0 {
        crate::i18n::amount(lang, x)
    } else if unit == Unit::Count && x.abs() >= 100.0 {
        number(x.round())
    } else {
        number((x * 100.0).round() / 100.0)
    };
    if unit == Unit::Percent { format!("{n} %") } else { n }
}

/// Text typed into a cell → the value to store (`None` clears it), or why not.
fn parse_cell(text: &str) -> Result<Option<f64>, ()> {
    crate::ui::widgets::typed_number(text, -1e12, 1e12, false).map_err(|_| ())
}

#[component]
pub fn KpisArea() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let today = browser::today();
    let quarter = Memo::new(move |_| param(&route.query.get(), "q").and_then(|q| Quarter::parse(&q)).unwrap_or_else(|| Quarter::of(today)));
    let weeks = Memo::new(move |_| quarter.get().weeks());
    // Rows grouped by channel (general rows last), in the workspace's order within a group.
    let order = Memo::new(move |_| store.ws.with(|w| kpi::sheet_order(&w.kpis)));
    // The editable rows, top to bottom, for the arrow keys and paste.
    let editable = Memo::new(move |_| {
        let o = order.get();
        store.ws.with(|w| o.iter().filter(|&&i| w.kpis[i].formula.is_none()).map(|&i| w.kpis[i].id.clone()).collect::<Vec<_>>())
    });
    let problem = RwSignal::new(None::<String>);
    // The form open above the sheet: `Some(None)` a new metric, `Some(Some(id))` an edit.
    let editing = RwSignal::new(None::<Option<Id>>);
    let chart = RwSignal::new(None::<Id>);
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
                // A count or an amount below zero, a percentage past 0–100:
                // its row's name says which.
                let refused = v.and_then(|v| store.ws.with_untracked(|w| w.kpis.iter().find(|k| k.id == id).and_then(|k| Some((k.name.clone(), kpi::value_problem(k, v)?)))));
                if let Some((name, p)) = refused {
                    let key = match p {
                        kpi::ValueProblem::BelowZero => K::KpNegative,
                        kpi::ValueProblem::NotAPercentage => K::KpNotPercent,
                    };
                    problem.set(Some(trf(store.lang.get_untracked(), key, &[("name", &name)])));
                    return false;
                }
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
        let block = match kpi::paste_block(text, crate::i18n::decimal()) {
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
        let mut below: Option<(usize, usize, kpi::ValueProblem)> = None;
        store.ws.with_untracked(|w| {
            for (i, vals) in block.iter().enumerate() {
                let Some(mut k) = w.kpis.iter().find(|k| k.id == ids[r0 + i]).cloned() else { continue };
                if let Some((j, p)) = vals.iter().enumerate().find_map(|(j, v)| Some((j, kpi::value_problem(&k, (*v)?)?))) {
                    below = below.or(Some((i + 1, j + 1, p)));
                }
                for (j, v) in vals.iter().enumerate() {
                    match v {
                        Some(v) => k.weeks.insert(wk[c0 + j].clone(), *v),
                        None => k.weeks.remove(&wk[c0 + j]),
                    };
                }
                rows.push(k);
            }
        });
        if let Some((r, c, p)) = below {
            let key = match p {
                kpi::ValueProblem::BelowZero => K::KpPasteNegative,
                kpi::ValueProblem::NotAPercentage => K::KpPasteNotPercent,
            };
            problem.set(Some(trf(lang, key, &[("row", &r.to_string()), ("col", &c.to_string())])));
            return;
        }
        problem.set(None);
        let n: usize = block.iter().map(Vec::len).sum();
        if store.dispatch(Op::Batch(rows.into_iter().map(|k| Op::Replace(Record::Kpi(k))).collect())) {
            store.notify(trf(lang, K::KpPasted, &[("n", &n.to_string())]), true);
        }
    });

    let export_csv = move |_| {
        let text = store.ws.with_untracked(|w| kpi::to_csv(&w.kpis, &weeks.get_untracked(), crate::i18n::decimal()));
        let file = format!("jalon-kpis-{}.csv", quarter.get_untracked().label());
        browser::download(&file, &text, "text/csv");
        store.notify(trf(store.lang.get_untracked(), K::MsExported, &[("file", &file)]), false);
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let import_csv = move |text: String, name: String| {
        let lang = store.lang.get_untracked();
        let result = store.ws.with_untracked(|w| kpi::from_csv(&text, &w.kpis).map(|imp| {
            let rows = kpi::apply_import(&w.kpis, &imp);
            let unused = kpi::unused_computed(&w.kpis, &rows, &imp);
            (rows, unused)
        }));
        match result {
            Ok((rows, unused)) => {
                csv_problems.set(vec![]);
                let n = rows.len();
                if store.dispatch(Op::Batch(rows.into_iter().map(|k| Op::Replace(Record::Kpi(k))).collect())) {
                    let mut said = trf(lang, K::KpImported, &[("file", &name), ("metrics", &count(lang, K::MetricsOne, K::MetricsMany, n))]);
                    if !unused.is_empty() {
                        said.push(' ');
                        said.push_str(&trf(lang, K::KpComputedNotUsed, &[("metrics", &unused.join(", "))]));
                    }
                    store.notify(said, true);
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
        // Bytes, not text: Excel's plain "CSV" is Windows-1252, not UTF-8.
        let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Ok(buf) = r2.result() {
                let bytes = js_sys::Uint8Array::new(&buf).to_vec();
                import_csv(crate::domain::text::decode_spreadsheet(&bytes), name);
            }
        });
        reader.set_onload(Some(onload.unchecked_ref()));
        let _ = reader.read_as_array_buffer(&f);
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
    let close_chart = move || {
        let id = chart.get_untracked();
        chart.set(None);
        if let Some(id) = id {
            let sel = format!("button[data-act=chart][data-id=\"{}\"]", crate::html::escape(id.as_str()));
            if let Some(b) = document().query_selector(&sel).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = b.focus();
            }
        }
    };
    let q_link = move |q: Quarter| href_with(Area::Kpis, &[("q", &q.label())]);
    let lang = move || store.lang.get();

    view! {
        <section class="kpis-area" aria-labelledby="kpis-title">
            <div class="area-head">
                <h1 id="kpis-title">{t(K::NavKpis)}</h1>
                <nav class="quarter-nav" aria-label=t(K::KpQuarter)>
                    <a href=move || q_link(quarter.get().prev())>"← "<span class="visually-hidden">{t(K::KpPrevQuarter)}</span>{move || quarter_name(lang(), quarter.get().prev())}</a>
                    <strong aria-current="page">{move || quarter_name(lang(), quarter.get())}</strong>
                    <a href=move || q_link(quarter.get().next())><span class="visually-hidden">{t(K::KpNextQuarter)}</span>{move || quarter_name(lang(), quarter.get().next())}" →"</a>
                </nav>
                <div class="sprint-bar">
                    <button type="button" class="primary" on:click=move |_| editing.set(Some(None))>{t(K::KxAddTitle)}</button>
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
            {move || editing.get().map(|which| {
                let k = which.as_ref().and_then(|id| store.ws.with_untracked(|w| w.kpis.iter().find(|k| &k.id == id).cloned()));
                let title = match &k {
                    Some(k) => trf(store.lang.get_untracked(), K::KxEditTitle, &[("name", &k.name)]),
                    None => tr(store.lang.get_untracked(), K::KxAddTitle).to_string(),
                };
                view! {
                    <section class="card kpi-editor" aria-labelledby="kx-form-title">
                        <h2 id="kx-form-title">{title}</h2>
                        <editor::MetricForm kpi=k done=Callback::new(move |_| editing.set(None)) />
                    </section>
                }
            })}
            {move || chart.get().map(|id| view! { <chart::Chart id=id quarter=quarter close=Callback::new(move |_| close_chart()) /> })}
            <sheet::Sheet weeks=weeks order=order editable=editable caption=Signal::derive(move || trf(lang(), K::KpCaption, &[("q", &quarter_name(lang(), quarter.get()))]))
                handlers=sheet::Handlers { commit, paste, chart: Callback::new(move |id| chart.set(Some(id))), edit: Callback::new(move |id| editing.set(Some(Some(id)))) } />
            <p class="hint">{t(K::KpLegend)}</p>
            <roi::RoiTable />
        </section>
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
        Negative { column, text } => trf(lang, K::CsvNegative, &[("column", column), ("text", text)]),
        NotAPercentage { column, text } => trf(lang, K::CsvNotPercent, &[("column", column), ("text", text)]),
        Empty => tr(lang, K::CsvEmpty).to_string(),
        NoRows => tr(lang, K::CsvNoRows).to_string(),
    };
    trf(lang, K::CsvLine, &[("line", &p.line.to_string()), ("what", &what)])
}
