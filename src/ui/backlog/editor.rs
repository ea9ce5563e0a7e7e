//! The item editor: title, kind, description, the user story, acceptance
//! criteria, planning and prioritisation fields. Numbers are checked at the
//! field by `domain::fields`; nothing is saved while a field is refused.

use super::{focus_row_later, KindSelect};
use crate::domain::fields::{self, FieldError};
use crate::domain::ops::{Op, Record};
use crate::domain::{backlog, BacklogItem, Channel, Criterion, Id, Rice, Story, RICE_IMPACTS};
use crate::i18n::{number, tr, trf, Lang, K};
use crate::state::use_store;
use crate::ui::t;
use crate::ui::widgets::field_error;
use crate::ui::widgets::{with_blank, Choice};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn text_of(v: Option<f64>) -> String {
    v.map(number).unwrap_or_default()
}

/// A typed number, its bounds, and the refusal to show if any.
#[derive(Clone, Copy)]
struct NumInput {
    text: RwSignal<String>,
    min: f64,
    max: f64,
    exclusive: bool,
}

impl NumInput {
    fn new(v: Option<f64>, min: f64, max: f64, exclusive: bool) -> Self {
        NumInput { text: RwSignal::new(text_of(v)), min, max, exclusive }
    }
    fn parsed(&self) -> Result<Option<f64>, FieldError> {
        crate::ui::widgets::typed_number(&self.text.get(), self.min, self.max, self.exclusive)
    }
    fn parsed_untracked(&self) -> Result<Option<f64>, FieldError> {
        crate::ui::widgets::typed_number(&self.text.get_untracked(), self.min, self.max, self.exclusive)
    }
}

#[component]
fn NumField(id: String, label: K, input: NumInput) -> impl IntoView {
    let store = use_store();
    let err_id = format!("{id}-err");
    let err_id2 = err_id.clone();
    let error = move || input.parsed().err().map(|e| field_error(store.lang.get(), e));
    view! {
        <div class="field num">
            <label for=id.clone()>{t(label)}</label>
            <input id=id type="text" inputmode="decimal" autocomplete="off" prop:value=move || input.text.get()
                on:input=move |e| input.text.set(event_target_value(&e))
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=move || error().is_some().then(|| err_id2.clone()) />
            {move || error().map(|m| view! { <p id=err_id.clone() class="field-error" role="alert">{m}</p> })}
        </div>
    }
}

#[component]
fn TextField(id: String, label: K, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{t(label)}</label>
            <input id=id type="text" prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e)) />
        </div>
    }
}

