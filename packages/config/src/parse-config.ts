import { isIP } from "node:net";
import { z } from "zod";
import { int, url } from "./env-fields";
import { operationsConfig, operationsEnvShape, type OperationsConfig } from "./operations-config";
import {
  readReplicaConfig,
  redisClusterNodes,
  scaleEnvShape,
  scaleErrors,
  type ReadReplicaConfig,
} from "./scale-config";

export type ServiceName = "gateway" | "roles" | "guides" | "progress";

const defaultPorts: Record<ServiceName, number> = {
  gateway: 4000,
  roles: 4001,
  guides: 4002,
  progress: 4003,
};

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: int(0, 65535, "a port number from 0 to 65535 (0 picks a free one)").optional(),
  ADMIN_PORT: int(0, 65535, "a port number from 0 to 65535 (0 picks a free one)").optional(),
  HOST: z.string().min(1).optional(),
  TRUSTED_PROXIES: z
    .string()
    .refine((value) => listOf(value).every(isProxyAddress), {
      error:
        "expected comma-separated addresses or CIDR ranges (10.0.0.0/8), or loopback, linklocal, uniquelocal",
    })
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATABASE_URL: url(["postgres:", "postgresql:"]).optional(),
  DATABASE_POOL_SIZE: int(1, 200, "a whole number from 1 to 200").default(10),
  DATABASE_CONNECT_TIMEOUT_MS: int(100, 120000, "milliseconds from 100 to 120000").default(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: int(100, 600000, "milliseconds from 100 to 600000").default(15000),
  DATA_DIR: z.string().min(1).default(".data"),
  REDIS_URL: url(["redis:", "rediss:"]).optional(),
  CACHE_DISABLED: z.enum(["true", "false"], { error: "expected true or false" }).default("false"),
  CACHE_NAMESPACE: z
    .string()
    .regex(/^[\w.-]{1,64}$/, { error: "expected 1 to 64 letters, digits, '.', '_' or '-'" })
    .default("cg"),
  CACHE_TTL_SECONDS: int(1, 86400, "seconds from 1 to 86400").default(300),
  CACHE_TIMEOUT_MS: int(10, 10000, "milliseconds from 10 to 10000").default(250),
  CACHE_MAX_ENTRIES: int(100, 10_000_000, "a whole number from 100 to 10000000").default(50_000),
  AUTH_JWT_SECRET: z.string().min(16, { error: "expected at least 16 characters" }).optional(),
  AUTH_JWKS_URL: url(["http:", "https:"]).optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_MAX_TOKEN_AGE: z
    .string()
    .regex(/^\d{1,7}[smhd]$/, { error: "expected a duration such as 900s, 30m, 24h or 7d" })
    .default("24h"),
  CORS_ORIGINS: z
    .string()
    .refine((value) => listOf(value).every(isOrigin), {
      error: "expected comma-separated origins such as https://app.example.com, or *",
    })
    .optional(),
  PERSISTED_QUERIES: z.enum(["off", "apq", "only"], { error: "expected off, apq or only" }).optional(),
  PERSISTED_QUERY_MAX_BYTES: int(256, 1_048_576, "bytes from 256 to 1048576").default(32_768),
  ROLES_URL: url(["http:", "https:"]).default("http://127.0.0.1:4001/graphql"),
  GUIDES_URL: url(["http:", "https:"]).default("http://127.0.0.1:4002/graphql"),
  PROGRESS_URL: url(["http:", "https:"]).default("http://127.0.0.1:4003/graphql"),
  GATEWAY_URL: url(["http:", "https:"]).optional(),
  MAX_OPERATION_COST: int(1, 10_000_000, "a whole number from 1 to 10000000").default(50_000),
  MAX_DEPTH: int(1, 1000, "a whole number from 1 to 1000").default(12),
  MAX_ALIASES: int(0, 10_000, "a whole number from 0 to 10000").default(30),
  MAX_TOKENS: int(10, 1_000_000, "a whole number from 10 to 1000000").default(3000),
  MAX_DIRECTIVES: int(0, 10_000, "a whole number from 0 to 10000").default(30),
  RATE_LIMIT_DISABLED: z.enum(["true", "false"], { error: "expected true or false" }).default("false"),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86400, "seconds from 1 to 86400").default(60),
  RATE_LIMIT_ANONYMOUS_POINTS: int(1, 1_000_000_000, "a whole number of points").default(200_000),
  RATE_LIMIT_LEARNER_POINTS: int(1, 1_000_000_000, "a whole number of points").default(400_000),
  RATE_LIMIT_EDITOR_POINTS: int(1, 1_000_000_000, "a whole number of points").default(1_000_000),
  RATE_LIMIT_ANALYST_POINTS: int(1, 1_000_000_000, "a whole number of points").default(1_000_000),
  INTERNAL_API_SECRET: z.string().min(16, { error: "expected at least 16 characters" }).optional(),
  ANALYTICS_PSEUDONYM_SECRET: z.string().min(16, { error: "expected at least 16 characters" }).optional(),
  ...operationsEnvShape,
  ...scaleEnvShape,
});

