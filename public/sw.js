// Jalon's service worker: makes the app open offline after the first visit.
// Network first (so a new version arrives as soon as it is online), falling
// back to the cached copy. The app's files are cached at install time by
// reading index.html, since Trunk gives them hashed names.
const CACHE = "jalon-v1";

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const index = new URL("./", self.registration.scope).href;
    const res = await fetch(index, { cache: "no-cache" });
    const html = await res.clone().text();
    await cache.put(index, res);
    const urls = [...html.matchAll(/(?:href|src)="([^"#]+)"/g)]
      .map((m) => new URL(m[1], index).href)
      .filter((u) => u.startsWith(self.registration.scope));
    await Promise.all([...new Set(urls)].map((u) => cache.add(u).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const res = await fetch(req);
      if (res.ok) cache.put(req.mode === "navigate" ? new URL("./", self.registration.scope).href : req, res.clone());
      return res;
    } catch (err) {
      const hit = await cache.match(req.mode === "navigate" ? new URL("./", self.registration.scope).href : req, { ignoreSearch: true });
      if (hit) return hit;
      throw err;
    }
  })());
});
