import { builtClusterImage } from "@careergraph/db";
import type { SubgraphDefinition } from "@careergraph/service";
import { createBatches, createContext, createServices, type RolesContext } from "./context";
import { CreateCatalog1767225600000 } from "./migrations/1767225600000-create-catalog";
import { RoleSlugBytewiseOrder1767312000000 } from "./migrations/1767312000000-role-slug-bytewise-order";
import { CreateAuditLog1767398400000 } from "./migrations/1767398400000-create-audit-log";
import { CreateContentOutbox1767484800000 } from "./migrations/1767484800000-create-content-outbox";
import { ContentChangeRetention1796083200000 } from "./migrations/1796083200000-content-change-retention";
import { OutboxRoleIds1796169600000 } from "./migrations/1796169600000-outbox-role-ids";
import { createCatalogOutbox } from "./content-changes";
import { AuditEntry, startContentJobs } from "@careergraph/authoring";
import { Question } from "./question/question.entity";
import { Role } from "./role/role.entity";
import { buildRolesSchema } from "./schema";
import { isCatalogEmpty, seedCatalog } from "./seed/seed-catalog";
import { Topic } from "./topic/topic.entity";

/** Written by the build into dist/ (`build-prepared-cluster.ts`); tests from sources start from it too. */
const PREPARED_CLUSTER = builtClusterImage(__dirname, "prepared-cluster");

/** The roles subgraph: the catalog of roles, questions and topics. */
export const rolesSubgraph: SubgraphDefinition<RolesContext> = {
  name: "roles",
  dbSchema: "roles",
  entities: [Role, Question, Topic, AuditEntry],
  migrations: [
    CreateCatalog1767225600000,
    RoleSlugBytewiseOrder1767312000000,
    CreateAuditLog1767398400000,
    CreateContentOutbox1767484800000,
    ContentChangeRetention1796083200000,
    OutboxRoleIds1796169600000,
  ],
  async createApi(deps) {
    const { schema, sdl } = await buildRolesSchema();
    const batches = createBatches(deps);
    const outbox = createCatalogOutbox(deps);
    const services = createServices(deps, outbox);
    return {
      schema,
      sdl,
      createContext: (viewer, req) => createContext(batches, services, viewer, req?.requestId),
      startJobs: () => startContentJobs(deps, { auditTable: "roles.audit_entry", outbox }),
    };
  },
  seed: (deps) => seedCatalog(deps),
  isEmpty: isCatalogEmpty,
  preparedCluster: PREPARED_CLUSTER,
};
