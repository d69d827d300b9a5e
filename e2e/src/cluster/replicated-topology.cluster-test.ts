import { randomUUID } from "node:crypto";
import { signToken } from "@careergraph/auth";
import { questionIdFor } from "@careergraph/content";
import { seedPageLoad, readSeedPage } from "./seed-page-load";
import { adminPortOf, startTopology, type Topology } from "./topology";

/**
 * `npm run test:cluster`: the replicated topology (nginx, 2 gateways, 2 replicas of each subgraph,
 * a PostgreSQL primary with a streaming replica, Redis Cluster 3+3) under a bounded load of the seed
 * page, anonymous and signed in, while one gateway, one replica of each subgraph and one Redis master
 * are killed. The figures it measures are printed for the closing note.
 */

const note = (line: string) => process.stdout.write(`cluster-test: ${line}\n`);

let topology: Topology;
let learner: string;
let editor: string;

beforeAll(async () => {
  topology = await startTopology({ log: note });
  learner = await signToken(topology.jwtSecret, { sub: `learner-${randomUUID()}`, roles: ["LEARNER"] });
  editor = await signToken(topology.jwtSecret, { sub: "editor-1", roles: ["EDITOR"] });
}, 600_000);

afterAll(async () => {
  await topology?.stop();
}, 120_000);

const gatewayUrl = (index: number) => `http://127.0.0.1:${topology.gateways[index].port}/graphql`;

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: T; errors?: { message: string }[] },
  };
}

const QUESTION = `query($id: ID!) { question(id: $id) { id prompt version } }`;
const UPDATE = `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { question { prompt version } } }`;
const RECORD = `mutation($input: RecordPracticeInput!) { recordPractice(input: $input) { progress { attempts } } }`;
const firstQuestion = questionIdFor("backend-developer", 1);

/** Edits the first question's prompt through one gateway; answers the new prompt. */
async function editPrompt(through: string, suffix: string): Promise<string> {
  const current = await post<{ question: { prompt: string; version: number } }>(
    through,
    QUESTION,
    { id: firstQuestion },
    editor,
  );
  const base = current.body.data!.question.prompt.replace(/ \[edit .*\]$/, "");
  const prompt = `${base} [edit ${suffix}]`;
  const updated = await post(
    through,
    UPDATE,
    {
      input: { id: firstQuestion, expectedVersion: current.body.data!.question.version, prompt },
    },
    editor,
  );
  expect(updated.body.errors).toBeUndefined();
  return prompt;
}

async function firstPromptThrough(url: string, token?: string): Promise<string> {
  const read = await readSeedPage(url, token);
  expect(read.detail).toBe("");
  return read.data!.role!.questions.edges[0].node.prompt;
}

/** Replicated statements on the catalog's and guides' tables, by each PostgreSQL cluster's own count. */
async function catalogReads(server: "primary" | "replica"): Promise<number> {
  const [row] = await topology.postgres.query<{ calls: string | null }>(
    server,
    `SELECT sum(calls)::text AS calls FROM pg_stat_statements
     WHERE query ~* '^\\s*(WITH|SELECT)' AND query ~ '(roles|guides)\\.' AND query !~* 'pg_stat_statements'`,
  );
  return Number(row.calls ?? 0);
}

/**
 * Every application statement a cluster ran, by its own pg_stat_statements: the replicas' lag samples
 * (WAL positions) and this test's own queries left out.
 */
async function allStatements(server: "primary" | "replica"): Promise<number> {
  const [row] = await topology.postgres.query<{ calls: string | null }>(
    server,
    `SELECT sum(calls)::text AS calls FROM pg_stat_statements
     WHERE query !~* '(pg_stat_statements|pg_current_wal_insert_lsn|pg_last_wal_replay_lsn)'`,
  );
  return Number(row.calls ?? 0);
}

/** The sum of a counter's samples in a server's `/metrics`. */
async function metricSum(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${adminPortOf(port)}/metrics`)).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

/** Read-through cache hits a server counted, from its own `/metrics`. */
async function cacheHits(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${adminPortOf(port)}/metrics`)).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith("careergraph_cache_lookups_total{") && line.includes('result="hit"'))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

