import { sqlTable } from "@careergraph/db";
import { PracticeEvent } from "../../progress/practice-event.entity";
import { publishedSql } from "../privacy/privacy";
import { T } from "../tables/tables";

const e = sqlTable(PracticeEvent).col;
const week = (day: string) => `date_trunc('week', ${day})::date`;

/** The practice events, each with its UTC day. */
const EVENTS = `(SELECT ${e.userId} AS user_id, ${e.questionId} AS question_id, ${e.roleId} AS role_id, ${e.rating} AS rating,
    ${e.statusAfter} AS status_after, seq, (${e.practicedAt} AT TIME ZONE 'UTC')::date AS day
  FROM ${sqlTable(PracticeEvent).name})`;

/**
 * The rollups as the raw events give them: one SELECT per analytics table, with that table's columns.
 * The rebuild fills each table from its SELECT (the later ones reading the tables filled before
 * them); the raw-event source reads the same SELECTs nested, to compute every figure from the events
 * alone. Each takes the relations it reads from: the tables, or the SELECTs they are made of.
 */
export const fromEvents = {
  learner: () => {
    const c = T.learner.col;
    return `SELECT user_id AS ${c.userId}, min(day) AS ${c.firstDay}, max(day) - min(day) AS ${c.maxOffset}
      FROM ${EVENTS} ev GROUP BY user_id`;
  },

  retention: (learner: string) => {
    const c = T.retention.col;
    const l = T.learner.col;
    const returned = (days: number) => `count(*) FILTER (WHERE ${l.maxOffset} >= ${days})::int`;
    return `SELECT ${week(l.firstDay)} AS ${c.cohortWeek}, count(*)::int AS ${c.learners}, ${returned(1)} AS ${c.returnedDay1},
        ${returned(7)} AS ${c.returnedDay7}, ${returned(30)} AS ${c.returnedDay30}
      FROM ${learner} l GROUP BY 1`;
  },

  learnerPeriod: () => {
    const c = T.learnerPeriod.col;
    return `SELECT DISTINCT 'DAY' AS ${c.granularity}, day AS ${c.period}, user_id AS ${c.userId} FROM ${EVENTS} ev
      UNION ALL SELECT DISTINCT 'WEEK', ${week("day")}, user_id FROM ${EVENTS} ev`;
  },

  learnerQuestion: () => {
    const c = T.learnerQuestion.col;
    return `SELECT user_id AS ${c.userId}, question_id AS ${c.questionId}, role_id AS ${c.roleId}, min(day) AS ${c.firstDay},
        min(day) FILTER (WHERE status_after = 'MASTERED') AS ${c.masteredDay}
      FROM ${EVENTS} ev GROUP BY user_id, question_id, role_id`;
  },

  learnerRole: () => {
    const c = T.learnerRole.col;
    return `SELECT f.user_id AS ${c.userId}, f.role_id AS ${c.roleId}, f.first_day AS ${c.firstDay},
        coalesce(s.reviewed, 0)::int AS ${c.reviewed}, coalesce(s.mastered, 0)::int AS ${c.mastered}
      FROM (SELECT user_id, role_id, min(day) AS first_day FROM ${EVENTS} ev GROUP BY user_id, role_id) f
      LEFT JOIN (
        SELECT user_id, role_id, count(*) FILTER (WHERE status_after IN ('REVIEWING', 'MASTERED')) AS reviewed,
          count(*) FILTER (WHERE status_after = 'MASTERED') AS mastered
        FROM (SELECT DISTINCT ON (user_id, question_id) user_id, question_id, role_id, status_after
              FROM ${EVENTS} ev ORDER BY user_id, question_id, seq DESC) latest
        GROUP BY user_id, role_id
      ) s ON s.user_id = f.user_id AND s.role_id = f.role_id`;
  },

  roleWeek: (learnerRole: string) => {
    const c = T.roleWeek.col;
    const r = T.learnerRole.col;
    return `SELECT ${r.roleId} AS ${c.roleId}, ${week(r.firstDay)} AS ${c.firstWeek}, ${r.reviewed} > 0 AS ${c.reviewedAny},
        ${r.mastered} AS ${c.mastered}, count(*)::int AS ${c.learners}
      FROM ${learnerRole} r GROUP BY 1, 2, 3, 4`;
  },

  /** Each learner's questions grouped by their cohort week in the question's role. */
  cell: (learnerQuestion: string, learnerRole: string) => {
    const c = T.cell.col;
    const q = T.learnerQuestion.col;
    const r = T.learnerRole.col;
    return `SELECT role_id AS ${c.roleId}, cohort_week AS ${c.cohortWeek}, question_id AS ${c.questionId},
        sum(learners)::int AS ${c.learners}, coalesce(sum(learners) FILTER (WHERE days IS NOT NULL), 0)::int AS ${c.mastered},
        sum(practices)::int AS ${c.practices}, sum(again)::int AS ${c.again},
        coalesce(jsonb_object_agg(days::text, learners) FILTER (WHERE days IS NOT NULL), '{}') AS ${c.masteryDays}
      FROM (
        SELECT q.${q.roleId} AS role_id, ${week(`r.${r.firstDay}`)} AS cohort_week, q.${q.questionId} AS question_id,
          q.${q.masteredDay} - q.${q.firstDay} AS days, count(*) AS learners, sum(p.practices) AS practices, sum(p.again) AS again
        FROM ${learnerQuestion} q
        JOIN ${learnerRole} r ON r.${r.userId} = q.${q.userId} AND r.${r.roleId} = q.${q.roleId}
        JOIN (SELECT user_id, question_id, count(*) AS practices, count(*) FILTER (WHERE rating = 'AGAIN') AS again
              FROM ${EVENTS} ev GROUP BY user_id, question_id) p
          ON p.user_id = q.${q.userId} AND p.question_id = q.${q.questionId}
        GROUP BY 1, 2, 3, 4
      ) cohort GROUP BY 1, 2, 3`;
  },

  unpublishedDay: (learnerRole: string, cell: string) => {
    const c = T.unpublishedDay.col;
    return `SELECT role_id AS ${c.roleId}, cohort_week AS ${c.cohortWeek}, question_id AS ${c.questionId}, day AS ${c.day},
        count(*)::int AS ${c.practices}
      FROM (${eventCells(learnerRole, cell)}) ec WHERE NOT published GROUP BY 1, 2, 3, 4`;
  },

  /** Every learner who practised, and the practices of published cells only. */
  activity: (learnerRole: string, cell: string) => {
    const c = T.activity.col;
    return `SELECT 'DAY' AS ${c.granularity}, day AS ${c.period}, count(DISTINCT user_id)::int AS ${c.learners},
        count(*) FILTER (WHERE published)::int AS ${c.practices}
      FROM (${eventCells(learnerRole, cell)}) ec GROUP BY day
      UNION ALL
      SELECT 'WEEK', ${week("day")}, count(DISTINCT user_id)::int, count(*) FILTER (WHERE published)::int
      FROM (${eventCells(learnerRole, cell)}) ec GROUP BY 2`;
  },
};

