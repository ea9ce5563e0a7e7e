//! Change control: a change request moves a campaign's end date and budget
//! only when approved, and every decision stays in the campaign's log, so
//! scope creep is visible. Approving returns the changed campaign; the
//! caller replaces it with an op, which is what makes the decision undoable.

use super::{Campaign, ChangeStatus, Channel, ChannelBudget, Id};
use chrono::{Duration, NaiveDate};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeProblem {
    NotFound,
    AlreadyDecided,
    /// Approving would put the end before the start.
    EndBeforeStart,
    /// Approving would take the channel's planned budget below 0.
    BudgetBelowZero,
    /// A rejection needs a reason.
    ReasonRequired,
}

fn pending(c: &Campaign, request: &Id) -> Result<usize, ChangeProblem> {
    let i = c.changes.iter().position(|r| &r.id == request).ok_or(ChangeProblem::NotFound)?;
    if c.changes[i].status != ChangeStatus::Requested {
        return Err(ChangeProblem::AlreadyDecided);
    }
    Ok(i)
}

/// The campaign with the request approved: the end date moves by the
/// request's days (when the campaign has an end), its budget is added to
/// its channel's planned budget (the request's channel, else the first
/// budget line, else "other"; a missing line is created, and a channel the
/// request names joins the campaign's channels).
pub fn approve(c: &Campaign, request: &Id, today: NaiveDate, reason: &str) -> Result<Campaign, ChangeProblem> {
    let i = pending(c, request)?;
    let mut next = c.clone();
    let r = next.changes[i].clone();
    if let Some(end) = next.end {
        let moved = end + Duration::days(r.days as i64);
        if next.start.is_some_and(|s| moved < s) {
            return Err(ChangeProblem::EndBeforeStart);
        }
        next.end = Some(moved);
    }
    if r.budget != 0.0 {
        let channel = r.channel.or_else(|| next.budget.first().map(|b| b.channel)).unwrap_or(Channel::Other);
        match next.budget.iter_mut().find(|b| b.channel == channel) {
            Some(line) => {
                let planned = line.planned + r.budget;
                if planned < -1e-9 {
                    return Err(ChangeProblem::BudgetBelowZero);
                }
                line.planned = planned.max(0.0);
            }
            None if r.budget < 0.0 => return Err(ChangeProblem::BudgetBelowZero),
            None => next.budget.push(ChannelBudget { channel, planned: r.budget, spent: 0.0 }),
        }
        // Money approved for a channel the request names makes the campaign
        // one of that channel's (its filters and totals by channel count it).
        if r.channel == Some(channel) && !next.channels.contains(&channel) {
            next.channels.push(channel);
        }
    }
    let d = &mut next.changes[i];
    d.status = ChangeStatus::Approved;
    d.decided_on = Some(today);
    d.reason = reason.trim().to_string();
    Ok(next)
}

