//! The workspace: everything a marketing team keeps in Jalon.
//!
//! These types are the public file contract (see `public/schema/`): field
//! names are what the JSON holds, so renaming one is a format change that
//! needs a new version and a migration in [`super::file`].
//! Lists keep their order: the backlog's order *is* its manual ranking.
//! Optional fields at their default (empty text, empty list, no value) are
//! left out of the file: a 5,000-item workspace is 40 % smaller, and saving
//! it proportionally faster. Reading fills them back in.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub name: String,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<TeamMember>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campaigns: Vec<Campaign>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub backlog: Vec<BacklogItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sprints: Vec<Sprint>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// The weekly calendar: a task's day and hour for a team member.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub time_blocks: Vec<TimeBlock>,
    /// Lessons learned, kept when their campaign closes (and after it is gone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<Lesson>,
    /// Maturity self-assessments, oldest first, so progress shows over time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<Assessment>,
    /// Weekly marketing meetings, oldest first; past ones stay readable.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// Conflicts and questions the team listed for the next meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
}

impl Workspace {
    pub fn empty(name: &str) -> Self {
        Workspace {
            name: name.to_string(),
            settings: Settings::default(),
            team: vec![],
            campaigns: vec![],
            backlog: vec![],
            sprints: vec![],
            milestones: vec![],
            kpis: vec![],
            risks: vec![],
            time_blocks: vec![],
            lessons: vec![],
            assessments: vec![],
            meetings: vec![],
            topics: vec![],
        }
    }

    /// True when nothing a person made is in it (its name and settings
    /// aside, and the KPI sheet's usual metrics as a new workspace gets
    /// them, untouched): replacing it loses nothing, so an import need not ask.
    pub fn holds_nothing(&self) -> bool {
        let Workspace { name: _, settings: _, team, campaigns, backlog, sprints, milestones, kpis, risks, time_blocks, lessons, assessments, meetings, topics } = self;
        team.is_empty()
            && campaigns.is_empty()
            && backlog.is_empty()
            && sprints.is_empty()
            && milestones.is_empty()
            && (kpis.is_empty() || *kpis == crate::domain::kpi::default_set())
            && risks.is_empty()
            && time_blocks.is_empty()
            && lessons.is_empty()
            && assessments.is_empty()
            && meetings.is_empty()
            && topics.is_empty()
    }

    pub fn counts(&self) -> Counts {
        Counts {
            campaigns: self.campaigns.len(),
            backlog: self.backlog.len(),
            sprints: self.sprints.len(),
            milestones: self.milestones.len(),
            kpis: self.kpis.len(),
            team: self.team.len(),
            risks: self.risks.len(),
        }
    }
}

/// What a workspace holds, shown before an import replaces anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub campaigns: usize,
    pub backlog: usize,
    pub sprints: usize,
    pub milestones: usize,
    pub kpis: usize,
    pub team: usize,
    pub risks: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Sprint length in weeks: 1 or 2.
    pub sprint_weeks: u8,
    /// ISO 4217 code used to display money.
    pub currency: String,
    /// The skills team members and campaigns are described with.
    #[serde(default = "default_skills", skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Optional work-in-progress limit per board column.
    #[serde(default, skip_serializing_if = "WipLimits::is_empty")]
    pub wip: WipLimits,
    /// The calendar's working day, in whole hours (9–18 by default).
    #[serde(default = "default_day_start")]
    pub day_start: u8,
    #[serde(default = "default_day_end")]
    pub day_end: u8,
    /// The portfolio's weighted scoring model.
    #[serde(default = "default_criteria")]
    pub scoring: Vec<ScoreCriterion>,
    /// The limits of the budget-constrained selection.
    #[serde(default, skip_serializing_if = "SelectionLimits::is_empty")]
    pub selection: SelectionLimits,
}

/// One criterion of the weighted scoring model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreCriterion {
    /// Stable key: campaigns keep their ratings under it.
    pub id: String,
    /// The user's name for it; empty shows the built-in name of `id`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Relative weight (≥ 0); shown normalised to 100 %.
    pub weight: f64,
    pub direction: Direction,
    pub source: ScoreSource,
}

