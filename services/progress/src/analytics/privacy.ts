/**
 * The smallest group of learners a figure may describe. Across ranges, roleAnalytics applies these
 * rules to each ISO week on its own and sums only what a week may show (analytics.service.ts), so
 * subtracting two ranges gives whole weeks' shown figures, never a withheld group.
 */
export const MIN_LEARNERS = 5;

/** A figure about fewer than `MIN_LEARNERS` learners is reported as suppressed, never as a number. */
export function isReportable(learners: number): boolean {
  return learners >= MIN_LEARNERS;
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
