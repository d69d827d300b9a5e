import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { ContentStatus } from "../enums";

/** A job role: the catalog's top-level entity, keyed by id and by slug across the supergraph. */
@Directive(`@key(fields: "id")`)
@Directive(`@key(fields: "slug")`)
@ObjectType({ description: "A job role with its interview questions." })
@Entity({ name: "role", schema: "roles" })
export class Role {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column("text", { unique: true })
  slug: string;

  @Field(() => String)
  @Column("text")
  title: string;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  summary: string | null;

  @Field(() => ContentStatus)
  @Column({ type: "enum", enum: ContentStatus, enumName: "content_status" })
  status: ContentStatus;

  @Field(() => Int, { description: "Bumped by every change: optimistic concurrency for editors." })
  @Column("integer")
  version: number;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
