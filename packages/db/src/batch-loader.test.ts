import { createMemoryCache } from "@careergraph/cache";
import { batchLoad, createLoaders, oneRowPerKey, rowsPerKey } from "./batch-loader";

/** A stand-in for one SQL statement per batch: records each batch of keys it was asked for. */
function recordingSelect<R>(rows: R[], matches: (row: R, key: string) => boolean) {
  const batches: string[][] = [];
  const select = (keys: readonly string[]) => {
    batches.push([...keys]);
    return Promise.resolve(rows.filter((row) => keys.some((key) => matches(row, key))));
  };
  return { batches, select };
}

const roles = [
  { id: "r2", title: "Two" },
  { id: "r1", title: "One" },
];
const isRoleId = (key: string) => /^r\d$/.test(key);

describe("a batch function of one row per key", () => {
  it("runs one statement for the valid keys and answers every key in order, null for the missing", async () => {
    const { batches, select } = recordingSelect(roles, (row, key) => row.id === key);
    const byId = oneRowPerKey({ validKey: isRoleId, select, keyOf: (row) => row.id });
    expect(await byId(["r1", "not an id", "r9", "r2", "r1"])).toEqual([
      roles[1],
      null,
      null,
      roles[0],
      roles[1],
    ]);
    expect(batches).toEqual([["r1", "r9", "r2", "r1"]]);
  });

  it("asks nothing, of the database or the cache, when no key can exist", async () => {
    const cache = createMemoryCache(100);
    const { batches, select } = recordingSelect(roles, (row, key) => row.id === key);
    const byId = oneRowPerKey({
      validKey: isRoleId,
      select,
      keyOf: (row) => row.id,
      cached: { cache, address: (key) => `role:${key}`, ttlSeconds: 60 },
    });
    expect(await byId(["' OR 1=1 --", "x".repeat(5000)])).toEqual([null, null]);
    expect(batches).toEqual([]);
    expect(await cache.getMany(["role:' OR 1=1 --"])).toEqual([null]);
  });

  it("reads through the cache: a second batch of the same keys runs no statement", async () => {
    const cache = createMemoryCache(100);
    const { batches, select } = recordingSelect(roles, (row, key) => row.id === key);
    const byId = oneRowPerKey({
      select,
      keyOf: (row) => row.id,
      cached: { cache, address: (key) => `role:${key}`, ttlSeconds: 60 },
    });
    await byId(["r1", "r2"]);
    expect(await byId(["r2", "r1"])).toEqual([roles[0], roles[1]]);
    expect(batches).toEqual([["r1", "r2"]]);
  });

  it("matches composite keys through their id", async () => {
    const rows = [{ userId: "u1", questionId: "q1", attempts: 3 }];
    const byUserAndQuestion = oneRowPerKey<{ userId: string; questionId: string }, (typeof rows)[0]>({
      select: () => Promise.resolve(rows),
      keyOf: (row) => `${row.userId}/${row.questionId}`,
      keyId: (key) => `${key.userId}/${key.questionId}`,
    });
    expect(
      await byUserAndQuestion([
        { userId: "u2", questionId: "q1" },
        { userId: "u1", questionId: "q1" },
      ]),
    ).toEqual([null, rows[0]]);
  });
});

describe("a batch function of every row per key", () => {
  it("groups rows by key in row order, an empty list for a key with none or an invalid key", async () => {
    const notes = [
      { questionId: "r1", body: "b" },
      { questionId: "r1", body: "a" },
      { questionId: "r2", body: "c" },
    ];
    const { select } = recordingSelect(notes, (row, key) => row.questionId === key);
    const ofQuestion = rowsPerKey({ validKey: isRoleId, select, keyOf: (row) => row.questionId });
    expect(await ofQuestion(["r2", "bad", "r3", "r1"])).toEqual([[notes[2]], [], [], [notes[0], notes[1]]]);
  });
});

describe("a request's loaders", () => {
  it("share one load for equal object keys, and are fresh for every request", async () => {
    const seen: unknown[][] = [];
    const batches = {
      page: batchLoad<{ first: number; after: string | null }, number>({
        missing: 0,
        fetch: (keys) => {
          seen.push([...keys]);
          return Promise.resolve(keys.map((key) => key.first));
        },
      }),
    };
    const first = createLoaders(batches);
    expect(
      await Promise.all([
        first.page.load({ first: 2, after: null }),
        first.page.load({ first: 2, after: null }),
      ]),
    ).toEqual([2, 2]);
    await createLoaders(batches).page.load({ first: 2, after: null });
    expect(seen).toEqual([[{ first: 2, after: null }], [{ first: 2, after: null }]]);
  });
});
