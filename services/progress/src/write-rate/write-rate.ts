import { sqlTable, type Database } from "@careergraph/db";
import { writeRateLimited } from "@careergraph/schema";
import type { Clock } from "../clock";
import { WriteRate, type WriteKind } from "./write-rate.entity";

const WINDOW_MS = 60_000;
const rates = sqlTable(WriteRate);
const c = rates.col;

/**
 * Counts a user's writes per minute (fixed windows) in PostgreSQL and refuses one over the limit with
 * `RATE_LIMITED` and `retryAfterSeconds`, before anything is written.
 *
 * In PostgreSQL rather than the shared cache: the count is exact and shared by every replica with or
 * without Redis, and holds while Redis is down (a cache counter would have to let writes through
 * then); it is judged by the service's clock, which tests move instead of waiting; and it needs one
 * row per user and kind, so it never grows with time. The price is one statement per write, on a row
 * of the writer's own. A refused write changes nothing: the update only happens under the limit.
 */
export class WriteRateLimiter {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
    private readonly perMinute: Record<WriteKind, number>,
  ) {}

  /** Counts one write of `kind` by `userId`, or throws RATE_LIMITED when the minute's are used up. */
  async spend(userId: string, kind: WriteKind): Promise<void> {
    const now = this.now().getTime();
    const windowStart = new Date(now - (now % WINDOW_MS));
    const limit = this.perMinute[kind];
    const counted: unknown[] = await this.db.dataSource.query(
      `INSERT INTO ${rates.name} AS r (${rates.columns("userId", "kind", "windowStart", "writes")}) VALUES ($1, $2, $3, 1)
       ON CONFLICT (${rates.columns("userId", "kind")}) DO UPDATE SET
         ${c.writes} = CASE WHEN r.${c.windowStart} = EXCLUDED.${c.windowStart} THEN r.${c.writes} + 1 ELSE 1 END,
         ${c.windowStart} = EXCLUDED.${c.windowStart}
       WHERE r.${c.windowStart} <> EXCLUDED.${c.windowStart} OR r.${c.writes} < $4
       RETURNING 1`,
      [userId, kind, windowStart, limit],
    );
    if (counted.length === 0) {
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
      throw writeRateLimited(kind === "practice" ? "practices" : "note writes", limit, retryAfterSeconds);
    }
  }
}
