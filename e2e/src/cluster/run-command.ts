import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** Runs a command to its end; rejects with its output when it fails. */
export async function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}) {
  try {
    const { stdout } = await execFileAsync(command, args, {
      env: options.env ?? process.env,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(" ")} failed: ${failure.stderr || failure.stdout || failure.message}`,
    );
  }
}

/** Whether this process runs as root (PostgreSQL's tools refuse root: they run as `postgres`). */
export const isRoot = () => process.getuid?.() === 0;

/** A PostgreSQL tool run as the `postgres` user when this process is root. */
export function runAsPostgres(command: string, args: string[]) {
  return isRoot() ? run("runuser", ["-u", "postgres", "--", command, ...args]) : run(command, args);
}

/** A long-running process whose output goes to a log file; `stop` signals it and waits for its exit. */
export interface Daemon {
  name: string;
  child: ChildProcess;
  exited: Promise<void>;
  /** SIGKILL: the process dies at once, as a crashed machine would. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function startDaemon(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; logFile: string; cwd?: string },
): Daemon {
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = async (sig: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(sig);
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    name,
    child,
    exited,
    kill: () => signal("SIGKILL", 0),
    stop: (graceMs = 10_000) => signal("SIGTERM", graceMs),
  };
}

/** Polls `check` until it resolves true; rejects with `what` after `timeoutMs`. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cause = lastError instanceof Error ? `: ${lastError.message}` : "";
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
}
