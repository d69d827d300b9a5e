import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import {
  clusterTarball,
  copyCluster,
  EMPTY_CLUSTER,
  isClusterImageBuilt,
  type ClusterImage,
} from "./cluster-image";
import { embeddedStartParams } from "./embedded-settings";

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
 * @param preferred the built cluster a new database starts from when it is built (a subgraph's
 *   prepared one); otherwise, and by default, the empty cluster. A folder that already holds a
 *   cluster is opened as it is.
 */
export async function startEmbeddedPostgres(
  dataDir: string | null,
  preferred?: ClusterImage,
): Promise<EmbeddedPostgres> {
  const image = preferred && isClusterImageBuilt(preferred) ? preferred : EMPTY_CLUSTER;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const isNew = !dataDir || !existsSync(join(dataDir, "PG_VERSION"));
  const copied = isNew && dataDir !== null && copyCluster(image, dataDir);
  const db = await PGlite.create({
    dataDir: dataDir ?? undefined,
    loadDataDir: isNew && !copied ? await clusterTarball(image) : undefined,
    startParams: embeddedStartParams(),
  });
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
