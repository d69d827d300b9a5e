export { createTestDatabase } from "./test-database";
export type { TestDatabase, TestDatabaseOptions } from "./test-database";
export { postGraphQL, errorCodes } from "./graphql-client";
export type { GraphQLResponse, RequestOptions } from "./graphql-client";
export { startTestSubgraph, testConfig, TEST_PSEUDONYM_SECRET } from "./test-subgraph";
