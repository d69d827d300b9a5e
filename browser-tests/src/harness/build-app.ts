import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REPOSITORY_ROOT = join(__dirname, "..", "..", "..");

/**
 * Builds one of `apps/` with Vite into a fresh folder (the caller removes it) and answers it.
 * `mode: "test"` is a production build (minified, React's production build, the service worker)
 * that keeps the development-only pages (`/dev/sign-in`); `"production"` is what `npm run build`
 * ships. (Vite's `development` mode would drop the service worker: it sets `import.meta.env.DEV`.)
 */
export function buildApp(app: string, mode: "test" | "production"): string {
  const outDir = mkdtempSync(join(tmpdir(), `careergraph-${app}-${mode}-`));
  const appDir = join(REPOSITORY_ROOT, "apps", app);
  const result = spawnSync(
    process.execPath,
    [
      join(REPOSITORY_ROOT, "node_modules", "vite", "bin", "vite.js"),
      "build",
      "--mode",
      mode,
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--logLevel",
      "error",
    ],
    {
      cwd: appDir,
      encoding: "utf8",
      // jest sets NODE_ENV=test, with which Vite would make a development build
      env: { ...process.env, NODE_ENV: "production", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
    },
  );
  if (result.status !== 0)
    throw new Error(`vite build of apps/${app} failed:\n${result.stderr}${result.stdout}`);
  return outDir;
}
