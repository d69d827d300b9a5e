import { invalidateContent } from "@careergraph/cache";
import { builtClusterImage } from "@careergraph/db";
import { guideKeys } from "./cache-keys";
import { AuditEntry, startContentJobs } from "@careergraph/authoring";
import { contentChangesRoute, type SubgraphDefinition } from "@careergraph/service";
import { CareerGuide } from "./career/career-guide.entity";
import { createBatches, createContext, createServices, type GuidesContext } from "./context";
import { InterviewGuide } from "./guide/interview-guide.entity";
import { LearningPathRole } from "./learning-path/learning-path-role.entity";
import { LearningPath } from "./learning-path/learning-path.entity";
import { CreateGuides1767225600000 } from "./migrations/1767225600000-create-guides";
import { GuidesAuthoring1767484800000 } from "./migrations/1767484800000-guides-authoring";
import { CreateContentOutbox1767571200000 } from "./migrations/1767571200000-create-content-outbox";
import { ContentChangeRetention1796083200000 } from "./migrations/1796083200000-content-change-retention";
import { OutboxRoleIds1796169600000 } from "./migrations/1796169600000-outbox-role-ids";
import { createGuidesOutbox } from "./content-changes";
import { RelatedGuideList } from "./related/related-guide-list.entity";
import { RelatedGuideLink } from "./related/related-guide.entity";
import { buildGuidesSchema } from "./schema";
import { isGuidesEmpty, seedGuides } from "./seed/seed-guides";

/** Written by the build into dist/ (`build-prepared-cluster.ts`); tests from sources start from it too. */
const PREPARED_CLUSTER = builtClusterImage(__dirname, "prepared-cluster");

/** The guides subgraph: the content around a role (interview page, related guides, career guide, paths). */
export const guidesSubgraph: SubgraphDefinition<GuidesContext> = {
  name: "guides",
  dbSchema: "guides",
  entities: [
    InterviewGuide,
    CareerGuide,
    RelatedGuideList,
    RelatedGuideLink,
    LearningPath,
    LearningPathRole,
    AuditEntry,
  ],
  migrations: [
    CreateGuides1767225600000,
    GuidesAuthoring1767484800000,
    CreateContentOutbox1767571200000,
    ContentChangeRetention1796083200000,
    OutboxRoleIds1796169600000,
  ],
  async createApi(deps) {
    const { schema, sdl } = await buildGuidesSchema();
    const batches = createBatches(deps);
    const outbox = createGuidesOutbox(deps);
    const services = createServices(deps, outbox);
    return {
      schema,
      sdl,
      createContext: (viewer, req) => createContext(batches, services, viewer, req?.requestId),
      // roles tells guides which roles it published or withdrew
      routes: contentChangesRoute(deps, ({ roleIds }) =>
        invalidateContent(deps.cache, roleIds.map(guideKeys.publishedRole)),
      ),
      startJobs: () => startContentJobs(deps, { auditTable: "guides.audit_entry", outbox }),
    };
  },
  seed: (deps) => seedGuides(deps),
  isEmpty: isGuidesEmpty,
  preparedCluster: PREPARED_CLUSTER,
};
