//! Every campaign in one table, sortable by every column. The sort is in
//! the URL (`sort=planned&dir=desc`), so a shared link shows the same order.

use super::{phase_key, Scores};
use crate::domain::{date, Campaign};
use crate::i18n::{amount, number, tr, K};
use crate::state::use_store;
use crate::ui::route::{href_with, param, Area, Route};
use crate::ui::{channel_key, t};
use leptos::prelude::*;
use std::cmp::Ordering;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Phase,
    Owner,
    Channels,
    Start,
    End,
    Planned,
    Spent,
    Score,
    Hours,
    Alignment,
}

impl Col {
    const ALL: [Col; 11] =
        [Col::Name, Col::Phase, Col::Owner, Col::Channels, Col::Start, Col::End, Col::Planned, Col::Spent, Col::Score, Col::Hours, Col::Alignment];
    fn slug(self) -> &'static str {
        match self {
            Col::Name => "name",
            Col::Phase => "phase",
            Col::Owner => "owner",
            Col::Channels => "channels",
            Col::Start => "start",
            Col::End => "end",
            Col::Planned => "planned",
            Col::Spent => "spent",
            Col::Score => "score",
            Col::Hours => "hours",
            Col::Alignment => "alignment",
        }
    }
    fn key(self) -> K {
        match self {
            Col::Name => K::PfName,
            Col::Phase => K::PfPhase,
            Col::Owner => K::PfOwner,
            Col::Channels => K::PfChannels,
            Col::Start => K::PfStart,
            Col::End => K::PfEnd,
            Col::Planned => K::PfPlanned,
            Col::Spent => K::PfSpent,
            Col::Score => K::PfScore,
            Col::Hours => K::PfHoursWeek,
            Col::Alignment => K::PfAlignmentShort,
        }
    }
    fn numeric(self) -> bool {
        matches!(self, Col::Planned | Col::Spent | Col::Score | Col::Hours | Col::Alignment)
    }
}

fn alignment_sum(c: &Campaign) -> u8 {
    c.alignment.awareness + c.alignment.acquisition + c.alignment.retention
}

fn compare(col: Col, a: (&Campaign, f64), b: (&Campaign, f64)) -> Ordering {
    let text = |s: &str, t: &str| s.to_lowercase().cmp(&t.to_lowercase());
    match col {
        Col::Name => text(&a.0.name, &b.0.name),
        Col::Phase => a.0.phase.cmp(&b.0.phase),
        Col::Owner => text(&a.0.owner, &b.0.owner),
        Col::Channels => a.0.channels.cmp(&b.0.channels),
        Col::Start => a.0.start.cmp(&b.0.start),
        Col::End => a.0.end.cmp(&b.0.end),
        Col::Planned => a.0.planned_budget().total_cmp(&b.0.planned_budget()),
        Col::Spent => a.0.spent_budget().total_cmp(&b.0.spent_budget()),
        Col::Score => a.1.total_cmp(&b.1),
        Col::Hours => a.0.weekly_hours().total_cmp(&b.0.weekly_hours()),
        Col::Alignment => alignment_sum(a.0).cmp(&alignment_sum(b.0)),
    }
}

#[component]
pub fn Table() -> impl IntoView {
    let store = use_store();
    let route = expect_context::<Route>();
    let scores = expect_context::<Scores>().0;
    let sort = Memo::new(move |_| {
        let q = route.query.get();
        let col = param(&q, "sort").and_then(|s| Col::ALL.into_iter().find(|c| c.slug() == s)).unwrap_or(Col::Score);
        let desc = match param(&q, "dir").as_deref() {
            Some("asc") => false,
            Some("desc") => true,
            _ => col == Col::Score,
        };
        (col, desc)
    });
    let rows = Memo::new(move |_| {
        let (col, desc) = sort.get();
        scores.with(|s| {
            store.ws.with(|w| {
                let mut idx: Vec<usize> = (0..w.campaigns.len()).collect();
                idx.sort_by(|a, b| {
                    let o = compare(col, (&w.campaigns[*a], s[*a].total), (&w.campaigns[*b], s[*b].total));
                    if desc { o.reverse() } else { o }
                });
                idx.into_iter().map(|i| (w.campaigns[i].clone(), s[i].total)).collect::<Vec<_>>()
            })
        })
    });
    let currency = Memo::new(move |_| store.ws.with(|w| w.settings.currency.clone()));
    view! {
        <div class="table-wrap">
            <table class="data campaigns">
                <caption>{t(K::PfTableCaption)}</caption>
                <thead><tr>
                    {Col::ALL.into_iter().map(|c| {
                        let aria = move || {
                            let (col, desc) = sort.get();
                            (col == c).then_some(if desc { "descending" } else { "ascending" })
                        };
                        let href = move || {
                            let (col, desc) = sort.get();
                            let dir = if col == c { if desc { "asc" } else { "desc" } } else if c.numeric() { "desc" } else { "asc" };
                            href_with(Area::Portfolio, &[("view", "table"), ("sort", c.slug()), ("dir", dir)])
                        };
                        let arrow = move || {
                            let (col, desc) = sort.get();
                            if col != c { "" } else if desc { " ▼" } else { " ▲" }
                        };
                        view! {
                            <th scope="col" aria-sort=aria class=if c.numeric() { "num" } else { "" }>
                                <a class="sort" href=href>{t(c.key())}<span aria-hidden="true">{arrow}</span></a>
                            </th>
                        }
                    }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || {
                        let lang = store.lang.get();
                        let cur = currency.get();
                        rows.get().into_iter().map(|(c, score)| {
                            let chans = c.channels.iter().map(|ch| tr(lang, channel_key(*ch))).collect::<Vec<_>>().join(", ");
                            let over = c.spent_budget() > c.planned_budget();
                            view! {
                                <tr class:over=over>
                                    <th scope="row"><a href=super::campaign_href(&c.id)>{c.name.clone()}</a></th>
                                    <td><span class=format!("badge phase-{}", c.phase.code())>{tr(lang, phase_key(c.phase))}</span></td>
                                    <td>{c.owner.clone()}</td>
                                    <td>{chans}</td>
                                    <td>{c.start.map(date::format).unwrap_or_default()}</td>
                                    <td>{c.end.map(date::format).unwrap_or_default()}</td>
                                    <td class="num">{format!("{} {cur}", amount(lang, c.planned_budget()))}</td>
                                    <td class="num">{format!("{} {cur}", amount(lang, c.spent_budget()))}</td>
                                    <td class="num">{number((score * 10.0).round() / 10.0)}</td>
                                    <td class="num">{number(c.weekly_hours())}</td>
                                    <td class="num" title=format!("{} / {} / {}", c.alignment.awareness, c.alignment.acquisition, c.alignment.retention)>
                                        {format!("{}/{}/{}", c.alignment.awareness, c.alignment.acquisition, c.alignment.retention)}
                                    </td>
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="empty">{t(K::PfNoCampaigns)}</p>
            </Show>
        </div>
    }
}
