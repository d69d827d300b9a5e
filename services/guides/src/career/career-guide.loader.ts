import { readThrough } from "@careergraph/cache";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { fetchByRoleIds } from "../guide/guide.loader";
import type { CareerGuide } from "./career-guide.entity";
import { isUuid } from "@careergraph/federation";

const CAREER_GUIDE_SQL = `SELECT role_id AS "roleId", slug, title, summary, sections, version, updated_at AS "updatedAt"
  FROM guides.career_guide WHERE role_id = ANY($1::uuid[])`;

export function createCareerGuideBatches(deps: SubgraphDeps) {
  return {
    careerGuideOfRole: readThrough<string, CareerGuide>({
      cache: deps.cache,
      isPossibleKey: isUuid,
      cacheKeyOf: guideKeys.careerGuideOfRole,
      fetch: (roleIds) => fetchByRoleIds<CareerGuide>(deps, CAREER_GUIDE_SQL, roleIds),
      ttlSeconds: deps.config.cache.ttlSeconds,
    }),
  };
}
