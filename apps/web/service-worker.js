/* The app's service worker, written by hand (see service-worker-plugin.ts for why). The build puts
 * the list of the app's files and a version in place of the two markers below. */
const PRECACHE = self.__PRECACHE_FILES__;
const VERSION = self.__PRECACHE_VERSION__;
const SHELL_CACHE = `careergraph-shell-${VERSION}`;
/** Answers of the gateway to the GETs the app sent (persisted queries): the guides a learner opened. */
const DATA_CACHE = "careergraph-data-v1";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("careergraph-shell-") && key !== SHELL_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin === self.location.origin) {
    // every address of the app is the app: its shell, whatever the route
    if (request.mode === "navigate") event.respondWith(networkFirst(request, SHELL_CACHE, "/index.html"));
    else event.respondWith(cacheFirst(request));
    return;
  }
  if (url.pathname.endsWith("/graphql")) event.respondWith(networkFirst(request, DATA_CACHE));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  return cached ?? fetch(request);
}

/**
 * The network's answer when there is one (kept for later), else the last answer kept for the same
 * request: the cache matches the Authorization header too (the gateway's `Vary`), so one learner
 * never sees another's progress.
 */
async function networkFirst(request, cacheName, fallbackPath) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackPath ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackPath ?? request);
    if (cached) return cached;
    throw error;
  }
}
