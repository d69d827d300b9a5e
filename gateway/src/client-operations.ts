import { readFileSync } from "node:fs";
import { parseManifest, type PersistedOperation } from "./persisted-queries";

/**
 * The operations of the repository's own apps: `@careergraph/client`'s persisted-operation manifest
 * (sha256 of the text → text), made by `npm run codegen`. The gateway knows them in every mode, so
 * the apps send hashes only; with `PERSISTED_QUERIES=only` they are allowed beside those that
 * `npm run queries:register` added.
 */
export function clientOperations(): PersistedOperation[] {
  const file = require.resolve("@careergraph/client/persisted-operations.json");
  return parseManifest(JSON.parse(readFileSync(file, "utf8")));
}
