import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { signToken, type UserRole } from "@careergraph/auth";
import type { ServiceName } from "@careergraph/config";
import { startGateway, type RunningGateway } from "@careergraph/gateway";
import { guidesSubgraph } from "@careergraph/guides";
import { closeServer } from "@careergraph/edge";
import { internalKey, signRequest, SIGNATURE_HEADER } from "@careergraph/internal-calls";
import { createLogger } from "@careergraph/logger";
import { freeStackPorts, localGraphqlUrl } from "./child-process";
import { freePort } from "@careergraph/test-servers";
import { createProgressSubgraph } from "@careergraph/progress";
import { rolesSubgraph } from "@careergraph/roles";
import { startSubgraph, type RunningSubgraph } from "@careergraph/service";
import {
  createTestDatabase,
  postGraphQL,
  testConfig,
  type GraphQLResponse,
  type RequestOptions,
  type TestDatabaseOptions,
} from "@careergraph/testing";

type SubgraphName = "roles" | "guides" | "progress";

export interface StackOptions {
  /** Extra environment for every server, e.g. `{ REDIS_URL }`. */
  env?: Record<string, string>;
  /** The progress subgraph's clock (practice scheduling, due reviews); default the system clock. */
  now?: () => Date;
  /** Collects every server's log lines (parsed JSON) here instead of discarding them. */
  logs?: Record<string, unknown>[];
  /** The collation of the stack's database on `DATABASE_URL` (the embedded one sorts bytewise). */
  collation?: TestDatabaseOptions["collation"];
  /** An existing, empty database for every subgraph (default: a fresh one, or the embedded default). */
  databaseUrl?: string;
  /** Fixed ports for the subgraphs (default: any free ones). */
  ports?: Record<SubgraphName, number>;
  /**
   * Sets `GATEWAY_URL` on every server, as `npm start` does: without Redis the gateway then keeps
   * whole anonymous responses in its memory and the content subgraphs deliver their changes to it.
   */
  gatewayUrlKnown?: boolean;
}

