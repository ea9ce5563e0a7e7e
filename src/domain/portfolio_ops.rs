//! Portfolio changes that touch more than one record.

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
    ops.push(Op::Remove { coll: Coll::Campaigns, id: id.clone() });
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
        let mut ws = before.clone();
        let inverse = delete_campaign(&ws, &id).unwrap().apply(&mut ws).unwrap();
        assert!(check_typed(&ws));
        assert!(!ws.campaigns.iter().any(|c| c.id == id));
        assert!(!ws.backlog.iter().any(|i| i.campaign.as_ref() == Some(&id)));
        assert!(!ws.risks.iter().any(|r| r.campaign.as_ref() == Some(&id)));
        assert_eq!(ws.backlog.len(), before.backlog.len(), "items stay, unlinked");
        inverse.apply(&mut ws).unwrap();
        assert_eq!(ws, before);
        assert!(delete_campaign(&ws, &Id("nope".into())).is_none());
    }
}
