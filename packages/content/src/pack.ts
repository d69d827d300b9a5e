import type { RolePack } from "./types";
import { backendDeveloper } from "./roles/backend-developer";
import { softwareEngineer } from "./roles/software-engineer";
import { fullStackDeveloper } from "./roles/full-stack-developer";
import { devopsEngineer } from "./roles/devops-engineer";
import { dataEngineer } from "./roles/data-engineer";

export { topics } from "./topics";
export { learningPaths } from "./learning-paths";

export const rolePacks: RolePack[] = [
  backendDeveloper,
  softwareEngineer,
  fullStackDeveloper,
  devopsEngineer,
  dataEngineer,
];
