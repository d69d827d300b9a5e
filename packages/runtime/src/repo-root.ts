import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

/**
 * The repository's root: the nearest folder at or above `from` whose package.json declares
 * workspaces. npm and turbo run each workspace's scripts in that workspace's folder, so a relative
 * path from the environment (DATA_DIR) means the same place only when resolved from here.
 */
export function repoRoot(from = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isWorkspaceRoot(manifest)) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

function isWorkspaceRoot(manifest: string): boolean {
  try {
    return "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object);
  } catch {
    return false;
  }
}

/** A path from the environment, relative to the repository's root when it is not absolute. */
export function fromRepoRoot(path: string, from = process.cwd()): string {
  return isAbsolute(path) ? path : join(repoRoot(from), path);
}
