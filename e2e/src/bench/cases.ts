import { questionIdFor, rolePacks } from "@careergraph/content";
import { SEED_PAGE_QUERY } from "../seed-page-query";
import { syntheticPacks } from "./synthetic-catalog";

/** One request body (JSON) per call; `n` counts the requests of a connection's run. */
type Body = (n: number) => string;

export interface BenchCase {
  name: string;
  /** Sends each connection's own user's token. */
  signedIn: boolean;
  /** The operation, for the query planner's minimum of subgraph requests. */
  query: string;
  body: Body;
  /** A fixed number of requests instead of a timed run (the cold page: each role once). */
  amount?: number;
  /** Empty every cache before the run. */
  cold?: boolean;
}

const SEED_ROLE = "backend-developer";
const json = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

const RECORD_PRACTICE = `mutation RecordPractice($input: RecordPracticeInput!) {
  recordPractice(input: $input) { progress { status } }
}`;

const SEARCH = `query Search($query: String!) {
  searchQuestions(query: $query, first: 20) { edges { node { prompt type role { title } } } }
}`;

const CATALOG = `query Catalog { roles(first: 50) { edges { node { slug title questionCount } } } }`;

const seedPack = rolePacks.find((pack) => pack.slug === SEED_ROLE)!;
const allSlugs = syntheticPacks().map((pack) => pack.slug);
let practiceKey = 0;

export const CASES: BenchCase[] = [
  {
    name: "anonymous seed page, cold (each of the 200 roles once)",
    signedIn: false,
    query: SEED_PAGE_QUERY,
    amount: allSlugs.length,
    cold: true,
    body: (n) => json(SEED_PAGE_QUERY, { slug: allSlugs[n % allSlugs.length] }),
  },
  {
    name: "anonymous seed page, warm",
    signedIn: false,
    query: SEED_PAGE_QUERY,
    body: () => json(SEED_PAGE_QUERY, { slug: SEED_ROLE }),
  },
  {
    name: "signed-in seed page",
    signedIn: true,
    query: SEED_PAGE_QUERY,
    body: () => json(SEED_PAGE_QUERY, { slug: SEED_ROLE }),
  },
  {
    name: "recordPractice",
    signedIn: true,
    query: RECORD_PRACTICE,
    body: (n) =>
      json(RECORD_PRACTICE, {
        input: {
          questionId: questionIdFor(SEED_ROLE, (n % seedPack.questions.length) + 1),
          rating: "GOOD",
          idempotencyKey: `bench-${process.pid}-${(practiceKey += 1)}`,
        },
      }),
  },
  {
    name: "searchQuestions",
    signedIn: false,
    query: SEARCH,
    body: () => json(SEARCH, { query: "pipeline design" }),
  },
  {
    name: "catalog: 50 roles with their counts",
    signedIn: false,
    query: CATALOG,
    body: () => json(CATALOG, {}),
  },
];
