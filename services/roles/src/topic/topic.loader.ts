import { rowsInKeyOrder } from "@careergraph/db";
import { readThrough } from "@careergraph/cache";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../catalog/cache-keys";
import type { Topic } from "./topic.entity";
import { isSlug } from "@careergraph/federation";

async function fetchTopicsBySlug({ db }: SubgraphDeps, slugs: readonly string[]): Promise<(Topic | null)[]> {
  const rows: Topic[] = await db.dataSource.query(
    `SELECT slug, name FROM roles.topic WHERE slug = ANY($1::text[])`,
    [slugs],
  );
  return rowsInKeyOrder(
    slugs,
    rows,
    (row) => row.slug,
    () => null,
  );
}

export function createTopicBatches(deps: SubgraphDeps) {
  return {
    topicBySlug: readThrough<string, Topic>({
      cache: deps.cache,
      isPossibleKey: isSlug,
      cacheKeyOf: catalogKeys.topicBySlug,
      fetch: (slugs) => fetchTopicsBySlug(deps, slugs),
      ttlSeconds: deps.config.cache.ttlSeconds,
    }),
  };
}

export type TopicBatches = ReturnType<typeof createTopicBatches>;
