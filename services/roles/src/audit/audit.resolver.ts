import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { badInput, connectionType, decodeTimeIdCursor, pageSize, type Page } from "@careergraph/federation";
import { RequiresEditor } from "../authoring";
import type { RolesContext } from "../context";
import { AuditEntry } from "./audit-entry.entity";

export const AuditEntryConnection = connectionType(AuditEntry, "AuditEntry");
export type AuditEntryConnection = Page<AuditEntry>;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized("EDITOR")
  @RequiresEditor()
  @Query(() => AuditEntryConnection, {
    description: "The catalog's edits, newest first; of one entity if given.",
  })
  auditLog(
    @Arg("entityId", () => ID, { nullable: true }) entityId: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { loaders }: RolesContext,
  ): Promise<AuditEntryConnection> {
    const size = pageSize(first);
    const { afterCreatedAt, afterId } = decodeTimeIdCursor("audit", after);
    if (entityId != null && entityId.length > 100) throw badInput("entityId", "is not an id");
    return loaders.auditPage.load({
      entityId: entityId ?? null,
      first: size,
      afterCreatedAt,
      afterId,
      after: after ?? null,
    });
  }
}
