import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express } from "express";
import type { Logger } from "@careergraph/logger";
import { metricsRegistry } from "@careergraph/metrics";
import { withRequestId } from "@careergraph/tracing";
import { checkReadiness, type ReadinessCheck } from "./readiness";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

declare module "express-serve-static-core" {
  interface Request {
    requestId: string;
    log: Logger;
  }
}

export interface HttpAppOptions {
  logger: Logger;
  readiness: Record<string, { check: ReadinessCheck; required: boolean }>;
}

/**
 * The express app every server shares: request ids, access logs, `/healthz`, `/readyz` and
 * `/metrics`. GraphQL is mounted on it by the caller. Once `startDraining(app)` is called, `/readyz`
 * answers 503 so that load balancers stop sending new requests.
 */
export function createHttpApp({ logger, readiness }: HttpAppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use((req, res, next) => {
    req.requestId = requestIdFrom(req.headers);
    // GraphQL plugins see headers only: give them the id this request was given.
    req.headers[REQUEST_ID_HEADER] = req.requestId;
    // The request's logger is made when something logs: most requests log nothing above `info`.
    let log: Logger | undefined;
    Object.defineProperty(req, "log", {
      get: () => (log ??= logger.child({ requestId: req.requestId })),
      set: (value: Logger) => (log = value),
      configurable: true,
    });
    res.setHeader(REQUEST_ID_HEADER, req.requestId);
    if (!logger.isLevelEnabled("info")) return withRequestId(req.requestId, next);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      if (req.path === "/healthz" || req.path === "/readyz" || req.path === "/metrics") return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      req.log.info(
        {
          method: req.method,
          path: req.originalUrl.split("?")[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        "request",
      );
    });
    withRequestId(req.requestId, next);
  });
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    if (isDraining(app)) {
      res.status(503).json({ status: "draining", checks: {} });
      return;
    }
    const report = await checkReadiness(readiness);
    res.status(report.status === "down" ? 503 : 200).json(report);
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  return app;
}

/** Marks the server as stopping: `/readyz` answers 503 from now on; requests are still served. */
export function startDraining(app: Express): void {
  app.locals.draining = true;
}

function isDraining(app: Express): boolean {
  return app.locals.draining === true;
}

/** Listens and resolves with the server and the port it got (0 asks the system for a free one). */
export function listen(app: Express, port: number, host: string): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      server.keepAliveTimeout = 65_000;
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

/**
 * Closes the server: stops accepting, drops idle sockets, lets requests in flight finish for up to
 * `drainTimeoutMs`, then cuts whatever is left.
 */
export function closeServer(server: Server, drainTimeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
