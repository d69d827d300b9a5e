/** The words for a figure the API held back: it stands for fewer than 5 learners (or would reveal such a group). */
export const HELD_BACK = "held back (fewer than 5 learners)";

/** A figure as the dashboard shows it: a number, or the words that say it is held back (never 0). */
export function shownCount(value: number | null | undefined): string {
  return value == null ? HELD_BACK : value.toLocaleString("en");
}

export function shownShare(value: number | null | undefined): string {
  return value == null ? HELD_BACK : `${(value * 100).toFixed(1)}%`;
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
