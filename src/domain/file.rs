//! The workspace file: `{"format":"jalon","version":N,"exported_at":…,"workspace":{…}}`.
//!
//! This is Jalon's public contract. Local storage holds exactly the same
//! document as an export, so one reader serves both, and both get the same
//! forward migrations. Reading never trusts the input: size, JSON syntax,
//! envelope, version, then every field (see [`super::validate`]) are checked
//! before a [`Workspace`] is built, and the first failing stage is reported.

use super::validate::{validate_workspace, Problem};
use super::Workspace;
use serde_json::Value;

pub const FORMAT: &str = "jalon";
/// The version this build writes. Bump it with every change to the model, add
/// the migration from the previous version to [`MIGRATIONS`], and add a file
/// `tests/fixtures/v{N}.json` written by the previous build.
pub const CURRENT_VERSION: u64 = 4;
/// Largest file accepted. A 5,000-item workspace is about 2 MB; local storage
/// holds about 10 MB, so anything bigger cannot be a workspace we could keep.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// One step of the chain: rewrites a workspace object of version N into N+1.
pub type Migration = fn(&mut Value) -> Result<(), String>;

/// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`.
pub const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3, v3_to_v4];

/// Version 2 (the marketing backlog and sprints) added user stories,
/// acceptance criteria, RICE, value/effort, due and done dates to items;
/// time off to people; scope changes, review and retrospective to sprints;
/// time blocks; and skills, WIP limits and working hours to the settings.
/// All of them have defaults; the workspace's settings get theirs written
/// out so a v1 file reads exactly like a new v2 workspace.
fn v1_to_v2(ws: &mut Value) -> Result<(), String> {
    let obj = ws.as_object_mut().ok_or("the workspace is not an object")?;
    let Some(settings) = obj.get_mut("settings").and_then(Value::as_object_mut) else { return Ok(()) };
    let defaults = super::Settings::default();
    settings.entry("skills").or_insert_with(|| Value::from(defaults.skills.clone()));
    settings.entry("wip").or_insert_with(|| Value::Object(Default::default()));
    settings.entry("day_start").or_insert_with(|| Value::from(defaults.day_start));
    settings.entry("day_end").or_insert_with(|| Value::from(defaults.day_end));
    Ok(())
}

/// Version 3 (the campaign portfolio) turned a campaign's one-line
/// `objective` into a SMART objective (it becomes the "specific" prompt),
/// and added skill demand, stakeholders, ratings, change requests, risk
/// contingencies, lessons, maturity assessments and the scoring model. The
/// default scoring model is written into the settings so a v2 file reads
/// exactly like a new v3 workspace.
fn v2_to_v3(ws: &mut Value) -> Result<(), String> {
    let obj = ws.as_object_mut().ok_or("the workspace is not an object")?;
    if let Some(campaigns) = obj.get_mut("campaigns").and_then(Value::as_array_mut) {
        for c in campaigns.iter_mut().filter_map(Value::as_object_mut) {
            match c.remove("objective") {
                Some(Value::String(text)) if !text.is_empty() => {
                    c.insert("smart".into(), serde_json::json!({ "specific": text }));
                }
                Some(Value::String(_)) | None => {}
                Some(_) => return Err("a campaign's objective is not text".into()),
            }
        }
    }
    if let Some(settings) = obj.get_mut("settings").and_then(Value::as_object_mut) {
        settings
            .entry("scoring")
            .or_insert_with(|| serde_json::to_value(super::default_criteria()).expect("criteria serialise"));
    }
    Ok(())
}

