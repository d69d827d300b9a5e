import type { EntityManager } from "typeorm";
import { PracticeRating, ProgressStatus } from "../progress/enums";
import { daysBetween, utcDay, weekOf, type Day } from "./dates";

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
export const RETURN_DAYS = [1, 7, 30] as const;

interface Standing {
  firstDay: Day;
  maxOffset: number;
  questionFirstDay: Day | null;
  masteredDay: Day | null;
  roleFirstDay: Day | null;
  reviewed: number | null;
  mastered: number | null;
}

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
    `INSERT INTO progress.analytics_learner (user_id, first_day) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING RETURNING 1`,
    [fact.userId, day],
  );
  const [standing]: Standing[] = await tx.query(
    `SELECT l.first_day::text AS "firstDay", l.max_offset AS "maxOffset", q.first_day::text AS "questionFirstDay",
       q.mastered_day::text AS "masteredDay", r.first_day::text AS "roleFirstDay", r.reviewed, r.mastered
     FROM progress.analytics_learner l
     LEFT JOIN progress.analytics_learner_question q ON q.user_id = l.user_id AND q.question_id = $2
     LEFT JOIN progress.analytics_learner_role r ON r.user_id = l.user_id AND r.role_id = $3
     WHERE l.user_id = $1 FOR UPDATE OF l`,
    [fact.userId, fact.questionId, fact.roleId],
  );
  await addToRetention(tx, fact.userId, standing, day, inserted.length > 0);
  await addToQuestionRollups(tx, fact, standing, day);
  await addToRoleStanding(tx, fact, standing, day);
  await addToActivity(tx, fact.userId, day);
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
    await tx.query(`UPDATE progress.analytics_learner SET max_offset = $2 WHERE user_id = $1`, [
      userId,
      maxOffset,
    ]);
  }
  if (!newLearner && !crossed.some(Boolean)) return;
  await tx.query(
    `INSERT INTO progress.analytics_retention AS r (cohort_week, learners, returned_day1, returned_day7, returned_day30)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (cohort_week) DO UPDATE SET learners = r.learners + $2, returned_day1 = r.returned_day1 + $3,
       returned_day7 = r.returned_day7 + $4, returned_day30 = r.returned_day30 + $5`,
    [weekOf(standing.firstDay), newLearner ? 1 : 0, ...crossed],
  );
}

/** Practices per question and day, the question's totals, and its learners by first day and days to mastery. */
async function addToQuestionRollups(
  tx: EntityManager,
  fact: PracticeFact,
  standing: Standing,
  day: Day,
): Promise<void> {
  const again = fact.rating === PracticeRating.AGAIN ? 1 : 0;
  const newLearner = standing.questionFirstDay === null;
  await tx.query(
    `INSERT INTO progress.analytics_question_day AS d (question_id, day, role_id, practices, again) VALUES ($1, $2, $3, 1, $4)
     ON CONFLICT (question_id, day) DO UPDATE SET practices = d.practices + 1, again = d.again + $4`,
    [fact.questionId, day, fact.roleId, again],
  );
  await tx.query(
    `INSERT INTO progress.analytics_question_total AS t (question_id, role_id, learners, practices, again) VALUES ($1, $2, $3, 1, $4)
     ON CONFLICT (question_id) DO UPDATE SET learners = t.learners + $3, practices = t.practices + 1, again = t.again + $4`,
    [fact.questionId, fact.roleId, newLearner ? 1 : 0, again],
  );
  const firstDay = standing.questionFirstDay ?? day;
  const masteredNow = standing.masteredDay === null && fact.statusAfter === ProgressStatus.MASTERED;
  const moves: [number, number][] = []; // [days_to_mastery, learners delta]
  if (newLearner) moves.push([masteredNow ? 0 : -1, 1]);
  else if (masteredNow) moves.push([-1, -1], [daysBetween(firstDay, day), 1]);
  if (newLearner) {
    await tx.query(
      `INSERT INTO progress.analytics_learner_question (user_id, question_id, role_id, first_day, mastered_day) VALUES ($1, $2, $3, $4, $5)`,
      [fact.userId, fact.questionId, fact.roleId, day, masteredNow ? day : null],
    );
  } else if (masteredNow) {
    await tx.query(
      `UPDATE progress.analytics_learner_question SET mastered_day = $3 WHERE user_id = $1 AND question_id = $2`,
      [fact.userId, fact.questionId, day],
    );
  }
  if (moves.length === 0) return;
  await tx.query(
    `WITH moves AS (SELECT * FROM unnest($4::int[], $5::int[]) AS m(days, delta)),
     cohort AS (
       INSERT INTO progress.analytics_question_cohort AS c (question_id, first_day, days_to_mastery, role_id, learners)
       SELECT $1, $2, days, $3, delta FROM moves
       ON CONFLICT (question_id, first_day, days_to_mastery) DO UPDATE SET learners = c.learners + EXCLUDED.learners
     )
     INSERT INTO progress.analytics_question_mastery AS t (question_id, days_to_mastery, role_id, learners)
     SELECT $1, days, $3, delta FROM moves
     ON CONFLICT (question_id, days_to_mastery) DO UPDATE SET learners = t.learners + EXCLUDED.learners`,
    [fact.questionId, firstDay, fact.roleId, moves.map((m) => m[0]), moves.map((m) => m[1])],
  );
}

