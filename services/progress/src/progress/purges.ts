import { purgeInBatches, sqlTable } from "@careergraph/db";
import type { Purge, SubgraphDeps } from "@careergraph/service";
import type { Clock } from "../clock";
import { PracticeEvent } from "./practice-event.entity";
import { PracticeRequest } from "./practice-request.entity";

const HOUR_MS = 3_600_000;
const requests = sqlTable(PracticeRequest);
const events = sqlTable(PracticeEvent);

/** Deletes the idempotency records (`recordPractice` keys) older than the retention; answers how many. */
export function purgeIdempotencyRecords(
  deps: Pick<SubgraphDeps, "db">,
  now: Clock,
  retentionHours: number,
): Promise<number> {
  return purgeInBatches(deps.db, {
    table: requests.name,
    olderThan: `${requests.col.createdAt} < $1`,
    cutoff: new Date(now().getTime() - retentionHours * HOUR_MS),
    lock: requests.name,
  });
}

/**
 * Deletes the raw practice events older than the retention; answers how many. What was made of them
 * stays: the analytics rollups, progress, the streak's runs. The event feed no longer has them.
 */
export function purgePracticeEvents(
  deps: Pick<SubgraphDeps, "db">,
  now: Clock,
  retentionDays: number,
  batch?: number,
): Promise<number> {
  return purgeInBatches(deps.db, {
    table: events.name,
    olderThan: `${events.col.practicedAt} < $1`,
    cutoff: new Date(now().getTime() - retentionDays * 24 * HOUR_MS),
    lock: events.name,
    batch,
  });
}

/** The purges progress runs every `PURGE_INTERVAL_MINUTES`. */
export function progressPurges(deps: SubgraphDeps, now: Clock): Purge[] {
  const { idempotencyRetentionHours, retentionDays } = deps.config.operations;
  return [
    { name: "idempotency records", run: () => purgeIdempotencyRecords(deps, now, idempotencyRetentionHours) },
    { name: "practice events", run: () => purgePracticeEvents(deps, now, retentionDays.practiceEvents) },
  ];
}
