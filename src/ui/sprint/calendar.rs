//! The weekly calendar: one member's Monday–Friday in working hours. A task
//! gets its day and hour by dragging it onto a slot, or from the keyboard
//! with the "Schedule" form; a placed block moves with the arrow keys
//! (←/→ a day, ↑/↓ half an hour) and Delete removes it. Blocked hours show
//! against the member's capacity, overlaps are flagged, and the week
//! exports as an .ics file for calendar apps.

use crate::domain::calendar::{self, BlockProblem};
use crate::domain::ops::{Coll, Op, Record};
use crate::domain::{date, Id, ItemStatus, TimeBlock};
use crate::i18n::{number, tr, trf, Lang, K};
use crate::state::{browser, use_store};
use crate::ui::t;
use chrono::{Datelike, Duration, NaiveDate};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const DRAG_TASK: &str = "application/x-jalon-task";
const DRAG_BLOCK: &str = "application/x-jalon-block";
/// How far below its top edge a dragged block was grabbed, in pixels.
const DRAG_GRAB: &str = "application/x-jalon-grab";
/// Pixels per hour in the grid.
const HOUR_PX: f64 = 52.0;

/// What a press on a task or a block would drag.
#[derive(Clone, Debug)]
enum Dragged {
    Task(String),
    /// A block, and how far below its top it was grabbed.
    Block(String, f64),
}

thread_local! {
    /// A press on a task or block not yet taken over by the browser's own
    /// drag (which then clears it). When that drag never starts (the page
    /// scrolled between the press and the move, as a test runner does to
    /// bring a tall day into view), the release over a day places it all
    /// the same.
    static PRESSED: std::cell::RefCell<Option<(Dragged, i32, i32)>> = const { std::cell::RefCell::new(None) };
}

fn press(what: Dragged, e: &leptos::ev::PointerEvent) {
    if e.button() == 0 {
        PRESSED.with(|p| *p.borrow_mut() = Some((what, e.client_x(), e.client_y())));
    }
}

fn unpress() {
    PRESSED.with(|p| p.borrow_mut().take());
}

/// How far below the top of the event's element (a block) the pointer is.
fn grab_offset(e: &web_sys::MouseEvent) -> f64 {
    let top = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.get_bounding_client_rect().top()).unwrap_or(0.0);
    e.client_y() as f64 - top
}

fn day_key(i: usize) -> K {
    [K::Mon, K::Tue, K::Wed, K::Thu, K::Fri][i.min(4)]
}

