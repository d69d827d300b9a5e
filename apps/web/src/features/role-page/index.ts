export { RolePage } from "./role-page";
export type { RolePageProps } from "./role-page";
