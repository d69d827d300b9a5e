import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireViewer } from "@careergraph/auth";
import { PrivateData } from "@careergraph/federation";
import type { ProgressContext } from "../context";
import { Note } from "../notes/note.entity";
import { QuestionProgress } from "./question-progress";
import { RecordPracticeInput, RecordPracticePayload } from "./record-practice";

@Resolver(() => QuestionProgress)
export class ProgressResolver {
  @PrivateData()
  @Mutation(() => RecordPracticePayload, {
    description:
      "Records one practice of a published question and schedules its next review. Idempotent per idempotencyKey.",
  })
  async recordPractice(
    @Arg("input", () => RecordPracticeInput) input: RecordPracticeInput,
    @Ctx() context: ProgressContext,
  ): Promise<RecordPracticePayload> {
    const viewer = requireViewer(context);
    const progress = await context.api.practice.record(viewer.id, input, context.catalog);
    context.loaders?.questionProgress.clear(progress.questionId).prime(progress.questionId, progress);
    return { question: { id: progress.questionId }, progress };
  }

  @PrivateData()
  @FieldResolver(() => [Note], { description: "The caller's notes on the question, newest first." })
  notes(@Root() progress: QuestionProgress, @Ctx() { loaders }: ProgressContext): Promise<Note[]> | Note[] {
    return loaders ? loaders.notesOfQuestion.load(progress.questionId) : [];
  }
}
