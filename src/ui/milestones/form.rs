//! The milestone form and the cadence generator. Every refusal is shown at
//! its field and nothing is stored until the whole form reads.

use super::preset_key;
use crate::domain::milestone::{self as ms, CadenceProblem, Every, FieldProblem, Steps};
use crate::domain::ops::{Op, Record};
use crate::domain::{date, Direction, Id, Milestone};
use crate::i18n::{tr, trf, Lang, K};
use crate::state::{browser, use_store};
use crate::ui::t;
use crate::ui::widgets::{with_blank, Choice, Num};
use leptos::prelude::*;

const BIG: f64 = 1e12;

/// What the metric select holds: a preset (`m:ctr`), a KPI of the sheet
/// (`k:kpi-5`) or a metric of the user's own (`other`, typed beside it).
#[derive(Clone, Copy)]
struct MetricState {
    choice: RwSignal<String>,
    custom: RwSignal<String>,
    direction: RwSignal<Direction>,
}

impl MetricState {
    fn new(m: &Milestone) -> Self {
        let choice = match (&m.kpi, preset_key(&m.metric)) {
            (Some(k), _) => format!("k:{k}"),
            (None, Some(_)) => format!("m:{}", m.metric),
            (None, None) if m.metric.is_empty() => "m:complete".into(),
            (None, None) => "other".into(),
        };
        let custom = if choice == "other" { m.metric.clone() } else { String::new() };
        MetricState { choice: RwSignal::new(choice), custom: RwSignal::new(custom), direction: RwSignal::new(m.direction) }
    }
    fn kpi(&self) -> Option<Id> {
        self.choice.with(|c| c.strip_prefix("k:").map(Id::from))
    }
    /// The metric and KPI to store; `None` when "other" has no name yet.
    fn resolve(&self) -> Option<(String, Option<Id>)> {
        let c = self.choice.get_untracked();
        if let Some(k) = c.strip_prefix("k:") {
            return Some((String::new(), Some(Id::from(k))));
        }
        if let Some(code) = c.strip_prefix("m:") {
            return Some((code.to_string(), None));
        }
        let t = self.custom.get_untracked().trim().to_string();
        (!t.is_empty()).then_some((t, None))
    }
    /// The values an offered metric can take (0–100 for a rate, from 0 for
    /// a count); `None` for a KPI or a metric of the user's own.
    fn range(&self) -> Option<(f64, f64)> {
        self.choice.track();
        self.custom.track();
        match self.resolve()? {
            (_, Some(_)) => None,
            (code, None) => ms::value_range(&code),
        }
    }
    /// The direction that counts: the KPI's own, or the one chosen.
    fn effective_direction(&self) -> Direction {
        let store = use_store();
        match self.kpi() {
            Some(k) => store.ws.with(|w| w.kpis.iter().find(|x| x.id == k).map(|x| x.direction)).unwrap_or(self.direction.get()),
            None => self.direction.get(),
        }
    }
}