export interface Stack {
  gatewayUrl: string;
  gateway: RunningGateway;
  roles: RunningSubgraph;
  guides: RunningSubgraph;
  progress: RunningSubgraph;
  subgraphs: RunningSubgraph[];
  /** POSTs an operation to the gateway over HTTP. */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TData>>;
  token(sub: string, roles?: UserRole[]): Promise<string>;
  /** The HS256 secret every server of this stack verifies tokens with. */
  jwtSecret: string;
  /** Resets every subgraph's SQL statement counter and the gateway's subgraph call counter. */
  resetCounters(): void;
  /** Empties every cache of this stack (each subgraph's, and the gateway's whole responses). */
  clearCaches(): Promise<void>;
  /** A token for a caller with these roles: one user per set of roles. */
  tokenOf(roles: UserRole[]): Promise<string>;
  /** A query through the gateway as a caller with these roles (`null`: anonymous). */
  queryAs<T = Record<string, unknown>>(
    roles: UserRole[] | null,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** The headers that sign a POST of `body` to `url` with the stack's internal key, as the gateway signs. */
  signatureFor(url: string, body: string): Record<string, string>;
  /** SQL statements sent by each subgraph since the last reset. */
  statements(): Record<string, number>;
  /** Takes one subgraph off the network (its port refuses connections), as if its process died. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Puts a stopped subgraph back on the same port. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process, as `npm start` runs it: three subgraphs on free ports, each with
 * its own database (embedded in memory, or a fresh database on `DATABASE_URL`), and the gateway on the
 * committed supergraph.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: () => Promise.resolve() }
    : await createTestDatabase("careergraph_e2e", { collation: options.collation });
  const env: Record<string, string> = {
    // every stack its own cache namespace: stacks that share one Redis never read each other's entries
    CACHE_NAMESPACE: `test-${randomBytes(4).toString("hex")}`,
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...options.env,
    ...(database.url ? { DATABASE_URL: database.url } : {}),
  };
  const config = (name: ServiceName, extra: Record<string, string> = {}) =>
    testConfig(name, { ...env, ...extra });
  const logs = options.logs;
  // each server logs (and labels its metrics) under its own name, as it does when it runs alone
  const startAs = (name: ServiceName) => ({
    dataDir: null,
    logger: logs
      ? createLogger(name, "info", {
          write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>),
        })
      : createLogger(name, "silent"),
  });
  // ports chosen up front: roles delivers content changes to progress, which starts after it
  const ports = options.ports ?? (await freeStackPorts());
  const port = (name: SubgraphName) => ({ PORT: String(ports[name]) });
  const gatewayPort = options.gatewayUrlKnown ? await freePort() : undefined;
  if (gatewayPort !== undefined) env.GATEWAY_URL = localGraphqlUrl(gatewayPort);
  const roles = await startSubgraph(
    rolesSubgraph,
    config("roles", {
      PROGRESS_URL: localGraphqlUrl(ports.progress),
      GUIDES_URL: localGraphqlUrl(ports.guides),
      ...port("roles"),
    }),
    startAs("roles"),
  );
  const guides = await startSubgraph(
    guidesSubgraph,
    config("guides", { ROLES_URL: roles.url, ...port("guides") }),
    startAs("guides"),
  );
  const progress = await startSubgraph(
    createProgressSubgraph({ now: options.now }),
    config("progress", { ROLES_URL: roles.url, ...port("progress") }),
    startAs("progress"),
  );
  if (database.url) {
    await rolesSubgraph.seed?.(roles.deps);
    await guidesSubgraph.seed?.(guides.deps);
  }
  const gatewayConfig = config("gateway", {
    ROLES_URL: roles.url,
    GUIDES_URL: guides.url,
    PROGRESS_URL: progress.url,
    ...(gatewayPort !== undefined ? { PORT: String(gatewayPort) } : {}),
  });
  const gateway = await startGateway(gatewayConfig, startAs("gateway").logger);
  const subgraphs = [roles, guides, progress];
  const jwtSecret = gatewayConfig.auth.jwtSecret ?? "";
  const byName = (name: SubgraphName) => ({ roles, guides, progress })[name];
  const gatewayUrl = gateway.url;
  const stack: Stack = {
    gatewayUrl,
    gateway,
    roles,
    guides,
    progress,
    subgraphs,
    query: (query, variables, requestOptions) => postGraphQL(gatewayUrl, query, variables, requestOptions),
    token: (sub, userRoles = ["LEARNER"]) => signToken(jwtSecret, { sub, roles: userRoles }),
    jwtSecret,
    resetCounters() {
      for (const subgraph of subgraphs) subgraph.deps.db.statements.reset();
      gateway.gateway.subgraphCalls.reset();
    },
    tokenOf: (roles) => stack.token(`user-${roles.join("-").toLowerCase() || "none"}`, roles),
    async queryAs(roles, query, variables = {}, headers = {}) {
      const token = roles ? await stack.tokenOf(roles) : undefined;
      return stack.query(query, variables, { token, headers });
    },
    async clearCaches() {
      for (const subgraph of subgraphs) await subgraph.deps.cache.clear();
      await gateway.responseCache?.clear();
      gateway.gateway.responseCache?.clear();
    },
    signatureFor(url, body) {
      const { pathname, search } = new URL(url);
      const key = internalKey(gatewayConfig)!;
      return { [SIGNATURE_HEADER]: signRequest(key, { method: "POST", path: pathname + search, body }) };
    },
    statements: () => Object.fromEntries(subgraphs.map((s) => [s.name, s.deps.db.statements.count])),
    async stopSubgraph(name) {
      await closeServer(byName(name).server, 0);
    },
    async restartSubgraph(name) {
      const { server, port } = byName(name);
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve();
        });
      });
    },
    async stop() {
      await gateway.stop();
      for (const subgraph of subgraphs) {
        // one the test took off the network is listening again first, so that its stop is the usual one
        if (!subgraph.server.listening) await stack.restartSubgraph(subgraph.name as SubgraphName);
        await subgraph.stop();
      }
      await database.drop();
    },
  };
  return stack;
}
