import { builtClusterImage } from "@careergraph/db";
import { contentChangesRoute, schedulePurges, type SubgraphDefinition } from "@careergraph/service";
import { forgetCatalogQuestions } from "./catalog/published-question.loader";
import type { Clock } from "./clock";
import { createBatches, createContext, createServices, type ProgressContext } from "./context";
import { CreateProgress1767225600000 } from "./migrations/1767225600000-create-progress";
import { PracticeRequestRetention1767312000000 } from "./migrations/1767312000000-practice-request-retention";
import { CreateAnalytics1795824000000 } from "./migrations/1795824000000-create-analytics";
import { WeeklyAnalytics1795910400000 } from "./migrations/1795910400000-weekly-analytics";
import { AnalyticsCells1796083200000 } from "./migrations/1796083200000-analytics-cells";
import { WriteRate1796169600000 } from "./migrations/1796169600000-write-rate";
import { PracticeRuns1796256000000 } from "./migrations/1796256000000-practice-runs";
import { PracticeEventRetention1796342400000 } from "./migrations/1796342400000-practice-event-retention";
import { PracticeRun } from "./progress/practice-run.entity";
import { ANALYTICS_ENTITIES } from "./analytics";
import { WriteRate } from "./write-rate/write-rate.entity";
import { Note } from "./notes/note.entity";
import { PracticeEvent } from "./progress/practice-event.entity";
import { PracticeRequest } from "./progress/practice-request.entity";
import { progressPurges } from "./progress/purges";
import { QuestionProgressRecord } from "./progress/question-progress.entity";
import { buildProgressSchema } from "./schema";

export interface ProgressOptions {
  /** The clock practices are scheduled and due reviews are judged by; default the system clock. */
  now?: Clock;
}

/** Written by the build into dist/ (`build-prepared-cluster.ts`); tests from sources start from it too. */
const PREPARED_CLUSTER = builtClusterImage(__dirname, "prepared-cluster");

/** The progress subgraph with its own clock (tests); `progressSubgraph` is the one that runs. */
export function createProgressSubgraph(options: ProgressOptions = {}): SubgraphDefinition<ProgressContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: "progress",
    dbSchema: "progress",
    entities: [
      QuestionProgressRecord,
      PracticeEvent,
      PracticeRequest,
      Note,
      PracticeRun,
      WriteRate,
      ...ANALYTICS_ENTITIES,
    ],
    migrations: [
      CreateProgress1767225600000,
      PracticeRequestRetention1767312000000,
      CreateAnalytics1795824000000,
      WeeklyAnalytics1795910400000,
      AnalyticsCells1796083200000,
      WriteRate1796169600000,
      PracticeRuns1796256000000,
      PracticeEventRetention1796342400000,
    ],
    async createApi(deps) {
      const { schema, sdl } = await buildProgressSchema();
      const batches = createBatches(deps, now);
      const services = createServices(deps, now);
      return {
        schema,
        sdl,
        createContext: (viewer, req) => createContext(batches, services, viewer, req?.requestId),
        routes: contentChangesRoute(deps, ({ questionIds }) =>
          forgetCatalogQuestions(deps.cache, questionIds),
        ),
        startJobs: () =>
          schedulePurges(deps.logger, deps.config.operations.purgeIntervalMinutes, progressPurges(deps, now)),
      };
    },
    preparedCluster: PREPARED_CLUSTER,
  };
}

/** The progress subgraph: each learner's practice progress, schedule and notes. */
export const progressSubgraph: SubgraphDefinition<ProgressContext> = createProgressSubgraph();
