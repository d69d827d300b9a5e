import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { QuestionReference } from "../question/question-reference";
import { PracticeRating } from "./enums";
import { QuestionProgress } from "./question-progress";

/** The most events one syncPractice call takes; a longer queue is sent in several calls. */
export const MAX_SYNC_EVENTS = 100;

export enum SyncOutcome {
  APPLIED = "APPLIED",
  REWOUND = "REWOUND",
  DUPLICATE = "DUPLICATE",
  CONFLICT = "CONFLICT",
  NOT_FOUND = "NOT_FOUND",
}

registerEnumType(SyncOutcome, {
  name: "SyncOutcome",
  description: "What syncPractice did with one event.",
  valuesConfig: {
    APPLIED: { description: "Scheduled at its own time, after the card's last review." },
    REWOUND: {
      description:
        "Older than (or as old as) the card's last review: put in its place in the history, and the card scheduled again from the whole history in time order.",
    },
    DUPLICATE: {
      description: "Its idempotency key was seen before (a retry): the first result, nothing changed.",
    },
    CONFLICT: { description: "Its idempotency key was used for another practice: nothing changed." },
    NOT_FOUND: { description: "Its question is not (or no longer) published: nothing changed." },
  },
});

@InputType({ description: "One practice recorded on a device, perhaps offline." })
export class PracticeEventInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => PracticeRating)
  rating: PracticeRating;

  @Field(() => Date, {
    description:
      "When the learner practised, by the device's clock. The practice is scheduled at this time (a time after the server's now counts as now).",
  })
  clientTime: Date;

  @Field(() => String, {
    description:
      "1 to 200 characters, chosen by the device per practice and kept until the event is synced: the same keys as recordPractice's.",
  })
  idempotencyKey: string;
}

@InputType()
export class SyncPracticeInput {
  @Field(() => [PracticeEventInput], { description: `At most ${MAX_SYNC_EVENTS} events, in any order.` })
  events: PracticeEventInput[];
}

@ObjectType({ description: "What became of one synced event." })
export class SyncPracticeResult {
  @Field(() => String)
  idempotencyKey: string;

  @Field(() => SyncOutcome)
  outcome: SyncOutcome;

  @Field(() => QuestionReference)
  question: QuestionReference;

  @Field(() => QuestionProgress, {
    nullable: true,
    description:
      "The question's progress after this event (DUPLICATE: the first result; null for CONFLICT and NOT_FOUND).",
  })
  progress: QuestionProgress | null;

  @Field(() => String, { nullable: true, description: "Why nothing changed, for CONFLICT and NOT_FOUND." })
  message: string | null;
}

@ObjectType()
export class SyncPracticePayload {
  // each result costs what one recordPractice costs
  @Directive("@cost(weight: 10)")
  @Directive(`@listSize(assumedSize: ${MAX_SYNC_EVENTS})`)
  @Field(() => [SyncPracticeResult], {
    description: "One result per event, in the order the events were applied (their client time).",
  })
  results: SyncPracticeResult[];
}
