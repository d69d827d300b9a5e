import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import { requireViewer } from "@careergraph/auth";
import { PrivateData } from "@careergraph/schema";
import type { ProgressContext } from "../context";
import { SyncPracticeInput, SyncPracticePayload } from "./sync-practice";

@Resolver(() => SyncPracticePayload)
export class PracticeSyncResolver {
  @PrivateData()
  @Directive("@cost(weight: 10)")
  @Mutation(() => SyncPracticePayload, {
    description:
      "Sends practices recorded on a device (offline, or on several devices) in one batch: applied in client-time order, each scheduled at its own time, idempotent per idempotencyKey, with one result per event.",
  })
  async syncPractice(
    @Arg("input", () => SyncPracticeInput) input: SyncPracticeInput,
    @Ctx() context: ProgressContext,
  ): Promise<SyncPracticePayload> {
    const viewer = requireViewer(context);
    const results = await context.services.practiceSync.sync(
      viewer.id,
      input.events,
      context.loaders.publishedQuestion,
    );
    // each question's myProgress in the payload is its last result here: no statement to read it back
    for (const { progress } of results) {
      if (!progress) continue;
      const key = { userId: viewer.id, questionId: progress.questionId };
      context.loaders.questionProgress.clear(key).prime(key, { ...progress, userId: viewer.id });
    }
    return { results };
  }
}
