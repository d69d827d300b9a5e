/** The browser-test harness, shared by every app's browser tests. */
export { startPlatform } from "./harness/platform";
export type { Platform } from "./harness/platform";
export { buildApp, REPOSITORY_ROOT } from "./harness/build-app";
export { serveStaticApp } from "./harness/static-server";
export type { StaticApp } from "./harness/static-server";
export { launchChromium, CHROMIUM_PATH } from "./harness/chromium";
export type { Browser } from "./harness/chromium";
export { seriousViolations } from "./harness/accessibility";
export type { Violation } from "./harness/accessibility";
export { screenshot, SCREENSHOTS_DIR } from "./harness/screenshots";
