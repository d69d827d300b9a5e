export { RolesPage } from "./roles-page";
export { NewRolePage } from "./new-role-page";
export { RoleEditorPage } from "./role-editor-page";
export type { EditedRole } from "./role-editor-page";
