import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

let emptyCluster: Promise<Blob> | undefined;

/**
 * An in-memory database starts from an image of a freshly initialised cluster, made once per
 * process: restoring it is several times faster than running initdb again (tests start many).
 */
function emptyClusterImage(): Promise<Blob> {
  emptyCluster ??= PGlite.create().then(async (db) => {
    const image = await db.dumpDataDir("none");
    await db.close();
    return image;
  });
  return emptyCluster;
}

export interface EmbeddedPostgres {
  host: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WASM (PGlite), served on a loopback port so that the ordinary `pg` driver,
 * and so the same queries and migrations, run on it. PGlite is one session: clients must use a pool
 * of one connection, or their transactions would interleave.
 *
 * @param dataDir folder for its files, or `null` for a database that lives in memory only.
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir
    ? await PGlite.create({ dataDir })
    : await PGlite.create({ loadDataDir: await emptyClusterImage() });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
  await server.start();
  const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    host: "127.0.0.1",
    port: address.port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
