import { randomBytes } from "node:crypto";
import { parseConfig, type ServiceConfig, type ServiceName } from "@careergraph/config";
import { createLogger, type Logger } from "@careergraph/logger";
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from "@careergraph/service";
import { createTestDatabase } from "./test-database";

/** One random signing secret per test process: no secret is committed, and every server of a stack shares it. */
const TEST_JWT_SECRET = randomBytes(24).toString("base64url");
/** A fixed pseudonym key, so a test can compute the pseudonyms the feed must give. */
export const TEST_PSEUDONYM_SECRET = "the-pseudonym-key-of-tests";

/** Test configuration: silent, on a port the system picks, with this process's secret, `env` on top. */
export function testConfig(
  service: ServiceName,
  env: Record<string, string | undefined> = {},
): ServiceConfig {
  const parsed = parseConfig(
    {
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "silent",
      NODE_ENV: "test",
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      ANALYTICS_PSEUDONYM_SECRET: TEST_PSEUDONYM_SECRET,
      ...env,
    },
    service,
  );
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.config;
}

/**
 * Starts one subgraph for a test file: on an in-memory embedded database, or on a fresh database of
 * the `DATABASE_URL` server (loaded with the content pack like the embedded one); stopping it drops
 * that database.
 */
export async function startTestSubgraph<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  env: Record<string, string | undefined> = {},
  logger: Logger = createLogger("test", "silent"),
): Promise<RunningSubgraph> {
  const database = await createTestDatabase(`careergraph_${definition.name}_test`);
  try {
    const running = await startSubgraph(
      definition,
      testConfig(definition.name, { ...env, DATABASE_URL: database.url }),
      {
        dataDir: null,
        logger,
      },
    );
    if (database.url) await definition.seed?.(running.deps);
    return {
      ...running,
      async stop() {
        await running.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
