import { Column, Entity, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ContentStatus } from "@careergraph/authoring";

/** A role's related guides as one list that editors set, version and publish as a whole. */
@ObjectType({ description: "A role's related guides, in page order, with the list's status and version." })
@Entity({ name: "related_guide_list", schema: "guides" })
export class RelatedGuideList {
  @Field(() => ID, { description: "The role whose page shows the list." })
  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @Field(() => ContentStatus)
  @Column("text")
  status: ContentStatus;

  @Field(() => Int)
  @Column("integer")
  version: number;

  @Field(() => Date)
  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  /** Read model only: the related roles' ids in page order. */
  relatedRoleIds: string[];
}