/** Every environment variable `parseConfig` reads: docs/operations.md's configuration table lists these. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** In production, the admin port is the public one plus this, unless `ADMIN_PORT` says otherwise. */
const ADMIN_PORT_OFFSET = 5000;

const DURATION_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

function durationSeconds(value: string): number {
  return Number(value.slice(0, -1)) * DURATION_SECONDS[value.slice(-1) as keyof typeof DURATION_SECONDS];
}

function listOf(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** What express's `trust proxy` takes: an address, a CIDR range, or one of its named ranges. */
function isProxyAddress(value: string): boolean {
  if (["loopback", "linklocal", "uniquelocal"].includes(value)) return true;
  const [address, bits, ...rest] = value.split("/");
  if (rest.length > 0 || isIP(address) === 0) return false;
  const maxBits = isIP(address) === 4 ? 32 : 128;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
}

function isOrigin(value: string): boolean {
  if (value === "*") return true;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value;
  } catch {
    return false;
  }
}

/** Whether a listening address is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface ServiceConfig {
  service: ServiceName;
  nodeEnv: "development" | "test" | "production";
  host: string;
  port: number;
  /**
   * Where `/metrics` and the detailed readiness listen, apart from the public port: `ADMIN_PORT`, or in
   * production the public port + 5000 (0 stays 0: a free one). Unset in development without
   * `ADMIN_PORT`: everything on the public port.
   */
  adminPort?: number;
  /** Which hops may say who the client is (`X-Forwarded-For`), as express's `trust proxy` takes them. */
  trustedProxies: string[];
  logLevel: string;
  database: {
    url?: string;
    poolSize: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    /** Where the embedded database keeps its files when `url` is unset. */
    dataDir: string;
    /** Read replicas (`DATABASE_READ_URLS`) and how far behind one may be. */
    read: ReadReplicaConfig;
  };
  /** `disabled` turns the shared cache off (every read goes to the database): for diagnosis and cost tests. */
  cache: {
    disabled: boolean;
    namespace: string;
    redisUrl?: string;
    /** Redis Cluster nodes (`REDIS_CLUSTER_NODES`) as redis:// URLs; set instead of `redisUrl`. */
    clusterNodes?: string[];
    ttlSeconds: number;
    timeoutMs: number;
    maxEntries: number;
  };
  /** The data directory (`DATA_DIR`) as given; `resolveDataDir` anchors a relative one at the repository root. */
  dataDir: string;
  auth: {
    /** Unset outside production without AUTH_JWT_SECRET or AUTH_JWKS_URL: `useDevelopmentSecret` fills it in. */
    jwtSecret?: string;
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
    /** The longest lifetime (`exp` - `iat`) a token may have. */
    maxTokenAgeSeconds: number;
    /** Whether `jwtSecret` is the generated development secret (never in production). */
    developmentSecret: boolean;
  };
  /** Browser origins allowed to call the gateway; `["*"]` allows any. */
  corsOrigins: string[];
  /** `apq`: automatic persisted queries (the default); `only`: registered operations only (the default in production); `off`: neither. */
  persistedQueries: "off" | "apq" | "only";
  /** The largest operation a client may register as an automatic persisted query, in bytes. */
  persistedQueryMaxBytes: number;
  subgraphs: { roles: string; guides: string; progress: string };
  /**
   * The gateway's address (`GATEWAY_URL`, its `/graphql`). Without Redis the gateway keeps whole
   * responses in its own memory, and the content subgraphs tell it of every content change there.
   */
  gatewayUrl?: string;
  /** Operation limits, enforced at the gateway before any subgraph is called and again in each subgraph. */
  limits: {
    maxCost: number;
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
  };
  /** Cost points each caller may spend per window, by who they are (the gateway enforces them). */
  rateLimit: {
    disabled: boolean;
    windowSeconds: number;
    anonymousPoints: number;
    learnerPoints: number;
    editorPoints: number;
    analystPoints: number;
  };
  /** Timeouts, draining, migrations, retention and quotas: how the servers behave under failure. */
  operations: OperationsConfig;
  /** Signs what subgraphs send each other (content changes); derived from the token secret when unset. */
  internalApiSecret?: string;
  /**
   * The key of the event feed's learner pseudonyms (`ANALYTICS_PSEUDONYM_SECRET`); changing it rotates
   * every pseudonym. Unset outside production without one: `useDevelopmentSecret` fills it in for progress.
   */
  analytics: { pseudonymSecret: string | undefined };
}

