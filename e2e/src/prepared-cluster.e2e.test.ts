import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { rolePacks } from "@careergraph/content";
import { guidesSubgraph } from "@careergraph/guides";
import { createLogger } from "@careergraph/logger";
import { progressSubgraph } from "@careergraph/progress";
import { rolesSubgraph } from "@careergraph/roles";
import { startSubgraph, type SubgraphDefinition } from "@careergraph/service";
import { postGraphQL, testConfig } from "@careergraph/testing";

/**
 * The embedded defaults' first start, whatever `DATABASE_URL` this run has: a new database starts from
 * the cluster its subgraph's build prepared (migrated, content pack loaded), so the server runs no
 * migration and loads no content, and serves the content at once. The proof is in the tables: every
 * row of the migrations table, and of the content the pack loads, is the image's own row (the same
 * inserting transaction, `xmin`); a migration or a load at start would have written rows of its own.
 */
const definitions = [rolesSubgraph, guidesSubgraph, progressSubgraph] as SubgraphDefinition<object>[];

/** The rows a first start must find as the build left them: the migrations, and the pack's content. */
const proofOf = (definition: SubgraphDefinition<object>) => [
  `SELECT id, timestamp::text AS timestamp, name, xmin::text AS xmin FROM "${definition.dbSchema}".migrations ORDER BY id`,
  ...(definition.name === "roles" ? ["SELECT id, xmin::text AS xmin FROM roles.question ORDER BY id"] : []),
  ...(definition.name === "guides"
    ? ["SELECT role_id, xmin::text AS xmin FROM guides.interview_guide ORDER BY role_id"]
    : []),
];

const imageRows = new Map<string, Promise<unknown[][]>>();

/** Those rows as the subgraph's prepared cluster holds them, read from its image directly (once). */
function rowsOfImage(definition: SubgraphDefinition<object>): Promise<unknown[][]> {
  let rows = imageRows.get(definition.name);
  if (!rows) imageRows.set(definition.name, (rows = readImageRows(definition)));
  return rows;
}

async function readImageRows(definition: SubgraphDefinition<object>): Promise<unknown[][]> {
  const image = new PGlite({ loadDataDir: new Blob([readFileSync(definition.preparedCluster!.tarball)]) });
  try {
    const rows: unknown[][] = [];
    for (const sql of proofOf(definition)) rows.push((await image.query(sql)).rows);
    return rows;
  } finally {
    await image.close();
  }
}

async function firstStart(definition: SubgraphDefinition<object>, dataDir: string | null) {
  const logger = createLogger(definition.name, "silent");
  return startSubgraph(definition, testConfig(definition.name), { dataDir, logger });
}

describe.each([
  ["a new data folder", true],
  ["an in-memory database", false],
])("the first start of each subgraph on %s", (_, inFolder) => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "careergraph-first-start-"));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it.each(definitions.map((d) => [d.name, d] as const))(
    "%s runs no migration and loads no content pack",
    async (_name, definition) => {
      const image = await rowsOfImage(definition);
      const subgraph = await firstStart(definition, inFolder ? join(folder, "data") : null);
      try {
        expect(subgraph.deps.db.kind).toBe("embedded");
        const served: unknown[][] = [];
        for (const sql of proofOf(definition)) served.push(await subgraph.deps.db.dataSource.query(sql));
        expect(served).toEqual(image);
        expect(image[0]).toHaveLength((definition.migrations as unknown[]).length);
        // only the database the subgraph uses: the templates are gone from the prepared cluster
        const databases = await subgraph.deps.db.dataSource.query<{ datname: string }[]>(
          "SELECT datname FROM pg_database ORDER BY datname",
        );
        expect(databases.map((d) => d.datname)).toEqual(["postgres"]);
      } finally {
        await subgraph.stop();
      }
    },
  );

  it("roles serves the whole content pack at once", async () => {
    const subgraph = await firstStart(rolesSubgraph, inFolder ? join(folder, "data") : null);
    try {
      const questions = await subgraph.deps.db.dataSource.query<{ count: string }[]>(
        "SELECT count(*) FROM roles.question",
      );
      expect(Number(questions[0].count)).toBe(
        rolePacks.reduce((sum, pack) => sum + pack.questions.length, 0),
      );
      const page = await postGraphQL<{ role: { title: string; questionCount: number } }>(
        subgraph.url,
        `{ role(slug: "backend-developer") { title questionCount } }`,
      );
      expect(page.body.data?.role).toEqual({ title: "Backend Developer", questionCount: 16 });
    } finally {
      await subgraph.stop();
    }
  });
});
