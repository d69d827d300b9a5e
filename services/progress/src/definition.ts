import type { SubgraphDefinition } from "@careergraph/service";
import { createContext, createProgressApi, type Clock, type ProgressContext } from "./context";
import { CreateProgress1767225600000 } from "./migrations/1767225600000-create-progress";
import { CreateAnalytics1795824000000 } from "./migrations/1795824000000-create-analytics";
import { Note } from "./notes/note.entity";
import { PracticeEvent } from "./progress/practice-event.entity";
import { PracticeRequest } from "./progress/practice-request.entity";
import { QuestionProgressRecord } from "./progress/question-progress.entity";
import { buildProgressSchema } from "./schema";

export interface ProgressOptions {
  /** The clock practices are scheduled and due reviews are judged by; default the system clock. */
  now?: Clock;
}

/** The progress subgraph with its own clock (tests); `progressSubgraph` is the one that runs. */
export function createProgressSubgraph(options: ProgressOptions = {}): SubgraphDefinition<ProgressContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: "progress",
    dbSchema: "progress",
    entities: [QuestionProgressRecord, PracticeEvent, PracticeRequest, Note],
    migrations: [CreateProgress1767225600000, CreateAnalytics1795824000000],
    async createApi(deps) {
      const { schema } = await buildProgressSchema();
      const api = createProgressApi(deps, now);
      return { schema, createContext: (viewer, req) => createContext(api, viewer, req) };
    },
  };
}

/** The progress subgraph: each learner's practice progress, schedule and notes. */
export const progressSubgraph: SubgraphDefinition<ProgressContext> = createProgressSubgraph();
