//! Property: any valid workspace survives export → import unchanged, and
//! whatever the generator makes passes the same validation an import runs.

use chrono::NaiveDate;
use jalon::domain::file;
use jalon::domain::*;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeMap;

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including quotes, markup and control characters.
    any::<String>().prop_map(|s| s.chars().take(40).collect())
}
fn non_empty() -> impl Strategy<Value = String> {
    text().prop_map(|s| if s.trim().is_empty() { format!("x{s}") } else { s })
}
fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..20_000).prop_map(|d| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(d))
}
fn money() -> impl Strategy<Value = f64> {
    prop_oneof![0.0..1e9f64, (0u32..1_000_000).prop_map(|c| c as f64 / 100.0)]
}
fn signed() -> impl Strategy<Value = f64> {
    -1e9..1e9f64
}

prop_compose! {
    fn member()(name in non_empty(), role in text(), skills in prop::collection::vec(text(), 0..3),
                h in 0.0..=168.0f64, r in money(), off in prop::collection::vec((date(), 0.0..=24.0f64), 0..3)) -> TeamMember {
        let time_off = off.into_iter().map(|(date, hours)| TimeOff { date, hours }).collect();
        TeamMember { id: Id::from(""), name, role, skills, weekly_hours: h, hourly_rate: r, time_off }
    }
}

prop_compose! {
    fn campaign()(name in non_empty(), objective in text(), channels in prop::collection::vec(select(Channel::ALL.to_vec()), 0..4),
                  owner in text(), start in prop::option::of(date()), len in 0i64..400,
                  budget in prop::collection::vec((select(Channel::ALL.to_vec()), money(), money()), 0..3),
                  phase in select(Phase::ALL.to_vec()), al in (0u8..=5, 0u8..=5, 0u8..=5),
                  skills in prop::collection::vec((non_empty(), 0.0..60.0f64), 0..3),
                  stakeholders in prop::collection::vec((non_empty(), any::<bool>(), text(), 1u8..=5, 1u8..=5), 0..3),
                  ratings in prop::collection::vec((select(vec!["engagement", "cpa", "experience", "complexity"]), 0.0..100.0f64), 0..4),
                  forced in prop::option::of(select(vec![Forced::In, Forced::Out])),
                  changes in prop::collection::vec((text(), non_empty(), date(), -30i32..30, signed(), prop::option::of(select(Channel::ALL.to_vec())),
                      select(vec![ChangeStatus::Requested, ChangeStatus::Approved, ChangeStatus::Rejected]), text()), 0..3)) -> Campaign {
        let mut c = Campaign::new(Id::from(""), &name);
        c.smart.specific = objective;
        c.channels = channels;
        c.owner = owner;
        c.start = start;
        c.end = start.map(|s| s + chrono::Duration::days(len));
        c.budget = budget.into_iter().map(|(channel, planned, spent)| ChannelBudget { channel, planned, spent }).collect();
        c.phase = phase;
        c.alignment = Alignment { awareness: al.0, acquisition: al.1, retention: al.2 };
        c.skills = skills.into_iter().map(|(skill, hours)| SkillHours { skill, hours }).collect();
        c.stakeholders = stakeholders.into_iter().map(|(name, external, role, influence, interest)| Stakeholder { name, external, role, influence, interest }).collect();
        c.ratings = ratings.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        c.forced = forced;
        c.changes = changes.into_iter().enumerate().map(|(j, (requester, description, requested_on, days, budget, channel, status, reason))| ChangeRequest {
            id: Id(format!("cr-{j}")), requester, description, requested_on, days, budget, channel, status,
            decided_on: (status != ChangeStatus::Requested).then_some(requested_on), reason }).collect();
        c
    }
}

