import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "@careergraph/test-servers";

/** A process of the built platform, its output collected line by line for the test to wait on. */
export class WatchedProcess {
  readonly lines: string[] = [];
  private readonly waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(command: string, args: string[], env: Record<string, string | undefined>, cwd: string) {
    this.child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    this.exited = new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
    let partial = "";
    const read = (chunk: Buffer) => {
      const text = partial + chunk.toString("utf8");
      const lines = text.split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) this.add(line);
    };
    this.child.stdout!.on("data", read);
    this.child.stderr!.on("data", read);
  }

  get pid(): number {
    return this.child.pid!;
  }

  private add(line: string): void {
    this.lines.push(line);
    for (const waiter of [...this.waiters])
      if (waiter.pattern.test(line)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
  }

  /**
   * Resolves with the first line (already printed, or printed later after `fromLine`) that matches;
   * rejects, with the last lines printed, when the process exits first or the deadline passes.
   */
  waitFor(pattern: RegExp, fromLine = 0, deadlineMs = 45_000): Promise<string> {
    const seen = this.lines.slice(fromLine).find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    const lastLines = () => this.lines.slice(-30).join("\n");
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`did not print ${pattern} within ${deadlineMs} ms:\n${lastLines()}`));
      }, deadlineMs);
      const waiter = {
        pattern,
        resolve: (line: string) => {
          clearTimeout(deadline);
          resolve(line);
        },
      };
      this.waiters.push(waiter);
      void this.exited.then((code) => {
        clearTimeout(deadline);
        reject(new Error(`exited (${code}) before printing ${pattern}:\n${lastLines()}`));
      });
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

/** Free ports for a whole stack started as processes (`scripts/start.mjs`), one per server. */
export async function freeStackPorts(): Promise<Record<"gateway" | "roles" | "guides" | "progress", number>> {
  return {
    gateway: await freePort(),
    roles: await freePort(),
    guides: await freePort(),
    progress: await freePort(),
  };
}

/** A local server's GraphQL endpoint. */
export const localGraphqlUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
