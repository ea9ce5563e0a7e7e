//! Everything the app tells the user about their data: damaged storage, a
//! full quota, another tab's changes, the export reminder, import results,
//! and the toast that offers Undo.

use crate::domain::file::{FileError, Foreign};
use crate::domain::validate::ProblemKind;
use crate::i18n::{bytes, count, tr, trf, Lang, K};
use crate::state::persist::WriteError;
use crate::state::{use_store, SaveState};
use crate::ui::t;
use leptos::prelude::*;

/// How many problems of a bad file are listed before "…and N more".
const MAX_LISTED: usize = 20;

/// The headline and the listed problems for a file that was refused.
pub fn describe(lang: Lang, e: &FileError) -> (String, Vec<String>) {
    let n = |v: usize| v.to_string();
    match e {
        FileError::TooLarge { bytes: b, max } => {
            (trf(lang, K::ErrTooLarge, &[("size", &bytes(lang, *b)), ("max", &bytes(lang, *max))]), vec![])
        }
        FileError::NotJson { line, column } => {
            (trf(lang, K::ErrNotJson, &[("line", &n(*line)), ("column", &n(*column))]), vec![])
        }
        FileError::NumberTooLarge { line, column } => {
            (trf(lang, K::ErrNumberTooLarge, &[("line", &n(*line)), ("column", &n(*column))]), vec![])
        }
        FileError::NotJalon(Foreign::NotAnObject) => (tr(lang, K::ErrNotObject).into(), vec![]),
        FileError::NotJalon(Foreign::OtherTool("Trello card")) => (tr(lang, K::ErrTrelloCard).into(), vec![]),
        FileError::NotJalon(Foreign::OtherTool(tool)) => (trf(lang, K::ErrOtherTool, &[("tool", tool)]), vec![]),
        FileError::NotJalon(Foreign::OtherFormat(f)) => (trf(lang, K::ErrOtherFormat, &[("format", f)]), vec![]),
        FileError::NotJalon(Foreign::NoFormat) => (tr(lang, K::ErrNoFormat).into(), vec![]),
        FileError::NewerVersion { found, supported } => (
            trf(lang, K::ErrNewer, &[("found", &found.to_string()), ("supported", &supported.to_string())]),
            vec![],
        ),
        FileError::BadVersion => (tr(lang, K::ErrBadVersion).into(), vec![]),
        FileError::MigrationFailed { from, message } => {
            (trf(lang, K::ErrMigration, &[("from", &from.to_string()), ("message", message)]), vec![])
        }
        FileError::Unreadable => (tr(lang, K::ErrUnreadableFile).into(), vec![]),
        FileError::Empty => (tr(lang, K::ErrEmptyFile).into(), vec![]),
        FileError::Invalid(problems) => {
            let head = count(lang, K::ErrInvalidOne, K::ErrInvalidMany, problems.len());
            let mut lines: Vec<String> =
                problems.iter().take(MAX_LISTED).map(|p| format!("{} {}", p.path, problem_text(lang, &p.kind))).collect();
            if problems.len() > MAX_LISTED {
                lines.push(trf(lang, K::ErrMoreProblems, &[("n", &(problems.len() - MAX_LISTED).to_string())]));
            }
            (head, lines)
        }
    }
}

fn problem_text(lang: Lang, k: &ProblemKind) -> String {
    let num = crate::i18n::number;
    match k {
        ProblemKind::Missing => tr(lang, K::PMissing).into(),
        ProblemKind::WrongType(expected) => {
            let what = match *expected {
                "text" => K::TypeText,
                "number" => K::TypeNumber,
                "whole number" => K::TypeWhole,
                "list" => K::TypeList,
                "true or false" => K::TypeBool,
                _ => K::TypeObject,
            };
            trf(lang, K::PWrongType, &[("expected", tr(lang, what))])
        }
        ProblemKind::OutOfRange { min, max } => trf(lang, K::POutOfRange, &[("min", &num(*min)), ("max", &num(*max))]),
        ProblemKind::NotOneOf(list) => trf(lang, K::PNotOneOf, &[("list", &list.join(", "))]),
        ProblemKind::BadDate => tr(lang, K::PBadDate).into(),
        ProblemKind::BadWeek => tr(lang, K::PBadWeek).into(),
        ProblemKind::Empty => tr(lang, K::PEmpty).into(),
        ProblemKind::DuplicateId(id) => trf(lang, K::PDuplicateId, &[("id", id)]),
        ProblemKind::UnknownRef { id, collection } => {
            trf(lang, K::PUnknownRef, &[("id", id), ("collection", collection)])
        }
        ProblemKind::EndBeforeStart => tr(lang, K::PEndBeforeStart).into(),
        ProblemKind::NotPositive => tr(lang, K::PNotPositive).into(),
        ProblemKind::PastMidnight => tr(lang, K::PPastMidnight).into(),
        ProblemKind::DayEndsBeforeStart => tr(lang, K::PDayEndsBeforeStart).into(),
        ProblemKind::AllWeightsZero => tr(lang, K::PAllWeightsZero).into(),
        ProblemKind::Cycle(ids) => trf(lang, K::PCycle, &[("ids", &ids.join(" → "))]),
        ProblemKind::Unreadable(m) => m.clone(),
    }
}

