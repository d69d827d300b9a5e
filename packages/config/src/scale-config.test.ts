import { parseConfig } from "./parse-config";

const PRIMARY = "postgres://app@db-primary:5432/careergraph";

describe("the scale settings", () => {
  it("reads replicas and the lag bound", () => {
    const result = parseConfig(
      {
        DATABASE_URL: PRIMARY,
        DATABASE_READ_URLS:
          " postgres://app@replica-1/careergraph, postgresql://app@replica-2:5433/careergraph ,",
        DATABASE_READ_MAX_LAG_SECONDS: "3",
      },
      "roles",
    );
    expect(result).toMatchObject({
      ok: true,
      config: {
        database: {
          read: {
            urls: ["postgres://app@replica-1/careergraph", "postgresql://app@replica-2:5433/careergraph"],
            maxLagSeconds: 3,
          },
        },
      },
    });
  });

  it("has no replicas and a 10 s bound by default", () => {
    expect(parseConfig({}, "guides")).toMatchObject({
      ok: true,
      config: { database: { read: { urls: [], maxLagSeconds: 10 } } },
    });
  });

  it("takes a lag bound from 1 to 3600 seconds, and names the variable otherwise", () => {
    const lag = (value: string) =>
      parseConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_MAX_LAG_SECONDS: value }, "roles");
    expect(lag("1").ok).toBe(true);
    expect(lag("3600").ok).toBe(true);
    expect(lag("0")).toEqual({
      ok: false,
      errors: ['DATABASE_READ_MAX_LAG_SECONDS: expected seconds from 1 to 3600 (got "0")'],
    });
    expect(lag("3601").ok).toBe(false);
  });

  it("refuses a replica URL that is not PostgreSQL's, and replicas without a primary", () => {
    const bad = parseConfig(
      { DATABASE_URL: PRIMARY, DATABASE_READ_URLS: "postgres://ok/db,mysql://no/db" },
      "roles",
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors[0]).toMatch(/^DATABASE_READ_URLS: expected comma-separated PostgreSQL URLs/);
    const alone = parseConfig({ DATABASE_READ_URLS: "postgres://replica/db" }, "roles");
    expect(alone).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^DATABASE_READ_URLS: needs DATABASE_URL/)],
    });
  });

  it("reads Redis Cluster nodes as host:port or redis:// URLs", () => {
    const result = parseConfig(
      { REDIS_CLUSTER_NODES: "10.0.0.1:6379, redis-2:7000,redis://redis-3:6379" },
      "gateway",
    );
    expect(result).toMatchObject({
      ok: true,
      config: {
        cache: {
          redisUrl: undefined,
          clusterNodes: ["redis://10.0.0.1:6379", "redis://redis-2:7000", "redis://redis-3:6379"],
        },
      },
    });
  });

  it("refuses a malformed node, and a cluster together with REDIS_URL", () => {
    const bad = parseConfig({ REDIS_CLUSTER_NODES: "redis-1:6379,redis-2" }, "gateway");
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors[0]).toMatch(/^REDIS_CLUSTER_NODES: expected comma-separated Redis Cluster nodes/);
    const both = parseConfig(
      { REDIS_CLUSTER_NODES: "redis-1:6379", REDIS_URL: "redis://redis:6379" },
      "gateway",
    );
    expect(both).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^REDIS_CLUSTER_NODES and REDIS_URL/)],
    });
  });
});
