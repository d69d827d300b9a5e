import { isPublishedOnly, statusesToRead, type ContentStatus } from "@careergraph/authoring";
import type { GuidesContext } from "../context";
import { isRolePublished } from "../role/published-roles";

interface Loader<T> {
  load(roleId: string): Promise<T>;
}

/**
 * A role's guide in the statuses a read asked for: readers' (published, of a published role) through
 * the cached loader, an editor's other statuses through the uncached one; `null` when it is in none
 * of them.
 */
export async function guideInStatus<T extends { status: ContentStatus }>(
  context: GuidesContext,
  status: ContentStatus[] | null | undefined,
  loaders: { published: Loader<T | null>; any: Loader<T | null> },
  roleId: string,
): Promise<T | null> {
  const statuses = statusesToRead(context, status);
  if (isPublishedOnly(statuses)) {
    const [guide, published] = await Promise.all([
      loaders.published.load(roleId),
      isRolePublished(context, roleId),
    ]);
    return published ? guide : null;
  }
  const guide = await loaders.any.load(roleId);
  return guide && statuses.includes(guide.status) ? guide : null;
}

/** The status argument of every guide read. */
export const STATUS_ARGUMENT = {
  nullable: true,
  description: "PUBLISHED by default; drafts and archived guides are for editors who ask for them.",
} as const;
