//! Adding and editing a metric: name, channel, unit, direction, quarter
//! target, and how its values come (typed each week, a ratio of two rows,
//! or a sum of rows); moving it within its channel and removing it. The
//! rules are `domain::metrics`; refusals show at the form and change nothing.

use crate::domain::metrics::{self, MetricProblem};
use crate::domain::{Channel, Direction, Formula, Id, Kpi, Unit};
use crate::i18n::{tr, trf, Lang, K};
use crate::state::use_store;
use crate::ui::widgets::{with_blank, Choice, Num};
use crate::ui::{channel_key, t};
use leptos::prelude::*;

const UNITS: [(Unit, &str, K); 4] = [(Unit::Count, "count", K::KxUnitCount), (Unit::Currency, "currency", K::KxUnitCurrency), (Unit::Percent, "percent", K::KxUnitPercent), (Unit::Score, "score", K::KxUnitScore)];

fn problem_text(lang: Lang, p: &MetricProblem) -> String {
    match p {
        MetricProblem::NameRequired => tr(lang, K::KxNameRequired).into(),
        MetricProblem::NameTaken => tr(lang, K::KxNameTaken).into(),
        MetricProblem::FormulaIncomplete => tr(lang, K::KxFormulaIncomplete).into(),
        MetricProblem::FormulaSelf => tr(lang, K::KxFormulaSelf).into(),
        MetricProblem::RatioOfItself => tr(lang, K::KxRatioOfItself).into(),
        MetricProblem::NegativeTarget => tr(lang, K::KxNegativeTarget).into(),
        MetricProblem::PercentTarget => tr(lang, K::KxPercentTarget).into(),
        MetricProblem::FormulaUnknown => tr(lang, K::KxFormulaIncomplete).into(),
        MetricProblem::FormulaCycle(names) => trf(lang, K::KxFormulaCycle, &[("names", &names.join(" → "))]),
    }
}

