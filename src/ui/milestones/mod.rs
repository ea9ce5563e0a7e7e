//! The milestones area (being built).

use crate::i18n::K;
use leptos::prelude::*;

#[component]
pub fn MilestonesArea() -> impl IntoView {
    view! { <super::placeholder::Placeholder title=K::NavMilestones about=K::AboutMilestones /> }
}