export type ConfigResult = { ok: true; config: ServiceConfig } | { ok: false; errors: string[] };

/** Parses the environment for one service. Pure: it never reads `process.env` itself and never exits. */
export function parseConfig(env: Record<string, string | undefined>, service: ServiceName): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) =>
          `${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(present[String(issue.path[0])])})`,
      ),
    };
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  // Containers must listen on every interface; a development machine only on its own.
  const host = e.HOST ?? (production ? "0.0.0.0" : "127.0.0.1");
  const errors = [...authErrors(e, production, host), ...scaleErrors(e)];
  if (
    production &&
    (service === "roles" || service === "progress") &&
    !e.INTERNAL_API_SECRET &&
    !e.AUTH_JWT_SECRET
  )
    errors.push(
      `INTERNAL_API_SECRET: required for ${service} when NODE_ENV=production without AUTH_JWT_SECRET`,
    );
  if (production && service === "progress" && !e.ANALYTICS_PSEUDONYM_SECRET)
    errors.push("ANALYTICS_PSEUDONYM_SECRET: required for progress when NODE_ENV=production");
  if (errors.length > 0) return { ok: false, errors };
  const port = e.PORT ?? defaultPorts[service];
  return {
    ok: true,
    config: {
      service,
      nodeEnv: e.NODE_ENV,
      host,
      port,
      adminPort: e.ADMIN_PORT ?? (production ? (port === 0 ? 0 : port + ADMIN_PORT_OFFSET) : undefined),
      trustedProxies: listOf(e.TRUSTED_PROXIES ?? ""),
      logLevel: e.LOG_LEVEL,
      database: {
        url: e.DATABASE_URL,
        poolSize: e.DATABASE_POOL_SIZE,
        connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
        statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
        dataDir: `${e.DATA_DIR}/${service}`,
        read: readReplicaConfig(e),
      },
      dataDir: e.DATA_DIR,
      cache: {
        disabled: e.CACHE_DISABLED === "true",
        namespace: e.CACHE_NAMESPACE,
        redisUrl: e.REDIS_URL,
        clusterNodes: redisClusterNodes(e),
        ttlSeconds: e.CACHE_TTL_SECONDS,
        timeoutMs: e.CACHE_TIMEOUT_MS,
        maxEntries: e.CACHE_MAX_ENTRIES,
      },
      auth: {
        jwtSecret: e.AUTH_JWT_SECRET,
        jwksUrl: e.AUTH_JWKS_URL,
        issuer: e.AUTH_ISSUER,
        audience: e.AUTH_AUDIENCE,
        maxTokenAgeSeconds: durationSeconds(e.AUTH_MAX_TOKEN_AGE),
        developmentSecret: false,
      },
      corsOrigins: listOf(e.CORS_ORIGINS ?? ""),
      persistedQueryMaxBytes: e.PERSISTED_QUERY_MAX_BYTES,
      // production runs the apps' registered operations only; development takes any, and APQ
      persistedQueries: e.PERSISTED_QUERIES ?? (production ? "only" : "apq"),
      subgraphs: { roles: e.ROLES_URL, guides: e.GUIDES_URL, progress: e.PROGRESS_URL },
      gatewayUrl: e.GATEWAY_URL,
      limits: {
        maxCost: e.MAX_OPERATION_COST,
        maxDepth: e.MAX_DEPTH,
        maxAliases: e.MAX_ALIASES,
        maxTokens: e.MAX_TOKENS,
        maxDirectives: e.MAX_DIRECTIVES,
      },
      rateLimit: {
        disabled: e.RATE_LIMIT_DISABLED === "true",
        windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
        anonymousPoints: e.RATE_LIMIT_ANONYMOUS_POINTS,
        learnerPoints: e.RATE_LIMIT_LEARNER_POINTS,
        editorPoints: e.RATE_LIMIT_EDITOR_POINTS,
        analystPoints: e.RATE_LIMIT_ANALYST_POINTS,
      },
      operations: operationsConfig(e),
      internalApiSecret: e.INTERNAL_API_SECRET,
      analytics: { pseudonymSecret: e.ANALYTICS_PSEUDONYM_SECRET },
    },
  };
}

