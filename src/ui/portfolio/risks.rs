//! Risks: the portfolio heat map (probability × impact, counts per cell,
//! choose a cell to list its risks), the register sorted by exposure, and a
//! campaign's own register on its page. Probability and impact are chosen
//! from 1–5, so an out-of-range value cannot be typed.

use crate::domain::ops::{Coll, Op, Record};
use crate::domain::{risk, Id, Risk, RiskCategory, RiskStatus};
use crate::i18n::{count, tr, trf, K};
use crate::state::{browser, use_store};
use crate::ui::t;
use leptos::prelude::*;

fn category_key(c: RiskCategory) -> K {
    match c {
        RiskCategory::Technical => K::RcTechnical,
        RiskCategory::Market => K::RcMarket,
        RiskCategory::Organisational => K::RcOrganisational,
        RiskCategory::Regulatory => K::RcRegulatory,
        RiskCategory::CustomerReaction => K::RcCustomer,
    }
}
const CATEGORIES: [RiskCategory; 5] =
    [RiskCategory::Technical, RiskCategory::Market, RiskCategory::Organisational, RiskCategory::Regulatory, RiskCategory::CustomerReaction];

fn status_key(s: RiskStatus) -> K {
    match s {
        RiskStatus::Open => K::RsOpen,
        RiskStatus::Mitigated => K::RsMitigated,
        RiskStatus::Occurred => K::RsOccurred,
        RiskStatus::Closed => K::RsClosed,
    }
}
const STATUSES: [RiskStatus; 4] = [RiskStatus::Open, RiskStatus::Mitigated, RiskStatus::Occurred, RiskStatus::Closed];

fn code<T: std::fmt::Debug>(v: T) -> String {
    format!("{v:?}").to_lowercase()
}

