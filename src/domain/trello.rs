//! Import of a Trello board ("Export as JSON") into the backlog.
//!
//! Lists become statuses when their name says so (to do / doing / done, in
//! English or French) and a tag otherwise; cards become items (name,
//! description, due date, labels → tags, checklists → acceptance criteria).
//! Archived cards, and cards of archived lists, are skipped and counted.
//! Written for the traps other importers fell into: checklists on cards of
//! archived lists, older exports without top-level `labels`/`checklists`,
//! truncated `actions` (never read here), and a card-level export.

use super::{date, BacklogItem, Criterion, Id, ItemKind, ItemStatus};
use serde_json::Value;
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq)]
pub enum TrelloError {
    TooLarge { bytes: usize, max: usize },
    NotJson { line: usize, column: usize },
    /// JSON, but not a Trello board export.
    NotTrello,
    /// A single card's export: Trello's board menu has the board export.
    CardNotBoard,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrelloSummary {
    pub board: String,
    pub imported: usize,
    pub archived_cards: usize,
    pub cards_in_archived_lists: usize,
    /// Cards imported before (same Trello id), left as they are.
    pub already_present: usize,
    pub criteria: usize,
    pub tags: usize,
    /// Checklists an imported card names (`idChecklists`) that the file
    /// does not hold (an export trimmed of them): their items are missing.
    pub checklists_missing: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TrelloImport {
    pub items: Vec<BacklogItem>,
    pub summary: TrelloSummary,
}

/// Status a list's name stands for, if any.
pub fn status_of_list(name: &str) -> Option<ItemStatus> {
    let n = name.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
    if has(&["done", "termin", "fini", "complete", "shipped", "live"]) {
        Some(ItemStatus::Done)
    } else if has(&["doing", "progress", "en cours", "wip", "started", "review"]) {
        Some(ItemStatus::Doing)
    } else if has(&["todo", "to do", "to-do", "à faire", "a faire", "ready", "backlog", "next"]) {
        Some(ItemStatus::Todo)
    } else {
        None
    }
}

/// A tag from free text: trimmed, emoji and punctuation at the ends removed.
fn clean_tag(s: &str) -> String {
    s.trim().trim_matches(|c: char| !c.is_alphanumeric()).trim().to_string()
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}
fn closed(v: &Value) -> bool {
    v.get("closed").and_then(Value::as_bool).unwrap_or(false)
}
fn pos(v: &Value) -> f64 {
    v.get("pos").and_then(Value::as_f64).unwrap_or(0.0)
}

/// Reads a Trello board export. `existing` holds the ids already in the
/// backlog, so importing the same board twice adds only the new cards.
pub fn import(text: &str, existing: &HashSet<&str>) -> Result<TrelloImport, TrelloError> {
    let max = super::file::MAX_BYTES;
    if text.len() > max {
        return Err(TrelloError::TooLarge { bytes: text.len(), max });
    }
    let doc: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| TrelloError::NotJson { line: e.line(), column: e.column() })?;
    let obj = doc.as_object().ok_or(TrelloError::NotTrello)?;
    let Some(cards) = obj.get("cards").and_then(Value::as_array) else {
        return Err(if obj.contains_key("idBoard") && obj.contains_key("idList") {
            TrelloError::CardNotBoard
        } else {
            TrelloError::NotTrello
        });
    };
    let lists = obj.get("lists").and_then(Value::as_array).ok_or(TrelloError::NotTrello)?;
    let empty = vec![];
    let board_labels = obj.get("labels").and_then(Value::as_array).unwrap_or(&empty);
    let checklists = obj.get("checklists").and_then(Value::as_array).unwrap_or(&empty);

    let list_of = |id: &str| lists.iter().find(|l| str_of(l, "id") == id);
    let mut summary = TrelloSummary { board: str_of(&doc, "name").to_string(), ..Default::default() };
    let mut tags_seen = HashSet::new();

    let mut ordered: Vec<&Value> = cards.iter().collect();
    ordered.sort_by(|a, b| {
        let la = list_of(str_of(a, "idList")).map(pos).unwrap_or(f64::MAX);
        let lb = list_of(str_of(b, "idList")).map(pos).unwrap_or(f64::MAX);
        la.total_cmp(&lb).then(pos(a).total_cmp(&pos(b)))
    });

    let mut items = vec![];
    for card in ordered {
        let list = list_of(str_of(card, "idList"));
        if list.is_some_and(closed) {
            summary.cards_in_archived_lists += 1;
            continue;
        }
        if closed(card) {
            summary.archived_cards += 1;
            continue;
        }
        let card_id = str_of(card, "id");
        let id = Id(format!("trello-{card_id}"));
        if existing.contains(id.as_str()) {
            summary.already_present += 1;
            continue;
        }
        let name = str_of(card, "name").trim();
        let desc = str_of(card, "desc");
        let title = if !name.is_empty() {
            name.to_string()
        } else {
            desc.lines().find(|l| !l.trim().is_empty()).unwrap_or("Trello card").trim().chars().take(120).collect()
        };
        let mut it = BacklogItem::new(id, &title, ItemKind::Campaign);
        it.description = desc.to_string();
        it.due = card.get("due").and_then(Value::as_str).and_then(|d| d.get(..10)).and_then(date::parse);

        let list_name = list.map(|l| str_of(l, "name")).unwrap_or("");
        match status_of_list(list_name) {
            Some(s) => it.status = s,
            None => {
                let t = clean_tag(list_name);
                if !t.is_empty() {
                    it.tags.push(t);
                }
            }
        }

        // Labels: inside the card (all exports), else by id from the board.
        let inline = card.get("labels").and_then(Value::as_array);
        let by_id: Vec<&Value> = card
            .get("idLabels")
            .and_then(Value::as_array)
            .map(|ids| ids.iter().filter_map(|i| board_labels.iter().find(|l| l.get("id") == Some(i))).collect())
            .unwrap_or_default();
        let labels: Vec<&Value> = match inline {
            Some(l) if !l.is_empty() => l.iter().collect(),
            _ => by_id,
        };
        for l in labels {
            let t = clean_tag(if str_of(l, "name").trim().is_empty() { str_of(l, "color") } else { str_of(l, "name") });
            if !t.is_empty() && !it.tags.contains(&t) {
                tags_seen.insert(t.clone());
                it.tags.push(t);
            }
        }

        // Checklists: top-level ones for this card, or (older exports) inline.
        let inline_checklists = card.get("checklists").and_then(Value::as_array);
        let mine: Vec<&Value> = match inline_checklists {
            Some(c) if !c.is_empty() => c.iter().collect(),
            _ => checklists.iter().filter(|c| str_of(c, "idCard") == card_id).collect(),
        };
        if let Some(ids) = card.get("idChecklists").and_then(Value::as_array) {
            summary.checklists_missing += ids.iter().filter(|id| !mine.iter().any(|c| c.get("id") == Some(*id))).count();
        }
        for cl in mine {
            let mut entries: Vec<&Value> = cl.get("checkItems").and_then(Value::as_array).map(|v| v.iter().collect()).unwrap_or_default();
            entries.sort_by(|a, b| pos(a).total_cmp(&pos(b)));
            for e in entries {
                let text = str_of(e, "name").trim();
                if text.is_empty() {
                    continue;
                }
                it.acceptance.push(Criterion { text: text.to_string(), done: str_of(e, "state") == "complete" });
            }
        }
        summary.criteria += it.acceptance.len();
        items.push(it);
    }
    summary.imported = items.len();
    summary.tags = tags_seen.len();
    Ok(TrelloImport { items, summary })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fixture() -> String {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trello/sample-board-export.json");
        std::fs::read_to_string(p).unwrap()
    }

    #[test]
    fn the_real_export_imports() {
        let r = import(&fixture(), &HashSet::new()).unwrap();
        let s = &r.summary;
        assert_eq!((s.imported, s.archived_cards, s.cards_in_archived_lists), (9, 1, 0));
        assert_eq!(s.criteria, 12, "4 checklists with 12 items");
        let two = r.items.iter().find(|i| i.title.starts_with("a card with two checklists")).unwrap();
        assert_eq!(two.acceptance.len(), 5);
        assert_eq!(two.status, ItemStatus::Todo);
        assert!(r.items.iter().any(|i| i.status == ItemStatus::Doing));
        assert!(r.items.iter().any(|i| i.status == ItemStatus::Done));
        let brainstorm = &r.items[0];
        assert_eq!(brainstorm.tags, vec!["BRAINSTORM".to_string()], "an unrecognised list becomes a tag");
        let labelled = r.items.iter().find(|i| i.title.starts_with("wow")).unwrap();
        assert_eq!(labelled.tags.len(), 2);
        // Every imported item is valid in a workspace.
        let mut ws = crate::domain::Workspace::empty("t");
        ws.backlog = r.items.clone();
        assert!(crate::domain::file::read(&crate::domain::file::write(&ws, "t")).is_ok());
        // Importing again adds nothing.
        let ids: HashSet<&str> = r.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(r.summary.checklists_missing, 0, "every checklist of the real export is in it");
        let again = import(&fixture(), &ids).unwrap();
        assert_eq!((again.summary.imported, again.summary.already_present), (0, 9));
    }

    #[test]
    fn traps() {
        // Older format: no top-level labels or checklists; labels inline;
        // a checklist on a card of an archived list; due dates.
        let old = json!({
            "name": "Old board",
            "lists": [{"id": "l1", "name": "À faire", "closed": false, "pos": 1}, {"id": "l2", "name": "Old", "closed": true, "pos": 2}],
            "cards": [
                {"id": "c1", "name": "Write brief", "desc": "", "idList": "l1", "closed": false, "pos": 1,
                 "due": "2026-04-30T10:00:00.000Z", "labels": [{"name": "", "color": "green"}, {"name": "Q2", "color": null}]},
                {"id": "c2", "name": "Gone", "desc": "", "idList": "l2", "closed": false, "pos": 1},
                {"id": "c3", "name": "", "desc": "\n  First line as title\nmore", "idList": "l1", "closed": false, "pos": 2,
                 "checklists": [{"checkItems": [{"name": "inline item", "state": "complete", "pos": 1}]}]}
            ],
            "checklists": [{"id": "k", "idCard": "c2", "checkItems": [{"name": "orphan", "state": "incomplete"}]}],
            "actions": [{"type": "truncated"}]
        });
        let r = import(&old.to_string(), &HashSet::new()).unwrap();
        assert_eq!((r.summary.imported, r.summary.cards_in_archived_lists), (2, 1));
        assert_eq!(r.items[0].tags, vec!["green", "Q2"]);
        assert_eq!(r.items[0].due, chrono::NaiveDate::from_ymd_opt(2026, 4, 30));
        assert_eq!(r.items[0].status, ItemStatus::Todo);
        assert_eq!(r.items[1].title, "First line as title");
        assert_eq!(r.items[1].acceptance, vec![Criterion { text: "inline item".into(), done: true }]);
        assert_eq!(r.summary.criteria, 1, "the archived list's checklist is not imported");
        assert_eq!(r.summary.checklists_missing, 0);
        // A card naming checklists the file does not hold: said, not hidden.
        let trimmed = json!({"name": "B", "lists": [{"id": "l", "name": "L"}],
            "cards": [{"id": "c", "name": "Card", "idList": "l", "idChecklists": ["k1", "k2"]}]});
        assert_eq!(import(&trimmed.to_string(), &HashSet::new()).unwrap().summary.checklists_missing, 2);

        let card = json!({"id": "c", "idBoard": "b", "idList": "l", "name": "one card"});
        assert_eq!(import(&card.to_string(), &HashSet::new()).unwrap_err(), TrelloError::CardNotBoard);
        assert_eq!(import("{\"format\":\"jalon\"}", &HashSet::new()).unwrap_err(), TrelloError::NotTrello);
        assert_eq!(import("[]", &HashSet::new()).unwrap_err(), TrelloError::NotTrello);
        assert!(matches!(import("{nope", &HashSet::new()).unwrap_err(), TrelloError::NotJson { .. }));
    }

    #[test]
    fn list_names() {
        assert_eq!(status_of_list("DONE! 🙌🏽"), Some(ItemStatus::Done));
        assert_eq!(status_of_list("En cours"), Some(ItemStatus::Doing));
        assert_eq!(status_of_list("TODO 📚"), Some(ItemStatus::Todo));
        assert_eq!(status_of_list("Ideas"), None);
    }
}
