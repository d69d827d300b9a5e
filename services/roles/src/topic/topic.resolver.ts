import { Arg, Authorized, Ctx, Field, InputType, Mutation, Resolver } from "type-graphql";
import { editorOf, RequiresEditor } from "@careergraph/authoring";
import type { RolesContext } from "../context";
import { Topic } from "./topic.entity";

@InputType()
export class CreateTopicInput {
  @Field(() => String, { description: "Lowercase words joined by hyphens; unique." })
  slug: string;

  @Field(() => String, { description: "1 to 100 characters." })
  name: string;
}

@Resolver(() => Topic)
export class TopicResolver {
  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => Topic)
  createTopic(
    @Arg("input", () => CreateTopicInput) input: CreateTopicInput,
    @Ctx() context: RolesContext,
  ): Promise<Topic> {
    return context.services.topics.create(input, editorOf(context));
  }
}
