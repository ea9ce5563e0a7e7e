//! Small wrappers over browser APIs the store needs: time, randomness,
//! downloads and timing marks for the benchmark.

use wasm_bindgen::{JsCast, JsValue};

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today in the browser's time zone.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

pub fn random_u64() -> u64 {
    (js_sys::Math::random() * 2f64.powi(52)) as u64
}

pub fn new_id(prefix: &str) -> crate::domain::Id {
    crate::domain::Id::generate(prefix, now_ms() as u64, random_u64())
}

/// Milliseconds since the page started (0 outside a browser).
pub fn perf_now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Runs `f` and records its duration under `name` in `window.__jalonTimings`,
/// which the benchmark reads. Costs one array push.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = perf_now();
    let out = f();
    let ms = perf_now() - start;
    if let Some(w) = web_sys::window() {
        let key = JsValue::from_str("__jalonTimings");
        let arr = match js_sys::Reflect::get(&w, &key).ok().and_then(|v| v.dyn_into::<js_sys::Array>().ok()) {
            Some(a) => a,
            None => {
                let a = js_sys::Array::new();
                let _ = js_sys::Reflect::set(&w, &key, &a);
                a
            }
        };
        if arr.length() < 5000 {
            let entry = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&entry, &"name".into(), &name.into());
            let _ = js_sys::Reflect::set(&entry, &"ms".into(), &ms.into());
            arr.push(&entry);
        }
    }
    out
}

/// Offers `text` to the user as a file download.
pub fn download(filename: &str, text: &str, mime: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        let _ = a.style().set_property("display", "none");
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 10_000);
    }
}

/// Runs `f` once the page is idle (at the latest after `max_ms`, when
/// given), so work nobody is waiting for stays out of the frames that answer
/// a keystroke. Where the browser has no idle callbacks (Safari), on the
/// next task instead.
pub fn when_idle(max_ms: Option<u32>, f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let opts = web_sys::IdleRequestOptions::new();
    if let Some(ms) = max_ms {
        opts.set_timeout(ms);
    }
    if w.request_idle_callback_with_options(cb.unchecked_ref(), &opts).is_err() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
    }
}

/// The browser's preferred language tag (`fr-FR`…).
pub fn browser_language() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default()
}