/// The form; `kpi` is `None` for a new metric. `done` closes it.
#[component]
pub fn MetricForm(kpi: Option<Kpi>, done: Callback<()>) -> impl IntoView {
    let store = use_store();
    let is_new = kpi.is_none();
    let orig = StoredValue::new(kpi.clone());
    let k = kpi.unwrap_or(Kpi {
        id: Id::from(""),
        name: String::new(),
        channel: None,
        unit: Unit::Count,
        direction: Direction::HigherIsBetter,
        quarterly_target: None,
        weeks: Default::default(),
        formula: None,
    });
    let name = RwSignal::new(k.name.clone());
    let channel = RwSignal::new(k.channel.map(|c| c.code().to_string()).unwrap_or_default());
    let unit = RwSignal::new(UNITS.iter().find(|u| u.0 == k.unit).map_or("count", |u| u.1).to_string());
    let dir = RwSignal::new(if k.direction == Direction::LowerIsBetter { "lower" } else { "higher" }.to_string());
    let target = RwSignal::new(k.quarterly_target.map(crate::i18n::number).unwrap_or_default());
    let (kind0, num0, den0, pct0, sum0) = match &k.formula {
        None => ("typed", String::new(), String::new(), false, vec![]),
        Some(Formula::Ratio { num, den, percent }) => ("ratio", num.to_string(), den.to_string(), *percent, vec![]),
        Some(Formula::Sum { of }) => ("sum", String::new(), String::new(), false, of.iter().map(|i| i.to_string()).collect()),
    };
    let kind = RwSignal::new(kind0.to_string());
    let num = RwSignal::new(num0);
    let den = RwSignal::new(den0);
    let pct = RwSignal::new(pct0);
    let sum = RwSignal::new(sum0);
    let problem = RwSignal::new(None::<String>);
    let self_id = k.id.clone();
    let others = Memo::new(move |_| store.ws.with(|w| w.kpis.iter().filter(|o| o.id != self_id).map(|o| (o.id.to_string(), o.name.clone())).collect::<Vec<_>>()));
    let prefix = if is_new { "kx-new" } else { "kx-edit" };
    // Opened from "Add a metric" or a row's Edit: the keyboard goes to the
    // name, not left on the button that opened the form.
    let name_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(i) = name_ref.get() {
            let _ = i.focus();
        }
    });

    let build = move || -> Option<Kpi> {
        let lang = store.lang.get_untracked();
        let t = match crate::ui::widgets::typed_number(&target.get_untracked(), -metrics::MAX_VALUE, metrics::MAX_VALUE, false) {
            Ok(v) => v,
            Err(_) => {
                problem.set(Some(tr(lang, K::KxTargetBad).into()));
                return None;
            }
        };
        let mut k = orig.get_value().unwrap_or_else(|| Kpi {
            id: Id::from(""),
            name: String::new(),
            channel: None,
            unit: Unit::Count,
            direction: Direction::HigherIsBetter,
            quarterly_target: None,
            weeks: Default::default(),
            formula: None,
        });
        k.name = name.get_untracked().trim().to_string();
        k.channel = Channel::ALL.into_iter().find(|c| c.code() == channel.get_untracked());
        k.unit = UNITS.iter().find(|u| u.1 == unit.get_untracked()).map_or(Unit::Count, |u| u.0);
        k.direction = if dir.get_untracked() == "lower" { Direction::LowerIsBetter } else { Direction::HigherIsBetter };
        k.quarterly_target = t;
        k.formula = match kind.get_untracked().as_str() {
            "ratio" => Some(Formula::Ratio { num: Id(num.get_untracked()), den: Id(den.get_untracked()), percent: pct.get_untracked() }),
            "sum" => Some(Formula::Sum { of: sum.get_untracked().into_iter().map(Id).collect() }),
            _ => None,
        };
        if k.id.as_str().is_empty() {
            k.id = store.ws.with_untracked(|w| metrics::new_id(&w.kpis, &k.name));
        }
        Some(k)
    };
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let lang = store.lang.get_untracked();
        let Some(k) = build() else { return };
        let title = k.name.clone();
        let op = store.ws.with_untracked(|w| if is_new { metrics::add(&w.kpis, k) } else { metrics::edit(&w.kpis, k) });
        match op {
            Ok(op) => {
                problem.set(None);
                if store.dispatch(op) {
                    store.notify(trf(lang, if is_new { K::KxAdded } else { K::KxSaved }, &[("name", &title)]), true);
                }
                done.run(());
            }
            Err(p) => problem.set(Some(problem_text(lang, &p))),
        }
    };
    let step = move |up: bool| {
        let Some(k) = orig.get_value() else { return };
        if let Some(op) = store.ws.with_untracked(|w| metrics::step(&w.kpis, &k.id, up)) {
            store.dispatch(op);
        }
    };
    let remove = move |_| {
        let Some(k) = orig.get_value() else { return };
        let lang = store.lang.get_untracked();
        match store.ws.with_untracked(|w| metrics::remove(w, &k.id)) {
            Ok(op) => {
                if store.dispatch(op) {
                    store.notify(trf(lang, K::Deleted, &[("title", &k.name)]), true);
                }
                done.run(());
            }
            Err(users) => problem.set(Some(trf(lang, K::KxUsedBy, &[("name", &k.name), ("rows", &users.join(", "))]))),
        }
    };
    let units = move || UNITS.iter().map(|(_, code, key)| (code.to_string(), tr(store.lang.get(), *key).to_string())).collect::<Vec<_>>();
    let channels = move || with_blank(tr(store.lang.get(), K::KpGeneral), Channel::ALL.iter().map(|c| (c.code().to_string(), tr(store.lang.get(), channel_key(*c)).to_string())));
    let dirs = move || vec![("higher".to_string(), tr(store.lang.get(), K::MsHigher).to_string()), ("lower".to_string(), tr(store.lang.get(), K::MsLower).to_string())];
    let kinds = move || vec![
        ("typed".to_string(), tr(store.lang.get(), K::KxTyped).to_string()),
        ("ratio".to_string(), tr(store.lang.get(), K::KxRatio).to_string()),
        ("sum".to_string(), tr(store.lang.get(), K::KxSum).to_string()),
    ];
    let row_options = move || with_blank("—", others.get());
    view! {
        <form class="kpi-form" on:submit=save>
            <div class="row wrap">
                <div class="field grow">
                    <label for=format!("{prefix}-name")>{t(K::KxName)}</label>
                    <input id=format!("{prefix}-name") node_ref=name_ref type="text" autocomplete="off" maxlength="80" prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e)) />
                </div>
                <Choice id=format!("{prefix}-channel") label=Signal::derive(t(K::KxChannel)) options=Signal::derive(channels) value=Signal::derive(move || channel.get()) on_change=Callback::new(move |v| channel.set(v)) />
                <Choice id=format!("{prefix}-unit") label=Signal::derive(t(K::KxUnit)) options=Signal::derive(units) value=Signal::derive(move || unit.get()) on_change=Callback::new(move |v| unit.set(v)) />
                <Choice id=format!("{prefix}-dir") label=Signal::derive(t(K::KxDirection)) options=Signal::derive(dirs) value=Signal::derive(move || dir.get()) on_change=Callback::new(move |v| dir.set(v)) />
                <Num id=format!("{prefix}-target") label=Signal::derive(move || tr(store.lang.get(), K::KpTarget).to_string()) value=target min=-metrics::MAX_VALUE max=metrics::MAX_VALUE />
            </div>
            <div class="row wrap">
                <Choice id=format!("{prefix}-kind") label=Signal::derive(t(K::KxValues)) options=Signal::derive(kinds) value=Signal::derive(move || kind.get()) on_change=Callback::new(move |v| kind.set(v)) />
                {move || match kind.get().as_str() {
                    "ratio" => view! {
                        <Choice id=format!("{prefix}-num") label=Signal::derive(t(K::KxNumerator)) options=Signal::derive(row_options) value=Signal::derive(move || num.get()) on_change=Callback::new(move |v| num.set(v)) />
                        <span class="op" aria-hidden="true">"÷"</span>
                        <Choice id=format!("{prefix}-den") label=Signal::derive(t(K::KxDenominator)) options=Signal::derive(row_options) value=Signal::derive(move || den.get()) on_change=Callback::new(move |v| den.set(v)) />
                        <label class="check"><input type="checkbox" prop:checked=move || pct.get() on:change=move |e| pct.set(event_target_checked(&e)) />{t(K::KxTimes100)}</label>
                    }.into_any(),
                    "sum" => view! {
                        <fieldset class="sum-of">
                            <legend>{t(K::KxSumOf)}</legend>
                            {move || others.get().into_iter().map(|(oid, oname)| {
                                let o2 = oid.clone();
                                view! {
                                    <label class="check"><input type="checkbox" prop:checked=move || sum.with(|s| s.contains(&oid))
                                        on:change=move |e| { let on = event_target_checked(&e); let id = o2.clone(); sum.update(|s| { s.retain(|x| x != &id); if on { s.push(id); } }); } />{oname}</label>
                                }
                            }).collect_view()}
                        </fieldset>
                    }.into_any(),
                    _ => view! { <p class="hint">{t(K::KxTypedHint)}</p> }.into_any(),
                }}
            </div>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
            <div class="row">
                <button type="submit" class="primary">{t(if is_new { K::KxAdd } else { K::Save })}</button>
                <button type="button" on:click=move |_| done.run(())>{t(K::Cancel)}</button>
                {(!is_new).then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| step(true)>{t(K::KxMoveUp)}</button>
                    <button type="button" class="secondary" on:click=move |_| step(false)>{t(K::KxMoveDown)}</button>
                    <button type="button" class="danger" on:click=remove>{t(K::KxRemove)}</button>
                })}
            </div>
        </form>
    }
}
