/**
 * A place where calls wait until the test lets them go, so that a test sets up a race by events (this
 * many calls are waiting here) rather than by timers. `untilWaiting` rejects after a deadline with a
 * message, so that a race that never forms fails the test instead of hanging it.
 */
export class TestGate {
  private readonly waiting: (() => void)[] = [];
  private readonly watchers: { count: number; arrived: () => void }[] = [];
  private open = true;
  /** Calls that have passed through or wait here. */
  arrivals = 0;

  close(): void {
    this.open = false;
  }

  /** Lets every waiting call go, and every later one through. */
  release(): void {
    this.open = true;
    this.waiting.splice(0).forEach((go) => go());
  }

  /** Lets the waiting calls go and keeps the gate closed for later ones. */
  releaseWaiting(): void {
    this.waiting.splice(0).forEach((go) => go());
  }

  async pass(): Promise<void> {
    this.arrivals += 1;
    const arrived = this.open ? Promise.resolve() : new Promise<void>((go) => this.waiting.push(go));
    this.notify();
    await arrived;
  }

  /** Resolves once `count` calls have arrived in all (passed or waiting). */
  untilArrived(count: number, deadlineMs = 5000): Promise<void> {
    if (this.arrivals >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(
        () => reject(new Error(`${count} calls were expected at the gate; ${this.arrivals} came`)),
        deadlineMs,
      );
      this.watchers.push({
        count,
        arrived: () => {
          clearTimeout(deadline);
          resolve();
        },
      });
    });
  }

  private notify(): void {
    for (const watcher of [...this.watchers])
      if (this.arrivals >= watcher.count) {
        this.watchers.splice(this.watchers.indexOf(watcher), 1);
        watcher.arrived();
      }
  }
}
