import { questionIdFor } from "@careergraph/content";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import { purgeIdempotencyRecords } from "./idempotency-purge";

let stack: ProgressStack;

beforeAll(async () => {
  stack = await startProgressStack(new Date("2026-03-10T12:00:00.000Z"));
});

afterAll(async () => {
  await stack?.stop();
});

describe("the idempotency purge", () => {
  it("deletes records older than the retention and keeps the ones just inside it", async () => {
    const insert = (key: string, createdAt: string) =>
      stack.sql(
        `INSERT INTO progress.practice_request (user_id, idempotency_key, request_hash, question_id, created_at)
         VALUES ('purge-user', $1, 'hash', $2, $3)`,
        [key, questionIdFor("backend-developer", 1), createdAt],
      );
    // retention 24 hours before 2026-03-10T12:00Z: the cutoff is 2026-03-09T12:00Z
    await insert("just-over", "2026-03-09T11:59:59.000Z");
    await insert("long-ago", "2026-01-01T00:00:00.000Z");
    await insert("just-under", "2026-03-09T12:00:01.000Z");
    await insert("recent", "2026-03-10T11:00:00.000Z");

    expect(await purgeIdempotencyRecords(stack.progress.deps, stack.clock.now, 24)).toBe(2);
    const left = await stack.sql<{ key: string }>(
      `SELECT idempotency_key AS key FROM progress.practice_request WHERE user_id = 'purge-user' ORDER BY 1`,
    );
    expect(left.map((row) => row.key)).toEqual(["just-under", "recent"]);
    expect(await purgeIdempotencyRecords(stack.progress.deps, stack.clock.now, 24)).toBe(0);
  });
});
