import { describeWith, PG_SERVER_URL } from "@careergraph/test-servers";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { learningPaths, rolePacks, topics, type ContentPackFile, type RolePack } from "@careergraph/content";
import { createTestDatabase, type TestDatabase } from "@careergraph/testing";

/**
 * `npm run content:import` as an editor runs it: the built CLI in its own process, against a real
 * PostgreSQL database that both subgraphs use (each in its own schema).
 */
const REPO = resolve(__dirname, "../..");
const CLI = join(REPO, "tools/content-import/dist/import-content.js");

let database: TestDatabase;
let folder: string;
describeWith(["postgres"], "content import into PostgreSQL", () => {
  beforeAll(async () => {
    database = await createTestDatabase("careergraph_import", { serverUrl: PG_SERVER_URL });
    folder = mkdtempSync(join(tmpdir(), "careergraph-import-"));
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  function importFile(pack: unknown): Promise<{ code: number; stdout: string; stderr: string }> {
    const file = join(folder, `pack-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(pack));
    return new Promise((done) => {
      execFile(
        process.execPath,
        [CLI, file],
        {
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            MIGRATE_ON_START: "true",
            REDIS_URL: "",
            // no servers run: the catalog's changes for progress wait in the outbox
            PROGRESS_URL: "http://127.0.0.1:9/graphql",
          },
        },
        (error, stdout, stderr) =>
          done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  async function snapshot(): Promise<Record<string, unknown[]>> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = async (sql: string): Promise<unknown[]> =>
        (await client.query<Record<string, unknown>>(sql)).rows;
      return {
        roles: await rows(`SELECT id, slug, title, version, updated_at FROM roles.role ORDER BY id`),
        questions: await rows(
          `SELECT id, position, prompt, version, updated_at FROM roles.question ORDER BY id`,
        ),
        topics: await rows(`SELECT slug, name FROM roles.topic ORDER BY slug`),
        guides: await rows(
          `SELECT role_id, headline, version, updated_at FROM guides.interview_guide ORDER BY role_id`,
        ),
        related: await rows(`SELECT * FROM guides.related_guide ORDER BY 1, 2`),
        paths: await rows(`SELECT slug, title FROM guides.learning_path ORDER BY slug`),
      };
    } finally {
      await client.end();
    }
  }

  const newRole: RolePack = {
    ...rolePacks[0],
    slug: "site-reliability-engineer",
    title: "Site Reliability Engineer",
    relatedRoleSlugs: ["devops-engineer", "backend-developer"],
    careerGuide: { ...rolePacks[0].careerGuide, slug: "site-reliability-engineer-career" },
  };
  const pack: ContentPackFile = { topics, roles: [...rolePacks, newRole], learningPaths };

  describe("npm run content:import", () => {
    it("imports a whole pack into both subgraphs, and a second import of the same file changes nothing", async () => {
      const first = await importFile(pack);
      expect(first.stderr).toBe("");
      expect(first.stdout).toContain(
        `imported 6 roles, ${pack.roles.reduce((n, r) => n + r.questions.length, 0)} questions`,
      );
      expect(first.code).toBe(0);
      const afterFirst = await snapshot();
      expect(afterFirst.roles.map((r) => (r as { slug: string }).slug)).toContain(
        "site-reliability-engineer",
      );
      expect(afterFirst.guides).toHaveLength(6);

      const second = await importFile(pack);
      expect(second.code).toBe(0);
      expect(await snapshot()).toEqual(afterFirst);
    });

    it("reports every problem with its path in the file and leaves every database as it was", async () => {
      const before = await snapshot();
      const broken = structuredClone(pack);
      broken.roles.push({
        ...newRole,
        slug: "platform-engineer",
        title: "Platform Engineer",
        careerGuide: { ...newRole.careerGuide, slug: "platform-engineer-career" },
      });
      broken.roles[6].questions[3] = { ...broken.roles[6].questions[3], prompt: "  Short?  " };
      broken.roles[6].relatedRoleSlugs = ["platform-engineer", "no-such-role"];
      broken.roles[1].questions[0].topics = ["not-a-topic"];
      const result = await importFile(broken);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("4 problem(s), nothing was imported");
      expect(result.stderr).toContain("roles[6].questions[3].prompt: must be at least 10 characters");
      expect(result.stderr).toContain("roles[6].relatedRoleSlugs[0]: a role cannot be related to itself");
      expect(result.stderr).toContain('roles[6].relatedRoleSlugs[1]: no role "no-such-role" in the pack');
      expect(result.stderr).toContain('roles[1].questions[0].topics[0]: no topic "not-a-topic" in the pack');
      expect(await snapshot()).toEqual(before);
    });

    it("names a file that is not JSON, and writes nothing", async () => {
      const before = await snapshot();
      const file = join(folder, "broken.json");
      writeFileSync(file, "{ not json");
      const result = await new Promise<{ code: number; stderr: string }>((done) =>
        execFile(
          process.execPath,
          [CLI, file],
          { env: { ...process.env, DATABASE_URL: database.url } },
          (error, _out, stderr) => done({ code: error ? 1 : 0, stderr }),
        ),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("is not JSON");
      expect(await snapshot()).toEqual(before);
    });
  });
});
