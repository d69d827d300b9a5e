import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { PrivateData } from "@careergraph/schema";
import type { ProgressContext } from "../context";
import { readiness, RoleProgress } from "./role-progress";
import { RoleReference } from "./role-reference";

@Resolver(() => RoleReference)
export class RoleResolver {
  @PrivateData()
  @Directive(`@requires(fields: "questionCount")`)
  @FieldResolver(() => RoleProgress, {
    nullable: true,
    description: "The caller's progress on the role; null when anonymous.",
  })
  async myProgress(
    @Root() role: RoleReference,
    @Ctx() { viewer, loaders }: ProgressContext,
  ): Promise<RoleProgress | null> {
    if (!viewer) return null;
    const counts = await loaders.roleProgress.load({ userId: viewer.id, roleId: role.id });
    return { ...counts, readiness: readiness(counts.masteredCount, role.questionCount ?? 0) };
  }
}
