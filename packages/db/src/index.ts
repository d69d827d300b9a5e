export { openDatabase } from "./open-database";
export type { Database, DatabaseOptions } from "./open-database";
export { StatementCounter } from "./statement-counter";
export { startEmbeddedPostgres } from "./embedded-postgres";
export type { EmbeddedPostgres } from "./embedded-postgres";
export { rowsInKeyOrder, rowsGroupedByKey } from "./batch-rows";
export { batchLoad, oneRowPerKey, rowsPerKey, createLoaders } from "./batch-loader";
export type { BatchFunction, BatchSpec, Loaders, ReadThroughCache } from "./batch-loader";
export { entityColumns } from "./entity-columns";
