/** What other test suites reuse of this one: the whole platform in one process (the browser tests). */
export { startStack } from "./stack";
export type { Stack, StackOptions } from "./stack";
export { clientOperationHashes, persistedGetUrl } from "./client-operations";