/// Where a criterion's value comes from, which also says how it is normalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreSource {
    /// A 0–5 rating typed on the campaign.
    Rating,
    /// An amount typed on the campaign (e.g. estimated CPA), compared across
    /// the portfolio.
    Amount,
    /// The mean of the campaign's strategic alignment (0–5).
    Alignment,
    /// The campaign's planned budget, compared across the portfolio.
    Budget,
}

/// The defaults of the scoring model: what the seeds name.
pub fn default_criteria() -> Vec<ScoreCriterion> {
    let c = |id: &str, weight: f64, direction: Direction, source: ScoreSource| ScoreCriterion {
        id: id.into(),
        name: String::new(),
        weight,
        direction,
        source,
    };
    vec![
        c("engagement", 25.0, Direction::HigherIsBetter, ScoreSource::Rating),
        c("cpa", 15.0, Direction::LowerIsBetter, ScoreSource::Amount),
        c("experience", 15.0, Direction::HigherIsBetter, ScoreSource::Rating),
        c("alignment", 20.0, Direction::HigherIsBetter, ScoreSource::Alignment),
        c("cost", 15.0, Direction::LowerIsBetter, ScoreSource::Budget),
        c("complexity", 10.0, Direction::LowerIsBetter, ScoreSource::Rating),
    ]
}

/// Budget and weekly hours the selection must fit; absent hours means the
/// team's weekly hours.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SelectionLimits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
}

impl SelectionLimits {
    pub fn is_empty(&self) -> bool {
        *self == SelectionLimits::default()
    }
}

pub fn default_skills() -> Vec<String> {
    ["seo", "sea", "social", "email", "content", "design", "analytics"].iter().map(|s| s.to_string()).collect()
}
fn default_day_start() -> u8 {
    9
}
fn default_day_end() -> u8 {
    18
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            sprint_weeks: 2,
            currency: "EUR".into(),
            skills: default_skills(),
            wip: WipLimits::default(),
            day_start: default_day_start(),
            day_end: default_day_end(),
            scoring: default_criteria(),
            selection: SelectionLimits::default(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WipLimits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub todo: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doing: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamMember {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    #[serde(default)]
    pub weekly_hours: f64,
    #[serde(default)]
    pub hourly_rate: f64,
    /// Declared absences, subtracted from sprint capacity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub time_off: Vec<TimeOff>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeOff {
    #[serde(with = "super::date::serde_date")]
    pub date: NaiveDate,
    /// Hours off that day (0–24).
    pub hours: f64,
}

/// Marketing channels a campaign, KPI or story can belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Social,
    Seo,
    Sea,
    Content,
    Display,
    Events,
    Pr,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 9] = [
        Channel::Email,
        Channel::Social,
        Channel::Seo,
        Channel::Sea,
        Channel::Content,
        Channel::Display,
        Channel::Events,
        Channel::Pr,
        Channel::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Social => "social",
            Channel::Seo => "seo",
            Channel::Sea => "sea",
            Channel::Content => "content",
            Channel::Display => "display",
            Channel::Events => "events",
            Channel::Pr => "pr",
            Channel::Other => "other",
        }
    }
}

/// Campaign lifecycle, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Request,
    Evaluation,
    Prioritised,
    Planning,
    Execution,
    Monitoring,
    Closed,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Request,
        Phase::Evaluation,
        Phase::Prioritised,
        Phase::Planning,
        Phase::Execution,
        Phase::Monitoring,
        Phase::Closed,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Phase::Request => "request",
            Phase::Evaluation => "evaluation",
            Phase::Prioritised => "prioritised",
            Phase::Planning => "planning",
            Phase::Execution => "execution",
            Phase::Monitoring => "monitoring",
            Phase::Closed => "closed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelBudget {
    pub channel: Channel,
    pub planned: f64,
    pub spent: f64,
}

/// Contribution to the three strategic goals, 0–5 each.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    pub awareness: u8,
    pub acquisition: u8,
    pub retention: u8,
}

