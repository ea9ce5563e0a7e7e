//! Small shared widgets.

use leptos::prelude::*;

/// A labelled `<select>` whose current value follows `value`.
///
/// The value is set as the select's *property*: the `selected` attribute of
/// an option stops working once a person has touched the select (HTML's
/// "dirtiness" rule), so "Clear filters" or undo would leave a stale choice
/// on screen. Options also carry `selected` when built, for the first render.
/// One component for every select keeps the bundle smaller too.
///
/// Options usually derive from the workspace, which changes on every edit;
/// they are memoised here so the `<option>`s are rebuilt only when the list
/// really changed (not on every added item).
#[component]
pub fn Choice(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let options = Memo::new(move |_| options.get());
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

/// Options led by a blank choice ("— none —", "All kinds"…), whose value is "".
pub fn with_blank(label: &str, rest: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), label.to_string())).chain(rest).collect()
}

/// The message shown beside a field whose typed value was refused.
pub fn field_error(lang: crate::i18n::Lang, e: crate::domain::fields::FieldError) -> String {
    use crate::domain::fields::FieldError::*;
    use crate::i18n::{tr, trf, K};
    match e {
        NotANumber => tr(lang, K::ErrNotANumber).into(),
        TooSmall { min, exclusive: false } => trf(lang, K::ErrAtLeast, &[("min", &bound(lang, min))]),
        TooSmall { min, exclusive: true } => trf(lang, K::ErrMoreThan, &[("min", &bound(lang, min))]),
        TooLarge { max } => trf(lang, K::ErrAtMost, &[("max", &bound(lang, max))]),
        NotWhole => tr(lang, K::ErrNotWhole).into(),
    }
}

/// A limit as a person reads it: 100,000,000,000 rather than 100000000000
/// (whole limits from 1,000 get the language's thousands separator).
fn bound(lang: crate::i18n::Lang, v: f64) -> String {
    if v.fract() == 0.0 && v.abs() >= 1000.0 {
        crate::i18n::amount(lang, v)
    } else {
        crate::i18n::number(v)
    }
}

/// A number typed into a field, read as the current language writes
/// numbers (see `fields::Decimal`: "24,500" in English, "24,5" in French).
pub fn typed_number(text: &str, min: f64, max: f64, exclusive_min: bool) -> Result<Option<f64>, crate::domain::fields::FieldError> {
    crate::domain::fields::number_in(crate::i18n::decimal(), text, min, max, exclusive_min)
}

/// One field's text and the refusal shown beside it.
pub fn num_error(lang: crate::i18n::Lang, text: &str, min: f64, max: f64) -> Option<String> {
    typed_number(text, min, max, false).err().map(|e| field_error(lang, e))
}

/// A labelled number input with its error under it.
#[component]
pub fn Num(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    min: f64,
    max: f64,
    #[prop(optional)] step: Option<&'static str>,
    /// Narrower bounds that depend on other fields (a milestone's metric).
    #[prop(optional)]
    range: Option<Signal<Option<(f64, f64)>>>,
    /// A refusal decided beside the field (a rule across fields), and the
    /// id of the alert that says it: the field is marked invalid too.
    #[prop(optional)]
    refused: Option<(Signal<bool>, String)>,
) -> impl IntoView {
    let store = crate::state::use_store();
    let err = move || {
        let (lo, hi) = range.and_then(|r| r.get()).unwrap_or((min, max));
        num_error(store.lang.get(), &value.get(), lo.max(min), hi.min(max))
    };
    let refused_by = refused.as_ref().map(|(_, id)| id.clone());
    let refused_sig = refused.map(|(r, _)| r);
    let refused_now = move || refused_sig.is_some_and(|r| r.get());
    let err_id = format!("{id}-err");
    let err_id2 = err_id.clone();
    view! {
        <div class="field num">
            <label for=id.clone()>{move || label.get()}</label>
            <input id=id type="text" inputmode="decimal" prop:value=move || value.get() step=step
                aria-invalid=move || (err().is_some() || refused_now()).to_string()
                aria-describedby=move || err().map(|_| err_id.clone()).or_else(|| refused_now().then(|| refused_by.clone()).flatten())
                on:input=move |e| value.set(event_target_value(&e)) />
            {move || err().map(|m| view! { <span class="field-error" id=err_id2.clone() role="alert">{m}</span> })}
        </div>
    }
}

/// Round-number axis ticks from 0 (see `domain::axis`).
pub use crate::domain::axis::ticks;
