//! The workspace: everything a marketing team keeps in Jalon.
//!
//! These types are the public file contract (see `public/schema/`): field
//! names are what the JSON holds, so renaming one is a format change that
//! needs a new version and a migration in [`super::file`].
//! Lists keep their order: the backlog's order *is* its manual ranking.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub name: String,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub team: Vec<TeamMember>,
    #[serde(default)]
    pub campaigns: Vec<Campaign>,
    #[serde(default)]
    pub backlog: Vec<BacklogItem>,
    #[serde(default)]
    pub sprints: Vec<Sprint>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub kpis: Vec<Kpi>,
    #[serde(default)]
    pub risks: Vec<Risk>,
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
        }
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
}

impl Default for Settings {
    fn default() -> Self {
        Settings { sprint_weeks: 2, currency: "EUR".into() }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamMember {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub skills: Vec<String>,
    #[serde(default)]
    pub weekly_hours: f64,
    #[serde(default)]
    pub hourly_rate: f64,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub objective: String,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub owner: String,
    #[serde(default, with = "super::date::serde_opt_date")]
    pub start: Option<NaiveDate>,
    #[serde(default, with = "super::date::serde_opt_date")]
    pub end: Option<NaiveDate>,
    #[serde(default)]
    pub budget: Vec<ChannelBudget>,
    #[serde(default)]
    pub phase: Phase,
    #[serde(default)]
    pub alignment: Alignment,
}

impl Campaign {
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
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub status: ItemStatus,
    #[serde(default)]
    pub campaign: Option<Id>,
    #[serde(default)]
    pub sprint: Option<Id>,
    #[serde(default)]
    pub assignee: Option<Id>,
    /// Estimate in hours; absent while not yet estimated.
    #[serde(default)]
    pub estimate_hours: Option<f64>,
    #[serde(default)]
    pub tags: Vec<String>,
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
        }
    }
}

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
    #[serde(default)]
    pub goal: String,
    #[serde(with = "super::date::serde_date")]
    pub start: NaiveDate,
    #[serde(with = "super::date::serde_date")]
    pub end: NaiveDate,
    pub state: SprintState,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: Id,
    #[serde(default)]
    pub campaign: Option<Id>,
    pub title: String,
    #[serde(with = "super::date::serde_date")]
    pub date: NaiveDate,
    /// Free text metric name, or a KPI id when `kpi` is set.
    #[serde(default)]
    pub metric: String,
    #[serde(default)]
    pub kpi: Option<Id>,
    #[serde(default)]
    pub baseline: f64,
    pub target: f64,
    #[serde(default)]
    pub actual: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Currency,
    Percent,
    Count,
    Score,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub channel: Option<Channel>,
    pub unit: Unit,
    pub direction: Direction,
    #[serde(default)]
    pub quarterly_target: Option<f64>,
    /// Weekly values keyed by ISO week, e.g. `"2026-W47"`.
    #[serde(default)]
    pub weeks: BTreeMap<String, f64>,
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
    #[serde(default)]
    pub campaign: Option<Id>,
    pub description: String,
    pub category: RiskCategory,
    /// 1–5.
    pub probability: u8,
    /// 1–5.
    pub impact: u8,
    #[serde(default)]
    pub mitigation: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub status: RiskStatus,
}

/// ISO week label (`2026-W47`) of a date.
pub fn iso_week_label(d: NaiveDate) -> String {
    use chrono::Datelike;
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}
