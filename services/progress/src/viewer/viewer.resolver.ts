import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { requireViewer } from "@careergraph/auth";
import { pageSize, PrivateData } from "@careergraph/federation";
import type { ProgressContext } from "../context";
import { NoteConnection } from "../notes/note-connection";
import { fetchNotePage } from "../notes/note.loader";
import { fetchDueProgress } from "../progress/progress.loader";
import { fetchStreakDays } from "../progress/streak";
import { QuestionRef } from "../question/question-ref";
import { CurrentViewer } from "./viewer.type";

@Resolver(() => CurrentViewer)
export class ViewerResolver {
  @PrivateData()
  @Query(() => CurrentViewer, { nullable: true, description: "The caller; UNAUTHENTICATED without a token." })
  viewer(@Ctx() context: ProgressContext): CurrentViewer {
    return { id: requireViewer(context).id };
  }

  @PrivateData()
  @FieldResolver(() => [QuestionRef], {
    description: "Published questions due for review now, earliest first.",
  })
  async dueForReview(
    @Root() viewer: CurrentViewer,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { api, catalog, loaders }: ProgressContext,
  ): Promise<QuestionRef[]> {
    const due = await fetchDueProgress(api.deps.db, viewer.id, api.now(), pageSize(first));
    // Their progress is known now: myProgress on these questions costs no further statement.
    for (const progress of due) loaders?.questionProgress.prime(progress.questionId, progress);
    // A question unpublished since it was practised would be a null entity at the gateway: leave it out.
    const published = await catalog.loadMany(due.map((progress) => progress.questionId));
    return published.flatMap((question) => {
      if (question instanceof Error) throw question;
      return question ? [{ id: question.id }] : [];
    });
  }

  @PrivateData()
  @FieldResolver(() => NoteConnection, { description: "The caller's notes, newest first." })
  notes(
    @Root() viewer: CurrentViewer,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { api }: ProgressContext,
  ): Promise<NoteConnection> {
    return fetchNotePage(api.deps.db, viewer.id, pageSize(first), after);
  }

  @PrivateData()
  @FieldResolver(() => Int, {
    description: "Consecutive UTC days with a practice, ending today or yesterday.",
  })
  streakDays(@Root() viewer: CurrentViewer, @Ctx() { api }: ProgressContext): Promise<number> {
    return fetchStreakDays(api.deps.db, viewer.id, api.now());
  }
}
