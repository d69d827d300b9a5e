#!/usr/bin/env node
// `npm start`: builds once, runs the three subgraphs and the gateway as child processes, restarts one
// that exits (with exponential backoff and a line saying so) while the others keep serving, says
// `careergraph is up` only once the gateway's /readyz answers ready, and stops all four on SIGINT or
// SIGTERM. In containers and Kubernetes the orchestrator does this job; this is the development runner.
//
//   node scripts/start.mjs [--no-build]
//
// Ports: each subgraph listens on the port of its ROLES_URL / GUIDES_URL / PROGRESS_URL (4001..4003 by
// default), the gateway on PORT (4000).
import { spawn, spawnSync } from "node:child_process";
import { get } from "node:http";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BACKOFF_MS = { first: 500, max: 30_000 };
/** A child that stayed up this long has its backoff reset. */
const HEALTHY_AFTER_MS = 30_000;
const STOP_TIMEOUT_MS = 30_000;
/**
 * A young generation of 4 MB per semi-space instead of V8's 16: about 25 MB less resident memory per
 * server, for no measurable CPU per page (as `npm run footprint` measured it).
 */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=4"];

function say(line) {
  process.stdout.write(`[start] ${line}\n`);
}

function portOf(url, fallback) {
  if (!url) return fallback;
  try {
    return new URL(url).port || fallback;
  } catch {
    return fallback;
  }
}

const env = {
  ...process.env,
  // without Redis, the gateway keeps whole anonymous responses in its memory, and the content
  // subgraphs tell it of every content change here (docs/caching.md)
  GATEWAY_URL: process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.PORT ?? "4000"}/graphql`,
};
const services = [
  { name: "roles", main: "services/roles/dist/main.js", port: portOf(env.ROLES_URL, "4001") },
  { name: "guides", main: "services/guides/dist/main.js", port: portOf(env.GUIDES_URL, "4002") },
  { name: "progress", main: "services/progress/dist/main.js", port: portOf(env.PROGRESS_URL, "4003") },
  { name: "gateway", main: "gateway/dist/main.js", port: env.PORT ?? "4000" },
];
const gatewayPort = services[3].port;

if (!process.argv.includes("--no-build")) {
  say("building");
  const build = spawnSync("npx", ["turbo", "run", "build", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * The runner's own node flags go to every server too (`node --cpu-prof scripts/start.mjs` profiles all
 * four), except an inspector's, whose one port the four could not share.
 */
const passedNodeFlags = process.execArgv.filter((flag) => !flag.startsWith("--inspect"));
let stopping = false;
const running = new Map();

function start(service, attempt = 0) {
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...passedNodeFlags, join(root, service.main)],
    {
      cwd: root,
      env: { ...env, PORT: service.port },
      stdio: "inherit",
    },
  );
  const startedAt = Date.now();
  running.set(service.name, child);
  child.on("exit", (code, signal) => {
    running.delete(service.name);
    if (stopping) return;
    const next = Date.now() - startedAt > HEALTHY_AFTER_MS ? 0 : attempt + 1;
    const delay = Math.min(BACKOFF_MS.first * 2 ** Math.max(0, next - 1), BACKOFF_MS.max);
    say(
      `${service.name} exited (${signal ?? `code ${code}`}); restarting it in ${delay} ms (restart ${next || 1})`,
    );
    setTimeout(() => {
      if (stopping) return;
      start(service, next);
      if (service.name === "gateway") void announceWhenReady();
    }, delay).unref();
  });
  say(`${service.name} started (pid ${child.pid}, port ${service.port})`);
}

/** node:http rather than fetch: loading fetch's client would add about 20 MB to this small process. */
function statusOf(url) {
  return new Promise((resolve, reject) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", reject);
  });
}

/** Prints the up line once the gateway's /readyz answers ready (it waits for its subgraphs first). */
async function announceWhenReady() {
  const url = `http://127.0.0.1:${gatewayPort}/readyz`;
  while (!stopping) {
    try {
      if ((await statusOf(url)) === 200) {
        process.stdout.write(`\ncareergraph is up: http://localhost:${gatewayPort}/graphql\n\n`);
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
}

async function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping ${[...running.keys()].join(", ")}`);
  const exits = [...running.values()].map(
    (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve))),
  );
  for (const child of running.values()) child.kill("SIGTERM");
  const force = setTimeout(() => {
    for (const child of running.values()) child.kill("SIGKILL");
  }, STOP_TIMEOUT_MS);
  await Promise.all(exits);
  clearTimeout(force);
  say("stopped");
  process.exit(0);
}

process.on("SIGINT", () => void stopAll("SIGINT"));
process.on("SIGTERM", () => void stopAll("SIGTERM"));

for (const service of services) start(service);
void announceWhenReady();
