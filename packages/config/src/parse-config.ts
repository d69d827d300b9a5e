import { z } from "zod";

export type ServiceName = "gateway" | "roles" | "guides" | "progress";

const defaultPorts: Record<ServiceName, number> = {
  gateway: 4000,
  roles: 4001,
  guides: 4002,
  progress: 4003,
};

const int = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `expected ${what}` })
    .int({ error: `expected ${what}` })
    .min(min, { error: `expected ${what}` })
    .max(max, { error: `expected ${what}` });

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `expected a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` },
  );

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: int(0, 65535, "a port number from 0 to 65535 (0 picks a free one)").optional(),
  HOST: z.string().min(1).default("0.0.0.0"),
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
  ROLES_URL: url(["http:", "https:"]).default("http://127.0.0.1:4001/graphql"),
  GUIDES_URL: url(["http:", "https:"]).default("http://127.0.0.1:4002/graphql"),
  PROGRESS_URL: url(["http:", "https:"]).default("http://127.0.0.1:4003/graphql"),
  ANALYTICS_PSEUDONYM_SECRET: z.string().min(16, { error: "expected at least 16 characters" }).optional(),
});

/** The development pseudonym secret of the analytics feed: only ever used when NODE_ENV is not production. */
export const DEVELOPMENT_PSEUDONYM_SECRET = "careergraph-development-pseudonyms-do-not-use-in-production";

/** The development signing secret: only ever used when NODE_ENV is not production. */
export const DEVELOPMENT_JWT_SECRET = "careergraph-development-secret-do-not-use-in-production";

export interface ServiceConfig {
  service: ServiceName;
  nodeEnv: "development" | "test" | "production";
  host: string;
  port: number;
  logLevel: string;
  database: {
    url?: string;
    poolSize: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    /** Where the embedded database keeps its files when `url` is unset. */
    dataDir: string;
  };
  /** `disabled` turns the shared cache off (every read goes to the database): for diagnosis and cost tests. */
  cache: {
    disabled: boolean;
    namespace: string;
    redisUrl?: string;
    ttlSeconds: number;
    timeoutMs: number;
    maxEntries: number;
  };
  auth: { jwtSecret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  subgraphs: { roles: string; guides: string; progress: string };
  /** The key of the event feed's learner pseudonyms; changing it rotates every pseudonym. */
  analytics: { pseudonymSecret: string };
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
  if (production && !e.AUTH_JWT_SECRET && !e.AUTH_JWKS_URL) {
    return {
      ok: false,
      errors: [
        "AUTH_JWT_SECRET or AUTH_JWKS_URL: one is required when NODE_ENV=production (no development secret outside development)",
      ],
    };
  }
  if (production && service === "progress" && !e.ANALYTICS_PSEUDONYM_SECRET) {
    return {
      ok: false,
      errors: [
        "ANALYTICS_PSEUDONYM_SECRET: required for progress when NODE_ENV=production (no development secret outside development)",
      ],
    };
  }
  return {
    ok: true,
    config: {
      service,
      nodeEnv: e.NODE_ENV,
      host: e.HOST,
      port: e.PORT ?? defaultPorts[service],
      logLevel: e.LOG_LEVEL,
      database: {
        url: e.DATABASE_URL,
        poolSize: e.DATABASE_POOL_SIZE,
        connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
        statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
        dataDir: `${e.DATA_DIR}/${service}`,
      },
      cache: {
        disabled: e.CACHE_DISABLED === "true",
        namespace: e.CACHE_NAMESPACE,
        redisUrl: e.REDIS_URL,
        ttlSeconds: e.CACHE_TTL_SECONDS,
        timeoutMs: e.CACHE_TIMEOUT_MS,
        maxEntries: e.CACHE_MAX_ENTRIES,
      },
      auth: {
        jwtSecret: e.AUTH_JWT_SECRET ?? (e.AUTH_JWKS_URL || production ? undefined : DEVELOPMENT_JWT_SECRET),
        jwksUrl: e.AUTH_JWKS_URL,
        issuer: e.AUTH_ISSUER,
        audience: e.AUTH_AUDIENCE,
      },
      subgraphs: { roles: e.ROLES_URL, guides: e.GUIDES_URL, progress: e.PROGRESS_URL },
      analytics: { pseudonymSecret: e.ANALYTICS_PSEUDONYM_SECRET ?? DEVELOPMENT_PSEUDONYM_SECRET },
    },
  };
}

/** One message listing every problem, for `main.ts` to print before it exits. */
export function formatConfigErrors(service: ServiceName, errors: string[]): string {
  return [`${service}: invalid configuration:`, ...errors.map((error) => `  - ${error}`)].join("\n");
}
