import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { badInput, decodeNumericCursor, encodeCursor, pageSize } from "@careergraph/federation";
import { QuestionType } from "../catalog/enums";
import type { RolesContext } from "../context";
import { Role } from "../role/role.entity";
import { Topic } from "../topic/topic.entity";
import { QuestionConnection } from "./question-connection";
import { Question } from "./question.entity";
import { searchQuestionIds } from "./question.search";

@Resolver(() => Question)
export class QuestionResolver {
  @Query(() => Question, { nullable: true, description: "A published question; null when there is none." })
  question(@Arg("id", () => ID) id: string, @Ctx() { loaders }: RolesContext): Promise<Question | null> {
    return loaders.questionById.load(id);
  }

  @Query(() => QuestionConnection, {
    description: "Full-text search over prompts and answer tips, best match first.",
  })
  async searchQuestions(
    @Arg("query", () => String) query: string,
    @Arg("roleSlug", () => String, { nullable: true }) roleSlug: string | null,
    @Arg("type", () => QuestionType, { nullable: true }) type: QuestionType | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { deps, loaders }: RolesContext,
  ): Promise<QuestionConnection> {
    const text = query.trim();
    if (text.length === 0 || text.length > 200) throw badInput("query", "must be 1 to 200 characters");
    const size = pageSize(first);
    const offset = decodeNumericCursor("search", after) ?? 0;
    const { ids, total } = await searchQuestionIds(deps.db, {
      query: text,
      roleSlug,
      type,
      limit: size,
      offset,
    });
    const questions = await loaders.questionById.loadMany(ids);
    const edges = questions.flatMap((node, i) =>
      node && !(node instanceof Error) ? [{ cursor: encodeCursor("search", offset + i + 1), node }] : [],
    );
    return {
      edges,
      pageInfo: { hasNextPage: offset + ids.length < total, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description: "The question's role; null when that role is archived (the question degrades alone).",
  })
  role(@Root() question: Question, @Ctx() { loaders }: RolesContext): Promise<Role | null> {
    return loaders.roleById.load(question.roleId);
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() question: Question, @Ctx() { loaders }: RolesContext): Promise<Topic[]> {
    const topics = await loaders.topicBySlug.loadMany(question.topicSlugs);
    return topics.filter((t): t is Topic => t !== null && !(t instanceof Error));
  }
}