prop_compose! {
    fn item()(title in non_empty(), kind in select(ItemKind::ALL.to_vec()), description in text(),
              status in select(vec![ItemStatus::Todo, ItemStatus::Doing, ItemStatus::Done]),
              est in prop::option::of(0.0..=10_000.0f64), tags in prop::collection::vec(text(), 0..3),
              extra in (
                  (text(), text(), text(), prop::option::of(select(Channel::ALL.to_vec())), text(), text(), text()),
                  prop::collection::vec((text(), any::<bool>()), 0..3),
                  prop::option::of(0.0..=1000.0f64),
                  prop::option::of((0.0..1e9f64, select(RICE_IMPACTS.to_vec()), 0.0..=100.0f64, 0.01..1e6f64)),
                  (prop::option::of(0.0..=10.0f64), prop::option::of(0.0..=10.0f64), prop::option::of(date()), prop::option::of(date())),
              ),
              refs in (any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<[bool; 3]>())) -> (BacklogItem, (prop::sample::Index, prop::sample::Index, prop::sample::Index, [bool; 3])) {
        let mut it = BacklogItem::new(Id::from(""), &title, kind);
        it.description = description; it.status = status; it.estimate_hours = est; it.tags = tags;
        let ((as_a, i_want, so_that, channel, segment, kpi, hypothesis), acceptance, points, rice, (value, effort, due, done_on)) = extra;
        it.story = Story { as_a, i_want, so_that, channel, segment, kpi, hypothesis };
        it.acceptance = acceptance.into_iter().map(|(text, done)| Criterion { text, done }).collect();
        it.estimate_points = points;
        it.rice = rice.map(|(reach, impact, confidence, effort)| Rice { reach, impact, confidence, effort });
        (it.value, it.effort, it.due, it.done_on) = (value, effort, due, done_on);
        (it, refs)
    }
}

prop_compose! {
    fn kpi()(name in non_empty(), channel in prop::option::of(select(Channel::ALL.to_vec())),
             unit in select(vec![Unit::Currency, Unit::Percent, Unit::Count, Unit::Score]),
             dir in select(vec![Direction::HigherIsBetter, Direction::LowerIsBetter]),
             target in prop::option::of(signed()),
             weeks in prop::collection::vec((date(), signed()), 0..6)) -> Kpi {
        let weeks: BTreeMap<String, f64> = weeks.into_iter().map(|(d, v)| (iso_week_label(d), v)).collect();
        Kpi { id: Id::from(""), name, channel, unit, direction: dir, quarterly_target: target, weeks, formula: None }
    }
}

