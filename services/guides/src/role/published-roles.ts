import { hasRole } from "@careergraph/auth";
import type { GuidesContext } from "../context";

/** These role ids, the published ones only, in their order. */
async function publishedRoleIds(context: GuidesContext, roleIds: readonly string[]): Promise<string[]> {
  const published = await context.loaders.publishedRole.loadMany(roleIds);
  const failed = published.find((answer): answer is Error => answer instanceof Error);
  if (failed) throw failed;
  return roleIds.filter((_, i) => published[i] === true);
}

export async function isRolePublished(context: GuidesContext, roleId: string): Promise<boolean> {
  return context.loaders.publishedRole.load(roleId);
}

/**
 * The roles of a list as its reader may see them: editors see every role the list names (drafts and
 * archived ones among them, to edit the list); everyone else sees the published ones only.
 */
export function rolesForReader(context: GuidesContext, roleIds: readonly string[]): Promise<string[]> {
  if (context.viewer && hasRole(context.viewer, "EDITOR")) return Promise.resolve([...roleIds]);
  return publishedRoleIds(context, roleIds);
}
