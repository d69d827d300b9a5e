/** The words for a figure the API held back: it stands for fewer than 5 learners (or would reveal such a group). */
export const HELD_BACK = "held back (fewer than 5 learners)";

/** Groups smaller than this are held back, as the API holds them back. */
const SMALLEST_GROUP = 5;

/** A figure as the dashboard shows it: a number, or the words that say it is held back (never 0). */
export function shownCount(value: number | null | undefined): string {
  return value == null ? HELD_BACK : value.toLocaleString("en");
}

export function shownShare(value: number | null | undefined): string {
  return value == null ? HELD_BACK : `${(value * 100).toFixed(1)}%`;
}

/**
 * The learners in one band between two funnel stages (say, practising but not yet half ready):
 * the outer stage minus the inner one. Held back when either is held back or leaves weeks out
 * (then the two count different weeks), and when the difference is a group of 1 to 4 learners.
 */
export function bandBetween(
  outer: { learners: number | null; suppressed: boolean } | undefined,
  inner: { learners: number | null; suppressed: boolean } | undefined,
): number | null {
  if (!outer || outer.learners === null || outer.suppressed) return null;
  if (!inner) return outer.learners;
  if (inner.learners === null || inner.suppressed) return null;
  const band = outer.learners - inner.learners;
  return band < 0 || (band > 0 && band < SMALLEST_GROUP) ? null : band;
}

/** Date as the API writes it (UTC day). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `day` moved by `days` (UTC). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}
