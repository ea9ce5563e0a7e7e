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

/// The query part of a hash (`kind=content&q=blog` in `#/backlog?kind=content&q=blog`).
pub fn query_of(hash: &str) -> String {
    hash.split_once('?').map(|(_, q)| q.to_string()).unwrap_or_default()
}

/// The current area and the hash's query, following `hashchange` (links,
/// back, forward, a pasted URL).
#[derive(Clone, Copy)]
pub struct Route {
    pub area: ReadSignal<Area>,
    pub query: ReadSignal<String>,
}

pub fn use_route() -> Route {
    let (area, set_area) = signal(Area::from_hash(&current_hash()));
    let (query, set_query) = signal(query_of(&current_hash()));
    window_event_listener(leptos::ev::hashchange, move |_| {
        let h = current_hash();
        set_area.set(Area::from_hash(&h));
        set_query.set(query_of(&h));
    });
    let route = Route { area, query };
    provide_context(route);
    route
}

/// Writes the area's query into the URL without a new history entry (a
/// filter typed letter by letter must not fill the back button).
///
/// Call it before the change renders: Chromium lays the page out when the
/// URL is replaced (it keeps the scroll position with the history entry),
/// which costs nothing on a page that is laid out already, and was 8 ms of a
/// 5,000-item filter change when done after the list had been rewritten.
pub fn replace_query(area: Area, query: &str) {
    let url = if query.is_empty() { area.href() } else { format!("{}?{query}", area.href()) };
    if current_hash() != url {
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
}

/// The value of `key` in a hash query (`view=board&sprint=sp-1`).
pub fn param(query: &str, key: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| crate::domain::backlog::decode(v))
        .filter(|v| !v.is_empty())
}

/// A hash link to an area with these query parameters (empty values left out).
pub fn href_with(area: Area, params: &[(&str, &str)]) -> String {
    let q: Vec<String> = params
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::domain::backlog::encode(v)))
        .collect();
    if q.is_empty() {
        area.href()
    } else {
        format!("{}?{}", area.href(), q.join("&"))
    }
}
