import type { Request, Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { TokenVerifier, Viewer } from "@careergraph/auth";
import type { Cache } from "@careergraph/cache";
import type { ServiceConfig, ServiceName } from "@careergraph/config";
import type { ClusterImage, Database, DatabaseOptions } from "@careergraph/db";
import type { Logger } from "@careergraph/logger";

/** What a running subgraph is made of; handed to its schema, context and seed functions. */
export interface SubgraphDeps {
  config: ServiceConfig;
  logger: Logger;
  db: Database;
  cache: Cache;
  verifyToken: TokenVerifier;
}

export interface SubgraphApi<TContext> {
  schema: GraphQLSchema;
  /** The schema's SDL with its `@cost`/`@listSize` declarations, from which the subgraph's limits are computed. */
  sdl?: string;
  createContext(viewer: Viewer | null, req: Request): TContext;
  /** Internal HTTP routes beside GraphQL (what peers call, never the gateway's clients). */
  routes?: Router;
  /**
   * The subgraph's background work (outbox retries, purges), started once the subgraph is built,
   * before it listens; stopped after it stops serving and before its pools close.
   */
  startJobs?(): { stop(): Promise<void> };
}

/** Everything a subgraph says about itself; `startSubgraph` does the wiring the three share. */
export interface SubgraphDefinition<TContext extends object> {
  name: ServiceName;
  /** Its PostgreSQL schema (the tables it owns). */
  dbSchema: string;
  entities: DatabaseOptions["entities"];
  migrations: DatabaseOptions["migrations"];
  /**
   * Builds the schema and the per-request context factory. Process-wide state (the cached batch
   * functions behind the loaders) lives in this closure; loaders are made fresh per request.
   */
  createApi(deps: SubgraphDeps): Promise<SubgraphApi<TContext>>;
  /** Loads the content pack; idempotent. Run on the embedded database's first start and by `npm run seed`. */
  seed?(deps: SubgraphDeps): Promise<void>;
  /** Whether the database holds no content yet (so the embedded default seeds it). */
  isEmpty?(deps: SubgraphDeps): Promise<boolean>;
  /**
   * Where its build writes the embedded database as a first start leaves it (`writePreparedCluster`):
   * a new embedded database of a server starts from it when it is built.
   */
  preparedCluster?: ClusterImage;
}