/// Version 4 (milestones and the timeline, the KPI sheet and the weekly
/// meeting) added finish-to-start dependencies between campaigns and
/// between items, a campaign's attributed revenue, a milestone's metric
/// direction, derived KPI rows (formulas), meetings and discussion topics.
/// All are optional with defaults, so nothing is rewritten; the version
/// still moves so an older Jalon refuses a v4 file instead of dropping
/// those fields on its next save.
fn v3_to_v4(ws: &mut Value) -> Result<(), String> {
    ws.as_object().ok_or("the workspace is not an object")?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    TooLarge { bytes: usize, max: usize },
    NotJson { line: usize, column: usize },
    /// Valid JSON syntax, but a number no f64 holds (`1e400`).
    NumberTooLarge { line: usize, column: usize },
    /// Valid JSON, but not a Jalon workspace file (says what was found instead).
    NotJalon(Foreign),
    NewerVersion { found: u64, supported: u64 },
    BadVersion,
    MigrationFailed { from: u64, message: String },
    Invalid(Vec<Problem>),
    /// The browser could not read the file's bytes as text.
    Unreadable,
    /// Nothing in it (0 bytes, or only spaces and line breaks).
    Empty,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Foreign {
    NotAnObject,
    /// Recognisable as another tool's export (e.g. "Trello board").
    OtherTool(&'static str),
    /// An object with some other `format`.
    OtherFormat(String),
    NoFormat,
}

/// Reads a workspace file (or the local-storage copy) into a workspace of the
/// current version. Nothing is returned unless everything is valid.
pub fn read(text: &str) -> Result<Workspace, FileError> {
    read_with(text, MIGRATIONS)
}

pub fn read_with(text: &str, migrations: &[Migration]) -> Result<Workspace, FileError> {
    if text.len() > MAX_BYTES {
        return Err(FileError::TooLarge { bytes: text.len(), max: MAX_BYTES });
    }
    if let Some(ws) = read_fast(text, migrations.len() as u64 + 1) {
        return Ok(ws);
    }
    read_checked(text, migrations)
}

/// A current-version file that deserialises and passes the typed checks is
/// read without building a `Value` tree (5× faster at 5,000 items). Anything
/// else returns None and goes through [`read_checked`], which explains.
fn read_fast(text: &str, current: u64) -> Option<Workspace> {
    #[derive(serde::Deserialize)]
    struct Envelope {
        format: String,
        version: u64,
        workspace: Workspace,
    }
    let e: Envelope = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    (e.format == FORMAT && e.version == current && super::validate::check_typed(&e.workspace)).then_some(e.workspace)
}

/// The full reader: every stage checked on the raw JSON, every problem
/// reported with its path.
pub fn read_checked(text: &str, migrations: &[Migration]) -> Result<Workspace, FileError> {
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(FileError::Empty);
    }
    let mut doc: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| {
            let (line, column) = (e.line(), e.column());
            if e.to_string().starts_with("number out of range") { FileError::NumberTooLarge { line, column } } else { FileError::NotJson { line, column } }
        })?;
    let supported = migrations.len() as u64 + 1;
    let Some(obj) = doc.as_object_mut() else {
        return Err(FileError::NotJalon(Foreign::NotAnObject));
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => return Err(FileError::NotJalon(Foreign::OtherFormat(other.chars().take(40).collect()))),
        None => return Err(FileError::NotJalon(recognise(obj))),
    }
    let version = obj.get("version").and_then(Value::as_u64).filter(|v| *v >= 1).ok_or(FileError::BadVersion)?;
    if version > supported {
        return Err(FileError::NewerVersion { found: version, supported });
    }
    let Some(mut ws) = obj.remove("workspace") else {
        return Err(FileError::Invalid(vec![Problem {
            path: "workspace".into(),
            kind: super::validate::ProblemKind::Missing,
        }]));
    };
    let mut migrated = false;
    for (i, step) in migrations.iter().enumerate().skip(version as usize - 1) {
        step(&mut ws).map_err(|message| FileError::MigrationFailed { from: i as u64 + 1, message })?;
        migrated = true;
    }
    let problems = validate_workspace(&ws, "workspace");
    if !problems.is_empty() {
        return Err(FileError::Invalid(problems));
    }
    // Deserialising from text (not from the `Value`) keeps one serde path in
    // the bundle; a migrated value is turned back into text first.
    #[derive(serde::Deserialize)]
    struct Envelope {
        workspace: Workspace,
    }
    let result = if migrated {
        serde_json::from_str::<Workspace>(&ws.to_string())
    } else {
        drop(ws);
        serde_json::from_str::<Envelope>(text.trim_start_matches('\u{feff}')).map(|e| e.workspace)
    };
    result.map_err(|e| {
        // Validation mirrors the model, so this is a bug, but still a clear refusal.
        FileError::Invalid(vec![Problem {
            path: "workspace".into(),
            kind: super::validate::ProblemKind::Unreadable(e.to_string()),
        }])
    })
}

