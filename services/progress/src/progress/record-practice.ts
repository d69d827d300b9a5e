import { Field, ID, InputType, ObjectType } from "type-graphql";
import { QuestionReference } from "../question/question-reference";
import { PracticeRating } from "./enums";
import { QuestionProgress } from "./question-progress";

@InputType()
export class RecordPracticeInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => PracticeRating)
  rating: PracticeRating;

  @Field(() => String, {
    description:
      "1 to 200 characters, chosen by the client per practice: a retry with the same key returns the first result.",
  })
  idempotencyKey: string;
}

@ObjectType()
export class RecordPracticePayload {
  @Field(() => QuestionReference)
  question: QuestionReference;

  @Field(() => QuestionProgress, { description: "The progress this practice produced." })
  progress: QuestionProgress;
}
