import { Directive, Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { GuidesContext } from "../context";
import { RoleReference, roleReference } from "../role/role-reference";
import { LearningPath } from "./learning-path.entity";

@Resolver(() => LearningPath)
export class LearningPathResolver {
  @Directive("@listSize(assumedSize: 50)")
  @Query(() => [LearningPath])
  async learningPaths(@Ctx() { loaders }: GuidesContext): Promise<LearningPath[]> {
    return (await loaders.learningPaths.load("all")) ?? [];
  }

  @Query(() => LearningPath, { nullable: true, description: "null when there is no such path." })
  async learningPath(
    @Arg("slug", () => String) slug: string,
    @Ctx() { loaders }: GuidesContext,
  ): Promise<LearningPath | null> {
    return findPath(await loaders.learningPaths.load("all"), slug);
  }

  @Directive("@listSize(assumedSize: 50)")
  @FieldResolver(() => [RoleReference], {
    nullable: "items",
    description: "In learning order; an archived role (or one whose subgraph is unavailable) is null.",
  })
  roles(@Root() path: LearningPath): RoleReference[] {
    return path.roleIds.map(roleReference);
  }
}

export function findPath(paths: LearningPath[] | null, slug: string): LearningPath | null {
  return paths?.find((path) => path.slug === slug) ?? null;
}
