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
  /** An address of one of the other apps `alsoServe` named, each on an origin of its own. */
  urlOf(app: string, path: string): string;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process (embedded databases, in-process cache, free ports; the gateway
 * keeps whole anonymous answers as under `npm start` and allows the apps' persisted operations only,
 * as in production) and one of `apps/`, built (with its development pages unless `mode` is
 * "production") and served from another origin than the gateway's; `alsoServe` names other apps
 * to build and serve beside it, each from an origin of its own (the studio's tests read the web app).
 */
export async function startPlatform(
  app: string,
  options: { env?: Record<string, string>; mode?: "test" | "production"; alsoServe?: string[] } = {},
): Promise<Platform> {
  const names = [app, ...(options.alsoServe ?? [])];
  const builds = names.map((name) => buildApp(name, options.mode ?? "test"));
  const removeBuilds = () => builds.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  const stack = await startStack({
    env: { PERSISTED_QUERIES: "only", ...options.env },
    gatewayUrlKnown: true,
  });
  const served = new Map<string, StaticApp>();
  const stopServed = () => Promise.all([...served.values()].map((one) => one.stop()));
  try {
    for (const [i, name] of names.entries())
      served.set(name, await serveStaticApp(builds[i], stack.gatewayUrl));
  } catch (error) {
    await stopServed();
    await stack.stop();
    removeBuilds();
    throw error;
  }
  const urlOf = (name: string, path: string) => {
    const one = served.get(name);
    if (!one) throw new Error(`${name} is not served: name it in alsoServe`);
    return new URL(path, one.origin).toString();
  };
  return {
    stack,
    app: served.get(app)!,
    url: (path) => urlOf(app, path),
    urlOf,
    async stop() {
      await stopServed();
      await stack.stop();
      removeBuilds();
    },
  };
}
