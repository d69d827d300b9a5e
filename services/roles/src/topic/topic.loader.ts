import { oneRowPerKey } from "@careergraph/db";
import { isSlug } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../cache-keys";
import { Topic } from "./topic.entity";

/** Topics by slug. */
export function topicBatches({ db, cache, config }: SubgraphDeps) {
  return {
    topicBySlug: oneRowPerKey<string, Topic>({
      validKey: isSlug,
      select: (slugs) =>
        db.reads.query(`SELECT ${db.columns(Topic, "t")} FROM roles.topic t WHERE t.slug = ANY($1::text[])`, [
          slugs,
        ]),
      keyOf: (topic) => topic.slug,
      cached: { cache, address: catalogKeys.topicBySlug, ttlSeconds: config.cache.ttlSeconds },
    }),
  };
}
