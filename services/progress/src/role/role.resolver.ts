import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { PrivateData } from "@careergraph/federation";
import type { ProgressContext } from "../context";
import { readiness, RoleProgress } from "./role-progress";
import { RoleRef } from "./role-ref";

@Resolver(() => RoleRef)
export class RoleResolver {
  @PrivateData()
  @Directive(`@requires(fields: "questionCount")`)
  @FieldResolver(() => RoleProgress, {
    nullable: true,
    description: "The caller's progress on the role; null when anonymous.",
  })
  async myProgress(@Root() role: RoleRef, @Ctx() { loaders }: ProgressContext): Promise<RoleProgress | null> {
    if (!loaders) return null;
    const counts = await loaders.roleProgress.load(role.id);
    return { ...counts, readiness: readiness(counts.masteredCount, role.questionCount ?? 0) };
  }
}
