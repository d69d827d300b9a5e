import type { Viewer } from "@careergraph/auth";
import { auditPageBatches } from "@careergraph/authoring";
import { createLoaders, type Loaders } from "@careergraph/db";
import type { ContentOutbox, SubgraphDeps } from "@careergraph/service";
import { AUDIT_TABLE } from "./audit/audit-table";
import { GuideAuthoringService } from "./authoring/guide-authoring.service";
import { careerGuideBatches } from "./career/career-guide.loader";
import { guideBatches } from "./guide/guide.loader";
import { learningPathBatches } from "./learning-path/learning-path.loader";
import { relatedGuideBatches } from "./related/related-guide.loader";
import { publishedRoleBatches } from "./role/published-role.loader";

/** Process-wide batch functions (they hold the cache and the fetches in flight). */
export function createBatches(deps: SubgraphDeps) {
  return {
    ...guideBatches(deps),
    ...careerGuideBatches(deps),
    ...relatedGuideBatches(deps),
    ...learningPathBatches(deps),
    ...publishedRoleBatches(deps),
    ...auditPageBatches(deps.db, AUDIT_TABLE),
  };
}

export type GuidesBatches = ReturnType<typeof createBatches>;

/** Writes and rules, process-wide. */
export function createServices(deps: SubgraphDeps, outbox: ContentOutbox) {
  return { guides: new GuideAuthoringService(deps, outbox) };
}

export type GuidesServices = ReturnType<typeof createServices>;

/** What every resolver of the guides subgraph gets: reads through `loaders`, writes through `services`. */
export interface GuidesContext {
  viewer: Viewer | null;
  /** This request's id, for the audit trail and the logs. */
  requestId?: string;
  loaders: Loaders<GuidesBatches>;
  services: GuidesServices;
}

export function createContext(
  batches: GuidesBatches,
  services: GuidesServices,
  viewer: Viewer | null,
  requestId?: string,
): GuidesContext {
  return { viewer, requestId, loaders: createLoaders(batches), services };
}