#[component]
fn MetricPicker(prefix: String, state: MetricState, tried: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let options = Memo::new(move |_| {
        let lang = store.lang.get();
        let mut v: Vec<(String, String)> =
            ms::METRICS.iter().map(|c| (format!("m:{c}"), tr(lang, preset_key(c).expect("preset")).to_string())).collect();
        store.ws.with(|w| {
            v.extend(w.kpis.iter().map(|k| (format!("k:{}", k.id), trf(lang, K::MsKpiOption, &[("name", &k.name)]))));
        });
        v.push(("other".into(), tr(lang, K::MsOtherMetric).to_string()));
        v
    });
    let custom_id = format!("{prefix}-metric-name");
    let dir_id = format!("{prefix}-direction");
    let err_id = format!("{prefix}-metric-err");
    let err_id2 = err_id.clone();
    let missing = move || tried.get() && state.choice.with(|c| c == "other") && state.custom.with(|c| c.trim().is_empty());
    let kpi_direction = move || {
        let k = state.kpi()?;
        store.ws.with(|w| w.kpis.iter().find(|x| x.id == k).map(|x| x.direction))
    };
    let dir_name = move |d: Direction| match d {
        Direction::HigherIsBetter => store.t(K::MsHigher),
        Direction::LowerIsBetter => store.t(K::MsLower),
    };
    view! {
        <Choice id=format!("{prefix}-metric") label=Signal::derive(t(K::MsMetric)) options=Signal::derive(move || options.get())
            value=Signal::derive(move || state.choice.get()) on_change=Callback::new(move |v| state.choice.set(v)) />
        {move || state.choice.with(|c| c == "other").then(|| {
            let (cid, e1, e2) = (custom_id.clone(), err_id.clone(), err_id2.clone());
            view! {
                <div class="field">
                    <label for=cid.clone()>{t(K::MsMetricName)}</label>
                    <input id=cid type="text" prop:value=move || state.custom.get()
                        aria-invalid=move || missing().to_string()
                        aria-describedby=move || missing().then(|| e1.clone())
                        on:input=move |e| state.custom.set(event_target_value(&e)) />
                    {move || missing().then(|| view! { <span class="field-error" id=e2.clone() role="alert">{t(K::MsErrMetric)}</span> })}
                </div>
            }
        })}
        {move || match kpi_direction() {
            Some(d) => view! { <p class="field hint">{t(K::MsDirection)}": "{dir_name(d)}" · "{t(K::MsFromSheetHint)}</p> }.into_any(),
            None => view! {
                <Choice id=dir_id.clone() label=Signal::derive(t(K::MsDirection))
                    options=Signal::derive(move || vec![
                        ("higher".to_string(), store.t(K::MsHigher).to_string()),
                        ("lower".to_string(), store.t(K::MsLower).to_string()),
                    ])
                    value=Signal::derive(move || if state.direction.get() == Direction::LowerIsBetter { "lower".to_string() } else { "higher".to_string() })
                    on_change=Callback::new(move |v: String| state.direction.set(if v == "lower" { Direction::LowerIsBetter } else { Direction::HigherIsBetter })) />
            }.into_any(),
        }}
    }
}

fn number_of(text: &str) -> Option<f64> {
    crate::ui::widgets::typed_number(text, -BIG, BIG, false).ok().flatten()
}

fn field_problem(lang: Lang, p: FieldProblem, d: Direction) -> String {
    match (p, d) {
        (FieldProblem::TargetEqualsBaseline, _) => tr(lang, K::MsErrSame).into(),
        (FieldProblem::WrongWay, Direction::HigherIsBetter) => tr(lang, K::MsErrWrongWayUp).into(),
        (FieldProblem::WrongWay, Direction::LowerIsBetter) => tr(lang, K::MsErrWrongWayDown).into(),
    }
}

fn campaign_options() -> Memo<Vec<(String, String)>> {
    let store = use_store();
    Memo::new(move |_| store.ws.with(|w| w.campaigns.iter().map(|c| (c.id.to_string(), c.name.clone())).collect()))
}

fn blank(id: Id) -> Milestone {
    Milestone {
        id,
        campaign: None,
        title: String::new(),
        date: browser::today(),
        metric: "complete".into(),
        kpi: None,
        baseline: 0.0,
        target: 100.0,
        actual: None,
        direction: Direction::HigherIsBetter,
    }
}

