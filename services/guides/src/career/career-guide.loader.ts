import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { rowOfRole } from "../guide/guide.loader";
import { CareerGuide } from "./career-guide.entity";

/** Each role's career guide. */
export function careerGuideBatches(deps: SubgraphDeps) {
  return { careerGuideOfRole: rowOfRole(deps, CareerGuide, guideKeys.careerGuideOfRole) };
}
