import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@careergraph/testing";
import { benchEnv, learnerTokens, runScript } from "./bench-env";
import { CASES } from "./cases";
import { measureFirstStart } from "./first-start";
import { CONNECTIONS } from "./load";
import { seedSyntheticCatalog } from "./seed-catalog";
import { startCareergraph, startGateway, stopServers, type Server } from "./servers";
import { caseTable, clearRedisNamespace, runCase, type CaseResult, type Variant } from "./suite";
import { statementsByQuestionCount } from "./statements-by-size";
import { CATALOG } from "./synthetic-catalog";
import { fixed } from "./table";

/**
 * `npm run bench`: every case through careergraph, its N+1 build (loaders and caches off), a plain
 * `@apollo/gateway` and Hive Gateway over the same subgraphs, on PostgreSQL + Redis and on the
 * embedded defaults, over a synthetic catalog; prints markdown tables and the targets.
 *
 * BENCH_SECONDS (5) per timed run, BENCH_EVENTS (100000) synthetic practices, PG_SERVER_URL and
 * REDIS_URL (the local defaults) for the PostgreSQL + Redis half, BENCH_ONLY=postgres|embedded.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const PG_SERVER_URL = process.env.PG_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const ONLY = process.env.BENCH_ONLY;

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const out = (text: string) => process.stdout.write(`${text}\n`);

const secret = randomBytes(24).toString("hex");
const baseEnv = benchEnv(secret);
const n1Env = { CACHE_DISABLED: "true", LOADERS_DISABLED: "true" };

/** Runs every case over the variants and prints a table per case; answers the results by case. */
async function runSuite(
  title: string,
  variants: Variant[],
  tokens: string[],
): Promise<Map<string, CaseResult[]>> {
  const byCase = new Map<string, CaseResult[]>();
  out(`\n## ${title}\n`);
  for (const benchCase of CASES) {
    const results: CaseResult[] = [];
    for (const variant of variants) {
      say(`${title}: ${benchCase.name}: ${variant.name}`);
      results.push(await runCase(benchCase, variant, tokens, SECONDS));
    }
    byCase.set(benchCase.name, results);
    out(`### ${benchCase.name}\n\n${caseTable(benchCase, results)}\n`);
    for (const result of results)
      if (result.load.firstError) out(`- ${result.variant}: first failure: \`${result.load.firstError}\`\n`);
  }
  return byCase;
}

function summary(byCase: Map<string, CaseResult[]>): void {
  const find = (name: string, variant: string) => byCase.get(name)?.find((r) => r.variant === variant);
  const warm = "anonymous seed page, warm";
  const cg = find(warm, "careergraph");
  const n1 = find(warm, "careergraph N+1 build");
  const hive = find(warm, "Hive Gateway 2.15");
  if (cg && n1)
    out(
      `- warm anonymous seed page vs the N+1 build: ${fixed(cg.load.requestsPerSecond / n1.load.requestsPerSecond)}x (target 10x)`,
    );
  if (cg && hive)
    out(
      `- warm anonymous seed page vs Hive Gateway's memory cache: ${fixed(cg.load.requestsPerSecond / hive.load.requestsPerSecond, 2)}x (target 1x)`,
    );
  const signed = "signed-in seed page";
  for (const variant of [
    "careergraph",
    "plain @apollo/gateway",
    "Hive Gateway 2.15",
    "careergraph N+1 build",
  ]) {
    const r = find(signed, variant);
    if (r)
      out(
        `- CPU per signed-in page, ${variant}: ${fixed(
          r.cpuPerRequest.reduce((a, b) => a + b, 0),
          2,
        )} ms (gateway ${fixed(r.cpuPerRequest[0], 2)})`,
      );
  }
}

