import { Column, Entity, PrimaryColumn } from "typeorm";

/** One link of a role's related guides: the related role and its place in the list. */
@Entity({ name: "related_guide", schema: "guides" })
export class RelatedGuideLink {
  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @PrimaryColumn("uuid", { name: "related_role_id" })
  relatedRoleId: string;

  @Column("integer")
  position: number;
}
