import type { EntityManager } from "typeorm";
import { PracticeRating, ProgressStatus } from "../../progress/enums";
import { isPublished } from "../privacy/privacy";
import { T } from "../tables/tables";
import { daysBetween, utcDay, weekOf, type Day } from "../dates";

/** One practice as the rollups see it: who, what, the rating, and the status before and after. */
export interface PracticeFact {
  userId: string;
  questionId: string;
  roleId: string;
  rating: PracticeRating;
  statusBefore: ProgressStatus;
  statusAfter: ProgressStatus;
  practicedAt: Date;
}

/** Days after a learner's first practice at which retention asks "did they come back?". */
const RETURN_DAYS = [1, 7, 30] as const;

interface Standing {
  firstDay: Day;
  maxOffset: number;
  questionFirstDay: Day | null;
  masteredDay: Day | null;
  roleFirstDay: Day | null;
  reviewed: number | null;
  mastered: number | null;
}

/** The cell a practice belongs to: its role, the learner's cohort week in that role, its question. */
interface Cell {
  roleId: string;
  cohortWeek: Day;
  questionId: string;
}

const {
  learner,
  learnerQuestion: lq,
  learnerRole: lr,
  learnerPeriod,
  retention,
  roleWeek,
  cell,
  unpublishedDay,
  activity,
} = T;

const inReview = (status: ProgressStatus) =>
  status === ProgressStatus.REVIEWING || status === ProgressStatus.MASTERED ? 1 : 0;
const isMastered = (status: ProgressStatus) => (status === ProgressStatus.MASTERED ? 1 : 0);

/**
 * Adds one practice to every rollup, inside the practice's transaction, so the aggregates are never
 * behind the events. The learner's row is locked first: one learner's practices update the rollups
 * one at a time, so reading the previous standing and writing the next cannot interleave.
 */
export async function addPracticeToRollups(tx: EntityManager, fact: PracticeFact): Promise<void> {
  const day = utcDay(fact.practicedAt);
  const inserted: unknown[] = await tx.query(
    `INSERT INTO ${learner.name} (${learner.columns("userId", "firstDay")}) VALUES ($1, $2)
     ON CONFLICT (${learner.col.userId}) DO NOTHING RETURNING 1`,
    [fact.userId, day],
  );
  const [standing]: Standing[] = await tx.query(
    `SELECT l.${learner.col.firstDay}::text AS "firstDay", l.${learner.col.maxOffset} AS "maxOffset",
       q.${lq.col.firstDay}::text AS "questionFirstDay", q.${lq.col.masteredDay}::text AS "masteredDay",
       r.${lr.col.firstDay}::text AS "roleFirstDay", r.${lr.col.reviewed} AS reviewed, r.${lr.col.mastered} AS mastered
     FROM ${learner.name} l
     LEFT JOIN ${lq.name} q ON q.${lq.col.userId} = l.${learner.col.userId} AND q.${lq.col.questionId} = $2
     LEFT JOIN ${lr.name} r ON r.${lr.col.userId} = l.${learner.col.userId} AND r.${lr.col.roleId} = $3
     WHERE l.${learner.col.userId} = $1 FOR UPDATE OF l`,
    [fact.userId, fact.questionId, fact.roleId],
  );
  await addToRetention(tx, fact.userId, standing, day, inserted.length > 0);
  const practiceCell = {
    roleId: fact.roleId,
    cohortWeek: weekOf(standing.roleFirstDay ?? day),
    questionId: fact.questionId,
  };
  const learners = await addToQuestionCell(tx, fact, practiceCell, standing, day);
  await addToRoleStanding(tx, fact, standing, day);
  await addToActivity(tx, fact.userId, day, practiceCell, {
    published: isPublished(learners),
    // a cell's learners grow one at a time: it is published by the learner that makes them enough
    justPublished: standing.questionFirstDay === null && isPublished(learners) && !isPublished(learners - 1),
  });
}