/// Adds a milestone (`milestone` is `None`) or edits one; `done` runs after
/// a save or a cancel of an edit.
#[component]
pub fn MilestoneForm(milestone: Option<Milestone>, done: Callback<()>) -> impl IntoView {
    let store = use_store();
    let is_new = milestone.is_none();
    let m = milestone.unwrap_or_else(|| blank(Id(String::new())));
    let p = if is_new { "msf-new".to_string() } else { format!("msf-{}", m.id) };
    let id = StoredValue::new(m.id.clone());
    let title = RwSignal::new(m.title.clone());
    let camp = RwSignal::new(m.campaign.as_ref().map(|c| c.to_string()).unwrap_or_default());
    let day = RwSignal::new(if is_new { String::new() } else { m.date.to_string() });
    let baseline = RwSignal::new(crate::i18n::number(m.baseline));
    let target = RwSignal::new(crate::i18n::number(m.target));
    let actual = RwSignal::new(m.actual.map(crate::i18n::number).unwrap_or_default());
    let metric = MetricState::new(&m);
    let tried = RwSignal::new(false);
    let campaigns = campaign_options();

    let title_missing = move || tried.get() && title.with(|t| t.trim().is_empty());
    let date_bad = move || tried.get() && date::parse(&day.get()).is_none();
    let numbers_problem = move || {
        let (b, t) = (number_of(&baseline.get())?, number_of(&target.get())?);
        let d = metric.effective_direction();
        ms::check(b, t, d).err().map(|p| field_problem(store.lang.get(), p, d))
    };
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        let lang = store.lang.get_untracked();
        let _ = lang;
        let (Some(d), Some((metric_code, kpi))) = (date::parse(&day.get_untracked()), metric.resolve()) else { return };
        if title.with_untracked(|t| t.trim().is_empty()) {
            return;
        }
        let (Some(b), Some(tg)) = (number_of(&baseline.get_untracked()), number_of(&target.get_untracked())) else { return };
        let a = actual.get_untracked();
        let a = if a.trim().is_empty() || kpi.is_some() {
            None
        } else {
            match crate::ui::widgets::typed_number(&a, -BIG, BIG, false) {
                Ok(v) => v,
                Err(_) => return,
            }
        };
        let (lo, hi) = untrack(|| metric.range()).unwrap_or((-BIG, BIG));
        if [b, tg].into_iter().chain(a).any(|v| v < lo || v > hi) {
            // Each field out of range says so itself.
            return;
        }
        let direction = untrack(|| metric.effective_direction());
        if ms::check(b, tg, direction).is_err() {
            return;
        }
        let c = camp.get_untracked();
        let rec = Milestone {
            id: if is_new { browser::new_id("ms") } else { id.get_value() },
            campaign: (!c.is_empty()).then(|| Id(c)),
            title: title.get_untracked().trim().to_string(),
            date: d,
            metric: metric_code,
            kpi,
            baseline: b,
            target: tg,
            actual: a,
            direction: untrack(|| metric.direction.get()),
        };
        let name = rec.title.clone();
        let op = if is_new {
            Op::Insert { at: store.ws.with_untracked(|w| w.milestones.len()), record: Record::Milestone(rec) }
        } else {
            Op::Replace(Record::Milestone(rec))
        };
        if store.dispatch(op) {
            store.notify(trf(store.lang.get_untracked(), if is_new { K::MsAdded } else { K::MsSaved }, &[("title", &name)]), true);
            if is_new {
                title.set(String::new());
                actual.set(String::new());
                tried.set(false);
            }
            done.run(());
        }
    };
    let pid = |s: &str| format!("{p}-{s}");
    let (title_id, date_id, camp_id) = (pid("title"), pid("date"), pid("campaign"));
    let (title_err, date_err, num_err) = (pid("title-err"), pid("date-err"), pid("numbers-err"));
    let (title_err2, date_err2) = (title_err.clone(), date_err.clone());
    let from_kpi = move || metric.kpi().is_some();
    let range = Signal::derive(move || metric.range());
    view! {
        <form class="ms-form" on:submit=save novalidate>
            <div class="row wrap">
                <div class="field grow">
                    <label for=title_id.clone()>{t(K::MsTitle)}</label>
                    <input id=title_id type="text" prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))
                        aria-invalid=move || title_missing().to_string() aria-describedby=move || title_missing().then(|| title_err.clone()) />
                    {move || title_missing().then(|| view! { <span class="field-error" id=title_err2.clone() role="alert">{t(K::MsErrTitle)}</span> })}
                </div>
                <Choice id=camp_id label=Signal::derive(t(K::MsCampaign))
                    options=Signal::derive(move || with_blank(store.t(K::NoneOption), campaigns.get()))
                    value=Signal::derive(move || camp.get()) on_change=Callback::new(move |v| camp.set(v)) />
                <div class="field">
                    <label for=date_id.clone()>{t(K::MsDate)}</label>
                    <input id=date_id type="date" prop:value=move || day.get() on:input=move |e| day.set(event_target_value(&e))
                        aria-invalid=move || date_bad().to_string() aria-describedby=move || date_bad().then(|| date_err.clone()) />
                    {move || date_bad().then(|| view! { <span class="field-error" id=date_err2.clone() role="alert">{t(K::MsErrDate)}</span> })}
                </div>
            </div>
            <div class="row wrap">
                <MetricPicker prefix=p.clone() state=metric tried=tried />
            </div>
            <div class="row wrap">
                <Num id=pid("baseline") label=Signal::derive(move || store.t(K::MsBaseline).to_string()) value=baseline min=-BIG max=BIG range=range />
                <Num id=pid("target") label=Signal::derive(move || store.t(K::MsTarget).to_string()) value=target min=-BIG max=BIG range=range
                    refused=(Signal::derive(move || numbers_problem().is_some()), num_err.clone()) />
                {move || (!from_kpi()).then(|| view! {
                    <Num id=format!("{}-actual", p.clone()) label=Signal::derive(move || store.t(K::MsActual).to_string()) value=actual min=-BIG max=BIG range=range />
                })}
            </div>
            {move || numbers_problem().map(|m| view! { <p class="field-error" id=num_err.clone() role="alert">{m}</p> })}
            <div class="row">
                <button type="submit" class="primary">{if is_new { t(K::MsAdd) } else { t(K::Save) }}</button>
                {(!is_new).then(|| view! { <button type="button" class="secondary" on:click=move |_| done.run(())>{t(K::Cancel)}</button> })}
            </div>
        </form>
    }
}

