import { connectionType, type Page } from "@careergraph/schema";
import { Role } from "./role.entity";

export const RoleConnection = connectionType(Role, "Role");
export type RoleConnection = Page<Role>;
