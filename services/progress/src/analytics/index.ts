/**
 * Analytics, a module of progress: aggregate views of the practice log for analysts, and the
 * pseudonymous event feed for exports. What the rest of progress uses of it is here:
 *
 * - `ANALYTICS_ENTITIES`: its tables (tables/), registered with the subgraph;
 * - `addPracticeToRollups`: called in each practice's transaction (rollups/);
 * - `createAnalyticsApi` and `AnalyticsResolver`: the queries (views/), the feed (feed/);
 * - `loadSyntheticPractice`: the synthetic data set (synthetic/), for `npm run seed:synthetic`.
 *
 * Privacy (privacy/privacy.ts): every practice figure is a sum of published cells.
 */
export { ANALYTICS_ENTITIES } from "./tables/tables";
export { addPracticeToRollups } from "./rollups/rollup";
export { createAnalyticsApi } from "./analytics.api";
export { AnalyticsResolver } from "./views/analytics.resolver";
export { loadSyntheticPractice } from "./synthetic/synthetic";
