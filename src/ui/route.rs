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
    adopt_query_kept_for_reload();
    window_event_listener(leptos::ev::pagehide, |_| keep_query_for_reload());
    let (area, set_area) = signal(Area::from_hash(&current_hash()));
    let (query, set_query) = signal(query_of(&current_hash()));
    // Only what changed is set: setting the area to the area it already is
    // would rebuild the whole page (a quarter link on the KPI sheet rebuilt
    // all 1,400 cells that way).
    window_event_listener(leptos::ev::hashchange, move |_| {
        let h = current_hash();
        let a = Area::from_hash(&h);
        if area.get_untracked() != a {
            set_area.set(a);
        }
        let q = query_of(&h);
        if query.with_untracked(|old| *old != q) {
            set_query.set(q);
        }
    });
    let route = Route { area, query };
    provide_context(route);
    route
}

thread_local! {
    /// The latest query asked for, written or not (see [`keep_query_for_reload`]).
    static LAST_QUERY: std::cell::RefCell<Option<(Area, String)>> = const { std::cell::RefCell::new(None) };
    /// Whether a write after the next paint is already on its way.
    static AFTER_PAINT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where the latest query is kept while the page reloads.
const KEY_LAST_QUERY: &str = "jalon.lastQuery";

/// Writes a query into the URL as soon as the change that made it is
/// painted (the frame after it): a link copied the moment after choosing a
/// filter is the filtered view. Not at once: `replaceState` costs Chromium
/// ~8 ms of main thread plus a favicon fetch (and, with the page half
/// updated, a forced layout), and written from the filter's event handler it
/// doubled a 5,000-item filter change's time to paint (p50 9 → 20 ms); after
/// the paint nobody waits for it. Several changes in one frame write once,
/// the latest; nothing is written if the area changed meanwhile. A reload
/// in between is covered by [`keep_query_for_reload`].
pub fn replace_query_after_paint(area: Area, query: String) {
    LAST_QUERY.with(|l| *l.borrow_mut() = Some((area, query)));
    if AFTER_PAINT.with(|s| s.replace(true)) {
        return;
    }
    request_animation_frame(|| {
        let _ = set_timeout_with_handle(
            || {
                AFTER_PAINT.with(|s| s.set(false));
                if let Some((area, query)) = LAST_QUERY.with(|l| l.borrow().clone()) {
                    if Area::from_hash(&current_hash()) == area {
                        replace_query(area, &query);
                    }
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

/// On unload, the latest query goes to session storage: a reload started
/// before it reached the URL would otherwise bring back the one before.
fn keep_query_for_reload() {
    let Some((area, query)) = LAST_QUERY.with(|l| l.borrow().clone()) else { return };
    if let Some(s) = window().session_storage().ok().flatten() {
        let _ = s.set_item(KEY_LAST_QUERY, &format!("{}\n{query}", area.slug()));
    }
}

/// At start-up after a reload, the query the page last had is written to
/// the URL first (when it is the same area). Any other arrival (a link, a
/// typed URL, back or forward) keeps the URL's own query.
fn adopt_query_kept_for_reload() {
    let Some(s) = window().session_storage().ok().flatten() else { return };
    let Some(kept) = s.get_item(KEY_LAST_QUERY).ok().flatten() else { return };
    let _ = s.remove_item(KEY_LAST_QUERY);
    let reloaded = window()
        .performance()
        .map(|p| p.get_entries_by_type("navigation"))
        .and_then(|entries| js_sys::Reflect::get(&entries.get(0), &"type".into()).ok())
        .and_then(|t| t.as_string())
        .is_some_and(|t| t == "reload");
    let area = Area::from_hash(&current_hash());
    if let (true, Some((slug, query))) = (reloaded, kept.split_once('\n')) {
        if slug == area.slug() {
            replace_query(area, query);
        }
    }
}

/// Writes the area's query into the URL without a new history entry (a
/// filter typed letter by letter must not fill the back button).
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
