import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express } from "express";
import type { Logger } from "@careergraph/logger";
import { metricsRegistry } from "@careergraph/metrics";
import { withRequestId } from "@careergraph/tracing";
import { checkReadiness, type ReadinessCheck, type ReadinessReport } from "./readiness";
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
  /** Hops that may say who the client is (`X-Forwarded-For`): `req.ip`, in rate limits and logs. */
  trustedProxies?: string[];
  /**
   * Serve `/metrics` and the detailed readiness on an admin app of their own (`adminAppOf`), leaving
   * the public one `/healthz` and a cheap `/readyz` (its status only, checked at most once a second).
   */
  separateAdmin?: boolean;
}

/** How long the public `/readyz` answers from its last check when the admin app is separate. */
const PUBLIC_READINESS_TTL_MS = 1000;

/**
 * The express app every server shares: request ids, access logs, `/healthz`, `/readyz` and
 * `/metrics` (or, with `separateAdmin`, the last two in detail on the admin app). GraphQL is mounted
 * on it by the caller. Once `startDraining(app)` is called, `/readyz` answers 503 so that load
 * balancers stop sending new requests.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const { logger, readiness } = options;
  const app = express();
  app.disable("x-powered-by");
  if (options.trustedProxies?.length) app.set("trust proxy", options.trustedProxies);
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
          ip: req.ip,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        "request",
      );
    });
    withRequestId(req.requestId, next);
  });
  if (!options.separateAdmin) {
    serveOperations(app, app, readiness);
    return app;
  }
  const admin = express();
  admin.disable("x-powered-by");
  serveOperations(admin, app, readiness);
  admins.set(app, admin);
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  const status = cachedStatus(readiness);
  app.get("/readyz", async (_req, res) => {
    if (isDraining(app)) {
      res.status(503).json({ status: "draining" });
      return;
    }
    const current = await status();
    res.status(current === "down" ? 503 : 200).json({ status: current });
  });
  return app;
}

const admins = new WeakMap<Express, Express>();

/** The admin app of a server made with `separateAdmin` (metrics, detailed readiness); else none. */
export function adminAppOf(app: Express): Express | undefined {
  return admins.get(app);
}

/** `/healthz`, the detailed `/readyz` and `/metrics` on `on`, for the server whose app is `of`. */
function serveOperations(on: Express, of: Express, readiness: HttpAppOptions["readiness"]): void {
  on.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  on.get("/readyz", async (_req, res) => {
    if (isDraining(of)) {
      res.status(503).json({ status: "draining", checks: {} });
      return;
    }
    const report = await checkReadiness(readiness);
    res.status(report.status === "down" ? 503 : 200).json(report);
  });
  on.get("/metrics", async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}

/** The readiness status, checked at most once per `PUBLIC_READINESS_TTL_MS` whatever the traffic. */
function cachedStatus(readiness: HttpAppOptions["readiness"]): () => Promise<ReadinessReport["status"]> {
  let last: { at: number; status: Promise<ReadinessReport["status"]> } | undefined;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= PUBLIC_READINESS_TTL_MS)
      last = { at: now, status: checkReadiness(readiness).then((report) => report.status) };
    return last.status;
  };
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

/** A server listening on its public port, and on its admin port when it has an admin app. */
export interface ListeningServer {
  server: Server;
  port: number;
  adminPort?: number;
  /** Closes the public listener (draining it), then the admin one. */
  close(drainTimeoutMs: number): Promise<void>;
}

export async function listenWithAdmin(
  app: Express,
  { port, adminPort, host }: { port: number; adminPort?: number; host: string },
): Promise<ListeningServer> {
  const admin = adminAppOf(app);
  const main = await listen(app, port, host);
  const adminListening = admin && adminPort !== undefined ? await listen(admin, adminPort, host) : undefined;
  return {
    server: main.server,
    port: main.port,
    adminPort: adminListening?.port,
    async close(drainTimeoutMs) {
      await closeServer(main.server, drainTimeoutMs);
      if (adminListening) await closeServer(adminListening.server, 0);
    },
  };
}
