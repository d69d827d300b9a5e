#!/usr/bin/env node
// `npm run footprint`: what the quick start costs. Runs `scripts/start.mjs --no-build` (so build first) on
// its own ports and data folder, times it to `careergraph is up`, then reads every process's resident
// memory from /proc, sends the anonymous seed-page query through the gateway, and reads the memory again.
//
//   node scripts/footprint.mjs [--data-dir DIR] [--fresh] [--requests 300] [--concurrency 10] [--port 4600]
//
// --fresh empties the data folder first (a first start: migrations and the content pack); without it a
// second run measures a start on an existing folder. Linux only (/proc).
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    "data-dir": { type: "string", default: join(tmpdir(), "careergraph-footprint") },
    fresh: { type: "boolean", default: false },
    requests: { type: "string", default: "300" },
    concurrency: { type: "string", default: "10" },
    port: { type: "string", default: "4600" },
    verbose: { type: "boolean", default: false },
  },
});
const dataDir = resolve(args["data-dir"]);
const basePort = Number(args.port);
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);

const SEED_PAGE = `query SeedPage($slug: String!) { role(slug: $slug) { title questionCount
  questions(first: 50) { edges { node { position prompt answerTip type myProgress { status } } } }
  guide { headline intro preparationTips { title body } commonMistakes { title body } interviewerFocus
    smartQuestions faqs { question answer } }
  relatedGuides { role { title slug questionCount } } careerGuide { title } myProgress { readiness } } }`;

function statusField(pid, field) {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : 0; // kB to MB
}

/** RSS with the pages shared between processes (node's own code, mostly) divided among them, in MB. */
function proportionalSetSize(pid) {
  const line = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("Pss:"));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
}

function childrenOf(pid) {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
  );
}

function nameOf(pid) {
  const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  const main = cmd.find((part) => part.endsWith("main.js")) ?? "";
  return main.includes("gateway") ? "gateway" : (main.match(/services\/(\w+)\//)?.[1] ?? "?");
}

function memoryTable(supervisorPid) {
  const rows = [
    { name: "supervisor", pid: supervisorPid },
    ...childrenOf(supervisorPid).map((pid) => ({ name: nameOf(pid), pid })),
  ].map((p) => ({
    ...p,
    rss: statusField(p.pid, "VmRSS"),
    pss: proportionalSetSize(p.pid),
    peak: statusField(p.pid, "VmHWM"),
  }));
  const sum = (key) => rows.reduce((total, r) => total + r[key], 0);
  rows.push({ name: "total", rss: sum("rss"), pss: sum("pss"), peak: sum("peak") });
  return rows;
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
}

function cpuByProcess(supervisorPid) {
  const pids = [supervisorPid, ...childrenOf(supervisorPid)];
  return new Map(pids.map((pid) => [pid === supervisorPid ? "supervisor" : nameOf(pid), cpuSeconds(pid)]));
}

function printMemory(title, rows) {
  process.stdout.write(
    `\n${title}\n| process | RSS MB | PSS MB | peak RSS MB |\n| --- | --- | --- | --- |\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `| ${r.name} | ${r.rss.toFixed(0)} | ${r.pss.toFixed(0)} | ${r.peak.toFixed(0)} |\n`,
    );
}

async function seedPageLoad(url) {
  const body = JSON.stringify({ query: SEED_PAGE, variables: { slug: "backend-developer" } });
  const latencies = [];
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const started = performance.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const json = await response.json();
      if (response.status !== 200 || json.errors || !json.data?.role) failed += 1;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { perSecond: (requests / seconds).toFixed(0), p50: at(0.5), p95: at(0.95), failed };
}

if (args.fresh) rmSync(dataDir, { recursive: true, force: true });
const url = (port) => `http://127.0.0.1:${port}/graphql`;
const startedAt = performance.now();
// this script's node flags (e.g. --cpu-prof) go to the runner, and from it to every server
const supervisor = spawn(
  process.execPath,
  [...process.execArgv, join(root, "scripts/start.mjs"), "--no-build"],
  {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(basePort),
      ROLES_URL: url(basePort + 1),
      GUIDES_URL: url(basePort + 2),
      PROGRESS_URL: url(basePort + 3),
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const stop = () => supervisor.kill("SIGTERM");
process.on("SIGINT", stop);

await new Promise((resolveUp, rejectUp) => {
  let seen = "";
  supervisor.stdout.on("data", (chunk) => {
    seen += chunk;
    if (args.verbose) process.stdout.write(chunk);
    if (seen.includes("careergraph is up")) resolveUp();
  });
  supervisor.once("exit", () => rejectUp(new Error(`start.mjs exited before it was up:\n${seen}`)));
});
const upAfter = (performance.now() - startedAt) / 1000;
process.stdout.write(
  `\n${args.fresh ? "fresh" : "existing"} data folder ${dataDir}: up after ${upAfter.toFixed(1)} s\n`,
);
const startCpu = [...cpuByProcess(supervisor.pid)].map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`);
process.stdout.write(`CPU seconds to start: ${startCpu.join(", ")}\n`);
printMemory("after start", memoryTable(supervisor.pid));

const cpuBefore = cpuByProcess(supervisor.pid);
const load = await seedPageLoad(url(basePort));
const cpuAfter = cpuByProcess(supervisor.pid);
process.stdout.write(
  `\nanonymous seed page, ${requests} requests, ${concurrency} at a time: ${load.perSecond} req/s, ` +
    `p50 ${load.p50} ms, p95 ${load.p95} ms, ${load.failed} failed\n`,
);
const cpuPerPage = [...cpuAfter].map(([name, seconds]) => {
  const ms = ((seconds - (cpuBefore.get(name) ?? 0)) * 1000) / requests;
  return `${name} ${ms.toFixed(1)}`;
});
process.stdout.write(`CPU ms per page: ${cpuPerPage.join(", ")}\n`);
printMemory(`after ${requests} seed pages`, memoryTable(supervisor.pid));

stop();
await new Promise((done) => supervisor.once("exit", done));
