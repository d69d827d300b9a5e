import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The committed supergraph, composed ahead of time by `npm run compose`. */
export const SUPERGRAPH_PATH = join(__dirname, "..", "supergraph.graphql");

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, "utf8");
}

const REQUIRES_SCOPES_LINK =
  /(@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/v[\d.]+"), for: SECURITY\)/;

/**
 * The supergraph as this gateway loads it. `@apollo/gateway` refuses a supergraph that links a
 * SECURITY feature it cannot enforce (`@requiresScopes`), while Apollo Router enforces it from the
 * committed file. Every subgraph enforces the same rule itself (`@Authorized`, on the token it verifies
 * again), so this gateway may load the feature as plain metadata.
 */
export function supergraphForGateway(sdl: string): string {
  return sdl.replace(REQUIRES_SCOPES_LINK, "$1)");
}
