import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { AuditEntry, AuditEntryConnection, auditPage, RequiresEditor } from "@careergraph/authoring";
import type { GuidesContext } from "../context";

/**
 * Guides' audit trail. A query field is owned by one subgraph, so the catalog's trail is `auditLog`
 * (roles) and this one `guideAuditLog`; both return the same shared `AuditEntryConnection`.
 */
@Resolver(() => AuditEntry)
export class GuideAuditResolver {
  @Authorized("EDITOR")
  @RequiresEditor()
  @Query(() => AuditEntryConnection, {
    description:
      "Guides' edits, newest first; of one guide if given (a role's id for its guides, a learning path's slug).",
  })
  guideAuditLog(
    @Arg("entityId", () => ID, { nullable: true }) entityId: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { loaders }: GuidesContext,
  ): Promise<AuditEntryConnection> {
    return auditPage(loaders.auditPage, { entityId, first, after });
  }
}
