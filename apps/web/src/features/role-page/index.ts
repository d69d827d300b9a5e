export { RolePage } from "./role-page";
