import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PrivateData } from "@careergraph/schema";
import type { ProgressContext } from "../context";
import { notStarted, QuestionProgress } from "../progress/question-progress";
import { QuestionReference } from "./question-reference";

@Resolver(() => QuestionReference)
export class QuestionResolver {
  @PrivateData()
  @FieldResolver(() => QuestionProgress, {
    nullable: true,
    description: "The caller's progress; null when anonymous.",
  })
  async myProgress(
    @Root() question: QuestionReference,
    @Ctx() { viewer, loaders }: ProgressContext,
  ): Promise<QuestionProgress | null> {
    if (!viewer) return null;
    const progress = await loaders.questionProgress.load({ userId: viewer.id, questionId: question.id });
    return progress ?? notStarted(question.id);
  }
}
