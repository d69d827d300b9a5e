import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

export interface StaticApp {
  /** `http://127.0.0.1:<port>`: another origin than the gateway's `http://localhost:<port>`. */
  origin: string;
  stop(): Promise<void>;
}

/**
 * Serves a built app as a static host would: its files, and `index.html` for every other address
 * (client-side routes), with the page's `careergraph-gateway` meta tag set to `gatewayUrl`.
 */
export async function serveStaticApp(root: string, gatewayUrl: string): Promise<StaticApp> {
  const base = resolve(root);
  const index = readFileSync(join(base, "index.html"), "utf8").replace(
    /<meta name="careergraph-gateway" content="[^"]*"/,
    `<meta name="careergraph-gateway" content="${gatewayUrl}"`,
  );
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://app").pathname));
    const file = join(base, path);
    if (file.startsWith(base) && path !== "/" && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-cache" });
    res.end(index);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
