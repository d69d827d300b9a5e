import { badInput } from "./errors";

/** Characters as PostgreSQL counts them (code points), so that a check agrees with the table's. */
export function characters(text: string): number {
  return [...text].length;
}

/**
 * A client's text, trimmed and checked to hold `min` to `max` characters; otherwise BAD_USER_INPUT
 * naming the field. Required text (min ≥ 1) must not be blank.
 */
export function checkedText(field: string, text: string, { min, max }: { min: number; max: number }): string {
  const trimmed = text.trim();
  const length = characters(trimmed);
  if (length < min || length > max) {
    throw badInput(
      field,
      min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`,
    );
  }
  return trimmed;
}
