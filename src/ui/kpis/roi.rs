//! ROI per campaign beside the sheet: spend (the campaign's spent budget)
//! against the revenue attributed to it (typed on the campaign's page).

use crate::domain::metrics;
use crate::i18n::{number, tr, K};
use crate::state::use_store;
use crate::ui::route::{href_with, Area};
use crate::ui::t;
use leptos::prelude::*;

#[component]
pub fn RoiTable() -> impl IntoView {
    let store = use_store();
    let rows = Memo::new(move |_| store.ws.with(|w| metrics::roi_table(&w.campaigns)));
    let pct = |v: Option<f64>| v.map(|v| format!("{} %", number((v * 1000.0).round() / 10.0))).unwrap_or_else(|| "—".into());
    let times = |v: Option<f64>| v.map(|v| format!("{}×", number((v * 100.0).round() / 100.0))).unwrap_or_else(|| "—".into());
    view! {
        <section class="kpi-roi" aria-labelledby="roi-title">
            <h2 id="roi-title">{t(K::KxRoiTitle)}</h2>
            <p class="hint">{t(K::KxRoiHint)}</p>
            {move || {
                let lang = store.lang.get();
                let cur = store.ws.with(|w| w.settings.currency.clone());
                let money = |v: f64| crate::i18n::money(lang, v, &cur);
                let list = rows.get();
                if list.is_empty() {
                    return view! { <p class="hint">{t(K::PrNoCampaigns)}</p> }.into_any();
                }
                let total = metrics::roi_total(&list);
                view! {
                    <div class="table-wrap">
                        <table class="data roi-table">
                            <thead><tr>
                                <th scope="col">{tr(lang, K::MsCampaign)}</th>
                                <th scope="col" class="num">{tr(lang, K::KxSpend)}</th>
                                <th scope="col" class="num">{tr(lang, K::KxRevenue)}</th>
                                <th scope="col" class="num">"ROI"</th>
                                <th scope="col" class="num">"ROAS"</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row"><a href=href_with(Area::Portfolio, &[("campaign", r.campaign.as_str())])>{r.name.clone()}</a></th>
                                        <td class="num">{money(r.spend)}</td>
                                        <td class="num">{r.revenue.map(|v| money(v)).unwrap_or_else(|| "—".into())}</td>
                                        <td class=format!("num {}", if r.roi.is_some_and(|x| x < 0.0) { "neg" } else { "" })>{pct(r.roi)}</td>
                                        <td class="num">{times(r.roas)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                            {total.map(|(s, rev, roi, roas)| view! {
                                <tfoot><tr>
                                    <th scope="row">{tr(lang, K::KxRoiTotal)}</th>
                                    <td class="num">{money(s)}</td>
                                    <td class="num">{money(rev)}</td>
                                    <td class="num">{pct(Some(roi))}</td>
                                    <td class="num">{times(Some(roas))}</td>
                                </tr></tfoot>
                            })}
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
