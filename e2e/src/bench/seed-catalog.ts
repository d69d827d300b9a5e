import { createTokenVerifier } from "@careergraph/auth";
import { createMemoryCache } from "@careergraph/cache";
import { parseConfig } from "@careergraph/config";
import { learningPaths } from "@careergraph/content";
import { openDatabase } from "@careergraph/db";
import { guidesSubgraph, seedGuides } from "@careergraph/guides";
import { createLogger } from "@careergraph/logger";
import { loadSyntheticPractice, progressSubgraph } from "@careergraph/progress";
import { rolesSubgraph, seedCatalog } from "@careergraph/roles";
import type { SubgraphDefinition, SubgraphDeps } from "@careergraph/service";
import { progressBar, syntheticPacks } from "./synthetic-catalog";

/** The learners of the synthetic practice; the signed-in cases sign in as the first of them. */
const LEARNERS = 10_000;
const PRACTICE_SEED = 1;
export const learnerId = (n: number) => `synthetic-${PRACTICE_SEED}-${n}`;

const CHUNK = 10;

/** A subgraph's database (migrated) with no cache: the servers start after this, on empty caches. */
async function openDeps(
  definition: SubgraphDefinition<object>,
  env: Record<string, string | undefined>,
): Promise<SubgraphDeps> {
  const parsed = parseConfig({ ...env, LOG_LEVEL: "error" }, definition.name);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const config = parsed.config;
  const logger = createLogger(definition.name, "error");
  const db = await openDatabase({
    ...config.database,
    schema: definition.dbSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    migrate: true,
  });
  return { config, logger, db, cache: createMemoryCache(0), verifyToken: createTokenVerifier(config.auth) };
}

/**
 * Loads the synthetic catalog into the databases `env` names (DATABASE_URL, or the embedded ones
 * under DATA_DIR): 200 roles with their questions and guides, then `events` practices of 10,000
 * learners. Reproducible: the same sizes and seed give the same rows.
 */
export async function seedSyntheticCatalog(
  env: Record<string, string | undefined>,
  events: number,
): Promise<void> {
  const packs = syntheticPacks();
  const roles = await openDeps(rolesSubgraph, env);
  const bar = progressBar("roles and questions", packs.length);
  for (let i = 0; i < packs.length; i += CHUNK) {
    await seedCatalog(roles, packs.slice(i, i + CHUNK));
    bar.tick(Math.min(CHUNK, packs.length - i));
  }
  bar.stop();
  await roles.db.close();
  const guides = await openDeps(guidesSubgraph, env);
  const guideBar = progressBar("guides", packs.length);
  for (let i = 0; i < packs.length; i += CHUNK) {
    await seedGuides(guides, packs.slice(i, i + CHUNK), learningPaths);
    guideBar.tick(Math.min(CHUNK, packs.length - i));
  }
  guideBar.stop();
  await guides.db.close();
  const progress = await openDeps(progressSubgraph, env);
  await loadSyntheticPractice(progress.db, {
    learners: LEARNERS,
    events,
    seed: PRACTICE_SEED,
    endDate: new Date("2026-11-01T00:00:00.000Z"),
    progressBar: true,
  });
  await progress.db.close();
}
