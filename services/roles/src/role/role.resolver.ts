import { Directive, Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { decodeCursor, decodeNumericCursor, pageAfterKey, pageSize } from "@careergraph/federation";
import { QuestionType } from "../catalog/enums";
import type { RolesContext } from "../context";
import { QuestionConnection } from "../question/question-connection";
import { Topic } from "../topic/topic.entity";
import { RoleConnection } from "./role-connection";
import { Role } from "./role.entity";

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => Role, {
    nullable: true,
    description: "A published role by its slug; null when there is none.",
  })
  async role(
    @Arg("slug", () => String) slug: string,
    @Ctx() { loaders }: RolesContext,
  ): Promise<Role | null> {
    const role = await loaders.roleBySlug.load(slug);
    if (role) loaders.roleById.prime(role.id, role);
    return role;
  }

  @Directive(
    '@listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)',
  )
  @Query(() => RoleConnection, { description: "Published roles, by slug." })
  async roles(
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { loaders }: RolesContext,
  ): Promise<RoleConnection> {
    const size = pageSize(first);
    const afterSlug = decodeCursor("role", after);
    const roles = (await loaders.publishedRoles.load("all")) ?? [];
    for (const role of roles) loaders.roleById.prime(role.id, role);
    return pageAfterKey(roles, {
      first: size,
      after: afterSlug,
      keyOf: (role) => role.slug,
      cursorKind: "role",
    });
  }

  @FieldResolver(() => Int, { description: "Published questions, counted from the catalog, never stored." })
  async questionCount(@Root() role: Role, @Ctx() { loaders }: RolesContext): Promise<number> {
    return ((await loaders.questionsOfRole.load(role.id)) ?? []).length;
  }

  @Directive(
    '@listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)',
  )
  @FieldResolver(() => QuestionConnection)
  async questions(
    @Root() role: Role,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("type", () => QuestionType, { nullable: true }) type: QuestionType | null,
    @Arg("topic", () => String, { nullable: true }) topic: string | null,
    @Ctx() { loaders }: RolesContext,
  ): Promise<QuestionConnection> {
    const size = pageSize(first);
    const afterPosition = decodeNumericCursor("question", after);
    const all = (await loaders.questionsOfRole.load(role.id)) ?? [];
    const matching = all.filter(
      (q) => (!type || q.type === type) && (!topic || q.topicSlugs.includes(topic)),
    );
    for (const question of matching) loaders.questionById.prime(question.id, question);
    return pageAfterKey(matching, {
      first: size,
      after: afterPosition,
      keyOf: (q) => q.position,
      cursorKind: "question",
    });
  }

  @Directive("@listSize(assumedSize: 50)")
  @FieldResolver(() => [Topic], { description: "The topics of the role's published questions, by name." })
  async topics(@Root() role: Role, @Ctx() { loaders }: RolesContext): Promise<Topic[]> {
    const questions = (await loaders.questionsOfRole.load(role.id)) ?? [];
    const slugs = [...new Set(questions.flatMap((q) => q.topicSlugs))];
    const topics = await loaders.topicBySlug.loadMany(slugs);
    return topics
      .filter((t): t is Topic => t !== null && !(t instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
