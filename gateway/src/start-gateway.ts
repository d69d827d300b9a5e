import type { Server } from "node:http";
import { openCache, redisTarget, type Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import { listenWithAdmin, startDraining } from "@careergraph/edge";
import type { Logger } from "@careergraph/logger";
import { manifestPath, readManifestFile, toManifest } from "./persisted-queries";
import { clientOperations } from "./client-operations";
import { cachesResponsesInMemory } from "./content-changes-endpoint";
import { createGatewayServer, type GatewayServer } from "./server";
import { waitForSubgraphs } from "./subgraph-readiness";
import { subgraphUrls } from "./subgraphs";
import { readSupergraph, supergraphForGateway } from "./supergraph-file";

export interface RunningGateway {
  url: string;
  port: number;
  /** Where `/metrics` and the detailed readiness listen, when apart from `port` (production). */
  adminPort?: number;
  server: Server;
  gateway: GatewayServer;
  /** The cache of whole anonymous responses: Redis, or in-process (see `cachesResponsesInMemory`). */
  responseCache?: Cache;
  stop(): Promise<void>;
}

/**
 * Builds the gateway (supergraph, query planner, plugins) while it waits until every subgraph has
 * answered its readiness check once (so the first query is answered in full), then listens: the
 * gateway's `/readyz` never says ready before its subgraphs were. The supergraph is static, so
 * building needs no subgraph, and `npm start` does not pay for the build after the subgraphs are up.
 */
export async function startGateway(config: ServiceConfig, logger: Logger): Promise<RunningGateway> {
  const urls = subgraphUrls(config);
  const [subgraphs, built] = await Promise.allSettled([
    waitForSubgraphs(urls, logger, config.operations.subgraphStartupTimeoutMs),
    buildGateway(config, logger, urls),
  ]);
  if (subgraphs.status === "rejected") {
    if (built.status === "fulfilled") await stopBuilt(built.value);
    throw subgraphs.reason;
  }
  if (built.status === "rejected") throw built.reason;
  const { gateway, responseCache } = built.value;
  const listening = await listenWithAdmin(gateway.app, config);
  const { server, port } = listening;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url, adminPort: listening.adminPort }, `careergraph gateway ready at ${url}`);
  return {
    url,
    port,
    adminPort: listening.adminPort,
    server,
    gateway,
    responseCache,
    async stop() {
      startDraining(gateway.app);
      await listening.close(config.operations.shutdownDrainTimeoutMs);
      await stopBuilt(built.value);
    },
  };
}

interface BuiltGateway {
  gateway: GatewayServer;
  responseCache?: Cache;
}

async function buildGateway(
  config: ServiceConfig,
  logger: Logger,
  urls: ReturnType<typeof subgraphUrls>,
): Promise<BuiltGateway> {
  // Whole responses are cached in a shared Redis, where every content write bumps the generation, or
  // in this process's memory when the content subgraphs tell it of every change (see GATEWAY_URL).
  const responseCache =
    (redisTarget(config.cache) && !config.cache.disabled) || cachesResponsesInMemory(config)
      ? await openCache({ ...config.cache, logger })
      : undefined;
  try {
    const gateway = await createGatewayServer({
      config,
      logger,
      supergraphSdl: supergraphForGateway(readSupergraph()),
      subgraphUrls: urls,
      responseCache,
      persistedQueryManifest:
        config.persistedQueries === "off"
          ? undefined
          : toManifest([...clientOperations(), ...readManifestFile(manifestPath(config))]),
    });
    return { gateway, responseCache };
  } catch (error) {
    await responseCache?.close();
    throw error;
  }
}

async function stopBuilt({ gateway, responseCache }: BuiltGateway): Promise<void> {
  await gateway.stop();
  await responseCache?.close();
}