prop_compose! {
    fn workspace()(name in text(), weeks in 1u8..=2, currency in select(vec!["EUR", "USD"]),
                   day in (0u8..12, 13u8..=24), wip in prop::option::of(1u32..50),
                   blocks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), text(), date(), 0.0..12.0f64, 0.25..12.0f64), 0..4),
                   scope in prop::collection::vec((text(), date(), text(), select(vec![ScopeChangeKind::Added, ScopeChangeKind::Removed]), text(), 0.0..100.0f64), 0..3),
                   team in prop::collection::vec(member(), 0..4),
                   campaigns in prop::collection::vec(campaign(), 0..4),
                   items in prop::collection::vec(item(), 0..12),
                   sprints in prop::collection::vec((non_empty(), text(), date(), 0i64..30, select(vec![SprintState::Planned, SprintState::Active, SprintState::Closed])), 0..3),
                   milestones in prop::collection::vec((non_empty(), date(), text(), signed(), signed(), prop::option::of(signed()), any::<prop::sample::Index>(), any::<bool>()), 0..4),
                   kpis in prop::collection::vec(kpi(), 0..3),
                   lessons in prop::collection::vec((text(), date(), text(), text(), prop::collection::vec(select(Channel::ALL.to_vec()), 0..3), prop::collection::vec(non_empty(), 0..3)), 0..3),
                   assessments in prop::collection::vec((date(), prop::collection::vec((select(vec!["strategy_1", "risk_2", "process_3"]), 1u8..=5), 0..3)), 0..3),
                   weights in prop::collection::vec(0.0..100.0f64, 6),
                   limits in (prop::option::of(money()), prop::option::of(0.0..500.0f64)),
                   v4 in (any::<[bool; 8]>(), prop::collection::vec((non_empty(), 0.0..500.0f64), 0..3), prop::collection::vec(non_empty(), 0..3),
                          prop::option::of(money()), 1u32..=240, prop::option::of(0.0..2e12f64)),
                   risks in prop::collection::vec((non_empty(), select(vec![RiskCategory::Technical, RiskCategory::Market, RiskCategory::Organisational, RiskCategory::Regulatory, RiskCategory::CustomerReaction]), 1u8..=5, 1u8..=5, text(), text(), select(vec![RiskStatus::Open, RiskStatus::Mitigated, RiskStatus::Occurred, RiskStatus::Closed]), any::<prop::sample::Index>()), 0..4)) -> Workspace {
        let mut ws = Workspace::empty(&name);
        ws.settings = Settings { sprint_weeks: weeks, currency: currency.into(), day_start: day.0, day_end: day.1, ..Settings::default() };
        ws.settings.wip.doing = wip;
        ws.team = team.into_iter().enumerate().map(|(i, mut m)| { m.id = Id(format!("tm-{i}")); m }).collect();
        ws.campaigns = campaigns.into_iter().enumerate().map(|(i, mut c)| { c.id = Id(format!("cp-{i}")); c }).collect();
        ws.sprints = sprints.into_iter().enumerate().map(|(i, (name, goal, start, len, state))|
            Sprint::new(Id(format!("sp-{i}")), &name, &goal, start, start + chrono::Duration::days(len), state)).collect();
        if let Some(sp) = ws.sprints.first_mut() {
            sp.scope_changes = scope.into_iter().enumerate().map(|(j, (who, on, title, kind, reason, hours))| ScopeChange {
                at: format!("{on}T10:00:00Z"), on, who, item: Id(format!("it-{j}")), title, kind, reason, hours }).collect();
            sp.retro.actions = vec!["Write the brief earlier".into()];
        }
        ws.kpis = kpis.into_iter().enumerate().map(|(i, mut k)| { k.id = Id(format!("kpi-{i}")); k }).collect();
        let pick = |ids: Vec<Id>, ix: &prop::sample::Index, on: bool| (on && !ids.is_empty()).then(|| ix.get(&ids).clone());
        let (cps, sps, tms, kps): (Vec<Id>, Vec<Id>, Vec<Id>, Vec<Id>) = (
            ws.campaigns.iter().map(|c| c.id.clone()).collect(), ws.sprints.iter().map(|s| s.id.clone()).collect(),
            ws.team.iter().map(|m| m.id.clone()).collect(), ws.kpis.iter().map(|k| k.id.clone()).collect());
        ws.backlog = items.into_iter().enumerate().map(|(i, (mut it, (c, s, t, on)))| {
            it.id = Id(format!("it-{i}"));
            it.campaign = pick(cps.clone(), &c, on[0]);
            it.sprint = pick(sps.clone(), &s, on[1]);
            it.assignee = pick(tms.clone(), &t, on[2]);
            it
        }).collect();
        ws.milestones = milestones.into_iter().enumerate().map(|(i, (title, date, metric, baseline, target, actual, ix, on))| Milestone {
            id: Id(format!("ms-{i}")), campaign: pick(cps.clone(), &ix, on), title, date, metric,
            kpi: pick(kps.clone(), &ix, !on), baseline, target, actual,
            direction: if i % 2 == 1 && v4.0[6] { Direction::LowerIsBetter } else { Direction::HigherIsBetter } }).collect();
        // Version 4: dependencies always point at an earlier record (no
        // cycle), formulas read earlier rows, one meeting, some topics.
        let (flags, guests, texts, revenue, timebox, started) = v4;
        for i in 1..ws.campaigns.len() {
            if flags[0] { ws.campaigns[i].depends_on.push(Id(format!("cp-{}", i - 1))); }
            if flags[1] && i > 1 { ws.campaigns[i].depends_on.push(Id::from("cp-0")); }
        }
        if let Some(c) = ws.campaigns.first_mut() { c.revenue = revenue; }
        for i in (3..ws.backlog.len()).step_by(3) {
            if flags[2] { ws.backlog[i].depends_on.push(Id(format!("it-{}", i - 1))); }
        }
        if ws.kpis.len() >= 2 && flags[3] {
            ws.kpis[1].formula = Some(Formula::Ratio { num: Id::from("kpi-0"), den: Id::from("kpi-0"), percent: flags[4] });
            ws.kpis[1].weeks.clear();
        }
        if ws.kpis.len() >= 3 && flags[5] {
            ws.kpis[2].formula = Some(Formula::Sum { of: vec![Id::from("kpi-0"), Id::from("kpi-1")] });
        }
        if flags[7] {
            let mut attendees: Vec<Attendee> = ws.team.iter().map(|m| Attendee { member: Some(m.id.clone()), name: m.name.clone(), rate: m.hourly_rate }).collect();
            attendees.extend(guests.into_iter().map(|(name, rate)| Attendee { member: None, name, rate }));
            ws.meetings.push(Meeting {
                id: Id::from("mt-0"), date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), timebox,
                started_ms: started, ended_ms: started.map(|s| s + 3_600_000.0), attendees,
                decisions: texts.clone(),
                actions: texts.iter().enumerate().map(|(j, t)| ActionItem { text: t.clone(), owner: String::new(), item: (j == 0).then(|| ws.backlog.first().map(|i| i.id.clone())).flatten() }).collect(),
                notes: texts.join("\n") });
        }
        ws.topics = texts.into_iter().enumerate().map(|(j, text)| Topic { id: Id(format!("tp-{j}")), text, done: j % 2 == 1 }).collect();
        let its: Vec<Id> = ws.backlog.iter().map(|i| i.id.clone()).collect();
        ws.time_blocks = if tms.is_empty() { vec![] } else {
            blocks.into_iter().enumerate().map(|(i, (m, it, title, date, start, hours))| TimeBlock {
                id: Id(format!("tb-{i}")), member: m.get(&tms).clone(), item: pick(its.clone(), &it, i % 2 == 0),
                title, date, start, hours }).collect()
        };
        ws.risks = risks.into_iter().enumerate().map(|(i, (description, category, probability, impact, mitigation, owner, status, ix))| Risk {
            id: Id(format!("rk-{i}")), campaign: pick(cps.clone(), &ix, true), description, category, probability, impact,
            contingency: mitigation.chars().rev().collect(), mitigation, owner, status }).collect();
        ws.lessons = lessons.into_iter().enumerate().map(|(i, (campaign_name, date, worked, change, channels, tags))| Lesson {
            id: Id(format!("ls-{i}")), campaign: cps.first().cloned(), campaign_name, date, worked, change, channels, tags }).collect();
        ws.assessments = assessments.into_iter().enumerate().map(|(i, (date, answers))| Assessment {
            id: Id(format!("ma-{i}")), date, answers: answers.into_iter().map(|(k, v)| (k.to_string(), v)).collect() }).collect();
        // Every weight may be 0 but one: the model must rank something.
        for (k, w) in ws.settings.scoring.iter_mut().zip(weights) { k.weight = w; }
        ws.settings.scoring[0].weight = ws.settings.scoring[0].weight.max(1.0);
        ws.settings.selection = SelectionLimits { budget: limits.0, hours: limits.1 };
        ws
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_identity(ws in workspace()) {
        let text = file::write(&ws, "2026-11-23T10:00:00Z");
        let back = file::read(&text).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(back, ws);
    }

    /// The same holds through every op and its undo: the workspace after
    /// apply + inverse is the one before, and it still exports and imports.
    #[test]
    fn ops_and_their_inverse_keep_files_valid(ws in workspace(), to in 0usize..20, title in non_empty()) {
        use jalon::domain::ops::{Coll, Op, Record};
        let mut w = ws.clone();
        let mut ops = vec![Op::Insert { at: to, record: Record::Item(BacklogItem::new(Id::from("new"), &title, ItemKind::Content)) }];
        if let Some(first) = ws.backlog.first() {
            ops.push(Op::Move { coll: Coll::Backlog, id: first.id.clone(), to });
            ops.push(jalon::domain::portfolio_ops::delete_item(&ws, &first.id).unwrap());
        }
        for op in ops {
            let inv = op.apply(&mut w).unwrap();
            prop_assert!(file::read(&file::write(&w, "t")).is_ok());
            inv.apply(&mut w).unwrap();
            prop_assert_eq!(&w, &ws);
        }
    }

    /// Arbitrary text never panics the reader; it is read or refused.
    #[test]
    fn reading_junk_never_panics(s in any::<String>()) {
        let _ = file::read(&s);
    }
}

