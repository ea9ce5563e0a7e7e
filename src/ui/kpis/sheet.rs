//! The sheet's table. Each row is one HTML string (user text escaped by
//! `crate::html::escape`), rebuilt when its numbers change and swapped in
//! only when it differs; the table has one listener per event kind for all
//! cells. At 100 metrics × 14 weeks that is 1,400 inputs: built one by one
//! as reactive elements they cost ~180 ms per quarter switch and ~30 ms per
//! typed value, which a spreadsheet cannot afford.

use super::{shown, sparkline, status_class, status_key, status_symbol};
use crate::domain::kpi::{self, SheetRow};
use crate::domain::{Channel, Direction, Id, Kpi};
use crate::html::escape;
use crate::i18n::{number, tr, Lang, K};
use crate::state::{browser, use_store};
use crate::ui::channel_key;
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::JsCast;

/// What the sheet's owner does with the table's events.
#[derive(Clone, Copy)]
pub struct Handlers {
    /// (typed row, week column, text) → stored (true) or refused.
    pub commit: Callback<(usize, usize, String), bool>,
    /// (typed row, week column, pasted text).
    pub paste: Callback<(usize, usize, String)>,
    /// Open the chart of a metric.
    pub chart: Callback<Id>,
    /// Open a metric's editor.
    pub edit: Callback<Id>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum RowKey {
    /// A channel's heading row (the same in every quarter, so a switch
    /// rebuilds none).
    Group(Option<Channel>),
    /// A metric and its place among the typed rows.
    Row(Id, Option<usize>),
}

/// Moves focus to the cell at (row, column) of the editable grid.
pub fn focus_cell(r: usize, c: usize) {
    if let Some(el) = document().get_element_by_id(&format!("kc-{r}-{c}")).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = el.focus();
        el.select();
    }
}

fn cell_of(e: &web_sys::Event) -> Option<(web_sys::HtmlInputElement, usize, usize)> {
    let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let r = input.get_attribute("data-r")?.parse().ok()?;
    let c = input.get_attribute("data-c")?.parse().ok()?;
    Some((input, r, c))
}

