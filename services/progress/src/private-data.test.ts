import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { questionIdFor, roleIdFor } from "@careergraph/content";
import { PUBLIC_MAX_AGE_SECONDS } from "@careergraph/service";
import { createBatches, createContext, createServices, type ProgressContext } from "./context";
import { buildProgressSchema } from "./schema";
import { startProgressStack, type ProgressStack } from "./test-progress-stack";

const QUESTION = questionIdFor("backend-developer", 1);
const ROLE = roleIdFor("backend-developer");

let stack: ProgressStack;
let apollo: ApolloServer<ProgressContext>;

beforeAll(async () => {
  stack = await startProgressStack();
  const { schema } = await buildProgressSchema();
  apollo = new ApolloServer<ProgressContext>({
    schema,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControl({ defaultMaxAge: PUBLIC_MAX_AGE_SECONDS }),
    ],
  });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await stack.stop();
});

/**
 * Runs an operation in process with a caller in the context and no HTTP header at all: whatever
 * carried the identity, the policy must come from the fields' own declarations.
 */
async function cacheControlOf(query: string, viewerId: string | null): Promise<string | undefined> {
  const { deps } = stack.progress;
  const viewer = viewerId ? { id: viewerId, roles: ["LEARNER" as const] } : null;
  const contextValue = createContext(
    createBatches(deps, stack.clock.now),
    createServices(deps, stack.clock.now),
    viewer,
  );
  const response = await apollo.executeOperation({ query }, { contextValue });
  if (response.body.kind === "single") expect(response.body.singleResult.errors).toBeUndefined();
  return response.http.headers.get("cache-control");
}

const perUserOperations: [string, string][] = [
  [
    "Question.myProgress",
    `{ _entities(representations: [{ __typename: "Question", id: "${QUESTION}" }]) { ... on Question { myProgress { status notes { body } } } } }`,
  ],
  [
    "Role.myProgress",
    `{ _entities(representations: [{ __typename: "Role", id: "${ROLE}", questionCount: 16 }]) { ... on Role { myProgress { readiness } } } }`,
  ],
  ["Query.viewer", `{ viewer { id } }`],
  ["Viewer.notes", `{ viewer { notes { totalCount } } }`],
  ["Viewer.dueForReview and streakDays", `{ viewer { dueForReview { id } streakDays } }`],
];

describe("per-user fields are PRIVATE by declaration", () => {
  it.each(perUserOperations)("%s makes a signed-in caller's response private", async (_field, query) => {
    expect(await cacheControlOf(query, "learner-1")).toBe(`max-age=${PUBLIC_MAX_AGE_SECONDS}, private`);
  });

  it("leaves an anonymous caller's null progress public (the same for everyone)", async () => {
    const [, question] = perUserOperations[0];
    const [, role] = perUserOperations[1];
    for (const query of [question, role])
      expect(await cacheControlOf(query, null)).toBe(`max-age=${PUBLIC_MAX_AGE_SECONDS}, public`);
  });

  it("never lets a mutation's answer be kept", async () => {
    const header = await cacheControlOf(
      `mutation { addNote(input: { questionId: "${QUESTION}", body: "mine" }) { id body } }`,
      "learner-1",
    );
    expect(header ?? "no-store").not.toMatch(/public/);
  });
});
