import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { requireViewer } from "@careergraph/auth";
import { PrivateData } from "@careergraph/schema";
import type { ProgressContext } from "../context";
import { QuestionReference } from "../question/question-reference";
import { Note } from "./note.entity";
import { AddNoteInput, UpdateNoteInput } from "./note.inputs";

@Resolver(() => Note)
export class NoteResolver {
  @PrivateData()
  @Mutation(() => Note, { description: "Adds a note to a published question." })
  addNote(
    @Arg("input", () => AddNoteInput) input: AddNoteInput,
    @Ctx() context: ProgressContext,
  ): Promise<Note> {
    return context.services.notes.add(requireViewer(context).id, input, context.loaders.publishedQuestion);
  }

  @PrivateData()
  @Mutation(() => Note, { description: "Changes one of the caller's notes." })
  updateNote(
    @Arg("input", () => UpdateNoteInput) input: UpdateNoteInput,
    @Ctx() context: ProgressContext,
  ): Promise<Note> {
    return context.services.notes.update(requireViewer(context).id, input);
  }

  @PrivateData()
  @Mutation(() => Boolean, { description: "Deletes one of the caller's notes." })
  deleteNote(@Arg("id", () => ID) id: string, @Ctx() context: ProgressContext): Promise<boolean> {
    return context.services.notes.delete(requireViewer(context).id, id);
  }

  @FieldResolver(() => QuestionReference, {
    nullable: true,
    description: "The question the note is on; null when that question is archived or gone (the note stays).",
  })
  question(@Root() note: Note): QuestionReference {
    return { id: note.questionId };
  }
}
