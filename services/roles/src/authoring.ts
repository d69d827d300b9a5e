import { Directive } from "type-graphql";
import { forbidden, unauthenticated } from "@careergraph/federation";
import { hasRole } from "@careergraph/auth";
import type { Editor } from "./audit/audit-trail";
import type { RolesContext } from "./context";
import { ContentStatus } from "./enums";

/**
 * Declares in the schema what `@Authorized("EDITOR")` enforces here, so that a router serving the
 * supergraph (Apollo Router) enforces it too: EDITOR or ADMIN.
 */
export const RequiresEditor = () => Directive(`@requiresScopes(scopes: [["EDITOR"], ["ADMIN"]])`);

/** The editor behind a mutation (`@Authorized` has made sure there is one). */
export function editorOf({ viewer, requestId }: RolesContext): Editor {
  if (!viewer) throw unauthenticated();
  return { id: viewer.id, requestId };
}

/**
 * The statuses a read asked for: PUBLISHED unless it says otherwise. Drafts and archived content are
 * for editors, and only when they ask for them.
 */
export function statusesToRead(
  context: RolesContext,
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