/// The campaign with the request rejected, for a stated reason; nothing
/// else changes.
pub fn reject(c: &Campaign, request: &Id, today: NaiveDate, reason: &str) -> Result<Campaign, ChangeProblem> {
    let i = pending(c, request)?;
    if reason.trim().is_empty() {
        return Err(ChangeProblem::ReasonRequired);
    }
    let mut next = c.clone();
    let d = &mut next.changes[i];
    d.status = ChangeStatus::Rejected;
    d.decided_on = Some(today);
    d.reason = reason.trim().to_string();
    Ok(next)
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Creep {
    pub days: i32,
    pub budget: f64,
    pub approved: usize,
    pub rejected: usize,
    pub pending: usize,
}

/// Scope creep: the approved impacts summed, and the requests by status.
pub fn creep(c: &Campaign) -> Creep {
    let mut k = Creep::default();
    for r in &c.changes {
        match r.status {
            ChangeStatus::Approved => {
                k.approved += 1;
                k.days += r.days;
                k.budget += r.budget;
            }
            ChangeStatus::Rejected => k.rejected += 1,
            ChangeStatus::Requested => k.pending += 1,
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ops::{Op, Record};
    use crate::domain::{sample, ChangeRequest};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }
    fn example() -> crate::domain::Workspace {
        sample::example(day(23))
    }
    fn request(id: &str, days: i32, budget: f64, channel: Option<Channel>) -> ChangeRequest {
        ChangeRequest {
            id: Id(id.into()),
            requester: "Anne".into(),
            description: "more".into(),
            requested_on: day(20),
            days,
            budget,
            channel,
            status: ChangeStatus::Requested,
            decided_on: None,
            reason: String::new(),
        }
    }

    #[test]
    fn approving_moves_the_end_and_the_budget_and_undoes_exactly() {
        let mut ws = example();
        let c = ws.campaigns[0].clone();
        let cr = c.changes[0].id.clone();
        let social = |c: &Campaign| c.budget.iter().find(|b| b.channel == Channel::Social).unwrap().planned;
        let next = approve(&c, &cr, day(23), " ok ").unwrap();
        assert_eq!(next.end, c.end.map(|e| e + Duration::days(7)));
        assert_eq!(social(&next), social(&c) + 1500.0);
        assert_eq!(next.changes[0].status, ChangeStatus::Approved);
        assert_eq!(next.changes[0].decided_on, Some(day(23)));
        assert_eq!(next.changes[0].reason, "ok");
        assert_eq!(creep(&next), Creep { days: 7, budget: 1500.0, approved: 1, rejected: 0, pending: 0 });
        let before = ws.clone();
        let inverse = Op::Replace(Record::Campaign(next)).apply(&mut ws).unwrap();
        assert_ne!(ws, before);
        inverse.apply(&mut ws).unwrap();
        assert_eq!(ws, before);
        assert_eq!(approve(&approve(&c, &cr, day(23), "").unwrap(), &cr, day(23), ""), Err(ChangeProblem::AlreadyDecided));
    }

    #[test]
    fn each_problem_is_refused() {
        let mut c = Campaign::new(Id("c".into()), "C");
        c.start = Some(day(10));
        c.end = Some(day(20));
        c.budget = vec![ChannelBudget { channel: Channel::Email, planned: 100.0, spent: 0.0 }];
        c.changes = vec![request("early", -15, 0.0, None), request("cut", 0, -150.0, None), request("new", 0, -1.0, Some(Channel::Pr))];
        assert_eq!(approve(&c, &Id("early".into()), day(23), ""), Err(ChangeProblem::EndBeforeStart));
        assert_eq!(approve(&c, &Id("cut".into()), day(23), ""), Err(ChangeProblem::BudgetBelowZero));
        assert_eq!(approve(&c, &Id("new".into()), day(23), ""), Err(ChangeProblem::BudgetBelowZero));
        assert_eq!(approve(&c, &Id("nope".into()), day(23), ""), Err(ChangeProblem::NotFound));
        assert_eq!(reject(&c, &Id("cut".into()), day(23), "  "), Err(ChangeProblem::ReasonRequired));
        let r = reject(&c, &Id("cut".into()), day(23), "too much").unwrap();
        assert_eq!((r.changes[1].status, r.budget.clone(), r.end), (ChangeStatus::Rejected, c.budget.clone(), c.end));
        assert_eq!(creep(&r), Creep { days: 0, budget: 0.0, approved: 0, rejected: 1, pending: 2 });
    }

    #[test]
    fn budget_goes_to_the_first_line_or_a_new_one() {
        let mut c = Campaign::new(Id("c".into()), "C");
        c.changes = vec![request("a", 3, 500.0, None)];
        let n = approve(&c, &Id("a".into()), day(23), "").unwrap();
        assert_eq!(n.end, None, "no end, nothing to move");
        assert_eq!(n.budget, vec![ChannelBudget { channel: Channel::Other, planned: 500.0, spent: 0.0 }]);
        assert!(n.channels.is_empty(), "the fallback line names no channel of the campaign's");
        c.budget = vec![ChannelBudget { channel: Channel::Seo, planned: 10.0, spent: 5.0 }];
        let n = approve(&c, &Id("a".into()), day(23), "").unwrap();
        assert_eq!(n.budget[0].planned, 510.0);
    }

    #[test]
    fn money_for_a_named_channel_makes_it_one_of_the_campaigns_channels() {
        let mut c = Campaign::new(Id("c".into()), "C");
        c.channels = vec![Channel::Email];
        c.budget = vec![ChannelBudget { channel: Channel::Email, planned: 100.0, spent: 0.0 }];
        c.changes = vec![request("social", 0, 300.0, Some(Channel::Social)), request("more", 0, 50.0, Some(Channel::Email))];
        let n = approve(&c, &Id("social".into()), day(23), "").unwrap();
        assert_eq!(n.channels, vec![Channel::Email, Channel::Social]);
        assert_eq!(n.budget[1], ChannelBudget { channel: Channel::Social, planned: 300.0, spent: 0.0 });
        let n = approve(&n, &Id("more".into()), day(23), "").unwrap();
        assert_eq!(n.channels, vec![Channel::Email, Channel::Social], "listed once");
        assert_eq!(n.budget[0].planned, 150.0);
    }
}
