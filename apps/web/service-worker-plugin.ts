import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

/**
 * Emits `sw.js`: the hand-written `service-worker.js` with the build's files to precache and a
 * version made from them. Written by hand rather than with vite-plugin-pwa: what the app needs is
 * small (precache the shell, network-first for the gateway's GETs, the shell for every route), and
 * Workbox's build brings Babel, Rollup and Terser into the install for it.
 */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: "careergraph-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const files = [
        "/",
        "/index.html",
        "/manifest.webmanifest",
        "/icon.svg",
        ...Object.keys(bundle)
          .filter((file) => !file.endsWith(".map") && file !== "index.html")
          .map((file) => `/${file}`),
      ];
      const version = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16);
      const source = readFileSync(join(import.meta.dirname, "service-worker.js"), "utf8")
        .replace("self.__PRECACHE_FILES__", JSON.stringify(files))
        .replace("self.__PRECACHE_VERSION__", JSON.stringify(version));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}
