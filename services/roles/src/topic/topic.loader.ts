import { readThrough } from "@careergraph/cache";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../catalog/cache-keys";
import type { Topic } from "./topic.entity";

async function fetchTopicsBySlug({ db }: SubgraphDeps, slugs: readonly string[]): Promise<(Topic | null)[]> {
  const rows: Topic[] = await db.dataSource.query(
    `SELECT slug, name FROM roles.topic WHERE slug = ANY($1::text[])`,
    [slugs],
  );
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.map((slug) => bySlug.get(slug) ?? null);
}

export function createTopicBatches(deps: SubgraphDeps) {
  return {
    topicBySlug: readThrough<string, Topic>({
      cache: deps.cache,
      cacheKeyOf: catalogKeys.topicBySlug,
      fetch: (slugs) => fetchTopicsBySlug(deps, slugs),
      ttlSeconds: deps.config.cache.ttlSeconds,
    }),
  };
}

export type TopicBatches = ReturnType<typeof createTopicBatches>;
