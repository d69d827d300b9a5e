import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { rowOfRole } from "../guide/guide.loader";
import { CareerGuide } from "./career-guide.entity";

/** Each role's career guide: published (readers') or in any status (editors'). */
export function careerGuideBatches(deps: SubgraphDeps) {
  return {
    careerGuideOfRole: rowOfRole(deps, CareerGuide, guideKeys.careerGuideOfRole),
    careerGuideOfRoleForEditors: rowOfRole(deps, CareerGuide, null),
  };
}
