import type { SubgraphDefinition } from "@careergraph/service";
import { CareerGuide } from "./career/career-guide.entity";
import { createContext, createGuideContentBatches, type GuidesContext } from "./context";
import { InterviewGuide } from "./guide/interview-guide.entity";
import { LearningPath } from "./learning-path/learning-path.entity";
import { CreateGuides1767225600000 } from "./migrations/1767225600000-create-guides";
import { isGuidesEmpty, seedGuides } from "./pack/seed-guides";
import { buildGuidesSchema } from "./schema";

/** The guides subgraph: the content around a role (interview page, related guides, career guide, paths). */
export const guidesSubgraph: SubgraphDefinition<GuidesContext> = {
  name: "guides",
  dbSchema: "guides",
  entities: [InterviewGuide, CareerGuide, LearningPath],
  migrations: [CreateGuides1767225600000],
  async createApi(deps) {
    const { schema, sdl } = await buildGuidesSchema();
    const batches = createGuideContentBatches(deps);
    return { schema, sdl, createContext: (viewer) => createContext(batches, viewer) };
  },
  seed: (deps) => seedGuides(deps),
  isEmpty: isGuidesEmpty,
};
