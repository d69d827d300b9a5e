import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description: "A titled paragraph of a guide: a preparation tip, a common mistake, a career-guide section.",
})
export class GuideSection {
  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;
}

@ObjectType()
export class Faq {
  @Field(() => String)
  question: string;

  @Field(() => String)
  answer: string;
}
