import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The committed supergraph, composed ahead of time by `npm run compose`. */
export const SUPERGRAPH_PATH = join(__dirname, "..", "supergraph.graphql");

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, "utf8");
}

/**
 * Apollo Gateway refuses a supergraph that links a `for: SECURITY` feature it does not implement, and
 * it implements no `@requiresScopes`. The subgraphs check those roles themselves (zero trust), so the
 * gateway reads the link without `for: SECURITY`; a router that enforces scopes reads the file as committed.
 */
export function withoutUnenforcedSecurityFeatures(sdl: string): string {
  return sdl.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/v[\d.]+"), for: SECURITY\)/g,
    "$1)",
  );
}
