import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { waitFor } from "./wait-for";

/**
 * A free loopback port for a server that listens later, below the kernel's range of ephemeral ports:
 * a port the kernel picked would be free now, but the kernel hands ports of that range to every new
 * connection and to every `listen(0)` (an embedded database's socket, say), and one of those could
 * take it before the server listens (EADDRINUSE).
 */
export async function freePort(): Promise<number> {
  const lowest = 10_000;
  const highest = Math.max(lowestEphemeralPort(), lowest + 1_000) - 1;
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = lowest + Math.floor(Math.random() * (highest - lowest + 1));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port found from ${lowest} to ${highest}`);
}

function lowestEphemeralPort(): number {
  try {
    return Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
  } catch {
    return 32_768; // Linux's default
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A throwaway redis-server of the test's own, so that it can be stopped, frozen and restarted. */
export class TestRedis {
  private process: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      "redis-server",
      ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    this.process = child;
    let failure: string | undefined;
    child.once("error", (error) => (failure = `could not start: ${error.message}`));
    child.once("exit", (code) => (failure ??= `exited with ${code} before it listened`));
    // listening is when the port is taken
    await waitFor(`redis-server to listen on :${this.port}`, async () => {
      if (failure) throw new Error(`redis-server on :${this.port} ${failure}`);
      return !(await isFree(this.port));
    });
  }

  /** Freezes the server: connections stay open but nothing answers (a hung Redis). */
  freeze(): void {
    this.process?.kill("SIGSTOP");
  }

  thaw(): void {
    this.process?.kill("SIGCONT");
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    child.kill("SIGCONT");
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    this.process = null;
  }
}
