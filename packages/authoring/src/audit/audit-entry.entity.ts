import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { connectionType, type Page } from "@careergraph/schema";

// Every subgraph with an editing API serves these types, hence @shareable.
@Directive("@shareable")
@ObjectType({ description: "One field a mutation changed, with its values as JSON text." })
export class FieldChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true, description: "JSON; null when the entity was created." })
  before: string | null;

  @Field(() => String, { nullable: true, description: "JSON." })
  after: string | null;
}

/**
 * One successful mutation: who did what to which entity, and what changed. Each subgraph keeps its
 * own trail in an `audit_entry` table of its database schema (the table name is given to the writer
 * and the page loader; the entity only maps the columns).
 */
@Directive("@shareable")
@ObjectType({ description: "One content edit, for editors." })
@Entity({ name: "audit_entry" })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "The editor's user id (the token's subject)." })
  @Column("text")
  actor: string;

  @Field(() => String, { description: "The mutation, e.g. updateQuestion." })
  @Column("text")
  action: string;

  @Field(() => String, {
    description: "Role, Question, Topic, InterviewGuide, RelatedGuideList, CareerGuide or LearningPath.",
  })
  @Column("text", { name: "entity_type" })
  entityType: string;

  @Field(() => ID)
  @Column("text", { name: "entity_id" })
  entityId: string;

  @Field(() => [FieldChange])
  @Column("jsonb")
  changes: FieldChange[];

  @Field(() => String, { nullable: true })
  @Column("text", { name: "request_id", nullable: true })
  requestId: string | null;

  @Field(() => Date)
  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;
}

export const AuditEntryConnection = connectionType(AuditEntry, "AuditEntry", { shareable: true });
export type AuditEntryConnection = Page<AuditEntry>;