/// Why stored data could not be read, in one sentence.
fn damaged_reason(lang: Lang, e: &FileError) -> String {
    match e {
        FileError::NotJson { .. } | FileError::NumberTooLarge { .. } => tr(lang, K::ReasonNotJson).into(),
        FileError::Empty => tr(lang, K::ReasonEmpty).into(),
        FileError::NewerVersion { found, supported } => {
            trf(lang, K::ReasonNewer, &[("found", &found.to_string()), ("supported", &supported.to_string())])
        }
        other => {
            let (head, lines) = describe(lang, other);
            let detail = lines.first().cloned().unwrap_or(head);
            trf(lang, K::ReasonInvalid, &[("detail", &detail)])
        }
    }
}

#[component]
pub fn Notices() -> impl IntoView {
    let store = use_store();
    let export = move |_| store.export();
    view! {
        <div class="notices">
            {move || store.damaged.get().map(|d| {
                let lang = store.lang.get();
                let reason = damaged_reason(lang, &d.error);
                let backed_up = d.backup_key.is_some();
                let can_dismiss = backed_up || d.downloaded;
                view! {
                    <div class="notice danger" role="alert">
                        <h2>{t(K::CorruptTitle)}</h2>
                        {if backed_up {
                            view! { <p>{trf(lang, K::CorruptBody, &[("reason", &reason)])}</p> }.into_any()
                        } else {
                            view! { <p>{reason}" "{t(K::CorruptNoBackup)}</p> }.into_any()
                        }}
                        <div class="row">
                            <button class="primary" on:click=move |_| store.download_damaged()>{t(K::DownloadDamaged)}</button>
                            {can_dismiss.then(|| view! { <button on:click=move |_| store.dismiss_damaged()>{t(K::Dismiss)}</button> })}
                        </div>
                    </div>
                }
            })}
            {move || {
                let body = match store.save_state.get() {
                    SaveState::Failed(WriteError::Quota) => K::QuotaBody,
                    SaveState::Failed(WriteError::Unavailable) => K::NoStorageBody,
                    _ => return None,
                };
                Some(view! {
                    <div class="notice danger" role="alert">
                        <h2>{t(K::QuotaTitle)}</h2>
                        <p>{t(body)}</p>
                        <div class="row"><button class="primary" on:click=export>{t(K::ExportNow)}</button></div>
                    </div>
                })
            }}
            <Show when=move || store.conflict.get()>
                <div class="notice warning" role="alert">
                    <h2>{t(K::ConflictTitle)}</h2>
                    <p>{t(K::ConflictBody)}</p>
                    <div class="row">
                        <button on:click=move |_| store.resolve_use_other()>{t(K::UseOther)}</button>
                        <button on:click=move |_| store.resolve_keep_mine()>{t(K::KeepMine)}</button>
                        <button class="ghost" on:click=export>{t(K::Export)}</button>
                    </div>
                </div>
            </Show>
            {move || store.import_failure.get().map(|f| {
                let lang = store.lang.get();
                let (head, lines) = describe(lang, &f.error);
                view! {
                    <div class="notice danger" role="alert">
                        <h2>{trf(lang, K::ImportFailed, &[("file", &f.file_name)])}</h2>
                        <p>{head}</p>
                        {(!lines.is_empty()).then(|| view! {
                            <ul class="problems">{lines.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_view()}</ul>
                        })}
                        <div class="row"><button on:click=move |_| store.import_failure.set(None)>{t(K::Dismiss)}</button></div>
                    </div>
                }
            })}
            <Show when=move || store.started.get() && store.export_reminder_due()>
                <div class="notice info" role="status">
                    <p>{move || store.t(if store.meta.with(|m| m.last_export_at.is_some()) { K::ExportReminder } else { K::ExportReminderNever })}</p>
                    <div class="row">
                        <button class="primary" on:click=export>{t(K::ExportNow)}</button>
                        <button class="ghost" on:click=move |_| store.snooze_export_reminder()>{t(K::Later)}</button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

#[component]
pub fn ToastView() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="toast-region" role="status" aria-live="polite" aria-label=t(K::Notifications)>
            {move || store.toast.get().map(|toast| view! {
                <div class="toast">
                    <span>{toast.text}</span>
                    // The header's Undo is the one Undo button: a second one here
                    // would make "Undo" ambiguous for people and for tests.
                    {toast.undo.then(|| view! { " " <span class="toast-hint">{t(K::UndoToastHint)}</span> })}
                    <button class="ghost" aria-label=t(K::Close) on:click=move |_| store.toast.set(None)>"×"</button>
                </div>
            })}
        </div>
    }
}