/// A SMART objective, one prompt per letter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Smart {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub specific: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub measurable: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub achievable: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub relevant: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time_bound: String,
}

impl Smart {
    pub fn is_empty(&self) -> bool {
        *self == Smart::default()
    }
}

/// Hours per week a campaign needs of one skill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkillHours {
    pub skill: String,
    pub hours: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub name: String,
    #[serde(default)]
    pub external: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// 1–5.
    pub influence: u8,
    /// 1–5.
    pub interest: u8,
}

/// The selection may be told to always or never take a campaign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Forced {
    In,
    Out,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeStatus {
    #[default]
    Requested,
    Approved,
    Rejected,
}

/// A change request against a campaign's dates or budget: scope creep made
/// visible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeRequest {
    pub id: Id,
    pub requester: String,
    pub description: String,
    #[serde(with = "super::date::serde_date")]
    pub requested_on: NaiveDate,
    /// Days the end date moves (negative brings it forward).
    #[serde(default)]
    pub days: i32,
    /// Budget added (negative: removed) to the channel below.
    #[serde(default)]
    pub budget: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub status: ChangeStatus,
    #[serde(default, with = "super::date::serde_opt_date", skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Smart::is_empty")]
    pub smart: Smart,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, with = "super::date::serde_opt_date", skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(default, with = "super::date::serde_opt_date", skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<ChannelBudget>,
    #[serde(default)]
    pub phase: Phase,
    #[serde(default)]
    pub alignment: Alignment,
    /// Hours per week the campaign needs, per skill.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillHours>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stakeholders: Vec<Stakeholder>,
    /// Values of the typed scoring criteria, by criterion id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ratings: BTreeMap<String, f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forced: Option<Forced>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<ChangeRequest>,
    /// Campaigns that must finish before this one starts (finish-to-start).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Id>,
    /// Revenue attributed to the campaign, for its ROI and ROAS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue: Option<f64>,
}

impl Campaign {
    pub fn new(id: Id, name: &str) -> Self {
        Campaign {
            id,
            name: name.into(),
            smart: Smart::default(),
            channels: vec![],
            owner: String::new(),
            start: None,
            end: None,
            budget: vec![],
            phase: Phase::Request,
            alignment: Alignment::default(),
            skills: vec![],
            stakeholders: vec![],
            ratings: BTreeMap::new(),
            forced: None,
            changes: vec![],
            depends_on: vec![],
            revenue: None,
        }
    }
    /// Hours per week over all skills.
    pub fn weekly_hours(&self) -> f64 {
        self.skills.iter().map(|s| s.hours).sum()
    }
    pub fn planned_budget(&self) -> f64 {
        self.budget.iter().map(|b| b.planned).sum()
    }
    pub fn spent_budget(&self) -> f64 {
        self.budget.iter().map(|b| b.spent).sum()
    }
}

/// The five kinds of marketing backlog work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Feature,
    Experiment,
    Technical,
    Campaign,
    Content,
}

impl ItemKind {
    pub const ALL: [ItemKind; 5] =
        [ItemKind::Feature, ItemKind::Experiment, ItemKind::Technical, ItemKind::Campaign, ItemKind::Content];
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Feature => "feature",
            ItemKind::Experiment => "experiment",
            ItemKind::Technical => "technical",
            ItemKind::Campaign => "campaign",
            ItemKind::Content => "content",
        }
    }
    pub fn from_code(code: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    #[default]
    Todo,
    Doing,
    Done,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BacklogItem {
    pub id: Id,
    pub title: String,
    pub kind: ItemKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub status: ItemStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sprint: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<Id>,
    /// Estimate in hours; absent while not yet estimated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The user-story template, field by field.
    #[serde(default, skip_serializing_if = "Story::is_empty")]
    pub story: Story,
    /// Acceptance criteria, ticked off one by one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acceptance: Vec<Criterion>,
    /// Optional story points, beside the hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_points: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rice: Option<Rice>,
    /// Value and effort on a 1–10 scale, for the value-vs-effort matrix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<f64>,
    #[serde(default, with = "super::date::serde_opt_date", skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The day the item was moved to done (drives the burndown).
    #[serde(default, with = "super::date::serde_opt_date", skip_serializing_if = "Option::is_none")]
    pub done_on: Option<NaiveDate>,
    /// Items that must be done before this one starts (finish-to-start).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Id>,
}

impl BacklogItem {
    pub fn new(id: Id, title: &str, kind: ItemKind) -> Self {
        BacklogItem {
            id,
            title: title.to_string(),
            kind,
            description: String::new(),
            status: ItemStatus::Todo,
            campaign: None,
            sprint: None,
            assignee: None,
            estimate_hours: None,
            tags: vec![],
            story: Story::default(),
            acceptance: vec![],
            estimate_points: None,
            rice: None,
            value: None,
            effort: None,
            due: None,
            done_on: None,
            depends_on: vec![],
        }
    }
}

/// "As a … I want … so that …", with the marketing context around it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Story {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_a: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub i_want: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub so_that: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub segment: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kpi: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hypothesis: String,
}

