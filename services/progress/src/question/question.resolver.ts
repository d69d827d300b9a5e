import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PrivateData } from "@careergraph/federation";
import type { ProgressContext } from "../context";
import { QuestionProgress } from "../progress/question-progress";
import { QuestionRef } from "./question-ref";

@Resolver(() => QuestionRef)
export class QuestionResolver {
  @PrivateData()
  @FieldResolver(() => QuestionProgress, {
    nullable: true,
    description: "The caller's progress; null when anonymous.",
  })
  myProgress(
    @Root() question: QuestionRef,
    @Ctx() { loaders }: ProgressContext,
  ): Promise<QuestionProgress> | null {
    return loaders ? loaders.questionProgress.load(question.id) : null;
  }
}
