//! Hash routing: `#/backlog`, `#/settings`…
//!
//! The hash works from any sub-path of any static host (no server rewrite
//! rules), back/forward come free from the browser, and a reload keeps the
//! area. Query parameters after `?` are kept for areas that put filters in
//! the URL.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Portfolio,
    Backlog,
    Sprint,
    Milestones,
    Kpis,
    Meeting,
    Settings,
}

impl Area {
    pub const ALL: [Area; 7] =
        [Area::Portfolio, Area::Backlog, Area::Sprint, Area::Milestones, Area::Kpis, Area::Meeting, Area::Settings];

    pub fn slug(self) -> &'static str {
        match self {
            Area::Portfolio => "portfolio",
            Area::Backlog => "backlog",
            Area::Sprint => "sprint",
            Area::Milestones => "milestones",
            Area::Kpis => "kpis",
            Area::Meeting => "meeting",
            Area::Settings => "settings",
        }
    }

    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The area a hash names; the backlog for an empty or unknown hash.
    pub fn from_hash(hash: &str) -> Area {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let slug = path.split(['?', '/']).next().unwrap_or("");
        Area::ALL.into_iter().find(|a| a.slug() == slug).unwrap_or(Area::Backlog)
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The current area, following `hashchange` (links, back, forward).
pub fn use_area() -> ReadSignal<Area> {
    let (area, set_area) = signal(Area::from_hash(&current_hash()));
    window_event_listener(leptos::ev::hashchange, move |_| set_area.set(Area::from_hash(&current_hash())));
    area
}
