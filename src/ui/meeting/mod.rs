//! The meeting area (being built).

use crate::i18n::K;
use leptos::prelude::*;

#[component]
pub fn MeetingArea() -> impl IntoView {
    view! { <super::placeholder::Placeholder title=K::NavMeeting about=K::AboutMeeting /> }
}
