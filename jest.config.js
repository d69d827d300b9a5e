const { readdirSync, existsSync } = require("node:fs");
const { join } = require("node:path");
const { availableParallelism } = require("node:os");

/**
 * `npm test`: every workspace's tests in one jest run, so that both cores take suites from one queue,
 * slowest first, instead of one workspace at a time.
 */
const workspaces = require("./package.json").workspaces.flatMap((pattern) =>
  pattern.endsWith("/*")
    ? readdirSync(pattern.slice(0, -2)).map((name) => join(pattern.slice(0, -2), name))
    : [pattern],
);

/** Browser tests need Chromium: `npm run test:browser` runs them, never `npm test`. */
const BROWSER_TESTS = "browser-tests";

/**
 * Half again as many workers as cores (3 on 2 cores): suites spend part of their time waiting on
 * sockets, child processes and timers. A number, since jest reads "150%" in a config file as 150.
 */
function workers() {
  return Math.max(2, Math.round(availableParallelism() * 1.5));
}

module.exports = {
  projects: workspaces.filter(
    (folder) => folder !== BROWSER_TESTS && existsSync(join(__dirname, folder, "jest.config.js")),
  ),
  maxWorkers: workers(),
  testTimeout: 60000,
};
