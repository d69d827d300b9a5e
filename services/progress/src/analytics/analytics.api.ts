import { entitiesClientOf } from "@careergraph/internal-calls";
import type { SubgraphDeps } from "@careergraph/service";
import { PracticeEventFeed } from "./feed/practice-event-feed";
import { rollupSource } from "./views/analytics.queries";
import { AnalyticsService } from "./views/analytics.service";
import { fetchRoleBySlug } from "./views/role-directory";

/** Process-wide analytics: figures from the rollups, the event feed, and roles by slug (from roles). */
export function createAnalyticsApi(deps: SubgraphDeps) {
  const { pseudonymSecret } = deps.config.analytics;
  // parseConfig requires it in production; prepareConfig generates one elsewhere.
  if (!pseudonymSecret) throw new Error("progress needs ANALYTICS_PSEUDONYM_SECRET");
  const roles = entitiesClientOf(deps.config, deps.logger, "roles");
  return {
    // aggregates need no writer's view: a read replica serves them when there is one
    service: new AnalyticsService(rollupSource(deps.db.reads)),
    feed: new PracticeEventFeed(deps.db, pseudonymSecret),
    roleBySlug: (slug: string) => fetchRoleBySlug(roles, slug),
  };
}
