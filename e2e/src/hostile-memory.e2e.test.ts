import { createHash, randomBytes } from "node:crypto";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { startStack, type Stack } from "./stack";

/**
 * Requests as an attacker would send them, large and each one unique, over every transport: public
 * queries with large variables, large query texts, persisted-query registrations, GETs and padded
 * GETs. No cache or map keyed by request content may keep what they carry: afterwards, the heap of
 * this process (the gateway and the three subgraphs together) holds at most 64 MB more than before.
 */
const BOUND_BYTES = 64 * 1024 * 1024;
const LARGE = 900 * 1024;
const EACH = 100;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

let stack: Stack;
beforeAll(async () => {
  // the gateway keeps whole answers in its own memory (no Redis): the worst case for its memory
  stack = await startStack({ gatewayUrlKnown: true, env: { RATE_LIMIT_DISABLED: "true" } });
});
afterAll(() => stack?.stop());

const unique = (bytes: number) =>
  randomBytes(Math.ceil(bytes / 2))
    .toString("hex")
    .slice(0, bytes);
const post = (body: unknown) =>
  fetch(stack.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("hundreds of large, unique requests", () => {
  it("leave the servers' heap within 64 MB of where it was", async () => {
    // warm: plans, loaders and caches of ordinary traffic are there before the baseline
    for (let i = 0; i < 3; i++) await post({ query: `{ role(slug: "backend-developer") { title } }` });
    const before = heapAfterGc();
    const statuses = new Map<string, Set<number>>();
    const record = (kind: string, status: number) =>
      statuses.set(kind, (statuses.get(kind) ?? new Set()).add(status));
    for (let i = 0; i < EACH; i++) {
      const variables = await post({
        query: `query($slug: String!) { role(slug: $slug) { title } }`,
        variables: { slug: unique(LARGE) },
      });
      record("large variables", variables.status);
      await variables.arrayBuffer();
      const text = await post({ query: `# ${unique(LARGE)}\n{ role(slug: "data-engineer") { title } }` });
      record("large texts", text.status);
      await text.arrayBuffer();
      const registration = `# ${unique(30 * 1024)}\n{ roles(first: 1) { totalCount } }`;
      const registered = await post({
        query: registration,
        extensions: {
          persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(registration).digest("hex") },
        },
      });
      record("registrations", registered.status);
      await registered.arrayBuffer();
      const oversized = `# ${unique(LARGE)}\n{ roles(first: 1) { totalCount } }`;
      const refusedRegistration = await post({
        query: oversized,
        extensions: {
          persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(oversized).digest("hex") },
        },
      });
      record("oversized registrations", refusedRegistration.status);
      await refusedRegistration.arrayBuffer();
      const get = await fetch(
        `${stack.gatewayUrl}?query=${encodeURIComponent(`# ${unique(12 * 1024)}\n{ roles(first: 1) { totalCount } }`)}`,
        { headers: { "apollo-require-preflight": "true" } },
      );
      record("GETs", get.status);
      await get.arrayBuffer();
      const padded = await fetch(
        `${stack.gatewayUrl}?${"&".repeat(1000)}query=${encodeURIComponent(`{ roles { totalCount } } # ${i}`)}`,
        { headers: { "apollo-require-preflight": "true" } },
      );
      record("padded GETs", padded.status);
      await padded.arrayBuffer();
    }
    const grown = heapAfterGc() - before;
    expect(Object.fromEntries([...statuses].map(([kind, set]) => [kind, [...set]]))).toEqual({
      "large variables": [200],
      "large texts": [200],
      registrations: [200],
      "oversized registrations": [413],
      GETs: [200],
      "padded GETs": [400],
    });
    expect(grown).toBeLessThan(BOUND_BYTES);
  }, 240_000);
});
