import { contentRetentionPurges } from "@careergraph/authoring";
import type { RunningSubgraph } from "@careergraph/service";
import { startTestSubgraph } from "@careergraph/testing";
import { createCatalogOutbox } from "./content-changes";
import { rolesSubgraph } from "./definition";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const daysAgo = (days: number, plusMs = 0) => new Date(NOW.getTime() - days * 86_400_000 + plusMs);
let roles: RunningSubgraph;
beforeAll(async () => {
  roles = await startTestSubgraph(rolesSubgraph);
});
afterAll(() => roles.stop());

const sql = <T>(text: string, params: unknown[] = []) => roles.deps.db.dataSource.query<T[]>(text, params);

/** The purges with AUDIT_RETENTION_DAYS=30 and CONTENT_CHANGE_RETENTION_DAYS=7, run at NOW. */
function purges() {
  return contentRetentionPurges(roles.deps.db, {
    auditTable: "roles.audit_entry",
    outbox: createCatalogOutbox(roles.deps),
    retentionDays: { audit: 30, contentChanges: 7 },
    now: () => NOW,
  });
}

describe("retention in the roles subgraph", () => {
  it("deletes audit entries older than the retention and keeps the one just inside it", async () => {
    for (const [entity, createdAt] of [
      ["long-ago", daysAgo(400)],
      ["just-over", daysAgo(30, -1)],
      ["just-under", daysAgo(30, 1)],
      ["recent", daysAgo(1)],
    ] as const)
      await sql(
        `INSERT INTO roles.audit_entry (actor, action, entity_type, entity_id, created_at) VALUES ('editor', 'updateRole', 'Role', $1, $2)`,
        [entity, createdAt],
      );
    const [audit] = purges();
    expect(await audit.run()).toBe(2);
    const left = await sql<{ entity_id: string }>(
      `SELECT entity_id FROM roles.audit_entry WHERE actor = 'editor' ORDER BY created_at`,
    );
    expect(left.map((row) => row.entity_id)).toEqual(["just-under", "recent"]);
  });

  it("deletes changes delivered before the retention, and never one still pending however old", async () => {
    await sql(`DELETE FROM roles.content_change`);
    for (const [label, deliveredAt, pending] of [
      ["delivered long ago", daysAgo(30), []],
      ["delivered just over", daysAgo(7, -1), []],
      ["delivered just under", daysAgo(7, 1), []],
      ["pending for a year", null, ["progress"]],
    ] as const)
      await sql(
        `INSERT INTO roles.content_change (cache_keys, pending, created_at, delivered_at) VALUES ($1, $2, $3, $4)`,
        [[label], pending, daysAgo(365), deliveredAt],
      );
    const [, delivered] = purges();
    expect(await delivered.run()).toBe(2);
    const left = await sql<{ label: string }>(
      `SELECT cache_keys[1] AS label FROM roles.content_change ORDER BY id`,
    );
    expect(left.map((row) => row.label)).toEqual(["delivered just under", "pending for a year"]);
  });

  it("marks a change delivered when every consumer took it, instead of deleting it", async () => {
    await sql(`DELETE FROM roles.content_change`);
    const outbox = createCatalogOutbox(roles.deps);
    await roles.deps.db.dataSource.transaction((tx) => outbox.record(tx, { cacheKeys: ["some-key"] }));
    await outbox.deliver();
    const rows = await sql<{ pending: string[]; delivered: boolean }>(
      `SELECT pending, delivered_at IS NOT NULL AS delivered FROM roles.content_change`,
    );
    expect(rows).toEqual([{ pending: [], delivered: true }]);
  });

  it("purges in batches: 7 old entries in batches of 3 take 3 statements", async () => {
    await sql(`DELETE FROM roles.audit_entry`);
    for (let i = 0; i < 7; i++)
      await sql(
        `INSERT INTO roles.audit_entry (actor, action, entity_type, entity_id, created_at) VALUES ('batch', 'a', 'Role', $1, $2)`,
        [`e${i}`, daysAgo(100)],
      );
    const { purgeAuditEntries } = await import("@careergraph/authoring");
    roles.deps.db.statements.reset();
    expect(await purgeAuditEntries(roles.deps.db, "roles.audit_entry", daysAgo(30), 3)).toBe(7);
    expect(roles.deps.db.statements.count).toBe(3);
  });
});
