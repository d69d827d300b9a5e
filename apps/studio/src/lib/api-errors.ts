import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** What the API said was wrong with a write, sorted for the form that sent it. */
export interface WriteProblems {
  /** Input path (`prompt`, `topicSlugs.1`, `preparationTips.0.body`) → what is wrong with it. */
  fields: Record<string, string>;
  /** A stale version: someone else saved first; the version that is current now. */
  staleVersion: number | null;
  /** Everything else, in words. */
  other: string[];
}

/** The message without the field path the API starts it with (`prompt: must be …` → `must be …`). */
function withoutField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/**
 * Sorts a failed write's errors: BAD_USER_INPUT, NOT_FOUND and CONFLICT naming an input field go
 * beside that field; a CONFLICT on `expectedVersion` is a stale version; the rest are listed.
 */
export function writeProblems(error: unknown): WriteProblems {
  const problems: WriteProblems = { fields: {}, staleVersion: null, other: [] };
  if (!CombinedGraphQLErrors.is(error)) {
    problems.other.push(error instanceof Error ? error.message : String(error));
    return problems;
  }
  for (const { message, extensions } of error.errors) {
    const field = typeof extensions?.field === "string" ? extensions.field : null;
    if (extensions?.code === "CONFLICT" && typeof extensions.currentVersion === "number")
      problems.staleVersion = extensions.currentVersion;
    else if (field) problems.fields[field] ??= withoutField(message, field);
    else problems.other.push(message);
  }
  return problems;
}

/** The problems of `fields` no input of the form shows: listed at the top of the form instead. */
export function unplacedProblems(problems: WriteProblems, isShown: (field: string) => boolean): string[] {
  return [
    ...problems.other,
    ...Object.entries(problems.fields)
      .filter(([field]) => !isShown(field))
      .map(([field, message]) => `${field}: ${message}`),
  ];
}
