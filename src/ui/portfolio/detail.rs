//! TODO: a campaign's page.

use crate::domain::Id;
use leptos::prelude::*;

#[component]
pub fn Detail(id: Id) -> impl IntoView {
    view! { <p>{id.to_string()}</p> }
}

#[component]
pub fn NewCampaign() -> impl IntoView {
    view! { <span></span> }
}
