import { rmSync } from "node:fs";
import { startStack, type Stack } from "@careergraph/e2e";
import { buildApp } from "./build-app";
import { serveStaticApp, type StaticApp } from "./static-server";

export interface Platform {
  stack: Stack;
  /** The built app, served from its own origin. */
  app: StaticApp;
  /** An address of the app, e.g. `url("/roles/backend-developer")`. */
  url(path: string): string;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process (embedded databases, in-process cache, free ports; the gateway
 * keeps whole anonymous answers as under `npm start` and allows the apps' persisted operations only,
 * as in production) and one of `apps/`, built (with its development pages unless `mode` is
 * "production") and served from another origin than the gateway's.
 */
export async function startPlatform(
  app: string,
  options: { env?: Record<string, string>; mode?: "test" | "production" } = {},
): Promise<Platform> {
  const built = buildApp(app, options.mode ?? "test");
  const stack = await startStack({
    env: { PERSISTED_QUERIES: "only", ...options.env },
    gatewayUrlKnown: true,
  });
  let served: StaticApp;
  try {
    served = await serveStaticApp(built, stack.gatewayUrl);
  } catch (error) {
    await stack.stop();
    rmSync(built, { recursive: true, force: true });
    throw error;
  }
  return {
    stack,
    app: served,
    url: (path) => new URL(path, served.origin).toString(),
    async stop() {
      await served.stop();
      await stack.stop();
      rmSync(built, { recursive: true, force: true });
    },
  };
}