fn cadence_problem(lang: Lang, p: CadenceProblem) -> String {
    match p {
        CadenceProblem::EndBeforeStart => tr(lang, K::MsErrEndBeforeStart).into(),
        CadenceProblem::TargetEqualsBaseline => tr(lang, K::MsErrSame).into(),
        CadenceProblem::TooMany => trf(lang, K::MsErrTooMany, &[("max", &ms::MAX_PLANNED.to_string())]),
    }
}

/// Plans a series of milestones, shows them, and creates them in one step.
#[component]
pub fn CadenceForm() -> impl IntoView {
    let store = use_store();
    let camp = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let baseline = RwSignal::new("0".to_string());
    let target = RwSignal::new(String::new());
    let every = RwSignal::new("2w".to_string());
    let steps = RwSignal::new("linear".to_string());
    let metric = MetricState::new(&blank(Id(String::new())));
    let tried = RwSignal::new(false);
    let campaigns = campaign_options();
    // Choosing a campaign proposes its dates (the usual span of a series).
    let pick_campaign = Callback::new(move |v: String| {
        camp.set(v.clone());
        let dates = store.ws.with_untracked(|w| w.campaigns.iter().find(|c| c.id.as_str() == v).map(|c| (c.start, c.end)));
        if let Some((s, e)) = dates {
            if let Some(s) = s {
                start.set(s.to_string());
            }
            if let Some(e) = e {
                end.set(e.to_string());
            }
        }
    });
    // The plan, once every field reads: the preview and the button follow it.
    let plan = Memo::new(move |_| {
        let (s, e) = (date::parse(&start.get())?, date::parse(&end.get())?);
        let (b, tg) = (number_of(&baseline.get())?, number_of(&target.get())?);
        let ev = if every.get() == "month" { Every::Month } else { Every::TwoWeeks };
        let st = if steps.get() == "quarters" { Steps::Quarters } else { Steps::Linear };
        let d = metric.effective_direction();
        Some(match ms::cadence(s, e, ev, b, tg, st) {
            Err(p) => Err(cadence_problem(store.lang.get(), p)),
            Ok(_) if ms::check(b, tg, d).is_err() => Err(field_problem(store.lang.get(), ms::check(b, tg, d).unwrap_err(), d)),
            Ok(v) => Ok(v),
        })
    });
    let title_missing = move || tried.get() && title.with(|t| t.trim().is_empty());
    let create = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        let Some(Ok(planned)) = plan.get_untracked() else { return };
        let Some((metric_code, kpi)) = metric.resolve() else { return };
        if title.with_untracked(|t| t.trim().is_empty()) {
            return;
        }
        let c = camp.get_untracked();
        let template = Milestone {
            campaign: (!c.is_empty()).then(|| Id(c)),
            metric: metric_code,
            kpi,
            baseline: number_of(&baseline.get_untracked()).unwrap_or(0.0),
            direction: metric.direction.get_untracked(),
            ..blank(Id(String::new()))
        };
        let made = ms::series(&template, &title.get_untracked(), &planned, || browser::new_id("ms"));
        let n = made.len();
        let at = store.ws.with_untracked(|w| w.milestones.len());
        let ops = made.into_iter().enumerate().map(|(i, m)| Op::Insert { at: at + i, record: Record::Milestone(m) }).collect();
        if store.dispatch(Op::Batch(ops)) {
            store.notify(trf(store.lang.get_untracked(), K::MsCreatedMany, &[("n", &n.to_string())]), true);
            tried.set(false);
        }
    };
    let lang = move || store.lang.get();
    view! {
        <form class="ms-form cadence" on:submit=create novalidate>
            <div class="row wrap">
                <div class="field grow">
                    <label for="cad-title">{t(K::MsSeriesTitle)}</label>
                    <input id="cad-title" type="text" prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))
                        aria-invalid=move || title_missing().to_string() />
                    {move || title_missing().then(|| view! { <span class="field-error" role="alert">{t(K::MsErrTitle)}</span> })}
                </div>
                <Choice id="cad-campaign" label=Signal::derive(t(K::MsCampaign))
                    options=Signal::derive(move || with_blank(store.t(K::NoneOption), campaigns.get()))
                    value=Signal::derive(move || camp.get()) on_change=pick_campaign />
            </div>
            <div class="row wrap">
                <MetricPicker prefix="cad".to_string() state=metric tried=tried />
            </div>
            <div class="row wrap">
                <Num id="cad-baseline" label=Signal::derive(move || store.t(K::MsBaseline).to_string()) value=baseline min=-BIG max=BIG />
                <Num id="cad-target" label=Signal::derive(move || store.t(K::MsFinalTarget).to_string()) value=target min=-BIG max=BIG />
                <div class="field">
                    <label for="cad-start">{t(K::MsFrom)}</label>
                    <input id="cad-start" type="date" prop:value=move || start.get() on:input=move |e| start.set(event_target_value(&e)) />
                </div>
                <div class="field">
                    <label for="cad-end">{t(K::MsTo)}</label>
                    <input id="cad-end" type="date" prop:value=move || end.get() on:input=move |e| end.set(event_target_value(&e)) />
                </div>
                <Choice id="cad-steps" label=Signal::derive(t(K::MsSteps))
                    options=Signal::derive(move || vec![("linear".to_string(), store.t(K::MsStepsLinear).to_string()), ("quarters".to_string(), store.t(K::MsStepsQuarters).to_string())])
                    value=Signal::derive(move || steps.get()) on_change=Callback::new(move |v| steps.set(v)) />
                // Four checkpoints are spread over the dates whatever the
                // period: "Every" would not apply, so it is not offered.
                <Show when=move || steps.get() != "quarters"
                    fallback=|| view! { <p class="hint every-hint">{t(K::MsQuartersSpread)}</p> }>
                    <Choice id="cad-every" label=Signal::derive(t(K::MsEvery))
                        options=Signal::derive(move || vec![("2w".to_string(), store.t(K::MsEvery2Weeks).to_string()), ("month".to_string(), store.t(K::MsEveryMonth).to_string())])
                        value=Signal::derive(move || every.get()) on_change=Callback::new(move |v| every.set(v)) />
                </Show>
            </div>
            <div class="ms-preview" aria-live="polite">
                {move || match plan.get() {
                    None => view! { <p class="hint">{t(K::MsPreviewWaiting)}</p> }.into_any(),
                    Some(Err(m)) => view! { <p class="field-error" role="alert">{m}</p> }.into_any(),
                    Some(Ok(v)) => {
                        let n = v.len();
                        view! {
                            <table class="data">
                                <caption>{move || trf(lang(), K::MsPreviewCaption, &[("n", &n.to_string())])}</caption>
                                <thead><tr><th scope="col">"#"</th><th scope="col">{t(K::MsDate)}</th><th scope="col" class="num">{t(K::MsTarget)}</th></tr></thead>
                                <tbody>
                                    {v.into_iter().enumerate().map(|(i, p)| view! {
                                        <tr><td>{format!("{}/{n}", i + 1)}</td><td>{date::format(p.date)}</td>
                                        <td class="num">{crate::i18n::number((p.target * 100.0).round() / 100.0)}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any()
                    }
                }}
            </div>
            <div class="row">
                <button type="submit" class="primary" disabled=move || !matches!(plan.get(), Some(Ok(_)))>
                    {move || match plan.get() {
                        Some(Ok(v)) => trf(lang(), K::MsCreateN, &[("n", &v.len().to_string())]),
                        _ => tr(lang(), K::MsCreateSeries).to_string(),
                    }}
                </button>
            </div>
        </form>
    }
}