async function addToRetention(
  tx: EntityManager,
  userId: string,
  standing: Standing,
  day: Day,
  newLearner: boolean,
): Promise<void> {
  const maxOffset = Math.max(standing.maxOffset, daysBetween(standing.firstDay, day));
  const crossed = RETURN_DAYS.map((n) => (standing.maxOffset < n && maxOffset >= n ? 1 : 0));
  if (maxOffset !== standing.maxOffset) {
    await tx.query(
      `UPDATE ${learner.name} SET ${learner.col.maxOffset} = $2 WHERE ${learner.col.userId} = $1`,
      [userId, maxOffset],
    );
  }
  if (!newLearner && !crossed.some(Boolean)) return;
  const c = retention.col;
  await tx.query(
    `INSERT INTO ${retention.name} AS r (${retention.columns("cohortWeek", "learners", "returnedDay1", "returnedDay7", "returnedDay30")})
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (${c.cohortWeek}) DO UPDATE SET ${c.learners} = r.${c.learners} + $2,
       ${c.returnedDay1} = r.${c.returnedDay1} + $3, ${c.returnedDay7} = r.${c.returnedDay7} + $4,
       ${c.returnedDay30} = r.${c.returnedDay30} + $5`,
    [weekOf(standing.firstDay), newLearner ? 1 : 0, ...crossed],
  );
}

/** A histogram of days to mastery ({"days": learners}) plus one learner at `$7` days, when `$7` is set. */
const withMasteryDay = (histogram: string) =>
  `CASE WHEN $7::text IS NULL THEN ${histogram}
     ELSE ${histogram} || jsonb_build_object($7::text, coalesce((${histogram} ->> $7::text)::int, 0) + 1) END`;

/**
 * The practice's cell: a new learner on the learner's first practice of the question, a master on
 * their first mastery (with the days it took), the practice and its rating. Answers the cell's
 * learners now.
 */
async function addToQuestionCell(
  tx: EntityManager,
  fact: PracticeFact,
  at: Cell,
  standing: Standing,
  day: Day,
): Promise<number> {
  const again = fact.rating === PracticeRating.AGAIN ? 1 : 0;
  const newLearner = standing.questionFirstDay === null;
  const firstDay = standing.questionFirstDay ?? day;
  const masteredNow = standing.masteredDay === null && fact.statusAfter === ProgressStatus.MASTERED;
  const c = cell.col;
  const [{ learners }]: { learners: number }[] = await tx.query(
    `INSERT INTO ${cell.name} AS w (${cell.columns("roleId", "cohortWeek", "questionId", "learners", "mastered", "practices", "again", "masteryDays")})
     VALUES ($1, $2, $3, $4, $5, 1, $6, ${withMasteryDay("'{}'::jsonb")})
     ON CONFLICT (${cell.columns("roleId", "cohortWeek", "questionId")}) DO UPDATE SET
       ${c.learners} = w.${c.learners} + $4, ${c.mastered} = w.${c.mastered} + $5, ${c.practices} = w.${c.practices} + 1,
       ${c.again} = w.${c.again} + $6, ${c.masteryDays} = ${withMasteryDay(`w.${c.masteryDays}`)}
     RETURNING ${c.learners} AS learners`,
    [
      at.roleId,
      at.cohortWeek,
      at.questionId,
      newLearner ? 1 : 0,
      masteredNow ? 1 : 0,
      again,
      masteredNow ? String(daysBetween(firstDay, day)) : null,
    ],
  );
  if (newLearner) {
    await tx.query(
      `INSERT INTO ${lq.name} (${lq.columns("userId", "questionId", "roleId", "firstDay", "masteredDay")}) VALUES ($1, $2, $3, $4, $5)`,
      [fact.userId, fact.questionId, fact.roleId, day, masteredNow ? day : null],
    );
  } else if (masteredNow) {
    await tx.query(
      `UPDATE ${lq.name} SET ${lq.col.masteredDay} = $3 WHERE ${lq.col.userId} = $1 AND ${lq.col.questionId} = $2`,
      [fact.userId, fact.questionId, day],
    );
  }
  return learners;
}

