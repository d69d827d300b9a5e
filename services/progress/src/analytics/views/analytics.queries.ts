import type { Reads } from "@careergraph/db";
import { eventRelations, ROLLUP_RELATIONS } from "../rollups/from-events";
import { publishedSql } from "../privacy/privacy";
import type { DaysHistogram } from "../tables/cells.entity";
import { T } from "../tables/tables";
import type { Day, DayRange } from "../dates";

/**
 * The learners who first practised a role in a week, by their standing now: all of them, those with a
 * question in review, those who mastered at least half the role's questions, and all of them.
 */
export interface WeekFunnelRow {
  week: Day;
  started: number;
  practising: number;
  halfReady: number;
  ready: number;
}

/**
 * One cell (the learners who first practised the role in `week`, on one question): its figures when
 * it is published, zeros when it is not (the row then says only that the cell exists).
 */
export interface CellRow {
  questionId: string;
  week: Day;
  published: boolean;
  learners: number;
  mastered: number;
  practices: number;
  again: number;
}

/** A question's days to mastery: the histograms of its published cells with at least 5 masters. */
export interface QuestionDaysRow {
  questionId: string;
  days: DaysHistogram[];
}

interface ActivityRow {
  period: Day;
  learners: number;
  practices: number;
}

interface RetentionRow {
  cohortWeek: Day;
  learners: number;
  returnedDay1: number;
  returnedDay7: number;
  returnedDay30: number;
}

interface QuestionTotalRow {
  questionId: string;
  roleId: string;
  learners: number;
  practices: number;
  again: number;
}

interface RoleCohorts {
  /** The role's funnel per week; readiness counts against the role's `questionCount`. */
  roleWeeks: WeekFunnelRow[];
  cells: CellRow[];
  masteryDays: QuestionDaysRow[];
}

/**
 * Where the analytics figures come from. `rollupSource` reads the rollups (what the API serves);
 * `rawEventSource` runs the same queries over the rollups recomputed from the raw practice events
 * (the benchmark's baseline, and a cross-check in tests). Each method is one SQL statement. Every
 * practice figure is read from `publishedCells`, the one place a cell's figures are let out.
 */
export interface AnalyticsSource {
  /** A role's weekly cohorts and their cells in a range of whole weeks, in one statement. */
  roleCohorts(roleId: string, range: DayRange, questionCount: number): Promise<RoleCohorts>;
  /** Active learners and the practices of published cells per period whose start lies in [from, to]. */
  activity(granularity: "DAY" | "WEEK", from: Day, to: Day): Promise<ActivityRow[]>;
  /** Weekly cohorts (by first practice) starting in [from, to]. */
  retention(from: Day, to: Day): Promise<RetentionRow[]>;
  /** Questions by their published cells, with at least `minPractices` in them, highest AGAIN share first. */
  hardestQuestions(roleId: string | null, minPractices: number, first: number): Promise<QuestionTotalRow[]>;
}

type Relations = typeof ROLLUP_RELATIONS;

const inRange = (column: string, from: number, to: number) =>
  `($${from}::date IS NULL OR ${column} >= $${from}) AND ($${to}::date IS NULL OR ${column} <= $${to})`;

/**
 * The cells matching `where`, each with its figures only when it is published (zeros otherwise), and
 * its days to mastery only when at least `MIN_LEARNERS` of it mastered the question.
 */
function publishedCells(cells: string, where: string): string {
  const c = T.cell.col;
  const published = publishedSql(c.learners);
  const shown = (column: string) => `CASE WHEN ${published} THEN ${column} ELSE 0 END`;
  return `SELECT ${c.roleId} AS role_id, ${c.cohortWeek} AS cohort_week, ${c.questionId} AS question_id,
      ${published} AS published, ${shown(c.learners)} AS learners, ${shown(c.mastered)} AS mastered,
      ${shown(c.practices)} AS practices, ${shown(c.again)} AS again,
      CASE WHEN ${published} AND ${publishedSql(c.mastered)} THEN ${c.masteryDays} END AS mastery_days
    FROM ${cells} cells WHERE ${where}`;
}

