import type { Viewer } from "@careergraph/auth";
import { createLoaders, type Loaders } from "@careergraph/db";
import type { ContentOutbox, SubgraphDeps } from "@careergraph/service";
import { auditPageBatches } from "@careergraph/authoring";
import { AUDIT_TABLE } from "./audit/audit-table";
import { createCatalogOutbox } from "./content-changes";
import { questionBatches } from "./question/question.loader";
import { searchBatches } from "./question/question.search";
import { QuestionService } from "./question/question.service";
import { roleBatches } from "./role/role.loader";
import { RoleService } from "./role/role.service";
import { topicBatches } from "./topic/topic.loader";
import { TopicService } from "./topic/topic.service";

/** Process-wide batch functions of the catalog (they hold the cache and the fetches in flight). */
export function createBatches(deps: SubgraphDeps) {
  return {
    ...roleBatches(deps),
    ...questionBatches(deps),
    ...searchBatches(deps),
    ...topicBatches(deps),
    ...auditPageBatches(deps.db, AUDIT_TABLE),
  };
}

export type RolesBatches = ReturnType<typeof createBatches>;

/** Writes and rules, process-wide. */
export function createServices(deps: SubgraphDeps, outbox: ContentOutbox) {
  return {
    roles: new RoleService(deps, outbox),
    questions: new QuestionService(deps, outbox),
    topics: new TopicService(deps, outbox),
  };
}

export type RolesServices = ReturnType<typeof createServices>;

/** The catalog's services with an outbox of their own: for the platform's own writes (tests, tools). */
export function catalogServices(deps: SubgraphDeps): RolesServices {
  return createServices(deps, createCatalogOutbox(deps));
}

/** What every resolver of the roles subgraph gets: reads through `loaders`, writes through `services`. */
export interface RolesContext {
  viewer: Viewer | null;
  /** This request's id, for the audit trail and the logs. */
  requestId?: string;
  loaders: Loaders<RolesBatches>;
  services: RolesServices;
}

export function createContext(
  batches: RolesBatches,
  services: RolesServices,
  viewer: Viewer | null,
  requestId?: string,
): RolesContext {
  return { viewer, requestId, loaders: createLoaders(batches), services };
}
