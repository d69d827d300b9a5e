import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { embeddedStartParams } from "./embedded-settings";

/** Written by the package's build (`build-empty-cluster.ts`), beside the compiled code. */
export const EMPTY_CLUSTER_FILE = join(__dirname, "empty-cluster.tar.gz");

let image: Promise<Blob> | undefined;

/** A freshly initialised cluster (what initdb makes), as a gzipped tarball of its data folder. */
export async function makeEmptyClusterImage(): Promise<Blob> {
  const db = await PGlite.create({ startParams: embeddedStartParams() });
  try {
    return await db.dumpDataDir("gzip");
  } finally {
    await db.close();
  }
}

export async function writeEmptyClusterImage(file = EMPTY_CLUSTER_FILE): Promise<void> {
  const blob = await makeEmptyClusterImage();
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
}

/**
 * The image every new embedded database starts from, read once per process. Restoring it takes a
 * fraction of initdb's time, and initdb inside PGlite also leaves a second WASM instance's memory
 * behind (about 500 MB of RSS that the process keeps). Without a build (the package's own tests run
 * from sources) the image is made in this process instead.
 */
export function emptyClusterImage(): Promise<Blob> {
  image ??= existsSync(EMPTY_CLUSTER_FILE)
    ? Promise.resolve(new Blob([readFileSync(EMPTY_CLUSTER_FILE)]))
    : makeEmptyClusterImage();
  return image;
}
