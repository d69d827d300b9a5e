import { createLogger } from "@careergraph/logger";
import { closeServer, createHttpApp, listen, startDraining } from "./http-server";

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
});