#[component]
pub fn Sheet(
    weeks: Memo<Vec<String>>,
    order: Memo<Vec<usize>>,
    editable: Memo<Vec<Id>>,
    caption: Signal<String>,
    handlers: Handlers,
) -> impl IntoView {
    let store = use_store();
    let sheet = Memo::new(move |_| {
        let wk = weeks.get();
        store.ws.with(|w| kpi::sheet(&w.kpis, &wk))
    });
    let keys = Memo::new(move |_| {
        let ed = editable.get();
        store.ws.with(|w| {
            let mut out = vec![];
            let mut last: Option<Option<Channel>> = None;
            for &i in order.get().iter() {
                let k = &w.kpis[i];
                if last != Some(k.channel) {
                    last = Some(k.channel);
                    out.push(RowKey::Group(k.channel));
                }
                out.push(RowKey::Row(k.id.clone(), ed.iter().position(|x| x == &k.id)));
            }
            out
        })
    });
    // The value a typed cell holds, to put back on Escape.
    let stored = move |r: usize, c: usize| -> String {
        let (Some(id), Some(week)) = (editable.with_untracked(|e| e.get(r).cloned()), weeks.with_untracked(|w| w.get(c).cloned())) else { return String::new() };
        store.ws.with_untracked(|w| w.kpis.iter().find(|k| k.id == id).and_then(|k| k.weeks.get(&week).copied()).map(number).unwrap_or_default())
    };
    let on_keydown = move |e: leptos::ev::KeyboardEvent| {
        let Some((input, row, c)) = cell_of(&e) else { return };
        if let Some(redo) = crate::ui::history_key(&e) {
            // A spreadsheet's undo: while the cell holds what is stored,
            // Ctrl+Z undoes the last change to the workspace (the browser's
            // text undo would change only what the cell shows, and a reload
            // would bring the value back). Typing not yet committed is the
            // browser's to undo.
            if input.value() == stored(row, c) {
                e.prevent_default();
                e.stop_propagation();
                crate::ui::step_history(store, redo);
            }
            return;
        }
        let sel = (input.selection_start().ok().flatten(), input.selection_end().ok().flatten());
        let len = input.value().chars().count() as u32;
        // A cell reached by the keyboard or a click has its whole value
        // selected, as a spreadsheet's selected cell: ← and → go to the next
        // cell. With a caret in the text (a second click), they move the
        // caret, and leave the cell from its first or last character.
        let whole = sel == (Some(0), Some(len));
        let go = match e.key().as_str() {
            "ArrowUp" => row.checked_sub(1).map(|r| (r, c)),
            "ArrowDown" | "Enter" => Some((row + 1, c)),
            "ArrowLeft" if whole || sel == (Some(0), Some(0)) => c.checked_sub(1).map(|c| (row, c)),
            "ArrowRight" if whole || sel == (Some(len), Some(len)) => Some((row, c + 1)),
            "Escape" => {
                input.set_value(&stored(row, c));
                mark_refused(&input, false);
                input.select();
                return;
            }
            _ => return,
        };
        e.prevent_default();
        let ok = handlers.commit.run((row, c, input.value()));
        mark_refused(&input, !ok);
        if ok {
            if let Some((r2, c2)) = go {
                focus_cell(r2, c2);
            }
        }
    };
    let on_change = move |e: leptos::ev::Event| {
        if let Some((input, r, c)) = cell_of(&e) {
            let ok = handlers.commit.run((r, c, input.value()));
            mark_refused(&input, !ok);
        }
    };
    let on_paste = move |e: leptos::ev::ClipboardEvent| {
        let Some((_, r, c)) = cell_of(&e) else { return };
        let Some(data) = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else { return };
        if data.contains(['\t', '\n']) {
            e.prevent_default();
            handlers.paste.run((r, c, data));
        }
    };
    let on_click = move |e: leptos::ev::MouseEvent| {
        let Some(btn) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("button[data-act]").ok().flatten()) else { return };
        let (Some(act), Some(id)) = (btn.get_attribute("data-act"), btn.get_attribute("data-id")) else { return };
        match act.as_str() {
            "chart" => handlers.chart.run(Id(id)),
            "edit" => handlers.edit.run(Id(id)),
            _ => {}
        }
    };
    // A click into a cell that is not being edited selects its value, so the
    // number typed next replaces it, as in a spreadsheet (the caret used to
    // land where the click was: "12.5" + "13" gave "1312.5"). A second click
    // in the cell places the caret, to edit within the value.
    let on_mousedown = move |e: leptos::ev::MouseEvent| {
        if e.button() != 0 {
            return;
        }
        let Some((input, _, _)) = cell_of(&e) else { return };
        if document().active_element().is_some_and(|a| a.is_same_node(Some(&input))) {
            return;
        }
        e.prevent_default();
        let _ = input.focus();
        input.select();
    };
    // Whether the sheet is scrolled sideways (see .scrolled-x in kpis.css).
    let scrolled_x = RwSignal::new(false);
    // The week columns in sight, measured while the layout is fresh (on
    // mount, scroll and resize), never during a switch: reading geometry
    // between the rows' writes would force a layout per row.
    let cols = StoredValue::new(ALL_COLUMNS);
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let measure = move || {
        if let Some(wrap) = wrap_ref.get_untracked() {
            cols.set_value(columns_in_sight(&wrap));
        }
    };
    Effect::new(move |_| {
        if wrap_ref.get().is_some() {
            measure();
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || on_resize.remove());
    let on_scroll = move |e: leptos::ev::Event| {
        let Some(wrap) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let x = wrap.scroll_left() > 0;
        if x != scrolled_x.get_untracked() {
            scrolled_x.set(x);
        }
        measure();
    };
    view! {
        <div node_ref=wrap_ref class="table-wrap kpi-wrap" class:scrolled-x=move || scrolled_x.get() on:scroll=on_scroll>
            <div class="kpi-sheet" role="table" aria-label=move || caption.get()
                style=move || { let n = weeks.with(Vec::len); format!("width:{:.1}rem", 22.0 + 2.0 * 7.2 + 6.9 * n as f64) }
                on:keydown=on_keydown on:change=on_change on:paste=on_paste on:click=on_click on:mousedown=on_mousedown>
                <div class="kh" role="rowgroup">
                    <div class="kr head" role="row">
                        <div role="columnheader" class="metric">{move || tr(store.lang.get(), K::KpMetric)}</div>
                        <div role="columnheader" class="num">{move || tr(store.lang.get(), K::KpTarget)}</div>
                        <div role="columnheader" class="num">{move || tr(store.lang.get(), K::KpAverage)}</div>
                        {move || weeks.get().into_iter().map(|w| view! { <div role="columnheader" class="num week">{w}</div> }).collect_view()}
                    </div>
                </div>
                <div class="kb" role="rowgroup">
                    <For each=move || keys.get() key=|k| k.clone() let:k>
                        {match k {
                            RowKey::Group(ch) => view! {
                                <div class="kr group" role="row"><div role="rowheader" class="metric">{move || ch.map(|c| tr(store.lang.get(), channel_key(c)).to_string()).unwrap_or_else(|| tr(store.lang.get(), K::KpGeneral).to_string())}</div></div>
                            }.into_any(),
                            RowKey::Row(id, er) => view! { <Row id=id editable=er sheet=sheet weeks=weeks cols=cols /> }.into_any(),
                        }}
                    </For>
                </div>
            </div>
        </div>
    }
}

/// A cell whose text was refused says so to assistive technology until it
/// holds a number again (the message itself is the sheet's alert).
fn mark_refused(input: &web_sys::HtmlInputElement, refused: bool) {
    if refused {
        let _ = input.set_attribute("aria-invalid", "true");
    } else {
        let _ = input.remove_attribute("aria-invalid");
    }
}

/// One metric's row. First written as one string; afterwards only what
/// changed is patched in place (an input's value, a cell's text and
/// class), so a quarter switch creates no element and styles none anew.
#[component]
fn Row(id: Id, editable: Option<usize>, sheet: Memo<Vec<SheetRow>>, weeks: Memo<Vec<String>>, cols: StoredValue<Columns>) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    // Split so that an edit elsewhere rebuilds no string here: each memo
    // stops the change when its part of the row is the same.
    let index = Memo::new(move |_| store.ws.with(|w| w.kpis.iter().position(|k| k.id == id.get_value())));
    let meta = Memo::new(move |_| {
        let i = index.get()?;
        // The metadata only: cloning a row's 104 weeks per edit was most of an edit's cost.
        store.ws.with(|w| w.kpis.get(i).map(|k| Kpi { weeks: Default::default(), formula: None, name: k.name.clone(), id: k.id.clone(), ..*k }))
    });
    let data = Memo::new(move |_| sheet.with(|s| s.get(index.get()?).cloned()));
    let raw = Memo::new(move |_| {
        editable?;
        let i = index.get()?;
        Some(store.ws.with(|w| weeks.with(|wk| wk.iter().map(|x| w.kpis.get(i).and_then(|k| k.weeks.get(x).copied())).collect::<Vec<_>>())))
    });
    let parts = Memo::new(move |_| {
        let lang = store.lang.get();
        meta.with(|k| data.with(|d| raw.with(|r| weeks.with(|wk| Some(row_parts(lang, k.as_ref()?, d.as_ref()?, editable, r.as_deref(), wk))))))
    });
    let node = NodeRef::<leptos::html::Div>::new();
    let shown_parts = StoredValue::new(None::<RowParts>);
    // Writes the row's current parts to the page (all of it the first time
    // or when its shape changed, else only what differs, and of that only
    // the week cells in `only` when given). True when the row is up to date.
    let apply = move |only: Option<Columns>| -> bool {
        let Some(p) = parts.get_untracked() else { return true };
        let Some(tr) = node.get_untracked() else { return true };
        let tr: &web_sys::HtmlElement = &tr;
        // A quarter of 13 weeks after one of 14 is still the same shape:
        // the cells both have are patched and the last one is removed.
        let same_shape = shown_parts.with_value(|old| old.as_ref().is_some_and(|o| o.cells.iter().zip(&p.cells).all(|(a, b)| a.input.is_some() == b.input.is_some())));
        if same_shape {
            let shown = shown_parts.with_value(|old| {
                let old = old.as_ref().expect("shown");
                let now = match only {
                    Some(cols) => mixed(old, &p, cols),
                    None => p.clone(),
                };
                patch(tr, old, &now);
                now
            });
            let done = shown == p;
            shown_parts.set_value(Some(shown));
            return done;
        } else {
            // Keep the place of a person typing: focus and selection survive
            // the row being rewritten.
            let active = document().active_element().filter(|a| tr.contains(Some(a))).and_then(|a| a.dyn_into::<web_sys::HtmlInputElement>().ok());
            let keep = active.map(|a| (a.id(), a.selection_start().ok().flatten(), a.selection_end().ok().flatten()));
            tr.set_inner_html(&p.html());
            if let Some((aid, s, e)) = keep {
                if let Some(i) = document().get_element_by_id(&aid).and_then(|x| x.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                    let _ = i.focus();
                    let _ = i.set_selection_range(s.unwrap_or(0), e.unwrap_or(0));
                }
            }
        }
        shown_parts.set_value(Some(p));
        true
    };
    // A row outside the window (give or take a margin) is brought up to
    // date once the page is idle, or as soon as it comes into view,
    // whichever is first: a quarter switch then builds, lays out and paints
    // only the dozen rows a person can see before the frame. (Rows that
    // `content-visibility` renders reach half a screen beyond the window:
    // patching them at once was three times the work.)
    let in_view = StoredValue::new(true);
    let pending = StoredValue::new(false);
    let catch_up = move || {
        // `try_`: an idle callback can outlive the row (the sheet was left).
        if pending.try_get_value() == Some(true) {
            pending.set_value(false);
            apply(None);
        }
    };
    // The row's listener for the observer's events: dropped (and taken off
    // the element) with the row, so opening the sheet again leaks nothing.
    let listener: StoredValue<Option<RowListener>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if listener.with_value(Option::is_some) {
            return;
        }
        let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let kind = e.type_();
            if kind != FLUSH {
                in_view.set_value(kind == IN_VIEW);
            }
            if kind != OUT_OF_VIEW {
                catch_up();
            }
        });
        for kind in ROW_EVENTS {
            let _ = el.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
        }
        listener.set_value(Some(cb));
        watch_view(&el);
    });
    on_cleanup(move || {
        if let Some(el) = node.get_untracked() {
            unwatch_view(&el);
            listener.with_value(|cb| {
                if let Some(cb) = cb {
                    for kind in ROW_EVENTS {
                        let _ = el.remove_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
                    }
                }
            });
        }
    });
    Effect::new(move |_| {
        // What the row shows depends on these; reading them (not the
        // strings) lets a row out of view wait without building its strings.
        meta.track();
        data.track();
        raw.track();
        weeks.track();
        store.lang.track();
        if !in_view.get_value() && shown_parts.with_value(Option::is_some) {
            if !pending.get_value() {
                pending.set_value(true);
                // At the latest a second later: a page kept busy (a loaded
                // machine) still brings every row up to date.
                browser::when_idle(Some(1000), catch_up);
            }
            return;
        }
        pending.set_value(false);
        // The week cells out of sight sideways follow when the page is idle
        // (half the cells of a quarter switch on a laptop screen).
        if !apply(Some(cols.get_value())) {
            pending.set_value(true);
            browser::when_idle(Some(250), catch_up);
        }
    });
    view! { <div node_ref=node role="row" class=if editable.is_none() { "kr derived-row" } else { "kr" }></div> }
}