fn hhmm(h: f64) -> String {
    let m = (h * 60.0).round() as i64;
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn problem_text(lang: Lang, p: BlockProblem) -> String {
    tr(
        lang,
        match p {
            BlockProblem::NotANumber => K::ErrNotANumber,
            BlockProblem::NoDuration => K::BlockNoDuration,
            BlockProblem::BeforeDayStart => K::BlockBeforeDay,
            BlockProblem::AfterDayEnd => K::BlockAfterDay,
        },
    )
    .to_string()
}

#[component]
pub fn Calendar() -> impl IntoView {
    let store = use_store();
    let member = RwSignal::new(store.ws.with_untracked(|w| w.team.first().map(|m| m.id.clone())));
    let monday = RwSignal::new(calendar::week_of(browser::today())[0]);
    let error = RwSignal::new(None::<String>);
    let members = Memo::new(move |_| store.ws.with(|w| w.team.iter().map(|m| (m.id.clone(), m.name.clone())).collect::<Vec<_>>()));
    let hours = Memo::new(move |_| store.ws.with(|w| (w.settings.day_start, w.settings.day_end)));
    let week = Memo::new(move |_| {
        let Some(m) = member.get() else { return (vec![], None, Default::default()) };
        store.ws.with(|w| {
            let refs = calendar::blocks_in_week(&w.time_blocks, &m, monday.get());
            let lanes = calendar::lanes(&refs);
            let blocks: Vec<(TimeBlock, calendar::Lane)> = refs.into_iter().cloned().zip(lanes).collect();
            let load = w.team.iter().find(|x| x.id == m).map(|x| calendar::week_load(&w.time_blocks, x, monday.get()));
            let mine: Vec<TimeBlock> = w.time_blocks.iter().filter(|b| b.member == m).cloned().collect();
            (blocks, load, calendar::overlaps(&mine))
        })
    });
    // Tasks the member could schedule: their open items in a sprint that is not closed.
    let tasks = Memo::new(move |_| {
        let Some(m) = member.get() else { return vec![] };
        store.ws.with(|w| {
            let open: Vec<&Id> = w.sprints.iter().filter(|s| s.state != crate::domain::SprintState::Closed).map(|s| &s.id).collect();
            w.backlog
                .iter()
                .filter(|i| i.assignee.as_ref() == Some(&m) && i.status != ItemStatus::Done && i.sprint.as_ref().is_some_and(|s| open.contains(&s)))
                .map(|i| (i.id.clone(), i.title.clone(), i.estimate_hours))
                .collect::<Vec<_>>()
        })
    });

    // Places a task (new block) or moves a block to a day and hour.
    let place = move |what: Place, day: NaiveDate, start: f64| {
        let lang = store.lang.get_untracked();
        let Some(m) = member.get_untracked() else { return };
        let (ds, de) = hours.get_untracked();
        // A drop near the end of the day shortens the task: said, not silent.
        let mut cut = None;
        let op = match what {
            Place::Task(item, title, hours_est, typed) => {
                let len = calendar::placed_length(hours_est, typed, start, de);
                if let Err(p) = calendar::check_block(start, len, ds, de) {
                    error.set(Some(problem_text(lang, p)));
                    return;
                }
                let est = hours_est.unwrap_or(1.0);
                if len < est {
                    cut = Some(trf(lang, K::CalCut, &[("title", &title), ("from", &hhmm(start)), ("to", &hhmm(start + len)), ("est", &number(est)), ("len", &number(len))]));
                }
                let b = TimeBlock { id: browser::new_id("tb"), member: m, item: Some(item), title, date: day, start, hours: len };
                Op::Insert { at: store.ws.with_untracked(|w| w.time_blocks.len()), record: Record::Block(b) }
            }
            Place::Block(id) => {
                let Some(mut b) = store.ws.with_untracked(|w| w.time_blocks.iter().find(|b| b.id == id).cloned()) else { return };
                if let Err(p) = calendar::check_block(start, b.hours, ds, de) {
                    error.set(Some(problem_text(lang, p)));
                    return;
                }
                b.date = day;
                b.start = start;
                Op::Replace(Record::Block(b))
            }
        };
        error.set(None);
        if store.dispatch(op) {
            if let Some(text) = cut {
                store.notify(text, true);
            }
        }
    };

    let export = move |_| {
        let Some(m) = member.get_untracked() else { return };
        let (text, name) = store.ws.with_untracked(|w| {
            let blocks = calendar::blocks_in_week(&w.time_blocks, &m, monday.get_untracked());
            let name = w.team.iter().find(|x| x.id == m).map(|x| x.name.clone()).unwrap_or_default();
            let title = format!("{} — {}", w.name, name);
            (calendar::ics(&blocks, &w.team, &calendar::ics_stamp(browser::now_ms() as i64), &title), name)
        });
        browser::download(&calendar::ics_filename(&name, monday.get_untracked()), &text, "text/calendar");
    };

    view! {
        <div class="calendar">
            <Show when=move || !members.with(Vec::is_empty) fallback=|| view! { <p class="empty">{t(K::CalendarNeedsTeam)}</p> }>
            <div class="row cal-tools">
                <div class="field">
                    <label for="cal-member">{t(K::TeamMember)}</label>
                    <select id="cal-member" prop:value=move || member.get().map(|m| m.to_string()).unwrap_or_default()
                        on:change=move |e| member.set(Some(Id(event_target_value(&e))))>
                        {move || members.get().into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </div>
                <div class="week-nav" role="group" aria-label=t(K::WeekNav)>
                    <button on:click=move |_| monday.update(|d| *d -= Duration::days(7))>"← "{t(K::PrevWeek)}</button>
                    <button on:click=move |_| monday.set(calendar::week_of(browser::today())[0])>{t(K::ThisWeek)}</button>
                    <button on:click=move |_| monday.update(|d| *d += Duration::days(7))>{t(K::NextWeek)}" →"</button>
                </div>
                <h2 class="week-title" aria-live="polite">{move || trf(store.lang.get(), K::WeekOf, &[("week", &monday.get().iso_week().week().to_string()), ("date", &date::format(monday.get()))])}</h2>
                <button class="primary" on:click=export>{t(K::ExportIcs)}</button>
            </div>
            {move || week.get().1.map(|l| {
                let lang = store.lang.get();
                let text = trf(lang, K::WeekLoadLine, &[("blocked", &number((l.blocked * 10.0).round() / 10.0)), ("capacity", &number((l.capacity * 10.0).round() / 10.0))]);
                view! { <p class=if l.over() { "load over" } else { "load" } role=l.over().then_some("alert")>{if l.over() { format!("⚠ {text}") } else { text }}</p> }
            })}
            {move || (!week.get().2.is_empty()).then(|| view! { <p class="notice warning" role="alert">{t(K::OverlapsFound)}</p> })}
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <div class="cal-layout">
                <Grid monday=monday hours=hours week=week on_place=Callback::new(move |(w, d, s): (Place, NaiveDate, f64)| place(w, d, s)) />
                <aside class="cal-tasks card" aria-labelledby="tasks-title">
                    <h2 id="tasks-title">{t(K::TasksToSchedule)}</h2>
                    <p class="hint">{t(K::CalendarHint)}</p>
                    <Show when=move || tasks.with(Vec::is_empty)><p class="empty">{t(K::NoTasks)}</p></Show>
                    <ul class="task-list">
                        {move || tasks.get().into_iter().map(|(id, title, h)| {
                            let payload = id.to_string();
                            view! {
                                <li class="task" draggable="true" on:pointerdown={let p = payload.clone(); move |e| press(Dragged::Task(p.clone()), &e)}
                                    on:dragstart=move |e| if let Some(d) = e.data_transfer() {
                                    unpress();
                                    let _ = d.set_data(DRAG_TASK, &payload);
                                    d.set_effect_allowed("copy");
                                }>
                                    <span class="title">{title}</span>
                                    {h.map(|h| view! { <span class="hours">{format!("{} h", number(h))}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <Schedule member=member monday=monday hours=hours tasks=tasks error=error on_place=Callback::new(move |(w, d, s): (Place, NaiveDate, f64)| place(w, d, s)) />
                </aside>
            </div>
            </Show>
        </div>
    }
}

#[derive(Clone, Debug)]
pub enum Place {
    /// A task, its length in hours, and whether that length was typed.
    Task(Id, String, Option<f64>, bool),
    Block(Id),
}

/// The member's week in the calendar's order, each block with its lane; the load; the overlapping blocks.
type WeekData = (Vec<(TimeBlock, calendar::Lane)>, Option<calendar::WeekLoad>, std::collections::BTreeSet<Id>);

#[component]
fn Grid(monday: RwSignal<NaiveDate>, hours: Memo<(u8, u8)>, week: Memo<WeekData>, on_place: Callback<(Place, NaiveDate, f64)>) -> impl IntoView {
    let store = use_store();
    let task_of = move |id: &str| {
        store.ws.with_untracked(|w| w.backlog.iter().find(|i| i.id.as_str() == id).map(|i| (i.id.clone(), i.title.clone(), i.estimate_hours)))
    };
    // `y`: the pointer's height in the day column.
    let place_at = move |what: Dragged, day: NaiveDate, y: f64| {
        let (ds, de) = hours.get_untracked();
        match what {
            // A block keeps the distance between where it was grabbed and its top.
            Dragged::Block(id, grab) => on_place.run((Place::Block(Id(id)), day, calendar::drop_start((y - grab) / HOUR_PX, ds, de))),
            // A task starts at the half hour under the pointer.
            Dragged::Task(id) => {
                let start = (ds as f64 + (y / HOUR_PX * 2.0).floor() / 2.0).clamp(ds as f64, de as f64 - 0.5);
                if let Some((i, t, h)) = task_of(&id) {
                    on_place.run((Place::Task(i, t, h, false), day, start));
                }
            }
        }
    };
    let drop_at = move |e: leptos::ev::DragEvent, day: NaiveDate| {
        let Some(dt) = e.data_transfer() else { return };
        e.prevent_default();
        unpress();
        // The pointer's height in the day column (whatever it is over: the
        // column, a block, a block's title).
        let col_top = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.get_bounding_client_rect().top()).unwrap_or(0.0);
        let y = e.client_y() as f64 - col_top;
        if let Some(id) = dt.get_data(DRAG_BLOCK).ok().filter(|s| !s.is_empty()) {
            let grab = dt.get_data(DRAG_GRAB).ok().and_then(|g| g.parse::<f64>().ok()).unwrap_or(0.0);
            place_at(Dragged::Block(id, grab), day, y);
        } else if let Some(id) = dt.get_data(DRAG_TASK).ok().filter(|s| !s.is_empty()) {
            place_at(Dragged::Task(id), day, y);
        }
    };
    // A press the browser's drag did not take over, released over a day
    // some way from where it began: placed there (see PRESSED).
    let on_release = window_event_listener(leptos::ev::pointerup, move |e| {
        let Some((what, x0, y0)) = PRESSED.with(|p| p.borrow_mut().take()) else { return };
        let (x, y) = (e.client_x(), e.client_y());
        if (x - x0).pow(2) + (y - y0).pow(2) < 25 {
            return;
        }
        let Some(col) = document().element_from_point(x as f32, y as f32).and_then(|el| el.closest(".day-col").ok().flatten()) else { return };
        let Some(i) = col.get_attribute("data-day").and_then(|d| d.parse::<usize>().ok()) else { return };
        let day = calendar::week_of(monday.get_untracked())[i.min(4)];
        place_at(what, day, y as f64 - col.get_bounding_client_rect().top());
    });
    let on_cancel = window_event_listener(leptos::ev::pointercancel, move |_| unpress());
    on_cleanup(move || {
        on_release.remove();
        on_cancel.remove();
    });
    let over = |e: leptos::ev::DragEvent| {
        let ours = e.data_transfer().map(|d| d.types().includes(&DRAG_TASK.into(), 0) || d.types().includes(&DRAG_BLOCK.into(), 0)).unwrap_or(false);
        if ours {
            e.prevent_default();
        }
    };
    view! {
        <div class="cal-grid" style=move || { let (a, b) = hours.get(); format!("--hours:{};--hour-px:{}px", b.saturating_sub(a), HOUR_PX) }>
            <div class="hours-col" aria-hidden="true">
                <div class="day-head"></div>
                {move || { let (a, b) = hours.get(); (a..b).map(|h| view! { <div class="hour-label">{format!("{h:02}:00")}</div> }).collect_view() }}
            </div>
            {(0..5).map(|i| {
                let day = move || calendar::week_of(monday.get())[i];
                view! {
                    <div class="day">
                        <div class="day-head">{move || format!("{} {}", store.t(day_key(i)), day().day())}</div>
                        <div class="day-col" role="list" data-day=i aria-label=move || format!("{} {}", store.t(day_key(i)), date::format(day()))
                            on:dragover=over on:drop=move |e| drop_at(e, day())>
                            {move || {
                                let (ds, _) = hours.get();
                                let (blocks, _, overlaps) = week.get();
                                blocks.into_iter().filter(|(b, _)| b.date == day()).map(|(b, lane)| {
                                    let clash = overlaps.contains(&b.id);
                                    view! { <BlockView b=b lane=lane clash=clash day_start=ds week=week /> }
                                }).collect_view()
                            }}
                        </div>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}

#[component]
fn BlockView(b: TimeBlock, lane: calendar::Lane, clash: bool, day_start: u8, week: Memo<WeekData>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang.get_untracked();
    let wd = b.date.weekday().num_days_from_monday() as usize;
    let label = format!(
        "{}, {} {}–{}{}",
        b.title,
        tr(lang, day_key(wd)),
        hhmm(b.start),
        hhmm(b.start + b.hours),
        if clash { format!(" — {}", tr(lang, K::Overlap)) } else { String::new() }
    );
    let id = b.id.clone();
    let id_drag = b.id.to_string();
    let dom_id = format!("block-{}", b.id);
    let b2 = b.clone();
    // Removes the block and gives the focus to the next block of the week
    // (or the previous one, or the Schedule form when none is left), never
    // to the page.
    let remove = move |id: Id| {
        let next = week.with_untracked(|(blocks, ..)| {
            let refs: Vec<&TimeBlock> = blocks.iter().map(|(b, _)| b).collect();
            calendar::focus_after_removal(&refs, &id)
        });
        store.dispatch(Op::Remove { coll: Coll::Blocks, id });
        let target = next.map(|n| format!("block-{n}")).unwrap_or_else(|| "sched-task".into());
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&target) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        let settings = store.ws.with_untracked(|w| w.settings.clone());
        let moved = match e.key().as_str() {
            "ArrowLeft" => calendar::shift(&b2, -1, 0.0, &settings),
            "ArrowRight" => calendar::shift(&b2, 1, 0.0, &settings),
            "ArrowUp" => calendar::shift(&b2, 0, -0.5, &settings),
            "ArrowDown" => calendar::shift(&b2, 0, 0.5, &settings),
            "Delete" | "Backspace" => {
                e.prevent_default();
                remove(b2.id.clone());
                return;
            }
            _ => return,
        };
        e.prevent_default();
        if let Some(nb) = moved {
            let focus = format!("block-{}", nb.id);
            store.dispatch(Op::Replace(Record::Block(nb)));
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&focus) {
                    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
    };
    let top = (b.start - day_start as f64) * HOUR_PX;
    let height = (b.hours * HOUR_PX - 3.0).max(18.0);
    // Side by side with the blocks it overlaps: lane `lane` of `lanes`, 2 px apart.
    let (k, n) = (lane.lane, lane.lanes.max(1));
    let gap = if n > 1 { 2 } else { 0 };
    let place = format!("left:calc(3px + (100% - 6px) * {k} / {n});width:calc((100% - 6px) / {n} - {gap}px)");
    view! {
        <div class=format!("block{}{}", if clash { " clash" } else { "" }, if n > 1 { " narrow" } else { "" }) id=dom_id role="listitem" tabindex="0" aria-label=label.clone() title=label
            aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Delete"
            style=format!("top:{top:.1}px;height:{height:.1}px;{place}") draggable="true"
            on:pointerdown={let id = id_drag.clone(); move |e: leptos::ev::PointerEvent| press(Dragged::Block(id.clone(), grab_offset(&e)), &e)}
            on:dragstart=move |e| if let Some(d) = e.data_transfer() {
                unpress();
                let _ = d.set_data(DRAG_BLOCK, &id_drag);
                let _ = d.set_data(DRAG_GRAB, &grab_offset(&e).to_string());
                d.set_effect_allowed("move");
            }
            on:keydown=on_key>
            <span class="block-title">{b.title.clone()}</span>
            <span class="block-time">{format!("{}–{}", hhmm(b.start), hhmm(b.start + b.hours))}{clash.then(|| " ⚠")}</span>
            <button class="block-remove" tabindex="-1" aria-hidden="true" on:click=move |_| remove(id.clone())>"×"</button>
        </div>
    }
}

/// The keyboard way to give a task its day and hour.
#[component]
fn Schedule(
    member: RwSignal<Option<Id>>,
    monday: RwSignal<NaiveDate>,
    hours: Memo<(u8, u8)>,
    tasks: Memo<Vec<(Id, String, Option<f64>)>>,
    error: RwSignal<Option<String>>,
    on_place: Callback<(Place, NaiveDate, f64)>,
) -> impl IntoView {
    let store = use_store();
    let task = RwSignal::new(String::new());
    let day = RwSignal::new("0".to_string());
    let start = RwSignal::new((hours.get_untracked().0 as f64).to_string());
    let length = RwSignal::new(String::new());
    // Keep the chosen task one of the listed ones (the first by default).
    Effect::new(move |_| {
        let first = tasks.with(|ts| if ts.iter().any(|t| t.0.as_str() == task.get_untracked()) { None } else { Some(ts.first().map(|t| t.0.to_string()).unwrap_or_default()) });
        if let Some(f) = first {
            task.set(f);
        }
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let lang = store.lang.get_untracked();
        let _ = member;
        let Some((id, title, est)) = tasks.with_untracked(|ts| {
            let want = task.get_untracked();
            ts.iter().find(|t| t.0.as_str() == want).or(ts.first()).cloned()
        }) else {
            return;
        };
        let d = calendar::week_of(monday.get_untracked())[day.get_untracked().parse::<usize>().unwrap_or(0).min(4)];
        let (ds, _) = hours.get_untracked();
        let s = start.get_untracked();
        let st = if s.is_empty() { ds as f64 } else { s.parse::<f64>().unwrap_or(ds as f64) };
        let (len, typed) = match crate::ui::widgets::typed_number(&length.get_untracked(), 0.0, 24.0, true) {
            Ok(Some(v)) => (Some(v), true),
            Ok(None) => (est, false),
            Err(_) => {
                error.set(Some(tr(lang, K::BlockNoDuration).to_string()));
                return;
            }
        };
        on_place.run((Place::Task(id, title, len, typed), d, st));
    };
    view! {
        <form class="schedule" on:submit=submit aria-labelledby="schedule-title">
            <h3 id="schedule-title">{t(K::ScheduleTitle)}</h3>
            <div class="field">
                <label for="sched-task">{t(K::Task)}</label>
                <select id="sched-task" prop:value=move || task.get() on:change=move |e| task.set(event_target_value(&e))>
                    {move || tasks.get().into_iter().map(|(id, title, _)| view! { <option value=id.to_string()>{title}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sched-day">{t(K::Day)}</label>
                <select id="sched-day" prop:value=move || day.get() on:change=move |e| day.set(event_target_value(&e))>
                    {(0..5).map(|i| view! { <option value=i.to_string()>{t(day_key(i))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sched-start">{t(K::StartTime)}</label>
                <select id="sched-start" prop:value=move || start.get() on:change=move |e| start.set(event_target_value(&e))>
                    {move || { let (a, b) = hours.get(); (a as u32 * 2..b as u32 * 2).map(|k| {
                        let h = k as f64 / 2.0;
                        view! { <option value=h.to_string()>{hhmm(h)}</option> }
                    }).collect_view() }}
                </select>
            </div>
            // Stacked like the fields above it, not a right-aligned number cell.
            <div class="field">
                <label for="sched-hours">{t(K::DurationHours)}</label>
                <input id="sched-hours" type="text" inputmode="decimal" placeholder=t(K::FromEstimate) prop:value=move || length.get() on:input=move |e| length.set(event_target_value(&e)) />
            </div>
            <button type="submit" disabled=move || tasks.with(Vec::is_empty)>{t(K::Schedule)}</button>
        </form>
    }
}