/// Guesses what a foreign JSON file is, to say so instead of "invalid".
fn recognise(obj: &serde_json::Map<String, Value>) -> Foreign {
    if obj.contains_key("cards") && obj.contains_key("lists") {
        Foreign::OtherTool("Trello board")
    } else if obj.contains_key("idBoard") && obj.contains_key("idList") {
        Foreign::OtherTool("Trello card")
    } else {
        Foreign::NoFormat
    }
}

/// The file text for a workspace. `exported_at` is an RFC 3339 timestamp.
pub fn write(ws: &Workspace, exported_at: &str) -> String {
    // Serialised straight from the types: going through `json!` would first
    // build a `Value` tree of the whole workspace (twice the time at 5,000 items).
    #[derive(serde::Serialize)]
    struct Envelope<'a> {
        format: &'static str,
        version: u64,
        exported_at: &'a str,
        workspace: &'a Workspace,
    }
    let doc = Envelope { format: FORMAT, version: CURRENT_VERSION, exported_at, workspace: ws };
    serde_json::to_string(&doc).expect("workspace serialises")
}

/// `jalon-<workspace>-<yyyy-mm-dd>.json`, with the name made safe for any OS.
pub fn export_filename(ws_name: &str, date: chrono::NaiveDate) -> String {
    format!("jalon-{}-{}.json", super::text::slug(ws_name, 60, "workspace"), super::date::format(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::ProblemKind;
    use serde_json::json;

    fn doc(version: u64, ws: Value) -> String {
        json!({"format": "jalon", "version": version, "exported_at": "2026-01-01T00:00:00Z", "workspace": ws})
            .to_string()
    }

    #[test]
    fn round_trip() {
        let ws = crate::domain::sample::example(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let text = write(&ws, "2026-11-23T10:00:00Z");
        assert_eq!(read(&text).unwrap(), ws);
    }

    #[test]
    fn refuses_each_kind_of_bad_file() {
        assert_eq!(read("{not json").unwrap_err(), FileError::NotJson { line: 1, column: 2 });
        assert_eq!(read("").unwrap_err(), FileError::Empty);
        assert!(matches!(read("{\"format\": \"jalon\", \"version\": 1e400}").unwrap_err(), FileError::NumberTooLarge { line: 1, .. }));
        assert_eq!(read("\u{feff} \r\n ").unwrap_err(), FileError::Empty);
        assert_eq!(read("[1,2]").unwrap_err(), FileError::NotJalon(Foreign::NotAnObject));
        assert_eq!(
            read(r#"{"cards":[],"lists":[],"name":"b"}"#).unwrap_err(),
            FileError::NotJalon(Foreign::OtherTool("Trello board"))
        );
        assert_eq!(
            read(r#"{"format":"excalidraw","version":2}"#).unwrap_err(),
            FileError::NotJalon(Foreign::OtherFormat("excalidraw".into()))
        );
        assert_eq!(
            read(&doc(99, json!({"name": "x"}))).unwrap_err(),
            FileError::NewerVersion { found: 99, supported: CURRENT_VERSION }
        );
        assert_eq!(read(&doc(0, json!({"name": "x"}))).unwrap_err(), FileError::BadVersion);
        assert_eq!(
            read(r#"{"format":"jalon","version":"one"}"#).unwrap_err(),
            FileError::BadVersion
        );
        let big = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(read(&big).unwrap_err(), FileError::TooLarge { .. }));
        match read(&doc(2, json!({"name": "x", "backlog": [{"id": "a", "kind": "content"}]}))).unwrap_err() {
            FileError::Invalid(p) => {
                assert_eq!(p, vec![Problem { path: "workspace.backlog[0].title".into(), kind: ProblemKind::Missing }])
            }
            e => panic!("{e:?}"),
        }
    }

    /// Our own files must not fall back to the slow reader: that would cost
    /// start-up time at 5,000 items without anyone noticing.
    #[test]
    fn generated_workspaces_take_the_fast_path() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for ws in [crate::domain::sample::example(d), crate::domain::sample::large(d, 300)] {
            let text = write(&ws, "t");
            assert!(read_fast(&text, CURRENT_VERSION).is_some(), "{} fell back to the full reader", ws.name);
        }
    }

    #[test]
    fn accepts_a_byte_order_mark() {
        let text = format!("\u{feff}{}", doc(1, json!({"name": "x"})));
        assert_eq!(read(&text).unwrap().name, "x");
    }

    /// The chain runs every step from the file's version up, in order, and a
    /// failing step is reported with the version it started from.
    #[test]
    fn migration_chain_runs_in_order() {
        fn v1_to_v2(w: &mut Value) -> Result<(), String> {
            let name = w["title"].take();
            w["name"] = name;
            w.as_object_mut().unwrap().remove("title");
            Ok(())
        }
        fn v2_to_v3(w: &mut Value) -> Result<(), String> {
            let n = w["name"].as_str().ok_or("no name")?.to_uppercase();
            w["name"] = json!(n);
            Ok(())
        }
        let chain: &[Migration] = &[v1_to_v2, v2_to_v3];
        assert_eq!(read_with(&doc(1, json!({"title": "q4"})), chain).unwrap().name, "Q4");
        assert_eq!(read_with(&doc(2, json!({"name": "q4"})), chain).unwrap().name, "Q4");
        assert_eq!(read_with(&doc(3, json!({"name": "q4"})), chain).unwrap().name, "q4");
        assert_eq!(
            read_with(&doc(2, json!({"name": 1})), chain).unwrap_err(),
            FileError::MigrationFailed { from: 2, message: "no name".into() }
        );
    }

    /// A version 1 file (written by the first release) reads as version 2
    /// with the new settings filled in and its data intact.
    #[test]
    fn v1_files_migrate_to_v2() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let v1 = std::fs::read_to_string(dir.join("v1.json")).unwrap();
        let raw: Value = serde_json::from_str(&v1).unwrap();
        let ws = read(&v1).unwrap();
        assert_eq!(ws.settings.skills, crate::domain::default_skills());
        assert_eq!((ws.settings.day_start, ws.settings.day_end), (9, 18));
        assert_eq!(ws.backlog.len(), raw["workspace"]["backlog"].as_array().unwrap().len());
        assert_eq!(ws.backlog[0].title, raw["workspace"]["backlog"][0]["title"]);
        assert!(ws.backlog.iter().all(|i| i.rice.is_none() && i.acceptance.is_empty()));
        // Written back, it is a current-version file that reads the same.
        let again = write(&ws, "t");
        assert!(again.contains(&format!(r#""version":{CURRENT_VERSION}"#)));
        assert_eq!(read(&again).unwrap(), ws);
    }

    /// A version 2 file keeps each campaign's objective as the "specific"
    /// prompt of its SMART objective and gets the default scoring model.
    #[test]
    fn v2_files_migrate_to_v3() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let v2 = std::fs::read_to_string(dir.join("v2.json")).unwrap();
        let raw: Value = serde_json::from_str(&v2).unwrap();
        let ws = read(&v2).unwrap();
        let objective = raw["workspace"]["campaigns"][0]["objective"].as_str().unwrap();
        assert!(!objective.is_empty());
        assert_eq!(ws.campaigns[0].smart.specific, objective);
        assert_eq!(ws.settings.scoring, crate::domain::default_criteria());
        assert_eq!(ws.campaigns.len(), raw["workspace"]["campaigns"].as_array().unwrap().len());
        assert_eq!(read(&write(&ws, "t")).unwrap(), ws);
        let bad = doc(2, json!({"name": "x", "campaigns": [{"id": "c", "name": "c", "objective": 3}]}));
        assert!(matches!(read(&bad).unwrap_err(), FileError::MigrationFailed { from: 2, .. }));
    }

    #[test]
    fn every_fixture_version_reads() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for v in 1..=CURRENT_VERSION {
            let path = dir.join(format!("v{v}.json"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing fixture {path:?}"));
            let ws = read(&text).unwrap_or_else(|e| panic!("v{v}: {e:?}"));
            assert!(!ws.backlog.is_empty(), "v{v} fixture has backlog items");
        }
    }

    #[test]
    fn filenames() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(export_filename("Équipe Marketing Q1", d), "jalon-equipe-marketing-q1-2026-03-09.json");
        assert_eq!(export_filename("../../etc", d), "jalon-etc-2026-03-09.json");
        assert_eq!(export_filename("", d), "jalon-workspace-2026-03-09.json");
    }
}