describe("the replicated topology", () => {
  it("reads a content edit made through one gateway at once through the other", async () => {
    // warm both gateways' caches with the page first: the edit must retire what they hold
    expect(await firstPromptThrough(gatewayUrl(0))).toBe(await firstPromptThrough(gatewayUrl(1)));
    const prompt = await editPrompt(gatewayUrl(0), "one");
    expect(await firstPromptThrough(gatewayUrl(1))).toBe(prompt);
    expect(await firstPromptThrough(gatewayUrl(1), editor)).toBe(prompt);
  }, 60_000);

  it("fails no read while a gateway, a replica of each subgraph and a Redis master die under load", async () => {
    await topology.postgres.query("primary", "SELECT pg_stat_statements_reset()");
    await topology.postgres.query("replica", "SELECT pg_stat_statements_reset()");
    const load = seedPageLoad({
      url: topology.url,
      workers: 4,
      durationMs: 30_000,
      maxRequests: 20_000,
      tokens: [undefined, learner],
    });

    // recordPractice with one idempotency key, sent again whenever an attempt gets no answer
    const idempotencyKey = randomUUID();
    const practice = { questionId: questionIdFor("backend-developer", 2), rating: "GOOD", idempotencyKey };
    let practiceAnswers = 0;
    let practiceAttempts = 0;
    const recordUntil = async (deadline: number) => {
      while (Date.now() < deadline) {
        practiceAttempts += 1;
        const answer = await post<{ recordPractice: { progress: { attempts: number } } }>(
          topology.url,
          RECORD,
          { input: practice },
          learner,
        ).catch(() => null);
        if (answer?.body.data?.recordPractice) {
          practiceAnswers += 1;
          expect(answer.body.data.recordPractice.progress.attempts).toBe(1);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    const practising = recordUntil(Date.now() + 24_000);

    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await sleep(4_000);
    note("killing gateway-1 (SIGKILL)");
    await topology.gateways[0].daemon.kill();
    await sleep(3_000);
    note("killing roles-1, guides-1 and progress-1 (SIGKILL)");
    await Promise.all(Object.values(topology.subgraphs).map((replicas) => replicas[0].daemon.kill()));
    await sleep(3_000);
    const generationMaster = await topology.redis.masterOf("{cg}:content-generation");
    const survivor = topology.redis.nodes
      .map((node) => Number(node.split(":")[1]))
      .find((port) => port !== generationMaster)!;
    note(`killing the Redis master of the content cache's slot (:${generationMaster}, SIGKILL)`);
    const killedAt = Date.now();
    await topology.redis.kill(generationMaster);
    const newMaster = await topology.redis.waitForNewMaster(
      "{cg}:content-generation",
      generationMaster,
      30_000,
    );
    await topology.redis.waitHealthy(30_000, survivor);
    const failoverMs = Date.now() - killedAt;
    note(`Redis Cluster failed over in ${failoverMs} ms (slot now on :${newMaster})`);
    expect(newMaster).not.toBe(generationMaster);

    const [result] = await Promise.all([load, practising]);
    const rps = result.requests / (result.elapsedMs / 1000);
    note(
      `load: ${result.requests} reads in ${(result.elapsedMs / 1000).toFixed(1)} s (${rps.toFixed(0)}/s), ${result.failures} failed`,
    );
    for (const sample of result.failureSamples) note(`  failed read: ${sample}`);
    const [primaryReads, replicaReads] = [await catalogReads("primary"), await catalogReads("replica")];
    note(`catalog and guide statements during the load: primary ${primaryReads}, replica ${replicaReads}`);
    const [primaryAll, replicaAll] = [await allStatements("primary"), await allStatements("replica")];
    note(`every statement during the load: primary ${primaryAll}, replica ${replicaAll}`);
    const retries = await metricSum(topology.gateways[1].port, "careergraph_subgraph_fetch_retries_total");
    note(`query fetches the surviving gateway retried after a connection failure: ${retries}`);
    note(`recordPractice: ${practiceAttempts} attempts, ${practiceAnswers} answered`);

    // the caches worked on the cluster (a key outside its slot would have made every lookup a miss)
    const hits = await cacheHits(topology.subgraphs.roles[1].port);
    const rateKeys = await topology.redis.countKeys("cg:rate:*");
    note(`surviving roles replica: ${hits} cache hits; rate-limit counters in the cluster: ${rateKeys} keys`);
    expect(hits).toBeGreaterThan(0);
    expect(rateKeys).toBeGreaterThan(0);
    expect(result.failures).toBe(0);
    expect(result.requests).toBeGreaterThan(50);
    expect(replicaReads).toBeGreaterThan(0);
    expect(practiceAnswers).toBeGreaterThan(0);
    // applied exactly once, across every retry, by the primary's own rows
    const [applied] = await topology.postgres.query<{ events: number; attempts: number }>(
      "primary",
      `SELECT (SELECT count(*)::int FROM progress.practice_event WHERE idempotency_key = '${idempotencyKey}') AS events,
              (SELECT attempts FROM progress.question_progress p JOIN progress.practice_event e
                 ON e.user_id = p.user_id AND e.question_id = p.question_id
               WHERE e.idempotency_key = '${idempotencyKey}') AS attempts`,
    );
    expect(applied).toEqual({ events: 1, attempts: 1 });
  }, 180_000);

  it("after the failover, an edit is read at once through the surviving gateway: misses, never a stale page", async () => {
    const survivor = gatewayUrl(1);
    const prompt = await editPrompt(survivor, "two");
    expect(await firstPromptThrough(topology.url)).toBe(prompt);
    expect(await firstPromptThrough(survivor, learner)).toBe(prompt);
  }, 60_000);
});