/**
 * Authentication fails closed: production needs a secret or a JWKS (with the issuer and audience its
 * tokens must name), and the generated development secret is never used on an address others can reach.
 */
function authErrors(e: z.infer<typeof envSchema>, production: boolean, host: string): string[] {
  const errors: string[] = [];
  if (production && !e.AUTH_JWT_SECRET && !e.AUTH_JWKS_URL)
    errors.push(
      "AUTH_JWT_SECRET or AUTH_JWKS_URL: one is required when NODE_ENV=production (no development secret outside development)",
    );
  if (production && e.AUTH_JWKS_URL && new URL(e.AUTH_JWKS_URL).protocol !== "https:")
    errors.push(
      "AUTH_JWKS_URL: must start with https:// when NODE_ENV=production (keys must not travel in clear)",
    );
  if (production && e.AUTH_JWKS_URL) {
    const missing = (["AUTH_ISSUER", "AUTH_AUDIENCE"] as const).filter((name) => !e[name]);
    if (missing.length > 0)
      errors.push(
        `${missing.join(" and ")}: required with AUTH_JWKS_URL when NODE_ENV=production (tokens of other issuers or audiences must not pass)`,
      );
  }
  if (!production && !e.AUTH_JWT_SECRET && !e.AUTH_JWKS_URL && !isLoopbackHost(host))
    errors.push(
      `HOST: ${host} is reachable from other machines, and without AUTH_JWT_SECRET or AUTH_JWKS_URL the development secret would sign identities; set a secret (and NODE_ENV=production) or listen on 127.0.0.1`,
    );
  return errors;
}

/** One message listing every problem, for `main.ts` to print before it exits. */
export function formatConfigErrors(service: ServiceName, errors: string[]): string {
  return [`${service}: invalid configuration:`, ...errors.map((error) => `  - ${error}`)].join("\n");
}