/// A range of week columns, first to last included.
type Columns = (usize, usize);
const ALL_COLUMNS: Columns = (0, usize::MAX);

/// The week columns of the sheet visible in its scrolling wrapper, even
/// in part.
fn columns_in_sight(wrap: &web_sys::Element) -> Columns {
    let Some(first) = wrap.query_selector(".kh .week").ok().flatten() else { return ALL_COLUMNS };
    let (w, c) = (wrap.get_bounding_client_rect(), first.get_bounding_client_rect());
    let width = c.width();
    if width <= 0.0 {
        return ALL_COLUMNS;
    }
    // Where the first week column starts, measured from the wrapper's visible left edge.
    let start = c.left() - w.left();
    let from = (-start / width).floor();
    let to = ((w.width() - start) / width).ceil() - 1.0;
    (from.max(0.0) as usize, to.max(0.0) as usize)
}

/// `old` with the head, and the week cells in `cols`, of `new` (and any
/// cell `old` did not have): what a row shows after a partial patch.
fn mixed(old: &RowParts, new: &RowParts, (a, b): Columns) -> RowParts {
    let pick = |c: usize| (a..=b).contains(&c) || c >= old.cells.len();
    RowParts {
        head: new.head.clone(),
        week_labels: new.week_labels.iter().enumerate().map(|(c, l)| if pick(c) { l.clone() } else { old.week_labels[c].clone() }).collect(),
        cells: new.cells.iter().enumerate().map(|(c, x)| if pick(c) { x.clone() } else { old.cells[c].clone() }).collect(),
    }
}

