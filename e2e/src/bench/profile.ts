import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createTestDatabase } from "@careergraph/testing";
import { benchEnv, learnerTokens, runScript } from "./bench-env";
import { CASES } from "./cases";
import { runLoad } from "./load";
import { summarizeProfile } from "./profile-summary";
import { seedSyntheticCatalog } from "./seed-catalog";
import { startCareergraph, stopServers } from "./servers";
import { cpuMs } from "./process-stats";
import { fixed, markdownTable } from "./table";

/**
 * `npm run bench:profile`: careergraph on PostgreSQL + Redis with every process under `--cpu-prof`,
 * the signed-in seed page for BENCH_SECONDS (10); prints the CPU per page of each process and where
 * each process's busy time went. Profiles stay in BENCH_PROFILE_DIR (.profiles) for DevTools.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PG_SERVER_URL = process.env.PG_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const out = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  const dir = resolve(
    process.env.BENCH_PROFILE_DIR ?? ".profiles",
    new Date().toISOString().replace(/[:.]/g, "-"),
  );
  const secret = randomBytes(24).toString("hex");
  const database = await createTestDatabase("careergraph_profile", { serverUrl: PG_SERVER_URL });
  const env = {
    ...benchEnv(secret),
    DATABASE_URL: database.url,
    REDIS_URL,
    CACHE_NAMESPACE: `profile-${randomBytes(4).toString("hex")}`,
  };
  try {
    await seedSyntheticCatalog({ ...env, MIGRATE_ON_START: "true" }, 5_000);
    const names = ["gateway", "roles", "guides", "progress"];
    for (const name of names) mkdirSync(join(dir, name), { recursive: true });
    const stack = await startCareergraph("profile", env, (name) => [
      "--cpu-prof",
      `--cpu-prof-dir=${join(dir, name)}`,
    ]);
    const servers = [stack.gateway, ...stack.subgraphs];
    const tokens = await learnerTokens(secret);
    const signedIn = CASES.find((c) => c.name === "signed-in seed page")!;
    await runLoad(stack.gateway.url, signedIn, tokens, 2);
    const before = servers.map((s) => cpuMs(s.process.pid));
    const loadStarted = Date.now();
    const load = await runLoad(stack.gateway.url, signedIn, tokens, SECONDS);
    const perPage = servers.map((s, i) => (cpuMs(s.process.pid) - before[i]) / load.requests);
    await stopServers(servers);
    const windowMs = Date.now() - loadStarted;
    out(
      `## Signed-in seed page under --cpu-prof (${load.requests} pages, ${fixed(load.requestsPerSecond, 0)} req/s, ${load.failed} failed)\n`,
    );
    out(
      markdownTable(
        ["process", "CPU ms per page"],
        [
          ...names.map((name, i) => [name, fixed(perPage[i], 2)]),
          [
            "sum",
            fixed(
              perPage.reduce((a, b) => a + b, 0),
              2,
            ),
          ],
        ],
      ),
    );
    for (const name of names) {
      const file = readdirSync(join(dir, name)).find((f) => f.endsWith(".cpuprofile"));
      if (!file) continue;
      // the profile ends when the process exits: summarize from the load's start on
      const summary = summarizeProfile(join(dir, name, file), windowMs);
      out(`\n### ${name}: busy ${fixed(summary.busyMs, 0)} of ${fixed(summary.totalMs, 0)} ms profiled\n`);
      out(
        markdownTable(
          ["self time by package or file", "share of busy"],
          summary.categories.map((c) => [c.name, `${fixed(100 * c.share)}%`]),
        ),
      );
      out("");
      out(
        markdownTable(
          ["top functions (self)", "share of busy"],
          summary.functions.map((f) => [f.name, `${fixed(100 * f.share)}%`]),
        ),
      );
    }
    out(`\nProfiles: ${dir}`);
  } finally {
    await database.drop();
  }
}

runScript(main);
