import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { AuditEntry, AuditEntryConnection, auditPage, RequiresEditor } from "@careergraph/authoring";
import type { RolesContext } from "../context";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized("EDITOR")
  @RequiresEditor()
  @Query(() => AuditEntryConnection, {
    description: "The catalog's edits, newest first; of one entity if given. Guides' edits: guideAuditLog.",
  })
  auditLog(
    @Arg("entityId", () => ID, { nullable: true }) entityId: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { loaders }: RolesContext,
  ): Promise<AuditEntryConnection> {
    return auditPage(loaders.auditPage, { entityId, first, after });
  }
}