/// Events a sheet row receives from the one observer of the window: it
/// came into view, it left it, or it must be brought up to date now (print).
const IN_VIEW: &str = "jalon-in-view";
const OUT_OF_VIEW: &str = "jalon-out-of-view";
const FLUSH: &str = "jalon-flush";
const ROW_EVENTS: [&str; 3] = [IN_VIEW, OUT_OF_VIEW, FLUSH];
type RowListener = wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>;

thread_local! {
    /// One observer for every row (rows come and go with metrics), made on first use.
    static VIEW: std::cell::OnceCell<Option<web_sys::IntersectionObserver>> = const { std::cell::OnceCell::new() };
}

fn with_view(f: impl FnOnce(&web_sys::IntersectionObserver)) {
    VIEW.with(|v| {
        let io = v.get_or_init(|| {
            let cb = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
                for e in entries.iter() {
                    let e: web_sys::IntersectionObserverEntry = e.unchecked_into();
                    let kind = if e.is_intersecting() { IN_VIEW } else { OUT_OF_VIEW };
                    if let Ok(ev) = web_sys::Event::new(kind) {
                        let _ = e.target().dispatch_event(&ev);
                    }
                }
            });
            let init = web_sys::IntersectionObserverInit::new();
            // Two rows beyond the window: a row scrolled into view is
            // usually up to date before it shows (and every row is, once
            // the page has been idle after a change).
            init.set_root_margin("100px 0px");
            let io = web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &init).ok();
            cb.forget();
            // Printing shows every row: bring them all up to date first.
            let before_print = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                if let Ok(rows) = document().query_selector_all(".kpi-sheet .kb > .kr") {
                    for i in 0..rows.length() {
                        if let (Some(r), Ok(ev)) = (rows.item(i), web_sys::Event::new(FLUSH)) {
                            let _ = r.dispatch_event(&ev);
                        }
                    }
                }
            });
            let _ = window().add_event_listener_with_callback("beforeprint", before_print.as_ref().unchecked_ref());
            before_print.forget();
            io
        });
        if let Some(io) = io {
            f(io);
        }
    });
}

