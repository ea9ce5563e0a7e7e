//! The team: who works here, their role, skills, weekly hours, hourly rate
//! and declared time off, which sprint capacity and the calendar use.
//! Removing someone who still has work asks where that work goes.

use crate::domain::ops::{Op, Record};
use crate::domain::sprint;
use crate::domain::{date, Id, TeamMember, TimeOff};
use crate::i18n::{number, tr, trf, K};
use crate::state::{browser, use_store};
use crate::ui::t;
use crate::ui::widgets::field_error;
use crate::ui::modal::Modal;
use leptos::prelude::*;

#[component]
pub fn Team() -> impl IntoView {
    let store = use_store();
    let members = Memo::new(move |_| store.ws.with(|w| w.team.clone()));
    let editing = RwSignal::new(None::<Id>);
    let removing = RwSignal::new(None::<Id>);
    view! {
        <div class="team">
            <MemberForm member=None editing=editing />
            <Show when=move || members.with(Vec::is_empty)><p class="empty">{t(K::NoMembers)}</p></Show>
            <ul class="members">
                <For each=move || members.get() key=|m| format!("{:?}", m) let:m>
                    {
                        let mid = m.id.clone();
                        let mid2 = m.id.clone();
                        let editing_me = Memo::new(move |_| editing.get().as_ref() == Some(&mid));
                        let m2 = m.clone();
                        view! {
                            <li class="member card">
                                <Show when=move || editing_me.get() fallback={
                                    let m = m2.clone();
                                    let id_edit = m.id.clone();
                                    let id_del = m.id.clone();
                                    let name = m.name.clone();
                                    let name2 = m.name.clone();
                                    move || view! {
                                        <div class="member-head">
                                            <h3>{m.name.clone()}</h3>
                                            <span class="role">{m.role.clone()}</span>
                                        </div>
                                        <p class="member-facts">
                                            {move || trf(store.lang.get(), K::MemberFacts, &[("hours", &number(m.weekly_hours)), ("rate", &number(m.hourly_rate)), ("currency", &store.ws.with(|w| w.settings.currency.clone()))])}
                                        </p>
                                        <p class="skills">{m.skills.iter().map(|s| view! { <span class="tag">{s.clone()}</span> }).collect_view()}</p>
                                        {(!m.time_off.is_empty()).then(|| view! {
                                            <p class="hint">{t(K::TimeOff)}": "{m.time_off.iter().map(|o| format!("{} ({} h)", date::format(o.date), number(o.hours))).collect::<Vec<_>>().join(", ")}</p>
                                        })}
                                        <div class="row">
                                            <button class="ghost" id=format!("edit-member-{}", m.id) on:click={ let i = id_edit.clone(); move |_| editing.set(Some(i.clone())) } data-name=name.clone()>
                                                {t(K::Edit)}
                                            </button>
                                            <button class="ghost danger" on:click={ let i = id_del.clone(); move |_| removing.set(Some(i.clone())) } data-name=name2.clone()>
                                                {t(K::Delete)}
                                            </button>
                                        </div>
                                    }
                                }>
                                    <MemberForm member=store.ws.with_untracked(|w| w.team.iter().find(|x| x.id == mid2).cloned()) editing=editing />
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || removing.get().map(|id| view! { <RemoveMember id=id removing=removing /> })}
        </div>
    }
}

#[component]
fn MemberForm(member: Option<TeamMember>, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let store = use_store();
    let is_new = member.is_none();
    let m = member.unwrap_or(TeamMember { id: Id(String::new()), name: String::new(), role: String::new(), skills: vec![], weekly_hours: 35.0, hourly_rate: 0.0, time_off: vec![] });
    let p = if is_new { "new-member".to_string() } else { format!("member-{}", m.id) };
    let name = RwSignal::new(m.name.clone());
    let role = RwSignal::new(m.role.clone());
    let hours = RwSignal::new(number(m.weekly_hours));
    let rate = RwSignal::new(number(m.hourly_rate));
    let skills = RwSignal::new(m.skills.clone());
    let time_off = RwSignal::new(m.time_off.clone());
    let off_date = RwSignal::new(String::new());
    // A day off is a working day unless said otherwise: 6.4 h for 32 h a week.
    let off_hours = RwSignal::new(number(sprint::daily_hours(m.weekly_hours)));
    let off_error = RwSignal::new(None::<String>);
    let tried = RwSignal::new(false);
    let hours_err = move || crate::ui::widgets::num_error(store.lang.get(), &hours.get(), 0.0, 168.0);
    // The most a day off takes from this member's capacity, when the hours
    // typed are more than that (with the weekly hours as typed, if valid).
    let (stored_weekly, stored_rate) = (m.weekly_hours, m.hourly_rate);
    let weekly_now = move || crate::ui::widgets::typed_number(&hours.get(), 0.0, 168.0, false).ok().flatten().unwrap_or(stored_weekly);
    let off_cap = move || {
        let h = crate::ui::widgets::typed_number(&off_hours.get(), 0.0, 24.0, true).ok().flatten()?;
        sprint::day_off_capped(weekly_now(), h)
    };
    let rate_err = move || crate::ui::widgets::num_error(store.lang.get(), &rate.get(), 0.0, 100_000.0);
    let name_err = move || tried.get() && name.with(|n| n.trim().is_empty());
    // The workspace's skills, plus any this person already has (an imported
    // file may use others): saving must never drop a skill silently.
    let own = m.skills.clone();
    let all_skills = Memo::new(move |_| {
        let mut list = store.ws.with(|w| w.settings.skills.clone());
        for s in &own {
            if !list.iter().any(|x| x.eq_ignore_ascii_case(s)) {
                list.push(s.clone());
            }
        }
        list
    });
    let id = StoredValue::new(m.id.clone());
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        tried.set(true);
        if name.with_untracked(|n| n.trim().is_empty()) || hours_err().is_some() || rate_err().is_some() {
            return;
        }
        let rec = TeamMember {
            id: if is_new { browser::new_id("tm") } else { id.get_value() },
            name: name.get_untracked().trim().to_string(),
            role: role.get_untracked().trim().to_string(),
            skills: skills.get_untracked(),
            weekly_hours: crate::ui::widgets::typed_number(&hours.get_untracked(), 0.0, 168.0, false).ok().flatten().unwrap_or(0.0),
            hourly_rate: crate::ui::widgets::typed_number(&rate.get_untracked(), 0.0, 100_000.0, false).ok().flatten().unwrap_or(0.0),
            time_off: time_off.get_untracked(),
        };
        let op = if is_new {
            Op::Insert { at: store.ws.with_untracked(|w| w.team.len()), record: Record::Member(rec) }
        } else {
            Op::Replace(Record::Member(rec))
        };
        if store.dispatch(op) {
            if is_new {
                // Back to a blank form: the next person's hours and rate
                // are theirs to type, not the last person's.
                name.set(String::new());
                role.set(String::new());
                hours.set(number(stored_weekly));
                rate.set(number(stored_rate));
                skills.set(vec![]);
                time_off.set(vec![]);
                tried.set(false);
            } else {
                editing.set(None);
            }
        }
    };
    let add_off = move |_| {
        let lang = store.lang.get_untracked();
        let Some(d) = date::parse(&off_date.get_untracked()) else {
            off_error.set(Some(tr(lang, K::ErrDateRequired).into()));
            return;
        };
        match crate::ui::widgets::typed_number(&off_hours.get_untracked(), 0.0, 24.0, true) {
            Ok(Some(h)) => {
                off_error.set(None);
                time_off.update(|v| {
                    v.retain(|o| o.date != d);
                    v.push(TimeOff { date: d, hours: h });
                    v.sort_by_key(|o| o.date);
                });
                off_date.set(String::new());
            }
            Ok(None) => off_error.set(Some(tr(lang, K::ErrNotANumber).into())),
            Err(e) => off_error.set(Some(field_error(lang, e))),
        }
    };
    let p2 = p.clone();
    let f = move |s: &str| format!("{p2}-{s}");
    view! {
        <form class=if is_new { "member-form add-item" } else { "member-form" } on:submit=save novalidate aria-label=move || store.t(if is_new { K::AddMember } else { K::EditMember })>
            {is_new.then(|| view! { <h2 class="full">{t(K::AddMember)}</h2> })}
            <div class="field grow">
                <label for=f("name")>{t(K::MemberName)}</label>
                <input id=f("name") type="text" autocomplete="off" prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))
                    aria-invalid=move || name_err().then_some("true") />
                <Show when=name_err><p class="field-error" role="alert">{t(K::NameRequired)}</p></Show>
            </div>
            <div class="field grow">
                <label for=f("role")>{t(K::Role)}</label>
                <input id=f("role") type="text" autocomplete="off" prop:value=move || role.get() on:input=move |e| role.set(event_target_value(&e)) />
            </div>
            <div class="field num">
                <label for=f("hours")>{t(K::WeeklyHours)}</label>
                <input id=f("hours") type="text" inputmode="decimal" prop:value=move || hours.get() on:input=move |e| hours.set(event_target_value(&e))
                    aria-invalid=move || hours_err().is_some().then_some("true") />
                {move || hours_err().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            </div>
            <div class="field num">
                <label for=f("rate")>{t(K::HourlyRate)}</label>
                <input id=f("rate") type="text" inputmode="decimal" prop:value=move || rate.get() on:input=move |e| rate.set(event_target_value(&e))
                    aria-invalid=move || rate_err().is_some().then_some("true") />
                {move || rate_err().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            </div>
            <fieldset class="full skills-pick">
                <legend>{t(K::Skills)}</legend>
                {move || all_skills.get().into_iter().map(|s| {
                    let s2 = s.clone();
                    let s3 = s.clone();
                    let cid = format!("{}-skill-{}", p, s);
                    let cid2 = cid.clone();
                    view! {
                        <label class="check" for=cid2>
                            <input id=cid type="checkbox" prop:checked=move || skills.with(|v| v.contains(&s2))
                                on:change=move |e| { let on = event_target_checked(&e); let s = s3.clone(); skills.update(|v| { v.retain(|x| x != &s); if on { v.push(s); } }); } />
                            {s.clone()}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            {(!is_new).then(|| view! {
                <fieldset class="full">
                    <legend>{t(K::TimeOff)}</legend>
                    <ul class="criteria">
                        {move || time_off.get().into_iter().map(|o| {
                            let d = o.date;
                            let counts = move || sprint::day_off_capped(weekly_now(), o.hours)
                                .map(|c| format!(" ({})", trf(store.lang.get(), K::OffCounts, &[("hours", &number(c))])));
                            view! { <li>{format!("{} · {} h", date::format(o.date), number(o.hours))}{counts}
                                <button type="button" class="icon-btn ghost" aria-label=move || format!("{} {}", store.t(K::Delete), date::format(d))
                                    on:click=move |_| time_off.update(|v| v.retain(|x| x.date != d))>"×"</button></li> }
                        }).collect_view()}
                    </ul>
                    <div class="row">
                        <div class="field">
                            <label for=f("off-date")>{t(K::OffDate)}</label>
                            <input id=f("off-date") type="date" prop:value=move || off_date.get() on:input=move |e| off_date.set(event_target_value(&e)) />
                        </div>
                        <div class="field num">
                            <label for=f("off-hours")>{t(K::OffHours)}</label>
                            <input id=f("off-hours") type="text" inputmode="decimal" prop:value=move || off_hours.get() on:input=move |e| off_hours.set(event_target_value(&e))
                                aria-describedby=f("off-cap") />
                            <p id=f("off-cap") class="hint" role="status">{move || off_cap().map(|c| trf(store.lang.get(), K::OffCapped, &[("hours", &number(c))]))}</p>
                        </div>
                        <button type="button" on:click=add_off>{t(K::AddTimeOff)}</button>
                    </div>
                    {move || off_error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                </fieldset>
            })}
            <div class="row full">
                <button type="submit" class="primary">{t(if is_new { K::AddMember } else { K::Save })}</button>
                {(!is_new).then(|| view! { <button type="button" on:click=move |_| editing.set(None)>{t(K::Cancel)}</button> })}
            </div>
        </form>
    }
}

/// Asks where a departing member's work goes, when they have any.
#[component]
fn RemoveMember(id: Id, removing: RwSignal<Option<Id>>) -> impl IntoView {
    let store = use_store();
    let (name, items, blocks, others) = store.ws.with_untracked(|w| {
        (
            w.team.iter().find(|m| m.id == id).map(|m| m.name.clone()).unwrap_or_default(),
            w.backlog.iter().filter(|i| i.assignee.as_ref() == Some(&id)).count(),
            w.time_blocks.iter().filter(|b| b.member == id).count(),
            w.team.iter().filter(|m| m.id != id).map(|m| (m.id.clone(), m.name.clone())).collect::<Vec<_>>(),
        )
    });
    let to = RwSignal::new(String::new());
    let id = StoredValue::new(id);
    let name_for_toast = name.clone();
    let remove = move || {
        let target = to.get_untracked();
        let reassign = (!target.is_empty()).then(|| Id(target));
        if let Some(op) = store.ws.with_untracked(|w| sprint::remove_member(w, &id.get_value(), reassign.as_ref())) {
            if store.dispatch(op) {
                store.notify(trf(store.lang.get_untracked(), K::Deleted, &[("title", &name_for_toast)]), true);
            }
        }
        removing.set(None);
    };
    if items == 0 && blocks == 0 {
        remove();
        return ().into_any();
    }
    let first = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| if let Some(s) = first.get() { let _ = s.focus(); });
    let name2 = name.clone();
    view! {
        <Modal labelled_by="remove-member-title" on_cancel=Callback::new(move |()| removing.set(None))>
                <h2 id="remove-member-title">{move || trf(store.lang.get(), K::RemoveMemberTitle, &[("name", &name2)])}</h2>
                <p>{move || trf(store.lang.get(), K::RemoveMemberLead, &[("items", &items.to_string()), ("blocks", &blocks.to_string())])}</p>
                <div class="field">
                    <label for="reassign-to">{t(K::ReassignTo)}</label>
                    <select id="reassign-to" node_ref=first prop:value=move || to.get() on:change=move |e| to.set(event_target_value(&e))>
                        <option value="">{t(K::LeaveUnassigned)}</option>
                        {others.into_iter().map(|(i, n)| view! { <option value=i.to_string()>{n}</option> }).collect_view()}
                    </select>
                </div>
                <div class="row end">
                    <button on:click=move |_| removing.set(None)>{t(K::Cancel)}</button>
                    <button class="primary danger" on:click=move |_| remove()>{t(K::RemoveMember)}</button>
                </div>
        </Modal>
    }
    .into_any()
}
