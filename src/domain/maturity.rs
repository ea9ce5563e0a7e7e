//! The maturity self-assessment: 18 practices of portfolio management, three
//! per area, answered 1 (not at all) to 5 (always, measured and improved).
//! An area's level is the mean of its answers rounded *down*: a team that
//! answers 4, 4, 3 is at level 3 until the third practice is there too.
//! The texts of the questions are in `i18n` (English and French).

use super::Assessment;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    Strategy,
    Prioritisation,
    Resources,
    Risk,
    Tracking,
    Process,
}

impl Area {
    pub const ALL: [Area; 6] = [Area::Strategy, Area::Prioritisation, Area::Resources, Area::Risk, Area::Tracking, Area::Process];
    pub fn code(self) -> &'static str {
        match self {
            Area::Strategy => "strategy",
            Area::Prioritisation => "prioritisation",
            Area::Resources => "resources",
            Area::Risk => "risk",
            Area::Tracking => "tracking",
            Area::Process => "process",
        }
    }
}

pub struct Question {
    pub id: &'static str,
    pub area: Area,
}

const fn q(id: &'static str, area: Area) -> Question {
    Question { id, area }
}

pub const QUESTIONS: [Question; 18] = [
    q("strategy_1", Area::Strategy),
    q("strategy_2", Area::Strategy),
    q("strategy_3", Area::Strategy),
    q("prioritisation_1", Area::Prioritisation),
    q("prioritisation_2", Area::Prioritisation),
    q("prioritisation_3", Area::Prioritisation),
    q("resources_1", Area::Resources),
    q("resources_2", Area::Resources),
    q("resources_3", Area::Resources),
    q("risk_1", Area::Risk),
    q("risk_2", Area::Risk),
    q("risk_3", Area::Risk),
    q("tracking_1", Area::Tracking),
    q("tracking_2", Area::Tracking),
    q("tracking_3", Area::Tracking),
    q("process_1", Area::Process),
    q("process_2", Area::Process),
    q("process_3", Area::Process),
];

/// The mean (1.0–5.0) of an area's answered questions; `None` if none is.
pub fn mean(a: &Assessment, area: Area) -> Option<f64> {
    let answers: Vec<f64> = QUESTIONS.iter().filter(|q| q.area == area).filter_map(|q| a.answers.get(q.id)).map(|v| (*v).clamp(1, 5) as f64).collect();
    (!answers.is_empty()).then(|| answers.iter().sum::<f64>() / answers.len() as f64)
}

/// The level 1–5 of an area: its mean rounded down.
pub fn level(a: &Assessment, area: Area) -> Option<u8> {
    mean(a, area).map(|m| (m + 1e-9).floor() as u8)
}

pub fn is_complete(a: &Assessment) -> bool {
    QUESTIONS.iter().all(|q| a.answers.contains_key(q.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;

    fn answers(pairs: &[(&str, u8)]) -> Assessment {
        Assessment { id: Id("a".into()), date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), answers: pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect() }
    }

    #[test]
    fn levels_round_down_and_need_an_answer() {
        let a = answers(&[("strategy_1", 4), ("strategy_2", 4), ("strategy_3", 3), ("risk_1", 5), ("tracking_1", 1), ("tracking_2", 2)]);
        assert_eq!(level(&a, Area::Strategy), Some(3), "3.67 is level 3");
        assert!((mean(&a, Area::Strategy).unwrap() - 11.0 / 3.0).abs() < 1e-9);
        assert_eq!(level(&a, Area::Risk), Some(5), "one answer is enough");
        assert_eq!(level(&a, Area::Tracking), Some(1));
        assert_eq!(level(&a, Area::Process), None);
        assert!(!is_complete(&a));
        let all = answers(&QUESTIONS.iter().map(|q| (q.id, 5)).collect::<Vec<_>>());
        assert!(is_complete(&all));
        assert!(Area::ALL.iter().all(|ar| level(&all, *ar) == Some(5)));
    }

    #[test]
    fn three_questions_per_area_with_unique_ids() {
        for ar in Area::ALL {
            assert_eq!(QUESTIONS.iter().filter(|q| q.area == ar).count(), 3, "{ar:?}");
        }
        let ids: std::collections::HashSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
        assert_eq!(ids.len(), 18);
        assert!(QUESTIONS.iter().all(|q| crate::i18n::question_key(q.id).is_some()), "every question has its text");
    }
}