fn watch_view(el: &web_sys::Element) {
    with_view(|io| io.observe(el));
}

fn unwatch_view(el: &web_sys::Element) {
    with_view(|io| io.unobserve(el));
}

/// A row as strings: its three leading cells' inner HTML, and per week
/// the cell's class and content.
#[derive(Clone, Debug, PartialEq)]
struct RowParts {
    head: [String; 3],
    /// Accessible names of the week cells ("CTR, 2026-W48").
    week_labels: Vec<String>,
    cells: Vec<Cell>,
}

#[derive(Clone, Debug, PartialEq)]
struct Cell {
    class: String,
    /// The input's id and value for a typed cell.
    input: Option<(String, String)>,
    /// The shown text for a derived cell.
    text: String,
    sym: &'static str,
}

impl RowParts {
    fn html(&self) -> String {
        let mut s = String::with_capacity(400 + self.cells.len() * 200);
        let _ = write!(s, r#"<div role="rowheader" class="metric">{}</div><div role="cell" class="num">{}</div><div role="cell" class="num avg">{}</div>"#, self.head[0], self.head[1], self.head[2]);
        self.cells_html(0, &mut s);
        s
    }

    /// The week cells from the `from`-th on.
    fn cells_html(&self, from: usize, s: &mut String) {
        for (c, (cell, label)) in self.cells.iter().zip(&self.week_labels).enumerate().skip(from) {
            match &cell.input {
                Some((id, v)) => {
                    let r = id.trim_start_matches("kc-").split('-').next().unwrap_or("0");
                    let _ = write!(
                        s,
                        r#"<div role="cell" class="{cls}"><input id="{id}" data-r="{r}" data-c="{c}" type="text" inputmode="decimal" autocomplete="off" aria-label="{label}" value="{v}"><span class="sym" aria-hidden="true">{sym}</span></div>"#,
                        cls = cell.class,
                        sym = cell.sym,
                    );
                }
                None => {
                    let _ = write!(s, r#"<div role="cell" class="{cls}">{t} <span class="sym" aria-hidden="true">{sym}</span></div>"#, cls = cell.class, t = cell.text, sym = cell.sym);
                }
            }
        }
    }
}

/// Applies to the row's elements what changed between `old` and `new`.
fn patch(tr: &web_sys::HtmlElement, old: &RowParts, new: &RowParts) {
    let cells = tr.children();
    for (k, (o, n)) in old.head.iter().zip(&new.head).enumerate() {
        if o != n {
            if let Some(el) = cells.item(k as u32) {
                el.set_inner_html(n);
            }
        }
    }
    for (c, (o, n)) in old.cells.iter().zip(&new.cells).enumerate() {
        if o == n && old.week_labels.get(c) == new.week_labels.get(c) {
            continue;
        }
        let Some(td) = cells.item(c as u32 + 3) else { continue };
        if o.class != n.class {
            td.set_class_name(&n.class);
        }
        match &n.input {
            Some((_, v)) => {
                if let Some(input) = td.first_element_child().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                    let other_week = old.week_labels.get(c) != new.week_labels.get(c);
                    // The same week: the person may just have typed this very
                    // value, so it is left alone (with its caret) when equal.
                    // Another week (a quarter switch): written without reading
                    // the input first (in a CPU profile, reading the inputs'
                    // values was ~15 ms of the first switch after opening).
                    if o.input.as_ref().map(|x| &x.1) != Some(v) && (other_week || input.value() != *v) {
                        input.set_value(v);
                    }
                    if other_week {
                        let _ = input.set_attribute("aria-label", &new.week_labels[c]);
                    }
                }
                if o.sym != n.sym {
                    if let Some(sym) = td.last_element_child() {
                        sym.set_text_content(Some(n.sym));
                    }
                }
            }
            None => td.set_inner_html(&format!(r#"{} <span class="sym" aria-hidden="true">{}</span>"#, n.text, n.sym)),
        }
    }
    // A quarter with another number of weeks: drop or add the last cells.
    let (had, has) = (old.cells.len(), new.cells.len());
    for _ in has..had {
        if let Some(last) = tr.last_element_child() {
            last.remove();
        }
    }
    if has > had {
        let mut s = String::new();
        new.cells_html(had, &mut s);
        let _ = tr.insert_adjacent_html("beforeend", &s);
    }
}

/// The cells of a row: name (opens the chart), direction, sparkline, edit
/// button; quarter target; weekly average with the row's status; then one
/// cell per week — an input for typed rows, the computed value for derived
/// ones. User text is escaped here.
fn row_parts(lang: Lang, k: &Kpi, d: &SheetRow, editable: Option<usize>, raw: Option<&[Option<f64>]>, weeks: &[String]) -> RowParts {
    let name = escape(&k.name);
    let id = escape(k.id.as_str());
    let lower = k.direction == Direction::LowerIsBetter;
    let mut head0 = String::with_capacity(400);
    let _ = write!(
        head0,
        r#"<div class="mh"><button type="button" class="name link" data-act="chart" data-id="{id}" title="{chart}">{name}</button><span class="dir" title="{dir}">{arrow}</span>"#,
        chart = escape(tr(lang, K::KxShowChart)),
        dir = escape(tr(lang, if lower { K::MsLower } else { K::MsHigher })),
        arrow = if lower { "↓" } else { "↑" },
    );
    if editable.is_none() {
        let _ = write!(head0, r#"<span class="badge derived-badge">{}</span>"#, escape(tr(lang, K::KpDerived)));
    }
    head0.push_str(&sparkline(&d.values, d.weekly_target));
    let _ = write!(head0, r#"<button type="button" class="ghost icon-btn kpi-edit" data-act="edit" data-id="{id}" aria-label="{label} {name}">✎</button></div>"#, label = escape(tr(lang, K::Edit)));
    let head1 = escape(&shown(lang, k.quarterly_target, k.unit));
    let mut head2 = format!(r#"<span class="avg-v {}">{}</span>"#, status_class(d.status), escape(&shown(lang, d.average, k.unit)));
    match d.status {
        Some(st) => {
            let _ = write!(head2, r#"<span class="row-status {}">{} {}</span>"#, status_class(Some(st)), status_symbol(st), escape(tr(lang, status_key(st))));
        }
        // An empty status line keeps the row as tall as one with a status:
        // a quarter with no values yet then moves no row below it (and
        // lays none of them out again).
        None => head2.push_str(r#"<span class="row-status" aria-hidden="true">&#160;</span>"#),
    }
    let week_labels = weeks.iter().map(|w| format!("{name}, {w}")).collect();
    let cells = weeks
        .iter()
        .enumerate()
        .map(|(c, _)| {
            let st = d.cells.get(c).copied().flatten();
            let sym = st.map(status_symbol).unwrap_or("");
            match (editable, raw) {
                (Some(r), Some(raw)) => Cell {
                    class: format!("num cell {}", status_class(st)),
                    input: Some((format!("kc-{r}-{c}"), raw.get(c).copied().flatten().map(number).unwrap_or_default())),
                    text: String::new(),
                    sym,
                },
                _ => Cell { class: format!("num derived {}", status_class(st)), input: None, text: escape(&shown(lang, d.values.get(c).copied().flatten(), k.unit)), sym },
            }
        })
        .collect();
    RowParts { head: [head0, head1, head2], week_labels, cells }
}
