/**
 * Registers the service worker that keeps the app and the guides a learner opened for offline use
 * (see `service-worker.js`), once the page has loaded: its first load is not slowed by precaching.
 * Production builds only: a development server's modules change under it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // no offline copy: the app works online as before
    });
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

/** The service worker's cache of the gateway's answers (`DATA_CACHE` in `service-worker.js`). */
const ANSWERS_CACHE = "careergraph-data-v1";

/** Drops the answers kept for offline use: on sign-out, a shared device keeps none of them. */
export function forgetKeptAnswers(): void {
  if ("caches" in window) void caches.delete(ANSWERS_CACHE);
}
