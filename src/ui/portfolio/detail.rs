//! A campaign's own page (`#/portfolio?campaign=cp-3`; `campaign=new` for a
//! new one): its facts, SMART objective, alignment and ratings, budget and
//! skill demand in one form saved as one undoable change; then its
//! stakeholders, risks, change requests and the lessons other campaigns on
//! the same channels left behind.

use super::{phase_key, Scores};
use crate::domain::fields;
use crate::domain::ops::{Op, Record};
use crate::domain::{
    change, date, lessons, Alignment, Campaign, ChangeRequest, ChangeStatus, Channel, ChannelBudget, Id, Phase, ScoreSource, SkillHours,
    Smart, Stakeholder,
};
use crate::i18n::{number, tr, trf, K};
use crate::state::{browser, use_store};
use crate::ui::route::{href_with, Area};
use crate::ui::widgets::{num_error, Num};
use crate::ui::{channel_key, t};
use crate::ui::modal::Modal;
use leptos::prelude::*;

/// The id in the URL of a campaign not yet created.
const NEW: &str = "new";

#[component]
pub fn NewCampaign() -> impl IntoView {
    view! {
        <a class="button primary" href=href_with(Area::Portfolio, &[("campaign", NEW)])>{t(K::PfNewCampaign)}</a>
    }
}

#[component]
pub fn Detail(id: Id) -> impl IntoView {
    let store = use_store();
    if id.as_str() == NEW {
        return view! {
            <BackLink />
            <h1 id="portfolio-title">{t(K::PfNewCampaign)}</h1>
            <CampaignForm campaign=None />
        }
        .into_any();
    }
    let id = StoredValue::new(id);
    let exists = Memo::new(move |_| store.ws.with(|w| w.campaigns.iter().any(|c| c.id == id.get_value())));
    // The form is rebuilt only when the fields it edits change (a save, an
    // undo), not when a stakeholder or a change request is added.
    let core = Memo::new(move |_| {
        store.ws.with(|w| {
            w.campaigns.iter().find(|c| c.id == id.get_value()).map(|c| Campaign { stakeholders: vec![], changes: vec![], ..c.clone() })
        })
    });
    let closing = RwSignal::new(false);
    view! {
        <BackLink />
        <Show when=move || exists.get() fallback=move || view! {
            <h1 id="portfolio-title">{t(K::PfNoSuchCampaign)}</h1>
            <p>{t(K::PfNoSuchCampaignHint)}</p>
        }>
            <div class="area-head">
                <h1 id="portfolio-title">{move || core.get().map(|c| c.name).unwrap_or_default()}</h1>
                {move || core.get().map(|c| view! { <span class=format!("badge phase-{}", c.phase.code())>{t(phase_key(c.phase))}</span> })}
                <div class="sprint-bar">
                    <Show when=move || core.with(|c| c.as_ref().is_some_and(|c| c.phase != Phase::Closed))>
                        <button on:click=move |_| closing.set(true)>{t(K::PfCloseCampaign)}</button>
                    </Show>
                    <DeleteCampaign id=id.get_value() />
                </div>
            </div>
            <p class="campaign-links">
                <a href=move || href_with(Area::Milestones, &[("view", "list"), ("campaign", id.get_value().as_str())])>{t(K::PfItsMilestones)}</a>
                " · "
                <a href=href_with(Area::Milestones, &[("view", "timeline")])>{t(K::PfOnTimeline)}</a>
            </p>
            <ScoreExplained id=id.get_value() />
            {move || core.get().map(|c| view! { <CampaignForm campaign=Some(c) /> })}
            <Stakeholders id=id.get_value() />
            <super::risks::CampaignRisks campaign=id.get_value() />
            <Changes id=id.get_value() />
            {move || closing.get().then(|| view! { <CloseDialog id=id.get_value() open=closing /> })}
        </Show>
    }
    .into_any()
}

#[component]
fn BackLink() -> impl IntoView {
    view! { <p class="back"><a href=href_with(Area::Portfolio, &[("view", "table")])>"← "{t(K::PfBackToCampaigns)}</a></p> }
}

/// Deleting asks first, and says what goes with the campaign.
#[component]
fn DeleteCampaign(id: Id) -> impl IntoView {
    let store = use_store();
    let asking = RwSignal::new(false);
    let id = StoredValue::new(id);
    let delete = move |_| {
        let Some(op) = store.ws.with_untracked(|w| crate::domain::portfolio_ops::delete_campaign(w, &id.get_value())) else { return };
        if store.dispatch(op) {
            store.notify(store.t(K::PfDeleted).to_string(), true);
            let _ = window().location().set_hash(&href_with(Area::Portfolio, &[("view", "table")]));
        }
    };
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Escape takes the question back, from it or from its button.
    let escape = move |e: leptos::ev::KeyboardEvent| {
        if e.key() == "Escape" && asking.get_untracked() {
            asking.set(false);
            if let Some(b) = toggle.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    // The question takes the focus, on its harmless answer: a keyboard or
    // screen-reader user is in it at once, and Enter does not delete.
    let cancel = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = cancel.get() {
            let _ = b.focus();
        }
    });
    let take_back = move |_| {
        asking.set(false);
        if let Some(b) = toggle.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <button class="ghost danger" node_ref=toggle on:click=move |_| asking.set(true) on:keydown=escape aria-expanded=move || asking.get().to_string()>{t(K::PfDeleteCampaign)}</button>
        <Show when=move || asking.get()>
            <div class="confirm card" role="alertdialog" aria-labelledby="del-q" on:keydown=escape>
                <p id="del-q">{t(K::PfDeleteQuestion)}</p>
                <button class="danger" on:click=delete>{t(K::PfDeleteConfirm)}</button>
                <button class="ghost" node_ref=cancel on:click=take_back>{t(K::Cancel)}</button>
            </div>
        </Show>
    }
}

