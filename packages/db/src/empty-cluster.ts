import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { embeddedStartParams } from "./embedded-settings";

/**
 * A freshly initialised cluster (what initdb makes), written by the package's build
 * (`build-empty-cluster.ts`) beside the compiled code: as a data folder, copied into a new embedded
 * database's folder, and as a gzipped tarball of it, loaded into an in-memory one. Either takes a
 * fraction of initdb's time, and initdb inside PGlite also leaves a second WASM instance's memory
 * behind: about 500 MB of RSS that the process keeps for its lifetime.
 */
export const EMPTY_CLUSTER_DIR = join(__dirname, "empty-cluster");
export const EMPTY_CLUSTER_FILE = join(__dirname, "empty-cluster.tar.gz");

let image: Promise<Blob> | undefined;

export async function writeEmptyCluster(): Promise<void> {
  rmSync(EMPTY_CLUSTER_DIR, { recursive: true, force: true });
  const db = await PGlite.create({ dataDir: EMPTY_CLUSTER_DIR, startParams: embeddedStartParams() });
  try {
    const tarball = await db.dumpDataDir("gzip");
    writeFileSync(EMPTY_CLUSTER_FILE, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/**
 * Fills a new, empty data folder with the built empty cluster (copied beside it, then renamed into
 * place, so that an interrupted copy never looks like a cluster). Answers false, touching nothing,
 * when there is no build or the folder holds anything.
 */
export function copyEmptyCluster(dataDir: string): boolean {
  if (!existsSync(join(EMPTY_CLUSTER_DIR, "PG_VERSION"))) return false;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return false;
  const partial = `${dataDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(EMPTY_CLUSTER_DIR, partial, { recursive: true });
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
  return true;
}

/**
 * The image an in-memory database starts from, read once per process. Without a build (the
 * package's own tests run from sources) it is made in this process instead.
 */
export function emptyClusterImage(): Promise<Blob> {
  image ??= existsSync(EMPTY_CLUSTER_FILE)
    ? Promise.resolve(new Blob([readFileSync(EMPTY_CLUSTER_FILE)]))
    : PGlite.create({ startParams: embeddedStartParams() }).then(async (db) => {
        const tarball = await db.dumpDataDir("none");
        await db.close();
        return tarball;
      });
  return image;
}
