//! Small shared widgets.

use leptos::prelude::*;

/// A labelled `<select>` whose current value follows `value`.
///
/// The value is set as the select's *property*: the `selected` attribute of
/// an option stops working once a person has touched the select (HTML's
/// "dirtiness" rule), so "Clear filters" or undo would leave a stale choice
/// on screen. Options also carry `selected` when built, for the first render.
/// One component for every select keeps the bundle smaller too.
#[component]
pub fn Choice(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    view! {
        <div class=format!("field {class}")>
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id prop:value=move || value.get() on:change=move |e| on_change.run(event_target_value(&e))>
                {move || {
                    let current = value.get_untracked();
                    options.get().into_iter().map(|(v, l)| {
                        let sel = v == current;
                        view! { <option value=v selected=sel>{l}</option> }
                    }).collect_view()
                }}
            </select>
        </div>
    }
}