/// The campaign's score and the points each criterion gave it.
#[component]
fn ScoreExplained(id: Id) -> impl IntoView {
    let store = use_store();
    let scores = expect_context::<Scores>().0;
    let id = StoredValue::new(id);
    let rows = Memo::new(move |_| {
        let i = store.ws.with(|w| w.campaigns.iter().position(|c| c.id == id.get_value()))?;
        let s = scores.with(|s| s.get(i).cloned())?;
        let names = store.ws.with(|w| w.settings.scoring.iter().map(|k| (k.id.clone(), k.name.clone())).collect::<Vec<_>>());
        Some((s, names))
    });
    view! {
        {move || rows.get().map(|(s, names)| {
            let lang = store.lang.get();
            view! {
                <section class="card score-card" aria-labelledby="score-h">
                    <h2 id="score-h">{trf(lang, K::PfScoreOf, &[("score", &number((s.total * 10.0).round() / 10.0))])}</h2>
                    <ul class="contrib">
                        {names.into_iter().zip(s.parts).map(|((kid, name), pts)| {
                            let label = super::scoring::criterion_name(lang, &kid, &name);
                            view! {
                                <li>
                                    <span class="contrib-name">{label}</span>
                                    <span class="bar" aria-hidden="true"><span style=format!("width:{:.1}%", pts.clamp(0.0, 100.0))></span></span>
                                    <span class="contrib-pts">{trf(lang, K::PfPoints, &[("n", &number((pts * 10.0).round() / 10.0))])}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })}
    }
}

fn num_value(text: &str, min: f64, max: f64) -> Option<f64> {
    crate::ui::widgets::typed_number(text, min, max, false).ok().flatten()
}

const MAX_MONEY: f64 = 1e11;

#[component]
fn CampaignForm(campaign: Option<Campaign>) -> impl IntoView {
    let store = use_store();
    let is_new = campaign.is_none();
    let c = campaign.unwrap_or_else(|| Campaign::new(Id(String::new()), ""));
    let p = if is_new { "new-campaign".to_string() } else { format!("campaign-{}", c.id) };
    let name = RwSignal::new(c.name.clone());
    let owner = RwSignal::new(c.owner.clone());
    let start = RwSignal::new(c.start.map(|d| d.to_string()).unwrap_or_default());
    let end = RwSignal::new(c.end.map(|d| d.to_string()).unwrap_or_default());
    let phase = RwSignal::new(c.phase);
    let channels = RwSignal::new(c.channels.clone());
    let smart = [
        (K::SmartSpecific, "specific", RwSignal::new(c.smart.specific.clone())),
        (K::SmartMeasurable, "measurable", RwSignal::new(c.smart.measurable.clone())),
        (K::SmartAchievable, "achievable", RwSignal::new(c.smart.achievable.clone())),
        (K::SmartRelevant, "relevant", RwSignal::new(c.smart.relevant.clone())),
        (K::SmartTimeBound, "time_bound", RwSignal::new(c.smart.time_bound.clone())),
    ];
    let align = [
        (K::AlAwareness, RwSignal::new(c.alignment.awareness)),
        (K::AlAcquisition, RwSignal::new(c.alignment.acquisition)),
        (K::AlRetention, RwSignal::new(c.alignment.retention)),
    ];
    // Ratings of the typed criteria, as text, by criterion id.
    let criteria = store.ws.with_untracked(|w| w.settings.scoring.clone());
    let ratings: Vec<(crate::domain::ScoreCriterion, RwSignal<String>)> = criteria
        .into_iter()
        .filter(|k| matches!(k.source, ScoreSource::Rating | ScoreSource::Amount))
        .map(|k| {
            let v = c.ratings.get(&k.id).map(|v| number(*v)).unwrap_or_default();
            (k, RwSignal::new(v))
        })
        .collect();
    // Budget lines for every channel (shown for the chosen ones).
    let budget: Vec<(Channel, RwSignal<String>, RwSignal<String>)> = Channel::ALL
        .into_iter()
        .map(|ch| {
            let line = c.budget.iter().find(|b| b.channel == ch);
            (ch, RwSignal::new(line.map(|b| number(b.planned)).unwrap_or_default()), RwSignal::new(line.map(|b| number(b.spent)).unwrap_or_default()))
        })
        .collect();
    // Skill demand: the workspace's skills plus any the campaign already has.
    let mut skill_names = store.ws.with_untracked(|w| w.settings.skills.clone());
    for s in &c.skills {
        if !skill_names.iter().any(|x| x.eq_ignore_ascii_case(&s.skill)) {
            skill_names.push(s.skill.clone());
        }
    }
    let skills: Vec<(String, RwSignal<String>)> = skill_names
        .into_iter()
        .map(|s| {
            let h = c.skills.iter().find(|x| x.skill.eq_ignore_ascii_case(&s)).map(|x| number(x.hours)).unwrap_or_default();
            (s, RwSignal::new(h))
        })
        .collect();
    let tried = RwSignal::new(false);
    let original = StoredValue::new(c.clone());
    let ratings_s = StoredValue::new(ratings.clone());
    let revenue = RwSignal::new(c.revenue.map(number).unwrap_or_default());
    let budget_s = StoredValue::new(budget.clone());
    let skills_s = StoredValue::new(skills.clone());
    let closing = RwSignal::new(None::<Id>);

    let name_missing = move || tried.get() && name.with(|n| n.trim().is_empty());
    let dates_reversed = move || matches!((date::parse(&start.get()), date::parse(&end.get())), (Some(a), Some(b)) if b < a);
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        let lang = store.lang.get_untracked();
        let bad_rating = ratings_s.with_value(|r| {
            r.iter().any(|(k, v)| num_error(lang, &v.get_untracked(), 0.0, if k.source == ScoreSource::Rating { 5.0 } else { MAX_MONEY }).is_some())
        });
        let bad_budget = budget_s.with_value(|b| {
            b.iter().any(|(_, pl, sp)| num_error(lang, &pl.get_untracked(), 0.0, MAX_MONEY).is_some() || num_error(lang, &sp.get_untracked(), 0.0, MAX_MONEY).is_some())
        });
        let bad_skill = skills_s.with_value(|s| s.iter().any(|(_, h)| num_error(lang, &h.get_untracked(), 0.0, 168.0).is_some()));
        let bad_revenue = num_error(lang, &revenue.get_untracked(), 0.0, MAX_MONEY).is_some();
        if name.with_untracked(|n| n.trim().is_empty()) || dates_reversed() || bad_rating || bad_budget || bad_skill || bad_revenue {
            if let Some(el) = document().query_selector("[aria-invalid=true], .field-error").ok().flatten() {
                el.scroll_into_view();
            }
            return;
        }
        let chosen = channels.get_untracked();
        let mut rec = original.get_value();
        if is_new {
            rec.id = browser::new_id("cp");
        } else if let Some(cur) = super::campaign_now(&rec.id) {
            rec = cur;
        }
        rec.name = name.get_untracked().trim().to_string();
        rec.owner = owner.get_untracked().trim().to_string();
        rec.start = date::parse(&start.get_untracked());
        rec.end = date::parse(&end.get_untracked());
        let new_phase = phase.get_untracked();
        let to_close = new_phase == Phase::Closed && rec.phase != Phase::Closed;
        if !to_close {
            rec.phase = new_phase;
        }
        rec.channels = Channel::ALL.into_iter().filter(|c| chosen.contains(c)).collect();
        rec.smart = Smart {
            specific: smart[0].2.get_untracked().trim().to_string(),
            measurable: smart[1].2.get_untracked().trim().to_string(),
            achievable: smart[2].2.get_untracked().trim().to_string(),
            relevant: smart[3].2.get_untracked().trim().to_string(),
            time_bound: smart[4].2.get_untracked().trim().to_string(),
        };
        rec.alignment = Alignment { awareness: align[0].1.get_untracked(), acquisition: align[1].1.get_untracked(), retention: align[2].1.get_untracked() };
        ratings_s.with_value(|r| {
            for (k, v) in r {
                match num_value(&v.get_untracked(), 0.0, MAX_MONEY) {
                    Some(x) => rec.ratings.insert(k.id.clone(), x),
                    None => rec.ratings.remove(&k.id),
                };
            }
        });
        // A budget line is kept for a chosen channel, or for any channel
        // that already has money spent (spend cannot vanish by unticking).
        rec.budget = budget_s.with_value(|b| {
            b.iter()
                .filter_map(|(ch, pl, sp)| {
                    let planned = num_value(&pl.get_untracked(), 0.0, MAX_MONEY).unwrap_or(0.0);
                    let spent = num_value(&sp.get_untracked(), 0.0, MAX_MONEY).unwrap_or(0.0);
                    ((chosen.contains(ch) && (planned > 0.0 || spent > 0.0)) || spent > 0.0).then_some(ChannelBudget { channel: *ch, planned, spent })
                })
                .collect()
        });
        rec.revenue = num_value(&revenue.get_untracked(), 0.0, MAX_MONEY);
        rec.skills = skills_s.with_value(|s| {
            s.iter()
                .filter_map(|(name, h)| num_value(&h.get_untracked(), 0.0, 168.0).filter(|h| *h > 0.0).map(|hours| SkillHours { skill: name.clone(), hours }))
                .collect()
        });
        let id = rec.id.clone();
        let op = if is_new {
            Op::Insert { at: store.ws.with_untracked(|w| w.campaigns.len()), record: Record::Campaign(rec) }
        } else {
            Op::Replace(Record::Campaign(rec))
        };
        if store.dispatch(op) {
            store.notify(store.t(K::PfSaved).to_string(), true);
            if is_new {
                super::open_campaign(&id);
            }
            if to_close {
                closing.set(Some(id));
            }
        }
    };

    let p2 = p.clone();
    let currency = move || store.ws.with(|w| w.settings.currency.clone());
    let team_names = Memo::new(move |_| store.ws.with(|w| w.team.iter().map(|m| m.name.clone()).collect::<Vec<_>>()));
    view! {
        <form class="campaign-form" on:submit=save novalidate>
            <fieldset class="card">
                <legend>{t(K::PfFacts)}</legend>
                <div class="row wrap">
                    <div class="field grow">
                        <label for=format!("{p}-name")>{t(K::PfName)}</label>
                        <input type="text" id=format!("{p}-name") prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))
                            aria-invalid=move || name_missing().to_string() required />
                        <Show when=name_missing><span class="field-error" role="alert">{t(K::PfNameRequired)}</span></Show>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-owner")>{t(K::PfOwner)}</label>
                        <input type="text" id=format!("{p}-owner") list=format!("{p}-people") prop:value=move || owner.get() on:input=move |e| owner.set(event_target_value(&e)) />
                        <datalist id=format!("{p}-people")>{move || team_names.get().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}</datalist>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-phase")>{t(K::PfPhase)}</label>
                        <select id=format!("{p}-phase") prop:value=move || phase.get().code().to_string()
                            on:change=move |e| { let v = event_target_value(&e); if let Some(ph) = Phase::ALL.into_iter().find(|x| x.code() == v) { phase.set(ph); } }>
                            {Phase::ALL.into_iter().map(|ph| view! { <option value=ph.code() selected=ph == c.phase>{t(phase_key(ph))}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-start")>{t(K::PfStart)}</label>
                        <input id=format!("{p}-start") type="date" prop:value=move || start.get() on:input=move |e| start.set(event_target_value(&e)) />
                    </div>
                    <div class="field">
                        <label for=format!("{p}-end")>{t(K::PfEnd)}</label>
                        <input id=format!("{p}-end") type="date" prop:value=move || end.get() on:input=move |e| end.set(event_target_value(&e))
                            aria-invalid=move || dates_reversed().to_string() />
                        <Show when=dates_reversed><span class="field-error" role="alert">{t(K::PfEndBeforeStart)}</span></Show>
                    </div>
                </div>
                <fieldset class="checks">
                    <legend>{t(K::PfChannels)}</legend>
                    {Channel::ALL.into_iter().map(|ch| {
                        let cid = format!("{p2}-ch-{}", ch.code());
                        let cid2 = cid.clone();
                        view! {
                            <label class="check" for=cid2>
                                <input type="checkbox" id=cid prop:checked=move || channels.with(|c| c.contains(&ch))
                                    on:change=move |e| { let on = event_target_checked(&e); channels.update(|c| { c.retain(|x| *x != ch); if on { c.push(ch); } }); } />
                                {t(channel_key(ch))}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </fieldset>
            <LessonsForChannels channels=channels.into() />
            <fieldset class="card smart">
                <legend>{t(K::PfSmart)}</legend>
                {smart.iter().map(|(k, code, sig)| {
                    let sig = *sig;
                    let fid = format!("{}-smart-{code}", p.clone());
                    view! {
                        <div class="field">
                            <label for=fid.clone()>{t(*k)}</label>
                            <textarea id=fid rows="2" prop:value=move || sig.get() on:input=move |e| sig.set(event_target_value(&e))></textarea>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="card">
                <legend>{t(K::PfAlignmentAndRatings)}</legend>
                <p class="hint">{t(K::PfRatingsHint)}</p>
                <div class="row wrap">
                    {align.iter().map(|(k, sig)| {
                        let sig = *sig;
                        let fid = format!("{}-al-{:?}", p.clone(), k).to_lowercase();
                        view! {
                            <div class="field">
                                <label for=fid.clone()>{t(*k)}</label>
                                <select id=fid prop:value=move || sig.get().to_string() on:change=move |e| sig.set(event_target_value(&e).parse().unwrap_or(0))>
                                    {(0..=5u8).map(|v| view! { <option value=v.to_string() selected=v == sig.get_untracked()>{v.to_string()}</option> }).collect_view()}
                                </select>
                            </div>
                        }
                    }).collect_view()}
                    {ratings.into_iter().map(|(k, sig)| {
                        let fid = format!("{}-rate-{}", p.clone(), k.id);
                        let label = Signal::derive(move || {
                            let lang = store.lang.get();
                            let name = super::scoring::criterion_name(lang, &k.id, &k.name);
                            match k.source {
                                ScoreSource::Rating => trf(lang, K::PfRatingOf, &[("name", &name)]),
                                _ => name,
                            }
                        });
                        let max = if k.source == ScoreSource::Rating { 5.0 } else { MAX_MONEY };
                        view! { <Num id=fid label=label value=sig min=0.0 max=max /> }
                    }).collect_view()}
                </div>
                <Num id=format!("{p}-revenue") label=Signal::derive(move || trf(store.lang.get(), K::PfRevenue, &[("currency", &currency())])) value=revenue min=0.0 max=MAX_MONEY />
                <p class="hint">{t(K::PfRevenueHint)}</p>
            </fieldset>
            <fieldset class="card">
                <legend>{move || trf(store.lang.get(), K::PfBudgetIn, &[("currency", &currency())])}</legend>
                <Show when=move || channels.with(Vec::is_empty)><p class="hint">{t(K::PfPickChannels)}</p></Show>
                <div class="budget-lines">
                    {budget.into_iter().map(|(ch, pl, sp)| {
                        let base = format!("{}-budget-{}", p.clone(), ch.code());
                        let has_spend = num_value(&sp.get_untracked(), 0.0, f64::MAX).is_some_and(|v| v > 0.0);
                        view! {
                            <Show when=move || has_spend || channels.with(|c| c.contains(&ch))>
                                <div class="row budget-line">
                                    <span class="budget-ch">{t(channel_key(ch))}</span>
                                    <Num id=format!("{base}-planned") label=Signal::derive(move || trf(store.lang.get(), K::PfPlannedFor, &[("channel", tr(store.lang.get(), channel_key(ch)))])) value=pl min=0.0 max=MAX_MONEY />
                                    <Num id=format!("{base}-spent") label=Signal::derive(move || trf(store.lang.get(), K::PfSpentFor, &[("channel", tr(store.lang.get(), channel_key(ch)))])) value=sp min=0.0 max=MAX_MONEY />
                                </div>
                            </Show>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset class="card">
                <legend>{t(K::PfSkillDemand)}</legend>
                <div class="row wrap">
                    {skills.into_iter().map(|(s, h)| {
                        let fid = format!("{}-skill-{}", p.clone(), s.to_lowercase().replace(' ', "-"));
                        let s2 = s.clone();
                        let label = Signal::derive(move || trf(store.lang.get(), K::PfHoursOf, &[("skill", &s2)]));
                        view! { <Num id=fid label=label value=h min=0.0 max=168.0 /> }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="row form-actions">
                <button type="submit" class="primary">{move || if is_new { store.t(K::PfCreate) } else { store.t(K::PfSave) }}</button>
            </div>
        </form>
        {move || closing.get().map(|id| view! { <CloseDialog id=id open=RwSignal::new(true) /> })}
    }
}

/// Lessons other campaigns left on the channels ticked in the form, shown
/// while the form is filled in (before anything is saved).
#[component]
fn LessonsForChannels(channels: Signal<Vec<Channel>>) -> impl IntoView {
    let store = use_store();
    let found = Memo::new(move |_| {
        let chosen = channels.get();
        store.ws.with(|w| lessons::for_channels(&w.lessons, &chosen).into_iter().cloned().collect::<Vec<_>>())
    });
    view! {
        <Show when=move || !found.with(Vec::is_empty)>
            <aside class="card lessons-hint" aria-labelledby="lessons-hint-h">
                <h2 id="lessons-hint-h">{t(K::PfLessonsForChannels)}</h2>
                <ul>
                    {move || found.get().into_iter().map(|l| super::lessons::lesson_view(store, l)).collect_view()}
                </ul>
            </aside>
        </Show>
    }
}

/// Closing a campaign asks what it taught.
#[component]
pub fn CloseDialog(id: Id, open: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let worked = RwSignal::new(String::new());
    let change_txt = RwSignal::new(String::new());
    let tags = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let closed = RwSignal::new(false);
    let id = StoredValue::new(id);
    let name = StoredValue::new(store.ws.with_untracked(|w| w.campaigns.iter().find(|c| c.id == id.get_value()).map(|c| c.name.clone()).unwrap_or_default()));
    let empty = move || tried.get() && worked.with(|w| w.trim().is_empty()) && change_txt.with(|c| c.trim().is_empty());
    let cancel = move || {
        closed.set(true);
        open.set(false);
    };
    // The dialog takes the focus; the page behind waits for an answer.
    request_animation_frame(|| {
        if let Some(el) = document().get_element_by_id("lesson-worked") {
            use wasm_bindgen::JsCast;
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        if worked.with_untracked(|w| w.trim().is_empty()) && change_txt.with_untracked(|c| c.trim().is_empty()) {
            return;
        }
        let Some(mut c) = super::campaign_now(&id.get_value()) else { return };
        let lesson = lessons::lesson_from(&c, browser::new_id("ls"), browser::today(), worked.get_untracked().trim(), change_txt.get_untracked().trim(), &fields::tags(&tags.get_untracked()));
        c.phase = Phase::Closed;
        let at = store.ws.with_untracked(|w| w.lessons.len());
        if store.dispatch(Op::Batch(vec![Op::Replace(Record::Campaign(c)), Op::Insert { at, record: Record::Lesson(lesson) }])) {
            store.notify(store.t(K::PfClosedWithLessons).to_string(), true);
            cancel();
        }
    };
    view! {
        <Show when=move || !closed.get()>
            <Modal labelled_by="close-h" on_cancel=Callback::new(move |()| cancel())>
                <form on:submit=submit>
                    <h2 id="close-h">{move || trf(store.lang.get(), K::PfCloseTitle, &[("name", &name.get_value())])}</h2>
                    <p class="hint">{t(K::PfCloseHint)}</p>
                    <div class="field">
                        <label for="lesson-worked">{t(K::PfLessonWorked)}</label>
                        <textarea id="lesson-worked" rows="3" prop:value=move || worked.get() on:input=move |e| worked.set(event_target_value(&e))></textarea>
                    </div>
                    <div class="field">
                        <label for="lesson-change">{t(K::PfLessonChange)}</label>
                        <textarea id="lesson-change" rows="3" prop:value=move || change_txt.get() on:input=move |e| change_txt.set(event_target_value(&e))></textarea>
                    </div>
                    <div class="field">
                        <label for="lesson-tags">{t(K::PfLessonTags)}</label>
                        <input type="text" id="lesson-tags" prop:value=move || tags.get() on:input=move |e| tags.set(event_target_value(&e)) />
                    </div>
                    <Show when=empty><p class="field-error" role="alert">{t(K::PfLessonRequired)}</p></Show>
                    <div class="row">
                        <button type="submit" class="primary">{t(K::PfCloseWithLessons)}</button>
                        <button type="button" class="ghost" on:click=move |_| cancel()>{t(K::Cancel)}</button>
                    </div>
                </form>
            </Modal>
        </Show>
    }
}

/// Internal and external stakeholders: who has a say, and how much.
#[component]
fn Stakeholders(id: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    let list = Memo::new(move |_| store.ws.with(|w| w.campaigns.iter().find(|c| c.id == id.get_value()).map(|c| c.stakeholders.clone()).unwrap_or_default()));
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let external = RwSignal::new(false);
    let influence = RwSignal::new(3u8);
    let interest = RwSignal::new(3u8);
    let tried = RwSignal::new(false);
    let update = move |f: &dyn Fn(&mut Vec<Stakeholder>)| super::edit_campaign(&id.get_value(), |c| f(&mut c.stakeholders));
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            return;
        }
        let s = Stakeholder { name: n, external: external.get_untracked(), role: role.get_untracked().trim().to_string(), influence: influence.get_untracked(), interest: interest.get_untracked() };
        if update(&|v| v.push(s.clone())) {
            name.set(String::new());
            role.set(String::new());
            tried.set(false);
        }
    };
    let scale = |sig: RwSignal<u8>, fid: &'static str, k: K| {
        view! {
            <div class="field">
                <label for=fid>{t(k)}</label>
                <select id=fid prop:value=move || sig.get().to_string() on:change=move |e| sig.set(event_target_value(&e).parse().unwrap_or(3))>
                    {(1..=5u8).map(|v| view! { <option value=v.to_string() selected=v == 3>{v.to_string()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section class="card" aria-labelledby="sh-h">
            <h2 id="sh-h">{t(K::PfStakeholders)}</h2>
            <Show when=move || !list.with(Vec::is_empty) fallback=move || view! { <p class="hint">{t(K::PfNoStakeholders)}</p> }>
                <table class="data">
                    <thead><tr><th scope="col">{t(K::PfName)}</th><th scope="col">{t(K::PfRole)}</th><th scope="col">{t(K::PfSide)}</th><th scope="col">{t(K::PfInfluence)}</th><th scope="col">{t(K::PfInterest)}</th><th scope="col"><span class="visually-hidden">{t(K::Actions)}</span></th></tr></thead>
                    <tbody>
                        {move || list.get().into_iter().enumerate().map(|(i, s)| {
                            let n = s.name.clone();
                            view! {
                                <tr>
                                    <th scope="row">{s.name.clone()}</th>
                                    <td>{s.role.clone()}</td>
                                    <td>{t(if s.external { K::PfExternal } else { K::PfInternal })}</td>
                                    <td>{s.influence}</td>
                                    <td>{s.interest}</td>
                                    <td><button class="ghost danger" on:click=move |_| { update(&|v| { if i < v.len() { v.remove(i); } }); } data-name=n.clone()>
                                        {t(K::Delete)}</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
            <form class="row wrap add-row" on:submit=add novalidate>
                <div class="field">
                    <label for="sh-name">{t(K::PfStakeholderName)}</label>
                    <input type="text" id="sh-name" prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e)) aria-invalid=move || (tried.get() && name.with(|n| n.trim().is_empty())).to_string() />
                    <Show when=move || tried.get() && name.with(|n| n.trim().is_empty())><span class="field-error" role="alert">{t(K::PfNameRequired)}</span></Show>
                </div>
                <div class="field">
                    <label for="sh-role">{t(K::PfRole)}</label>
                    <input type="text" id="sh-role" prop:value=move || role.get() on:input=move |e| role.set(event_target_value(&e)) />
                </div>
                <label class="check" for="sh-ext">
                    <input type="checkbox" id="sh-ext" prop:checked=move || external.get() on:change=move |e| external.set(event_target_checked(&e)) />
                    {t(K::PfExternal)}
                </label>
                {scale(influence, "sh-influence", K::PfInfluence)}
                {scale(interest, "sh-interest", K::PfInterest)}
                <button type="submit">{t(K::PfAddStakeholder)}</button>
            </form>
        </section>
    }
}

/// Change requests: scope creep made visible, each decision undoable.
#[component]
fn Changes(id: Id) -> impl IntoView {
    let store = use_store();
    let id = StoredValue::new(id);
    let camp = Memo::new(move |_| store.ws.with(|w| w.campaigns.iter().find(|c| c.id == id.get_value()).map(|c| (c.changes.clone(), change::creep(c), c.end))));
    let requester = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let days = RwSignal::new(String::new());
    let budget = RwSignal::new(String::new());
    let channel = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let chans = Memo::new(move |_| store.ws.with(|w| w.campaigns.iter().find(|c| c.id == id.get_value()).map(|c| c.channels.clone()).unwrap_or_default()));
    let days_err = move || num_error(store.lang.get(), &days.get(), -3650.0, 3650.0).or_else(|| {
        num_value(&days.get(), -3650.0, 3650.0).filter(|d| d.fract() != 0.0).map(|_| store.t(K::ErrNotWhole).to_string())
    });
    let budget_err = move || num_error(store.lang.get(), &budget.get(), -MAX_MONEY, MAX_MONEY);
    let desc_missing = move || tried.get() && description.with(|d| d.trim().is_empty());
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        if description.with_untracked(|d| d.trim().is_empty()) || days_err().is_some() || budget_err().is_some() {
            return;
        }
        let ch = channel.get_untracked();
        let request = ChangeRequest {
            id: browser::new_id("cr"),
            requester: requester.get_untracked().trim().to_string(),
            description: description.get_untracked().trim().to_string(),
            requested_on: browser::today(),
            days: num_value(&days.get_untracked(), -3650.0, 3650.0).unwrap_or(0.0) as i32,
            budget: num_value(&budget.get_untracked(), -MAX_MONEY, MAX_MONEY).unwrap_or(0.0),
            channel: Channel::ALL.into_iter().find(|x| x.code() == ch),
            status: ChangeStatus::Requested,
            decided_on: None,
            reason: String::new(),
        };
        if super::edit_campaign(&id.get_value(), |c| c.changes.push(request)) {
            requester.set(String::new());
            description.set(String::new());
            days.set(String::new());
            budget.set(String::new());
            tried.set(false);
        }
    };
    view! {
        <section class="card changes" aria-labelledby="cr-h">
            <h2 id="cr-h">{t(K::PfChanges)}</h2>
            {move || camp.get().map(|(list, creep, _)| {
                let lang = store.lang.get();
                let nonempty = !list.is_empty();
                view! {
                    <p class="creep" role="status">{trf(lang, K::PfCreep, &[
                        ("approved", &creep.approved.to_string()), ("pending", &creep.pending.to_string()), ("rejected", &creep.rejected.to_string()),
                        ("days", &format!("{:+}", creep.days)), ("budget", &store.ws.with_untracked(|w| crate::i18n::money(lang, creep.budget, &w.settings.currency))),
                    ])}</p>
                    <Show when=move || nonempty fallback=move || view! { <p class="hint">{t(K::PfNoChanges)}</p> }>
                        <ol class="change-log">
                            {list.iter().cloned().map(|r| view! { <ChangeRow id=id.get_value() request=r /> }).collect_view()}
                        </ol>
                    </Show>
                }
            })}
            <form class="add-change" on:submit=add novalidate>
                <h3>{t(K::PfNewChange)}</h3>
                <div class="row wrap">
                    <div class="field">
                        <label for="cr-requester">{t(K::PfRequester)}</label>
                        <input type="text" id="cr-requester" prop:value=move || requester.get() on:input=move |e| requester.set(event_target_value(&e)) />
                    </div>
                    <div class="field grow">
                        <label for="cr-description">{t(K::PfChangeDescription)}</label>
                        <input type="text" id="cr-description" prop:value=move || description.get() on:input=move |e| description.set(event_target_value(&e)) aria-invalid=move || desc_missing().to_string() />
                        <Show when=desc_missing><span class="field-error" role="alert">{t(K::PfDescriptionRequired)}</span></Show>
                    </div>
                    <div class="field num">
                        <label for="cr-days">{t(K::PfImpactDays)}</label>
                        <input type="text" id="cr-days" inputmode="numeric" prop:value=move || days.get() on:input=move |e| days.set(event_target_value(&e)) aria-invalid=move || days_err().is_some().to_string() />
                        {move || days_err().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                    </div>
                    <div class="field num">
                        <label for="cr-budget">{t(K::PfImpactBudget)}</label>
                        <input type="text" id="cr-budget" inputmode="decimal" prop:value=move || budget.get() on:input=move |e| budget.set(event_target_value(&e)) aria-invalid=move || budget_err().is_some().to_string() />
                        {move || budget_err().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                    </div>
                    <div class="field">
                        <label for="cr-channel">{t(K::PfImpactChannel)}</label>
                        <select id="cr-channel" prop:value=move || channel.get() on:change=move |e| channel.set(event_target_value(&e))>
                            <option value="">{t(K::PfFirstChannel)}</option>
                            {move || chans.get().into_iter().map(|ch| view! { <option value=ch.code()>{t(channel_key(ch))}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="submit">{t(K::PfAddChange)}</button>
            </form>
        </section>
    }
}

#[component]
fn ChangeRow(id: Id, request: ChangeRequest) -> impl IntoView {
    let store = use_store();
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<K>);
    let rid = StoredValue::new(request.id.clone());
    let cid = StoredValue::new(id);
    let decide = move |approve: bool| {
        let Some(c) = super::campaign_now(&cid.get_value()) else { return };
        let r = reason.get_untracked();
        let result = if approve { change::approve(&c, &rid.get_value(), browser::today(), &r) } else { change::reject(&c, &rid.get_value(), browser::today(), &r) };
        match result {
            Ok(next) => {
                problem.set(None);
                if store.dispatch(Op::Replace(Record::Campaign(next))) {
                    store.notify(store.t(if approve { K::PfApproved } else { K::PfRejected }).to_string(), true);
                }
            }
            Err(p) => problem.set(Some(match p {
                change::ChangeProblem::ReasonRequired => K::PfReasonRequired,
                change::ChangeProblem::EndBeforeStart => K::PfChangeEndBeforeStart,
                change::ChangeProblem::BudgetBelowZero => K::PfChangeBudgetBelowZero,
                change::ChangeProblem::AlreadyDecided | change::ChangeProblem::NotFound => K::PfAlreadyDecided,
            })),
        }
    };
    let r = request.clone();
    let status_key = match r.status {
        ChangeStatus::Requested => K::PfStatusRequested,
        ChangeStatus::Approved => K::PfStatusApproved,
        ChangeStatus::Rejected => K::PfStatusRejected,
    };
    let fid = format!("reason-{}", r.id);
    let (what, what2) = (r.description.clone(), r.description.clone());
    view! {
        <li class=format!("change card status-{:?}", r.status).to_lowercase()>
            <p class="change-head">
                <strong>{r.description.clone()}</strong>
                " "<span class="badge">{t(status_key)}</span>
            </p>
            <p class="hint">{move || {
                let lang = store.lang.get();
                let mut s = trf(lang, K::PfRequestedBy, &[("who", if r.requester.is_empty() { "—" } else { &r.requester }), ("date", &date::format(r.requested_on))]);
                s.push_str(" · ");
                s.push_str(&trf(lang, K::PfImpact, &[("days", &format!("{:+}", r.days)), ("budget", &format!("{}{}", if r.budget > 0.0 { "+" } else { "" }, store.ws.with_untracked(|w| crate::i18n::money(lang, r.budget, &w.settings.currency))))]));
                if let Some(d) = r.decided_on {
                    s.push_str(" · ");
                    s.push_str(&trf(lang, K::PfDecidedOn, &[("date", &date::format(d))]));
                }
                if !r.reason.is_empty() {
                    s.push_str(" · ");
                    s.push_str(&r.reason);
                }
                s
            }}</p>
            {(request.status == ChangeStatus::Requested).then(|| view! {
                <div class="row decide">
                    <div class="field grow">
                        <label for=fid.clone()>{t(K::PfDecisionReason)}</label>
                        <input type="text" id=fid.clone() prop:value=move || reason.get() on:input=move |e| reason.set(event_target_value(&e))
                            aria-label=crate::ui::named(K::PfDecisionReason, what) />
                    </div>
                    <button class="primary" on:click=move |_| decide(true) data-name=request.description.clone()>{t(K::PfApprove)}</button>
                    <button on:click=move |_| decide(false) data-name=what2>{t(K::PfReject)}</button>
                </div>
                {move || problem.get().map(|k| view! { <p class="field-error" role="alert">{t(k)}</p> })}
            })}
        </li>
    }
}
