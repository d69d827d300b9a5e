import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { badInput, decodeCursor, isUuid, pageSize } from "@careergraph/schema";
import type { RolesContext } from "../context";
import { QuestionType } from "../enums";
import { Role } from "../role/role.entity";
import { Topic } from "../topic/topic.entity";
import { QuestionConnection } from "./question-connection";
import { Question } from "./question.entity";

@Resolver(() => Question)
export class QuestionResolver {
  @Query(() => Question, { nullable: true, description: "A published question; null when there is none." })
  question(@Arg("id", () => ID) id: string, @Ctx() { loaders }: RolesContext): Promise<Question | null> {
    return loaders.questionById.load(id);
  }

  @Directive("@cost(weight: 10)")
  @Directive(
    '@listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)',
  )
  @Query(() => QuestionConnection, {
    description: "Full-text search over prompts and answer tips, best match first.",
  })
  async searchQuestions(
    @Arg("query", () => String) query: string,
    @Arg("roleSlug", () => String, { nullable: true }) roleSlug: string | null,
    @Arg("type", () => QuestionType, { nullable: true }) type: QuestionType | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { loaders }: RolesContext,
  ): Promise<QuestionConnection> {
    const text = query.trim();
    if (text.length === 0 || text.length > 200) throw badInput("query", "must be 1 to 200 characters");
    const size = pageSize(first);
    const [afterRank, afterId] = decodeCursor("search", after, ["number", "string"]) ?? [null, null];
    if (afterId !== null && !isUuid(afterId)) throw badInput("after", "is not a cursor from this list");
    const page = await loaders.questionSearch.load({
      query: text,
      roleSlug: roleSlug ?? null,
      type: type ?? null,
      first: size,
      afterRank,
      afterId,
      after: after ?? null,
    });
    for (const { node } of page.edges) loaders.questionById.prime(node.id, node);
    return page;
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description: "The question's role; null when that role is archived (the question degrades alone).",
  })
  role(@Root() question: Question, @Ctx() { loaders }: RolesContext): Promise<Role | null> {
    return loaders.roleById.load(question.roleId);
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [Topic])
  async topics(@Root() question: Question, @Ctx() { loaders }: RolesContext): Promise<Topic[]> {
    const topics = await loaders.topicBySlug.loadMany(question.topicSlugs);
    return topics.filter((t): t is Topic => t !== null && !(t instanceof Error));
  }
}
