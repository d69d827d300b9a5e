import type { SubgraphDefinition } from "@careergraph/service";
import { isCatalogEmpty, seedCatalog } from "./catalog/seed-catalog";
import { createCatalogBatches, createContext, type RolesContext } from "./context";
import { CreateCatalog1767225600000 } from "./migrations/1767225600000-create-catalog";
import { Question } from "./question/question.entity";
import { Role } from "./role/role.entity";
import { buildRolesSchema } from "./schema";
import { Topic } from "./topic/topic.entity";

/** The roles subgraph: the catalog of roles, questions and topics. */
export const rolesSubgraph: SubgraphDefinition<RolesContext> = {
  name: "roles",
  dbSchema: "roles",
  entities: [Role, Question, Topic],
  migrations: [CreateCatalog1767225600000],
  async createApi(deps) {
    const { schema, sdl } = await buildRolesSchema();
    const batches = createCatalogBatches(deps);
    return { schema, sdl, createContext: (viewer) => createContext(deps, batches, viewer) };
  },
  seed: (deps) => seedCatalog(deps),
  isEmpty: isCatalogEmpty,
};
