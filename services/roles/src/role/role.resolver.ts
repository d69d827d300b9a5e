import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { badInput, decodeCursor, isSlug, pageSize } from "@careergraph/schema";
import { isPublishedOnly, statusesToRead } from "@careergraph/authoring";
import type { RolesContext } from "../context";
import { ContentStatus, QuestionType } from "../enums";
import { QuestionConnection } from "../question/question-connection";
import { PUBLISHED_ONLY, questionCountKey } from "../question/question.loader";
import { Topic } from "../topic/topic.entity";
import { RoleConnection } from "./role-connection";
import { Role } from "./role.entity";

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => Role, {
    nullable: true,
    description: "A published role by its slug; null when there is none. Editors may ask for other statuses.",
  })
  async role(
    @Arg("slug", () => String) slug: string,
    @Arg("status", () => [ContentStatus], { nullable: true }) status: ContentStatus[] | null,
    @Ctx() context: RolesContext,
  ): Promise<Role | null> {
    const statuses = statusesToRead(context, status);
    const { loaders } = context;
    if (!isPublishedOnly(statuses)) {
      const any = await loaders.roleBySlugForEditors.load(slug);
      return any && statuses.includes(any.status) ? any : null;
    }
    const role = await loaders.roleBySlug.load(slug);
    if (role) loaders.roleById.prime(role.id, role);
    return role;
  }

  @Directive(
    '@listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)',
  )
  @Query(() => RoleConnection, {
    description: "Published roles, by slug. Editors may ask for other statuses.",
  })
  async roles(
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("status", () => [ContentStatus], {
      nullable: true,
      description: "PUBLISHED by default; drafts and archived roles are for editors who ask for them.",
    })
    status: ContentStatus[] | null,
    @Ctx() context: RolesContext,
  ): Promise<RoleConnection> {
    const size = pageSize(first);
    const [afterSlug] = decodeCursor("role", after, ["string"]) ?? [null];
    if (afterSlug !== null && !isSlug(afterSlug)) throw badInput("after", "is not a cursor from this list");
    const statuses = statusesToRead(context, status);
    const { loaders } = context;
    const key = { first: size, afterSlug, after: after ?? null };
    if (!isPublishedOnly(statuses)) return loaders.rolePageForEditors.load({ ...key, statuses });
    const page = await loaders.rolePage.load(key);
    for (const { node } of page.edges) loaders.roleById.prime(node.id, node);
    return page;
  }

  @FieldResolver(() => Int, { description: "Published questions, counted from the catalog, never stored." })
  async questionCount(@Root() role: Role, @Ctx() { loaders }: RolesContext): Promise<number> {
    return (await loaders.questionPage.load(questionCountKey(role.id))).totalCount;
  }

  @Directive(
    '@listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)',
  )
  @FieldResolver(() => QuestionConnection, { description: "Published questions in page order." })
  async questions(
    @Root() role: Role,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("type", () => QuestionType, { nullable: true }) type: QuestionType | null,
    @Arg("topic", () => String, { nullable: true }) topic: string | null,
    @Arg("status", () => [ContentStatus], {
      nullable: true,
      description: "PUBLISHED by default; drafts and archived questions are for editors who ask for them.",
    })
    status: ContentStatus[] | null,
    @Ctx() context: RolesContext,
  ): Promise<QuestionConnection> {
    const size = pageSize(first);
    const [afterPosition] = decodeCursor("question", after, ["number"]) ?? [null];
    const statuses = statusesToRead(context, status);
    const { loaders } = context;
    const published = isPublishedOnly(statuses);
    const page = await (published ? loaders.questionPage : loaders.questionPageForEditors).load({
      roleId: role.id,
      first: size,
      afterPosition,
      after: after ?? null,
      type: type ?? null,
      topic: topic ?? null,
      statuses: published ? PUBLISHED_ONLY : statuses,
    });
    if (published) for (const { node } of page.edges) loaders.questionById.prime(node.id, node);
    return page;
  }

  @Directive("@listSize(assumedSize: 50)")
  @FieldResolver(() => [Topic], { description: "The topics of the role's published questions, by name." })
  topics(@Root() role: Role, @Ctx() { loaders }: RolesContext): Promise<Topic[]> {
    return loaders.topicsOfRole.load(role.id);
  }
}
