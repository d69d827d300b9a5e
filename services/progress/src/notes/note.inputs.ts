import { Field, ID, InputType } from "type-graphql";

@InputType()
export class AddNoteInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => String, { description: "1 to 10,000 characters." })
  body: string;

  @Field(() => String, { nullable: true, description: "Up to 1,000 characters." })
  highlight?: string | null;
}

@InputType({ description: "Omitted fields keep their value; a null highlight removes it." })
export class UpdateNoteInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  highlight?: string | null;
}
