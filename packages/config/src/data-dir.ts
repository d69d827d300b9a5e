import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { ServiceConfig } from "./parse-config";

/**
 * The repository root: the nearest folder at or above `from` whose package.json declares workspaces.
 * turbo runs each workspace's script in its own folder, `npm run token` runs at the root; both find it.
 */
export function findRepositoryRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isWorkspaceRoot(manifest)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function isWorkspaceRoot(manifest: string): boolean {
  try {
    return "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object);
  } catch {
    return false;
  }
}

/**
 * Anchors a relative `DATA_DIR` at the repository root (or `cwd` outside a checkout), so that every
 * server, the seed and `npm run token` share `<repo>/.data` whichever folder they run in.
 */
export function resolveDataDir(config: ServiceConfig, cwd: string = process.cwd()): ServiceConfig {
  const dataDir = isAbsolute(config.dataDir)
    ? config.dataDir
    : join(findRepositoryRoot(cwd) ?? cwd, config.dataDir);
  return { ...config, dataDir, database: { ...config.database, dataDir: join(dataDir, config.service) } };
}
