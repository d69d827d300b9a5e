export { openDatabase } from "./open-database";
export type { Database, DatabaseOptions } from "./open-database";
export { StatementCounter } from "./statement-counter";
export { startEmbeddedPostgres } from "./embedded-postgres";
export type { EmbeddedPostgres } from "./embedded-postgres";
export { rowsInKeyOrder, rowsGroupedByKey } from "./batch-rows";
export { migrateWithLock } from "./migrate";
