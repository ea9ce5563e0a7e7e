//! Deletions that touch more than one record: nothing may keep pointing at
//! what is gone, or the next save would write a file that does not read.

use super::ops::{Coll, Op, Record};
use super::{Id, Workspace};

/// Deletes a campaign without leaving a reference behind: backlog items and
/// milestones that point at it are unlinked, its risks go with it. One
/// batch, so one undo brings everything back. Lessons keep their soft link
/// (and the campaign's name), on purpose.
pub fn delete_campaign(ws: &Workspace, id: &Id) -> Option<Op> {
    ws.campaigns.iter().find(|c| &c.id == id)?;
    let mut ops = vec![];
    for it in ws.backlog.iter().filter(|i| i.campaign.as_ref() == Some(id)) {
        let mut it = it.clone();
        it.campaign = None;
        ops.push(Op::Replace(Record::Item(it)));
    }
    for m in ws.milestones.iter().filter(|m| m.campaign.as_ref() == Some(id)) {
        let mut m = m.clone();
        m.campaign = None;
        ops.push(Op::Replace(Record::Milestone(m)));
    }
    for r in ws.risks.iter().filter(|r| r.campaign.as_ref() == Some(id)) {
        ops.push(Op::Remove { coll: Coll::Risks, id: r.id.clone() });
    }
    for c in ws.campaigns.iter().filter(|c| c.depends_on.contains(id)) {
        let mut c = c.clone();
        c.depends_on.retain(|d| d != id);
        ops.push(Op::Replace(Record::Campaign(c)));
    }
    ops.push(Op::Remove { coll: Coll::Campaigns, id: id.clone() });
    Some(Op::Batch(ops))
}

/// Deletes a backlog item: items that waited on it stop waiting, a meeting
/// action that became this item keeps its text but loses the link. One
/// batch, one undo.
pub fn delete_item(ws: &Workspace, id: &Id) -> Option<Op> {
    ws.backlog.iter().find(|i| &i.id == id)?;
    let mut ops = vec![];
    for it in ws.backlog.iter().filter(|i| i.depends_on.contains(id)) {
        let mut it = it.clone();
        it.depends_on.retain(|d| d != id);
        ops.push(Op::Replace(Record::Item(it)));
    }
    for m in ws.meetings.iter().filter(|m| m.actions.iter().any(|a| a.item.as_ref() == Some(id))) {
        let mut m = m.clone();
        for a in m.actions.iter_mut().filter(|a| a.item.as_ref() == Some(id)) {
            a.item = None;
        }
        ops.push(Op::Replace(Record::Meeting(m)));
    }
    ops.push(Op::Remove { coll: Coll::Backlog, id: id.clone() });
    Some(Op::Batch(ops))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{sample, validate::check_typed};

    #[test]
    fn deleting_a_campaign_leaves_no_dangling_reference_and_undoes_exactly() {
        let before = sample::example(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let id = Id("cp-1".into());
        assert!(before.backlog.iter().any(|i| i.campaign.as_ref() == Some(&id)));
        assert!(before.risks.iter().any(|r| r.campaign.as_ref() == Some(&id)));
        assert!(before.campaigns.iter().any(|c| c.depends_on.contains(&id)));
        let mut ws = before.clone();
        let inverse = delete_campaign(&ws, &id).unwrap().apply(&mut ws).unwrap();
        assert!(check_typed(&ws));
        assert!(!ws.campaigns.iter().any(|c| c.id == id));
        assert!(!ws.backlog.iter().any(|i| i.campaign.as_ref() == Some(&id)));
        assert!(!ws.risks.iter().any(|r| r.campaign.as_ref() == Some(&id)));
        assert!(!ws.campaigns.iter().any(|c| c.depends_on.contains(&id)));
        assert_eq!(ws.backlog.len(), before.backlog.len(), "items stay, unlinked");
        inverse.apply(&mut ws).unwrap();
        assert_eq!(ws, before);
        assert!(delete_campaign(&ws, &Id("nope".into())).is_none());
    }

    #[test]
    fn deleting_an_item_unlinks_dependants_and_meeting_actions() {
        use crate::domain::{ActionItem, Meeting};
        let mut before = sample::example(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let gone = before.backlog[0].id.clone();
        before.backlog[1].depends_on = vec![gone.clone()];
        before.meetings.push(Meeting {
            id: Id("mt-1".into()),
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            timebox: 60,
            started_ms: None,
            ended_ms: None,
            attendees: vec![],
            decisions: vec![],
            actions: vec![ActionItem { text: "Fix the tracking".into(), owner: String::new(), item: Some(gone.clone()) }],
            notes: String::new(),
        });
        assert!(check_typed(&before));
        let mut ws = before.clone();
        let inverse = delete_item(&ws, &gone).unwrap().apply(&mut ws).unwrap();
        assert!(check_typed(&ws), "no dangling reference after the delete");
        assert!(ws.backlog[0].depends_on.is_empty());
        assert_eq!(ws.meetings[0].actions[0].item, None);
        assert_eq!(ws.meetings[0].actions[0].text, "Fix the tracking");
        inverse.apply(&mut ws).unwrap();
        assert_eq!(ws, before);
    }
}
