import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { startNginx, type Balancer } from "./nginx";
import { startPostgresPair, type PostgresPair } from "./postgres-pair";
import { startRedisCluster, type LocalRedisCluster } from "./redis-cluster";
import { run, startDaemon, waitUntil, type Daemon } from "./run-command";

const ROOT = resolve(__dirname, "../../..");
const SUBGRAPHS = ["roles", "guides", "progress"] as const;
type Subgraph = (typeof SUBGRAPHS)[number];

/**
 * The ports of the replicated topology: its own range, apart from the platform's 4000-4003 and the
 * machine's PostgreSQL (5432) and Redis (6379) that other work uses.
 */
const CLUSTER_PORTS = {
  front: 7400,
  gateways: [7401, 7402],
  balancers: { roles: 7410, guides: 7420, progress: 7430 } as Record<Subgraph, number>,
  replicas: { roles: [7411, 7412], guides: [7421, 7422], progress: [7431, 7432] } as Record<
    Subgraph,
    number[]
  >,
  postgres: { primary: 5440, replica: 5441 },
  redis: [7001, 7002, 7003, 7004, 7005, 7006],
};

/** Where a server of the topology serves `/metrics` and its detailed readiness (production's admin port). */
export const adminPortOf = (port: number) => port + 100;

export interface TopologyOptions {
  /** Replicas of each server (gateways and each subgraph): 2 for the replicated topology, 1 to compare. */
  replicas?: 1 | 2;
  /** Where PostgreSQL, Redis and nginx keep their files and every process its log (default: a new temp folder). */
  dir?: string;
  log?: (line: string) => void;
  /** Milliseconds without an answer before Redis Cluster fails a master over (default 1000). */
  redisNodeTimeoutMs?: number;
  /** Extra environment for every server. */
  env?: Record<string, string>;
}

interface Server {
  name: string;
  port: number;
  daemon: Daemon;
}

