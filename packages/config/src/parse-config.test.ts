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

  it("uses the development pseudonym secret only outside production", () => {
    const dev = parseConfig({}, "progress");
    expect(dev.ok && dev.config.analytics.pseudonymSecret).toMatch(/development/);
  });
});
