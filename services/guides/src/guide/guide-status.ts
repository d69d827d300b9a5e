import { isPublishedOnly, statusesToRead, type ContentStatus } from "@careergraph/authoring";
import type { GuidesContext } from "../context";

interface Loader<K, T> {
  load(key: K): Promise<T>;
}

/**
 * A guide in the statuses a read asked for: readers' (published) through the cached loader, an
 * editor's other statuses through the uncached one; `null` when it is in none of them.
 */
export async function guideInStatus<K, T extends { status: ContentStatus }>(
  context: GuidesContext,
  status: ContentStatus[] | null | undefined,
  loaders: { published: Loader<K, T | null>; any: Loader<K, T | null> },
  key: K,
): Promise<T | null> {
  const statuses = statusesToRead(context, status);
  if (isPublishedOnly(statuses)) return loaders.published.load(key);
  const guide = await loaders.any.load(key);
  return guide && statuses.includes(guide.status) ? guide : null;
}

/** The status argument of every guide read. */
export const STATUS_ARGUMENT = {
  nullable: true,
  description: "PUBLISHED by default; drafts and archived guides are for editors who ask for them.",
} as const;
