import { connectionType, type Page } from "@careergraph/federation";
import { Role } from "./role.entity";

export const RoleConnection = connectionType(Role, "Role");
export type RoleConnection = Page<Role>;
