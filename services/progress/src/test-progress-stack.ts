import "reflect-metadata";
import { signToken } from "@careergraph/auth";
import { internalKey } from "@careergraph/internal-calls";
import { rolesSubgraph } from "@careergraph/roles";
import { startSubgraph, type RunningSubgraph } from "@careergraph/service";
import { createTestDatabase, postGraphQL, testConfig, type TestDatabase } from "@careergraph/testing";
import { createProgressSubgraph } from "./definition";

/** A clock the test moves by hand. */
class TestClock {
  private time: number;

  constructor(start: Date) {
    this.time = start.getTime();
  }

  readonly now = (): Date => new Date(this.time);

  set(date: Date): void {
    this.time = date.getTime();
  }

  advance(ms: number): void {
    this.time += ms;
  }
}

interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
}

export interface ProgressStack {
  roles: RunningSubgraph;
  progress: RunningSubgraph;
  clock: TestClock;
  /** A LEARNER token for this user id. */
  tokenFor(userId: string): Promise<string>;
  /** POSTs a GraphQL operation to the progress subgraph over HTTP. */
  request<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /** Reads progress' own database directly (row counts). */
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** A real roles subgraph (embedded, seeded with the content pack) and the progress subgraph under test. */
export async function startProgressStack(
  start = new Date("2026-03-02T09:00:00.000Z"),
  env: Record<string, string> = {},
  /** The PostgreSQL server for progress's database: `DATABASE_URL`'s by default (unset: embedded). */
  serverUrl?: string,
): Promise<ProgressStack> {
  const clock = new TestClock(start);
  const roles = await startSubgraph(rolesSubgraph, testConfig("roles"), { dataDir: null });
  let database: TestDatabase | undefined;
  let progress: RunningSubgraph;
  try {
    // on a server: a fresh database for this file, dropped at the end
    database = await createTestDatabase("progress_test", { serverUrl });
    const progressConfig = testConfig("progress", {
      ...env,
      ROLES_URL: roles.url,
      DATABASE_URL: database?.url,
    });
    progress = await startSubgraph(createProgressSubgraph({ now: clock.now }), progressConfig, {
      dataDir: null,
    });
  } catch (error) {
    await roles.stop();
    await database?.drop();
    throw error;
  }
  const secret = progress.deps.config.auth.jwtSecret;
  if (!secret) throw new Error("the test configuration has no signing secret");
  let rolesStopped = false;

  return {
    roles: {
      ...roles,
      async stop() {
        if (rolesStopped) return;
        rolesStopped = true;
        await roles.stop();
      },
    },
    progress,
    clock,
    tokenFor: (userId) => signToken(secret, { sub: userId, roles: ["LEARNER"] }),
    async request<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      // as the gateway calls it: signed with the internal key
      const signWith = internalKey(progress.deps.config);
      const { status, body } = await postGraphQL<T>(progress.url, query, variables, { token, signWith });
      return { status, data: body.data, errors: body.errors };
    },
    sql: <T>(text: string, params: unknown[] = []) => progress.deps.db.dataSource.query<T[]>(text, params),
    async stop() {
      await progress.stop();
      if (!rolesStopped) await roles.stop();
      await database?.drop();
    },
  };
}
