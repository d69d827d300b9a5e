import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
 * migration and loads no content, and serves the content at once.
 */
const definitions = [rolesSubgraph, guidesSubgraph, progressSubgraph] as SubgraphDefinition<object>[];

async function firstStart(definition: SubgraphDefinition<object>, dataDir: string | null) {
  const messages: string[] = [];
  const logger = createLogger(definition.name, "info", {
    write: (line: string) => messages.push(String((JSON.parse(line) as { msg: unknown }).msg)),
  });
  const subgraph = await startSubgraph(definition, testConfig(definition.name), { dataDir, logger });
  return { subgraph, messages };
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
      const { subgraph, messages } = await firstStart(definition, inFolder ? join(folder, "data") : null);
      try {
        expect(subgraph.deps.db.kind).toBe("embedded");
        expect(messages.filter((m) => /migration|content pack/.test(m))).toEqual([]);
        const applied = await subgraph.deps.db.dataSource.query<{ count: string }[]>(
          `SELECT count(*) FROM "${definition.dbSchema}".migrations`,
        );
        expect(Number(applied[0].count)).toBe((definition.migrations as unknown[]).length);
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
    const { subgraph } = await firstStart(rolesSubgraph, inFolder ? join(folder, "data") : null);
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
