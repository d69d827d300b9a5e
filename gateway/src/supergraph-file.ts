import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The committed supergraph, composed ahead of time by `npm run compose`. */
export const SUPERGRAPH_PATH = join(__dirname, "..", "supergraph.graphql");

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, "utf8");
}
