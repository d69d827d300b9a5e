import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository's root folder. */
export const ROOT = resolve(__dirname, "../..");

export const readText = (path: string): string => readFileSync(join(ROOT, path), "utf8");

interface PackageJson {
  name: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface Workspace {
  /** Its folder, relative to the root: `packages/db`. */
  folder: string;
  name: string;
  /** The workspaces it needs at run time (its `dependencies`, not its `devDependencies`). */
  runtimeWorkspaces: string[];
}

/** Every workspace that root package.json names (its globs expanded as npm does: one level). */
export function workspaces(): Workspace[] {
  const root = JSON.parse(readText("package.json")) as PackageJson;
  const folders = (root.workspaces ?? []).flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(join(ROOT, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern],
  );
  const found = folders.filter((folder) => existsSync(join(ROOT, folder, "package.json")));
  const manifests = found.map((folder) => ({
    folder,
    json: JSON.parse(readText(`${folder}/package.json`)) as PackageJson,
  }));
  const names = new Set(manifests.map((m) => m.json.name));
  return manifests.map(({ folder, json }) => ({
    folder,
    name: json.name,
    runtimeWorkspaces: Object.keys(json.dependencies ?? {}).filter((dependency) => names.has(dependency)),
  }));
}

/** `names` and every workspace they need at run time, transitively. */
export function runtimeClosure(all: Workspace[], names: string[]): Workspace[] {
  const byName = new Map(all.map((w) => [w.name, w]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dependency of byName.get(name)?.runtimeWorkspaces ?? []) visit(dependency);
  };
  names.forEach(visit);
  return all.filter((w) => seen.has(w.name));
}
