/**
 * Registers the service worker that keeps the app and the guides a learner opened for offline use
 * (see `service-worker.js`). Production builds only: a development server's modules change.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // no offline copy, the app works online as before
    });
  });
}