impl Story {
    pub fn is_empty(&self) -> bool {
        *self == Story::default()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

/// Reach (people per period), impact (0.25, 0.5, 1, 2 or 3), confidence
/// (0–100 %), effort (person-weeks, more than 0).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rice {
    pub reach: f64,
    pub impact: f64,
    pub confidence: f64,
    pub effort: f64,
}

/// The RICE impact scale.
pub const RICE_IMPACTS: [f64; 5] = [0.25, 0.5, 1.0, 2.0, 3.0];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SprintState {
    Planned,
    Active,
    Closed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sprint {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    #[serde(with = "super::date::serde_date")]
    pub start: NaiveDate,
    #[serde(with = "super::date::serde_date")]
    pub end: NaiveDate,
    pub state: SprintState,
    /// Every change of scope after the sprint started.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope_changes: Vec<ScopeChange>,
    /// Sprint review notes: what was delivered and its effect on KPIs.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub review: String,
    #[serde(default, skip_serializing_if = "Retro::is_empty")]
    pub retro: Retro,
}

impl Sprint {
    pub fn new(id: Id, name: &str, goal: &str, start: NaiveDate, end: NaiveDate, state: SprintState) -> Self {
        Sprint {
            id,
            name: name.into(),
            goal: goal.into(),
            start,
            end,
            state,
            scope_changes: vec![],
            review: String::new(),
            retro: Retro::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeChangeKind {
    Added,
    Removed,
}

/// A change to a started sprint's scope: who, when, what and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScopeChange {
    /// RFC 3339 time of the change.
    pub at: String,
    #[serde(with = "super::date::serde_date")]
    pub on: NaiveDate,
    pub who: String,
    pub item: Id,
    pub title: String,
    pub kind: ScopeChangeKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Estimate (hours) the change added or removed, for the burndown.
    #[serde(default)]
    pub hours: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Retro {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub went_well: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_improve: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
}

impl Retro {
    pub fn is_empty(&self) -> bool {
        *self == Retro::default()
    }
}

/// A block of a member's week given to a task.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeBlock {
    pub id: Id,
    pub member: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    pub title: String,
    #[serde(with = "super::date::serde_date")]
    pub date: NaiveDate,
    /// Start hour of the day (e.g. 9.5 = 9:30).
    pub start: f64,
    pub hours: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Id>,
    pub title: String,
    #[serde(with = "super::date::serde_date")]
    pub date: NaiveDate,
    /// Free text metric name, or a KPI id when `kpi` is set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub metric: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<Id>,
    #[serde(default)]
    pub baseline: f64,
    pub target: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<f64>,
    /// Whether the metric should go up or down; a linked KPI's own
    /// direction wins over this one.
    #[serde(default, skip_serializing_if = "Direction::is_higher")]
    pub direction: Direction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Currency,
    Percent,
    Count,
    Score,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    HigherIsBetter,
    LowerIsBetter,
}

impl Direction {
    pub fn is_higher(&self) -> bool {
        *self == Direction::HigherIsBetter
    }
}

/// How a derived KPI row is computed from other rows, week by week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Formula {
    /// `num ÷ den`, × 100 when `percent` (CTR, open rate, conversion rate).
    Ratio {
        num: Id,
        den: Id,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        percent: bool,
    },
    /// The sum of several rows (total spend over the channels).
    Sum { of: Vec<Id> },
}

impl Formula {
    /// The rows this formula reads.
    pub fn inputs(&self) -> Vec<&Id> {
        match self {
            Formula::Ratio { num, den, .. } => vec![num, den],
            Formula::Sum { of } => of.iter().collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    pub unit: Unit,
    pub direction: Direction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarterly_target: Option<f64>,
    /// Weekly values keyed by ISO week, e.g. `"2026-W47"`. A derived row
    /// keeps none: its values are computed from its formula.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub weeks: BTreeMap<String, f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<Formula>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskCategory {
    Technical,
    Market,
    Organisational,
    Regulatory,
    CustomerReaction,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskStatus {
    #[default]
    Open,
    Mitigated,
    Occurred,
    Closed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Id>,
    pub description: String,
    pub category: RiskCategory,
    /// 1–5.
    pub probability: u8,
    /// 1–5.
    pub impact: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mitigation: String,
    /// What to do if it happens anyway.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contingency: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default)]
    pub status: RiskStatus,
}

impl Risk {
    /// Exposure = probability × impact (1–25).
    pub fn exposure(&self) -> u8 {
        self.probability * self.impact
    }
}

/// What a closed campaign taught, kept in a searchable library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: Id,
    /// The campaign it came from (a soft link: the lesson outlives it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Id>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub campaign_name: String,
    #[serde(with = "super::date::serde_date")]
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub worked: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub change: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// One maturity self-assessment: answers 1–5 by question id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: Id,
    #[serde(with = "super::date::serde_date")]
    pub date: NaiveDate,
    pub answers: BTreeMap<String, u8>,
}

/// ISO week label (`2026-W47`) of a date.
pub fn iso_week_label(d: NaiveDate) -> String {
    use chrono::Datelike;
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

impl WipLimits {
    pub fn is_empty(&self) -> bool {
        *self == WipLimits::default()
    }
}

/// One weekly marketing meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: Id,
    #[serde(with = "super::date::serde_date")]
    pub date: NaiveDate,
    /// Timebox in minutes (60 or 90).
    pub timebox: u32,
    /// When the clock started and stopped, in milliseconds since 1970.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Attendee>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionItem>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A person in the room: a team member (rate from the team) or a guest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attendee {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Id>,
    pub name: String,
    /// Hourly rate, in the workspace currency.
    #[serde(default)]
    pub rate: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The backlog item this action became, once it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
}

/// A conflict or question the team wants on the next meeting's agenda.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    pub id: Id,
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workspace_holds_nothing_until_anything_is_added() {
        let mut ws = Workspace::empty("Mine");
        ws.settings.sprint_weeks = 1;
        assert!(ws.holds_nothing(), "a name and settings are not work to lose");
        // "Start empty" gives the usual metrics, with no values yet.
        ws.kpis = crate::domain::kpi::default_set();
        assert!(ws.holds_nothing());
        ws.kpis[0].weeks.insert("2026-W48".into(), 3.0);
        assert!(!ws.holds_nothing(), "a typed value is work");
        ws.kpis = crate::domain::kpi::default_set();
        ws.kpis[1].name.push_str(" (web)");
        assert!(!ws.holds_nothing(), "a renamed metric is work");
        let sample = crate::domain::sample::example(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert!(!sample.holds_nothing());
        // Any one list with something in it is enough.
        let mut one = Workspace::empty("Mine");
        one.kpis.push(sample.kpis[0].clone());
        assert!(!one.holds_nothing());
        let mut one = Workspace::empty("Mine");
        one.backlog.push(sample.backlog[0].clone());
        assert!(!one.holds_nothing());
        let mut one = Workspace::empty("Mine");
        one.team.push(sample.team[0].clone());
        assert!(!one.holds_nothing());
    }
}
