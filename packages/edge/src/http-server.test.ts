import { createLogger } from "@careergraph/logger";
import { closeServer, createHttpApp, listen, listenWithAdmin, startDraining } from "./http-server";

describe("the shared HTTP app", () => {
  it("reports not ready once draining, while still answering on open connections", async () => {
    const app = createHttpApp({
      logger: createLogger("test", "silent"),
      readiness: { database: { check: () => Promise.resolve("ok" as const), required: true } },
    });
    const { server, port } = await listen(app, 0, "127.0.0.1");
    try {
      const before = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(before.status).toBe(200);
      expect(await before.json()).toEqual({ status: "ok", checks: { database: "ok" } });
      startDraining(app);
      const after = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(after.status).toBe(503);
      expect(await after.json()).toEqual({ status: "draining", checks: {} });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await closeServer(server, 0);
    }
  });

  it("serves the process's metrics in the Prometheus text format", async () => {
    const app = createHttpApp({ logger: createLogger("test", "silent"), readiness: {} });
    const { server, port } = await listen(app, 0, "127.0.0.1");
    try {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/plain");
      const text = await response.text();
      expect(text).toContain("# TYPE careergraph_graphql_requests_total counter");
      expect(text).toContain("# TYPE careergraph_rate_limit_refusals_total counter");
    } finally {
      await closeServer(server, 0);
    }
  });

  it("with an admin app, keeps metrics and the detailed readiness off the public port", async () => {
    const app = createHttpApp({
      logger: createLogger("test", "silent"),
      readiness: { database: { check: () => Promise.resolve("ok" as const), required: true } },
      separateAdmin: true,
    });
    const listening = await listenWithAdmin(app, { port: 0, adminPort: 0, host: "127.0.0.1" });
    const on = (port: number | undefined, path: string) => fetch(`http://127.0.0.1:${port}${path}`);
    try {
      expect((await on(listening.port, "/metrics")).status).toBe(404);
      const publicReady = await on(listening.port, "/readyz");
      expect(await publicReady.json()).toEqual({ status: "ok" });
      expect((await on(listening.port, "/healthz")).status).toBe(200);
      expect((await on(listening.adminPort, "/metrics")).status).toBe(200);
      const detailed = await on(listening.adminPort, "/readyz");
      expect(await detailed.json()).toEqual({ status: "ok", checks: { database: "ok" } });
    } finally {
      await listening.close(0);
    }
  });

  it("checks its dependencies at most once a second however often the public /readyz is asked", async () => {
    let checks = 0;
    const app = createHttpApp({
      logger: createLogger("test", "silent"),
      readiness: {
        database: {
          check: () => {
            checks += 1;
            return Promise.resolve("ok" as const);
          },
          required: true,
        },
      },
      separateAdmin: true,
    });
    const { server, port } = await listen(app, 0, "127.0.0.1");
    try {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status)),
      );
      expect(answers.every((status) => status === 200)).toBe(true);
      expect(checks).toBe(1);
    } finally {
      await closeServer(server, 0);
    }
  });

  it("takes the client's address from X-Forwarded-For only through a trusted proxy", async () => {
    const seen: (string | undefined)[] = [];
    const serve = async (trustedProxies: string[]) => {
      const app = createHttpApp({ logger: createLogger("test", "silent"), readiness: {}, trustedProxies });
      app.get("/ip", (req, res) => {
        seen.push(req.ip);
        res.end();
      });
      const { server, port } = await listen(app, 0, "127.0.0.1");
      await fetch(`http://127.0.0.1:${port}/ip`, { headers: { "x-forwarded-for": "203.0.113.9" } });
      await closeServer(server, 0);
    };
    await serve([]);
    await serve(["loopback"]);
    await serve(["10.0.0.0/8"]);
    expect(seen).toEqual(["127.0.0.1", "203.0.113.9", "127.0.0.1"]);
  });
});
