import { parseConfig } from "./parse-config";

describe("parseConfig", () => {
  it("gives the embedded defaults with an empty environment", () => {
    const result = parseConfig({}, "roles");
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 4001,
        database: { url: undefined, dataDir: ".data/roles", poolSize: 10 },
        cache: { redisUrl: undefined },
      },
    });
  });

  it("names the variable and what it expects", () => {
    const result = parseConfig({ PORT: "abc" }, "gateway");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        'PORT: expected a port number from 0 to 65535 (0 picks a free one) (got "abc")',
      ]);
  });

  it("lists every problem at once", () => {
    const result = parseConfig({ PORT: "70000", DATABASE_URL: "mysql://x", REDIS_URL: "nope" }, "roles");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => error.split(":")[0])).toEqual([
        "PORT",
        "DATABASE_URL",
        "REDIS_URL",
      ]);
    }
  });

  it("refuses production without a secret or JWKS", () => {
    const result = parseConfig({ NODE_ENV: "production" }, "progress");
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining("AUTH_JWT_SECRET or AUTH_JWKS_URL")],
    });
  });

  it("uses the development secret only outside production", () => {
    const dev = parseConfig({}, "roles");
    const prod = parseConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: "a-real-secret-of-length" }, "roles");
    expect(dev.ok && dev.config.auth.jwtSecret).toMatch(/development/);
    expect(prod.ok && prod.config.auth.jwtSecret).toBe("a-real-secret-of-length");
  });
});

describe("parseConfig: operations (timeouts, shutdown, retention, quotas)", () => {
  it("has defaults, and per-subgraph timeouts override the shared one", () => {
    const result = parseConfig({ SUBGRAPH_TIMEOUT_MS: "2000", GUIDES_TIMEOUT_MS: "300" }, "gateway");
    expect(result).toMatchObject({
      ok: true,
      config: {
        operations: {
          subgraphTimeoutMs: { roles: 2000, guides: 300, progress: 2000 },
          subgraphMaxConnections: 64,
          shutdownDrainTimeoutMs: 10_000,
          migrateOnStart: true,
          idempotencyRetentionHours: 168,
          notesPerUserMax: 1000,
          otlpEndpoint: undefined,
        },
      },
    });
  });

  it("keeps idempotency records at least 24 hours", () => {
    expect(parseConfig({ IDEMPOTENCY_RETENTION_HOURS: "24" }, "progress").ok).toBe(true);
    const result = parseConfig({ IDEMPOTENCY_RETENTION_HOURS: "23" }, "progress");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        'IDEMPOTENCY_RETENTION_HOURS: expected hours from 24 to 8760 (got "23")',
      ]);
  });

  it("refuses a timeout under 50 ms and a tracing endpoint that is not a URL", () => {
    const result = parseConfig(
      { ROLES_TIMEOUT_MS: "49", OTEL_EXPORTER_OTLP_ENDPOINT: "collector" },
      "gateway",
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((error) => error.split(":")[0])).toEqual([
        "ROLES_TIMEOUT_MS",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
      ]);
    expect(parseConfig({ ROLES_TIMEOUT_MS: "50" }, "gateway").ok).toBe(true);
  });
});
