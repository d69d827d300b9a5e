import "reflect-metadata";
import { SingleBar, Presets } from "cli-progress";
import type { ContentPackFile } from "@careergraph/content";
import { createGuidesOutbox, guideKeysOf, guidesSubgraph, writeGuides } from "@careergraph/guides";
import { createLogger } from "@careergraph/logger";
import { catalogChangeOf, createCatalogOutbox, rolesSubgraph, writeCatalog } from "@careergraph/roles";
import { readConfig } from "@careergraph/runtime";
import { openSubgraphStores, type SubgraphStores } from "@careergraph/service";
import { loadPackFile } from "./load-pack-file";
import { serverIsRunning } from "./server-is-running";

/**
 * `npm run content:import -- FILE.json`. Checks the whole pack first and lists every problem with
 * its path in the file. Then writes it in one transaction per subgraph (roles, guides), both opened
 * before either commits, so a failure leaves every database as it was. Rows are upserted only where
 * they differ: importing the same file again changes nothing.
 */
async function main(file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write("usage: npm run content:import -- FILE.json\n");
    return 2;
  }
  const loaded = loadPackFile(file);
  if ("problems" in loaded) {
    process.stderr.write(`${file}: ${loaded.problems.length} problem(s), nothing was imported\n`);
    for (const problem of loaded.problems) process.stderr.write(`  ${problem.path}: ${problem.message}\n`);
    return 1;
  }
  // a delivery to a stopped server is expected here, and reported below in plain words
  const logger = createLogger("content-import", process.env.LOG_LEVEL ?? "error");
  const rolesConfig = readConfig("roles");
  const guidesConfig = readConfig("guides");
  for (const config of [rolesConfig, guidesConfig])
    if (!config.database.url && (await serverIsRunning(config))) {
      process.stderr.write(
        `the ${config.service} server is running on its embedded database, which only it may open: stop \`npm start\` first, or import into PostgreSQL (DATABASE_URL)\n`,
      );
      return 1;
    }
  const roles = await openSubgraphStores(rolesSubgraph, rolesConfig, logger);
  const guides = await openSubgraphStores(guidesSubgraph, guidesConfig, logger).catch(
    async (error: unknown) => {
      await roles.close();
      throw error;
    },
  );
  try {
    await importPack(loaded.pack, roles, guides, logger);
  } finally {
    await guides.close();
    await roles.close();
  }
  const questions = loaded.pack.roles.reduce((sum, role) => sum + role.questions.length, 0);
  process.stdout.write(
    `imported ${loaded.pack.roles.length} roles, ${questions} questions, ${loaded.pack.topics.length} topics and ${loaded.pack.learningPaths.length} learning paths from ${file}\n`,
  );
  return 0;
}

async function importPack(
  pack: ContentPackFile,
  roles: SubgraphStores,
  guides: SubgraphStores,
  logger: ReturnType<typeof createLogger>,
): Promise<void> {
  const bar = new SingleBar(
    { format: "importing {bar} {value}/{total} roles ({subgraph})" },
    Presets.shades_classic,
  );
  const showBar = pack.roles.length >= 20 && process.stderr.isTTY;
  if (showBar) bar.start(pack.roles.length * 2, 0, { subgraph: "roles" });
  const tick = (subgraph: string) => () => showBar && bar.increment(1, { subgraph });
  const catalogTx = roles.db.dataSource.createQueryRunner();
  const guidesTx = guides.db.dataSource.createQueryRunner();
  const catalogOutbox = createCatalogOutbox({ ...roles, logger });
  const guidesOutbox = createGuidesOutbox({ ...guides, logger });
  try {
    await catalogTx.startTransaction();
    await guidesTx.startTransaction();
    await writeCatalog(catalogTx.manager, pack.roles, pack.topics, tick("roles"));
    await catalogOutbox.record(catalogTx.manager, catalogChangeOf(pack.roles, pack.topics));
    await writeGuides(guidesTx.manager, pack.roles, pack.learningPaths, tick("guides"));
    await guidesOutbox.record(guidesTx.manager, { cacheKeys: guideKeysOf(pack.roles) });
    await catalogTx.commitTransaction();
    await guidesTx.commitTransaction();
  } catch (error) {
    if (catalogTx.isTransactionActive) await catalogTx.rollbackTransaction();
    if (guidesTx.isTransactionActive) await guidesTx.rollbackTransaction();
    throw error;
  } finally {
    if (showBar) bar.stop();
    await catalogTx.release();
    await guidesTx.release();
  }
  // what a consumer cannot take now (progress while it is stopped) waits in the outbox for its server
  await catalogOutbox.deliver();
  await guidesOutbox.deliver();
  const waiting = (await catalogOutbox.pendingCount()) + (await guidesOutbox.pendingCount());
  if (waiting > 0)
    process.stdout.write(
      `${waiting} cache change(s) could not be delivered now (a server is stopped); the roles and guides servers deliver them when they start\n`,
    );
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `content import failed, nothing was imported: ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exit(1);
  },
);
