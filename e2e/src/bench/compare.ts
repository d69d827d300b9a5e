import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createTestDatabase } from "@careergraph/testing";
import { benchEnv, learnerTokens, runScript } from "./bench-env";
import { CASES } from "./cases";
import { runLoad } from "./load";
import { cpuMs } from "./process-stats";
import { seedSyntheticCatalog } from "./seed-catalog";
import { startCareergraph, stopServers, type Deployment } from "./servers";
import { fixed, markdownTable } from "./table";

/**
 * `npm run bench:compare -- <built checkout>`: this build and another commit's (a worktree with
 * `npm install && npm run build` done) on the same PostgreSQL database and Redis, each as its own four
 * processes, warmed up for 8 s, then in alternating rounds of BENCH_SECONDS (8) per case, BENCH_ROUNDS (3) times: the CPU per
 * page of each process, from `/proc`, divided by the pages served. One stack is idle while the other
 * is measured, so both see the same machine within seconds of each other.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 8;
const PG_SERVER_URL = process.env.PG_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const CASE_NAMES = ["signed-in seed page", "anonymous seed page, warm"];
const say = (line: string) => process.stderr.write(`[compare] ${line}\n`);
const out = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  const baseRoot = process.argv[2] ? resolve(process.argv[2]) : undefined;
  if (!baseRoot || !existsSync(join(baseRoot, "gateway", "dist", "main.js")))
    throw new Error("usage: npm run bench:compare -- <a built checkout of another commit>");
  const secret = randomBytes(24).toString("hex");
  const database = await createTestDatabase("careergraph_compare", { serverUrl: PG_SERVER_URL });
  const env = {
    ...benchEnv(secret),
    DATABASE_URL: database.url,
    REDIS_URL,
  };
  const namespace = `compare-${randomBytes(4).toString("hex")}`;
  const stacks: { name: string; deployment: Deployment }[] = [];
  try {
    say("seeding the synthetic catalog");
    await seedSyntheticCatalog({ ...env, CACHE_NAMESPACE: namespace, MIGRATE_ON_START: "true" }, 5_000);
    stacks.push({
      name: `base ${execFileSync("git", ["-C", baseRoot, "rev-parse", "--short", "HEAD"]).toString().trim()}`,
      deployment: await startCareergraph(
        "base",
        { ...env, CACHE_NAMESPACE: `${namespace}-base` },
        () => [],
        baseRoot,
      ),
    });
    stacks.push({
      name: "this build",
      deployment: await startCareergraph("head", { ...env, CACHE_NAMESPACE: `${namespace}-head` }),
    });
    const tokens = await learnerTokens(secret);
    const rows: string[][] = [];
    for (const caseName of CASE_NAMES) {
      const benchCase = CASES.find((c) => c.name === caseName)!;
      // JIT warm-up: the first seconds of load cost a fresh process up to twice the CPU per page
      for (const { deployment } of stacks)
        await runLoad(deployment.gateway.url, benchCase, tokens, WARM_UP_SECONDS);
      for (let round = 1; round <= ROUNDS; round++)
        for (const { name, deployment } of stacks) {
          say(`${caseName}: ${name}, round ${round}`);
          const servers = [deployment.gateway, ...deployment.subgraphs];
          const before = servers.map((s) => cpuMs(s.process.pid));
          const load = await runLoad(deployment.gateway.url, benchCase, tokens, SECONDS);
          const perPage = servers.map((s, i) => (cpuMs(s.process.pid) - before[i]) / load.requests);
          if (load.firstError) say(`first failure: ${load.firstError}`);
          rows.push([
            caseName,
            `${name} (round ${round})`,
            fixed(load.requestsPerSecond, 0),
            `${fixed(load.p50)} / ${fixed(load.p99)}`,
            String(load.failed),
            perPage.map((ms) => fixed(ms, 2)).join(" / "),
            fixed(
              perPage.reduce((a, b) => a + b, 0),
              2,
            ),
          ]);
        }
    }
    out(
      markdownTable(
        [
          "case",
          "build",
          "req/s",
          "p50 / p99 ms",
          "failed",
          "CPU ms/req gw / roles / guides / progress",
          "CPU ms/req sum",
        ],
        rows,
      ),
    );
  } finally {
    await stopServers(stacks.flatMap(({ deployment }) => [deployment.gateway, ...deployment.subgraphs]));
    await database.drop();
  }
}

runScript(main);
