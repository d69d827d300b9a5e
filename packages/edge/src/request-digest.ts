import { createHash } from "node:crypto";

/**
 * A fixed-size key (43 characters) for what a request carries: every cache or map keyed by request
 * content uses one, so that a large request costs its entry no more than a small one does.
 */
export function requestDigest(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("base64url");
}
