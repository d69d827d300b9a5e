import { createHmac, timingSafeEqual } from "node:crypto";

/** The path, under a server's address, where content changes are delivered. */
export const CONTENT_CHANGES_PATH = "/internal/content-changes";

/** The header that carries a content-change delivery's signature. */
export const SIGNATURE_HEADER = "x-careergraph-signature";

/** The parts of a server's configuration that the internal key comes from. */
export interface InternalKeySource {
  internalApiSecret?: string;
  auth: { jwtSecret?: string };
}

/**
 * The key that signs deliveries between careergraph's servers (content changes): `INTERNAL_API_SECRET`,
 * or one derived from the token secret (never the token secret itself, so a signature can never pass
 * for a token). `undefined` when neither is configured: nothing can be delivered or accepted.
 */
export function internalKey(config: InternalKeySource): Buffer | undefined {
  if (config.internalApiSecret) return Buffer.from(config.internalApiSecret);
  if (!config.auth.jwtSecret) return undefined;
  return createHmac("sha256", config.auth.jwtSecret).update("careergraph internal api").digest();
}

export function sign(key: Buffer, body: string): string {
  return `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;
}

export function hasValidSignature(key: Buffer, body: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(sign(key, body.toString("utf8")));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
