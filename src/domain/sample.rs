//! Workspaces made from code: the example a first visitor explores, and the
//! large one the benchmark loads. Both are deterministic for a given date.

use super::*;
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::BTreeMap;

/// A small, reproducible pseudo-random sequence (no `rand` in the bundle).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
}

fn id(prefix: &str, n: usize) -> Id {
    Id(format!("{prefix}-{n}"))
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

/// A realistic small marketing team's workspace around `today`: 6 campaigns
/// across channels, 40 backlog items of every kind, a sprint in progress,
/// 12 KPIs with 8 weeks of data, 5 people, milestones and risks.
pub fn example(today: NaiveDate) -> Workspace {
    let monday = monday_of(today);
    let mut ws = Workspace::empty("Northwind Coffee marketing");
    ws.team = [
        ("Camille Martin", "Head of marketing", &["strategy", "analytics"][..], 40.0, 85.0),
        ("Léa Dubois", "Content lead", &["content", "seo"][..], 32.0, 60.0),
        ("Hugo Bernard", "Performance marketer", &["sea", "analytics", "social"][..], 40.0, 65.0),
        ("Sofia Rossi", "Email & CRM", &["email", "content"][..], 28.0, 55.0),
        ("Noah Petit", "Designer", &["design", "social"][..], 24.0, 58.0),
    ]
    .iter()
    .enumerate()
    .map(|(i, (name, role, skills, h, r))| TeamMember {
        id: id("tm", i + 1),
        name: name.to_string(),
        role: role.to_string(),
        skills: skills.iter().map(|s| s.to_string()).collect(),
        weekly_hours: *h,
        hourly_rate: *r,
        time_off: vec![],
    })
    .collect();

    let c = |n: usize, name: &str, obj: &str, ch: &[Channel], owner: &str, s: i64, e: i64, budget: &[(Channel, f64, f64)], phase: Phase, al: (u8, u8, u8)| {
        let mut c = Campaign::new(id("cp", n), name);
        c.smart.specific = obj.into();
        c.channels = ch.to_vec();
        c.owner = owner.into();
        c.start = Some(monday + Duration::days(s));
        c.end = Some(monday + Duration::days(e));
        c.budget = budget.iter().map(|(c, p, sp)| ChannelBudget { channel: *c, planned: *p, spent: *sp }).collect();
        c.phase = phase;
        c.alignment = Alignment { awareness: al.0, acquisition: al.1, retention: al.2 };
        c
    };
    ws.campaigns = {
        use Channel::*;
        vec![
        c(1, "Winter blend launch", "Sell 4,000 bags of the winter blend online by 31 January (+25 % vs last year)", &[Email, Social, Sea], "Camille Martin", -35, 60, &[(Email, 2000.0, 900.0), (Social, 6000.0, 2600.0), (Sea, 9000.0, 4100.0)], Phase::Execution, (4, 5, 2)),
        c(2, "Brew guides SEO hub", "Reach 30 pages on search page 1 for brewing queries within 6 months", &[Seo, Content], "Léa Dubois", -70, 110, &[(Content, 7500.0, 3100.0), (Seo, 2500.0, 800.0)], Phase::Execution, (4, 3, 3)),
        c(3, "Loyalty club relaunch", "Raise repeat purchase rate from 22 % to 30 % by end of Q2", &[Email, Content], "Sofia Rossi", 14, 120, &[(Email, 4000.0, 0.0), (Content, 2000.0, 0.0)], Phase::Planning, (1, 2, 5)),
        c(4, "Office coffee B2B pilot", "Sign 25 office subscriptions in Lyon by March with CPL under 40 €", &[Sea, Email, Events], "Hugo Bernard", 30, 100, &[(Sea, 5000.0, 0.0), (Events, 3500.0, 0.0), (Email, 500.0, 0.0)], Phase::Prioritised, (2, 5, 1)),
        c(5, "Roastery open days", "Welcome 600 visitors over two weekends and collect 300 opt-ins", &[Events, Social, Pr], "Noah Petit", 62, 77, &[(Events, 4000.0, 0.0), (Social, 1500.0, 0.0), (Pr, 1000.0, 0.0)], Phase::Evaluation, (5, 2, 3)),
        c(6, "Autumn cold brew push", "Sell 1,500 cold brew packs in September–October", &[Social, Display], "Hugo Bernard", -120, -30, &[(Social, 3000.0, 3150.0), (Display, 2500.0, 2380.0)], Phase::Closed, (3, 4, 1)),
        c(7, "Barista video series", "Publish 8 short brewing videos and reach 50,000 views by spring", &[Social, Content], "Noah Petit", 45, 150, &[(Social, 3500.0, 0.0), (Content, 4500.0, 0.0)], Phase::Request, (5, 2, 2)),
        c(8, "Marketplace listings", "List the 10 best sellers on two marketplaces with ROAS above 3 by April", &[Sea, Display], "Hugo Bernard", 30, 140, &[(Sea, 6000.0, 0.0), (Display, 3000.0, 0.0)], Phase::Evaluation, (2, 4, 1)),
        ]
    };
    // Revenue attributed so far, for ROI and ROAS beside the KPI sheet: the
    // running launch and the closed autumn push (the others have none yet).
    ws.campaigns[0].revenue = Some(21_500.0);
    ws.campaigns[5].revenue = Some(9_800.0);
    // What the scoring model and the selection work from: engagement,
    // estimated CPA, customer experience, complexity; hours per skill a week.
    let rated: [(f64, f64, f64, f64, &[(&str, f64)]); 8] = [
        (5.0, 28.0, 4.0, 3.0, &[("sea", 10.0), ("social", 8.0), ("email", 4.0)]),
        (3.0, 12.0, 4.0, 2.0, &[("content", 16.0), ("seo", 8.0)]),
        (4.0, 18.0, 5.0, 3.0, &[("email", 10.0), ("content", 6.0)]),
        (3.0, 40.0, 3.0, 4.0, &[("sea", 8.0), ("email", 2.0)]),
        (4.0, 35.0, 5.0, 4.0, &[("design", 8.0), ("social", 6.0)]),
        (2.0, 30.0, 2.0, 2.0, &[("social", 6.0), ("design", 4.0)]),
        (4.0, 22.0, 3.0, 3.0, &[("design", 12.0), ("content", 6.0)]),
        (3.0, 25.0, 2.0, 3.0, &[("sea", 8.0), ("analytics", 4.0)]),
    ];
    for (camp, (eng, cpa, cx, cplx, skills)) in ws.campaigns.iter_mut().zip(rated) {
        camp.ratings = [("engagement", eng), ("cpa", cpa), ("experience", cx), ("complexity", cplx)].iter().map(|(k, v)| (k.to_string(), *v)).collect();
        camp.skills = skills.iter().map(|(s, h)| SkillHours { skill: s.to_string(), hours: *h }).collect();
    }
    // The open days follow the winter launch; the marketplace listings reuse
    // the autumn push's product shots.
    ws.campaigns[4].depends_on = vec![id("cp", 1)];
    ws.campaigns[7].depends_on = vec![id("cp", 6)];
    ws.campaigns[0].smart.measurable = "Online orders of the winter blend, from the shop's analytics".into();
    ws.campaigns[0].smart.achievable = "Last year's launch sold 3,200 bags with half the paid budget".into();
    ws.campaigns[0].smart.relevant = "Winter is 35 % of the year's revenue".into();
    ws.campaigns[0].smart.time_bound = "31 January".into();
    ws.campaigns[0].stakeholders = vec![
        Stakeholder { name: "Anne Roux".into(), external: false, role: "CEO".into(), influence: 5, interest: 4 },
        Stakeholder { name: "Torréfaction Lumière".into(), external: true, role: "Packaging supplier".into(), influence: 3, interest: 2 },
    ];
    ws.campaigns[0].changes = vec![ChangeRequest {
        id: id("cr", 1),
        requester: "Anne Roux".into(),
        description: "Add a gift-box variant to the paid social ads".into(),
        requested_on: monday - Duration::days(3),
        days: 7,
        budget: 1500.0,
        channel: Some(Channel::Social),
        status: ChangeStatus::Requested,
        decided_on: None,
        reason: String::new(),
    }];
    ws.lessons = vec![Lesson {
        id: id("ls", 1),
        campaign: Some(id("cp", 6)),
        campaign_name: "Autumn cold brew push".into(),
        date: monday - Duration::days(28),
        worked: "Short product videos on social beat static images 2 to 1 on CTR".into(),
        change: "Book display inventory earlier: late booking cost 20 % more per impression".into(),
        channels: vec![Channel::Social, Channel::Display],
        tags: vec!["video".into(), "timing".into()],
    }];

    let s_start = monday - Duration::days(7);
    ws.sprints = vec![
        Sprint::new(id("sp", 1), "Sprint 11", "Ship the winter blend landing page and first nurture emails", s_start - Duration::days(14), s_start - Duration::days(3), SprintState::Closed),
        Sprint::new(id("sp", 2), "Sprint 12", "Launch paid social for the winter blend and publish 3 brew guides", s_start, s_start + Duration::days(11), SprintState::Active),
        Sprint::new(id("sp", 3), "Sprint 13", "Prepare the loyalty club relaunch", s_start + Duration::days(14), s_start + Duration::days(25), SprintState::Planned),
    ];

    use ItemKind::{Campaign as Camp, Content as Cont, Experiment, Feature, Technical};
    let items: &[(&str, ItemKind, usize, Option<usize>, ItemStatus, f64, usize)] = &[
        ("Winter blend landing page", Feature, 1, Some(2), ItemStatus::Done, 12.0, 2),
        ("A/B test hero image: product vs. people", Experiment, 1, Some(2), ItemStatus::Doing, 6.0, 3),
        ("Paid social creatives, 3 formats", Camp, 1, Some(2), ItemStatus::Doing, 10.0, 5),
        ("Nurture email #2: brewing tips", Cont, 1, Some(2), ItemStatus::Todo, 5.0, 4),
        ("Brew guide: V60 pour-over", Cont, 2, Some(2), ItemStatus::Done, 8.0, 2),
        ("Brew guide: French press", Cont, 2, Some(2), ItemStatus::Doing, 8.0, 2),
        ("Brew guide: AeroPress", Cont, 2, Some(2), ItemStatus::Todo, 8.0, 2),
        ("Fix slow product page images (LCP)", Technical, 2, Some(2), ItemStatus::Todo, 4.0, 3),
        ("Google Ads: winter blend search campaign", Camp, 1, Some(2), ItemStatus::Doing, 6.0, 3),
        ("Subject line test: emoji vs. none", Experiment, 1, Some(2), ItemStatus::Todo, 2.0, 4),
        ("Schema markup for recipes", Technical, 2, None, ItemStatus::Todo, 5.0, 3),
        ("Internal links between brew guides", Technical, 2, None, ItemStatus::Todo, 3.0, 2),
        ("Brew guide: Moka pot", Cont, 2, None, ItemStatus::Todo, 8.0, 2),
        ("Brew guide: cold brew at home", Cont, 2, None, ItemStatus::Todo, 8.0, 2),
        ("Keyword map for brewing queries", Feature, 2, None, ItemStatus::Todo, 6.0, 2),
        ("Loyalty points explainer page", Feature, 3, None, ItemStatus::Todo, 8.0, 4),
        ("Win-back email for 90-day lapsed buyers", Camp, 3, None, ItemStatus::Todo, 5.0, 4),
        ("Test: free shipping vs. double points", Experiment, 3, None, ItemStatus::Todo, 4.0, 4),
        ("Birthday email automation", Technical, 3, None, ItemStatus::Todo, 6.0, 4),
        ("Member stories: 3 short interviews", Cont, 3, None, ItemStatus::Todo, 9.0, 2),
        ("B2B landing page for offices", Feature, 4, None, ItemStatus::Todo, 10.0, 2),
        ("LinkedIn lead form test", Experiment, 4, None, ItemStatus::Todo, 4.0, 3),
        ("Office tasting kit mailer", Camp, 4, None, ItemStatus::Todo, 6.0, 5),
        ("CRM fields for B2B leads", Technical, 4, None, ItemStatus::Todo, 4.0, 4),
        ("Case study: first office client", Cont, 4, None, ItemStatus::Todo, 6.0, 2),
        ("Open days registration page", Feature, 5, None, ItemStatus::Todo, 6.0, 5),
        ("Press kit for local media", Cont, 5, None, ItemStatus::Todo, 5.0, 1),
        ("Instagram countdown series", Camp, 5, None, ItemStatus::Todo, 4.0, 5),
        ("Test: ticketed vs. free registration", Experiment, 5, None, ItemStatus::Todo, 2.0, 1),
        ("Cold brew retrospective report", Cont, 6, Some(1), ItemStatus::Done, 3.0, 3),
        ("Consent banner audit", Technical, 0, None, ItemStatus::Todo, 3.0, 3),
        ("Analytics: server-side tagging", Technical, 0, None, ItemStatus::Todo, 12.0, 3),
        ("Newsletter redesign", Feature, 0, None, ItemStatus::Todo, 10.0, 5),
        ("Test: weekly vs. fortnightly newsletter", Experiment, 0, None, ItemStatus::Todo, 3.0, 4),
        ("Origin story video: Colombia farm", Cont, 0, None, ItemStatus::Todo, 16.0, 5),
        ("Referral programme mechanics", Feature, 3, None, ItemStatus::Todo, 8.0, 1),
        ("Retargeting audiences clean-up", Camp, 1, Some(1), ItemStatus::Done, 3.0, 3),
        ("Pinterest pins for brew guides", Camp, 2, None, ItemStatus::Todo, 4.0, 5),
        ("Test: product bundle price anchoring", Experiment, 1, None, ItemStatus::Todo, 3.0, 3),
        ("Accessibility fixes on checkout emails", Technical, 3, None, ItemStatus::Todo, 4.0, 4),
    ];
    ws.backlog = items
        .iter()
        .enumerate()
        .map(|(i, (title, kind, camp, sprint, status, est, who))| {
            let mut it = BacklogItem::new(id("it", i + 1), title, *kind);
            it.status = *status;
            it.campaign = (*camp > 0).then(|| id("cp", *camp));
            it.sprint = sprint.map(|s| id("sp", s));
            it.assignee = Some(id("tm", *who));
            it.estimate_hours = Some(*est);
            if *status == ItemStatus::Done {
                it.done_on = Some(s_start + Duration::days((i % 5) as i64));
            }
            // Spread value/effort and RICE so the matrix and rankings have shape.
            let mut r = Lcg(i as u64 * 7919 + 17);
            r.next();
            it.value = Some(1.0 + r.below(10) as f64);
            it.effort = Some(1.0 + r.below(10) as f64);
            it.rice = Some(Rice {
                reach: (500 + (i * 977) % 9500) as f64,
                impact: RICE_IMPACTS[i % 5],
                confidence: [50.0, 80.0, 100.0][i % 3],
                effort: 0.5 + (i % 4) as f64,
            });
            it
        })
        .collect();
    let story = &mut ws.backlog[1];
    story.story = Story {
        as_a: "coffee lover browsing on mobile".into(),
        i_want: "to see people enjoying the winter blend".into(),
        so_that: "I picture it at my own table and order".into(),
        channel: Some(Channel::Social),
        segment: "25–40, urban, mobile".into(),
        kpi: "CTR".into(),
        hypothesis: "People in the hero image beat the product shot on CTR by 10 %".into(),
    };
    story.acceptance = vec![
        Criterion { text: "Two variants live with a 50/50 split".into(), done: true },
        Criterion { text: "1,000 sessions per variant".into(), done: false },
        Criterion { text: "Result written up in the sprint review".into(), done: false },
    ];
    story.tags = vec!["winter".into(), "ab-test".into()];
    ws.backlog[1].description = "Hypothesis: people drinking coffee beat a product shot on CTR by 10 %.".into();

    let kpi = |n: usize, name: &str, ch: Option<Channel>, unit: Unit, dir: Direction, target: f64, base: f64, step: f64| {
        let mut weeks = BTreeMap::new();
        for w in 0..8 {
            let d = monday - Duration::weeks(8 - w);
            let wobble = [0.0, 0.6, -0.4, 0.9, -0.2, 0.5, 1.1, 0.3][w as usize];
            let v = base + step * (w as f64 + wobble);
            weeks.insert(iso_week_label(d), (v * 100.0).round() / 100.0);
        }
        Kpi { id: id("kpi", n), name: name.into(), channel: ch, unit, direction: dir, quarterly_target: Some(target), weeks, formula: None }
    };
    use Channel::{Email, Sea, Seo, Social};
    use Direction::*;
    ws.kpis = vec![
        kpi(1, "Spend — paid social", Some(Social), Unit::Currency, LowerIsBetter, 900.0, 780.0, 15.0),
        kpi(2, "Spend — search ads", Some(Sea), Unit::Currency, LowerIsBetter, 1100.0, 950.0, 20.0),
        kpi(3, "Clicks — search ads", Some(Sea), Unit::Count, HigherIsBetter, 2400.0, 1900.0, 60.0),
        kpi(4, "CPC — search ads", Some(Sea), Unit::Currency, LowerIsBetter, 0.45, 0.52, -0.008),
        kpi(5, "Leads", None, Unit::Count, HigherIsBetter, 180.0, 120.0, 6.0),
        kpi(6, "CPL", None, Unit::Currency, LowerIsBetter, 12.0, 15.5, -0.3),
        kpi(7, "Email open rate", Some(Email), Unit::Percent, HigherIsBetter, 42.0, 36.0, 0.6),
        kpi(8, "Email CTR", Some(Email), Unit::Percent, HigherIsBetter, 4.5, 3.2, 0.12),
        kpi(9, "Unique visitors", Some(Seo), Unit::Count, HigherIsBetter, 26000.0, 18500.0, 700.0),
        kpi(10, "Conversion rate", None, Unit::Percent, HigherIsBetter, 2.8, 2.1, 0.05),
        kpi(11, "ROAS", None, Unit::Score, HigherIsBetter, 4.0, 3.1, 0.08),
        kpi(12, "NPS", None, Unit::Score, HigherIsBetter, 55.0, 47.0, 0.7),
    ];
    // Ratios are derived, never typed twice: CPL = total spend ÷ leads.
    ws.kpis.push(Kpi {
        id: id("kpi", 13),
        name: "Spend — total".into(),
        channel: None,
        unit: Unit::Currency,
        direction: LowerIsBetter,
        quarterly_target: Some(2000.0 * 13.0),
        weeks: BTreeMap::new(),
        formula: Some(Formula::Sum { of: vec![id("kpi", 1), id("kpi", 2)] }),
    });
    ws.kpis[5].weeks.clear();
    ws.kpis[5].formula = Some(Formula::Ratio { num: id("kpi", 13), den: id("kpi", 5), percent: false });
    ws.kpis[3].weeks.clear();
    ws.kpis[3].formula = Some(Formula::Ratio { num: id("kpi", 2), den: id("kpi", 3), percent: false });
    // Counts and money are quarter totals (13 weeks of the weekly figure above).
    for k in ws.kpis.iter_mut().filter(|k| crate::domain::kpi::is_additive(k) && k.formula.is_none()) {
        k.quarterly_target = k.quarterly_target.map(|t| t * 13.0);
    }

    ws.milestones = vec![
        Milestone { id: id("ms", 1), campaign: Some(id("cp", 1)), title: "Landing page live".into(), date: monday - Duration::days(10), metric: "complete".into(), kpi: None, baseline: 0.0, target: 100.0, actual: Some(100.0), direction: Direction::HigherIsBetter },
        Milestone { id: id("ms", 2), campaign: Some(id("cp", 1)), title: "180 leads a week from paid social".into(), date: monday + Duration::days(11), metric: "Leads".into(), kpi: Some(id("kpi", 5)), baseline: 120.0, target: 180.0, actual: None, direction: Direction::HigherIsBetter },
        Milestone { id: id("ms", 3), campaign: Some(id("cp", 2)), title: "10 pages on search page 1".into(), date: monday + Duration::days(25), metric: "page1".into(), kpi: None, baseline: 2.0, target: 10.0, actual: Some(6.0), direction: Direction::HigherIsBetter },
        Milestone { id: id("ms", 4), campaign: Some(id("cp", 3)), title: "Relaunch email sent".into(), date: monday + Duration::days(40), metric: "complete".into(), kpi: None, baseline: 0.0, target: 100.0, actual: None, direction: Direction::HigherIsBetter },
    ];

    ws.risks = vec![
        Risk { id: id("rk", 1), campaign: Some(id("cp", 1)), description: "Supplier delay on winter blend packaging".into(), category: RiskCategory::Organisational, probability: 3, impact: 5, mitigation: "Second packaging supplier on standby".into(), contingency: "Ship in plain bags with a sticker".into(), owner: "Camille Martin".into(), status: RiskStatus::Open },
        Risk { id: id("rk", 2), campaign: Some(id("cp", 1)), description: "CPC inflation in the holiday season".into(), category: RiskCategory::Market, probability: 4, impact: 3, mitigation: "Shift budget to email and retargeting".into(), contingency: String::new(), owner: "Hugo Bernard".into(), status: RiskStatus::Open },
        Risk { id: id("rk", 3), campaign: Some(id("cp", 3)), description: "GDPR consent missing for part of the list".into(), category: RiskCategory::Regulatory, probability: 2, impact: 4, mitigation: "Re-permission campaign before relaunch".into(), contingency: String::new(), owner: "Sofia Rossi".into(), status: RiskStatus::Mitigated },
        Risk { id: id("rk", 4), campaign: Some(id("cp", 5)), description: "Rain on open days".into(), category: RiskCategory::CustomerReaction, probability: 3, impact: 2, mitigation: "Indoor tasting room booked".into(), contingency: String::new(), owner: "Noah Petit".into(), status: RiskStatus::Open },
    ];
    // Léa's week: two brew guides and the landing page fix blocked out.
    ws.time_blocks = [(0, 9.0, 3.0, 6), (1, 14.0, 4.0, 7), (2, 10.0, 2.0, 6)]
        .iter()
        .enumerate()
        .map(|(k, &(day, start, hours, item))| TimeBlock {
            id: id("tb", k + 1),
            member: id("tm", 2),
            item: Some(id("it", item)),
            title: ws.backlog[item - 1].title.clone(),
            date: monday + Duration::days(day),
            start,
            hours,
        })
        .collect();
    ws
}

/// The benchmark's workspace: 200 campaigns, `items` backlog items, 100 KPIs
/// × 104 weeks, 20 sprints, 2,000 milestones, 12 people.
pub fn large(today: NaiveDate, items: usize) -> Workspace {
    let mut r = Lcg(42);
    let monday = monday_of(today);
    let mut ws = Workspace::empty("Large benchmark workspace");
    ws.team = (1..=12)
        .map(|i| TeamMember {
            id: id("tm", i),
            name: format!("Member {i}"),
            role: "Marketer".into(),
            skills: vec![r.pick(&["seo", "sea", "social", "email", "content", "design"]).to_string()],
            weekly_hours: 32.0 + r.below(9) as f64,
            hourly_rate: 50.0 + r.below(40) as f64,
            time_off: vec![],
        })
        .collect();
    ws.campaigns = (1..=200)
        .map(|i| {
            let s = r.below(700) as i64 - 350;
            let ch = *r.pick(&Channel::ALL);
            let mut c = Campaign::new(id("cp", i), &format!("Campaign {i}: {} push", ch.code()));
            c.smart.specific = "Grow qualified leads by 20 % this quarter".into();
            c.channels = vec![ch];
            c.owner = format!("Member {}", 1 + r.below(12));
            c.start = Some(monday + Duration::days(s));
            c.end = Some(monday + Duration::days(s + 14 + r.below(120) as i64));
            c.budget = vec![ChannelBudget { channel: ch, planned: 1000.0 + r.below(40_000) as f64, spent: r.below(20_000) as f64 }];
            c.phase = *r.pick(&Phase::ALL);
            c.alignment = Alignment { awareness: r.below(6) as u8, acquisition: r.below(6) as u8, retention: r.below(6) as u8 };
            c.ratings = [("engagement", r.below(6) as f64), ("cpa", 5.0 + r.below(80) as f64), ("experience", r.below(6) as f64), ("complexity", r.below(6) as f64)]
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect();
            c.skills = vec![SkillHours { skill: ch.code().to_string(), hours: 2.0 + r.below(20) as f64 }];
            c
        })
        .collect();
    ws.sprints = (1..=20)
        .map(|i| {
            let start = monday + Duration::weeks(2 * (i as i64 - 18));
            let state = if i < 18 { SprintState::Closed } else if i == 18 { SprintState::Active } else { SprintState::Planned };
            Sprint::new(id("sp", i), &format!("Sprint {i}"), &format!("Goal of sprint {i}"), start, start + Duration::days(11), state)
        })
        .collect();
    let words = ["landing page", "email", "A/B test", "blog post", "ad set", "webinar", "case study", "newsletter", "tracking fix", "video"];
    ws.backlog = (1..=items)
        .map(|i| {
            let kind = *r.pick(&ItemKind::ALL);
            let sprint = (r.below(4) == 0).then(|| id("sp", 1 + r.below(20) as usize));
            let title = format!("{} #{i} for {}", r.pick(&words), r.pick(&["SMB", "enterprise", "students", "returning buyers"]));
            let mut it = BacklogItem::new(id("it", i), &title, kind);
            it.description = "As a marketer I want this so that the funnel converts better.".into();
            it.status = *r.pick(&[ItemStatus::Todo, ItemStatus::Doing, ItemStatus::Done]);
            it.campaign = Some(id("cp", 1 + r.below(200) as usize));
            it.sprint = sprint;
            it.assignee = Some(id("tm", 1 + r.below(12) as usize));
            it.estimate_hours = Some(1.0 + r.below(16) as f64);
            it.tags = vec![r.pick(&["q1", "q2", "brand", "perf"]).to_string()];
            it.value = Some(1.0 + r.below(10) as f64);
            it.effort = Some(1.0 + r.below(10) as f64);
            it.rice = Some(Rice { reach: r.below(10_000) as f64, impact: *r.pick(&RICE_IMPACTS), confidence: *r.pick(&[50.0, 80.0, 100.0]), effort: 0.5 + r.below(8) as f64 });
            it
        })
        .collect();
    ws.kpis = (1..=100)
        .map(|i| {
            let base = 100.0 + r.below(10_000) as f64;
            let weeks = (0..104)
                .map(|w| (iso_week_label(monday - Duration::weeks(104 - w)), base + r.below(500) as f64))
                .collect();
            Kpi {
                id: id("kpi", i),
                name: format!("Metric {i}"),
                channel: Some(*r.pick(&Channel::ALL)),
                unit: *r.pick(&[Unit::Count, Unit::Currency, Unit::Percent, Unit::Score]),
                direction: if r.below(3) == 0 { Direction::LowerIsBetter } else { Direction::HigherIsBetter },
                quarterly_target: Some(base * 1.1),
                weeks,
                formula: None,
            }
        })
        .collect();
    ws.milestones = (1..=2000)
        .map(|i| Milestone {
            id: id("ms", i),
            campaign: Some(id("cp", 1 + (i - 1) / 10)),
            title: format!("Checkpoint {i}"),
            date: monday + Duration::days(r.below(400) as i64 - 200),
            metric: "Leads".into(),
            kpi: None,
            baseline: 0.0,
            target: 100.0,
            actual: None,
            direction: Direction::HigherIsBetter,
        })
        .collect();
    ws.risks = (1..=300)
        .map(|i| Risk {
            id: id("rk", i),
            campaign: Some(id("cp", 1 + r.below(200) as usize)),
            description: format!("Risk {i}"),
            category: RiskCategory::Market,
            probability: 1 + r.below(5) as u8,
            impact: 1 + r.below(5) as u8,
            mitigation: String::new(),
            contingency: String::new(),
            owner: String::new(),
            status: RiskStatus::Open,
        })
        .collect();
    // 300 finish-to-start links, always from a lower number to a higher one
    // so there is no cycle.
    let mut links = std::collections::BTreeSet::new();
    while links.len() < 300 {
        let a = 1 + r.below(199) as usize;
        let b = a + 1 + r.below((200 - a) as u64) as usize;
        links.insert((a, b));
    }
    for (a, b) in links {
        ws.campaigns[b - 1].depends_on.push(id("cp", a));
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::validate_workspace;

    #[test]
    fn example_matches_the_promise() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let ws = example(today);
        assert_eq!(ws.campaigns.len(), 8);
        assert_eq!(ws.backlog.len(), 40);
        for k in ItemKind::ALL {
            assert!(ws.backlog.iter().filter(|i| i.kind == k).count() >= 5, "{k:?}");
        }
        let active = ws.sprints.iter().find(|s| s.state == SprintState::Active).unwrap();
        assert!(active.start <= today && today <= active.end, "the sprint is in progress today");
        assert_eq!(ws.kpis.len(), 13);
        // The welcome screen says what is in it, in both languages.
        use crate::i18n::{tr, Lang, K};
        let (c, b, k) = (ws.campaigns.len(), ws.backlog.len(), ws.kpis.len());
        let en = tr(Lang::En, K::ExploreExampleHint);
        assert!(en.contains(&format!("{c} campaigns")) && en.contains(&format!("{b} backlog items")) && en.contains(&format!("{k} KPIs")), "{en}");
        let fr = tr(Lang::Fr, K::ExploreExampleHint);
        assert!(fr.contains(&format!("{c} campagnes")) && fr.contains(&format!("{b} éléments")) && fr.contains(&format!("{k} KPI")), "{fr}");
        assert!(ws.kpis.iter().all(|k| k.weeks.len() == 8 || k.formula.is_some()));
        let v = serde_json::to_value(&ws).unwrap();
        assert_eq!(validate_workspace(&v, "workspace"), vec![]);
    }

    #[test]
    fn large_is_valid_and_sized() {
        let ws = large(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), 5000);
        assert_eq!((ws.campaigns.len(), ws.backlog.len(), ws.kpis.len(), ws.sprints.len()), (200, 5000, 100, 20));
        assert!(ws.kpis.iter().all(|k| k.weeks.len() == 104));
        assert_eq!(ws.milestones.len(), 2000);
        assert_eq!(ws.campaigns.iter().map(|c| c.depends_on.len()).sum::<usize>(), 300);
        let v = serde_json::to_value(&ws).unwrap();
        assert_eq!(validate_workspace(&v, "workspace"), vec![]);
    }
}
