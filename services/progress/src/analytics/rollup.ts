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

/** A histogram of days to mastery ({"days": learners}) plus one learner at `$7` days, when `$7` is set. */
const withMasteryDay = (histogram: string) =>
  `CASE WHEN $7::text IS NULL THEN ${histogram}
     ELSE ${histogram} || jsonb_build_object($7::text, coalesce((${histogram} ->> $7::text)::int, 0) + 1) END`;

/**
 * The question's all-time totals (with its days to mastery), and its cohort of the week the learner
 * first practised it: learners, how many mastered it and after how many days, and their practices.
 */
async function addToQuestionRollups(
  tx: EntityManager,
  fact: PracticeFact,
  standing: Standing,
  day: Day,
): Promise<void> {
  const again = fact.rating === PracticeRating.AGAIN ? 1 : 0;
  const newLearner = standing.questionFirstDay === null;
  const firstDay = standing.questionFirstDay ?? day;
  const masteredNow = standing.masteredDay === null && fact.statusAfter === ProgressStatus.MASTERED;
  const daysToMastery = masteredNow ? String(daysBetween(firstDay, day)) : null;
  await tx.query(
    `WITH week AS (
       INSERT INTO progress.analytics_question_week AS w
         (question_id, first_week, role_id, learners, mastered, practices, again, mastery_days)
       VALUES ($1, $2, $3, $4, $5, 1, $6, ${withMasteryDay("'{}'::jsonb")})
       ON CONFLICT (question_id, first_week) DO UPDATE SET learners = w.learners + $4, mastered = w.mastered + $5,
         practices = w.practices + 1, again = w.again + $6, mastery_days = ${withMasteryDay("w.mastery_days")}
     )
     INSERT INTO progress.analytics_question_total AS t (question_id, role_id, learners, practices, again, mastery_days)
     VALUES ($1, $3, $4, 1, $6, ${withMasteryDay("'{}'::jsonb")})
     ON CONFLICT (question_id) DO UPDATE SET learners = t.learners + $4, practices = t.practices + 1, again = t.again + $6,
       mastery_days = ${withMasteryDay("t.mastery_days")}`,
    [
      fact.questionId,
      weekOf(firstDay),
      fact.roleId,
      newLearner ? 1 : 0,
      masteredNow ? 1 : 0,
      again,
      daysToMastery,
    ],
  );
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
}

/**
 * The learner's standing in the role (questions in review, mastered), the role's weekly cohorts by
 * standing, and the practices of each cohort.
 */
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
  const firstWeek = weekOf(standing.roleFirstDay ?? day);
  await tx.query(
    `INSERT INTO progress.analytics_role_practice_week AS p (role_id, first_week, practices) VALUES ($1, $2, 1)
     ON CONFLICT (role_id, first_week) DO UPDATE SET practices = p.practices + 1`,
    [fact.roleId, firstWeek],
  );
  if (!newLearner && after.reviewed === before.reviewed && after.mastered === before.mastered) return;
  await tx.query(
    `INSERT INTO progress.analytics_learner_role AS r (user_id, role_id, first_day, reviewed, mastered) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, role_id) DO UPDATE SET reviewed = $4, mastered = $5`,
    [fact.userId, fact.roleId, standing.roleFirstDay ?? day, after.reviewed, after.mastered],
  );
  const from: [boolean, number] = [before.reviewed > 0, before.mastered];
  const to: [boolean, number] = [after.reviewed > 0, after.mastered];
  const moves: [boolean, number, number][] = newLearner ? [[...to, 1]] : [];
  if (!newLearner && (from[0] !== to[0] || from[1] !== to[1])) moves.push([...to, 1], [...from, -1]);
  if (moves.length === 0) return;
  await tx.query(
    `INSERT INTO progress.analytics_role_week AS s (role_id, first_week, reviewed_any, mastered, learners)
     SELECT $1, $2, reviewed_any, mastered, delta FROM unnest($3::boolean[], $4::int[], $5::int[]) AS m(reviewed_any, mastered, delta)
     ON CONFLICT (role_id, first_week, reviewed_any, mastered) DO UPDATE SET learners = s.learners + EXCLUDED.learners`,
    [fact.roleId, firstWeek, moves.map((m) => m[0]), moves.map((m) => m[1]), moves.map((m) => m[2])],
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
