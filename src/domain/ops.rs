//! Operations: the only way a workspace changes.
//!
//! Every change the app makes is an [`Op`]. Applying an op returns its
//! inverse, which is what the undo history keeps: undo applies the inverse
//! (and gets the redo op back). Keeping inverses instead of snapshots means
//! 200 undo steps cost a few records, not 200 copies of a 5,000-item
//! workspace. Ops are plain data, so the rules are tested natively and the
//! same op can be replayed on any workspace.

use super::*;

/// One record of any collection, for the generic insert/replace ops.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Item(BacklogItem),
    Campaign(Campaign),
    Sprint(Sprint),
    Milestone(Milestone),
    Kpi(Kpi),
    Member(TeamMember),
    Risk(Risk),
    Block(TimeBlock),
    Lesson(Lesson),
    Assessment(Assessment),
    Meeting(Meeting),
    Topic(Topic),
}

/// Names a collection of the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coll {
    Backlog,
    Campaigns,
    Sprints,
    Milestones,
    Kpis,
    Team,
    Risks,
    Blocks,
    Lessons,
    Assessments,
    Meetings,
    Topics,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Inserts a record at a position (clamped to the end).
    Insert { at: usize, record: Record },
    /// Removes the record with this id.
    Remove { coll: Coll, id: Id },
    /// Replaces the record that has the same id.
    Replace(Record),
    /// Moves a record to a position of its collection (its manual rank).
    Move { coll: Coll, id: Id, to: usize },
    Rename(String),
    SetSettings(Settings),
    /// Replaces everything (import, "start empty", "load the example").
    ReplaceAll(Box<Workspace>),
    /// Several ops undone and redone as one step.
    Batch(Vec<Op>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpError {
    NotFound(Coll, Id),
    DuplicateId(Id),
}

/// Lets the generic ops reach a collection without repeating a match per op.
macro_rules! with_coll {
    ($ws:expr, $coll:expr, |$v:ident| $body:expr) => {
        match $coll {
            Coll::Backlog => { let $v = &mut $ws.backlog; $body }
            Coll::Campaigns => { let $v = &mut $ws.campaigns; $body }
            Coll::Sprints => { let $v = &mut $ws.sprints; $body }
            Coll::Milestones => { let $v = &mut $ws.milestones; $body }
            Coll::Kpis => { let $v = &mut $ws.kpis; $body }
            Coll::Team => { let $v = &mut $ws.team; $body }
            Coll::Risks => { let $v = &mut $ws.risks; $body }
            Coll::Blocks => { let $v = &mut $ws.time_blocks; $body }
            Coll::Lessons => { let $v = &mut $ws.lessons; $body }
            Coll::Assessments => { let $v = &mut $ws.assessments; $body }
            Coll::Meetings => { let $v = &mut $ws.meetings; $body }
            Coll::Topics => { let $v = &mut $ws.topics; $body }
        }
    };
}

/// What the generic ops need of a record type.
pub trait Keyed: Clone {
    fn key(&self) -> &Id;
    fn wrap(self) -> Record;
}

macro_rules! keyed {
    ($t:ty, $variant:ident) => {
        impl Keyed for $t {
            fn key(&self) -> &Id {
                &self.id
            }
            fn wrap(self) -> Record {
                Record::$variant(self)
            }
        }
    };
}
keyed!(BacklogItem, Item);
keyed!(Campaign, Campaign);
keyed!(Sprint, Sprint);
keyed!(Milestone, Milestone);
keyed!(Kpi, Kpi);
keyed!(TeamMember, Member);
keyed!(Risk, Risk);
keyed!(TimeBlock, Block);
keyed!(Lesson, Lesson);
keyed!(Assessment, Assessment);
keyed!(Meeting, Meeting);
keyed!(Topic, Topic);

impl Record {
    pub fn coll(&self) -> Coll {
        match self {
            Record::Item(_) => Coll::Backlog,
            Record::Campaign(_) => Coll::Campaigns,
            Record::Sprint(_) => Coll::Sprints,
            Record::Milestone(_) => Coll::Milestones,
            Record::Kpi(_) => Coll::Kpis,
            Record::Member(_) => Coll::Team,
            Record::Risk(_) => Coll::Risks,
            Record::Block(_) => Coll::Blocks,
            Record::Lesson(_) => Coll::Lessons,
            Record::Assessment(_) => Coll::Assessments,
            Record::Meeting(_) => Coll::Meetings,
            Record::Topic(_) => Coll::Topics,
        }
    }
}

fn position<T: Keyed>(v: &[T], id: &Id) -> Option<usize> {
    v.iter().position(|r| r.key() == id)
}

/// Inserts and returns the inserted id (the inverse removes it).
fn insert<T: Keyed>(v: &mut Vec<T>, at: usize, rec: T) -> Result<Id, OpError> {
    if position(v, rec.key()).is_some() {
        return Err(OpError::DuplicateId(rec.key().clone()));
    }
    let at = at.min(v.len());
    let id = rec.key().clone();
    v.insert(at, rec);
    Ok(id)
}

fn remove<T: Keyed>(v: &mut Vec<T>, coll: Coll, id: &Id) -> Result<Op, OpError> {
    let i = position(v, id).ok_or_else(|| OpError::NotFound(coll, id.clone()))?;
    let rec = v.remove(i);
    Ok(Op::Insert { at: i, record: rec.wrap() })
}

fn replace<T: Keyed>(v: &mut [T], coll: Coll, rec: T) -> Result<Op, OpError> {
    let i = position(v, rec.key()).ok_or_else(|| OpError::NotFound(coll, rec.key().clone()))?;
    let old = std::mem::replace(&mut v[i], rec);
    Ok(Op::Replace(old.wrap()))
}

fn move_to<T: Keyed>(v: &mut [T], coll: Coll, id: &Id, to: usize) -> Result<Op, OpError> {
    let from = position(v, id).ok_or_else(|| OpError::NotFound(coll, id.clone()))?;
    let to = to.min(v.len() - 1);
    // Rotating the span between the two places moves only that span (a
    // remove then an insert would shift the whole tail of a 5,000-item
    // backlog twice).
    if from < to {
        v[from..=to].rotate_left(1);
    } else {
        v[to..=from].rotate_right(1);
    }
    Ok(Op::Move { coll, id: id.clone(), to: from })
}

impl Op {
    /// Applies the op and returns the op that undoes it. On error the
    /// workspace is unchanged (a batch rolls back the steps it had applied).
    pub fn apply(self, ws: &mut Workspace) -> Result<Op, OpError> {
        match self {
            Op::Insert { at, record } => {
                let coll = record.coll();
                match record {
                    Record::Item(r) => insert(&mut ws.backlog, at, r),
                    Record::Campaign(r) => insert(&mut ws.campaigns, at, r),
                    Record::Sprint(r) => insert(&mut ws.sprints, at, r),
                    Record::Milestone(r) => insert(&mut ws.milestones, at, r),
                    Record::Kpi(r) => insert(&mut ws.kpis, at, r),
                    Record::Member(r) => insert(&mut ws.team, at, r),
                    Record::Risk(r) => insert(&mut ws.risks, at, r),
                    Record::Block(r) => insert(&mut ws.time_blocks, at, r),
                    Record::Lesson(r) => insert(&mut ws.lessons, at, r),
                    Record::Assessment(r) => insert(&mut ws.assessments, at, r),
                    Record::Meeting(r) => insert(&mut ws.meetings, at, r),
                    Record::Topic(r) => insert(&mut ws.topics, at, r),
                }
                .map(|id| Op::Remove { coll, id })
            }
            Op::Remove { coll, id } => with_coll!(ws, coll, |v| remove(v, coll, &id)),
            Op::Replace(record) => {
                let coll = record.coll();
                match record {
                    Record::Item(r) => replace(&mut ws.backlog, coll, r),
                    Record::Campaign(r) => replace(&mut ws.campaigns, coll, r),
                    Record::Sprint(r) => replace(&mut ws.sprints, coll, r),
                    Record::Milestone(r) => replace(&mut ws.milestones, coll, r),
                    Record::Kpi(r) => replace(&mut ws.kpis, coll, r),
                    Record::Member(r) => replace(&mut ws.team, coll, r),
                    Record::Risk(r) => replace(&mut ws.risks, coll, r),
                    Record::Lesson(r) => replace(&mut ws.lessons, coll, r),
                    Record::Assessment(r) => replace(&mut ws.assessments, coll, r),
                    Record::Meeting(r) => replace(&mut ws.meetings, coll, r),
                    Record::Topic(r) => replace(&mut ws.topics, coll, r),
                    Record::Block(r) => replace(&mut ws.time_blocks, coll, r),
                }
            }
            Op::Move { coll, id, to } => with_coll!(ws, coll, |v| move_to(v, coll, &id, to)),
            Op::Rename(name) => Ok(Op::Rename(std::mem::replace(&mut ws.name, name))),
            Op::SetSettings(s) => Ok(Op::SetSettings(std::mem::replace(&mut ws.settings, s))),
            Op::ReplaceAll(new) => Ok(Op::ReplaceAll(Box::new(std::mem::replace(ws, *new)))),
            Op::Batch(ops) => {
                let mut inverses = Vec::with_capacity(ops.len());
                for op in ops {
                    match op.apply(ws) {
                        Ok(inv) => inverses.push(inv),
                        Err(e) => {
                            for inv in inverses.into_iter().rev() {
                                inv.apply(ws).expect("inverse of an applied op applies");
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Op::Batch(inverses))
            }
        }
    }

    /// Whether the op changes the given collection.
    pub fn touches(&self, coll: Coll) -> bool {
        match self {
            Op::Insert { record, .. } | Op::Replace(record) => record.coll() == coll,
            Op::Remove { coll: c, .. } | Op::Move { coll: c, .. } => *c == coll,
            Op::Rename(_) | Op::SetSettings(_) => false,
            Op::ReplaceAll(_) => true,
            Op::Batch(ops) => ops.iter().any(|o| o.touches(coll)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws3() -> Workspace {
        let mut ws = Workspace::empty("t");
        for (i, t) in ["a", "b", "c"].iter().enumerate() {
            ws.backlog.push(BacklogItem::new(Id(format!("i{i}")), t, ItemKind::Content));
        }
        ws
    }

    fn titles(ws: &Workspace) -> Vec<&str> {
        ws.backlog.iter().map(|i| i.title.as_str()).collect()
    }

    #[test]
    fn a_move_is_a_remove_then_an_insert() {
        for from in 0..5 {
            for to in 0..7 {
                let mut ws = Workspace::empty("t");
                for i in 0..5 {
                    ws.backlog.push(BacklogItem::new(Id(format!("i{i}")), &i.to_string(), ItemKind::Content));
                }
                let mut expected = ws.backlog.clone();
                let rec = expected.remove(from);
                expected.insert(to.min(4), rec);
                Op::Move { coll: Coll::Backlog, id: Id(format!("i{from}")), to }.apply(&mut ws).unwrap();
                assert_eq!(ws.backlog, expected, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn each_op_undoes_exactly() {
        let ops = vec![
            Op::Insert { at: 1, record: Record::Item(BacklogItem::new(Id("n".into()), "new", ItemKind::Experiment)) },
            Op::Remove { coll: Coll::Backlog, id: Id("i0".into()) },
            Op::Replace(Record::Item(BacklogItem::new(Id("i2".into()), "C!", ItemKind::Feature))),
            Op::Move { coll: Coll::Backlog, id: Id("i2".into()), to: 0 },
            Op::Move { coll: Coll::Backlog, id: Id("i0".into()), to: 99 },
            Op::Rename("renamed".into()),
            Op::SetSettings(Settings { sprint_weeks: 1, currency: "USD".into(), ..Settings::default() }),
            Op::ReplaceAll(Box::new(Workspace::empty("other"))),
            Op::Batch(vec![
                Op::Remove { coll: Coll::Backlog, id: Id("i1".into()) },
                Op::Rename("x".into()),
            ]),
        ];
        for op in ops {
            let before = ws3();
            let mut ws = before.clone();
            let inverse = op.clone().apply(&mut ws).unwrap();
            assert_ne!(ws, before, "{op:?} changed something");
            let redo = inverse.apply(&mut ws).unwrap();
            assert_eq!(ws, before, "undo of {op:?}");
            redo.apply(&mut ws).unwrap();
            let mut again = before.clone();
            op.apply(&mut again).unwrap();
            assert_eq!(ws, again, "redo of the undo");
        }
    }

    #[test]
    fn moves_reorder() {
        let mut ws = ws3();
        Op::Move { coll: Coll::Backlog, id: Id("i0".into()), to: 2 }.apply(&mut ws).unwrap();
        assert_eq!(titles(&ws), ["b", "c", "a"]);
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let mut ws = ws3();
        let err = Op::Batch(vec![
            Op::Remove { coll: Coll::Backlog, id: Id("i0".into()) },
            Op::Remove { coll: Coll::Backlog, id: Id("missing".into()) },
        ])
        .apply(&mut ws)
        .unwrap_err();
        assert_eq!(err, OpError::NotFound(Coll::Backlog, Id("missing".into())));
        assert_eq!(ws, ws3());
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut ws = ws3();
        let dup = Op::Insert { at: 0, record: Record::Item(BacklogItem::new(Id("i1".into()), "d", ItemKind::Content)) };
        assert_eq!(dup.apply(&mut ws).unwrap_err(), OpError::DuplicateId(Id("i1".into())));
        assert_eq!(ws, ws3());
    }
}

/// Undo and redo stacks of inverse ops.
///
/// Pure data: the store wraps it in a signal. At most `limit` steps are kept
/// (the oldest are dropped); a new change clears the redo stack, as every
/// editor does.
#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Op>,
    redo: Vec<Op>,
    limit: usize,
}

impl History {
    pub const DEFAULT_LIMIT: usize = 200;

    pub fn new(limit: usize) -> Self {
        History { undo: vec![], redo: vec![], limit }
    }

    /// Records the inverse of a change that was just applied.
    pub fn record(&mut self, inverse: Op) {
        self.redo.clear();
        self.undo.push(inverse);
        if self.undo.len() > self.limit {
            let excess = self.undo.len() - self.limit;
            self.undo.drain(..excess);
        }
    }

    /// Undoes the last change; returns false when there was none.
    pub fn undo(&mut self, ws: &mut Workspace) -> Result<bool, OpError> {
        Self::shift(&mut self.undo, &mut self.redo, ws)
    }

    pub fn redo(&mut self, ws: &mut Workspace) -> Result<bool, OpError> {
        Self::shift(&mut self.redo, &mut self.undo, ws)
    }

    /// Applies the top of `from` and pushes its inverse onto `to`; on error
    /// the op stays where it was and the workspace is unchanged.
    fn shift(from: &mut Vec<Op>, to: &mut Vec<Op>, ws: &mut Workspace) -> Result<bool, OpError> {
        let Some(op) = from.pop() else { return Ok(false) };
        match op.clone().apply(ws) {
            Ok(inverse) => {
                to.push(inverse);
                Ok(true)
            }
            Err(e) => {
                from.push(op);
                Err(e)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod history_tests {
    use super::*;

    #[test]
    fn keeps_at_least_100_steps_and_walks_back_and_forth() {
        let mut ws = Workspace::empty("h");
        let mut h = History::new(History::DEFAULT_LIMIT);
        for i in 0..150 {
            let op = Op::Insert { at: i, record: Record::Item(BacklogItem::new(Id(format!("i{i}")), "t", ItemKind::Content)) };
            h.record(op.apply(&mut ws).unwrap());
        }
        for _ in 0..150 {
            assert!(h.undo(&mut ws).unwrap());
        }
        assert!(ws.backlog.is_empty());
        assert!(!h.undo(&mut ws).unwrap());
        for _ in 0..150 {
            assert!(h.redo(&mut ws).unwrap());
        }
        assert_eq!(ws.backlog.len(), 150);
    }

    #[test]
    fn a_new_change_clears_redo_and_the_limit_drops_the_oldest() {
        let mut ws = Workspace::empty("h");
        let mut h = History::new(2);
        for name in ["a", "b", "c"] {
            h.record(Op::Rename(name.into()).apply(&mut ws).unwrap());
        }
        assert!(h.undo(&mut ws).unwrap());
        assert!(h.undo(&mut ws).unwrap());
        assert!(!h.undo(&mut ws).unwrap(), "only 2 steps kept");
        assert_eq!(ws.name, "a");
        h.record(Op::Rename("z".into()).apply(&mut ws).unwrap());
        assert!(!h.can_redo());
    }
}
