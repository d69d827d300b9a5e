import { Directive } from "type-graphql";
import { forbidden, unauthenticated } from "@careergraph/schema";
import { hasRole, type Viewer } from "@careergraph/auth";
import { ContentStatus } from "./content-status";

/** Who is editing: the token's subject, and the request, so that the trail leads to the logs. */
export interface Editor {
  id: string;
  requestId?: string;
}

/** What a subgraph's context says about the caller. */
export interface CallerContext {
  viewer: Viewer | null;
  requestId?: string;
}

/**
 * Declares in the schema what `@Authorized("EDITOR")` enforces in a subgraph, so that a router serving
 * the supergraph (Apollo Router) enforces it too: EDITOR or ADMIN.
 */
export const RequiresEditor = () => Directive(`@requiresScopes(scopes: [["EDITOR"], ["ADMIN"]])`);

/** The editor behind a mutation (`@Authorized` has made sure there is one). */
export function editorOf({ viewer, requestId }: CallerContext): Editor {
  if (!viewer) throw unauthenticated();
  return { id: viewer.id, requestId };
}

/**
 * The statuses a read asked for: PUBLISHED unless it says otherwise. Drafts and archived content are
 * for editors, and only when they ask for them.
 */
export function statusesToRead(
  context: CallerContext,
  status: ContentStatus[] | null | undefined,
): ContentStatus[] {
  if (!status || status.length === 0) return [ContentStatus.PUBLISHED];
  const statuses = [...new Set(status)].sort();
  if (statuses.some((s) => s !== ContentStatus.PUBLISHED)) {
    if (!context.viewer) throw unauthenticated("drafts and archived content are for editors");
    if (!hasRole(context.viewer, "EDITOR")) throw forbidden("drafts and archived content are for editors");
  }
  return statuses;
}

/** Whether a read asked for published content only (the cached, reader's path). */
export function isPublishedOnly(statuses: readonly ContentStatus[]): boolean {
  return statuses.length === 1 && statuses[0] === ContentStatus.PUBLISHED;
}