/** The learner's standing in the role (questions in review, mastered) and the role's weekly cohorts by standing. */
async function addToRoleStanding(
  tx: EntityManager,
  fact: PracticeFact,
  standing: Standing,
  day: Day,
): Promise<void> {
  const before = { reviewed: standing.reviewed ?? 0, mastered: standing.mastered ?? 0 };
  const after = {
    reviewed: before.reviewed + inReview(fact.statusAfter) - inReview(fact.statusBefore),
    mastered: before.mastered + isMastered(fact.statusAfter) - isMastered(fact.statusBefore),
  };
  const newLearner = standing.roleFirstDay === null;
  if (!newLearner && after.reviewed === before.reviewed && after.mastered === before.mastered) return;
  await tx.query(
    `INSERT INTO ${lr.name} AS r (${lr.columns("userId", "roleId", "firstDay", "reviewed", "mastered")}) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (${lr.columns("userId", "roleId")}) DO UPDATE SET ${lr.col.reviewed} = $4, ${lr.col.mastered} = $5`,
    [fact.userId, fact.roleId, standing.roleFirstDay ?? day, after.reviewed, after.mastered],
  );
  const from: [boolean, number] = [before.reviewed > 0, before.mastered];
  const to: [boolean, number] = [after.reviewed > 0, after.mastered];
  const moves: [boolean, number, number][] = newLearner ? [[...to, 1]] : [];
  if (!newLearner && (from[0] !== to[0] || from[1] !== to[1])) moves.push([...to, 1], [...from, -1]);
  if (moves.length === 0) return;
  const c = roleWeek.col;
  await tx.query(
    `INSERT INTO ${roleWeek.name} AS s (${roleWeek.columns("roleId", "firstWeek", "reviewedAny", "mastered", "learners")})
     SELECT $1, $2, reviewed_any, mastered, delta FROM unnest($3::boolean[], $4::int[], $5::int[]) AS m(reviewed_any, mastered, delta)
     ON CONFLICT (${roleWeek.columns("roleId", "firstWeek", "reviewedAny", "mastered")})
     DO UPDATE SET ${c.learners} = s.${c.learners} + EXCLUDED.${c.learners}`,
    [
      fact.roleId,
      weekOf(standing.roleFirstDay ?? day),
      moves.map((m) => m[0]),
      moves.map((m) => m[1]),
      moves.map((m) => m[2]),
    ],
  );
}

/**
 * Activity per day and per week: the learner, counted once per period, and the practice, counted
 * only when its cell is published. An unpublished cell's practices wait per day in
 * `analytics_unpublished_day`; the practice that publishes the cell moves them into activity.
 */
async function addToActivity(
  tx: EntityManager,
  userId: string,
  day: Day,
  at: Cell,
  state: { published: boolean; justPublished: boolean },
): Promise<void> {
  const a = activity.col;
  const u = unpublishedDay.col;
  const p = learnerPeriod.col;
  const ofCell = `${u.roleId} = $4 AND ${u.cohortWeek} = $5 AND ${u.questionId} = $6`;
  await tx.query(
    `WITH period AS (SELECT * FROM (VALUES ('DAY', $2::date), ('WEEK', $3::date)) AS p(granularity, period)),
     fresh AS (
       INSERT INTO ${learnerPeriod.name} (${learnerPeriod.columns("granularity", "period", "userId")})
       SELECT granularity, period, $1 FROM period ON CONFLICT DO NOTHING RETURNING ${p.granularity}, ${p.period}
     ),
     released AS (
       DELETE FROM ${unpublishedDay.name} WHERE $8 AND ${ofCell} RETURNING ${u.day} AS day, ${u.practices} AS practices
     ),
     held AS (
       INSERT INTO ${unpublishedDay.name} AS h (${unpublishedDay.columns("roleId", "cohortWeek", "questionId", "day", "practices")})
       SELECT $4, $5, $6, $2, 1 WHERE NOT $7
       ON CONFLICT (${unpublishedDay.columns("roleId", "cohortWeek", "questionId", "day")})
       DO UPDATE SET ${u.practices} = h.${u.practices} + 1
     ),
     added AS (
       SELECT granularity, period, CASE WHEN $7 THEN 1 ELSE 0 END AS practices FROM period
       UNION ALL SELECT 'DAY', day, practices FROM released
       UNION ALL SELECT 'WEEK', date_trunc('week', day)::date, practices FROM released
     )
     INSERT INTO ${activity.name} AS a (${activity.columns("granularity", "period", "learners", "practices")})
     SELECT granularity, period,
       (SELECT count(*) FROM fresh f WHERE f.${p.granularity} = added.granularity AND f.${p.period} = added.period),
       sum(practices)
     FROM added GROUP BY granularity, period
     ON CONFLICT (${activity.columns("granularity", "period")})
     DO UPDATE SET ${a.learners} = a.${a.learners} + EXCLUDED.${a.learners}, ${a.practices} = a.${a.practices} + EXCLUDED.${a.practices}`,
    [userId, day, weekOf(day), at.roleId, at.cohortWeek, at.questionId, state.published, state.justPublished],
  );
}