/** Each event with its cell, and whether that cell is published. */
function eventCells(learnerRole: string, cell: string): string {
  const r = T.learnerRole.col;
  const c = T.cell.col;
  return `SELECT ev.user_id, ev.day, ce.${c.roleId} AS role_id, ce.${c.cohortWeek} AS cohort_week,
      ce.${c.questionId} AS question_id, ${publishedSql(`ce.${c.learners}`)} AS published
    FROM ${EVENTS} ev
    JOIN ${learnerRole} r ON r.${r.userId} = ev.user_id AND r.${r.roleId} = ev.role_id
    JOIN ${cell} ce ON ce.${c.roleId} = ev.role_id AND ce.${c.cohortWeek} = ${week(`r.${r.firstDay}`)}
      AND ce.${c.questionId} = ev.question_id`;
}

/** The tables the views read, as SELECTs over the events alone (nested: slow, the baseline). */
export function eventRelations() {
  const learnerRole = `(${fromEvents.learnerRole()})`;
  const cell = `(${fromEvents.cell(`(${fromEvents.learnerQuestion()})`, learnerRole)})`;
  return {
    cell,
    roleWeek: `(${fromEvents.roleWeek(learnerRole)})`,
    activity: `(${fromEvents.activity(learnerRole, cell)})`,
    retention: `(${fromEvents.retention(`(${fromEvents.learner()})`)})`,
  };
}

/** The tables the views read, as they are. */
export const ROLLUP_RELATIONS: ReturnType<typeof eventRelations> = {
  cell: T.cell.name,
  roleWeek: T.roleWeek.name,
  activity: T.activity.name,
  retention: T.retention.name,
};
