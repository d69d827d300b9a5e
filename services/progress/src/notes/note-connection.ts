import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@careergraph/federation";
import { Note } from "./note.entity";

@ObjectType()
export class NoteEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Note)
  node: Note;
}

@ObjectType()
export class NoteConnection {
  @Field(() => [NoteEdge])
  edges: NoteEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
