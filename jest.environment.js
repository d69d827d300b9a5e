const { TestEnvironment } = require("jest-environment-node");

/**
 * Jest's node environment, which also clears the timers a test file leaves pending (a rate limiter's
 * window, a cache entry's expiry) when the file ends. A jest worker runs its files one after another in
 * one process, and a pending timer keeps the whole module registry of the file that made it alive until
 * it fires: a worker's heap grew by about 45 MB a file, and its garbage collection grew with it.
 */
class ClearTimersEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.pendingTimers = trackTimers(this.global);
  }

  async teardown() {
    for (const timer of this.pendingTimers) clearTimeout(timer);
    this.pendingTimers.clear();
    await super.teardown();
  }
}

/** Wraps the file's timer functions so that the set holds every timer that has not fired or been cleared. */
function trackTimers(global) {
  const pending = new Set();
  const { setTimeout, setInterval, clearTimeout, clearInterval } = global;
  global.setTimeout = function trackedSetTimeout(callback, delay, ...args) {
    const timer = setTimeout(
      (...values) => {
        pending.delete(timer);
        return callback(...values);
      },
      delay,
      ...args,
    );
    pending.add(timer);
    return timer;
  };
  global.setInterval = function trackedSetInterval(callback, delay, ...args) {
    const timer = setInterval(callback, delay, ...args);
    pending.add(timer);
    return timer;
  };
  global.clearTimeout = function trackedClearTimeout(timer) {
    pending.delete(timer);
    clearTimeout(timer);
  };
  global.clearInterval = function trackedClearInterval(timer) {
    pending.delete(timer);
    clearInterval(timer);
  };
  return pending;
}

module.exports = ClearTimersEnvironment;
