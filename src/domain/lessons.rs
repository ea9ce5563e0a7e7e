//! The lessons library: what closed campaigns taught, found by any word,
//! and offered again when a campaign on the same channel is planned.

use super::text::fold;
use super::{Campaign, Channel, Id, Lesson};
use chrono::NaiveDate;

fn newest_first(v: &mut [&Lesson]) {
    v.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.as_str().cmp(b.id.as_str())));
}

/// Lessons holding every word of the query somewhere (what worked, what to
/// change, the campaign, a tag, a channel), newest first. An empty query
/// gives them all.
pub fn search<'a>(lessons: &'a [Lesson], query: &str) -> Vec<&'a Lesson> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    let mut v: Vec<&Lesson> = lessons
        .iter()
        .filter(|l| {
            if words.is_empty() {
                return true;
            }
            let mut hay = format!("{} {} {} {}", l.worked, l.change, l.campaign_name, l.tags.join(" "));
            for c in &l.channels {
                hay.push(' ');
                hay.push_str(c.code());
            }
            let hay = fold(&hay);
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect();
    newest_first(&mut v);
    v
}

/// Lessons sharing at least one channel, newest first.
pub fn for_channels<'a>(lessons: &'a [Lesson], channels: &[Channel]) -> Vec<&'a Lesson> {
    let mut v: Vec<&Lesson> = lessons.iter().filter(|l| l.channels.iter().any(|c| channels.contains(c))).collect();
    newest_first(&mut v);
    v
}

/// The lesson of a campaign being closed: its name and channels go with it,
/// so it is still found once the campaign is gone.
pub fn lesson_from(c: &Campaign, id: Id, today: NaiveDate, worked: &str, change: &str, tags: &[String]) -> Lesson {
    let mut clean: Vec<String> = vec![];
    for t in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        if !clean.iter().any(|x| x.eq_ignore_ascii_case(t)) {
            clean.push(t.to_string());
        }
    }
    Lesson {
        id,
        campaign: Some(c.id.clone()),
        campaign_name: c.name.clone(),
        date: today,
        worked: worked.trim().to_string(),
        change: change.trim().to_string(),
        channels: c.channels.clone(),
        tags: clean,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(id: &str, d: u32, worked: &str, channels: &[Channel], tags: &[&str]) -> Lesson {
        Lesson {
            id: Id(id.into()),
            campaign: None,
            campaign_name: format!("Campagne {id}"),
            date: NaiveDate::from_ymd_opt(2026, 1, d).unwrap(),
            worked: worked.into(),
            change: String::new(),
            channels: channels.to_vec(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn search_matches_every_word_without_accents_newest_first() {
        let ls = [
            lesson("a", 1, "Les vidéos courtes ont doublé le CTR", &[Channel::Social], &["vidéo"]),
            lesson("b", 9, "Emails du mardi matin", &[Channel::Email], &["timing"]),
            lesson("c", 5, "Video ads on search", &[Channel::Sea], &[]),
        ];
        let ids = |v: Vec<&Lesson>| v.iter().map(|l| l.id.as_str().to_string()).collect::<Vec<_>>();
        assert_eq!(ids(search(&ls, "VIDEO")), ["c", "a"]);
        assert_eq!(ids(search(&ls, "video social")), ["a"], "every word, channel codes included");
        assert_eq!(ids(search(&ls, "  ")), ["b", "c", "a"]);
        assert_eq!(ids(search(&ls, "timing mardi")), ["b"]);
        assert!(search(&ls, "radio").is_empty());
        assert_eq!(ids(for_channels(&ls, &[Channel::Sea, Channel::Social])), ["c", "a"]);
        assert!(for_channels(&ls, &[Channel::Pr]).is_empty());
    }

    #[test]
    fn a_lesson_keeps_its_campaign_name_channels_and_clean_tags() {
        let mut c = Campaign::new(Id("cp".into()), "Winter");
        c.channels = vec![Channel::Email];
        let tags = [" q1 ".to_string(), "".into(), "Q1".into(), "video".into()];
        let l = lesson_from(&c, Id("l".into()), NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(), " ok ", "x", &tags);
        assert_eq!((l.campaign_name.as_str(), l.channels.clone(), l.tags.clone(), l.worked.as_str()), ("Winter", vec![Channel::Email], vec!["q1".to_string(), "video".into()], "ok"));
    }
}