#[component]
pub fn EditItem(item: BacklogItem, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let store = use_store();
    let sid = item.id.to_string();
    let p = |name: &str| format!("{name}-{sid}");

    let title = RwSignal::new(item.title.clone());
    let kind = RwSignal::new(item.kind);
    let desc = RwSignal::new(item.description.clone());
    let st = &item.story;
    let (as_a, i_want, so_that) = (RwSignal::new(st.as_a.clone()), RwSignal::new(st.i_want.clone()), RwSignal::new(st.so_that.clone()));
    let channel = RwSignal::new(st.channel);
    let (segment, kpi, hypothesis) = (RwSignal::new(st.segment.clone()), RwSignal::new(st.kpi.clone()), RwSignal::new(st.hypothesis.clone()));
    let criteria = RwSignal::new(item.acceptance.iter().cloned().enumerate().collect::<Vec<(usize, Criterion)>>());
    let next_criterion = StoredValue::new(item.acceptance.len());
    let new_criterion = RwSignal::new(String::new());
    let campaign = RwSignal::new(item.campaign.clone());
    let assignee = RwSignal::new(item.assignee.clone());
    let hours = NumInput::new(item.estimate_hours, 0.0, 10_000.0, false);
    let points = NumInput::new(item.estimate_points, 0.0, 1_000.0, false);
    let due = RwSignal::new(item.due.map(crate::domain::date::format).unwrap_or_default());
    let tags = RwSignal::new(item.tags.join(", "));
    let r = item.rice.clone();
    let reach = NumInput::new(r.as_ref().map(|r| r.reach), 0.0, 1e12, false);
    let impact = RwSignal::new(r.as_ref().map(|r| r.impact));
    let confidence = NumInput::new(r.as_ref().map(|r| r.confidence), 0.0, 100.0, false);
    let rice_effort = NumInput::new(r.as_ref().map(|r| r.effort), 0.0, 1e12, true);
    let value = NumInput::new(item.value, 1.0, 10.0, false);
    let effort = NumInput::new(item.effort, 1.0, 10.0, false);
    let title_error = RwSignal::new(false);
    let tried = RwSignal::new(false);
    let deps = RwSignal::new(item.depends_on.clone());
    let dep_query = RwSignal::new(String::new());
    let dep_problem = RwSignal::new(None::<String>);
    let me = item.id.clone();

    // RICE: all four or none.
    let rice = move || -> Result<Option<Rice>, ()> {
        let (Ok(re), Ok(c), Ok(e)) = (reach.parsed(), confidence.parsed(), rice_effort.parsed()) else { return Err(()) };
        match (re, impact.get(), c, e) {
            (None, None, None, None) => Ok(None),
            (Some(reach), Some(impact), Some(confidence), Some(effort)) => Ok(Some(Rice { reach, impact, confidence, effort })),
            _ => Err(()),
        }
    };
    let rice_incomplete = move || {
        let filled = [reach.text.get(), confidence.text.get(), rice_effort.text.get()].iter().filter(|s| !s.trim().is_empty()).count()
            + impact.get().is_some() as usize;
        filled > 0 && filled < 4
    };

    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(i) = input.get() {
            let _ = i.focus();
            i.select();
        }
    });
    let original = StoredValue::new(item);
    // Opened from the matrix (its point had the focus): closing goes back
    // to that point, not to the row's Edit button far below it.
    let from_matrix = document().active_element().is_some_and(|a| a.closest(".matrix").ok().flatten().is_some());
    let close = move || {
        editing.set(None);
        let id = original.with_value(|i| i.id.clone());
        if from_matrix {
            request_animation_frame(move || {
                match document().query_selector(&format!(".matrix [data-id=\"{id}\"]")).ok().flatten() {
                    Some(point) => {
                        let _ = point.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                    None => focus_row_later(id, "[data-act=edit]"),
                }
            });
        } else {
            focus_row_later(id, "[data-act=edit]");
        }
    };
    let nums = [hours, points, reach, confidence, rice_effort, value, effort];
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        let text = title.get_untracked().trim().to_string();
        title_error.set(text.is_empty());
        let rice_now = rice();
        if text.is_empty() || nums.iter().any(|n| n.parsed_untracked().is_err()) || rice_now.is_err() {
            // Focus the first field that needs a fix.
            request_animation_frame(|| {
                if let Some(el) = document().query_selector(".edit-item [aria-invalid=true]").ok().flatten() {
                    use wasm_bindgen::JsCast;
                    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
            return;
        }
        let mut updated = original.get_value();
        updated.title = text;
        updated.kind = kind.get_untracked();
        updated.description = desc.get_untracked();
        updated.story = Story {
            as_a: as_a.get_untracked().trim().into(),
            i_want: i_want.get_untracked().trim().into(),
            so_that: so_that.get_untracked().trim().into(),
            channel: channel.get_untracked(),
            segment: segment.get_untracked().trim().into(),
            kpi: kpi.get_untracked().trim().into(),
            hypothesis: hypothesis.get_untracked().trim().into(),
        };
        updated.acceptance = criteria.get_untracked().into_iter().map(|(_, c)| c).filter(|c| !c.text.trim().is_empty()).collect();
        let pending = new_criterion.get_untracked();
        if !pending.trim().is_empty() {
            updated.acceptance.push(Criterion { text: pending.trim().into(), done: false });
        }
        updated.campaign = campaign.get_untracked();
        updated.assignee = assignee.get_untracked();
        updated.estimate_hours = hours.parsed_untracked().ok().flatten();
        updated.estimate_points = points.parsed_untracked().ok().flatten();
        updated.due = crate::domain::date::parse(&due.get_untracked());
        updated.tags = fields::tags(&tags.get_untracked());
        updated.rice = rice_now.ok().flatten();
        updated.value = value.parsed_untracked().ok().flatten();
        updated.effort = effort.parsed_untracked().ok().flatten();
        updated.depends_on = deps.get_untracked();
        if updated != original.get_value() {
            store.dispatch(Op::Replace(Record::Item(updated)));
        }
        close();
    };
    let add_criterion = move || {
        let text = new_criterion.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let n = next_criterion.get_value();
        next_criterion.set_value(n + 1);
        criteria.update(|c| c.push((n, Criterion { text, done: false })));
        new_criterion.set(String::new());
    };
    let none_then = move |rest: Vec<(String, String)>| with_blank(tr(store.lang.get(), K::NoneOption), rest);
    let campaign_options = Signal::derive(move || none_then(store.ws.with(|w| w.campaigns.iter().map(|c| (c.id.to_string(), c.name.clone())).collect())));
    let people_options = Signal::derive(move || none_then(store.ws.with(|w| w.team.iter().map(|m| (m.id.to_string(), m.name.clone())).collect())));
    let select_id = |v: String| if v.is_empty() { None } else { Some(Id(v)) };
    let title_err_id = p("err");
    let title_err_id2 = title_err_id.clone();

    view! {
        // Named, so its fields can be told from the filter bar's (Kind,
        // Campaign, Assignee): a name no field's label contains.
        <form class="edit-item" aria-label=t(K::ItemEditor) on:submit=save on:keydown=move |e| if e.key() == "Escape" { e.prevent_default(); close(); } novalidate>
            <div class="field grow">
                <label for=p("title")>{t(K::Title)}</label>
                <input id=p("title") type="text" node_ref=input maxlength="300" prop:value=move || title.get()
                    on:input=move |e| title.set(event_target_value(&e))
                    aria-invalid=move || title_error.get().then_some("true")
                    aria-describedby=move || title_error.get().then(|| title_err_id2.clone()) />
                <Show when=move || title_error.get()>
                    <p id=title_err_id.clone() class="field-error" role="alert">{t(K::TitleRequired)}</p>
                </Show>
            </div>
            <KindSelect id=p("kind") value=kind />
            <div class="field full">
                <label for=p("desc")>{t(K::Description)}</label>
                <textarea id=p("desc") rows="2" prop:value=move || desc.get() on:input=move |e| desc.set(event_target_value(&e))></textarea>
            </div>

            <fieldset class="full grid3">
                <legend>{t(K::StoryLegend)}</legend>
                <TextField id=p("as-a") label=K::AsA value=as_a />
                <TextField id=p("i-want") label=K::IWant value=i_want />
                <TextField id=p("so-that") label=K::SoThat value=so_that />
                <Choice id=p("channel") label=Signal::derive(t(K::StoryChannel))
                    options=Signal::derive(move || {
                        let lang = store.lang.get();
                        with_blank(tr(lang, K::NoneOption), Channel::ALL.iter().map(|c| (c.code().to_string(), tr(lang, crate::ui::channel_key(*c)).to_string())))
                    })
                    value=Signal::derive(move || channel.get().map(|c| c.code().to_string()).unwrap_or_default())
                    on_change=move |v: String| channel.set(Channel::ALL.into_iter().find(|c| c.code() == v)) />
                <TextField id=p("segment") label=K::Segment value=segment />
                <TextField id=p("kpi") label=K::StoryKpi value=kpi />
                <div class="field full">
                    <label for=p("hypothesis")>{t(K::Hypothesis)}</label>
                    <textarea id=p("hypothesis") rows="2" prop:value=move || hypothesis.get() on:input=move |e| hypothesis.set(event_target_value(&e))></textarea>
                </div>
            </fieldset>

            <fieldset class="full">
                <legend>{t(K::AcceptanceLegend)}</legend>
                <ul class="criteria">
                    <For each=move || criteria.get() key=|(n, c)| (*n, c.text.clone(), c.done) let:entry>
                        {
                            let (n, c) = entry;
                            let box_id = format!("{}-crit-{n}", sid_str(&original));
                            view! {
                                <li>
                                    <input type="checkbox" id=box_id.clone() prop:checked=c.done
                                        on:change=move |e| {
                                            let on = event_target_checked(&e);
                                            criteria.update(|v| if let Some(x) = v.iter_mut().find(|x| x.0 == n) { x.1.done = on; });
                                        } />
                                    <label for=box_id class="criterion">{c.text.clone()}</label>
                                    <button type="button" class="ghost danger" on:click=move |_| criteria.update(|v| v.retain(|x| x.0 != n)) data-name=crate::ui::named(K::RemoveCriterion, c.text.clone())>
                                        <span aria-hidden="true">"×"</span>
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <div class="row">
                    <label class="visually-hidden" for=p("new-crit")>{t(K::NewCriterion)}</label>
                    <input id=p("new-crit") type="text" placeholder=t(K::NewCriterion) prop:value=move || new_criterion.get()
                        on:input=move |e| new_criterion.set(event_target_value(&e))
                        on:keydown=move |e| if e.key() == "Enter" { e.prevent_default(); add_criterion(); } />
                    <button type="button" on:click=move |_| add_criterion()>{t(K::AddCriterion)}</button>
                </div>
            </fieldset>

            <fieldset class="full grid3">
                <legend>{t(K::PlanningLegend)}</legend>
                <Choice id=p("campaign") label=Signal::derive(t(K::CampaignLink)) options=campaign_options
                    value=Signal::derive(move || campaign.get().map(|c| c.to_string()).unwrap_or_default())
                    on_change=move |v: String| campaign.set(select_id(v)) />
                <Choice id=p("assignee") label=Signal::derive(t(K::Assignee)) options=people_options
                    value=Signal::derive(move || assignee.get().map(|c| c.to_string()).unwrap_or_default())
                    on_change=move |v: String| assignee.set(select_id(v)) />
                <div class="field">
                    <label for=p("due")>{t(K::Due)}</label>
                    <input id=p("due") type="date" prop:value=move || due.get() on:input=move |e| due.set(event_target_value(&e)) />
                </div>
                <NumField id=p("hours") label=K::EstimateHours input=hours />
                <NumField id=p("points") label=K::EstimatePoints input=points />
                <TextField id=p("tags") label=K::Tags value=tags />
            </fieldset>

            <WaitsFor me=me.clone() deps=deps query=dep_query problem=dep_problem prefix=p("deps") />

            <fieldset class="full grid3">
                <legend>{t(K::PriorityLegend)}</legend>
                <NumField id=p("reach") label=K::Reach input=reach />
                <Choice id=p("impact") label=Signal::derive(t(K::Impact))
                    options=Signal::derive(move || {
                        let lang = store.lang.get();
                        with_blank(tr(lang, K::NoneOption), RICE_IMPACTS.iter().rev().zip([K::ImpactMassive, K::ImpactHigh, K::ImpactMedium, K::ImpactLow, K::ImpactMinimal])
                            .map(|(x, k)| (x.to_string(), tr(lang, k).to_string())))
                    })
                    value=Signal::derive(move || impact.get().map(|x| x.to_string()).unwrap_or_default())
                    on_change=move |v: String| impact.set(v.parse::<f64>().ok()) />
                <NumField id=p("confidence") label=K::Confidence input=confidence />
                <NumField id=p("rice-effort") label=K::RiceEffort input=rice_effort />
                <NumField id=p("value") label=K::Value input=value />
                <NumField id=p("effort") label=K::EffortScale input=effort />
                <p class="full rice-out" role="status">{move || {
                    let lang = store.lang.get();
                    if rice_incomplete() {
                        tr(lang, K::RiceIncomplete).to_string()
                    } else {
                        match rice() {
                            Ok(Some(r)) => backlog::rice_score(&r).map(|s| trf(lang, K::RiceScore, &[("score", &number(s))])).unwrap_or_default(),
                            _ => String::new(),
                        }
                    }
                }}</p>
            </fieldset>

            <Show when=move || tried.get() && (title_error.get() || nums.iter().any(|n| n.parsed().is_err()) || rice().is_err())>
                <p class="field-error full" role="alert">{t(K::FixErrors)}</p>
            </Show>
            <div class="row end full">
                <button type="button" on:click=move |_| close()>{t(K::Cancel)}</button>
                <button type="submit" class="primary">{t(K::Save)}</button>
            </div>
        </form>
    }
}

/// The items this one waits for (finish-to-start): each can be removed; a
/// search adds one; a link to itself or one that closes a circle is
/// refused here, before anything is saved.
#[component]
fn WaitsFor(me: Id, deps: RwSignal<Vec<Id>>, query: RwSignal<String>, problem: RwSignal<Option<String>>, prefix: String) -> impl IntoView {
    use crate::domain::timeline::{check_link, LinkProblem};
    let store = use_store();
    let me = StoredValue::new(me);
    let matches = Memo::new(move |_| {
        let q = crate::domain::text::fold(query.get().trim());
        if q.is_empty() {
            return vec![];
        }
        let taken = deps.get();
        store.ws.with(|w| {
            w.backlog
                .iter()
                .filter(|i| i.id != me.get_value() && !taken.contains(&i.id) && crate::domain::text::fold(&i.title).contains(&q))
                .take(6)
                .map(|i| (i.id.clone(), i.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let add = move |before: Id| {
        let lang = store.lang.get_untracked();
        // The links as they would be with this form's list saved.
        let result = store.ws.with_untracked(|w| {
            let mut edges: Vec<(Id, Id)> = backlog::item_edges(&w.backlog).into_iter().filter(|(_, b)| b != &me.get_value()).collect();
            edges.extend(deps.get_untracked().into_iter().map(|d| (d, me.get_value())));
            check_link(&edges, &before, &me.get_value()).map_err(|p| match p {
                LinkProblem::SelfLink => tr(lang, K::TlErrSelfItem).to_string(),
                LinkProblem::AlreadyLinked => tr(lang, K::TlErrAlready).to_string(),
                LinkProblem::NotFound => String::new(),
                LinkProblem::Cycle(ids) => {
                    let names: Vec<String> = ids.iter().map(|id| w.backlog.iter().find(|i| &i.id == id).map(|i| i.title.clone()).unwrap_or_else(|| id.to_string())).collect();
                    trf(lang, K::TlErrCycle, &[("path", &names.join(" → "))])
                }
            })
        });
        match result {
            Ok(()) => {
                deps.update(|d| d.push(before));
                query.set(String::new());
                problem.set(None);
            }
            Err(m) => problem.set(Some(m)),
        }
    };
    let shown = move || {
        let lang = store.lang.get();
        let list = deps.get();
        store.ws.with(|w| {
            backlog::dependency_states(&list, &w.backlog)
                .into_iter()
                .map(|(d, title, done)| (d, title, tr(lang, if done { K::DepDone } else { K::DepNotDone })))
                .collect::<Vec<_>>()
        })
    };
    let early = move || {
        store.ws.with(|w| w.backlog.iter().find(|i| i.id == me.get_value()).map(|i| {
            let mut i = i.clone();
            i.depends_on = deps.get();
            backlog::started_too_early(&i, &w.backlog)
        }))
        .unwrap_or(false)
    };
    let search_id = format!("{prefix}-search");
    view! {
        <fieldset class="full waits-for">
            <legend>{t(K::WaitsForLegend)}</legend>
            {move || {
                let v = shown();
                if v.is_empty() {
                    return view! { <p class="hint">{t(K::WaitsForNone)}</p> }.into_any();
                }
                view! {
                    <ul class="deps">
                        {v.into_iter().map(|(id, title, state)| {
                            let t2 = title.clone();
                            view! { <li>{title}" ("{state}") "
                                <button type="button" class="ghost danger" on:click=move |_| deps.update(|d| d.retain(|x| x != &id)) data-name=t2>
                                    {t(K::TlRemoveLink)}</button></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {move || early().then(|| view! { <p class="field-error" role="alert">"⚠ "{t(K::StartedTooEarly)}</p> })}
            <div class="field">
                <label for=search_id.clone()>{t(K::WaitsForSearch)}</label>
                <input id=search_id type="text" prop:value=move || query.get() on:input=move |e| { query.set(event_target_value(&e)); problem.set(None); } />
            </div>
            {move || {
                let m = matches.get();
                (!m.is_empty()).then(|| view! {
                    <ul class="dep-matches">
                        {m.into_iter().map(|(id, title)| {
                            let t2 = title.clone();
                            view! { <li><button type="button" class="secondary" on:click=move |_| add(id.clone()) data-name=t2>
                                {t(K::WaitsForAdd)}" "<span aria-hidden="true">{title}</span></button></li> }
                        }).collect_view()}
                    </ul>
                })
            }}
            {move || problem.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
        </fieldset>
    }
}

fn sid_str(item: &StoredValue<BacklogItem>) -> String {
    item.with_value(|i| i.id.to_string())
}

/// "As a …, I want … so that …" when the story is filled in.
pub fn story_line(lang: Lang, s: &Story) -> Option<String> {
    (!s.as_a.is_empty() || !s.i_want.is_empty() || !s.so_that.is_empty()).then(|| {
        trf(lang, K::StoryLine, &[("as_a", &s.as_a), ("i_want", &s.i_want), ("so_that", &s.so_that)])
    })
}

