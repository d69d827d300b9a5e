/**
 * The smallest group of learners a figure may describe.
 *
 * Every practice figure (practices, attempts, AGAIN shares, mastery) is a sum of cells: the learners
 * who first practised a role in one ISO week, on one question of it (`AnalyticsQuestionCell`). A cell
 * is published only with at least `MIN_LEARNERS` learners, and every view (roleAnalytics' figures,
 * hardestQuestions, activity's practices) sums published cells and nothing else. So any sum or
 * difference of published figures is a sum or difference of published cells: a cell of fewer
 * learners is in none of them. Learner counts (the funnel, retention, activity's learners) have their
 * own groups, each withheld under `MIN_LEARNERS`, with the nested rule below.
 */
const MIN_LEARNERS = 5;

/** A figure about fewer than `MIN_LEARNERS` learners is reported as suppressed, never as a number. */
export function isReportable(learners: number): boolean {
  return learners >= MIN_LEARNERS;
}

/** Whether a cell of this many learners is published: the one rule every practice figure sums under. */
export function isPublished(cellLearners: number): boolean {
  return isReportable(cellLearners);
}

/** The same rule in SQL, for a relation with a `learners` column. */
export function publishedSql(learners: string): string {
  return `${learners} >= ${MIN_LEARNERS}`;
}

/**
 * The stages of a nested funnel (each a subset of the one before, e.g. started ⊇ practising ⊇ ready),
 * with the suppressed ones as `null`. A stage is reported only when it has at least `MIN_LEARNERS` and
 * differs from the previous reported stage by at least `MIN_LEARNERS` as well: the difference of two
 * reported stages is the group between them, so it must not be small either (a difference of 0 would
 * say that everyone in one stage is also in the next).
 */
export function suppressNested(stages: readonly number[]): (number | null)[] {
  let previous: number | null = null;
  return stages.map((value) => {
    const reportable = isReportable(value) && (previous === null || isReportable(previous - value));
    if (!reportable) return null;
    previous = value;
    return value;
  });
}

/** A share `part / whole` that reveals neither a small part nor a small rest; `null` when it would. */
export function reportableShare(part: number, whole: number): number | null {
  const [, shown] = suppressNested([whole, part]);
  return shown === null ? null : part / whole;
}
