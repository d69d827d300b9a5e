import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "One field a mutation changed, with its values as JSON text." })
export class FieldChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true, description: "JSON; null when the entity was created." })
  before: string | null;

  @Field(() => String, { nullable: true, description: "JSON." })
  after: string | null;
}

/** One successful catalog mutation: who did what to which entity, and what changed. */
@ObjectType({ description: "One catalog edit, for editors." })
@Entity({ name: "audit_entry", schema: "roles" })
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

  @Field(() => String, { description: "Role, Question or Topic." })
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
