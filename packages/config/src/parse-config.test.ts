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

  it("refuses production without a secret or JWKS, listing every missing secret at once", () => {
    const result = parseConfig({ NODE_ENV: "production" }, "progress");
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.stringContaining("AUTH_JWT_SECRET or AUTH_JWKS_URL"),
        expect.stringContaining("INTERNAL_API_SECRET"),
        expect.stringContaining("ANALYTICS_PSEUDONYM_SECRET"),
      ],
    });
  });

  it("requires a key for what subgraphs send each other in production: INTERNAL_API_SECRET, or the token secret", () => {
    const jwks = {
      NODE_ENV: "production",
      AUTH_JWKS_URL: "https://login.example.com/.well-known/jwks.json",
      AUTH_ISSUER: "https://login.example.com/",
      AUTH_AUDIENCE: "careergraph",
    };
    expect(parseConfig(jwks, "roles")).toEqual({
      ok: false,
      errors: [expect.stringContaining("INTERNAL_API_SECRET")],
    });
    expect(parseConfig({ ...jwks, INTERNAL_API_SECRET: "x".repeat(15) }, "roles").ok).toBe(false);
    const keyed = parseConfig({ ...jwks, INTERNAL_API_SECRET: "x".repeat(16) }, "roles");
    expect(keyed.ok && keyed.config.internalApiSecret).toBe("x".repeat(16));
    expect(
      parseConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: "a-real-secret-of-length" }, "roles").ok,
    ).toBe(true);
    // guides and the gateway neither send nor take content changes
    expect(parseConfig(jwks, "guides").ok).toBe(true);
  });

  it("commits no secret: outside production without one, the secret is left to the data directory", () => {
    const dev = parseConfig({}, "roles");
    const prod = parseConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: "a-real-secret-of-length" }, "roles");
    expect(dev.ok && dev.config.auth).toMatchObject({ jwtSecret: undefined, developmentSecret: false });
    expect(prod.ok && prod.config.auth.jwtSecret).toBe("a-real-secret-of-length");
  });

  it("gives the operation limits and rate-limit budgets their defaults, and names a bad one", () => {
    const defaults = parseConfig({}, "gateway");
    expect(defaults.ok && defaults.config.limits).toEqual({
      maxCost: 50_000,
      maxDepth: 12,
      maxAliases: 30,
      maxTokens: 3000,
      maxDirectives: 30,
    });
    expect(defaults.ok && defaults.config.rateLimit).toMatchObject({ disabled: false, windowSeconds: 60 });
    const bad = parseConfig({ MAX_DEPTH: "0", RATE_LIMIT_ANONYMOUS_POINTS: "lots" }, "gateway");
    expect(bad.ok ? [] : bad.errors.map((error) => error.split(":")[0])).toEqual([
      "MAX_DEPTH",
      "RATE_LIMIT_ANONYMOUS_POINTS",
    ]);
  });

  it("listens on loopback in development and on every interface in production", () => {
    const dev = parseConfig({}, "gateway");
    const prod = parseConfig(
      { NODE_ENV: "production", AUTH_JWT_SECRET: "a-real-secret-of-length" },
      "gateway",
    );
    expect(dev.ok && dev.config.host).toBe("127.0.0.1");
    expect(prod.ok && prod.config.host).toBe("0.0.0.0");
  });

  it("refuses the development secret on an address other machines can reach", () => {
    for (const HOST of ["0.0.0.0", "192.168.1.20", "::"]) {
      const result = parseConfig({ HOST }, "gateway");
      expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^HOST: .*development secret/)] });
    }
    for (const HOST of ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
      expect(parseConfig({ HOST }, "gateway").ok).toBe(true);
    expect(parseConfig({ HOST: "0.0.0.0", AUTH_JWT_SECRET: "a-real-secret-of-length" }, "gateway").ok).toBe(
      true,
    );
  });

  it("requires the issuer and audience with a JWKS in production, naming both", () => {
    const result = parseConfig(
      { NODE_ENV: "production", AUTH_JWKS_URL: "https://idp.example.com/.well-known/jwks.json" },
      "gateway",
    );
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^AUTH_ISSUER and AUTH_AUDIENCE: /)],
    });
    const withAudience = parseConfig(
      {
        NODE_ENV: "production",
        AUTH_JWKS_URL: "https://idp.example.com/.well-known/jwks.json",
        AUTH_AUDIENCE: "careergraph",
      },
      "gateway",
    );
    expect(withAudience).toEqual({ ok: false, errors: [expect.stringMatching(/^AUTH_ISSUER: /)] });
    const complete = parseConfig(
      {
        NODE_ENV: "production",
        AUTH_JWKS_URL: "https://idp.example.com/.well-known/jwks.json",
        AUTH_ISSUER: "https://idp.example.com/",
        AUTH_AUDIENCE: "careergraph",
      },
      "gateway",
    );
    expect(complete.ok).toBe(true);
    // outside production a JWKS alone is enough (a local identity provider)
    expect(parseConfig({ AUTH_JWKS_URL: "http://127.0.0.1:9/jwks.json" }, "gateway").ok).toBe(true);
  });

  it("reads the longest token lifetime as a duration, 24 hours by default", () => {
    const seconds = (value?: string) => {
      const result = parseConfig({ AUTH_MAX_TOKEN_AGE: value }, "gateway");
      return result.ok ? result.config.auth.maxTokenAgeSeconds : result.errors;
    };
    expect(seconds(undefined)).toBe(86_400);
    expect(seconds("900s")).toBe(900);
    expect(seconds("30m")).toBe(1_800);
    expect(seconds("7d")).toBe(604_800);
    expect(seconds("24")).toEqual([expect.stringMatching(/^AUTH_MAX_TOKEN_AGE: expected a duration/)]);
  });

  it("reads CORS origins as a comma-separated list, none by default", () => {
    const origins = (value?: string) => {
      const result = parseConfig({ CORS_ORIGINS: value }, "gateway");
      return result.ok ? result.config.corsOrigins : result.errors;
    };
    expect(origins(undefined)).toEqual([]);
    expect(origins("https://app.example.com, http://localhost:3000")).toEqual([
      "https://app.example.com",
      "http://localhost:3000",
    ]);
    expect(origins("*")).toEqual(["*"]);
    for (const bad of ["app.example.com", "https://app.example.com/path", "ftp://x.example.com"])
      expect(origins(bad)).toEqual([expect.stringMatching(/^CORS_ORIGINS: /)]);
  });

  it("serves automatic persisted queries by default, registered operations only in production; `only` and `off` are the other modes", () => {
    const mode = (value?: string, env: Record<string, string> = {}) => {
      const result = parseConfig({ PERSISTED_QUERIES: value, ...env }, "gateway");
      return result.ok ? result.config.persistedQueries : result.errors;
    };
    expect(mode(undefined)).toBe("apq");
    const production = { NODE_ENV: "production", AUTH_JWT_SECRET: "a-production-secret-of-tests" };
    expect(mode(undefined, production)).toBe("only");
    expect(mode("apq", production)).toBe("apq");
    expect(mode("only")).toBe("only");
    expect(mode("off")).toBe("off");
    expect(mode("yes")).toEqual([expect.stringMatching(/^PERSISTED_QUERIES: expected off, apq or only/)]);
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
          writesPerMinute: { practice: 120, notes: 30 },
          retentionDays: { audit: 730, practiceEvents: 400, contentChanges: 7 },
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

  it("takes write rates from 1 a minute and keeps practice events 30 days at least", () => {
    const edge = parseConfig(
      { PRACTICE_WRITES_PER_MINUTE: "1", NOTE_WRITES_PER_MINUTE: "1", PRACTICE_EVENT_RETENTION_DAYS: "30" },
      "progress",
    );
    expect(edge.ok && edge.config.operations.writesPerMinute).toEqual({ practice: 1, notes: 1 });
    const under = parseConfig(
      { PRACTICE_WRITES_PER_MINUTE: "0", NOTE_WRITES_PER_MINUTE: "0", PRACTICE_EVENT_RETENTION_DAYS: "29" },
      "progress",
    );
    expect(!under.ok && under.errors.map((error) => error.split(":")[0])).toEqual([
      "PRACTICE_WRITES_PER_MINUTE",
      "NOTE_WRITES_PER_MINUTE",
      "PRACTICE_EVENT_RETENTION_DAYS",
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

  it("requires the analytics pseudonym secret for progress in production, of 16 characters or more", () => {
    const production = { NODE_ENV: "production", AUTH_JWT_SECRET: "a-real-secret-of-length" };
    const missing = parseConfig(production, "progress");
    const short = parseConfig({ ...production, ANALYTICS_PSEUDONYM_SECRET: "x".repeat(15) }, "progress");
    const enough = parseConfig({ ...production, ANALYTICS_PSEUDONYM_SECRET: "x".repeat(16) }, "progress");
    expect(missing).toEqual({ ok: false, errors: [expect.stringContaining("ANALYTICS_PSEUDONYM_SECRET")] });
    expect(short).toEqual({ ok: false, errors: [expect.stringContaining("ANALYTICS_PSEUDONYM_SECRET")] });
    expect(enough.ok && enough.config.analytics.pseudonymSecret).toBe("x".repeat(16));
    expect(parseConfig(production, "roles").ok).toBe(true);
  });

  it("leaves the pseudonym secret unset outside production when none is configured", () => {
    const dev = parseConfig({}, "progress");
    expect(dev.ok && dev.config.analytics).toEqual({ pseudonymSecret: undefined });
  });
});

describe("parseConfig: the operations surface", () => {
  const production = {
    NODE_ENV: "production",
    AUTH_JWT_SECRET: "a-real-secret-of-length",
  };
  const configOf = (env: Record<string, string>, service: "gateway" | "roles" = "gateway") => {
    const result = parseConfig(env, service);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    return result.config;
  };

  it("puts metrics and the detailed readiness on an admin port in production, the public one + 5000 by default", () => {
    expect(configOf(production).adminPort).toBe(9000);
    expect(configOf(production, "roles").adminPort).toBe(9001);
    expect(configOf({ ...production, ADMIN_PORT: "9100" }).adminPort).toBe(9100);
    expect(configOf({ ...production, PORT: "0" }).adminPort).toBe(0);
    expect(configOf({}).adminPort).toBeUndefined();
    expect(configOf({ ADMIN_PORT: "9100" }).adminPort).toBe(9100);
    expect(parseConfig({ ADMIN_PORT: "65536" }, "gateway").ok).toBe(false);
  });

  it("takes trusted proxies as addresses, CIDR ranges or express's named ranges, and refuses anything else", () => {
    expect(
      configOf({ TRUSTED_PROXIES: "10.0.0.0/8, 192.168.1.7,loopback, fd00::/8" }).trustedProxies,
    ).toEqual(["10.0.0.0/8", "192.168.1.7", "loopback", "fd00::/8"]);
    expect(configOf({}).trustedProxies).toEqual([]);
    for (const bad of ["10.0.0.0/33", "proxy.internal", "10.0.0.1/8/8", "*"]) {
      const result = parseConfig({ TRUSTED_PROXIES: bad }, "gateway");
      expect(result.ok ? [] : result.errors.map((error) => error.split(":")[0])).toEqual(["TRUSTED_PROXIES"]);
    }
  });

  it("needs an https JWKS in production, and takes http in development", () => {
    const jwks = { AUTH_ISSUER: "https://idp.example.com", AUTH_AUDIENCE: "careergraph" };
    const plain = parseConfig(
      { NODE_ENV: "production", ...jwks, AUTH_JWKS_URL: "http://idp.example.com/jwks.json" },
      "gateway",
    );
    expect(plain.ok ? [] : plain.errors.map((error) => error.split(":")[0])).toEqual(["AUTH_JWKS_URL"]);
    expect(
      parseConfig(
        { NODE_ENV: "production", ...jwks, AUTH_JWKS_URL: "https://idp.example.com/jwks.json" },
        "gateway",
      ).ok,
    ).toBe(true);
    expect(parseConfig({ AUTH_JWKS_URL: "http://127.0.0.1:8080/jwks.json" }, "gateway").ok).toBe(true);
  });
});
