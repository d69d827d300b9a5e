import { Directive, Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireViewer } from "@careergraph/auth";
import { PrivateData } from "@careergraph/schema";
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
    const progress = await context.services.practice.record(
      viewer.id,
      input,
      context.loaders.publishedQuestion,
    );
    // the payload's question { myProgress } is this progress: no statement to read it back
    const key = { userId: viewer.id, questionId: progress.questionId };
    context.loaders.questionProgress.clear(key).prime(key, { ...progress, userId: viewer.id });
    return { question: { id: progress.questionId }, progress };
  }

  @PrivateData()
  @Directive("@listSize(assumedSize: 50)")
  @FieldResolver(() => [Note], { description: "The caller's notes on the question, newest first." })
  notes(
    @Root() progress: QuestionProgress,
    @Ctx() { viewer, loaders }: ProgressContext,
  ): Promise<Note[]> | Note[] {
    return viewer ? loaders.notesOfQuestion.load({ userId: viewer.id, questionId: progress.questionId }) : [];
  }
}