#[component]
pub fn Risks() -> impl IntoView {
    let store = use_store();
    let cell = RwSignal::new(None::<(u8, u8)>);
    let map = Memo::new(move |_| store.ws.with(|w| risk::heat_map(&w.risks)));
    view! {
        <div class="risks">
            <section class="card heat" aria-labelledby="heat-h">
                <h2 id="heat-h">{t(K::PfHeatMap)}</h2>
                <p class="hint">{t(K::PfHeatHint)}</p>
                <div class="heat-wrap">
                    <span class="heat-y" aria-hidden="true">{t(K::PfProbability)}" →"</span>
                    <table class="heat-grid">
                        <caption class="visually-hidden">{t(K::PfHeatMap)}</caption>
                        <thead><tr><td></td>{(1..=5u8).map(|i| view! { <th scope="col">{i}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {(1..=5u8).rev().map(|p| view! {
                                <tr>
                                    <th scope="row">{p}</th>
                                    {(1..=5u8).map(|i| {
                                        let n = move || map.with(|m| m[p as usize - 1][i as usize - 1]);
                                        let sev = risk::severity(p * i);
                                        view! {
                                            <td>
                                                <button class=format!("heat-cell sev-{sev}") class:zero=move || n() == 0
                                                    aria-pressed=move || (cell.get() == Some((p, i))).to_string()
                                                    aria-label=move || trf(store.lang.get(), K::PfHeatCell, &[("p", &p.to_string()), ("i", &i.to_string()), ("risks", &count(store.lang.get(), K::RisksOne, K::RisksMany, n() as usize))])
                                                    on:click=move |_| cell.update(|c| *c = if *c == Some((p, i)) { None } else { Some((p, i)) })>
                                                    {n}
                                                </button>
                                            </td>
                                        }
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <span class="heat-x" aria-hidden="true">{t(K::PfImpactAxis)}" →"</span>
                </div>
                {move || cell.get().map(|(p, i)| {
                    let list = store.ws.with(|w| risk::in_cell(&w.risks, p, i).into_iter().cloned().collect::<Vec<_>>());
                    view! {
                        <div class="cell-list" aria-live="polite">
                            <h3>{trf(store.lang.get(), K::PfCellTitle, &[("p", &p.to_string()), ("i", &i.to_string())])}</h3>
                            {if list.is_empty() {
                                view! { <p class="hint">{t(K::PfCellEmpty)}</p> }.into_any()
                            } else {
                                view! { <ul>{list.into_iter().map(|r| view! { <li>{r.description.clone()}" — "{campaign_name(&r)}</li> }).collect_view()}</ul> }.into_any()
                            }}
                        </div>
                    }
                })}
            </section>
            <Register campaign=None />
        </div>
    }
}

fn campaign_name(r: &Risk) -> String {
    let store = use_store();
    r.campaign.as_ref().and_then(|id| store.ws.with_untracked(|w| w.campaigns.iter().find(|c| &c.id == id).map(|c| c.name.clone()))).unwrap_or_else(|| store.t(K::PfPortfolioWide).to_string())
}

/// The risks of one campaign, on its page.
#[component]
pub fn CampaignRisks(campaign: Id) -> impl IntoView {
    view! { <Register campaign=Some(campaign) /> }
}

/// A register, highest exposure first; all risks, or one campaign's.
#[component]
fn Register(campaign: Option<Id>) -> impl IntoView {
    let store = use_store();
    let only = StoredValue::new(campaign.clone());
    let rows = Memo::new(move |_| {
        let only = only.get_value();
        store.ws.with(|w| {
            risk::register(&w.risks).into_iter().filter(|r| only.is_none() || r.campaign == only).cloned().collect::<Vec<_>>()
        })
    });
    let editing = RwSignal::new(None::<Id>);
    view! {
        <section class="card register" aria-labelledby="register-h">
            <h2 id="register-h">{t(K::PfRegister)}</h2>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="hint">{t(K::PfNoRisks)}</p> }>
                <table class="data risks-table">
                    <thead><tr>
                        <th scope="col" class="num">{t(K::PfExposure)}</th>
                        <th scope="col">{t(K::PfRisk)}</th>
                        <th scope="col">{t(K::PfCategory)}</th>
                        <th scope="col" class="num">"P"</th>
                        <th scope="col" class="num">"I"</th>
                        <th scope="col">{t(K::PfStatus)}</th>
                        <th scope="col">{t(K::PfOwner)}</th>
                        <th scope="col"><span class="visually-hidden">{t(K::Actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let lang = store.lang.get();
                            rows.get().into_iter().map(|r| {
                                let id = r.id.clone();
                                let id2 = r.id.clone();
                                let is_editing = move || editing.get().as_ref() == Some(&id2);
                                let r2 = r.clone();
                                let desc = r.description.clone();
                                view! {
                                    <tr class=format!("sev-{}", risk::severity(r.exposure()))>
                                        <td class="num"><strong>{r.exposure()}</strong></td>
                                        <th scope="row">
                                            {r.description.clone()}
                                            {(only.get_value().is_none()).then(|| view! { <span class="hint">" · "{campaign_name(&r)}</span> })}
                                            {(!r.mitigation.is_empty()).then(|| view! { <p class="hint">{tr(lang, K::PfMitigation)}": "{r.mitigation.clone()}</p> })}
                                            {(!r.contingency.is_empty()).then(|| view! { <p class="hint">{tr(lang, K::PfContingency)}": "{r.contingency.clone()}</p> })}
                                        </th>
                                        <td>{tr(lang, category_key(r.category))}</td>
                                        <td class="num">{r.probability}</td>
                                        <td class="num">{r.impact}</td>
                                        <td>{tr(lang, status_key(r.status))}</td>
                                        <td>{r.owner.clone()}</td>
                                        <td><button class="ghost" on:click=move |_| editing.set(Some(id.clone())) data-name=desc>{tr(lang, K::Edit)}</button></td>
                                    </tr>
                                    <Show when=is_editing>
                                        <tr class="edit-row"><td colspan="8"><RiskForm risk=Some(r2.clone()) campaign=None editing=editing /></td></tr>
                                    </Show>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </Show>
            <details class="add-risk">
                <summary>{t(K::PfAddRisk)}</summary>
                <RiskForm risk=None campaign=campaign editing=editing />
            </details>
        </section>
    }
}

#[component]
fn RiskForm(risk: Option<Risk>, campaign: Option<Id>, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let store = use_store();
    let is_new = risk.is_none();
    let fixed_campaign = campaign.is_some();
    let r = risk.unwrap_or(Risk {
        id: Id(String::new()),
        campaign: campaign.clone(),
        description: String::new(),
        category: RiskCategory::Market,
        probability: 3,
        impact: 3,
        mitigation: String::new(),
        contingency: String::new(),
        owner: String::new(),
        status: RiskStatus::Open,
    });
    let p = if is_new { "new-risk".to_string() } else { format!("risk-{}", r.id) };
    let description = RwSignal::new(r.description.clone());
    let camp = RwSignal::new(r.campaign.as_ref().map(|c| c.to_string()).unwrap_or_default());
    let category = RwSignal::new(r.category);
    let probability = RwSignal::new(r.probability);
    let impact = RwSignal::new(r.impact);
    let mitigation = RwSignal::new(r.mitigation.clone());
    let contingency = RwSignal::new(r.contingency.clone());
    let owner = RwSignal::new(r.owner.clone());
    let status = RwSignal::new(r.status);
    let tried = RwSignal::new(false);
    let id = StoredValue::new(r.id.clone());
    let missing = move || tried.get() && description.with(|d| d.trim().is_empty());
    let campaigns = Memo::new(move |_| store.ws.with(|w| w.campaigns.iter().map(|c| (c.id.to_string(), c.name.clone())).collect::<Vec<_>>()));
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        if description.with_untracked(|d| d.trim().is_empty()) {
            return;
        }
        let c = camp.get_untracked();
        let rec = Risk {
            id: if is_new { browser::new_id("rk") } else { id.get_value() },
            campaign: (!c.is_empty()).then(|| Id(c)),
            description: description.get_untracked().trim().to_string(),
            category: category.get_untracked(),
            probability: probability.get_untracked(),
            impact: impact.get_untracked(),
            mitigation: mitigation.get_untracked().trim().to_string(),
            contingency: contingency.get_untracked().trim().to_string(),
            owner: owner.get_untracked().trim().to_string(),
            status: status.get_untracked(),
        };
        let op = if is_new { Op::Insert { at: store.ws.with_untracked(|w| w.risks.len()), record: Record::Risk(rec) } } else { Op::Replace(Record::Risk(rec)) };
        if store.dispatch(op) {
            if is_new {
                description.set(String::new());
                mitigation.set(String::new());
                contingency.set(String::new());
                tried.set(false);
            } else {
                editing.set(None);
            }
        }
    };
    let remove = move |_| {
        if store.dispatch(Op::Remove { coll: Coll::Risks, id: id.get_value() }) {
            store.notify(store.t(K::PfRiskDeleted).to_string(), true);
            editing.set(None);
        }
    };
    let scale = move |sig: RwSignal<u8>, fid: String, k: K| {
        view! {
            <div class="field">
                <label for=fid.clone()>{t(k)}</label>
                <select id=fid prop:value=move || sig.get().to_string() on:change=move |e| sig.set(event_target_value(&e).parse().unwrap_or(3))>
                    {(1..=5u8).map(|v| view! { <option value=v.to_string() selected=v == sig.get_untracked()>{v.to_string()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let pp = p.clone();
    view! {
        <form class="risk-form" on:submit=save novalidate>
            <div class="row wrap">
                <div class="field grow">
                    <label for=format!("{p}-desc")>{t(K::PfRiskDescription)}</label>
                    <input type="text" id=format!("{p}-desc") prop:value=move || description.get() on:input=move |e| description.set(event_target_value(&e)) aria-invalid=move || missing().to_string() />
                    <Show when=missing><span class="field-error" role="alert">{t(K::PfRiskRequired)}</span></Show>
                </div>
                {(!fixed_campaign).then(|| view! {
                    <div class="field">
                        <label for=format!("{pp}-camp")>{t(K::PfFacts)}</label>
                        <select id=format!("{pp}-camp") prop:value=move || camp.get() on:change=move |e| camp.set(event_target_value(&e))>
                            <option value="">{t(K::PfPortfolioWide)}</option>
                            {move || { let cur = camp.get_untracked(); campaigns.get().into_iter().map(|(v, n)| { let s = v == cur; view! { <option value=v selected=s>{n}</option> } }).collect_view() }}
                        </select>
                    </div>
                })}
                <div class="field">
                    <label for=format!("{p}-cat")>{t(K::PfCategory)}</label>
                    <select id=format!("{p}-cat") prop:value=move || code(category.get()) on:change=move |e| { let v = event_target_value(&e); if let Some(c) = CATEGORIES.into_iter().find(|c| code(*c) == v) { category.set(c); } }>
                        {CATEGORIES.into_iter().map(|c| view! { <option value=code(c) selected=c == r.category>{t(category_key(c))}</option> }).collect_view()}
                    </select>
                </div>
                {scale(probability, format!("{p}-p"), K::PfProbabilityField)}
                {scale(impact, format!("{p}-i"), K::PfImpactField)}
                <p class="exposure" aria-live="polite">{move || trf(store.lang.get(), K::PfExposureIs, &[("n", &(probability.get() * impact.get()).to_string())])}</p>
            </div>
            <div class="row wrap">
                <div class="field grow">
                    <label for=format!("{p}-mit")>{t(K::PfMitigation)}</label>
                    <input type="text" id=format!("{p}-mit") prop:value=move || mitigation.get() on:input=move |e| mitigation.set(event_target_value(&e)) />
                </div>
                <div class="field grow">
                    <label for=format!("{p}-cont")>{t(K::PfContingency)}</label>
                    <input type="text" id=format!("{p}-cont") prop:value=move || contingency.get() on:input=move |e| contingency.set(event_target_value(&e)) />
                </div>
                <div class="field">
                    <label for=format!("{p}-owner")>{t(K::PfOwner)}</label>
                    <input type="text" id=format!("{p}-owner") prop:value=move || owner.get() on:input=move |e| owner.set(event_target_value(&e)) />
                </div>
                <div class="field">
                    <label for=format!("{p}-status")>{t(K::PfStatus)}</label>
                    <select id=format!("{p}-status") prop:value=move || code(status.get()) on:change=move |e| { let v = event_target_value(&e); if let Some(s) = STATUSES.into_iter().find(|s| code(*s) == v) { status.set(s); } }>
                        {STATUSES.into_iter().map(|s| view! { <option value=code(s) selected=s == r.status>{t(status_key(s))}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="row">
                <button type="submit" class="primary">{move || store.t(if is_new { K::PfAddRisk } else { K::Save })}</button>
                {(!is_new).then(|| view! {
                    <button type="button" class="ghost" on:click=move |_| editing.set(None)>{t(K::Cancel)}</button>
                    <button type="button" class="ghost danger" on:click=remove>{t(K::Delete)}</button>
                })}
            </div>
        </form>
    }
}
