import { badInput } from "@careergraph/schema";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A UTC calendar day as `YYYY-MM-DD`. */
export type Day = string;

export function utcDay(at: Date): Day {
  return at.toISOString().slice(0, 10);
}

/** The Monday (UTC) of the ISO week a day falls in. */
export function weekOf(day: Day): Day {
  const date = new Date(`${day}T00:00:00.000Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return utcDay(new Date(date.getTime() - sinceMonday * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

export function addDays(day: Day, days: number): Day {
  return utcDay(new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS));
}

/** An inclusive range of UTC days; an open end is `null`. */
export interface DayRange {
  from: Day | null;
  to: Day | null;
}

/**
 * Checks a `from`/`to` pair of Date arguments: `from` not after `to`, and at most one calendar year
 * apart (2026-01-01 to 2027-01-01 is allowed, to 2027-01-02 is not). Either may be open.
 */
export function dayRange(from: Date | null | undefined, to: Date | null | undefined): DayRange {
  const range = { from: from ? utcDay(from) : null, to: to ? utcDay(to) : null };
  if (range.from && range.to) {
    if (range.from > range.to) throw badInput("from", "must not be after to");
    const yearLater = new Date(`${range.from}T00:00:00.000Z`);
    yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
    if (range.to > utcDay(yearLater)) throw badInput("to", "must be at most one year after from");
  }
  return range;
}

/** The periods (days, or the Mondays of weeks) from the one holding `from` to the one holding `to`. */
export function periodsOf(range: { from: Day; to: Day }, granularity: "DAY" | "WEEK"): Day[] {
  const step = granularity === "DAY" ? 1 : 7;
  const first = granularity === "DAY" ? range.from : weekOf(range.from);
  const periods: Day[] = [];
  for (let day = first; day <= range.to; day = addDays(day, step)) periods.push(day);
  return periods;
}

/**
 * A range widened to whole ISO weeks (Monday to Sunday): what roleAnalytics reports on, so two ranges
 * differ by whole weeks, never by a day's few learners.
 */
export function wholeWeeks(range: DayRange): DayRange {
  return {
    from: range.from === null ? null : weekOf(range.from),
    to: range.to === null ? null : addDays(weekOf(range.to), 6),
  };
}
