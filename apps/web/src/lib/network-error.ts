import { CombinedGraphQLErrors } from "@apollo/client/errors";

/**
 * Whether a failed request may never have reached the server (offline, DNS, a dropped connection),
 * as opposed to an answer with GraphQL errors. Such a practice is queued with its key: if it did
 * reach the server after all, the sync finds the key and applies nothing twice.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (!navigator.onLine) return true;
  if (CombinedGraphQLErrors.is(error)) return false;
  return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
}