export interface Topology {
  dir: string;
  /** nginx in front of the gateways: the platform's `/graphql`. */
  url: string;
  gateways: Server[];
  subgraphs: Record<Subgraph, Server[]>;
  postgres: PostgresPair;
  redis: LocalRedisCluster;
  /** The HS256 secret every server verifies tokens with. */
  jwtSecret: string;
  /** The environment every server runs with. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The replicated topology on this machine: nginx in front of 2 gateways; 2 replicas of each subgraph
 * behind nginx upstreams, which the gateways call; a PostgreSQL primary with a streaming read
 * replica (pg_basebackup); a Redis Cluster of 3 masters and 3 replicas. Everything it makes is in
 * `dir` and is removed by `stop`, which also ends every process it started.
 */
export async function startTopology(options: TopologyOptions = {}): Promise<Topology> {
  const replicas = options.replicas ?? 2;
  const log = options.log ?? (() => undefined);
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "careergraph-cluster-")));
  // PostgreSQL's tools run as `postgres` under root: they must reach their folders inside
  await chmod(dir, 0o755);
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const item of started.reverse()) await item.stop().catch(() => undefined);
    // CLUSTER_KEEP_FILES=1 keeps the logs and data for a look after a failed run
    if (process.env.CLUSTER_KEEP_FILES !== "1") await rm(dir, { recursive: true, force: true });
  };
  try {
    log(`files in ${dir}`);
    const [postgres, redis] = await Promise.all([
      startPostgresPair({
        dir: join(dir, "postgres"),
        primaryPort: CLUSTER_PORTS.postgres.primary,
        replicaPort: CLUSTER_PORTS.postgres.replica,
        database: "careergraph",
      }).then((pair) => (started.push(pair), log("postgres: primary :5440, streaming replica :5441"), pair)),
      startRedisCluster({
        dir: join(dir, "redis"),
        ports: CLUSTER_PORTS.redis,
        nodeTimeoutMs: options.redisNodeTimeoutMs ?? 1000,
      }).then(
        (cluster) => (
          started.push(cluster),
          log("redis cluster: 3 masters, 3 replicas on :7001-7006"),
          cluster
        ),
      ),
    ]);

    const jwtSecret = randomBytes(24).toString("hex");
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      LOG_LEVEL: process.env.CLUSTER_LOG_LEVEL ?? "warn",
      AUTH_JWT_SECRET: jwtSecret,
      ANALYTICS_PSEUDONYM_SECRET: randomBytes(24).toString("hex"),
      DATABASE_URL: postgres.primaryUrl,
      DATABASE_READ_URLS: postgres.replicaUrl,
      DATABASE_READ_MAX_LAG_SECONDS: "5",
      REDIS_CLUSTER_NODES: redis.nodes.join(","),
      CACHE_NAMESPACE: "cg",
      MIGRATE_ON_START: "false",
      // the scenario sends its own operations, not a registered manifest's (production's default)
      PERSISTED_QUERIES: "apq",
      // nginx is the hop in front of the gateways
      TRUSTED_PROXIES: "loopback",
      ROLES_URL: `http://127.0.0.1:${CLUSTER_PORTS.balancers.roles}/graphql`,
      GUIDES_URL: `http://127.0.0.1:${CLUSTER_PORTS.balancers.guides}/graphql`,
      PROGRESS_URL: `http://127.0.0.1:${CLUSTER_PORTS.balancers.progress}/graphql`,
      // the load comes from one address through nginx: budgets that a bounded test load stays under
      RATE_LIMIT_ANONYMOUS_POINTS: "1000000000",
      RATE_LIMIT_LEARNER_POINTS: "1000000000",
      RATE_LIMIT_EDITOR_POINTS: "1000000000",
      ...options.env,
    };

    // migrations once, as a release step (the Kubernetes Job), then the content pack
    for (const subgraph of SUBGRAPHS)
      await run("node", [join(ROOT, `services/${subgraph}/dist/migrate.js`)], { env });
    for (const subgraph of ["roles", "guides"])
      await run("node", [join(ROOT, `services/${subgraph}/dist/seed.js`)], { env });
    log("migrated and seeded");

    const startServer = (name: string, script: string, port: number): Server => {
      const daemon = startDaemon(name, "node", [join(ROOT, script)], {
        env: { ...env, PORT: String(port), ADMIN_PORT: String(adminPortOf(port)) },
        logFile: join(dir, `${name}.log`),
        cwd: ROOT,
      });
      started.push({ stop: () => daemon.stop() });
      return { name, port, daemon };
    };
    const subgraphs = Object.fromEntries(
      SUBGRAPHS.map((subgraph) => [
        subgraph,
        CLUSTER_PORTS.replicas[subgraph]
          .slice(0, replicas)
          .map((port, i) => startServer(`${subgraph}-${i + 1}`, `services/${subgraph}/dist/main.js`, port)),
      ]),
    ) as Record<Subgraph, Server[]>;
    const gatewayPorts = CLUSTER_PORTS.gateways.slice(0, replicas);
    const balancers: Balancer[] = [
      {
        name: "gateways",
        port: CLUSTER_PORTS.front,
        upstreams: gatewayPorts,
        retryOn: "error timeout http_502 http_503 http_504",
      },
      ...SUBGRAPHS.map((subgraph) => ({
        name: subgraph,
        port: CLUSTER_PORTS.balancers[subgraph],
        upstreams: subgraphs[subgraph].map((server) => server.port),
        retryOn: "error timeout http_502 http_503",
      })),
    ];
    const nginx = await startNginx(join(dir, "nginx"), balancers);
    started.push({ stop: () => nginx.stop() });
    for (const server of Object.values(subgraphs).flat()) await waitReady(server);
    log(`subgraphs: ${replicas} of each behind nginx :7410 :7420 :7430`);
    const gateways = gatewayPorts.map((port, i) =>
      startServer(`gateway-${i + 1}`, "gateway/dist/main.js", port),
    );
    for (const gateway of gateways) await waitReady(gateway);
    const url = `http://127.0.0.1:${CLUSTER_PORTS.front}/graphql`;
    log(`gateways: ${replicas} behind nginx at ${url}`);
    return { dir, url, gateways, subgraphs, postgres, redis, jwtSecret, env, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function waitReady(server: Server): Promise<void> {
  await waitUntil(
    `${server.name} ready on :${server.port}`,
    async () => {
      if (server.daemon.child.exitCode !== null) throw new Error(`${server.name} exited`);
      return (await fetch(`http://127.0.0.1:${server.port}/readyz`, { signal: AbortSignal.timeout(2000) }))
        .ok;
    },
    120_000,
  );
}
