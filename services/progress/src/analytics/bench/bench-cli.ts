import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { formatConfigErrors, parseConfig } from "@careergraph/config";
import { roleIdFor, rolePacks } from "@careergraph/content";
import { openDatabase, type Database } from "@careergraph/db";
import { createLogger } from "@careergraph/logger";
import { createTestDatabase } from "@careergraph/testing";
import { progressSubgraph } from "../../definition";
import { AnalyticsService } from "../views/analytics.service";
import { rawEventSource, rollupSource } from "../views/analytics.queries";
import { Granularity } from "../views/analytics.types";
import { loadSyntheticPractice } from "../synthetic/synthetic";
import { parseSyntheticArgs } from "../synthetic/synthetic-options";

const RUNS = 5;
const END = new Date("2026-11-01T00:00:00.000Z");

type Case = [name: string, run: (service: AnalyticsService) => Promise<unknown>];

function cases(): Case[] {
  const pack = rolePacks.find((p) => p.slug === "backend-developer") ?? rolePacks[0];
  const role = { id: roleIdFor(pack.slug), questionCount: pack.questions.length };
  const year = { from: "2025-11-01", to: "2026-10-31" };
  return [
    ["roleAnalytics, all time", (s) => s.roleAnalytics(role, { from: null, to: null })],
    ["roleAnalytics, 90 days", (s) => s.roleAnalytics(role, { from: "2026-08-01", to: "2026-10-29" })],
    ["activity DAY, one year", (s) => s.activity(Granularity.DAY, year)],
    ["activity WEEK, one year", (s) => s.activity(Granularity.WEEK, year)],
    ["retention WEEK, one year", (s) => s.retention(year)],
    ["hardestQuestions, first 10", (s) => s.hardestQuestions(null, 10)],
  ];
}

/** Median milliseconds of `RUNS` runs after one warm-up; also checks both paths agree. */
async function time(run: () => Promise<unknown>): Promise<{ ms: number; result: string }> {
  const result = JSON.stringify(await run());
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(RUNS / 2)], result };
}

async function bench(db: Database, args: ReturnType<typeof parseSyntheticArgs>): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const load = await loadSyntheticPractice(db, { ...args, endDate: END, progressBar: true });
  out(`\nanalytics benchmark on ${db.kind === "embedded" ? "embedded PGlite" : "PostgreSQL"}`);
  out(
    `synthetic load: ${load.events} events, ${load.learners} learners in ${load.loadSeconds.toFixed(1)} s = ${Math.round(
      load.events / load.loadSeconds,
    )} events/s; rollups rebuilt in ${load.rebuildSeconds.toFixed(1)} s`,
  );
  await db.dataSource.query(`ANALYZE`);
  const rollups = new AnalyticsService(rollupSource(db.dataSource));
  const raw = new AnalyticsService(rawEventSource(db.dataSource));
  out(`\n| query | rollups (median of ${RUNS}) | raw events (median of ${RUNS}) | ratio | same figures |`);
  out(`| --- | --- | --- | --- | --- |`);
  for (const [name, run] of cases()) {
    const fast = await time(() => run(rollups));
    const slow = await time(() => run(raw));
    out(
      `| ${name} | ${fast.ms.toFixed(2)} ms | ${slow.ms.toFixed(1)} ms | ${(slow.ms / fast.ms).toFixed(0)}x | ${
        fast.result === slow.result ? "yes" : "NO"
      } |`,
    );
  }
}

/**
 * `npm run bench:analytics [-- --learners N --events N --seed N]`: loads the synthetic data set into a
 * fresh database (a temporary one on DATABASE_URL's server, dropped afterwards, or an in-memory
 * embedded one), then times each analytics query on the rollups and the same figures from the raw events.
 */
async function main(): Promise<void> {
  const args = parseSyntheticArgs(process.argv.slice(2), { learners: 10_000, events: 1_000_000, seed: 1 });
  const database = await createTestDatabase("careergraph_bench");
  const parsed = parseConfig({ ...process.env, DATABASE_URL: database.url }, "progress");
  if (!parsed.ok) throw new Error(formatConfigErrors("progress", parsed.errors));
  const db = await openDatabase({
    ...parsed.config.database,
    statementTimeoutMs: 600_000,
    dataDir: null,
    schema: progressSubgraph.dbSchema,
    entities: progressSubgraph.entities,
    migrations: progressSubgraph.migrations,
    logger: createLogger("bench", "error"),
  });
  try {
    await bench(db, args);
  } finally {
    await db.close();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:analytics failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
