export { RoleGuidesPage } from "./role-guides-page";
export { LearningPathsPage } from "./learning-paths-page";
export { LearningPathPage } from "./learning-path-page";
