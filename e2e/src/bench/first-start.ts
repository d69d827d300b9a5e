import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { WatchedProcess, freeStackPorts, localGraphqlUrl } from "../child-process";

const ROOT = join(__dirname, "..", "..", "..");

/**
 * Seconds from `npm start` (already built: `--no-build`) to its "careergraph is up" line on the
 * embedded defaults with an empty data folder: the quick start's first run, content pack load included.
 */
export async function measureFirstStart(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), "careergraph-bench-start-"));
  const ports = await freeStackPorts();
  const started = Date.now();
  const child = new WatchedProcess(
    process.execPath,
    [join(ROOT, "scripts", "start.mjs"), "--no-build"],
    {
      ...process.env,
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      PORT: String(ports.gateway),
      ROLES_URL: localGraphqlUrl(ports.roles),
      GUIDES_URL: localGraphqlUrl(ports.guides),
      PROGRESS_URL: localGraphqlUrl(ports.progress),
    },
    ROOT,
  );
  try {
    await child.waitFor(/careergraph is up/);
    return (Date.now() - started) / 1000;
  } finally {
    child.signal("SIGTERM");
    await Promise.race([child.exited, sleep(30_000)]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