/// A modal question about a file: what it holds, and confirm or cancel.
/// Focus starts on the confirming button; Escape cancels.
#[component]
fn FileQuestion(
    title: K,
    lead: String,
    rows: Vec<String>,
    note: K,
    confirm: K,
    #[prop(default = true)] can_confirm: bool,
    #[prop(into)] on_confirm: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let confirm_ref = NodeRef::<leptos::html::Button>::new();
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    // Back to the Import button (or wherever the keyboard was) on closing.
    crate::ui::modal::return_focus_on_close();
    Effect::new(move |_| {
        let target = if can_confirm { confirm_ref.get().map(|b| b.focus()) } else { cancel_ref.get().map(|b| b.focus()) };
        let _ = target;
    });
    view! {
        <div class="backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="question-title"
                on:keydown=move |e| if e.key() == "Escape" { on_cancel.run(()) } else { crate::ui::modal::keep_focus_in(&e) }>
                <h2 id="question-title">{t(title)}</h2>
                <p>{lead}</p>
                <ul class="counts">{rows.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                <p class="hint">{t(note)}</p>
                <div class="row end">
                    <button node_ref=cancel_ref on:click=move |_| on_cancel.run(())>{t(K::Cancel)}</button>
                    <button class="primary" node_ref=confirm_ref disabled=!can_confirm on:click=move |_| on_confirm.run(())>{t(confirm)}</button>
                </div>
            </div>
        </div>
    }
}

/// Shows what a valid file contains and asks before replacing anything.
#[component]
pub fn ImportDialog() -> impl IntoView {
    let store = use_store();
    move || {
        store.pending_import.get().map(|p| {
            let lang = store.lang.get();
            let c = p.workspace.counts();
            let rows = [
                (K::CountCampaigns, c.campaigns),
                (K::CountBacklog, c.backlog),
                (K::CountSprints, c.sprints),
                (K::CountMilestones, c.milestones),
                (K::CountKpis, c.kpis),
                (K::CountTeam, c.team),
                (K::CountRisks, c.risks),
            ]
            .into_iter()
            .map(|(k, n)| trf(lang, k, &[("n", &n.to_string())]))
            .collect();
            view! {
                <FileQuestion title=K::ImportConfirmTitle
                    lead=trf(lang, K::ImportConfirmLead, &[("file", &p.file_name), ("name", &p.workspace.name)])
                    rows=rows note=K::ImportConfirmNote confirm=K::ImportReplace
                    on_confirm=move |_: ()| store.confirm_import() on_cancel=move |_: ()| store.cancel_import() />
            }
        })
    }
}

/// Shows what a Trello board brings and asks before adding it.
#[component]
pub fn TrelloDialog() -> impl IntoView {
    let store = use_store();
    move || {
        store.pending_trello.get().map(|p| {
            let lang = store.lang.get();
            let s = &p.import.summary;
            let optional = [(K::TrelloArchived, s.archived_cards), (K::TrelloArchivedLists, s.cards_in_archived_lists), (K::TrelloAlready, s.already_present), (K::TrelloChecklistsMissing, s.checklists_missing)];
            let rows = [(K::TrelloCards, s.imported), (K::TrelloCriteria, s.criteria), (K::TrelloTags, s.tags)]
                .into_iter()
                .chain(optional.into_iter().filter(|(_, n)| *n > 0))
                .map(|(k, n)| trf(lang, k, &[("n", &n.to_string())]))
                .collect();
            view! {
                <FileQuestion title=K::TrelloTitle
                    lead=trf(lang, K::TrelloLead, &[("file", &p.file_name), ("board", &s.board)])
                    rows=rows note=K::TrelloNote confirm=K::TrelloConfirm can_confirm={ s.imported > 0 }
                    on_confirm=move |_: ()| store.confirm_trello() on_cancel=move |_: ()| store.pending_trello.set(None) />
            }
        })
    }
}
