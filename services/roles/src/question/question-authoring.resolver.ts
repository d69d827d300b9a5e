import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { editorOf, RequiresEditor } from "@careergraph/authoring";
import type { RolesContext } from "../context";
import { ContentStatus } from "../enums";
import { ChangeStatusInput } from "../role/role.inputs";
import {
  CreateQuestionInput,
  MoveQuestionInput,
  QuestionPayload,
  UpdateQuestionInput,
} from "./question.inputs";

/** Editors' writes to questions. Each returns the question as it is after the change. */
@Resolver()
export class QuestionAuthoringResolver {
  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => QuestionPayload, {
    description: "A new question, as a draft, at its place in the role's order.",
  })
  async createQuestion(
    @Arg("input", () => CreateQuestionInput) input: CreateQuestionInput,
    @Ctx() context: RolesContext,
  ): Promise<QuestionPayload> {
    const question = await context.services.questions.create(
      { ...input, topics: input.topicSlugs },
      editorOf(context),
    );
    return { question };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => QuestionPayload)
  async updateQuestion(
    @Arg("input", () => UpdateQuestionInput) input: UpdateQuestionInput,
    @Ctx() context: RolesContext,
  ): Promise<QuestionPayload> {
    const question = await context.services.questions.update(
      { ...input, topics: input.topicSlugs },
      editorOf(context),
    );
    return { question };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => QuestionPayload)
  async moveQuestion(
    @Arg("input", () => MoveQuestionInput) input: MoveQuestionInput,
    @Ctx() context: RolesContext,
  ): Promise<QuestionPayload> {
    return { question: await context.services.questions.move(input, editorOf(context)) };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => QuestionPayload)
  publishQuestion(
    @Arg("input", () => ChangeStatusInput) input: ChangeStatusInput,
    @Ctx() context: RolesContext,
  ): Promise<QuestionPayload> {
    return changeStatus(context, input, ContentStatus.PUBLISHED, "publishQuestion");
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => QuestionPayload)
  archiveQuestion(
    @Arg("input", () => ChangeStatusInput) input: ChangeStatusInput,
    @Ctx() context: RolesContext,
  ): Promise<QuestionPayload> {
    return changeStatus(context, input, ContentStatus.ARCHIVED, "archiveQuestion");
  }
}

async function changeStatus(
  context: RolesContext,
  input: ChangeStatusInput,
  status: ContentStatus,
  action: string,
): Promise<QuestionPayload> {
  return {
    question: await context.services.questions.changeStatus(input, status, editorOf(context), action),
  };
}