/** The funnel's stages from rows of (reviewed_any, mastered, learners); $4 is the question count. */
function funnel(): string {
  const c = T.roleWeek.col;
  const learners = `sum(${c.learners})`;
  return `${learners}::int AS started, coalesce(${learners} FILTER (WHERE ${c.reviewedAny}), 0)::int AS practising,
    coalesce(${learners} FILTER (WHERE $4 > 0 AND ${c.mastered} * 2 >= $4), 0)::int AS "halfReady",
    coalesce(${learners} FILTER (WHERE $4 > 0 AND ${c.mastered} >= $4), 0)::int AS ready`;
}

/** The analytics queries over `relations`: the rollup tables, or the same rows from the events. */
function analyticsSource(dataSource: Reads, relations: Relations): AnalyticsSource {
  const w = T.roleWeek.col;
  const a = T.activity.col;
  const r = T.retention.col;
  return {
    async roleCohorts(roleId, range, questionCount) {
      const [row]: RoleCohorts[] = await dataSource.query(
        `WITH role_weeks AS (
           SELECT ${w.firstWeek}::text AS week, ${funnel()} FROM ${relations.roleWeek} rw
           WHERE ${w.roleId} = $1 AND ${w.learners} > 0 AND ${inRange(w.firstWeek, 2, 3)} GROUP BY ${w.firstWeek}
         ), cells AS (${publishedCells(relations.cell, `${T.cell.col.roleId} = $1 AND ${inRange(T.cell.col.cohortWeek, 2, 3)}`)})
         SELECT (SELECT coalesce(json_agg(rw), '[]') FROM role_weeks rw) AS "roleWeeks",
           (SELECT coalesce(json_agg(json_build_object('questionId', question_id, 'week', cohort_week::text,
              'published', published, 'learners', learners, 'mastered', mastered, 'practices', practices, 'again', again)), '[]')
            FROM cells) AS cells,
           (SELECT coalesce(json_agg(d), '[]') FROM (
              SELECT question_id AS "questionId", json_agg(mastery_days) AS days FROM cells
              WHERE mastery_days IS NOT NULL GROUP BY question_id) d) AS "masteryDays"`,
        [roleId, range.from, range.to, questionCount],
      );
      return row;
    },
    activity: (granularity, from, to) =>
      dataSource.query(
        `SELECT ${a.period}::text AS period, ${a.learners} AS learners, ${a.practices} AS practices
         FROM ${relations.activity} activity
         WHERE ${a.granularity} = $1 AND ${a.period} BETWEEN $2 AND $3 ORDER BY ${a.period}`,
        [granularity, from, to],
      ),
    retention: (from, to) =>
      dataSource.query(
        `SELECT ${r.cohortWeek}::text AS "cohortWeek", ${r.learners} AS learners, ${r.returnedDay1} AS "returnedDay1",
           ${r.returnedDay7} AS "returnedDay7", ${r.returnedDay30} AS "returnedDay30"
         FROM ${relations.retention} retention WHERE ${r.cohortWeek} BETWEEN $1 AND $2 ORDER BY ${r.cohortWeek}`,
        [from, to],
      ),
    hardestQuestions: (roleId, minPractices, first) =>
      dataSource.query(
        `WITH cells AS (${publishedCells(relations.cell, `($1::uuid IS NULL OR ${T.cell.col.roleId} = $1)`)})
         SELECT question_id AS "questionId", role_id AS "roleId", sum(learners)::int AS learners,
           sum(practices)::int AS practices, sum(again)::int AS again
         FROM cells WHERE published GROUP BY question_id, role_id HAVING sum(practices) >= $2
         ORDER BY sum(again)::float8 / sum(practices) DESC, question_id LIMIT $3`,
        [roleId, minPractices, first],
      ),
  };
}

/** Reads the rollups: a few rows per week of the range, and per question and week. */
export function rollupSource(dataSource: Reads): AnalyticsSource {
  return analyticsSource(dataSource, ROLLUP_RELATIONS);
}

/** Computes every row from the raw events at each call: the baseline the rollups are measured against. */
export function rawEventSource(dataSource: Reads): AnalyticsSource {
  return analyticsSource(dataSource, eventRelations());
}