async function postgresHalf(tokens: string[]): Promise<void> {
  const database = await createTestDatabase("careergraph_bench", { serverUrl: PG_SERVER_URL });
  const namespace = `bench-${randomBytes(4).toString("hex")}`;
  const servers: Server[] = [];
  try {
    const env = { ...baseEnv, DATABASE_URL: database.url, REDIS_URL, CACHE_NAMESPACE: namespace };
    say(`seeding the synthetic catalog on PostgreSQL (${CATALOG.roles} roles)`);
    await seedSyntheticCatalog({ ...env, MIGRATE_ON_START: "true" }, EVENTS);
    const cg = await startCareergraph("careergraph", env);
    servers.push(cg.gateway, ...cg.subgraphs);
    const n1 = await startCareergraph("n+1", { ...env, ...n1Env, CACHE_NAMESPACE: `${namespace}-n1` });
    servers.push(n1.gateway, ...n1.subgraphs);
    const apollo = await startGateway("apollo", "e2e/dist/bench/plain-apollo-gateway.js", cg.subgraphs, env);
    servers.push(apollo);
    const hive = await startGateway("hive", "e2e/dist/bench/hive-gateway.js", cg.subgraphs, env);
    servers.push(hive);
    const clearCaches = () => clearRedisNamespace(REDIS_URL, namespace);
    const sizes = await statementsByQuestionCount(cg, clearCaches);
    const byCase = await runSuite(
      "PostgreSQL + Redis",
      [
        { name: "careergraph", ...cg, clearCaches },
        { name: "careergraph N+1 build", ...n1 },
        { name: "plain @apollo/gateway", gateway: apollo, subgraphs: cg.subgraphs, clearCaches },
        { name: "Hive Gateway 2.15", gateway: hive, subgraphs: cg.subgraphs, clearCaches },
      ],
      tokens,
    );
    out("### Targets (PostgreSQL + Redis)\n");
    summary(byCase);
    out(
      `- SQL statements per cold anonymous seed page: ${sizes.map((s) => `${s.statements} with ${s.questions} questions`).join(", ")} (target: equal)`,
    );
  } finally {
    await stopServers(servers);
    await database.drop();
  }
}

async function embeddedHalf(tokens: string[]): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "careergraph-bench-"));
  const n1Dir = `${dataDir}-n1`;
  const servers: Server[] = [];
  try {
    const env = { ...baseEnv, DATABASE_URL: undefined, REDIS_URL: undefined, DATA_DIR: dataDir };
    say(`seeding the synthetic catalog on the embedded databases (${CATALOG.roles} roles)`);
    await seedSyntheticCatalog(env, EVENTS);
    cpSync(dataDir, n1Dir, { recursive: true });
    const cg = await startCareergraph("careergraph", env);
    servers.push(cg.gateway, ...cg.subgraphs);
    const n1 = await startCareergraph("n+1", { ...env, ...n1Env, DATA_DIR: n1Dir });
    servers.push(n1.gateway, ...n1.subgraphs);
    const byCase = await runSuite(
      "Embedded defaults (PGlite, in-process cache)",
      [
        { name: "careergraph", ...cg },
        { name: "careergraph N+1 build", ...n1 },
      ],
      tokens,
    );
    out("### Targets (embedded defaults)\n");
    summary(byCase);
  } finally {
    await stopServers(servers);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(n1Dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const tokens = await learnerTokens(secret);
  out(`# careergraph benchmark\n`);
  out(
    `${CONNECTIONS} connections (autocannon), ${SECONDS} s per case and variant; signed-in cases: one learner per connection.`,
  );
  out(
    `Catalog: ${CATALOG.roles} roles x ${CATALOG.questionsPerRole} questions (one role with ${CATALOG.largeRoleQuestions}), guides, ${EVENTS.toLocaleString("en-US")} practices of 10,000 learners.`,
  );
  out(
    `CPU ms/req: CPU time of each process (/proc/<pid>/stat) divided by the requests served. Subgraph requests are counted at the subgraphs.`,
  );
  if (ONLY !== "postgres") {
    say("first npm start on the embedded defaults");
    out(
      `\nFirst \`npm start\` on the embedded defaults (empty data folder, built): ready in ${fixed(await measureFirstStart())} s (target < 10 s)`,
    );
  }
  if (ONLY !== "embedded") await postgresHalf(tokens);
  if (ONLY !== "postgres") await embeddedHalf(tokens);
  out(`\nWhole bench: ${fixed((Date.now() - started) / 1000, 0)} s`);
}

runScript(main);
