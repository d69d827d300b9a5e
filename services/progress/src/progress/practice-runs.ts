import type { EntityManager } from "typeorm";
import { sqlTable } from "@careergraph/db";
import { PracticeRun } from "./practice-run.entity";

export const runs = sqlTable(PracticeRun);
const c = runs.col;

/**
 * Adds a day of practice to the user's runs, in the practice's transaction, in one statement: nothing
 * when a run holds the day already; otherwise the day extends the run ending the day before (by
 * conflict on its first day), starts a new run, or joins the runs on both sides of it (the later one
 * is deleted into the earlier).
 */
export async function addPracticeDay(tx: EntityManager, userId: string, day: string): Promise<void> {
  await tx.query(
    `WITH covered AS (
       SELECT 1 FROM ${runs.name} WHERE ${c.userId} = $1 AND ${c.firstDay} <= $2::date AND ${c.lastDay} >= $2::date
     ), next AS (
       DELETE FROM ${runs.name} WHERE ${c.userId} = $1 AND ${c.firstDay} = $2::date + 1 AND NOT EXISTS (SELECT 1 FROM covered)
       RETURNING ${c.lastDay} AS last_day
     ), previous AS (
       SELECT ${c.firstDay} AS first_day FROM ${runs.name} WHERE ${c.userId} = $1 AND ${c.lastDay} = $2::date - 1
     )
     INSERT INTO ${runs.name} AS r (${runs.columns("userId", "firstDay", "lastDay")})
     SELECT $1, coalesce((SELECT first_day FROM previous), $2::date), coalesce((SELECT last_day FROM next), $2::date)
     WHERE NOT EXISTS (SELECT 1 FROM covered)
     ON CONFLICT (${runs.columns("userId", "firstDay")}) DO UPDATE SET ${c.lastDay} = EXCLUDED.${c.lastDay}`,
    [userId, day],
  );
}