/** The learner's standing in the role (questions in review, mastered) and the role's histogram of standings. */
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
  const firstDay = standing.roleFirstDay ?? day;
  if (!newLearner && after.reviewed === before.reviewed && after.mastered === before.mastered) return;
  await tx.query(
    `INSERT INTO progress.analytics_learner_role AS r (user_id, role_id, first_day, reviewed, mastered) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, role_id) DO UPDATE SET reviewed = $4, mastered = $5`,
    [fact.userId, fact.roleId, firstDay, after.reviewed, after.mastered],
  );
  const from: [boolean, number] = [before.reviewed > 0, before.mastered];
  const to: [boolean, number] = [after.reviewed > 0, after.mastered];
  const moves: [boolean, number, number][] = newLearner ? [[...to, 1]] : [];
  if (!newLearner && (from[0] !== to[0] || from[1] !== to[1])) moves.push([...to, 1], [...from, -1]);
  if (moves.length === 0) return;
  await tx.query(
    `WITH moves AS (SELECT * FROM unnest($3::boolean[], $4::int[], $5::int[]) AS m(reviewed_any, mastered, delta)),
     by_day AS (
       INSERT INTO progress.analytics_role_standing AS s (role_id, first_day, reviewed_any, mastered, learners)
       SELECT $1, $2, reviewed_any, mastered, delta FROM moves
       ON CONFLICT (role_id, first_day, reviewed_any, mastered) DO UPDATE SET learners = s.learners + EXCLUDED.learners
     )
     INSERT INTO progress.analytics_role_standing_total AS t (role_id, reviewed_any, mastered, learners)
     SELECT $1, reviewed_any, mastered, delta FROM moves
     ON CONFLICT (role_id, reviewed_any, mastered) DO UPDATE SET learners = t.learners + EXCLUDED.learners`,
    [fact.roleId, firstDay, moves.map((m) => m[0]), moves.map((m) => m[1]), moves.map((m) => m[2])],
  );
}

/** Practices and distinct learners per day and per week; a learner is counted once per period. */
async function addToActivity(tx: EntityManager, userId: string, day: Day): Promise<void> {
  await tx.query(
    `WITH period AS (SELECT * FROM (VALUES ('DAY', $2::date), ('WEEK', $3::date)) AS p(granularity, period)),
     fresh AS (
       INSERT INTO progress.analytics_learner_period (granularity, period, user_id)
       SELECT granularity, period, $1 FROM period ON CONFLICT DO NOTHING RETURNING granularity
     )
     INSERT INTO progress.analytics_activity AS a (granularity, period, learners, practices)
     SELECT p.granularity, p.period, (SELECT count(*) FROM fresh f WHERE f.granularity = p.granularity), 1 FROM period p
     ON CONFLICT (granularity, period) DO UPDATE SET learners = a.learners + EXCLUDED.learners, practices = a.practices + 1`,
    [userId, day, weekOf(day)],
  );
}
