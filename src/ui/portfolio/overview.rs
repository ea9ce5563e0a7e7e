//! The one screen a CEO reads: budget planned against spent (by channel and
//! by campaign), campaigns per phase, the top risk exposures, and how the
//! budget covers the three strategic goals. Bars carry their numbers as
//! text, so nothing depends on reading a colour or a length.

use super::phase_key;
use crate::domain::{overview, risk, Phase};
use crate::i18n::{count, number, tr, trf, K};
use crate::state::use_store;
use crate::ui::{channel_key, t};
use leptos::prelude::*;

fn pct(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        (100.0 * part / whole).clamp(0.0, 100.0)
    } else {
        0.0
    }
}

#[component]
pub fn Overview() -> impl IntoView {
    let store = use_store();
    let currency = Memo::new(move |_| store.ws.with(|w| w.settings.currency.clone()));
    let money = move |v: f64| currency.with(|c| crate::i18n::money(store.lang.get(), v, c));
    let totals = Memo::new(move |_| {
        store.ws.with(|w| {
            let planned: f64 = w.campaigns.iter().map(|c| c.planned_budget()).sum();
            let spent: f64 = w.campaigns.iter().map(|c| c.spent_budget()).sum();
            let open = w.campaigns.iter().filter(|c| c.phase != Phase::Closed).count();
            let pending: usize = w.campaigns.iter().map(|c| crate::domain::change::creep(c).pending).sum();
            (planned, spent, open, pending)
        })
    });
    let by_channel = Memo::new(move |_| store.ws.with(|w| overview::budget_by_channel(&w.campaigns)));
    let by_campaign = Memo::new(move |_| {
        store.ws.with(|w| {
            let mut v: Vec<_> = w.campaigns.iter().filter(|c| c.planned_budget() > 0.0 || c.spent_budget() > 0.0).map(|c| (c.id.clone(), c.name.clone(), c.planned_budget(), c.spent_budget())).collect();
            v.sort_by(|a, b| b.2.total_cmp(&a.2));
            v
        })
    });
    let phases = Memo::new(move |_| store.ws.with(|w| overview::per_phase(&w.campaigns)));
    let top = Memo::new(move |_| store.ws.with(|w| risk::top_exposures(&w.risks, 5).into_iter().map(|r| (r.clone(), r.campaign.as_ref().and_then(|id| w.campaigns.iter().find(|c| &c.id == id).map(|c| (c.id.clone(), c.name.clone()))))).collect::<Vec<_>>()));
    let coverage = Memo::new(move |_| store.ws.with(|w| overview::alignment_coverage(&w.campaigns)));
    let show_all = RwSignal::new(false);

    let bar = move |label: String, planned: f64, spent: f64, scale: f64| {
        let over = spent > planned;
        let text = trf(store.lang.get(), K::PfSpentOfPlanned, &[("spent", &money(spent)), ("planned", &money(planned))]);
        view! {
            <li class="budget-bar" class:over=over>
                <span class="bar-label">{label}</span>
                <span class="bars" aria-hidden="true">
                    <span class="planned" style=format!("width:{:.1}%", pct(planned, scale))></span>
                    <span class="spent" style=format!("width:{:.1}%", pct(spent, scale))></span>
                </span>
                <span class="bar-value">{text}{over.then(|| view! { " "<strong class="over-tag">{t(K::PfOverspent)}</strong> })}</span>
            </li>
        }
    };

    view! {
        <div class="overview">
            <div class="stats">
                <p class="stat card"><span class="stat-n">{move || money(totals.get().0)}</span><span class="stat-l">{t(K::PfTotalPlanned)}</span></p>
                <p class="stat card"><span class="stat-n">{move || money(totals.get().1)}</span><span class="stat-l">{move || trf(store.lang.get(), K::PfTotalSpent, &[("pct", &number(pct(totals.get().1, totals.get().0).round()))])}</span></p>
                <p class="stat card"><span class="stat-n">{move || totals.get().2}</span><span class="stat-l">{move || count(store.lang.get(), K::PfOpenCampaignsOne, K::PfOpenCampaigns, totals.get().2)}</span></p>
                <p class="stat card"><span class="stat-n">{move || totals.get().3}</span><span class="stat-l">{move || count(store.lang.get(), K::PfPendingChangesOne, K::PfPendingChanges, totals.get().3)}</span></p>
            </div>
            <div class="two-col">
                <section class="card" aria-labelledby="bych-h">
                    <h2 id="bych-h">{t(K::PfByChannel)}</h2>
                    <p class="legend-line hint"><span class="sw planned"></span>{t(K::PfPlanned)}" "<span class="sw spent"></span>{t(K::PfSpent)}</p>
                    <ul class="budget-bars">
                        {move || {
                            let lang = store.lang.get();
                            let rows = by_channel.get();
                            let scale = rows.iter().map(|r| r.1.max(r.2)).fold(0.0, f64::max);
                            rows.into_iter().map(|(ch, p, s)| bar(tr(lang, channel_key(ch)).to_string(), p, s, scale)).collect_view()
                        }}
                    </ul>
                </section>
                <section class="card" aria-labelledby="cov-h">
                    <h2 id="cov-h">{t(K::PfCoverage)}</h2>
                    <p class="hint">{t(K::PfCoverageHint)}</p>
                    {move || {
                        let c = coverage.get();
                        let total = c.awareness + c.acquisition + c.retention + c.unaligned;
                        let lang = store.lang.get();
                        let parts = [(K::GoalAwareness, c.awareness, "aw"), (K::GoalAcquisition, c.acquisition, "acq"), (K::GoalRetention, c.retention, "ret"), (K::GoalUnaligned, c.unaligned, "none")];
                        view! {
                            <div class="coverage" aria-hidden="true">
                                {parts.iter().map(|(_, v, cls)| view! { <span class=format!("seg {cls}") style=format!("width:{:.2}%", pct(*v, total))></span> }).collect_view()}
                            </div>
                            <ul class="coverage-list">
                                {parts.iter().filter(|(_, v, cls)| *v > 0.0 || *cls != "none").map(|(k, v, cls)| view! {
                                    <li><span class=format!("sw {cls}")></span><strong>{tr(lang, *k)}</strong>" "{format!("{} % · {}", number(pct(*v, total).round()), money(*v))}</li>
                                }).collect_view()}
                            </ul>
                        }
                    }}
                </section>
                <section class="card" aria-labelledby="phase-h">
                    <h2 id="phase-h">{t(K::PfPerPhase)}</h2>
                    <ul class="phase-bars">
                        {move || {
                            let lang = store.lang.get();
                            let counts = phases.get();
                            let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
                            Phase::ALL.into_iter().zip(counts).map(|(ph, n)| view! {
                                <li>
                                    <span class="bar-label">{tr(lang, phase_key(ph))}</span>
                                    <span class="bars" aria-hidden="true"><span class=format!("phase phase-{}", ph.code()) style=format!("width:{:.1}%", pct(n as f64, max))></span></span>
                                    <span class="bar-value">{n}</span>
                                </li>
                            }).collect_view()
                        }}
                    </ul>
                </section>
                <section class="card" aria-labelledby="top-h">
                    <h2 id="top-h">{t(K::PfTopExposures)}</h2>
                    <Show when=move || !top.with(Vec::is_empty) fallback=move || view! { <p class="hint">{t(K::PfNoRisks)}</p> }>
                        <ol class="top-risks">
                            {move || top.get().into_iter().map(|(r, c)| view! {
                                <li class=format!("sev-{}", risk::severity(r.exposure()))>
                                    <span class="expo">{r.exposure()}</span>
                                    <span>{r.description.clone()}
                                        {c.map(|(id, name)| view! { " · "<a href=super::campaign_href(&id)>{name}</a> })}
                                    </span>
                                </li>
                            }).collect_view()}
                        </ol>
                    </Show>
                </section>
            </div>
            <section class="card" aria-labelledby="bycamp-h">
                <h2 id="bycamp-h">{t(K::PfByCampaign)}</h2>
                <ul class="budget-bars">
                    {move || {
                        let rows = by_campaign.get();
                        let scale = rows.iter().map(|r| r.2.max(r.3)).fold(0.0, f64::max);
                        let n = if show_all.get() { rows.len() } else { rows.len().min(12) };
                        rows.into_iter().take(n).map(|(_, name, p, s)| bar(name, p, s, scale)).collect_view()
                    }}
                </ul>
                <Show when=move || { by_campaign.with(Vec::len) > 12 && !show_all.get() }>
                    <button class="ghost" on:click=move |_| show_all.set(true)>{move || trf(store.lang.get(), K::PfShowAllCampaigns, &[("n", &by_campaign.with(Vec::len).to_string())])}</button>
                </Show>
            </section>
        </div>
    }
}
