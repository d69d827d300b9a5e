import { Directive, Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { requireViewer } from "@careergraph/auth";
import { decodeTimeIdCursor, pageSize, PrivateData } from "@careergraph/schema";
import type { ProgressContext } from "../context";
import { NoteConnection } from "../notes/note-connection";
import { QuestionReference } from "../question/question-reference";
import { ViewerType } from "./viewer-type";

@Resolver(() => ViewerType)
export class ViewerResolver {
  @PrivateData()
  @Query(() => ViewerType, { nullable: true, description: "The caller; UNAUTHENTICATED without a token." })
  viewer(@Ctx() context: ProgressContext): ViewerType {
    return { id: requireViewer(context).id };
  }

  @PrivateData()
  @Directive("@cost(weight: 5)")
  @Directive('@listSize(slicingArguments: ["first"], assumedSize: 100, requireOneSlicingArgument: false)')
  @FieldResolver(() => [QuestionReference], {
    description: "Published questions due for review now, earliest first.",
  })
  async dueForReview(
    @Root() viewer: ViewerType,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { loaders }: ProgressContext,
  ): Promise<QuestionReference[]> {
    const due = await loaders.dueProgress.load({ userId: viewer.id, first: pageSize(first) });
    // Their progress is known now: myProgress on these questions costs no further statement.
    for (const progress of due)
      loaders.questionProgress.prime({ userId: viewer.id, questionId: progress.questionId }, progress);
    // A question unpublished since it was practised would be a null entity at the gateway: leave it out.
    const published = await loaders.publishedQuestion.loadMany(due.map((progress) => progress.questionId));
    return published.flatMap((question) => {
      if (question instanceof Error) throw question;
      return question ? [{ id: question.id }] : [];
    });
  }

  @PrivateData()
  @Directive("@cost(weight: 5)")
  @Directive(
    '@listSize(slicingArguments: ["first"], assumedSize: 100, sizedFields: ["edges"], requireOneSlicingArgument: false)',
  )
  @FieldResolver(() => NoteConnection, { description: "The caller's notes, newest first." })
  notes(
    @Root() viewer: ViewerType,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { loaders }: ProgressContext,
  ): Promise<NoteConnection> {
    const size = pageSize(first);
    const { afterCreatedAt, afterId } = decodeTimeIdCursor("note", after);
    return loaders.notePage.load({
      userId: viewer.id,
      first: size,
      afterCreatedAt,
      afterId,
      after: after ?? null,
    });
  }

  @PrivateData()
  @Directive("@cost(weight: 5)")
  @FieldResolver(() => Int, {
    description: "Consecutive UTC days with a practice, ending today or yesterday.",
  })
  streakDays(@Root() viewer: ViewerType, @Ctx() { loaders }: ProgressContext): Promise<number> {
    return loaders.streakDays.load(viewer.id);
  }
}
