import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { embeddedStartParams } from "./embedded-settings";

/**
 * A cluster written by a build beside its compiled code, which a new embedded database starts from
 * instead of running initdb: as a data folder, copied into a new database's folder, and as a gzipped
 * tarball of it, loaded into an in-memory one. initdb inside PGlite takes seconds and leaves a second
 * WASM instance's memory behind, about 500 MB of RSS that the process keeps for its lifetime.
 */
export interface ClusterImage {
  dir: string;
  tarball: string;
}

/**
 * The image named `name` that a package's build writes into its `dist/` folder, found from the
 * package's compiled code and from its sources alike: tests run from sources, after `npm test` builds.
 */
export function builtClusterImage(moduleDir: string, name: string): ClusterImage {
  const folder = join(moduleDir, "..", "dist");
  return { dir: join(folder, name), tarball: join(folder, `${name}.tar.gz`) };
}

/** What initdb makes, written by this package's build (`build-empty-cluster.ts`). */
export const EMPTY_CLUSTER: ClusterImage = builtClusterImage(__dirname, "empty-cluster");

export function isClusterImageBuilt(image: ClusterImage): boolean {
  return existsSync(join(image.dir, "PG_VERSION")) && existsSync(image.tarball);
}

/**
 * Writes `image`: the cluster `fill` leaves in a folder that starts as a copy of the built empty
 * cluster (or, without one, a new cluster), then its tarball. Both are written beside their places
 * and renamed into them, so that an interrupted build never leaves a half-written image.
 */
export async function writeClusterImage(
  image: ClusterImage,
  fill: (dataDir: string) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const partial = `${image.dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  if (image !== EMPTY_CLUSTER) copyCluster(EMPTY_CLUSTER, partial);
  await fill(partial);
  const db = await PGlite.create({ dataDir: partial, startParams: embeddedStartParams() });
  try {
    const tarball = await db.dumpDataDir("gzip");
    writeFileSync(`${partial}.tar.gz`, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await db.close();
  }
  rmSync(image.dir, { recursive: true, force: true });
  renameSync(partial, image.dir);
  renameSync(`${partial}.tar.gz`, image.tarball);
}

/**
 * Fills a new, empty data folder with a built image (copied beside it, then renamed into place, so
 * that an interrupted copy never looks like a cluster). Answers false, touching nothing, when the
 * image is not built or the folder holds anything.
 */
export function copyCluster(image: ClusterImage, dataDir: string): boolean {
  if (!existsSync(join(image.dir, "PG_VERSION"))) return false;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return false;
  const partial = `${dataDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(image.dir, partial, { recursive: true });
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
  return true;
}

const tarballs = new Map<string, Promise<Blob>>();

/**
 * The tarball an in-memory database starts from, read and unzipped once per process (PGlite takes a
 * plain tar too, and unzipping in its stream cost each start a third of its time). Without a build
 * of the empty cluster it is made in this process instead.
 */
export function clusterTarball(image: ClusterImage): Promise<Blob> {
  let tarball = tarballs.get(image.tarball);
  if (!tarball) {
    tarball = existsSync(image.tarball)
      ? Promise.resolve(new Blob([gunzipSync(readFileSync(image.tarball))]))
      : PGlite.create({ startParams: embeddedStartParams() }).then(async (db) => {
          const dump = await db.dumpDataDir("none");
          await db.close();
          return dump;
        });
    tarballs.set(image.tarball, tarball);
  }
  return tarball;
}