/// One semantic corruption per rule; `None` when the workspace has nothing
/// to corrupt for that rule.
fn corrupt(ws: &Workspace, which: usize) -> Option<Workspace> {
    let mut w = ws.clone();
    match which {
        0 => w.team.first_mut()?.weekly_hours = 200.0,
        1 => w.campaigns.first_mut()?.name = "  ".into(),
        2 => {
            let c = w.campaigns.first_mut()?;
            let s = c.start?;
            c.end = Some(s - chrono::Duration::days(1));
        }
        3 => w.campaigns.iter_mut().find(|c| !c.budget.is_empty())?.budget[0].planned = -1.0,
        4 => w.campaigns.first_mut()?.alignment.awareness = 6,
        5 => w.backlog.first_mut()?.title = String::new(),
        6 => w.backlog.first_mut()?.campaign = Some(Id::from("nope")),
        7 => w.backlog.first_mut()?.estimate_hours = Some(20_000.0),
        8 => {
            let first = w.backlog.first()?.id.clone();
            w.backlog.get_mut(1)?.id = first;
        }
        9 => {
            let s = w.sprints.first_mut()?;
            s.end = s.start - chrono::Duration::days(1);
        }
        10 => w.milestones.first_mut()?.kpi = Some(Id::from("nope")),
        11 => {
            w.kpis.first_mut()?.weeks.insert("2026-W99".into(), 1.0);
        }
        12 => w.risks.first_mut()?.probability = 0,
        13 => w.risks.first_mut()?.impact = 6,
        14 => w.settings.sprint_weeks = 3,
        15 => w.backlog.first_mut()?.assignee = Some(Id::from("nobody")),
        16 => w.team.first_mut()?.id = Id::from(" "),
        17 => w.backlog.first_mut()?.rice = Some(Rice { reach: 1.0, impact: 1.5, confidence: 50.0, effort: 1.0 }),
        18 => w.backlog.first_mut()?.rice = Some(Rice { reach: 1.0, impact: 1.0, confidence: 300.0, effort: 1.0 }),
        19 => w.backlog.first_mut()?.rice = Some(Rice { reach: 1.0, impact: 1.0, confidence: 50.0, effort: 0.0 }),
        20 => w.backlog.first_mut()?.value = Some(11.0),
        21 => w.time_blocks.first_mut()?.hours = 0.0,
        22 => {
            let b = w.time_blocks.first_mut()?;
            b.start = 20.0;
            b.hours = 6.0;
        }
        23 => w.time_blocks.first_mut()?.member = Id::from("ghost"),
        24 => (w.settings.day_start, w.settings.day_end) = (18, 9),
        25 => w.settings.wip.todo = Some(0),
        26 => w.team.first_mut()?.time_off.push(TimeOff { date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), hours: 30.0 }),
        27 => w.backlog.first_mut()?.estimate_points = Some(5000.0),
        28 => w.settings.scoring.iter_mut().for_each(|k| k.weight = 0.0),
        29 => w.campaigns.first_mut()?.stakeholders.first_mut()?.influence = 9,
        30 => {
            let c = w.campaigns.iter_mut().find(|c| !c.changes.is_empty())?;
            let dup = c.changes[0].clone();
            c.changes.push(dup);
        }
        31 => w.assessments.first_mut()?.answers.insert("risk_1".into(), 7).map(|_| ()).unwrap_or(()),
        32 => w.campaigns.first_mut()?.skills.push(SkillHours { skill: "seo".into(), hours: -1.0 }),
        33 => w.settings.selection.budget = Some(-5.0),
        34 => {
            if w.campaigns.len() < 2 { return None; }
            w.campaigns[0].depends_on = vec![Id::from("cp-1")];
            w.campaigns[1].depends_on = vec![Id::from("cp-0")];
        }
        35 => {
            let it = w.backlog.first_mut()?;
            it.depends_on = vec![it.id.clone()];
        }
        36 => w.kpis.first_mut()?.formula = Some(Formula::Sum { of: vec![Id::from("ghost")] }),
        37 => {
            if w.kpis.len() < 2 { return None; }
            w.kpis[0].formula = Some(Formula::Ratio { num: Id::from("kpi-1"), den: Id::from("kpi-1"), percent: false });
            w.kpis[1].formula = Some(Formula::Sum { of: vec![Id::from("kpi-0")] });
        }
        38 => w.meetings.push(Meeting { id: Id::from("mt-x"), date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), timebox: 0,
            started_ms: None, ended_ms: None, attendees: vec![], decisions: vec![], actions: vec![], notes: String::new() }),
        39 => w.meetings.first_mut()?.attendees.first_mut()?.rate = -1.0,
        40 => w.topics.push(Topic { id: Id::from("tp-x"), text: " ".into(), done: false }),
        41 => w.campaigns.first_mut()?.revenue = Some(-5.0),
        42 => w.kpis.first_mut()?.formula = Some(Formula::Sum { of: vec![] }),
        _ => return None,
    }
    Some(w)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// The fast reader (typed checks) and the full reader (checks on the raw
    /// JSON, with paths) accept and refuse exactly the same files.
    #[test]
    fn fast_and_full_readers_agree(ws in workspace(), which in 0usize..43) {
        let text = file::write(&ws, "t");
        prop_assert!(file::read(&text).is_ok());
        prop_assert!(file::read_checked(&text, file::MIGRATIONS).is_ok());
        if let Some(bad) = corrupt(&ws, which) {
            let text = file::write(&bad, "t");
            prop_assert!(file::read(&text).is_err(), "fast path accepted corruption {}", which);
            prop_assert!(file::read_checked(&text, file::MIGRATIONS).is_err(), "full path accepted corruption {}", which);
        }
    }
}
