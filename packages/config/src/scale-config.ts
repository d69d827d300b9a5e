import { z } from "zod";
import { int, url } from "./env-fields";

/** A comma-separated list: blanks around items and empty items are ignored. */
function commaList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

const urlList = (protocols: string[], what: string) =>
  z.string().refine((value) => commaList(value).every((item) => url(protocols).safeParse(item).success), {
    error: `expected comma-separated ${what}`,
  });

/** A Redis Cluster node as `host:port` (or a `redis://host:port` URL). */
const isClusterNode = (item: string): boolean =>
  /^[\w.-]+:\d{1,5}$/.test(item) || url(["redis:", "rediss:"]).safeParse(item).success;

/** Environment for running beyond one machine: read replicas and Redis Cluster (issue 21). */
export const scaleEnvShape = {
  DATABASE_READ_URLS: urlList(["postgres:", "postgresql:"], "PostgreSQL URLs (read replicas)").optional(),
  DATABASE_READ_MAX_LAG_SECONDS: int(1, 3600, "seconds from 1 to 3600").default(10),
  REDIS_CLUSTER_NODES: z
    .string()
    .refine((value) => commaList(value).length > 0 && commaList(value).every(isClusterNode), {
      error: "expected comma-separated Redis Cluster nodes such as 10.0.0.1:6379,10.0.0.2:6379",
    })
    .optional(),
};

type ScaleEnv = z.infer<z.ZodObject<typeof scaleEnvShape>>;

export interface ReadReplicaConfig {
  /** PostgreSQL streaming replicas for reads that need no writer's view; empty: every read on the primary. */
  urls: string[];
  /** A replica further behind the primary than this is skipped until it catches up. */
  maxLagSeconds: number;
}

export function readReplicaConfig(e: ScaleEnv): ReadReplicaConfig {
  return { urls: commaList(e.DATABASE_READ_URLS), maxLagSeconds: e.DATABASE_READ_MAX_LAG_SECONDS };
}

/** `redis://host:port` for each configured cluster node; undefined without `REDIS_CLUSTER_NODES`. */
export function redisClusterNodes(e: ScaleEnv): string[] | undefined {
  if (!e.REDIS_CLUSTER_NODES) return undefined;
  return commaList(e.REDIS_CLUSTER_NODES).map((node) => (node.includes("://") ? node : `redis://${node}`));
}

/** Problems no single variable shows. */
export function scaleErrors(e: ScaleEnv & { REDIS_URL?: string; DATABASE_URL?: string }): string[] {
  const errors: string[] = [];
  if (e.REDIS_CLUSTER_NODES && e.REDIS_URL)
    errors.push("REDIS_CLUSTER_NODES and REDIS_URL: set one of them (a cluster, or one Redis), not both");
  if (e.DATABASE_READ_URLS && !e.DATABASE_URL)
    errors.push("DATABASE_READ_URLS: needs DATABASE_URL (replicas of an embedded database do not exist)");
  return errors;
}
