import { Directive, Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ContentStatus, isPublishedOnly, statusesToRead } from "@careergraph/authoring";
import type { GuidesContext } from "../context";
import { STATUS_ARGUMENT } from "../guide/guide-status";
import { rolesForReader } from "../role/published-roles";
import { RoleReference, roleReference } from "../role/role-reference";
import { LearningPath } from "./learning-path.entity";

@Resolver(() => LearningPath)
export class LearningPathResolver {
  @Directive("@listSize(assumedSize: 50)")
  @Query(() => [LearningPath], {
    description: "Published paths, in order; editors may ask for other statuses.",
  })
  learningPaths(
    @Arg("status", () => [ContentStatus], STATUS_ARGUMENT) status: ContentStatus[] | null,
    @Ctx() context: GuidesContext,
  ): Promise<LearningPath[]> {
    return pathsInStatus(context, status);
  }

  @Query(() => LearningPath, { nullable: true, description: "null when there is no such path." })
  async learningPath(
    @Arg("slug", () => String) slug: string,
    @Arg("status", () => [ContentStatus], STATUS_ARGUMENT) status: ContentStatus[] | null,
    @Ctx() context: GuidesContext,
  ): Promise<LearningPath | null> {
    return findPath(await pathsInStatus(context, status), slug);
  }

  @Directive("@listSize(assumedSize: 50)")
  @FieldResolver(() => [RoleReference], {
    nullable: "items",
    description:
      "In learning order, published roles only (editors see every role the path names); a role whose subgraph is unavailable is null.",
  })
  async roles(@Root() path: LearningPath, @Ctx() context: GuidesContext): Promise<RoleReference[]> {
    return (await rolesForReader(context, path.roleIds)).map(roleReference);
  }
}

async function pathsInStatus(
  context: GuidesContext,
  status: ContentStatus[] | null,
): Promise<LearningPath[]> {
  const statuses = statusesToRead(context, status);
  const { learningPaths, learningPathsForEditors } = context.loaders;
  if (isPublishedOnly(statuses)) return (await learningPaths.load("all")) ?? [];
  const paths = (await learningPathsForEditors.load("all")) ?? [];
  return paths.filter((path) => statuses.includes(path.status));
}

export function findPath(paths: LearningPath[] | null, slug: string): LearningPath | null {
  return paths?.find((path) => path.slug === slug) ?? null;
}
