import { PGlite } from "@electric-sql/pglite";

/**
 * PostgreSQL settings of the embedded database, on top of PGlite's own start arguments (which a
 * `startParams` option replaces, so they are repeated here).
 *
 * PGlite's defaults are a server's: 128 MB of shared buffers, allocated inside the WASM memory of
 * every process that embeds it, where the whole content pack fits in a few megabytes. 16 MB holds the
 * catalog with room to spare; `wal_buffers` follows it (1/32, 512 kB). The WASM memory cannot start
 * below the 128 MB that pglite.wasm declares, so `initialMemory` keeps its default.
 */
export const EMBEDDED_POSTGRES_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: "16MB",
};

export function embeddedStartParams(): string[] {
  const settings = Object.entries(EMBEDDED_POSTGRES_SETTINGS).flatMap(([name, value]) => [
    "-c",
    `${name}=${value}`,
  ]);
  return [...PGlite.defaultStartParams, ...settings];
}
